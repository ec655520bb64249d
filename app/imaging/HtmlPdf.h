#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace rakkan::imaging {

// Lays out an HTML text as an A4 PDF: how Rakkan prints its one-page summaries (an offer, a case's evidence, a
// notice). Type is made smaller, down to 6 pt, until it fits on one page; a longer text still prints whole. Needs a
// QGuiApplication (fonts).
class HtmlPdf
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::HtmlPdf)

public:
    static Result<QByteArray> render(const QString &html, const QString &title);
};

} // namespace rakkan::imaging
