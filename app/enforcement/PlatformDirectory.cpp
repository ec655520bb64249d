#include "enforcement/PlatformDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace rakkan::enforcement {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out << v.toString().trimmed().toLower();
    return out;
}

Result<QByteArray> readSmall(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, PlatformDirectory::tr("%1 cannot be read.").arg(path));
    if (file.size() > (4 << 20))
        return makeError(ErrorCode::TooLarge,
                         PlatformDirectory::tr("%1 is too large for a list of platforms.").arg(path));
    return file.readAll();
}

} // namespace

Result<PlatformDirectory> PlatformDirectory::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("platforms")).isArray())
        return makeError(ErrorCode::Corrupt,
                         tr("The list of platforms is not readable JSON (%1).").arg(error.errorString()));
    PlatformDirectory dir;
    dir.m_version = doc.object().value(QStringLiteral("version")).toString();
    for (const QJsonValue &value : doc.object().value(QStringLiteral("platforms")).toArray()) {
        const QJsonObject o = value.toObject();
        Platform p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        if (p.id.isEmpty() || p.name.isEmpty())
            return makeError(ErrorCode::Corrupt, tr("A platform in the list has no id or name."));
        p.hosts = strings(o.value(QStringLiteral("hosts")));
        p.laws = strings(o.value(QStringLiteral("laws")));
        p.designatedInJapan = o.value(QStringLiteral("designated_jp")).toBool();
        p.searchEngine = o.value(QStringLiteral("search_engine")).toBool();
        p.cdn = o.value(QStringLiteral("cdn")).toBool();
        p.form = o.value(QStringLiteral("form")).toString();
        p.email = o.value(QStringLiteral("email")).toString();
        // Only https forms: a notice carries the complainant's address and telephone number.
        if (!p.form.isEmpty() && !p.form.startsWith(QLatin1String("https://")))
            return makeError(ErrorCode::Corrupt, tr("The notice form of %1 is not an https address.").arg(p.name));
        dir.m_platforms << p;
    }
    return dir;
}

QString PlatformDirectory::userCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/enforcement/platforms.json");
}

const PlatformDirectory &PlatformDirectory::shipped()
{
    static const PlatformDirectory directory = [] {
        for (const QString &path : {userCopyPath(), QStringLiteral(":/enforcement/platforms.json")}) {
            auto bytes = readSmall(path);
            if (!bytes.ok())
                continue;
            auto parsed = parse(*bytes);
            if (parsed.ok())
                return *parsed;
        }
        return PlatformDirectory();
    }();
    return directory;
}

std::optional<Platform> PlatformDirectory::forHost(const QString &host) const
{
    const QString h = host.toLower();
    for (const Platform &p : m_platforms)
        for (const QString &known : p.hosts)
            if (h == known || h.endsWith(QLatin1Char('.') + known))
                return p;
    return std::nullopt;
}

std::optional<Platform> PlatformDirectory::byId(const QString &id) const
{
    for (const Platform &p : m_platforms)
        if (p.id == id)
            return p;
    return std::nullopt;
}

} // namespace rakkan::enforcement
