#include "credentials/CborSpans.h"

#include <QByteArray>

namespace rakkan::credentials {
namespace {

struct Head
{
    int major = 0;
    int info = 0;
    quint64 argument = 0;
    qsizetype next = 0; // offset just past the head
};

std::optional<Head> readHead(QByteArrayView data, qsizetype pos)
{
    if (pos < 0 || pos >= data.size())
        return std::nullopt;
    Head head;
    const quint8 initial = quint8(data[pos]);
    head.major = initial >> 5;
    head.info = initial & 0x1f;
    qsizetype width = 0;
    if (head.info < 24)
        head.argument = quint64(head.info);
    else if (head.info <= 27)
        width = qsizetype(1) << (head.info - 24);
    else if (head.info != 31)
        return std::nullopt; // 28..30 are reserved
    if (width > data.size() - pos - 1)
        return std::nullopt;
    for (qsizetype i = 0; i < width; ++i)
        head.argument = (head.argument << 8) | quint8(data[pos + 1 + i]);
    head.next = pos + 1 + width;
    return head;
}

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), as CBOR text must be
// (RFC 8949 §3.1): what the format calls malformed is refused here rather than handed to Qt's decoder.
bool validUtf8(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const quint8 c = quint8(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        quint32 min = 0;
        quint32 cp = 0;
        if ((c & 0xe0) == 0xc0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (extra > text.size() - i - 1)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const quint8 next = quint8(text[i + k]);
            if ((next & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (next & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

bool isBreak(QByteArrayView data, qsizetype pos)
{
    return pos < data.size() && quint8(data[pos]) == 0xff;
}

} // namespace

std::optional<qsizetype> cborItemEnd(QByteArrayView data, qsizetype pos, int maxDepth)
{
    if (maxDepth < 0)
        return std::nullopt;
    const auto head = readHead(data, pos);
    if (!head)
        return std::nullopt;
    const qsizetype remaining = data.size() - head->next;
    switch (head->major) {
    case 0:
    case 1:
        if (head->info == 31)
            return std::nullopt;
        return head->next;
    case 2:
    case 3: {
        if (head->info != 31) {
            if (head->argument > quint64(remaining))
                return std::nullopt;
            if (head->major == 3 && !validUtf8(data.sliced(head->next, qsizetype(head->argument))))
                return std::nullopt;
            return head->next + qsizetype(head->argument);
        }
        // Indefinite: definite chunks of the same major type up to a break.
        qsizetype at = head->next;
        while (!isBreak(data, at)) {
            const auto chunk = readHead(data, at);
            if (!chunk || chunk->major != head->major || chunk->info == 31)
                return std::nullopt;
            if (chunk->argument > quint64(data.size() - chunk->next))
                return std::nullopt;
            if (chunk->major == 3 && !validUtf8(data.sliced(chunk->next, qsizetype(chunk->argument))))
                return std::nullopt;
            at = chunk->next + qsizetype(chunk->argument);
        }
        return at + 1;
    }
    case 4:
    case 5: {
        const quint64 perEntry = head->major == 5 ? 2 : 1;
        qsizetype at = head->next;
        if (head->info == 31) {
            while (!isBreak(data, at)) {
                for (quint64 k = 0; k < perEntry; ++k) {
                    const auto end = cborItemEnd(data, at, maxDepth - 1);
                    if (!end)
                        return std::nullopt;
                    at = *end;
                }
            }
            return at + 1;
        }
        // Every item takes at least one byte: a count beyond the data is refused before any loop.
        if (head->argument > quint64(remaining) / perEntry)
            return std::nullopt;
        for (quint64 i = 0; i < head->argument * perEntry; ++i) {
            const auto end = cborItemEnd(data, at, maxDepth - 1);
            if (!end)
                return std::nullopt;
            at = *end;
        }
        return at;
    }
    case 6: {
        if (head->info == 31)
            return std::nullopt;
        // Only the tags C2PA uses, each around what it must hold. Qt turns other tags into objects of their own
        // (times from numbers, URLs, regular expressions); none belongs in a manifest, so such an item is refused.
        const auto inner = readHead(data, head->next);
        if (!inner)
            return std::nullopt;
        const bool allowed = (head->argument == 18 && inner->major == 4) ||                        // COSE_Sign1
                             (head->argument == 0 && inner->major == 3 && inner->info != 31) ||    // date text
                             (head->argument == 37 && inner->major == 2 && inner->argument == 16); // UUID
        if (!allowed)
            return std::nullopt;
        return cborItemEnd(data, head->next, maxDepth - 1);
    }
    default: // 7: simple values and floats; a lone break is not an item
        if (head->info == 31)
            return std::nullopt;
        return head->next;
    }
}

std::optional<QList<CborMapEntry>> cborMapEntries(QByteArrayView data, qsizetype pos)
{
    const auto head = readHead(data, pos);
    if (!head || head->major != 5)
        return std::nullopt;
    QList<CborMapEntry> entries;
    qsizetype at = head->next;
    const bool indefinite = head->info == 31;
    if (!indefinite && head->argument > quint64(data.size() - at) / 2)
        return std::nullopt;
    for (quint64 i = 0; indefinite ? !isBreak(data, at) : i < head->argument; ++i) {
        const auto keyEnd = cborItemEnd(data, at);
        if (!keyEnd)
            return std::nullopt;
        const auto key = decodeCbor(data.sliced(at, *keyEnd - at));
        if (!key)
            return std::nullopt;
        const auto valueEnd = cborItemEnd(data, *keyEnd);
        if (!valueEnd)
            return std::nullopt;
        entries.append({*key, {*keyEnd, *valueEnd}});
        at = *valueEnd;
    }
    return entries;
}

std::optional<QCborValue> decodeCbor(QByteArrayView data)
{
    // Checked first with the bounded walker, so Qt's decoder only ever sees well-formed, length-checked input.
    const auto end = cborItemEnd(data, 0);
    if (!end || *end != data.size())
        return std::nullopt;
    QCborParserError error;
    QCborValue value = QCborValue::fromCbor(data.toByteArray(), &error);
    if (error.error != QCborError::NoError)
        return std::nullopt;
    return value;
}

} // namespace rakkan::credentials
