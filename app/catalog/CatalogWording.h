#pragma once

#include "sqlite/Sqlite.h"

#include <QCoreApplication>

namespace rakkan::catalog {

// The catalogue's own words for what goes wrong with its file: users know it as "the catalogue", not as a database.
class CatalogWording final : public sql::Wording
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::CatalogWording)

public:
    QString locked() const override;
    QString diskFull() const override;
    QString notADatabase() const override;
    QString damaged() const override;
    QString cannotOpen() const override;
    QString readOnly() const override;
    QString diskError() const override;
    QString refused() const override;
    QString failed() const override;
};

} // namespace rakkan::catalog
