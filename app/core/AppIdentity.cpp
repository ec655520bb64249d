#include "core/AppIdentity.h"

#include <QCoreApplication>

namespace rakkan {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("rakkan.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Rakkan"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(RAKKAN_VERSION);
}

} // namespace rakkan
