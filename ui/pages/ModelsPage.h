#pragma once
// The Models page: choose the calibration end, horizon, time unit, discount
// rate, protocol and the models with their options; train them all in the
// background with progress, live loss curves for the neural nets and Cancel;
// read the leaderboard. The discount rate and the model options are kept in
// the project (TrainingSettings); the rate starts from the Preferences.

#include "pipeline/Evaluation.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace ltv::ui {

namespace charts {
class ChartPanel;
} // namespace charts
class EvaluationSession;
class JobRunner;
class LeaderboardModel;
class LeaderboardView;
class ModelOptionsDialog;
struct OptionSection;
class ProjectSession;
class TrainingLossChart;

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
    // Annual rate, e.g. 0.1 for 10 % a year: the discounted value column of the leaderboard.
    double annualDiscountRate() const;
    void setAnnualDiscountRate(double rate);
    // The options of a model that differ from its defaults (what training passes to it).
    QVariantMap modelOptions(const QString &id) const { return modelOptions_.value(id); }
    void setModelOptions(const QString &id, const QVariantMap &options);
    // Opens the options editor of a model (as its "Options…" button does); the
    // chosen options apply when it is accepted.
    ModelOptionsDialog *editModelOptions(const QString &id);
    void train();
    void cancel();
    bool isTraining() const { return jobId_ != 0; }
    LeaderboardModel *leaderboardModel() const { return leaderboard_; }
    TrainingLossChart *lossChart() const { return lossChart_; }

signals:
    void trained();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString modelName(const QString &id) const;
    // The options the editor of a model offers: its own, and for Auto each candidate's.
    QList<OptionSection> optionSections(const QString &id) const;
    void projectChanged();
    // Limits the calibration end to the project's dates; suggest: also proposes a window for them.
    void fitWindowToData(bool suggest);
    // Stops training for the old project or data and drops every shown result.
    void dropResults();
    void retranslate();
    void showUsedProtocol();
    void onEvent(quint64 id, const QString &kind, const QVariantMap &data);
    void updateOptionButtons();
    void saveTrainingSettings();

    ProjectSession *session_;
    EvaluationSession *evaluation_;
    JobRunner *runner_;
    QLabel *calibrationLabel_;
    QDateEdit *calibrationEnd_;
    QLabel *horizonLabel_;
    QSpinBox *horizon_;
    QLabel *unitLabel_;
    QComboBox *unit_;
    QLabel *discountLabel_;
    QDoubleSpinBox *discount_;
    QLabel *protocolLabel_;
    QComboBox *protocol_;
    QLabel *protocolChoice_; // the protocol the last training used, and why when chosen automatically
    std::optional<pipeline::TrainingProtocolChoice> usedProtocol_;
    QLabel *modelsLabel_;
    QList<QCheckBox *> modelBoxes_;
    QList<QToolButton *> optionButtons_;
    QMap<QString, QVariantMap> modelOptions_;
    QPushButton *trainButton_;
    QPushButton *cancelButton_;
    QProgressBar *progress_;
    QLabel *status_;
    LeaderboardModel *leaderboard_;
    LeaderboardView *leaderboardView_;
    TrainingLossChart *lossChart_;
    charts::ChartPanel *lossPanel_;
    QLabel *notes_;
    quint64 jobId_ = 0;
    bool windowFitted_ = false;           // the calibration window was fitted to the project's data
    bool stoppedByProjectChange_ = false; // the last training was stopped because the project changed
    QString currentModel_;
};

} // namespace ltv::ui
