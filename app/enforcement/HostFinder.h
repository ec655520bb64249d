#pragma once

#include "core/Result.h"
#include "enforcement/PageCapture.h"
#include "enforcement/PlatformDirectory.h"

#include <QCoreApplication>

#include <optional>

namespace rakkan::enforcement {

// A contact an RDAP record gives (RFC 9083 entity with a jCard, RFC 7095).
struct RdapContact
{
    QStringList roles; // registrar, abuse, registrant, technical, ...
    QString name;
    QString email;
    QString phone;
    QString handle;
};

// What one RDAP server said about a domain or an address.
struct RdapRecord
{
    QString query;
    QString url; // the address asked, after redirects
    QString handle;
    QString name; // the domain, or the network's name
    QString country;
    QString startAddress;
    QString endAddress;
    QList<RdapContact> contacts;
    QString error;   // why there is no record, in the user's language
    QByteArray json; // the answer as received, for the evidence

    std::optional<RdapContact> withRole(const QString &role) const;
};

// IANA's RDAP bootstrap files (RFC 9224): which server answers for a top-level domain or an address block. Shipped
// with Rakkan (resources/enforcement/rdap) and replaced by IANA's current files with update().
class RdapBootstrap
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::RdapBootstrap)

public:
    // From `folder` (dns.json, ipv4.json, ipv6.json): the user's updated copy, else the shipped files.
    static Result<RdapBootstrap> load(const QString &folder = {});
    static QString userFolder();
    // Downloads IANA's current files into userFolder() (each checked before it replaces the old one).
    static Result<void> update(const QString &baseUrl = QStringLiteral("https://data.iana.org/rdap/"),
                               const QString &caFile = {});

    QString serverForDomain(const QString &domain) const; // "" when none is known
    QString serverForAddress(const QString &address) const;

private:
    QList<QPair<QStringList, QString>> m_dns;
    QList<QPair<QStringList, QString>> m_ip; // CIDR blocks (v4 and v6) -> server
};

struct HostReport
{
    QString host;
    QString address; // the address that served the page
    std::optional<Platform> platform;
    QString cdn; // the CDN in front of the site, if any
    QStringList cdnClues;
    RdapRecord domain;
    RdapRecord network;
    // Where a notice should go, as sentences, each from what a source said (nothing guessed).
    QStringList advice;
};

// Who is behind a captured page: the platform (from the shipped list), a CDN in front (by headers and address
// ranges), the domain's registrar and abuse contact and the network's abuse contact (RDAP).
class HostFinder
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::HostFinder)

public:
    struct Options
    {
        QString bootstrapFolder; // empty: the user's or the shipped files
        QString caFile;          // extra trust for a private RDAP server (tests)
        bool online = true;      // false: only the platform list and the CDN clues
    };

    static HostReport find(const PageCapture &capture, const Options &options);
    static HostReport find(const QString &host, const QString &address,
                           const QList<QPair<QByteArray, QByteArray>> &headers, const Options &options);
    // The CDN the headers or the address point to, with the clues.
    static QString cdnOf(const QString &address, const QList<QPair<QByteArray, QByteArray>> &headers,
                         QStringList *clues = nullptr);
    // The registrable domain of a host name ("img.example.co.jp" -> "example.co.jp").
    static QString registrableDomain(const QString &host);
    static RdapRecord lookup(const QString &server, const QString &kind, const QString &query, const QString &caFile);
    static RdapRecord parse(const QByteArray &json);
    // The report as a person reads it, in the user's language: the CLI prints it, the Cases window shows it.
    static QString describe(const HostReport &report);
};

} // namespace rakkan::enforcement
