#include "jobs/JobsPanel.h"

#include "jobs/JobRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace ltv::ui {

JobsPanel::JobsPanel(JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , runner_(runner)
    , label_(new QLabel(this))
    , progress_(new QProgressBar(this))
    , cancelButton_(new QPushButton(this))
    , listButton_(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    progress_->setRange(0, 1000);
    progress_->setFixedWidth(180);
    progress_->setTextVisible(true);
    cancelButton_->setObjectName(QStringLiteral("cancelJobButton"));
    listButton_->setPopupMode(QToolButton::InstantPopup);
    listButton_->setMenu(new QMenu(listButton_));
    layout->addWidget(label_);
    layout->addWidget(progress_);
    layout->addWidget(cancelButton_);
    layout->addWidget(listButton_);

    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        const auto jobs = runner_->jobs();
        if (!jobs.isEmpty())
            runner_->cancel(jobs.last().id);
    });
    connect(runner_, &JobRunner::jobStarted, this, &JobsPanel::refresh);
    connect(runner_, &JobRunner::jobProgress, this, &JobsPanel::refresh);
    connect(runner_, &JobRunner::jobFinished, this, &JobsPanel::refresh);
    retranslate();
    refresh();
}

void JobsPanel::refresh()
{
    const auto jobs = runner_->jobs();
    setVisible(!jobs.isEmpty());
    if (jobs.isEmpty())
        return;
    const auto &newest = jobs.last();
    label_->setText(newest.message.isEmpty() ? newest.title : newest.title + QStringLiteral(": ") + newest.message);
    progress_->setValue(static_cast<int>(newest.progress * 1000.0));
    progress_->setFormat(QStringLiteral("%1%").arg(newest.progress * 100.0, 0, 'f', 0));
    listButton_->setText(tr("%n job(s)", nullptr, static_cast<int>(jobs.size())));
    QMenu *menu = listButton_->menu();
    menu->clear();
    for (const auto &job : jobs) {
        const quint64 id = job.id;
        menu->addAction(tr("Cancel \"%1\" (%2%)").arg(job.title).arg(job.progress * 100.0, 0, 'f', 0), this,
                        [this, id] { runner_->cancel(id); });
    }
}

void JobsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobsPanel::retranslate()
{
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->setToolTip(tr("Cancel the newest running job"));
    refresh();
}

} // namespace ltv::ui
