#include "credentials/Jumbf.h"

#include "core/ByteReader.h"

namespace rakkan::credentials {
namespace {

constexpr int MaxDepth = 16;

// One box's type and payload from `reader`, whose position is at the box. LBox 0 runs to the end; 1 means a
// 64-bit length follows.
bool readBox(ByteReader &reader, QByteArray &type, QByteArrayView &payload)
{
    const qsizetype start = reader.pos();
    const quint32 lbox = reader.u32();
    type = reader.take(4).toByteArray();
    if (!reader.ok())
        return false;
    quint64 length = lbox;
    if (lbox == 0)
        length = quint64(reader.size() - start);
    else if (lbox == 1)
        length = reader.u64();
    const qsizetype header = reader.pos() - start;
    if (!reader.ok() || length < quint64(header) || length - quint64(header) > quint64(reader.remaining()))
        return false;
    payload = reader.take(qsizetype(length) - header);
    return reader.ok();
}

std::optional<JumbfSuperbox> parseSuperboxPayload(QByteArrayView payload, int depth)
{
    if (depth > MaxDepth)
        return std::nullopt;
    ByteReader reader(payload);
    QByteArray type;
    QByteArrayView description;
    if (!readBox(reader, type, description) || type != "jumd")
        return std::nullopt;
    JumbfSuperbox box;
    box.payload = payload;
    ByteReader d(description);
    box.typeUuid = d.take(16).toByteArray();
    box.toggles = d.u8();
    if (!d.ok())
        return std::nullopt;
    if (box.toggles & 0x02) {
        const QByteArrayView rest = description.sliced(d.pos());
        const qsizetype nul = rest.indexOf('\0');
        if (nul < 0)
            return std::nullopt;
        box.label = QString::fromUtf8(rest.first(nul));
    }
    while (reader.remaining() > 0) {
        QByteArray childType;
        QByteArrayView childPayload;
        if (!readBox(reader, childType, childPayload))
            return std::nullopt;
        if (childType == "jumb") {
            auto child = parseSuperboxPayload(childPayload, depth + 1);
            if (!child)
                return std::nullopt;
            box.children.append(std::move(*child));
        } else {
            box.contents.append({childType, childPayload});
        }
    }
    return box;
}

} // namespace

const JumbfSuperbox *JumbfSuperbox::child(const QString &childLabel) const
{
    for (const JumbfSuperbox &c : children)
        if (c.label == childLabel)
            return &c;
    return nullptr;
}

std::optional<QByteArrayView> JumbfSuperbox::content(const char *type) const
{
    for (const JumbfContentBox &c : contents)
        if (c.type == type)
            return c.payload;
    return std::nullopt;
}

std::optional<JumbfSuperbox> parseJumbf(QByteArrayView data)
{
    ByteReader reader(data);
    QByteArray type;
    QByteArrayView payload;
    if (!readBox(reader, type, payload) || type != "jumb" || reader.remaining() != 0)
        return std::nullopt;
    return parseSuperboxPayload(payload, 0);
}

QByteArray jumbfKind(const JumbfSuperbox &box)
{
    return box.typeUuid.left(4);
}

QByteArray jumbfBox(const char *type, QByteArrayView payload)
{
    QByteArray box;
    const quint32 length = quint32(8 + payload.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        box.append(char((length >> shift) & 0xff));
    box.append(type, 4);
    box.append(payload);
    return box;
}

QByteArray jumbfUuid(const char kind[4])
{
    static const char tail[] = "\x00\x11\x00\x10\x80\x00\x00\xAA\x00\x38\x9B\x71";
    return QByteArray(kind, 4) + QByteArray(tail, 12);
}

QByteArray jumbfSuperbox(QByteArrayView typeUuid, const QString &label, const QList<QByteArray> &boxes)
{
    QByteArray description = typeUuid.toByteArray();
    description.append(char(0x03));
    description.append(label.toUtf8());
    description.append('\0');
    QByteArray payload = jumbfBox("jumd", description);
    for (const QByteArray &b : boxes)
        payload.append(b);
    return jumbfBox("jumb", payload);
}

} // namespace rakkan::credentials
