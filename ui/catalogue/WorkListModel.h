#pragma once

#include "catalog/WorkTypes.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QSet>

#include <array>

namespace rakkan::ui {

class ThumbnailLoader;

// All works of the open catalogue, one row each, as the grid and the list show them. Thumbnails are asked for
// only when a view paints a row, and arrive later from the ThumbnailLoader.
class WorkListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkListModel)

public:
    enum Column {
        TitleColumn,
        TitleLatinColumn,
        SeriesColumn,
        VolumeColumn,
        ChapterColumn,
        KindColumn,
        PagesColumn,
        TagsColumn,
        HoldersColumn,
        ColumnCount
    };
    // The Search roles give each field as a search compares it (see searchKey), in both forms of the names.
    enum Role {
        WorkIdRole = Qt::UserRole + 1,
        CoverAssetRole,
        SearchTitleRole,
        SearchSeriesRole,
        SearchTagsRole,
        SearchHoldersRole
    };

    // Text as a search compares it: full-width and half-width forms alike (NFKC), case folded, katakana as hiragana,
    // so "ｓａｋｕｒａ" finds "Sakura" and "さくら" finds "サクラ", as people type them with an input method.
    static QString searchKey(const QString &text);

    explicit WorkListModel(ThumbnailLoader *loader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setWorks(QList<catalog::WorkSummary> works);
    // Adds new works and replaces the rows of known ones.
    void upsert(const QList<catalog::WorkSummary> &works);
    void removeWorks(const QList<qint64> &ids);
    void clear();

    int rowOfWork(qint64 id) const { return m_rowOf.value(id, -1); }
    const catalog::WorkSummary &summaryAt(int row) const { return m_works.at(row); }
    // The cell's picture in logical pixels and the screen's device pixel ratio: thumbnails are made at the
    // screen's resolution and drawn at the cell's size (sharp at 200 %, never twice as large).
    void setIconSize(QSize logical, qreal devicePixelRatio);

private:
    void thumbnailLoaded(qint64 assetId, const QImage &image);
    void reindex(int fromRow);
    QPixmap placeholder() const;

    ThumbnailLoader *m_loader;
    QList<catalog::WorkSummary> m_works;
    QHash<qint64, int> m_rowOf;          // work id -> row
    QHash<qint64, qint64> m_workOfCover; // cover asset id -> work id
    mutable QCache<qint64, QPixmap> m_thumbnails;
    mutable QSet<qint64> m_requested;
    QSet<qint64> m_noPreview;
    QSize m_iconSize{160, 160}; // in device pixels
    qreal m_devicePixelRatio = 1.0;
    mutable QPixmap m_placeholder;
    // Each work's fields folded for search, made when a search first asks: folding every row on every key press
    // would be slow at 100,000 works.
    mutable QHash<qint64, std::array<QString, 4>> m_searchKeys;
};

} // namespace rakkan::ui
