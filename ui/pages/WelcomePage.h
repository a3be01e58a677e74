#pragma once
// The first page a user sees: open the demo, create or open a project,
// import a CSV, or pick a recent project. Drops are handled by MainWindow.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ltv::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void openDemoRequested();
    void newProjectRequested();
    void openProjectRequested();
    void importRequested();
    void recentProjectActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshRecent();

    QLabel *title_;
    QLabel *subtitle_;
    QPushButton *demoButton_;
    QPushButton *newButton_;
    QPushButton *openButton_;
    QPushButton *importButton_;
    QLabel *recentTitle_;
    QListWidget *recentList_;
    QLabel *dropHint_;
};

} // namespace ltv::ui
