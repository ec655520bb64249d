#pragma once

// Tampering with a zip for a test: every entry copied to a new zip through `change` (a null result drops the entry).

#include <QByteArray>
#include <QString>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <functional>

namespace rakkan::test {

inline bool rewriteZip(const QString &from, const QString &to,
                       const std::function<QByteArray(const QString &name, QByteArray bytes)> &change)
{
    QuaZip in(from);
    QuaZip out(to);
    if (!in.open(QuaZip::mdUnzip) || !out.open(QuaZip::mdCreate))
        return false;
    for (bool more = in.goToFirstFile(); more; more = in.goToNextFile()) {
        const QString name = in.getCurrentFileName();
        QuaZipFile entry(&in);
        if (!entry.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = change(name, entry.readAll());
        entry.close();
        if (bytes.isNull())
            continue;
        QuaZipFile written(&out);
        if (!written.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || written.write(bytes) != bytes.size())
            return false;
        written.close();
    }
    out.close();
    return out.getZipError() == 0;
}

} // namespace rakkan::test
