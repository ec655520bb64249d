#include "imaging/HeifReader.h"

#include "imaging/ImageDecoder.h"

#include <jxl/decode.h>
#include <libheif/heif.h>

#include <memory>
#include <vector>

namespace rakkan::imaging {

namespace {

Error notEnoughMemory()
{
    return makeError(ErrorCode::TooLarge, HeifReader::tr("There is not enough memory to open this picture."));
}

} // namespace

Result<DecodedImage> HeifReader::read(const QByteArray &bytes, ImageFormat format, const DecodeLimits &limits)
{
    const QString kind = format == ImageFormat::Avif ? QStringLiteral("AVIF") : QStringLiteral("HEIC");
    const auto failed = [&kind](const heif_error &error) {
        return makeError(error.code == heif_error_Memory_allocation_error ? ErrorCode::TooLarge : ErrorCode::Corrupt,
                         tr("This %1 picture cannot be read: %2.").arg(kind, QString::fromUtf8(error.message)));
    };
    std::unique_ptr<heif_context, decltype(&heif_context_free)> context(heif_context_alloc(), &heif_context_free);
    if (!context)
        return notEnoughMemory();
    // libheif refuses larger images itself, before allocating them.
    heif_context_set_maximum_image_size_limit(context.get(), limits.maxSide);
    if (const heif_error e =
            heif_context_read_from_memory_without_copy(context.get(), bytes.constData(), size_t(bytes.size()), nullptr);
        e.code != heif_error_Ok)
        return failed(e);
    heif_image_handle *rawHandle = nullptr;
    if (const heif_error e = heif_context_get_primary_image_handle(context.get(), &rawHandle); e.code != heif_error_Ok)
        return failed(e);
    std::unique_ptr<heif_image_handle, decltype(&heif_image_handle_release)> handle(rawHandle,
                                                                                    &heif_image_handle_release);
    const QSize declared(heif_image_handle_get_width(handle.get()), heif_image_handle_get_height(handle.get()));
    if (!limits.pixelsAllowed(declared))
        return ImageDecoder::tooLarge(declared, limits);

    heif_image *rawImage = nullptr;
    if (const heif_error e =
            heif_decode_image(handle.get(), &rawImage, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, nullptr);
        e.code != heif_error_Ok)
        return failed(e);
    std::unique_ptr<heif_image, decltype(&heif_image_release)> image(rawImage, &heif_image_release);
    int stride = 0;
    const uint8_t *pixels = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!pixels || width <= 0 || height <= 0 || !limits.pixelsAllowed(QSize(width, height)))
        return makeError(ErrorCode::Corrupt, tr("This %1 picture decodes to no usable pixels.").arg(kind));
    const QImage view(pixels, width, height, stride, QImage::Format_RGBA8888);
    DecodedImage decoded;
    decoded.format = format;
    decoded.image = ImageDecoder::mattedOnWhite(view); // a deep copy: the view dies with `image`
    if (decoded.image.isNull())
        return notEnoughMemory();
    decoded.originalSize = decoded.image.size(); // as shown: turned and mirrored as the file asks
    return decoded;
}

Result<DecodedImage> JxlReader::read(const QByteArray &bytes, const DecodeLimits &limits)
{
    const auto damaged = [] {
        return makeError(ErrorCode::Corrupt, tr("This JPEG XL picture is damaged or cut off."));
    };
    std::unique_ptr<JxlDecoder, decltype(&JxlDecoderDestroy)> decoder(JxlDecoderCreate(nullptr), &JxlDecoderDestroy);
    if (!decoder)
        return notEnoughMemory();
    if (JxlDecoderSubscribeEvents(decoder.get(), JXL_DEC_BASIC_INFO | JXL_DEC_FULL_IMAGE) != JXL_DEC_SUCCESS)
        return damaged();
    // Orientation is applied by libjxl unless asked otherwise, as a viewer shows the picture.
    if (JxlDecoderSetInput(decoder.get(), reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())) !=
        JXL_DEC_SUCCESS)
        return damaged();
    JxlDecoderCloseInput(decoder.get());
    const JxlPixelFormat rgba{4, JXL_TYPE_UINT8, JXL_NATIVE_ENDIAN, 0};
    std::vector<uint8_t> buffer;
    QSize size;
    for (;;) {
        switch (JxlDecoderProcessInput(decoder.get())) {
        case JXL_DEC_BASIC_INFO: {
            JxlBasicInfo info;
            if (JxlDecoderGetBasicInfo(decoder.get(), &info) != JXL_DEC_SUCCESS)
                return damaged();
            const bool turned = info.orientation >= JXL_ORIENT_TRANSPOSE;
            size = turned ? QSize(int(qMin<uint32_t>(info.ysize, INT_MAX)), int(qMin<uint32_t>(info.xsize, INT_MAX)))
                          : QSize(int(qMin<uint32_t>(info.xsize, INT_MAX)), int(qMin<uint32_t>(info.ysize, INT_MAX)));
            if (!limits.pixelsAllowed(size))
                return ImageDecoder::tooLarge(size, limits);
            break;
        }
        case JXL_DEC_NEED_IMAGE_OUT_BUFFER: {
            size_t needed = 0;
            if (JxlDecoderImageOutBufferSize(decoder.get(), &rgba, &needed) != JXL_DEC_SUCCESS ||
                needed != size_t(size.width()) * size_t(size.height()) * 4)
                return damaged();
            try {
                buffer.resize(needed);
            } catch (const std::bad_alloc &) {
                return notEnoughMemory();
            }
            if (JxlDecoderSetImageOutBuffer(decoder.get(), &rgba, buffer.data(), buffer.size()) != JXL_DEC_SUCCESS)
                return damaged();
            break;
        }
        case JXL_DEC_FULL_IMAGE: {
            // The first frame is the picture; frames of an animation after it are not read.
            const QImage view(buffer.data(), size.width(), size.height(), size.width() * 4, QImage::Format_RGBA8888);
            DecodedImage decoded;
            decoded.format = ImageFormat::Jxl;
            decoded.originalSize = size;
            decoded.image = ImageDecoder::mattedOnWhite(view);
            if (decoded.image.isNull())
                return notEnoughMemory();
            return decoded;
        }
        default: // JXL_DEC_ERROR, JXL_DEC_SUCCESS without a frame, JXL_DEC_NEED_MORE_INPUT with all input given
            return damaged();
        }
    }
}

} // namespace rakkan::imaging
