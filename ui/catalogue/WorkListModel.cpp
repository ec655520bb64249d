#include "ui/catalogue/WorkListModel.h"

#include "ui/catalogue/ThumbnailLoader.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>

namespace rakkan::ui {

WorkListModel::WorkListModel(ThumbnailLoader *loader, QObject *parent) : QAbstractTableModel(parent), m_loader(loader)
{
    // Cost in KiB: about 40 MB of decoded thumbnails, several screens of a dense grid.
    m_thumbnails.setMaxCost(40 * 1024);
    connect(m_loader, &ThumbnailLoader::loaded, this, &WorkListModel::thumbnailLoaded);
}

int WorkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_works.size());
}

int WorkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QPixmap WorkListModel::placeholder() const
{
    if (m_placeholder.isNull()) {
        m_placeholder = QPixmap(m_iconSize);
        m_placeholder.setDevicePixelRatio(m_devicePixelRatio);
        m_placeholder.fill(Qt::transparent);
        QPainter p(&m_placeholder);
        const QColor frame = QApplication::palette().color(QPalette::Mid);
        p.setPen(QPen(frame, 1, Qt::DashLine));
        const QSizeF logical = QSizeF(m_iconSize) / m_devicePixelRatio;
        p.drawRect(QRectF(QPointF(8, 8), logical - QSizeF(17, 17)));
    }
    return m_placeholder;
}

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_works.size())
        return {};
    const catalog::WorkSummary &w = m_works.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return w.title.isEmpty() ? w.titleLatin : w.title;
        case TitleLatinColumn:
            return w.titleLatin;
        case SeriesColumn:
            return w.series;
        case VolumeColumn:
            return w.volume > 0 ? QVariant(w.volume) : QVariant();
        case ChapterColumn:
            return w.chapter;
        case KindColumn:
            return catalog::workKindLabel(w.kind);
        case PagesColumn:
            return w.pageCount;
        case TagsColumn:
            return w.tags.join(QStringLiteral(", "));
        case HoldersColumn:
            return w.holders.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{w.title};
        if (!w.titleLatin.isEmpty())
            lines << w.titleLatin;
        if (!w.series.isEmpty())
            lines << tr("Series: %1").arg(w.series);
        lines << tr("%n page(s)", nullptr, w.pageCount);
        if (!w.holders.isEmpty())
            lines << tr("Rights holders: %1").arg(w.holders.join(QStringLiteral(", ")));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole: {
        if (index.column() != TitleColumn)
            return {};
        if (w.coverAssetId <= 0 || m_noPreview.contains(w.coverAssetId))
            return QIcon(placeholder());
        // An icon rather than a pixmap: each view draws it at its own icon size (the grid's square, the list's
        // small one), where a bare pixmap would be drawn at its full size in every view.
        if (QPixmap *cached = m_thumbnails.object(w.coverAssetId))
            return QIcon(*cached);
        if (!m_requested.contains(w.coverAssetId)) {
            m_requested.insert(w.coverAssetId);
            m_loader->request(w.coverAssetId);
        }
        return QIcon(placeholder());
    }
    case Qt::TextAlignmentRole:
        if (index.column() == VolumeColumn || index.column() == PagesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case WorkIdRole:
        return w.id;
    case CoverAssetRole:
        return w.coverAssetId;
    case SearchTitleRole:
    case SearchSeriesRole:
    case SearchTagsRole:
    case SearchHoldersRole: {
        auto found = m_searchKeys.constFind(w.id);
        if (found == m_searchKeys.cend()) {
            const QChar line(QLatin1Char('\n'));
            found = m_searchKeys.insert(w.id, {searchKey(QStringList{w.title, w.titleLatin}.join(line)),
                                               searchKey(QStringList{w.series, w.seriesLatin}.join(line)),
                                               searchKey(w.tags.join(line)),
                                               searchKey((w.holders + w.holdersLatin).join(line))});
        }
        return found->at(role - SearchTitleRole);
    }
    }
    return {};
}

QVariant WorkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TitleLatinColumn:
        return tr("Title (Latin script)");
    case SeriesColumn:
        return tr("Series");
    case VolumeColumn:
        return tr("Volume");
    case ChapterColumn:
        return tr("Chapter");
    case KindColumn:
        return tr("Kind");
    case PagesColumn:
        return tr("Pages");
    case TagsColumn:
        return tr("Tags");
    case HoldersColumn:
        return tr("Rights holders");
    }
    return {};
}

QString WorkListModel::searchKey(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &c : out)
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6) // katakana ァ..ヶ to hiragana ぁ..ゖ
            c = QChar(char16_t(c.unicode() - 0x60));
    return out;
}

void WorkListModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_works.size(); ++row) {
        m_rowOf.insert(m_works[row].id, row);
        if (m_works[row].coverAssetId > 0)
            m_workOfCover.insert(m_works[row].coverAssetId, m_works[row].id);
    }
}

void WorkListModel::setWorks(QList<catalog::WorkSummary> works)
{
    beginResetModel();
    m_works = std::move(works);
    m_rowOf.clear();
    m_workOfCover.clear();
    m_thumbnails.clear();
    m_requested.clear();
    m_noPreview.clear();
    m_searchKeys.clear();
    m_rowOf.reserve(m_works.size());
    m_workOfCover.reserve(m_works.size());
    reindex(0);
    endResetModel();
}

void WorkListModel::upsert(const QList<catalog::WorkSummary> &works)
{
    QList<catalog::WorkSummary> added;
    for (const auto &w : works) {
        const int row = m_rowOf.value(w.id, -1);
        if (row < 0) {
            added << w;
            continue;
        }
        if (m_works[row].coverAssetId != w.coverAssetId) {
            m_thumbnails.remove(m_works[row].coverAssetId);
            m_requested.remove(m_works[row].coverAssetId);
        }
        m_works[row] = w;
        m_searchKeys.remove(w.id);
        if (w.coverAssetId > 0)
            m_workOfCover.insert(w.coverAssetId, w.id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_works.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_works << added;
    reindex(first);
    endInsertRows();
}

void WorkListModel::removeWorks(const QList<qint64> &ids)
{
    QList<int> rows;
    for (qint64 id : ids)
        if (m_rowOf.contains(id))
            rows << m_rowOf.value(id);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rowOf.remove(m_works[row].id);
        m_searchKeys.remove(m_works[row].id);
        m_workOfCover.remove(m_works[row].coverAssetId);
        m_works.removeAt(row);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        reindex(rows.constLast());
}

void WorkListModel::clear()
{
    setWorks({});
}

void WorkListModel::setIconSize(QSize logical, qreal devicePixelRatio)
{
    const QSize size = logical * devicePixelRatio;
    if (size == m_iconSize && devicePixelRatio == m_devicePixelRatio)
        return;
    m_iconSize = size;
    m_devicePixelRatio = devicePixelRatio;
    m_placeholder = QPixmap();
    m_loader->setTargetSize(size);
    m_thumbnails.clear();
    m_requested.clear();
    if (!m_works.isEmpty())
        Q_EMIT dataChanged(index(0, TitleColumn), index(int(m_works.size()) - 1, TitleColumn), {Qt::DecorationRole});
}

void WorkListModel::thumbnailLoaded(qint64 assetId, const QImage &image)
{
    m_requested.remove(assetId);
    const qint64 workId = m_workOfCover.value(assetId, 0);
    const int row = m_rowOf.value(workId, -1);
    if (row < 0)
        return;
    if (image.isNull()) {
        m_noPreview.insert(assetId);
    } else {
        // Every cell's picture is the same square, the thumbnail fitted and centred in it: the grid sizes all its
        // cells from one item, so a portrait or landscape first work would otherwise squeeze or overlap the rest.
        // A picture smaller than the cell is enlarged, its pixels kept sharp when it is tiny (a 4x4 file is not
        // a dot).
        auto *pixmap = new QPixmap(m_iconSize);
        pixmap->fill(Qt::transparent);
        const QSize fitted = image.size().scaled(m_iconSize, Qt::KeepAspectRatio);
        const bool tiny = image.width() * 4 <= m_iconSize.width() && image.height() * 4 <= m_iconSize.height();
        QPainter painter(pixmap);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, !tiny);
        painter.drawImage(
            QRect(QPoint((m_iconSize.width() - fitted.width()) / 2, (m_iconSize.height() - fitted.height()) / 2),
                  fitted),
            image);
        painter.end();
        pixmap->setDevicePixelRatio(m_devicePixelRatio);
        m_thumbnails.insert(assetId, pixmap,
                            qMax<qsizetype>(1, qsizetype(m_iconSize.width()) * m_iconSize.height() / 256));
    }
    const QModelIndex i = index(row, TitleColumn);
    Q_EMIT dataChanged(i, i, {Qt::DecorationRole});
}

} // namespace rakkan::ui
