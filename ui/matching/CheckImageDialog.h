#pragma once

#include "credentials/ContentCredential.h"
#include "matching/CatalogMatcher.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>
#include <QImage>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rakkan::ui {

class Job;
class MatchPreview;

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
    // `fileName` names the image in messages; empty for a pasted or dropped picture.
    void checkImage(const QImage &image, const QString &fileName = QString());
    int resultCount() const;
    const MatchPreview *suspectPreview() const { return m_suspectView; }
    const MatchPreview *workPreview() const { return m_originalView; }

Q_SIGNALS:
    void checked(int matches);
    void showWorkRequested(qint64 workId);
    // The user found this copy online and wants a case for it.
    void openCaseRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Found
    {
        matching::Match match;
        QString title;
        QImage cover;
        QImage difference; // made on the worker, with the match
    };
    struct Checked
    {
        QList<Found> found;
        QImage preview; // the suspect at preview size (a large picture is not scaled on the GUI thread)
        std::optional<credentials::ContentCredential> credential; // what the file's C2PA manifest says, if a file
        QString credentialOwner; // the name of one of the user's identities, when it signed that credential
    };
    void compare(const QImage &image, const QString &fileName,
                 const std::optional<credentials::ContentCredential> &credential);
    void showCredential(const Checked &checked);
    void showResults(const Result<Checked> &results, const QString &fileName);
    void showSelected();
    void paste();

    CatalogBinding m_catalog;
    MatcherCache m_cache;
    QPointer<Job> m_decoding;
    QSize m_suspectSize;
    QImage m_suspectPreview;
    QList<Found> m_found;
    QLabel *m_status;
    QPushButton *m_openCase;
    QLabel *m_verdict;    // the selected match in full: its verdict, what was done, and what that rests on
    QLabel *m_credential; // the suspect file's Content Credentials, when it has a manifest
    MatchPreview *m_suspectView;
    MatchPreview *m_originalView;
    MatchPreview *m_differenceView;
    QTreeWidget *m_results;
};

} // namespace rakkan::ui
