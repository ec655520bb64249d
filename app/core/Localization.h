#pragma once

#include <QLocale>
#include <QString>

namespace rakkan {

// Installs Rakkan's and Qt's own translations for the user's language: RAKKAN_LANG (for example "ja" or "en")
// when set, else the preferred language passed in (the GUI's setting; empty for none), else the system language
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Returns the locale chosen.
QLocale installTranslations(const QString &preferred = {});

} // namespace rakkan
