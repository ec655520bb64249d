#pragma once

#include "core/Result.h"

#include <QBuffer>
#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;

namespace rakkan::ui {

// A contract kept with an offer, shown with Qt PDF from the bytes in the catalogue (no temporary file).
class DocumentViewerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewerDialog)

public:
    explicit DocumentViewerDialog(QWidget *parent = nullptr);
    ~DocumentViewerDialog() override;

    // The document's bytes as read from the catalogue, or why they could not be.
    void setContent(const Result<QByteArray> &bytes);
    int pageCount() const;
    QString status() const;

Q_SIGNALS:
    void shown(bool ok);

private:
    void report(bool ok);

    bool m_reported = false;
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_status;
};

} // namespace rakkan::ui
