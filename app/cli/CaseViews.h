#pragma once

#include "catalog/Catalog.h"
#include "catalog/EventChain.h"
#include "enforcement/Case.h"
#include "enforcement/CopyFinder.h"
#include "enforcement/HostFinder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace rakkan::cli {

// The JSON shapes and the plain text of enforcement's results, shared by case, evidence and notice.
class Call;

class CaseViews
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CaseViews)

public:
    // The one case a command acts on, named by its number: the argument, and reading it (a usage error otherwise,
    // with *exitCode set).
    static void addCaseArgument(QCommandLineParser &parser);
    static std::optional<qint64> caseArgument(const Call &call, int *exitCode);

    static QJsonObject toJson(const enforcement::Case &c);
    static QJsonObject toJson(const catalog::ChainEvent &e);
    static QJsonObject toJson(const enforcement::FoundCopy &f);
    static QJsonObject toJson(const enforcement::HostReport &r);
    // "Case 3 · Notice sent · example.com · due 2026-12-21: ..."
    static QString line(const enforcement::Case &c);
    static QString deadlineText(const enforcement::Case &c);
    // The proposal of `case open`: each picture and the works it copies.
    static QString proposal(catalog::Catalog &catalog, const QList<enforcement::FoundCopy> &found);
};

} // namespace rakkan::cli
