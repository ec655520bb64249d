#include "catalog/CatalogWording.h"

namespace rakkan::catalog {

QString CatalogWording::locked() const
{
    return tr("The catalogue is in use by another program and stayed locked. Close the other program or try again "
              "in a moment.");
}

QString CatalogWording::diskFull() const
{
    return tr("The disk holding the catalogue is full. Nothing was saved from this step; free some space and try "
              "again.");
}

QString CatalogWording::notADatabase() const
{
    return tr("This file is not a Rakkan catalogue.");
}

QString CatalogWording::damaged() const
{
    return tr("The catalogue file is damaged.");
}

QString CatalogWording::cannotOpen() const
{
    return tr("The catalogue file could not be opened. Check that the folder exists and that you may write to it.");
}

QString CatalogWording::readOnly() const
{
    return tr("You do not have permission to change this catalogue.");
}

QString CatalogWording::diskError() const
{
    return tr("The disk reported an error while reading or writing the catalogue.");
}

QString CatalogWording::refused() const
{
    return tr("The catalogue refused the change because it would break its rules.");
}

QString CatalogWording::failed() const
{
    return tr("The catalogue reported an error.");
}

} // namespace rakkan::catalog
