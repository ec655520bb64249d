#include "imaging/HeifReader.h"

#include "imaging/ImageDecoder.h"

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

} // namespace rakkan::imaging
