#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace rakkan::imaging {

enum class ImageFormat {
    Unknown,
    Jpeg,
    Png,
    Gif,
    Bmp,
    WebP,
    Tiff,
    Psd,
    Psb,
    Clip,
    Kra,
    Ora,
    Heic,
    Avif,
    Jxl,
    Procreate,
    Mdp
};

// Decides the format from the file's first bytes, never from its name: a renamed or mislabelled file is read for
// what it is.
ImageFormat sniffFormat(QByteArrayView head);

// Stable lower-case name stored in the catalogue ("jpeg", "psd", "clip", ...).
QString formatKey(ImageFormat format);
// Name shown to people ("JPEG", "Photoshop", "CLIP Studio Paint", ...).
QString formatDisplayName(ImageFormat format);

// File name endings a folder import picks up; other files in a folder are skipped, not reported as failures.
const QStringList &importableSuffixes();

} // namespace rakkan::imaging
