#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace rakkan::credentials {

// JUMBF (ISO/IEC 19566-5) as C2PA uses it: superboxes ("jumb") described by a "jumd" box (type UUID, toggles,
// label) and holding content boxes ("cbor", "json", "bfdb", ...) or further superboxes. Views point into the
// bytes parsed, which must outlive the tree.
struct JumbfContentBox
{
    QByteArray type;        // four characters
    QByteArrayView payload; // without the box header
};

struct JumbfSuperbox
{
    QByteArray typeUuid; // 16 bytes
    quint8 toggles = 0;
    QString label;
    QByteArrayView payload; // the description box and everything after it: what a hashed URI covers
    QList<JumbfContentBox> contents;
    QList<JumbfSuperbox> children;

    const JumbfSuperbox *child(const QString &childLabel) const;
    // The first content box of `type`, or nothing.
    std::optional<QByteArrayView> content(const char *type) const;
};

// The superbox that makes up all of `data`; nothing when the bytes are not one (every length is checked, nesting
// is bounded, unknown boxes are skipped as the format requires).
std::optional<JumbfSuperbox> parseJumbf(QByteArrayView data);

// The four-byte tag that names the kind of a C2PA superbox (its type UUID's first four bytes, e.g. "c2pa").
QByteArray jumbfKind(const JumbfSuperbox &box);

// Writing: a box, a description box and a superbox. Labels follow C2PA (toggles 0x03: requestable, labelled).
QByteArray jumbfBox(const char *type, QByteArrayView payload);
QByteArray jumbfUuid(const char kind[4]);
QByteArray jumbfSuperbox(QByteArrayView typeUuid, const QString &label, const QList<QByteArray> &boxes);

} // namespace rakkan::credentials
