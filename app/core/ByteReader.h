#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rakkan {

// Big-endian reads over untrusted bytes. A read past the end sets a sticky failure and returns zeros, so a parser
// checks ok() once after a group of reads instead of before each one.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) {}

    bool ok() const { return m_ok; }
    qsizetype pos() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    quint8 u8() { return quint8(readBE(1)); }
    quint16 u16() { return quint16(readBE(2)); }
    qint16 i16() { return qint16(quint16(readBE(2))); }
    quint32 u32() { return quint32(readBE(4)); }
    quint64 u64() { return readBE(8); }

    QByteArrayView take(qsizetype n)
    {
        if (!require(n))
            return {};
        const QByteArrayView view = m_data.sliced(m_pos, n);
        m_pos += n;
        return view;
    }

    void skip(qsizetype n)
    {
        if (require(n))
            m_pos += n;
    }

    void seek(qsizetype pos)
    {
        if (pos < 0 || pos > m_data.size())
            m_ok = false;
        else
            m_pos = pos;
    }

private:
    bool require(qsizetype n)
    {
        if (!m_ok || n < 0 || n > remaining()) {
            m_ok = false;
            return false;
        }
        return true;
    }

    quint64 readBE(int n)
    {
        if (!require(n))
            return 0;
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | quint8(m_data[m_pos + i]);
        m_pos += n;
        return v;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace rakkan
