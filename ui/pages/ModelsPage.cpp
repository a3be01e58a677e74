#include "pages/ModelsPage.h"

#include "EvaluationSession.h"
#include "LanguageManager.h"
#include "ProjectSession.h"
#include "Settings.h"
#include "charts/ChartPanel.h"
#include "charts/LineChart.h"
#include "jobs/JobRunner.h"
#include "models/LeaderboardModel.h"
#include "store/Project.h"
#include "store/Sqlite.h"
#include "widgets/DataTableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace ltv::ui {

namespace {
const QDate kEpoch(1970, 1, 1);

struct ModelChoice
{
    const char *id;
    const char *name;
    bool checked;
};
// The models offered, with the default selection (fast and comparable).
const ModelChoice kModels[] = {
    {"bgnbd", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "BG/NBD + Gamma-Gamma"), true},
    {"pnbd", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Pareto/NBD + Gamma-Gamma"), true},
    {"mbgnbd", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Modified BG/NBD + Gamma-Gamma"), false},
    {"linear", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Linear (ridge)"), true},
    {"xgboost", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Gradient boosting (XGBoost)"), true},
    {"mlp-ziln", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Neural net, ZILN loss"), false},
    {"cnn", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "1D-CNN over activity"), false},
    {"gru", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "GRU over activity"), false},
    {"auto", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Auto (best on validation)"), false},
};
} // namespace

ModelsPage::ModelsPage(ProjectSession *session, EvaluationSession *evaluation, JobRunner *runner, QWidget *parent)
    : QWidget(parent)
    , session_(session)
    , evaluation_(evaluation)
    , runner_(runner)
    , calibrationLabel_(new QLabel(this))
    , calibrationEnd_(new QDateEdit(this))
    , horizonLabel_(new QLabel(this))
    , horizon_(new QSpinBox(this))
    , unitLabel_(new QLabel(this))
    , unit_(new QComboBox(this))
    , protocolLabel_(new QLabel(this))
    , protocol_(new QComboBox(this))
    , modelsLabel_(new QLabel(this))
    , trainButton_(new QPushButton(this))
    , cancelButton_(new QPushButton(this))
    , progress_(new QProgressBar(this))
    , status_(new QLabel(this))
    , leaderboard_(new LeaderboardModel(this))
    , leaderboardView_(new DataTableView(this))
    , lossChart_(new charts::LineChart)
    , lossPanel_(new charts::ChartPanel(lossChart_, this))
    , notes_(new QLabel(this))
{
    calibrationEnd_->setObjectName(QStringLiteral("calibrationEnd"));
    calibrationEnd_->setCalendarPopup(true);
    calibrationEnd_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    horizon_->setRange(1, 520);
    horizon_->setValue(Settings::instance().defaultHorizonWeeks());
    horizon_->setObjectName(QStringLiteral("horizonWeeks"));
    for (int i = 0; i < 3; ++i)
        unit_->addItem(QString());
    unit_->setCurrentIndex(1); // weeks, as the reference packages
    protocol_->addItem(QString(), QStringLiteral("shifted"));
    protocol_->addItem(QString(), QStringLiteral("customer-split"));
    trainButton_->setObjectName(QStringLiteral("trainButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelTrainButton"));
    cancelButton_->setEnabled(false);
    progress_->setRange(0, 1000);
    leaderboardView_->setObjectName(QStringLiteral("leaderboardView"));
    leaderboardView_->setModel(leaderboard_);
    leaderboardView_->setSortingEnabled(false);
    leaderboardView_->horizontalHeader()->setDefaultSectionSize(86);
    leaderboardView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    notes_->setWordWrap(true);
    lossPanel_->setExportBaseName(QStringLiteral("training-loss"));
    lossPanel_->setMinimumHeight(220);

    auto *settings = new QGridLayout;
    settings->addWidget(calibrationLabel_, 0, 0);
    settings->addWidget(calibrationEnd_, 0, 1);
    settings->addWidget(horizonLabel_, 0, 2);
    settings->addWidget(horizon_, 0, 3);
    settings->addWidget(unitLabel_, 0, 4);
    settings->addWidget(unit_, 0, 5);
    settings->addWidget(protocolLabel_, 0, 6);
    settings->addWidget(protocol_, 0, 7);
    settings->setColumnStretch(8, 1);

    auto *models = new QGridLayout;
    models->addWidget(modelsLabel_, 0, 0);
    int i = 0;
    for (const ModelChoice &m : kModels) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("model_") + QString::fromLatin1(m.id));
        box->setProperty("modelId", QString::fromLatin1(m.id));
        box->setChecked(m.checked);
        modelBoxes_ << box;
        models->addWidget(box, i / 3, 1 + i % 3);
        ++i;
    }
    models->setColumnStretch(4, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(trainButton_);
    actions->addWidget(cancelButton_);
    actions->addWidget(progress_, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(leaderboardView_);
    splitter->addWidget(lossPanel_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(settings);
    layout->addLayout(models);
    layout->addLayout(actions);
    layout->addWidget(status_);
    layout->addWidget(splitter, 1);
    layout->addWidget(notes_);

    connect(trainButton_, &QPushButton::clicked, this, &ModelsPage::train);
    connect(cancelButton_, &QPushButton::clicked, this, &ModelsPage::cancel);
    connect(session_, &ProjectSession::projectChanged, this, &ModelsPage::projectChanged);
    connect(runner_, &JobRunner::jobEvent, this, &ModelsPage::onEvent);
    connect(runner_, &JobRunner::jobProgress, this, [this](quint64 id, double fraction, const QString &message) {
        if (id != jobId_)
            return;
        progress_->setValue(static_cast<int>(fraction * 1000.0));
        if (!message.isEmpty())
            status_->setText(message);
    });
    connect(runner_, &JobRunner::jobFinished, this,
            [this](quint64 id, JobRunner::Outcome outcome, const QString &message) {
                if (id != jobId_)
                    return;
                jobId_ = 0;
                trainButton_->setEnabled(true);
                cancelButton_->setEnabled(false);
                if (outcome == JobRunner::Outcome::Cancelled)
                    status_->setText(tr("Training was cancelled."));
                else if (outcome == JobRunner::Outcome::Failed)
                    status_->setText(tr("Training failed: %1").arg(message));
            });
    retranslate();
    projectChanged();
}

void ModelsPage::projectChanged()
{
    trainButton_->setEnabled(session_->isOpen());
    if (!session_->isOpen())
        return;
    auto range = session_->project().database().prepare("SELECT min(day), max(day) FROM transactions");
    if (!range.step() || range.isNull(0))
        return;
    const Day first = static_cast<Day>(range.columnInt(0));
    const Day last = static_cast<Day>(range.columnInt(1));
    calibrationEnd_->setDateRange(kEpoch.addDays(first), kEpoch.addDays(last));
    // Suggestion: the shifted window needs two horizons after some history (the ML
    // training labels, then the holdout), so shorten the default horizon on short data.
    const int span = last - first;
    const int fitting = std::max(4, (span - 90) / 14);
    horizon_->setValue(std::min(Settings::instance().defaultHorizonWeeks(), fitting));
    setCalibrationEnd(std::max(first + span / 2, last - horizon_->value() * 7));
}

void ModelsPage::setHorizonWeeks(int weeks)
{
    horizon_->setValue(weeks);
}

void ModelsPage::setCalibrationEnd(Day day)
{
    calibrationEnd_->setDate(kEpoch.addDays(day));
}

void ModelsPage::setSelectedModels(const QStringList &ids)
{
    for (QCheckBox *box : modelBoxes_)
        box->setChecked(ids.contains(box->property("modelId").toString()));
}

pipeline::EvaluationRequest ModelsPage::request() const
{
    pipeline::EvaluationRequest r;
    r.calibrationEnd = static_cast<Day>(kEpoch.daysTo(calibrationEnd_->date()));
    r.horizonDays = horizon_->value() * 7;
    r.unit = static_cast<TimeUnit>(unit_->currentIndex());
    pipeline::parseTrainingProtocol(protocol_->currentData().toString(), &r.protocol);
    for (QCheckBox *box : modelBoxes_)
        if (box->isChecked())
            r.models << box->property("modelId").toString();
    return r;
}

void ModelsPage::train()
{
    if (!session_->isOpen())
        return;
    const pipeline::EvaluationRequest req = request();
    if (req.models.isEmpty()) {
        status_->setText(tr("Choose at least one model."));
        return;
    }
    const QString path = session_->path();
    lossChart_->clearLines();
    lossLines_.clear();
    currentModel_.clear();
    progress_->setValue(0);
    trainButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    status_->setText(tr("Loading transactions…"));
    jobId_ = runner_->run<pipeline::EvaluationResult>(
        QStringLiteral("train"), tr("Training models"),
        [path, req](const pipeline::JobContext &job) {
            const store::Project project = store::Project::open(path, false);
            const features::TransactionSet set = project.loadTransactionSet();
            job.throwIfCancelled();
            return pipeline::runEvaluation(set, req, job.subTask(0.05, 1.0));
        },
        this,
        [this, req](pipeline::EvaluationResult result) {
            leaderboard_->setLeaderboard(result.leaderboard);
            QStringList notes = result.data.notes;
            for (const models::FitReport &report : result.reports)
                if (!report.message.isEmpty() && !report.converged)
                    notes << report.message;
            notes_->setText(notes.join(QStringLiteral("  ·  ")));
            status_->setText(tr("Trained %n model(s). The best value of each metric is highlighted.", nullptr,
                                static_cast<int>(result.leaderboard.rows.size())));
            evaluation_->setResult(req, std::move(result));
            emit trained();
        },
        [](const QString &) {});
}

void ModelsPage::cancel()
{
    if (jobId_ != 0)
        runner_->cancel(jobId_);
}

void ModelsPage::onEvent(quint64 id, const QString &kind, const QVariantMap &data)
{
    if (id != jobId_)
        return;
    if (kind == u"model") {
        currentModel_ = data.value(QStringLiteral("id")).toString();
        return;
    }
    if (kind != u"epoch")
        return;
    const QString model = currentModel_.isEmpty() ? tr("network") : currentModel_;
    if (!lossLines_.contains(model)) {
        lossLines_.insert(model, lossChart_->addLine(tr("%1 training loss").arg(model)));
        lossLines_.insert(model + QStringLiteral("#val"), lossChart_->addLine(tr("%1 validation loss").arg(model)));
    }
    const double epoch = data.value(QStringLiteral("epoch")).toDouble();
    lossChart_->appendPoint(lossLines_.value(model), epoch, data.value(QStringLiteral("loss")).toDouble());
    if (data.contains(QStringLiteral("val")))
        lossChart_->appendPoint(lossLines_.value(model + QStringLiteral("#val")), epoch,
                                data.value(QStringLiteral("val")).toDouble());
}

void ModelsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ModelsPage::retranslate()
{
    calibrationLabel_->setText(tr("Calibration end:"));
    calibrationEnd_->setToolTip(
        tr("Models learn from the data up to this day and are judged on the horizon after it."));
    horizonLabel_->setText(tr("Horizon:"));
    horizon_->setSuffix(tr(" weeks"));
    unitLabel_->setText(tr("Time unit:"));
    unit_->setItemText(0, tr("days"));
    unit_->setItemText(1, tr("weeks"));
    unit_->setItemText(2, tr("months"));
    protocolLabel_->setText(tr("ML protocol:"));
    protocol_->setItemText(0, tr("shifted window (no leakage)"));
    protocol_->setItemText(1, tr("customer split"));
    modelsLabel_->setText(tr("Models:"));
    int i = 0;
    for (const ModelChoice &m : kModels)
        modelBoxes_[i++]->setText(tr(m.name));
    trainButton_->setText(tr("Train and evaluate"));
    cancelButton_->setText(tr("Cancel"));
    lossChart_->setTitle(tr("Training loss of the neural nets, per epoch"));
    lossChart_->setAxisTitles(tr("Epoch"), tr("Loss"));
    if (jobId_ == 0 && leaderboard_->rowCount() == 0)
        status_->setText(session_->isOpen() ? tr("Choose the models and press Train and evaluate.")
                                            : tr("Open a project first."));
}

} // namespace ltv::ui
