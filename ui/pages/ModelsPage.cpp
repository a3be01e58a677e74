#include "pages/ModelsPage.h"

#include "EvaluationSession.h"
#include "LanguageManager.h"
#include "ProjectSession.h"
#include "Settings.h"
#include "charts/ChartPanel.h"
#include "jobs/JobRunner.h"
#include "jobs/ProjectStamp.h"
#include "models/LeaderboardModel.h"
#include "models/ModelRegistry.h"
#include "pages/models/LeaderboardView.h"
#include "pages/models/ModelOptionsDialog.h"
#include "pages/models/TrainingLossChart.h"
#include "pages/models/TrainingSettings.h"
#include "store/Project.h"
#include "store/Sqlite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace ltv::ui {

namespace {
const QDate kEpoch(1970, 1, 1);

struct ModelChoice
{
    const char *id;
    const char *name;
    bool checked;
};
// The models offered, with the default selection (fast and comparable); shown
// column by column: buy-till-you-die, machine learning, neural networks.
const ModelChoice kModels[] = {
    {"bgnbd", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "BG/NBD + Gamma-Gamma"), true},
    {"pnbd", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Pareto/NBD + Gamma-Gamma"), true},
    {"mbgnbd", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Modified BG/NBD + Gamma-Gamma"), false},
    {"linear", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Linear (ridge)"), true},
    {"xgboost", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Gradient boosting (XGBoost)"), true},
    {"auto", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Auto (best on validation)"), false},
    {"mlp-ziln", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "Neural net, ZILN loss"), false},
    {"cnn", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "1D-CNN over activity"), false},
    {"gru", QT_TRANSLATE_NOOP("ltv::ui::ModelsPage", "GRU over activity"), false},
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
    , discountLabel_(new QLabel(this))
    , discount_(new QDoubleSpinBox(this))
    , protocolLabel_(new QLabel(this))
    , protocol_(new QComboBox(this))
    , protocolChoice_(new QLabel(this))
    , modelsLabel_(new QLabel(this))
    , trainButton_(new QPushButton(this))
    , cancelButton_(new QPushButton(this))
    , progress_(new QProgressBar(this))
    , status_(new QLabel(this))
    , leaderboard_(new LeaderboardModel(this))
    , leaderboardView_(new LeaderboardView(this))
    , lossChart_(new TrainingLossChart)
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
    discount_->setObjectName(QStringLiteral("annualDiscountRate"));
    discount_->setRange(0.0, 100.0);
    discount_->setDecimals(1);
    discount_->setSingleStep(0.5);
    discount_->setValue(Settings::instance().defaultAnnualDiscountRate() * 100.0);
    // Automatic by default: the shifted window when it leaves enough to train on, else the customer split.
    protocol_->setObjectName(QStringLiteral("trainingProtocol"));
    protocol_->addItem(QString(), QStringLiteral("auto"));
    protocol_->addItem(QString(), QStringLiteral("shifted"));
    protocol_->addItem(QString(), QStringLiteral("customer-split"));
    protocolChoice_->setObjectName(QStringLiteral("trainingProtocolUsed"));
    protocolChoice_->setWordWrap(true);
    protocolChoice_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    trainButton_->setObjectName(QStringLiteral("trainButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelTrainButton"));
    cancelButton_->setEnabled(false);
    progress_->setRange(0, 1000);
    leaderboardView_->setObjectName(QStringLiteral("leaderboardView"));
    leaderboardView_->setModel(leaderboard_);
    notes_->setObjectName(QStringLiteral("trainingNotes"));
    notes_->setWordWrap(true);
    status_->setWordWrap(true); // long messages must not widen the window
    lossPanel_->setExportBaseName(QStringLiteral("training-loss"));
    lossPanel_->setMinimumHeight(220);

    auto *settings = new QGridLayout;
    settings->addWidget(calibrationLabel_, 0, 0);
    settings->addWidget(calibrationEnd_, 0, 1);
    settings->addWidget(horizonLabel_, 0, 2);
    settings->addWidget(horizon_, 0, 3);
    settings->addWidget(unitLabel_, 0, 4);
    settings->addWidget(unit_, 0, 5);
    settings->addWidget(discountLabel_, 0, 6);
    settings->addWidget(discount_, 0, 7);
    settings->addWidget(protocolLabel_, 1, 0);
    settings->addWidget(protocol_, 1, 1, 1, 3, Qt::AlignLeft);
    settings->addWidget(protocolChoice_, 1, 4, 1, 5);
    settings->setColumnStretch(8, 1);

    auto *models = new QGridLayout;
    models->addWidget(modelsLabel_, 0, 0);
    int i = 0;
    for (const ModelChoice &m : kModels) {
        const QString id = QString::fromLatin1(m.id);
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("model_") + id);
        box->setProperty("modelId", id);
        box->setChecked(m.checked);
        modelBoxes_ << box;
        auto *options = new QToolButton(this);
        options->setObjectName(QStringLiteral("options_") + id);
        options->setAutoRaise(true);
        connect(options, &QToolButton::clicked, this, [this, id] { editModelOptions(id); });
        optionButtons_ << options;
        auto *cell = new QHBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(box);
        cell->addWidget(options);
        cell->addStretch(1);
        models->addLayout(cell, i % 3, 1 + i / 3);
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
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

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
    // Opened, closed, switched or imported into: results of the old data no longer apply.
    connect(session_, &ProjectSession::dataChanged, this, [this] {
        dropResults();
        fitWindowToData(false); // an import may have extended the dates: keep the user's window within them
    });
    connect(discount_, &QDoubleSpinBox::editingFinished, this, &ModelsPage::saveTrainingSettings);
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
    // The project's own discount rate and model options, else the Preferences' rate and defaults.
    const std::optional<TrainingSettings> saved =
        session_->isOpen() ? TrainingSettings::load(session_->project().database()) : std::nullopt;
    discount_->setValue(100.0 * (saved ? saved->annualDiscountRate : Settings::instance().defaultAnnualDiscountRate()));
    modelOptions_ = saved ? saved->modelOptions : QMap<QString, QVariantMap>();
    updateOptionButtons();
    fitWindowToData(true);
}

void ModelsPage::fitWindowToData(bool suggest)
{
    const bool hadWindow = windowFitted_;
    windowFitted_ = false;
    if (!session_->isOpen())
        return;
    auto range = session_->project().database().prepare("SELECT min(day), max(day) FROM transactions");
    if (!range.step() || range.isNull(0))
        return;
    const Day first = static_cast<Day>(range.columnInt(0));
    const Day last = static_cast<Day>(range.columnInt(1));
    calibrationEnd_->setDateRange(kEpoch.addDays(first), kEpoch.addDays(last));
    windowFitted_ = true;
    if (!suggest && hadWindow)
        return; // keep the window the user chose
    // Suggestion: the shifted window needs two horizons after some history (the ML
    // training labels, then the holdout), so shorten the default horizon on short data.
    const int span = last - first;
    const int fitting = std::max(4, (span - 90) / 14);
    horizon_->setValue(std::min(Settings::instance().defaultHorizonWeeks(), fitting));
    setCalibrationEnd(std::max(first + span / 2, last - horizon_->value() * 7));
}

void ModelsPage::dropResults()
{
    if (jobId_ != 0) {
        // Forget the job first, so its end does not read as a cancel the user asked for.
        const quint64 id = jobId_;
        jobId_ = 0;
        runner_->cancel(id);
        stoppedByProjectChange_ = true;
    }
    trainButton_->setEnabled(session_->isOpen());
    cancelButton_->setEnabled(false);
    progress_->setValue(0);
    leaderboard_->setLeaderboard({});
    lossChart_->clear();
    currentModel_.clear();
    usedProtocol_.reset();
    showUsedProtocol();
    notes_->clear();
    status_->clear();
    if (evaluation_->hasResult())
        evaluation_->clear();
    retranslate(); // the hint for an empty page
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
    r.annualDiscountRate = annualDiscountRate();
    pipeline::parseTrainingProtocol(protocol_->currentData().toString(), &r.protocol);
    for (QCheckBox *box : modelBoxes_)
        if (box->isChecked()) {
            const QString id = box->property("modelId").toString();
            r.models << id;
            if (!modelOptions_.value(id).isEmpty())
                r.modelOptions.insert(id, modelOptions_.value(id));
        }
    return r;
}

double ModelsPage::annualDiscountRate() const
{
    return discount_->value() / 100.0;
}

void ModelsPage::setAnnualDiscountRate(double rate)
{
    discount_->setValue(rate * 100.0);
    saveTrainingSettings();
}

QString ModelsPage::modelName(const QString &id) const
{
    for (const ModelChoice &m : kModels)
        if (id == QLatin1String(m.id))
            return tr(m.name);
    return id;
}

QList<OptionSection> ModelsPage::optionSections(const QString &id) const
{
    const models::ModelRegistry &registry = models::ModelRegistry::builtin();
    const std::unique_ptr<models::Model> model = registry.create(id);
    if (!model)
        return {};
    QList<OptionSection> sections{{modelName(id), QString(), model->hyperparameters()}};
    // Auto trains the other models as candidates and passes "<candidate>.<option>" on to them.
    if (id == u"auto")
        for (const ModelChoice &m : kModels) {
            const QString candidate = QString::fromLatin1(m.id);
            if (candidate == id)
                continue;
            if (const std::unique_ptr<models::Model> c = registry.create(candidate))
                sections.append({modelName(candidate), candidate, c->hyperparameters()});
        }
    return sections;
}

void ModelsPage::setModelOptions(const QString &id, const QVariantMap &options)
{
    const QList<OptionSection> sections = optionSections(id);
    const QVariantMap changed =
        sections.isEmpty() ? options
                           : ModelOptionsDialog::withoutDefaults(ModelOptionsDialog::allSpecs(sections), options);
    if (changed.isEmpty())
        modelOptions_.remove(id);
    else
        modelOptions_.insert(id, changed);
    updateOptionButtons();
    saveTrainingSettings();
}

ModelOptionsDialog *ModelsPage::editModelOptions(const QString &id)
{
    const QList<OptionSection> sections = optionSections(id);
    if (sections.isEmpty())
        return nullptr;
    auto *dialog = new ModelOptionsDialog(modelName(id), sections, modelOptions_.value(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] { setModelOptions(id, dialog->changedOptions()); });
    dialog->open();
    return dialog;
}

void ModelsPage::updateOptionButtons()
{
    for (qsizetype i = 0; i < optionButtons_.size(); ++i) {
        QToolButton *button = optionButtons_[i];
        const QString id = modelBoxes_[i]->property("modelId").toString();
        const QVariantMap changed = modelOptions_.value(id);
        QFont font = button->font();
        font.setBold(!changed.isEmpty());
        button->setFont(font);
        // Compact, so the three columns of models fit a 1000-pixel window; the tool tip says what it does.
        button->setText(changed.isEmpty() ? QStringLiteral("…") : QStringLiteral("… (%1)").arg(changed.size()));
        button->setAccessibleName(tr("Options of %1").arg(modelBoxes_[i]->text()));
        QStringList lines;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            lines << QStringLiteral("%1 = %2").arg(it.key(), it.value().toString());
        button->setToolTip(changed.isEmpty() ? tr("Options of %1 (all at their defaults)…").arg(modelBoxes_[i]->text())
                                             : tr("Options of %1 changed from the defaults:\n%2")
                                                   .arg(modelBoxes_[i]->text(), lines.join(QLatin1Char('\n'))));
    }
}

void ModelsPage::saveTrainingSettings()
{
    if (!session_->isOpen())
        return;
    TrainingSettings settings;
    settings.annualDiscountRate = annualDiscountRate();
    settings.modelOptions = modelOptions_;
    if (!settings.save(session_->project().database()))
        status_->setText(tr("The discount rate and model options could not be saved in the project just now; "
                            "they still apply to this training."));
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
    const ProjectStamp stamp = ProjectStamp::of(*session_);
    saveTrainingSettings();
    stoppedByProjectChange_ = false;
    lossChart_->clear();
    currentModel_.clear();
    progress_->setValue(0);
    trainButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    usedProtocol_.reset();
    showUsedProtocol();
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
        [this, req, stamp](pipeline::EvaluationResult result) {
            if (!stamp.isCurrent(*session_))
                return; // trained on a project (or data) no longer open
            leaderboard_->setLeaderboard(result.leaderboard);
            // The protocol the ML rows were trained with, next to the choice that asked for it.
            usedProtocol_ = result.data.protocol;
            showUsedProtocol();
            QStringList notes = result.data.notes;
            for (const models::FitReport &report : result.reports)
                if (!report.message.isEmpty() && !report.converged)
                    notes << report.message;
            notes_->setText(notes.join(QStringLiteral("  ·  ")));
            status_->setText(
                tr("Trained %n model(s). The best value of each metric is highlighted.", nullptr,
                   static_cast<int>(result.leaderboard.rows.size())) +
                QLatin1Char(' ') +
                tr("CLV: mean predicted value per evaluated customer over the horizon, discounted at %1 % a year.")
                    .arg(LanguageManager::instance().locale().toString(100.0 * req.annualDiscountRate, 'f', 1)));
            evaluation_->setResult(req, std::move(result));
            emit trained();
        },
        [](const QString &) {});
}

void ModelsPage::showUsedProtocol()
{
    // Worded here, not in the worker, so that it follows a language switch.
    protocolChoice_->setText(usedProtocol_ ? tr("Used: %1").arg(usedProtocol_->describe()) : QString());
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
    lossChart_->addEpoch(model, tr("%1 training loss").arg(model), tr("%1 validation loss").arg(model),
                         data.value(QStringLiteral("epoch")).toDouble(), data.value(QStringLiteral("loss")).toDouble(),
                         data.value(QStringLiteral("val"), qQNaN()).toDouble());
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
    protocol_->setItemText(0, tr("automatic"));
    protocol_->setItemText(1, tr("shifted window (no leakage)"));
    protocol_->setItemText(2, tr("customer split"));
    protocol_->setToolTip(tr("Automatic takes the shifted window when its training cut leaves at least %1 customers "
                             "with history (and %2 % of all), and at least %3 who buy and %3 who do not in its "
                             "label period; otherwise the customer split.")
                              .arg(pipeline::ShiftedWindowRules::kMinTrainingCustomers)
                              .arg(100.0 * pipeline::ShiftedWindowRules::kMinTrainingShare)
                              .arg(pipeline::ShiftedWindowRules::kMinLabelOutcomes));
    modelsLabel_->setText(tr("Models:"));
    int i = 0;
    for (const ModelChoice &m : kModels)
        modelBoxes_[i++]->setText(tr(m.name));
    trainButton_->setText(tr("Train and evaluate"));
    cancelButton_->setText(tr("Cancel"));
    discountLabel_->setText(tr("Discount rate:"));
    discount_->setSuffix(tr(" % a year"));
    discount_->setToolTip(tr("Annual discount rate of the value each model forecasts (the CLV column). "
                             "The scores compare undiscounted values with the revenue that came in."));
    lossChart_->setTexts(tr("Training loss of the neural nets, per epoch"), tr("Epoch"), tr("Loss (log scale)"),
                         tr("Loss (linear scale)"),
                         tr("The loss of each neural network appears here, epoch by epoch, while it trains."));
    updateOptionButtons();
    showUsedProtocol();
    leaderboard_->retranslate();
    if (jobId_ == 0 && leaderboard_->rowCount() == 0)
        status_->setText(!session_->isOpen()       ? tr("Open a project first.")
                         : stoppedByProjectChange_ ? tr("The training in progress was stopped because the project or "
                                                        "its data changed. Press Train and evaluate to start again.")
                                                   : tr("Choose the models and press Train and evaluate."));
}

} // namespace ltv::ui
