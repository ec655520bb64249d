#include "ui/catalogue/WorkFilterModel.h"

#include "ui/catalogue/WorkListModel.h"

namespace rakkan::ui {

WorkFilterModel::WorkFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void WorkFilterModel::setSearch(const QString &text, Field field)
{
    const QStringList words = WorkListModel::searchKey(text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words && field == m_field)
        return;
    m_words = words;
    m_field = field;
    invalidateFilter();
}

bool WorkFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    QString haystack;
    auto add = [&](int role) { haystack += index.data(role).toString() + QLatin1Char('\n'); };
    switch (m_field) {
    case Field::Title:
        add(WorkListModel::SearchTitleRole);
        break;
    case Field::Series:
        add(WorkListModel::SearchSeriesRole);
        break;
    case Field::Tag:
        add(WorkListModel::SearchTagsRole);
        break;
    case Field::Holder:
        add(WorkListModel::SearchHoldersRole);
        break;
    case Field::Any:
        add(WorkListModel::SearchTitleRole);
        add(WorkListModel::SearchSeriesRole);
        add(WorkListModel::SearchTagsRole);
        add(WorkListModel::SearchHoldersRole);
        break;
    }
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

} // namespace rakkan::ui
