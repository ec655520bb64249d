#pragma once

#include "cli/Command.h"
#include "licensing/Offer.h"

#include <QCommandLineOption>

#include <functional>
#include <vector>

namespace rakkan::cli {

// The terms of an offer as options, shared by offers add, edit and counter: each term given replaces the one
// recorded, the others stay; yes/no terms have their --no- twin, so an edit can clear them as well as set them.
class OfferTermOptions
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    OfferTermOptions();
    void addTo(QCommandLineParser &parser) const;
    // Yes/no terms given both ways: said, with the exit code to stop with, before anything is read or written.
    std::optional<int> conflict(const Call &call) const;
    // Writes the terms given into `offer`; a usage error (said, with its exit code) when one is malformed.
    std::optional<int> apply(const Call &call, licensing::Offer &offer) const;

    // Read by the commands themselves.
    const QCommandLineOption title;
    const QCommandLineOption from;
    const QCommandLineOption draft;
    const QCommandLineOption note;

private:
    // A term with a value: how it goes into the offer, or why the value is not one (a whole sentence).
    struct Term
    {
        QCommandLineOption option;
        std::function<std::optional<QString>(const QStringList &values, licensing::Offer &offer)> apply;
    };
    struct Switch
    {
        SwitchOption option;
        std::function<void(bool on, licensing::Offer &offer)> apply;
    };
    std::vector<Term> m_terms;
    std::vector<Switch> m_switches;
};

} // namespace rakkan::cli
