#pragma once

#include <QString>

namespace rakkan {

// Names the application so that the GUI and the CLI find the same settings and the same default catalogue.
// Call before anything reads QStandardPaths.
void setApplicationIdentity();

QString applicationVersion();

} // namespace rakkan
