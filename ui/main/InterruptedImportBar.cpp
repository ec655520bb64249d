#include "ui/main/InterruptedImportBar.h"

#include "ui/common/Dates.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rakkan::ui {

InterruptedImportBar::InterruptedImportBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("interruptedImportBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("interruptedImportText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *again = new QPushButton(tr("Import the Rest"));
    again->setObjectName(QStringLiteral("importAgainButton"));
    again->setToolTip(tr("Runs the same import again: files already in the catalogue are recognised and skipped."));
    auto *dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("dismissInterruptedImportButton"));
    layout->addWidget(m_text, 1);
    layout->addWidget(again);
    layout->addWidget(dismiss);
    connect(again, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT importAgainRequested(m_unfinished.paths, m_unfinished.grouping);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void InterruptedImportBar::show(const cataloguing::UnfinishedImport &unfinished)
{
    m_unfinished = unfinished;
    const QString what = unfinished.paths.size() == 1
                             ? QDir::toNativeSeparators(unfinished.paths.first())
                             : tr("%n file(s) and folder(s)", nullptr, int(unfinished.paths.size()));
    const QString when =
        unfinished.startedAt.isValid()
            ? QLocale().toString(unfinished.startedAt.toLocalTime(), unambiguousDateFormat() + QStringLiteral(" HH:mm"))
            : tr("an earlier session");
    m_text->setText(tr("An import of %1, started %2, did not finish: Rakkan was closed or stopped while it ran. "
                       "The works it added are kept.")
                        .arg(what, when));
    m_text->setToolTip(QDir::toNativeSeparators(unfinished.paths.join(QLatin1Char('\n'))));
    QFrame::show();
}

} // namespace rakkan::ui
