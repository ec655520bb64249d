#include "ui/licensing/DocumentViewerDialog.h"

#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace rakkan::ui {

DocumentViewerDialog::DocumentViewerDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("documentViewer"));
    resize(760, 900);
    m_document = new QPdfDocument(this);
    m_view = new QPdfView;
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    m_status = new QLabel(tr("Reading the document..."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

DocumentViewerDialog::~DocumentViewerDialog()
{
    m_view->setDocument(nullptr);
    m_document->close();
}

void DocumentViewerDialog::setContent(const Result<QByteArray> &bytes)
{
    if (!bytes.ok()) {
        m_status->setText(bytes.error().message);
        Q_EMIT shown(false);
        return;
    }
    m_bytes = *bytes;
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    // Qt PDF may finish loading from a device later; it reports a damaged file through its status.
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready || status == QPdfDocument::Status::Error)
            report(status == QPdfDocument::Status::Ready);
    });
    m_document->load(&m_buffer);
    if (m_document->status() == QPdfDocument::Status::Ready || m_document->status() == QPdfDocument::Status::Error)
        report(m_document->status() == QPdfDocument::Status::Ready);
}

void DocumentViewerDialog::report(bool ok)
{
    if (m_reported)
        return;
    m_reported = true;
    m_status->setText(ok ? tr("%n page(s)", nullptr, m_document->pageCount())
                         : tr("This PDF cannot be shown: it is damaged or protected in a way the viewer does not "
                              "support. It is still kept unchanged."));
    Q_EMIT shown(ok);
}

int DocumentViewerDialog::pageCount() const
{
    return m_document->pageCount();
}

QString DocumentViewerDialog::status() const
{
    return m_status->text();
}

} // namespace rakkan::ui
