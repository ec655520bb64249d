#include "enforcement/HostFinder.h"

#include "core/AtomicFile.h"
#include "net/Http.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <libpsl.h>

namespace rakkan::enforcement {

namespace {

constexpr qsizetype kMaxBootstrapBytes = 4 << 20;
constexpr qsizetype kMaxRdapBytes = 1 << 20;

Result<QByteArray> readFile(const QString &path, qsizetype limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, RdapBootstrap::tr("%1 cannot be read.").arg(path));
    if (file.size() > limit)
        return makeError(ErrorCode::TooLarge, RdapBootstrap::tr("%1 is too large.").arg(path));
    return file.readAll();
}

// IANA's format: {"services": [[[keys...], [urls...]], ...]}; the https address of each entry is kept.
Result<QList<QPair<QStringList, QString>>> parseBootstrap(const QByteArray &json, const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.object().value(QStringLiteral("services")).isArray())
        return makeError(ErrorCode::Corrupt, RdapBootstrap::tr("%1 is not an RDAP bootstrap file.").arg(name));
    QList<QPair<QStringList, QString>> out;
    for (const QJsonValue &service : doc.object().value(QStringLiteral("services")).toArray()) {
        const QJsonArray pair = service.toArray();
        QStringList keys;
        for (const QJsonValue &k : pair.at(0).toArray())
            keys << k.toString().toLower();
        QString url;
        for (const QJsonValue &u : pair.at(1).toArray())
            if (u.toString().startsWith(QLatin1String("https://")) ||
                (url.isEmpty() && u.toString().startsWith(QLatin1String("http://"))))
                url = u.toString();
        if (!keys.isEmpty() && !url.isEmpty())
            out.append({keys, url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/')});
    }
    return out;
}

// What a registry or a server says goes to a terminal and into notices: no control character survives.
QString printable(QString text)
{
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    return text.simplified().left(300);
}

QString jcardValue(const QJsonArray &property)
{
    const QJsonValue v = property.at(3);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &p : v.toArray())
            if (p.isString() && !p.toString().isEmpty())
                parts << p.toString();
        return parts.join(QStringLiteral(", "));
    }
    return v.toString();
}

void collectEntities(const QJsonArray &entities, QList<RdapContact> &out, int depth)
{
    if (depth > 4)
        return;
    for (const QJsonValue &value : entities) {
        const QJsonObject entity = value.toObject();
        RdapContact c;
        for (const QJsonValue &r : entity.value(QStringLiteral("roles")).toArray())
            c.roles << r.toString();
        c.handle = printable(entity.value(QStringLiteral("handle")).toString());
        for (QString &role : c.roles)
            role = printable(role);
        const QJsonArray card = entity.value(QStringLiteral("vcardArray")).toArray().at(1).toArray();
        for (const QJsonValue &p : card) {
            const QJsonArray property = p.toArray();
            const QString name = property.at(0).toString();
            if (name == QLatin1String("fn") && c.name.isEmpty())
                c.name = printable(jcardValue(property));
            else if (name == QLatin1String("email") && c.email.isEmpty())
                c.email = printable(jcardValue(property));
            else if (name == QLatin1String("tel") && c.phone.isEmpty())
                c.phone = printable(jcardValue(property).remove(QLatin1String("tel:")));
        }
        if (!c.roles.isEmpty())
            out << c;
        collectEntities(entity.value(QStringLiteral("entities")).toArray(), out, depth + 1);
    }
}

bool inBlock(const QHostAddress &address, const QString &cidr)
{
    const auto subnet = QHostAddress::parseSubnet(cidr);
    return subnet.first.protocol() == address.protocol() && address.isInSubnet(subnet);
}

struct CdnNetwork
{
    QString name;
    QString platform;
    QList<QPair<QByteArray, QByteArray>> headers; // name, value fragment ("" = present)
    QStringList ranges;
};

const QList<CdnNetwork> &cdnNetworks()
{
    static const QList<CdnNetwork> list = [] {
        QList<CdnNetwork> out;
        QFile file(QStringLiteral(":/enforcement/cdn.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("networks")).toArray()) {
            const QJsonObject o = v.toObject();
            CdnNetwork n;
            n.name = o.value(QStringLiteral("name")).toString();
            n.platform = o.value(QStringLiteral("platform")).toString();
            for (const QJsonValue &h : o.value(QStringLiteral("headers")).toArray())
                n.headers.append({h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toLatin1()});
            for (const QJsonValue &r : o.value(QStringLiteral("ranges")).toArray())
                n.ranges << r.toString();
            out << n;
        }
        return out;
    }();
    return list;
}

} // namespace

std::optional<RdapContact> RdapRecord::withRole(const QString &role) const
{
    for (const RdapContact &c : contacts)
        if (c.roles.contains(role))
            return c;
    return std::nullopt;
}

QString RdapBootstrap::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rdap");
}

Result<RdapBootstrap> RdapBootstrap::load(const QString &folder)
{
    RdapBootstrap b;
    const QString dir = !folder.isEmpty() ? folder
                        : QFile::exists(userFolder() + QStringLiteral("/dns.json"))
                            ? userFolder()
                            : QStringLiteral(":/enforcement/rdap");
    RAKKAN_TRY(auto dns, readFile(dir + QStringLiteral("/dns.json"), kMaxBootstrapBytes));
    RAKKAN_TRY(b.m_dns, parseBootstrap(dns, QStringLiteral("dns.json")));
    for (const QString &name : {QStringLiteral("ipv4.json"), QStringLiteral("ipv6.json")}) {
        RAKKAN_TRY(auto bytes, readFile(dir + QLatin1Char('/') + name, kMaxBootstrapBytes));
        RAKKAN_TRY(auto blocks, parseBootstrap(bytes, name));
        b.m_ip << blocks;
    }
    return b;
}

Result<void> RdapBootstrap::update(const QString &baseUrl, const QString &caFile)
{
    net::Http http;
    QMap<QString, QByteArray> files;
    for (const QString &name : {QStringLiteral("dns.json"), QStringLiteral("ipv4.json"), QStringLiteral("ipv6.json")}) {
        net::HttpRequest request;
        request.url = baseUrl + name;
        request.maxAnswerBytes = kMaxBootstrapBytes;
        request.caFile = caFile;
        const net::HttpResponse response = http.perform(request);
        if (response.curlCode != 0)
            return makeError(ErrorCode::Unavailable, tr("%1: %2").arg(request.url, response.failure()));
        if (response.status != 200)
            return makeError(ErrorCode::Unavailable, tr("%1 answered %2.").arg(request.url).arg(response.status));
        RAKKAN_TRY(auto parsed, parseBootstrap(response.body, name));
        if (parsed.isEmpty())
            return makeError(ErrorCode::Corrupt, tr("%1 lists no RDAP server.").arg(request.url));
        files.insert(name, response.body);
    }
    if (!QDir().mkpath(userFolder()))
        return makeError(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(userFolder()));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        RAKKAN_TRY(writeFileAtomically(userFolder() + QLatin1Char('/') + it.key(), it.value()));
    return {};
}

QString RdapBootstrap::serverForDomain(const QString &domain) const
{
    const QString tld = domain.section(QLatin1Char('.'), -1).toLower();
    for (const auto &[keys, url] : m_dns)
        if (keys.contains(tld))
            return url;
    return {};
}

QString RdapBootstrap::serverForAddress(const QString &address) const
{
    const QHostAddress a(address);
    if (a.isNull())
        return {};
    // The most specific block wins.
    QString best;
    int bestLength = -1;
    for (const auto &[blocks, url] : m_ip)
        for (const QString &block : blocks) {
            const auto subnet = QHostAddress::parseSubnet(block);
            if (subnet.first.protocol() == a.protocol() && a.isInSubnet(subnet) && subnet.second > bestLength) {
                best = url;
                bestLength = subnet.second;
            }
        }
    return best;
}

QString HostFinder::registrableDomain(const QString &host)
{
    static const psl_ctx_t *const psl = [] {
        const psl_ctx_t *latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    const QByteArray name = host.toLower().toUtf8();
    const char *domain = psl ? psl_registrable_domain(psl, name.constData()) : nullptr;
    return domain ? QString::fromUtf8(domain) : host.toLower();
}

QString HostFinder::cdnOf(const QString &address, const QList<QPair<QByteArray, QByteArray>> &headers,
                          QStringList *clues)
{
    const QHostAddress a(address);
    for (const CdnNetwork &n : cdnNetworks()) {
        QStringList found;
        for (const auto &[name, fragment] : n.headers)
            for (const auto &[key, value] : headers)
                if (key == name && (fragment.isEmpty() || value.toLower().contains(fragment)))
                    found << printable(
                        QStringLiteral("%1: %2").arg(QString::fromLatin1(key), QString::fromLatin1(value.left(80))));
        if (!a.isNull())
            for (const QString &range : n.ranges)
                if (inBlock(a, range))
                    found << tr("address %1 is in %2").arg(address, range);
        if (!found.isEmpty()) {
            if (clues)
                *clues = found;
            return n.name;
        }
    }
    return {};
}

RdapRecord HostFinder::parse(const QByteArray &json)
{
    RdapRecord r;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    r.json = json;
    if (o.isEmpty()) {
        r.error = tr("The RDAP answer is not JSON.");
        return r;
    }
    r.handle = printable(o.value(QStringLiteral("handle")).toString());
    r.name = printable(o.value(QStringLiteral("ldhName")).toString());
    if (r.name.isEmpty())
        r.name = printable(o.value(QStringLiteral("name")).toString());
    r.country = printable(o.value(QStringLiteral("country")).toString());
    r.startAddress = printable(o.value(QStringLiteral("startAddress")).toString());
    r.endAddress = printable(o.value(QStringLiteral("endAddress")).toString());
    collectEntities(o.value(QStringLiteral("entities")).toArray(), r.contacts, 0);
    return r;
}

RdapRecord HostFinder::lookup(const QString &server, const QString &kind, const QString &query, const QString &caFile)
{
    RdapRecord r;
    r.query = query;
    if (server.isEmpty()) {
        r.error = tr("No RDAP server is known for %1. Update the RDAP bootstrap files (case hosts "
                     "--update-bootstrap).")
                      .arg(query);
        return r;
    }
    net::Http http;
    net::HttpRequest request;
    request.url = server + kind + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(query, ":"));
    request.headers << "Accept: application/rdap+json";
    request.maxAnswerBytes = kMaxRdapBytes;
    request.maxRedirects = 3; // a registry sends an address held by another on to it
    request.timeoutMs = 15000;
    request.caFile = caFile;
    const net::HttpResponse response = http.perform(request);
    if (response.curlCode != 0) {
        r.error = response.failure();
        return r;
    }
    if (response.status == 404) {
        r.error = tr("The registry at %1 holds no record of %2.").arg(server, query);
        return r;
    }
    if (response.status != 200) {
        r.error = tr("The registry at %1 answered %2.").arg(server).arg(response.status);
        return r;
    }
    RdapRecord parsed = parse(response.body);
    parsed.query = query;
    parsed.url = response.finalUrl;
    return parsed;
}

HostReport HostFinder::find(const PageCapture &capture, const Options &options)
{
    // The exchange that served the page: the last to the final address.
    QString address;
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const Exchange &e : capture.exchanges)
        if (QUrl(e.url).host() == capture.finalUrl.host()) {
            address = e.peerAddress;
            headers = e.headers;
        }
    return find(capture.finalUrl.host(), address, headers, options);
}

HostReport HostFinder::find(const QString &host, const QString &address,
                            const QList<QPair<QByteArray, QByteArray>> &headers, const Options &options)
{
    HostReport report;
    report.host = host.toLower();
    report.address = address;
    report.platform = PlatformDirectory::shipped().forHost(report.host);
    report.cdn = cdnOf(address, headers, &report.cdnClues);
    if (report.platform) {
        if (!report.platform->form.isEmpty())
            report.advice << tr("%1 takes copyright notices through its form: %2")
                                 .arg(report.platform->name, report.platform->form);
        if (!report.platform->email.isEmpty())
            report.advice << tr("%1 takes copyright notices at %2.").arg(report.platform->name, report.platform->email);
        if (report.platform->form.isEmpty() && report.platform->email.isEmpty())
            report.advice << tr("%1 is a known platform, but Rakkan's list has no published notice channel for it: "
                                "look for \"copyright\" or \"著作権侵害の申告\" in its help pages.")
                                 .arg(report.platform->name);
        if (report.platform->designatedInJapan)
            report.advice << tr("%1 is a large platform designated under Japan's Information Distribution Platform "
                                "Act: it must decide on a 送信防止措置依頼 within about 7 days.")
                                 .arg(report.platform->name);
    }
    if (!report.cdn.isEmpty())
        report.advice << tr("The site is behind %1, a content delivery network that does not host the file. Send the "
                            "notice to the host behind it, or through %1's abuse process, which forwards it to the "
                            "host or tells you who the host is.")
                             .arg(report.cdn);
    if (!options.online)
        return report;

    auto bootstrap = RdapBootstrap::load(options.bootstrapFolder);
    if (!bootstrap.ok()) {
        report.domain.error = report.network.error = bootstrap.error().message;
        return report;
    }
    const QString domain = registrableDomain(report.host);
    report.domain = lookup(bootstrap->serverForDomain(domain), QStringLiteral("domain"), domain, options.caFile);
    if (!address.isEmpty())
        report.network = lookup(bootstrap->serverForAddress(address), QStringLiteral("ip"), address, options.caFile);
    if (const auto registrar = report.domain.withRole(QStringLiteral("registrar"))) {
        const auto abuse = report.domain.withRole(QStringLiteral("abuse"));
        report.advice << (abuse && !abuse->email.isEmpty()
                              ? tr("The domain %1 is registered through %2, whose abuse contact is %3.")
                                    .arg(domain, registrar->name, abuse->email)
                              : tr("The domain %1 is registered through %2.").arg(domain, registrar->name));
    }
    if (const auto abuse = report.network.withRole(QStringLiteral("abuse")); abuse && !abuse->email.isEmpty())
        report.advice << tr("The address %1 belongs to the network %2, whose abuse contact is %3.")
                             .arg(address, report.network.name, abuse->email);
    return report;
}

QString HostFinder::describe(const HostReport &r)
{
    QString out = tr("Host: %1").arg(r.host) + QLatin1Char('\n');
    if (!r.address.isEmpty())
        out += tr("Served from: %1").arg(r.address) + QLatin1Char('\n');
    if (r.platform)
        out += tr("Platform: %1").arg(r.platform->name) + QLatin1Char('\n');
    if (!r.cdn.isEmpty())
        out += tr("Behind the CDN %1 (%2)").arg(r.cdn, r.cdnClues.join(QStringLiteral("; "))) + QLatin1Char('\n');
    const auto record = [&out](const QString &what, const RdapRecord &rec) {
        if (!rec.error.isEmpty()) {
            out += tr("%1: %2").arg(what, rec.error) + QLatin1Char('\n');
            return;
        }
        out += tr("%1: %2").arg(what, rec.name.isEmpty() ? rec.handle : rec.name) + QLatin1Char('\n');
        for (const RdapContact &c : rec.contacts)
            out += QStringLiteral("    %1: %2 %3 %4\n")
                       .arg(c.roles.join(QLatin1Char('/')), c.name, c.email, c.phone)
                       .trimmed() +
                   QLatin1Char('\n');
    };
    if (!r.domain.query.isEmpty() || !r.domain.error.isEmpty())
        record(tr("Domain (RDAP)"), r.domain);
    if (!r.network.query.isEmpty() || !r.network.error.isEmpty())
        record(tr("Network (RDAP)"), r.network);
    if (!r.advice.isEmpty()) {
        out += tr("Where the notice goes:") + QLatin1Char('\n');
        for (const QString &a : r.advice)
            out += QStringLiteral("  - ") + a + QLatin1Char('\n');
    }
    return out;
}

} // namespace rakkan::enforcement
