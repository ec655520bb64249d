#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "identity/Identity.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace rakkan::ui {

class Job;

// Shows and edits one work: titles in both scripts, kind, series/volume/chapter, tags, rights holders with roles,
// publications, notes, and its files (read-only). Save sends only what the user changed.
class WorkDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkDetailPanel)

public:
    explicit WorkDetailPanel(QWidget *parent = nullptr);

    void setWork(const catalog::Work &work);
    void clear();
    void setCover(const QImage &image);
    void setCompletions(const QStringList &series, const QStringList &tags);
    // The identities a work may be signed by (the first is the default).
    void setIdentities(const QList<identity::Identity> &identities);
    // Shows why the last save was refused (the catalogue's reason, in the user's language).
    void showError(const QString &message);
    qint64 workId() const { return m_work.id; }
    // The title as stored (not as typed), for asking about unsaved changes.
    QString shownTitle() const { return m_work.title; }
    bool isModified() const { return m_modified; }
    // Puts the form back to the work as stored.
    void discardChanges();
    // The work's files changed (fingerprints or ISCC computed since): shows them, and leaves the form as typed.
    void showFiles(const catalog::Work &work);

    // The change the form describes, or why it cannot be saved.
    Result<catalog::WorkEdit> edit() const;

Q_SIGNALS:
    void saveRequested(qint64 workId, const rakkan::catalog::WorkEdit &edit);

private:
    void markModified();
    void revert();
    void fillFiles();
    void save();
    void addHolderRow(const catalog::WorkHolder &holder);
    void addPublicationRow(const catalog::Publication &publication);
    void showIsccOfSelectedFile();
    void readCredentialOf(const catalog::Asset &asset);
    void selectSigner(qint64 identityId);
    QList<catalog::WorkHolder> holdersInForm() const;

    catalog::Work m_work;
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_cover;
    QLabel *m_heading;
    QLabel *m_error;
    QLabel *m_fileNotes;
    QLabel *m_credential; // the selected file's Content Credentials, when it carries a manifest
    QPointer<Job> m_credentialRead;
    QLineEdit *m_title;
    QLineEdit *m_titleLatin;
    QComboBox *m_kind;
    QComboBox *m_series;
    QSpinBox *m_volume;
    QLineEdit *m_chapter;
    QLineEdit *m_tags;
    QTableWidget *m_holders;
    QTableWidget *m_publications;
    QPlainTextEdit *m_notes;
    QTreeWidget *m_files;
    class IsccPanel *m_iscc;
    QComboBox *m_signer;
    QList<identity::Identity> m_identities;
    QPushButton *m_save;
    QPushButton *m_revert;
    QWidget *m_form;
    QLabel *m_empty;
};

} // namespace rakkan::ui
