#include "discovery/IsccNote.h"

#include "iscc/IsccHeader.h"
#include "iscc/IsccSignature.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace rakkan::discovery {

namespace {

const QString kIsccCode = QStringLiteral("iscc_code");
const QString kDatahash = QStringLiteral("datahash");
const QString kMetahash = QStringLiteral("metahash");
const QString kNonce = QStringLiteral("nonce");
const QString kTimestamp = QStringLiteral("timestamp");
const QString kGateway = QStringLiteral("gateway");
const QString kUnits = QStringLiteral("units");
const QString kPdq = QStringLiteral("pdq");
const QString kSignature = QStringLiteral("signature");

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QLatin1String(pattern)).match(text).hasMatch();
}

NoteProblem problem(int status, const char *code, const QString &message, const QString &field = {})
{
    return NoteProblem{status, QLatin1String(code), message, field};
}

} // namespace

NoteContent NoteContent::fromAsset(const iscc::AssetIscc &code, const QString &gateway)
{
    NoteContent c;
    c.isccCode = code.isccCode;
    c.datahash = code.datahash;
    c.metahash = code.metahash;
    for (const QString &unit : {code.metaUnit, code.contentUnit, code.dataUnit})
        if (!unit.isEmpty())
            c.units << unit;
    c.gateway = gateway;
    return c;
}

QString IsccNotes::newNonce(int hubId)
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    bytes[0] = char((hubId >> 4) & 0xff);
    bytes[1] = char(((hubId & 0x0f) << 4) | (quint8(bytes.at(1)) & 0x0f));
    return QString::fromLatin1(bytes.toHex());
}

QString IsccNotes::timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QJsonObject IsccNotes::build(const NoteContent &content, int hubId, const QDateTime &now)
{
    QJsonObject note{{kIsccCode, content.isccCode},
                     {kDatahash, content.datahash},
                     {kNonce, newNonce(hubId)},
                     {kTimestamp, timestamp(now)}};
    // Optional fields are left out rather than sent empty: the protocol forbids empty optional fields.
    if (!content.metahash.isEmpty())
        note.insert(kMetahash, content.metahash);
    if (!content.gateway.isEmpty())
        note.insert(kGateway, content.gateway);
    if (!content.units.isEmpty())
        note.insert(kUnits, QJsonArray::fromStringList(content.units));
    if (!content.pdq.isEmpty())
        note.insert(kPdq, QJsonArray::fromStringList(content.pdq.mid(0, kMaxPdq)));
    return note;
}

QString IsccNotes::instanceCodeOf(const QString &datahash)
{
    iscc::IsccUnit unit;
    unit.mainType = iscc::MainType::Instance;
    unit.lengthCode = 1;
    unit.body = QByteArray::fromHex(datahash.mid(4).toLatin1()).left(8);
    return iscc::IsccCodec::encode(unit);
}

std::optional<NoteProblem> IsccNotes::check(const QJsonObject &note, int hubId, qint64 nowMs)
{
    for (const QString &field : {kIsccCode, kDatahash, kNonce, kTimestamp, kSignature})
        if (!note.contains(field) || note.value(field).isNull())
            return problem(400, "validation_failed", tr("The field \"%1\" is missing.").arg(field), field);
    for (const QString &field : {kMetahash, kGateway, kUnits})
        if (note.contains(field) &&
            (note.value(field).isNull() || (note.value(field).isString() && note.value(field).toString().isEmpty()) ||
             (note.value(field).isArray() && note.value(field).toArray().isEmpty())))
            return problem(400, "validation_failed", tr("The optional field \"%1\" must not be empty.").arg(field),
                           field);

    const QString code = note.value(kIsccCode).toString();
    if (!matches(code, "^ISCC:[A-Z0-9]{29,68}$"))
        return problem(400, "invalid_iscc", tr("The ISCC-CODE is not in ISCC form."), kIsccCode);
    auto decoded = iscc::IsccCodec::decode(code);
    if (!decoded.ok() || decoded->mainType != iscc::MainType::Iscc)
        return problem(400, "invalid_iscc", tr("The ISCC-CODE is not a composite ISCC-CODE."), kIsccCode);
    const QString datahash = note.value(kDatahash).toString();
    if (!matches(datahash, "^1e20[0-9a-f]{64}$"))
        return problem(400, "invalid_format", tr("The datahash is not a BLAKE3 multihash."), kDatahash);
    if (note.contains(kMetahash) && !matches(note.value(kMetahash).toString(), "^1e20[0-9a-f]{64}$"))
        return problem(400, "invalid_format", tr("The metahash is not a BLAKE3 multihash."), kMetahash);
    const QString nonce = note.value(kNonce).toString();
    if (!matches(nonce, "^[0-9a-f]{32}$"))
        return problem(400, "invalid_hex", tr("The nonce is not 32 lowercase hex digits."), kNonce);
    if (nonce.left(3).toInt(nullptr, 16) != hubId)
        return problem(
            422, "nonce_mismatch",
            tr("The nonce was made for hub %1, not this hub (%2).").arg(nonce.left(3).toInt(nullptr, 16)).arg(hubId),
            kNonce);
    const QString stamp = note.value(kTimestamp).toString();
    const QDateTime when = QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
    if (!matches(stamp, "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$") || !when.isValid())
        return problem(400, "invalid_format", tr("The timestamp is not RFC 3339 UTC with milliseconds."), kTimestamp);
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    if (std::abs(utc.toMSecsSinceEpoch() - nowMs) > kClockWindowMs)
        return problem(422, "timestamp_out_of_range", tr("The timestamp must be within 10 minutes of the hub's clock."),
                       kTimestamp);
    if (note.contains(kUnits)) {
        const QJsonArray units = note.value(kUnits).toArray();
        if (units.size() > 4)
            return problem(400, "validation_failed", tr("At most 4 units may be sent."), kUnits);
        QStringList all;
        for (const QJsonValue &u : units) {
            if (!matches(u.toString(), "^ISCC:[A-Z0-9]{16,68}$"))
                return problem(400, "invalid_iscc", tr("A unit is not in ISCC form."), kUnits);
            all << u.toString();
        }
        all << instanceCodeOf(datahash);
        auto rebuilt = iscc::IsccComposite::combine(all);
        if (!rebuilt.ok() || *rebuilt != code)
            return problem(422, "validation_failed",
                           tr("The units and the datahash do not make up the declared ISCC-CODE."), kUnits);
    }
    if (note.contains(kPdq)) {
        const QJsonArray hashes = note.value(kPdq).toArray();
        if (hashes.isEmpty() || hashes.size() > kMaxPdq)
            return problem(400, "validation_failed", tr("Between 1 and %1 PDQ hashes may be sent.").arg(kMaxPdq), kPdq);
        for (const QJsonValue &h : hashes)
            if (!matches(h.toString(), "^[0-9a-f]{64}$"))
                return problem(400, "validation_failed", tr("A PDQ hash is not 64 lowercase hex digits."), kPdq);
    }
    const QJsonObject signature = note.value(kSignature).toObject();
    if (!signature.contains(QStringLiteral("pubkey")))
        return problem(401, "invalid_signature", tr("The signature must carry its public key."), kSignature);
    if (auto valid = iscc::IsccSignature::verify(note); !valid.ok())
        return problem(401, "invalid_signature", valid.error().message, kSignature);
    return std::nullopt;
}

QString expandGateway(const QString &gateway, const GatewayValues &values)
{
    QString url = gateway;
    const std::pair<const char *, const QString *> variables[] = {{"{iscc_id}", &values.isccId},
                                                                  {"{iscc_code}", &values.isccCode},
                                                                  {"{pubkey}", &values.pubkey},
                                                                  {"{datahash}", &values.datahash},
                                                                  {"{controller}", &values.controller}};
    for (const auto &[name, value] : variables)
        if (!value->isEmpty())
            url.replace(QLatin1String(name), *value);
    return url;
}

} // namespace rakkan::discovery
