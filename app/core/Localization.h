#pragma once

#include <QLocale>
#include <QString>

#include <functional>

namespace rakkan {

// Installs Rakkan's and Qt's own translations for the user's language: RAKKAN_LANG (for example "ja" or "en")
// when set, else the preferred language passed in (the GUI's setting; empty for none), else the system language
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Returns the locale chosen.
QLocale installTranslations(const QString &preferred = {});

// A translation function for one language: for documents that carry two languages at once (a bilingual summary),
// which the application-wide translators cannot give. `n` is the count for plural forms, -1 for none.
using Translate = std::function<QString(const char *context, const char *source, int n)>;
// The installed translators: the user's language.
Translate currentLanguage();
// Rakkan's own translation into `language` ("en", "ja"); the English source text where it has none.
Translate languageOf(const QString &language);

} // namespace rakkan
