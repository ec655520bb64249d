#include "imaging/Inflate.h"

#include <zlib.h>

#include <limits>

namespace rakkan::imaging {

bool inflateExactly(QByteArrayView in, uchar *out, qsizetype outSize)
{
    if (in.size() > qsizetype(std::numeric_limits<uInt>::max()) ||
        outSize > qsizetype(std::numeric_limits<uInt>::max()))
        return false;
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = out;
    z.avail_out = uInt(outSize);
    const int status = inflate(&z, Z_FINISH);
    const bool whole = status == Z_STREAM_END && z.avail_out == 0;
    inflateEnd(&z);
    return whole;
}

} // namespace rakkan::imaging
