#include "imaging/HtmlPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace rakkan::imaging {

Result<QByteArray> HtmlPdf::render(const QString &html, const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Unavailable, tr("Writing a PDF needs fonts, which this program has not loaded."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Rakkan"));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.setHtml(html);
    // Smaller type until the summary fits on one page; a very long offer still prints whole, on more pages.
    doc.setDocumentMargin(0);
    for (qreal points = 9.0; points >= 6.0; points -= 0.5) {
        QFont font = doc.defaultFont();
        font.setPointSizeF(points);
        doc.setDefaultFont(font);
        if (doc.pageCount() <= 1)
            break;
    }
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, tr("Cannot start the PDF."));
    const qreal pageHeight = doc.pageSize().height();
    for (int page = 0; page < doc.pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        doc.drawContents(&painter, QRectF(0, page * pageHeight, doc.pageSize().width(), pageHeight));
        painter.restore();
    }
    painter.end();
    buffer.close();
    return bytes;
}

} // namespace rakkan::imaging
