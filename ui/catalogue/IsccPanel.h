#pragma once

#include "iscc/IsccCode.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;

namespace rakkan::ui {

// One file's ISCC: the ISCC-CODE, each unit and the datahash, each selectable and with a copy button (creators
// paste them into registry forms and contracts).
class IsccPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsccPanel)

public:
    explicit IsccPanel(QWidget *parent = nullptr);

    void setIscc(const std::optional<iscc::AssetIscc> &code, const QString &fileLabel);

private:
    QLineEdit *addRow(const QString &label, const QString &objectName);

    QLabel *m_file;
    QLabel *m_missing;
    QWidget *m_rows;
    QLineEdit *m_code;
    QLineEdit *m_meta;
    QLineEdit *m_content;
    QLineEdit *m_data;
    QLineEdit *m_instance;
    QLineEdit *m_datahash;
};

} // namespace rakkan::ui
