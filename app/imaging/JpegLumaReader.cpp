#include "imaging/JpegLumaReader.h"

#include "imaging/ImageDecoder.h"

#include <QtEndian>

#include <jpeglib.h>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE declared first
#include <cstring>

namespace rakkan::imaging {

namespace {

// libjpeg reports a fatal error by calling error_exit, which must not return: it jumps back to decodeInto.
struct ErrorJump
{
    jpeg_error_mgr manager{};
    std::jmp_buf jump{};
    char message[JMSG_LENGTH_MAX] = {};
    bool tooManyScans = false;
};

[[noreturn]] void jumpOnError(j_common_ptr info)
{
    auto *e = reinterpret_cast<ErrorJump *>(info->err);
    (*info->err->format_message)(info, e->message);
    std::longjmp(e->jump, 1);
}

// Warnings (a damaged block, extra bytes) would go to stderr; the picture is still usable for a hash, as the
// other decoders treat it.
void ignoreMessage(j_common_ptr, int) {}

void stopEndlessScans(j_common_ptr info)
{
    auto *decompress = reinterpret_cast<j_decompress_ptr>(info);
    if (decompress->input_scan_number > JpegLumaReader::kMaxScans) {
        reinterpret_cast<ErrorJump *>(info->err)->tooManyScans = true;
        std::longjmp(reinterpret_cast<ErrorJump *>(info->err)->jump, 1);
    }
}

struct Session
{
    jpeg_decompress_struct info{};
    ErrorJump error{};
    jpeg_progress_mgr progress{};
    bool created = false;
    ~Session()
    {
        if (created)
            jpeg_destroy_decompress(&info);
    }
};

enum class Outcome { Done, Failed, TooLarge, NotLuma };

struct Request
{
    const QByteArray *bytes;
    const DecodeLimits *limits;
    LumaSize size;
};

struct Decoded
{
    QSize storedSize;
    QImage grey;
    bool firstScansOnly = false;
    QByteArray exif; // the APP1 Exif payload, for the orientation
};

int smallestScale(int shorterSide, int minShorterSide)
{
    for (int numerator : {1, 2, 4})
        if ((shorterSide * numerator + 7) / 8 >= minShorterSide)
            return numerator;
    return 8;
}

// Everything libjpeg may jump out of lives in Session, Request and Decoded, owned by the caller: this function
// keeps no local object with a destructor, so the jump skips nothing (C++ allows longjmp only then).
Outcome decodeInto(Session *s, const Request *request, Decoded *out)
{
    if (setjmp(s->error.jump) != 0)
        return Outcome::Failed;
    jpeg_create_decompress(&s->info);
    s->created = true;
    s->info.mem->max_memory_to_use = JpegLumaReader::kMaxWorkingBytes;
    s->progress.progress_monitor = stopEndlessScans;
    s->info.progress = &s->progress;
    jpeg_mem_src(&s->info, reinterpret_cast<const unsigned char *>(request->bytes->constData()),
                 static_cast<unsigned long>(request->bytes->size()));
    jpeg_save_markers(&s->info, JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(&s->info, TRUE);

    out->storedSize = QSize(int(s->info.image_width), int(s->info.image_height));
    if (!request->limits->pixelsAllowed(out->storedSize))
        return Outcome::TooLarge;
    for (jpeg_saved_marker_ptr m = s->info.marker_list; m; m = m->next)
        if (m->marker == JPEG_APP0 + 1 && m->data_length > 6 && std::memcmp(m->data, "Exif\0\0", 6) == 0) {
            out->exif = QByteArray(reinterpret_cast<const char *>(m->data) + 6, int(m->data_length) - 6);
            break;
        }
    if (s->info.arith_code || (s->info.jpeg_color_space != JCS_YCbCr && s->info.jpeg_color_space != JCS_GRAYSCALE))
        return Outcome::NotLuma;

    const int shorter = qMin(out->storedSize.width(), out->storedSize.height());
    // At 1/8 each block becomes its average, which is the DC coefficient alone: a progressive file sends those
    // first, so the rest of the file need not be read.
    out->firstScansOnly = s->info.progressive_mode && (shorter + 7) / 8 >= request->size.firstScansMinShorterSide;
    const int numerator = out->firstScansOnly ? 1 : smallestScale(shorter, request->size.minShorterSide);
    s->info.out_color_space = JCS_GRAYSCALE;
    s->info.scale_num = static_cast<unsigned int>(numerator);
    s->info.scale_denom = 8;
    s->info.do_block_smoothing = FALSE;
    s->info.buffered_image = out->firstScansOnly ? TRUE : FALSE;

    jpeg_start_decompress(&s->info);
    if (out->firstScansOnly) {
        for (;;) {
            const int status = jpeg_consume_input(&s->info);
            if (status == JPEG_REACHED_EOI || status == JPEG_SUSPENDED)
                break;
            if (status == JPEG_SCAN_COMPLETED && s->info.coef_bits[0][0] >= 0)
                break;
        }
        jpeg_start_output(&s->info, s->info.input_scan_number);
    }
    out->grey = QImage(int(s->info.output_width), int(s->info.output_height), QImage::Format_Grayscale8);
    if (out->grey.isNull())
        return Outcome::TooLarge;
    while (s->info.output_scanline < s->info.output_height) {
        JSAMPROW row = out->grey.scanLine(int(s->info.output_scanline));
        if (jpeg_read_scanlines(&s->info, &row, 1) != 1)
            break;
    }
    // The rest of the file (later scans, trailing data) is not needed: abort rather than finish, which would read it.
    jpeg_abort_decompress(&s->info);
    return Outcome::Done;
}

// EXIF orientation (tag 0x0112 in the first IFD), read with every offset checked against the payload.
QImageIOHandler::Transformations orientationFrom(const QByteArray &tiff)
{
    const auto none = QImageIOHandler::TransformationNone;
    if (tiff.size() < 8)
        return none;
    const bool little = tiff.startsWith("II");
    if (!little && !tiff.startsWith("MM"))
        return none;
    const auto *data = reinterpret_cast<const uchar *>(tiff.constData());
    auto u16 = [&](qsizetype at) {
        return little ? qFromLittleEndian<quint16>(data + at) : qFromBigEndian<quint16>(data + at);
    };
    auto u32 = [&](qsizetype at) {
        return little ? qFromLittleEndian<quint32>(data + at) : qFromBigEndian<quint32>(data + at);
    };
    const qint64 ifd = u32(4);
    if (ifd + 2 > tiff.size())
        return none;
    const int entries = u16(ifd);
    for (int i = 0; i < entries; ++i) {
        const qint64 entry = ifd + 2 + qint64(i) * 12;
        if (entry + 12 > tiff.size())
            return none;
        if (u16(entry) != 0x0112)
            continue;
        switch (u16(entry + 8)) {
        case 2:
            return QImageIOHandler::TransformationMirror;
        case 3:
            return QImageIOHandler::TransformationRotate180;
        case 4:
            return QImageIOHandler::TransformationFlip;
        case 5:
            return QImageIOHandler::TransformationFlipAndRotate90;
        case 6:
            return QImageIOHandler::TransformationRotate90;
        case 7:
            return QImageIOHandler::TransformationMirrorAndRotate90;
        case 8:
            return QImageIOHandler::TransformationRotate270;
        default:
            return none;
        }
    }
    return none;
}

} // namespace

Result<DecodedImage> JpegLumaReader::read(const QByteArray &bytes, const DecodeLimits &limits, LumaSize size)
{
    Session session;
    session.info.err = jpeg_std_error(&session.error.manager);
    session.error.manager.error_exit = jumpOnError;
    session.error.manager.emit_message = ignoreMessage;
    size.minShorterSide = qMax(1, size.minShorterSide);
    size.firstScansMinShorterSide = qMax(1, size.firstScansMinShorterSide);
    const Request request{&bytes, &limits, size};
    Decoded decoded;
    switch (decodeInto(&session, &request, &decoded)) {
    case Outcome::Done:
        break;
    case Outcome::TooLarge:
        return ImageDecoder::tooLarge(decoded.storedSize, limits);
    case Outcome::NotLuma:
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("This JPEG's colours (RGB, CMYK) or its arithmetic coding need the full decoder."));
    case Outcome::Failed:
        if (session.error.tooManyScans)
            return makeError(ErrorCode::Corrupt, tr("The JPEG file is damaged: it has more than %1 scans, far more "
                                                    "than any real picture.")
                                                     .arg(kMaxScans));
        return makeError(ErrorCode::Corrupt, tr("The JPEG image is damaged and cannot be decoded (%1).")
                                                 .arg(QString::fromLocal8Bit(session.error.message)));
    }
    DecodedImage image;
    image.format = ImageFormat::Jpeg;
    image.originalSize = decoded.storedSize;
    image.image = std::move(decoded.grey);
    image.orientation = orientationFrom(decoded.exif);
    return image;
}

} // namespace rakkan::imaging
