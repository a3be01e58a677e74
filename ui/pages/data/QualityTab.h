#pragma once
// The data-quality report with its options (imputation, outlier rule and
// action, duplicates), computed in the background over the project's data.

#include "features/DataQuality.h"

#include <QWidget>

class QComboBox;
class QCheckBox;
class QPushButton;
class QLabel;
class QStandardItemModel;

namespace ltv::ui {

class DataTableView;
class JobRunner;
class ProjectSession;

class QualityTab : public QWidget
{
    Q_OBJECT
public:
    QualityTab(ProjectSession *session, JobRunner *runner, QWidget *parent = nullptr);
    // Runs the check with the current options.
    void run();
    // Stops a running check and forgets the report (the project or its data changed).
    void clear();
    features::QualityOptions options() const;
    const QStandardItemModel *findings() const { return findings_; }

signals:
    void reportReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the status line says; kept as a state so a language switch can re-say it.
    enum class Status { Idle, Checking, Report, Cancelled, Failed };

    void retranslate();
    void showStatus();
    void show(const features::QualityReport &report);
    // The check ended without a report (cancelled from the jobs panel, or failed).
    void endWithoutReport(Status status, const QString &message);

    ProjectSession *session_;
    JobRunner *runner_;
    QLabel *imputationLabel_;
    QComboBox *imputation_;
    QLabel *outlierLabel_;
    QComboBox *outlierRule_;
    QComboBox *outlierAction_;
    QCheckBox *dropDuplicates_;
    QPushButton *runButton_;
    QLabel *status_;
    QStandardItemModel *findings_;
    DataTableView *view_;
    quint64 jobId_ = 0;
    Status statusState_ = Status::Idle;
    QString failure_;
    bool hasReport_ = false;
    features::QualityReport lastReport_;
};

} // namespace ltv::ui
