#pragma once

#include "imaging/DecodedImage.h"

#include <QImage>
#include <QString>

#include <array>

namespace rakkan::iscc {

using ImagePixels = std::array<quint8, 1024>; // 32 x 32 grey, row by row

// The ISCC Image Content-Code (ISO 24138, algorithm v0) from its normalised pixels: a 2-D DCT, then one bit per
// coefficient of four 8 x 8 low-frequency blocks, set when above the block's median. 64 to 256 bits.
QString imageCodeFromPixels(const ImagePixels &pixels, int bits = 64);

// The normalisation the ISCC reference tools (iscc-sdk on Pillow) apply before that, one step at a time so each
// can be checked on its own. Matching them to the rounding is what makes the codes equal for the same file.
namespace imagenorm {

// EXIF orientation applied as the file asks (mirror/flip first, then a quarter turn, as Qt and Pillow do).
QImage applyOrientation(const QImage &image, QImageIOHandler::Transformations orientation);
// RGB888 with any transparency composited onto white with Pillow's 8-bit blend.
QImage flattenOntoWhite(const QImage &image);
// The border of the top-left pixel's exact colour cut away; a uniform picture stays whole.
QImage trimUniformBorder(const QImage &rgb);
// ITU-R 601-2 luma with Pillow's fixed-point weights and rounding.
QImage toGrey(const QImage &rgb);
// Pillow's antialiased separable bicubic resample (a = -0.5), horizontal pass first, 22-bit fixed point.
QImage resizeBicubic(const QImage &grey, QSize size);

ImagePixels normalize(const QImage &image, QImageIOHandler::Transformations orientation);

} // namespace imagenorm

QString imageCode(const imaging::DecodedImage &decoded, int bits = 64);

} // namespace rakkan::iscc
