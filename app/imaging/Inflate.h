#pragma once

#include <QByteArrayView>

namespace rakkan::imaging {

// zlib data inflated into a buffer of exactly `outSize` bytes: more output than that is an error, never a larger
// buffer (qUncompress grows its buffer as far as the data asks, which a hostile file would use). True when the
// data fills the buffer exactly and ends there.
bool inflateExactly(QByteArrayView in, uchar *out, qsizetype outSize);

} // namespace rakkan::imaging
