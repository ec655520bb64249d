#pragma once

#include <QString>
#include <QStringList>

namespace rakkan {

// One CSV field, quoted when needed, and defused: a cell a spreadsheet would run as a formula (starting with
// = + - @ or a tab or carriage return) gets a leading apostrophe, so an exported file name like
// "=HYPERLINK(...)" stays text.
QString csvField(const QString &value);
QString csvRow(const QStringList &fields);

} // namespace rakkan
