#include "credentials/ManifestStoreIo.h"

#include "core/ByteReader.h"

#include <QList>

#include <zlib.h>

namespace rakkan::credentials {
namespace {

constexpr char PngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr quint16 C2paInstance = 0x0211;
constexpr qsizetype JpegChunk = 64000;

struct JpegSegment
{
    quint8 marker = 0;
    qsizetype start = 0; // the 0xFF of the marker
    qsizetype end = 0;
    QByteArrayView content; // after the length field
};

bool isJpeg(QByteArrayView file)
{
    return file.size() >= 4 && quint8(file[0]) == 0xff && quint8(file[1]) == 0xd8;
}

bool isPng(QByteArrayView file)
{
    return file.size() >= 8 && file.first(8) == QByteArrayView(PngSignature, 8);
}

Error corrupt()
{
    return makeError(ErrorCode::Corrupt,
                     ManifestStoreIo::tr("The file's structure is damaged before the picture data begins."));
}

// The marker segments from SOI up to the start of the scan, where metadata ends.
Result<QList<JpegSegment>> jpegSegments(QByteArrayView file)
{
    QList<JpegSegment> segments;
    qsizetype at = 2;
    while (true) {
        if (at >= file.size())
            return corrupt();
        if (quint8(file[at]) != 0xff)
            return corrupt();
        const qsizetype start = at;
        while (at < file.size() && quint8(file[at]) == 0xff)
            ++at; // fill bytes
        if (at >= file.size())
            return corrupt();
        const quint8 marker = quint8(file[at++]);
        if (marker == 0xd9 || marker == 0xda) // EOI, SOS: no metadata after this point
            return segments;
        if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01)
            continue; // markers without a length
        if (at + 2 > file.size())
            return corrupt();
        const qsizetype length = (quint8(file[at]) << 8) | quint8(file[at + 1]);
        if (length < 2 || at + length > file.size())
            return corrupt();
        segments.append({marker, start, at + length, file.sliced(at + 2, length - 2)});
        at += length;
    }
}

// An APP11 segment that carries JUMBF: "JP", box instance, packet sequence number.
struct JumbfPacket
{
    quint16 instance = 0;
    quint32 sequence = 0;
    QByteArrayView data; // the JUMBF bytes after the packet header
};

std::optional<JumbfPacket> jumbfPacket(const JpegSegment &segment)
{
    if (segment.marker != 0xeb || segment.content.size() < 8 || segment.content.first(2) != "JP")
        return std::nullopt;
    ByteReader r(segment.content);
    r.skip(2);
    JumbfPacket packet;
    packet.instance = r.u16();
    packet.sequence = r.u32();
    packet.data = segment.content.sliced(8);
    return packet;
}

// A C2PA store's first packet: a jumb box whose description's type UUID begins with "c2pa".
bool startsC2paStore(QByteArrayView jumbf)
{
    return jumbf.size() >= 20 && jumbf.sliced(4, 4) == "jumb" && jumbf.sliced(12, 4) == "jumd" &&
           jumbf.sliced(16, 4) == "c2pa";
}

Result<std::optional<ManifestStoreIo::Found>> findInJpeg(QByteArrayView file)
{
    RAKKAN_TRY(const QList<JpegSegment> segments, jpegSegments(file));
    std::optional<ManifestStoreIo::Found> found;
    quint16 instance = 0;
    qsizetype headerRepeat = 8;
    qsizetype lastEnd = 0;
    int stores = 0;
    for (const JpegSegment &segment : segments) {
        const auto packet = jumbfPacket(segment);
        if (!packet)
            continue;
        if (startsC2paStore(packet->data)) {
            ++stores;
            if (found)
                continue;
            found.emplace();
            found->container = ManifestStoreIo::Container::Jpeg;
            found->store = packet->data.toByteArray();
            found->start = segment.start;
            lastEnd = segment.end;
            instance = packet->instance;
            headerRepeat = ByteReader(packet->data).u32() == 1 ? 16 : 8;
            continue;
        }
        if (found && stores == 1 && packet->instance == instance && packet->sequence > 1) {
            if (packet->data.size() < headerRepeat)
                return corrupt();
            found->contiguous = found->contiguous && segment.start == lastEnd;
            found->store.append(packet->data.sliced(headerRepeat));
            lastEnd = segment.end;
        }
    }
    if (found) {
        found->length = lastEnd - found->start;
        found->storeCount = stores;
    }
    return found;
}

// A PNG chunk or a RIFF chunk: its type, where it lies (header and CRC or pad byte included), its data.
struct Chunk
{
    QByteArray type;
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArrayView data;
};

Result<QList<Chunk>> pngChunks(QByteArrayView file)
{
    QList<Chunk> chunks;
    ByteReader r(file);
    r.skip(8);
    while (r.remaining() > 0) {
        const qsizetype start = r.pos();
        const quint32 length = r.u32();
        const QByteArray type = r.take(4).toByteArray();
        if (!r.ok() || length > quint32(0x7fffffff) || qsizetype(length) + 4 > r.remaining())
            return corrupt();
        const QByteArrayView data = r.take(qsizetype(length));
        r.skip(4); // CRC
        chunks.append({type, start, r.pos(), data});
        if (type == "IEND")
            break;
    }
    if (chunks.isEmpty() || chunks.first().type != "IHDR")
        return corrupt();
    return chunks;
}

// The first chunk of `type` as the store; more than one is counted, so that none of them counts.
std::optional<ManifestStoreIo::Found> storeInChunks(const QList<Chunk> &chunks, const char *type,
                                                    ManifestStoreIo::Container container)
{
    std::optional<ManifestStoreIo::Found> found;
    int stores = 0;
    for (const Chunk &chunk : chunks) {
        if (chunk.type != type)
            continue;
        ++stores;
        if (found)
            continue;
        found.emplace();
        found->container = container;
        found->store = chunk.data.toByteArray();
        found->start = chunk.start;
        found->length = chunk.end - chunk.start;
    }
    if (found)
        found->storeCount = stores;
    return found;
}

bool isWebP(QByteArrayView file)
{
    return file.size() >= 12 && file.first(4) == "RIFF" && file.sliced(8, 4) == "WEBP";
}

quint32 readU32le(QByteArrayView data, qsizetype at)
{
    return quint32(quint8(data[at])) | quint32(quint8(data[at + 1])) << 8 | quint32(quint8(data[at + 2])) << 16 |
           quint32(quint8(data[at + 3])) << 24;
}

void writeU32le(char *at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        at[i] = char((v >> (8 * i)) & 0xff);
}

// The chunks of a WebP, within the RIFF size (bytes after it are not the picture's).
Result<QList<Chunk>> webpChunks(QByteArrayView file)
{
    const qsizetype riffEnd = qMin(file.size(), qsizetype(readU32le(file, 4)) + 8);
    QList<Chunk> chunks;
    qsizetype at = 12;
    while (at + 8 <= riffEnd) {
        const quint32 size = readU32le(file, at + 4);
        if (size > quint32(riffEnd - at - 8))
            return corrupt();
        const qsizetype end = at + 8 + qsizetype(size) + (size & 1);
        chunks.append({file.sliced(at, 4).toByteArray(), at, qMin(end, riffEnd), file.sliced(at + 8, size)});
        at = end;
    }
    if (chunks.isEmpty())
        return corrupt();
    return chunks;
}

// The canvas of a simple WebP from its bitstream's header, for the VP8X chunk that replaces the simple form.
Result<QByteArray> vp8xFor(const Chunk &image)
{
    quint32 width = 0;
    quint32 height = 0;
    quint8 flags = 0;
    const QByteArrayView d = image.data;
    if (image.type == "VP8L" && d.size() >= 5 && quint8(d[0]) == 0x2f) {
        const quint32 bits = readU32le(d, 1);
        width = (bits & 0x3fff) + 1;
        height = ((bits >> 14) & 0x3fff) + 1;
        if ((bits >> 28) & 1)
            flags |= 0x10; // alpha
    } else if (image.type == "VP8 " && d.size() >= 10 && quint8(d[3]) == 0x9d && quint8(d[4]) == 0x01 &&
               quint8(d[5]) == 0x2a) {
        width = (quint32(quint8(d[6])) | quint32(quint8(d[7])) << 8) & 0x3fff;
        height = (quint32(quint8(d[8])) | quint32(quint8(d[9])) << 8) & 0x3fff;
    } else {
        return corrupt();
    }
    if (width == 0 || height == 0)
        return corrupt();
    QByteArray chunk("VP8X");
    chunk.append(char(10));
    chunk.append(3, '\0');
    chunk.append(char(flags));
    chunk.append(3, '\0');
    for (quint32 v : {width - 1, height - 1})
        for (int i = 0; i < 3; ++i)
            chunk.append(char((v >> (8 * i)) & 0xff));
    return chunk;
}

void appendU32(QByteArray &out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
}

void appendU16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

} // namespace

Result<ManifestStoreIo::Container> ManifestStoreIo::containerOf(QByteArrayView file)
{
    if (isJpeg(file))
        return Container::Jpeg;
    if (isPng(file))
        return Container::Png;
    if (isWebP(file))
        return Container::WebP;
    return makeError(ErrorCode::UnsupportedFormat,
                     tr("Content Credentials are read and written in JPEG, PNG and WebP files only."));
}

Result<std::optional<ManifestStoreIo::Found>> ManifestStoreIo::find(QByteArrayView file)
{
    RAKKAN_TRY(const Container container, containerOf(file));
    switch (container) {
    case Container::Jpeg:
        return findInJpeg(file);
    case Container::Png: {
        RAKKAN_TRY(const QList<Chunk> chunks, pngChunks(file));
        return storeInChunks(chunks, "caBX", container);
    }
    case Container::WebP: {
        RAKKAN_TRY(const QList<Chunk> chunks, webpChunks(file));
        return storeInChunks(chunks, "C2PA", container);
    }
    }
    return std::optional<Found>();
}

Result<QByteArray> ManifestStoreIo::remove(QByteArrayView file)
{
    RAKKAN_TRY(const Container container, containerOf(file));
    QByteArray out;
    out.reserve(file.size());
    qsizetype copied = 0;
    auto dropRange = [&](qsizetype start, qsizetype end) {
        out.append(file.sliced(copied, start - copied));
        copied = end;
    };
    if (container == Container::Jpeg) {
        RAKKAN_TRY(const QList<JpegSegment> segments, jpegSegments(file));
        QList<quint16> c2paInstances;
        for (const JpegSegment &segment : segments)
            if (const auto packet = jumbfPacket(segment); packet && startsC2paStore(packet->data))
                c2paInstances.append(packet->instance);
        for (const JpegSegment &segment : segments)
            if (const auto packet = jumbfPacket(segment); packet && c2paInstances.contains(packet->instance))
                dropRange(segment.start, segment.end);
    } else {
        const bool png = container == Container::Png;
        RAKKAN_TRY(const QList<Chunk> chunks, png ? pngChunks(file) : webpChunks(file));
        for (const Chunk &chunk : chunks)
            if (chunk.type == (png ? "caBX" : "C2PA"))
                dropRange(chunk.start, chunk.end);
    }
    out.append(file.sliced(copied));
    if (container == Container::WebP)
        writeU32le(out.data() + 4, quint32(out.size() - 8));
    return out;
}

Result<QByteArray> ManifestStoreIo::prepare(QByteArrayView file)
{
    RAKKAN_TRY(const Container container, containerOf(file));
    if (container != Container::WebP)
        return file.toByteArray();
    RAKKAN_TRY(const QList<Chunk> chunks, webpChunks(file));
    QByteArray out;
    if (chunks.first().type == "VP8X") {
        out = file.first(chunks.last().end).toByteArray();
    } else {
        RAKKAN_TRY(const QByteArray vp8x, vp8xFor(chunks.first()));
        out = file.first(12).toByteArray();
        out.append(vp8x);
        out.append(file.sliced(12, chunks.last().end - 12));
    }
    // A last chunk of odd size without its pad byte would put the store at an odd offset, where readers that
    // follow the format (libwebp, c2pa-rs) would no longer find it.
    if (out.size() & 1)
        out.append('\0');
    writeU32le(out.data() + 4, quint32(out.size() - 8));
    return out;
}

Result<qsizetype> ManifestStoreIo::insertionOffset(QByteArrayView file)
{
    RAKKAN_TRY(const Container container, containerOf(file));
    if (container == Container::WebP) {
        RAKKAN_TRY(const QList<Chunk> chunks, webpChunks(file));
        return chunks.last().end;
    }
    if (container == Container::Png) {
        RAKKAN_TRY(const QList<Chunk> chunks, pngChunks(file));
        return chunks.first().end;
    }
    RAKKAN_TRY(const QList<JpegSegment> segments, jpegSegments(file));
    qsizetype offset = 2;
    for (const JpegSegment &segment : segments) {
        if (segment.marker != 0xe0 || segment.start != offset)
            break;
        offset = segment.end;
    }
    return offset;
}

QByteArray ManifestStoreIo::wrap(Container container, QByteArrayView store)
{
    QByteArray out;
    if (container == Container::WebP) {
        out.append("C2PA", 4);
        out.append(4, '\0');
        writeU32le(out.data() + 4, quint32(store.size()));
        out.append(store);
        if (store.size() & 1)
            out.append('\0');
        return out;
    }
    if (container == Container::Png) {
        QByteArray typeAndData = QByteArray("caBX") + store.toByteArray();
        appendU32(out, quint32(store.size()));
        out.append(typeAndData);
        appendU32(out, quint32(crc32(0L, reinterpret_cast<const Bytef *>(typeAndData.constData()),
                                     uInt(typeAndData.size()))));
        return out;
    }
    // The first packet starts with the store's own box header; each later one repeats it (8 bytes here: stores
    // written by Rakkan are far below 4 GiB) before its share of the rest.
    const QByteArrayView boxHeader = store.first(8);
    quint32 sequence = 1;
    for (qsizetype at = 0; at < store.size(); ++sequence) {
        const bool first = at == 0;
        const qsizetype take = qMin(JpegChunk, store.size() - at);
        const qsizetype payload = 8 + (first ? 0 : 8) + take;
        out.append(char(0xff));
        out.append(char(0xeb));
        appendU16(out, quint16(payload + 2));
        out.append("JP", 2);
        appendU16(out, C2paInstance);
        appendU32(out, sequence);
        if (!first)
            out.append(boxHeader);
        out.append(store.sliced(at, take));
        at += take;
    }
    return out;
}

QByteArray ManifestStoreIo::assemble(Container container, QByteArrayView prepared, qsizetype offset,
                                     QByteArrayView wrapped)
{
    QByteArray out;
    out.reserve(prepared.size() + wrapped.size());
    out.append(prepared.first(offset));
    out.append(wrapped);
    out.append(prepared.sliced(offset));
    if (container == Container::WebP)
        writeU32le(out.data() + 4, quint32(out.size() - 8));
    return out;
}

} // namespace rakkan::credentials
