#pragma once

#include "iscc/IsccCode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rakkan::discovery {

// What an IsccNote declares about one file: only codes and hashes, never pixels.
struct NoteContent
{
    QString isccCode;
    QString datahash;
    QString metahash;  // optional
    QStringList units; // 256-bit Meta/Content/Data units, no Instance-Code (the hub derives it from datahash)
    QString gateway;   // optional URL or template ({iscc_id}, {iscc_code}, {pubkey}, {datahash}, {controller})
    // PDQ hashes (hex) of the picture and its regions, for hubs that offer the "pdq" extension (rakkan-hub does):
    // an AI developer can then ask the hub whether a picture is declared, by perceptual distance.
    QStringList pdq;

    static NoteContent fromAsset(const iscc::AssetIscc &code, const QString &gateway);
};

// A refusal as a hub gives it: HTTP status, machine code, message and the field at fault.
struct NoteProblem
{
    int status = 400;
    QString code;
    QString message;
    QString field;
};

// The IsccNote of the ISCC Discovery Protocol: building one for a hub, and checking one (the hub's validation,
// shared so that the client refuses to send what the hub would refuse).
class IsccNotes
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::discovery::IsccNotes)

public:
    static constexpr qint64 kClockWindowMs = 10 * 60 * 1000;
    // The "pdq" extension: a signed list of PDQ hashes. Sent only to hubs that list it in GET /hub's extensions,
    // so a hub that keeps to the bare protocol never sees a field it does not know.
    static constexpr const char *kPdqExtension = "pdq";
    static constexpr int kMaxPdq = 32;

    // 128 random bits whose first 12 are the target hub's id, so the note cannot be replayed at another hub.
    static QString newNonce(int hubId);
    static QString timestamp(const QDateTime &utc); // RFC 3339, milliseconds, "Z"
    // The unsigned note (sign it with IsccSignature).
    static QJsonObject build(const NoteContent &content, int hubId, const QDateTime &now);

    // The first problem with a signed note for hub `hubId` at time `nowMs`, or none.
    static std::optional<NoteProblem> check(const QJsonObject &note, int hubId, qint64 nowMs);
    // The Instance-Code a datahash stands for (64 bits).
    static QString instanceCodeOf(const QString &datahash);
};

// The values a note's gateway template is filled with: the variables the ISCC-HUB note schema names.
struct GatewayValues
{
    QString isccId;
    QString isccCode;
    QString pubkey;
    QString datahash;
    QString controller;
};

// A gateway template ("https://artist.example/optout/{iscc_id}") with its variables filled, as a person or a
// crawler would follow it; a variable without a value stays as written.
QString expandGateway(const QString &gateway, const GatewayValues &values);

} // namespace rakkan::discovery
