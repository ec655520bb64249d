#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rakkan::reservations {

// What an AI crawler token is for, as ai.robots.txt describes it: training crawlers, search indexers, and fetches
// on behalf of a user or assistant (inference input, RAG).
enum class AgentPurpose { Training, Search, UserInput };

struct AiAgent
{
    QString token; // the robots.txt product token, e.g. GPTBot
    QString operatorName;
    AgentPurpose purpose = AgentPurpose::Training;
    bool operator==(const AiAgent &) const = default;
};

// One creator's reservation of rights against AI uses: one model written into every machine-readable form (site
// kit files, headers, embedded XMP) so that they cannot disagree. Stored as JSON in the catalogue (PolicyStore).
struct ReservationPolicy
{
    static constexpr int kFormat = 1;

    QString siteUrl; // https://artist.example, without a trailing slash
    QString creator;
    QString rightsHolder; // when not the creator (a studio, a publisher)
    QString contactEmail;
    QString termsUrl; // the page with licensing terms
    QString copyrightNotice;

    bool reserveTraining = true;           // any AI/ML training (implies generative)
    bool reserveGenerativeTraining = true; // training of models that generate content
    bool reserveAiInput = true;            // inference input, RAG, grounding
    bool allowSearch = true;               // ordinary search indexing with links back

    bool offersLicences = false; // AI uses are available under licence (terms URL, optional price)
    QString licenceAmount;       // decimal text, e.g. "500.00" (exact; never a float)
    QString licenceCurrency;     // ISO 4217
    QStringList licenceUsers;    // RSL user tokens: commercial, non-commercial, education, government, personal

    QStringList jurisdictions; // EU, JP, US: what the statements cite
    QList<AiAgent> agents;     // the crawler tokens robots.txt names
    QString otherConstraints;  // the human-readable condition; generated when empty

    bool reservesAnything() const { return reserveTraining || reserveGenerativeTraining || reserveAiInput; }
    bool trainingReserved() const { return reserveTraining || reserveGenerativeTraining; }
    // The licensing condition for people: the user's own text, or one made from the terms.
    QString conditionText() const;
    QString absoluteUrl(const QString &path) const;
    // The site's root URL, or empty before a site is set.
    QString siteRoot() const { return siteUrl.isEmpty() ? QString() : absoluteUrl(QStringLiteral("/")); }
    // Who a licence comes from: the site, else the creator's name.
    QString licensor() const { return siteUrl.isEmpty() ? creator : siteRoot(); }
    // A reservation the creator has published says AI training is not available under licence.
    bool refusesLicensing() const { return !siteUrl.isEmpty() && trainingReserved() && !offersLicences; }

    QJsonObject toJson() const;
    static Result<ReservationPolicy> fromJson(const QJsonObject &json);
    // The policy a new catalogue starts from: everything AI reserved, search allowed, the shipped agent list.
    static ReservationPolicy defaults();
    // Every problem that would make a generated file wrong, in the user's language; empty when none.
    QStringList problems() const;

    bool operator==(const ReservationPolicy &) const = default;
};

// The shipped list of AI crawler tokens (resources/reservations/ai-agents.json), and reading ai.robots.txt's
// robots.json so the user can bring the list up to date.
class AiAgents
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::AiAgents)

public:
    static const QList<AiAgent> &shipped();
    static QString shippedSource();
    static Result<QList<AiAgent>> fromRobotsJson(const QByteArray &json);
    static QString purposeName(AgentPurpose purpose);
    static std::optional<AgentPurpose> purposeFromName(const QString &name);
};

// The versions of the formats each generated file follows; vocabularies change (aipref's changed seven times), so
// every output says which one it was written for.
namespace FormatVersions {
inline const QString kTdmRep = QStringLiteral("TDMRep W3C CG Final Report 2024-05-10");
inline const QString kTdmPolicy = QStringLiteral("ODRL 2.2, profile http://www.w3.org/ns/tdmrep");
inline const QString kRobots = QStringLiteral("RFC 9309");
inline const QString kAiPref = QStringLiteral("draft-ietf-aipref-vocab-07, draft-ietf-aipref-attach-05");
inline const QString kContentSignal = QStringLiteral("draft-romm-aipref-contentsignals-00");
inline const QString kRsl = QStringLiteral("RSL 1.0");
inline const QString kIptc = QStringLiteral("IPTC Photo Metadata Standard 2023.1");
inline const QString kAiTxt = QStringLiteral("Spawning ai.txt (2023)");
} // namespace FormatVersions

} // namespace rakkan::reservations
