#include "catalog/WorkTypes.h"

namespace rakkan::catalog {

namespace {
struct KindInfo
{
    WorkKind kind;
    const char *key;
};
constexpr KindInfo kKinds[] = {
    {WorkKind::Illustration, "illustration"},
    {WorkKind::MangaChapter, "manga_chapter"},
    {WorkKind::MangaPage, "manga_page"},
    {WorkKind::Cover, "cover"},
    {WorkKind::Sketch, "sketch"},
    {WorkKind::Other, "other"},
};

struct RoleInfo
{
    HolderRole role;
    const char *key;
};
constexpr RoleInfo kRoles[] = {
    {HolderRole::Author, "author"}, {HolderRole::Artist, "artist"},       {HolderRole::Writer, "writer"},
    {HolderRole::Studio, "studio"}, {HolderRole::Publisher, "publisher"}, {HolderRole::RightsHolder, "rights_holder"},
};
} // namespace

QString workKindKey(WorkKind kind)
{
    for (const auto &info : kKinds)
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    return QStringLiteral("other");
}

std::optional<WorkKind> workKindFromKey(const QString &key)
{
    for (const auto &info : kKinds)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

QString workKindLabel(WorkKind kind)
{
    switch (kind) {
    case WorkKind::Illustration:
        return QCoreApplication::translate("rakkan::catalog::WorkKind", "Illustration");
    case WorkKind::MangaChapter:
        return QCoreApplication::translate("rakkan::catalog::WorkKind", "Manga chapter");
    case WorkKind::MangaPage:
        return QCoreApplication::translate("rakkan::catalog::WorkKind", "Manga page");
    case WorkKind::Cover:
        return QCoreApplication::translate("rakkan::catalog::WorkKind", "Cover");
    case WorkKind::Sketch:
        return QCoreApplication::translate("rakkan::catalog::WorkKind", "Sketch");
    case WorkKind::Other:
        return QCoreApplication::translate("rakkan::catalog::WorkKind", "Other");
    }
    return {};
}

QList<WorkKind> allWorkKinds()
{
    QList<WorkKind> kinds;
    for (const auto &info : kKinds)
        kinds << info.kind;
    return kinds;
}

QString holderRoleKey(HolderRole role)
{
    for (const auto &info : kRoles)
        if (info.role == role)
            return QString::fromLatin1(info.key);
    return QStringLiteral("author");
}

std::optional<HolderRole> holderRoleFromKey(const QString &key)
{
    for (const auto &info : kRoles)
        if (key == QLatin1String(info.key))
            return info.role;
    return std::nullopt;
}

QString holderRoleLabel(HolderRole role)
{
    switch (role) {
    case HolderRole::Author:
        return QCoreApplication::translate("rakkan::catalog::HolderRole", "Author");
    case HolderRole::Artist:
        return QCoreApplication::translate("rakkan::catalog::HolderRole", "Artist");
    case HolderRole::Writer:
        return QCoreApplication::translate("rakkan::catalog::HolderRole", "Writer");
    case HolderRole::Studio:
        return QCoreApplication::translate("rakkan::catalog::HolderRole", "Studio");
    case HolderRole::Publisher:
        return QCoreApplication::translate("rakkan::catalog::HolderRole", "Publisher");
    case HolderRole::RightsHolder:
        return QCoreApplication::translate("rakkan::catalog::HolderRole", "Rights holder");
    }
    return {};
}

QList<HolderRole> allHolderRoles()
{
    QList<HolderRole> roles;
    for (const auto &info : kRoles)
        roles << info.role;
    return roles;
}

bool WorkEdit::isEmpty() const
{
    return !title && !titleLatin && !kind && !series && !volume && !chapter && !notes && !tags && addTags.isEmpty() &&
           removeTags.isEmpty() && !holders && addHolders.isEmpty() && removeHolders.isEmpty() &&
           addPublications.isEmpty() && removePublications.isEmpty() && !signingIdentityId;
}

} // namespace rakkan::catalog
