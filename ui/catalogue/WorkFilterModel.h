#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace rakkan::ui {

// Narrows the work list to what the search box says: every word must appear in the chosen field, or in any of them,
// in the Japanese or the Latin form of the names; case, full-width letters and katakana against hiragana do not
// matter.
class WorkFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkFilterModel)

public:
    enum class Field { Any, Title, Series, Tag, Holder };

    explicit WorkFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text, Field field);
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    Field m_field = Field::Any;
};

} // namespace rakkan::ui
