#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::cataloguing {

struct ReidentifyReport
{
    struct Failure
    {
        catalog::AssetFile file;
        Error error;
    };
    int updated = 0;
    QList<Failure> failures;
    bool cancelled = false;
};

// Reads catalogued files again to compute what an older Rakkan did not store (fingerprints, the ISCC), or
// everything with `all`. A file that changed since it was catalogued is reported and left as it was: its
// fingerprints and ISCC describe the catalogued bytes. Decoding runs on every core; writes stay on the caller's
// thread (the catalogue connection's).
class Reidentifier
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cataloguing::Reidentifier)

public:
    explicit Reidentifier(catalog::Catalog &catalog) : m_catalog(catalog) {}

    void setProgressCallback(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }
    void setCancelFlag(std::shared_ptr<std::atomic<bool>> flag) { m_cancel = std::move(flag); }
    // Called for each file that could not be updated, as it happens.
    void setFailureCallback(std::function<void(const ReidentifyReport::Failure &)> f) { m_failure = std::move(f); }

    Result<ReidentifyReport> run(bool all);

private:
    catalog::Catalog &m_catalog;
    std::function<void(int, int)> m_progress;
    std::function<void(const ReidentifyReport::Failure &)> m_failure;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace rakkan::cataloguing
