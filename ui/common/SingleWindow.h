#pragma once

#include <QWidget>

namespace rakkan::ui {

// Shows the one window of type W that `owner` has, making it with `make` the first time, and brings it to the
// front. Windows are the owner's direct children, so that closing the catalogue can find and close them all.
template <typename W, typename Make> W *showSingleWindow(QWidget *owner, Make make)
{
    auto *window = owner->findChild<W *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = make();
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace rakkan::ui
