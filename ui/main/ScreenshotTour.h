#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace rakkan::ui {

class MainWindow;

// Walks through the main windows once the catalogue is shown and saves a picture of each, drawn by the windows
// themselves (QWidget::grab): how the project's screenshots are made and how a reviewer looks at every window in
// each language and scale without clicking through them. `rakkan --screenshots DIR [--check FILE]`.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString folder, QString suspectFile, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Step
    {
        QString name;
        std::function<QWidget *()> open; // the window to capture; nullptr: the main window itself
    };
    void next();
    void capture(const QString &name, QWidget *window);

    MainWindow *m_window;
    QString m_folder;
    QString m_suspect;
    QList<Step> m_steps;
    int m_index = 0;
    bool m_ok = true;
};

} // namespace rakkan::ui
