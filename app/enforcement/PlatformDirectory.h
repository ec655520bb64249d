#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace rakkan::enforcement {

// Where one platform takes copyright notices, as it publishes it.
struct Platform
{
    QString id;
    QString name;
    QStringList hosts;              // the host names it serves from (subdomains included)
    QStringList laws;               // the regimes it takes notices under: dmca, dsa, jp
    bool designatedInJapan = false; // a large platform under Art. 20(1) of Japan's Act: decides within about 7 days
    bool searchEngine = false;      // DMCA §512(d): the notice names links, not material
    bool cdn = false;
    QString form;  // its notice web form, when it publishes one
    QString email; // its notice address, when it publishes one
};

// The shipped list of platforms' notice channels (resources/enforcement/platforms.json), or a newer copy the user
// placed in Rakkan's data folder. Nothing is guessed: a platform without a published channel has none here.
class PlatformDirectory
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::PlatformDirectory)

public:
    static Result<PlatformDirectory> parse(const QByteArray &json);
    // The user's copy when it exists and reads, else the shipped one.
    static const PlatformDirectory &shipped();
    // Where a newer list is looked for.
    static QString userCopyPath();

    std::optional<Platform> forHost(const QString &host) const;
    std::optional<Platform> byId(const QString &id) const;
    const QList<Platform> &platforms() const { return m_platforms; }
    QString version() const { return m_version; }

private:
    QList<Platform> m_platforms;
    QString m_version;
};

} // namespace rakkan::enforcement
