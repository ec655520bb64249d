#pragma once

#include "registry/Registries.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QRadioButton;

namespace rakkan::ui {

// The first steps of declaring: which works (the selection, a series, or the whole catalogue) and to which
// registries. What each file's declaration will say is reviewed after this, before anything is sent.
class DeclareWorksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclareWorksDialog)

public:
    enum class Scope { Selected, Series, All };

    DeclareWorksDialog(int selectedWorks, const QStringList &series, const QList<registry::Registry> &registries,
                       qint64 currentRegistry, QWidget *parent = nullptr);

    Scope scope() const;
    QString series() const;
    QList<qint64> registryIds() const;

    void setScope(Scope scope, const QString &series = {});
    void setRegistryChecked(qint64 id, bool checked);

private:
    void updateAcceptable();

    QRadioButton *m_selected;
    QRadioButton *m_series;
    QRadioButton *m_all;
    QComboBox *m_seriesCombo;
    QListWidget *m_registries;
    QDialogButtonBox *m_buttons;
};

} // namespace rakkan::ui
