#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace rakkan::iscc {

// The ISCC Data-Code (ISO 24138, algorithm v0): the bytes cut into content-defined chunks (a gear rolling hash,
// about 1 KiB each), each chunk hashed with xxHash32, and a MinHash over those hashes. Inserting or removing a
// few bytes changes only the chunks around them, so similar files get similar codes. Incremental: push() any
// number of blocks; the result equals hashing all the bytes at once.
class DataHasher
{
public:
    void push(QByteArrayView bytes);
    QByteArray digest(); // 256 bits; ends the input
    QString code(int bits = 64);

private:
    void cutChunks(bool final);

    QByteArray m_pending; // bytes not yet cut: always less than the largest chunk, except inside push()
    std::vector<quint32> m_features;
    bool m_finished = false;
};

QString dataCode(QByteArrayView bytes, int bits = 64);

// The ISCC Content-Code for plain text (ISO 24138, algorithm v0): MinHash over xxHash32 of 13-character windows
// of the collapsed text.
struct TextCode
{
    QString iscc;
    int characters = 0;
};
TextCode textCode(const QString &text, int bits = 64);

} // namespace rakkan::iscc
