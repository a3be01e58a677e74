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
    void retranslate();
    void show(const features::QualityReport &report);

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
    bool hasReport_ = false;
    features::QualityReport lastReport_;
};

} // namespace ltv::ui
