#pragma once
// Status-bar area showing running background jobs: the newest job's title,
// its progress and a Cancel button, plus a menu listing every running job.

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QPushButton;

namespace ltv::ui {

class JobRunner;

class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(JobRunner *runner, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    JobRunner *runner_;
    QLabel *label_;
    QProgressBar *progress_;
    QPushButton *cancelButton_;
    QToolButton *listButton_;
};

} // namespace ltv::ui
