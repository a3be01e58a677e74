#pragma once
// The Models page: choose the calibration end, horizon, time unit, protocol
// and models; train them all in the background with progress, a live loss
// curve for the neural nets and Cancel; read the leaderboard.

#include "pipeline/Evaluation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ltv::ui {

namespace charts {
class LineChart;
class ChartPanel;
} // namespace charts
class DataTableView;
class EvaluationSession;
class JobRunner;
class LeaderboardModel;
class ProjectSession;

class ModelsPage : public QWidget
{
    Q_OBJECT
public:
    ModelsPage(ProjectSession *session, EvaluationSession *evaluation, JobRunner *runner, QWidget *parent = nullptr);

    // The request the controls describe.
    pipeline::EvaluationRequest request() const;
    void setCalibrationEnd(Day day);
    void setHorizonWeeks(int weeks);
    // Selects exactly these model ids.
    void setSelectedModels(const QStringList &ids);
    void train();
    void cancel();
    bool isTraining() const { return jobId_ != 0; }
    LeaderboardModel *leaderboardModel() const { return leaderboard_; }
    charts::LineChart *lossChart() const { return lossChart_; }

signals:
    void trained();

protected:
    void changeEvent(QEvent *event) override;

private:
    void projectChanged();
    void retranslate();
    void onEvent(quint64 id, const QString &kind, const QVariantMap &data);

    ProjectSession *session_;
    EvaluationSession *evaluation_;
    JobRunner *runner_;
    QLabel *calibrationLabel_;
    QDateEdit *calibrationEnd_;
    QLabel *horizonLabel_;
    QSpinBox *horizon_;
    QLabel *unitLabel_;
    QComboBox *unit_;
    QLabel *protocolLabel_;
    QComboBox *protocol_;
    QLabel *modelsLabel_;
    QList<QCheckBox *> modelBoxes_;
    QPushButton *trainButton_;
    QPushButton *cancelButton_;
    QProgressBar *progress_;
    QLabel *status_;
    LeaderboardModel *leaderboard_;
    DataTableView *leaderboardView_;
    charts::LineChart *lossChart_;
    charts::ChartPanel *lossPanel_;
    QLabel *notes_;
    quint64 jobId_ = 0;
    QHash<QString, int> lossLines_;
    QString currentModel_;
};

} // namespace ltv::ui
