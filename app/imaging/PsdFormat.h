#pragma once

// The pieces of the Photoshop file format that the composite reader and the layer reader share: the header,
// the colour modes, PackBits and ZIP channel data, and sample conversion to 8-bit sRGB.

#include "core/ByteReader.h"

#include <QByteArrayView>
#include <QRgb>

#include <array>
#include <optional>
#include <vector>

namespace rakkan::imaging::psd {

enum ColorMode { Bitmap = 0, Grayscale = 1, Indexed = 2, Rgb = 3, Cmyk = 4, Multichannel = 7, Duotone = 8, Lab = 9 };

struct Header
{
    int version = 1; // 1: PSD, 2: PSB (large document: wider lengths)
    int channels = 0;
    int width = 0;
    int height = 0;
    int depth = 0;
    int mode = 0;

    bool isPsb() const { return version == 2; }
    // Lengths that PSB widens to 64 bits (layer and mask sections, channel data lengths, RLE row counts).
    quint64 length(ByteReader &in) const { return isPsb() ? in.u64() : in.u32(); }
};

// The colour planes of a mode (3 for RGB and Lab, 4 for CMYK, 1 otherwise), the first of `channels`.
int colorChannels(int mode, int channels);

// PackBits as Photoshop writes it; false when the data does not fill exactly `outSize` bytes.
bool unpackBits(QByteArrayView in, uchar *out, qsizetype outSize);

// One row of one channel reduced to 8 bits: 16-bit keeps the high byte, 32-bit float is linear light and gets the
// sRGB curve, 1-bit is expanded (Photoshop's bitmap mode stores 1 for black).
void rowTo8Bit(const uchar *row, int depth, int width, uchar *out);
quint8 linearToSrgb8(float v);

// A sample of each colour plane (8-bit, as stored: CMYK inverted, 255 meaning no ink) as sRGB.
QRgb toRgb(int mode, const quint8 *samples, const std::array<QRgb, 256> *palette = nullptr);
QRgb labToRgb(quint8 l, quint8 a, quint8 b);

// Decodes one channel of `rows` x `width` samples, whatever its compression (raw, PackBits, ZIP, ZIP with
// prediction), to 8 bits per sample in `out` (rows * width bytes). `data` starts at the compression code.
// Nothing when the data does not decode to that size.
std::optional<std::vector<uchar>> decodeChannel(QByteArrayView data, int width, int rows, int depth, bool psb);

} // namespace rakkan::imaging::psd
