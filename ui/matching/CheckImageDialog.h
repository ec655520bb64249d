#pragma once

#include "matching/CatalogMatcher.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>
#include <QImage>
#include <QPointer>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace rakkan::ui {

class Job;

// "Is this mine?": the user gives a suspect image (a file, a drop, or the clipboard) and sees which of their works
// it comes from, ranked, with how it was changed and the matched part outlined beside the original.
class CheckImageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckImageDialog)

public:
    // The matcher is built on the session thread the first time, and kept there until the catalogue changes.
    using MatcherCache = std::shared_ptr<std::unique_ptr<matching::CatalogMatcher>>;

    CheckImageDialog(CatalogBinding catalog, MatcherCache cache, QWidget *parent = nullptr);

    void checkFile(const QString &path);
    void checkImage(const QImage &image, const QString &label);
    int resultCount() const;

Q_SIGNALS:
    void checked(int matches);
    void showWorkRequested(qint64 workId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Found
    {
        matching::Match match;
        QString title;
        QImage cover;
    };
    void showResults(const Result<QList<Found>> &results);
    void showSelected();
    void paste();
    static QImage difference(const QImage &a, const QImage &b);

    CatalogBinding m_catalog;
    MatcherCache m_cache;
    QPointer<Job> m_decoding;
    QImage m_suspect;
    QList<Found> m_found;
    QLabel *m_status;
    QLabel *m_suspectView;
    QLabel *m_originalView;
    QLabel *m_differenceView;
    QTreeWidget *m_results;
};

} // namespace rakkan::ui
