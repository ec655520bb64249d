#include "imaging/JxlReader.h"

#include "imaging/ImageDecoder.h"

#include <jxl/decode.h>

#include <climits>
#include <memory>
#include <vector>

namespace rakkan::imaging {

namespace {

Error notEnoughMemory()
{
    return makeError(ErrorCode::TooLarge, JxlReader::tr("There is not enough memory to open this picture."));
}

} // namespace

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
