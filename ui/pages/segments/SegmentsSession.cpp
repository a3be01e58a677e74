#include "pages/segments/SegmentsSession.h"

#include "ProjectSession.h"
#include "Settings.h"
#include "jobs/JobRunner.h"
#include "jobs/ProjectStamp.h"
#include "store/Project.h"
#include "store/ProjectSettings.h"

namespace ltv::ui {

namespace {
// SQLite's primary result codes for a lock held by another connection
// (SQLITE_BUSY, SQLITE_LOCKED); SqlError carries the extended code.
bool isLockError(const store::SqlError &error)
{
    const int primary = error.code() & 0xff;
    return primary == 5 || primary == 6;
}
constexpr int kGuiBusyTimeoutMs = 100;      // the longest the GUI thread waits for the write lock
constexpr int kDefaultBusyTimeoutMs = 5000; // store::Database's own
constexpr int kRetryMs = 1000;
} // namespace

SegmentsSession::SegmentsSession(ProjectSession *project, JobRunner *runner, QObject *parent)
    : QObject(parent)
    , project_(project)
    , runner_(runner)
    , options_(defaultOptions())
    , rules_(segments::defaultRfmRules())
    , rfmPlaybook_(segments::defaultRfmPlaybook())
    , valueRiskPlaybook_(segments::defaultValueRiskPlaybook())
{
    retry_.setSingleShot(true);
    retry_.setInterval(kRetryMs);
    connect(&retry_, &QTimer::timeout, this, &SegmentsSession::flushSettings);
    connect(project_, &ProjectSession::projectChanged, this, [this] {
        options_ = defaultOptions();
        // Edits still waiting for a lock belonged to the previous file.
        pending_.clear();
        retry_.stop();
        invalidate();
        loadSettings();
    });
    connect(project_, &ProjectSession::dataChanged, this, &SegmentsSession::invalidate);
    // A computation cancelled from the jobs panel ends without a result.
    connect(runner_, &JobRunner::jobFinished, this, [this](quint64 id, JobRunner::Outcome outcome) {
        if (id == jobId_ && computing_ && outcome == JobRunner::Outcome::Cancelled) {
            computing_ = false;
            failedForCurrent_ = true;
            error_ = tr("The computation was cancelled.");
            emit failed(error_);
        }
    });
    loadSettings();
}

SegmentsOptions SegmentsSession::defaultOptions()
{
    SegmentsOptions options;
    options.horizonWeeks = Settings::instance().defaultHorizonWeeks();
    options.annualDiscountRate = Settings::instance().defaultAnnualDiscountRate();
    return options;
}

void SegmentsSession::invalidate()
{
    // A computation for the old project or data would deliver the old numbers: stop it.
    if (computing_) {
        const quint64 id = jobId_;
        computing_ = false;
        jobId_ = 0;
        runner_->cancel(id);
    }
    data_.reset();
    rfm_ = {};
    valueRisk_ = {};
    failedForCurrent_ = false;
    error_.clear();
    emit cleared();
}

void SegmentsSession::loadSettings()
{
    segments::SegmentSettings settings;
    settingsProblems_.clear();
    if (project_->isOpen()) {
        try {
            settings = segments::loadSegmentSettings(project_->project().database(), &settingsProblems_);
        } catch (const std::exception &e) {
            settingsProblems_ << tr("The project's segment settings cannot be read, so the defaults are used: %1")
                                     .arg(QString::fromUtf8(e.what()));
        }
    }
    rules_ = settings.rfmRules;
    grid_ = settings.grid;
    rfmPlaybook_ = settings.rfmPlaybook;
    valueRiskPlaybook_ = settings.valueRiskPlaybook;
    rescoreRfm();
    regrid();
    emit settingsReplaced();
    for (const QString &problem : std::as_const(settingsProblems_))
        emit settingsProblem(problem);
}

void SegmentsSession::compute(const SegmentsOptions &options)
{
    if (!project_->isOpen())
        return;
    options_ = options;
    computing_ = true;
    failedForCurrent_ = false;
    const QString path = project_->path();
    const ProjectStamp stamp = ProjectStamp::of(*project_);
    emit computationStarted();
    jobId_ = runner_->run<SegmentsData>(
        QStringLiteral("segments"), tr("Segments and recommendations"),
        [path, options](const pipeline::JobContext &job) { return computeSegments(path, options, job); }, this,
        [this, stamp](SegmentsData result) {
            if (!stamp.isCurrent(*project_))
                return; // computed for a project (or data) no longer open
            computing_ = false;
            if (!result.run.ok()) {
                error_ = result.run.error;
                failedForCurrent_ = true;
                emit failed(error_);
                return;
            }
            error_.clear();
            data_ = std::make_shared<const SegmentsData>(std::move(result));
            rfm_ = segments::scoreRfm(data_->rfmInputs, rules_);
            valueRisk_ = segments::valueRiskGrid(data_->run.predictions, grid_);
            emit computed();
        },
        [this, stamp](const QString &message) {
            if (!stamp.isCurrent(*project_))
                return;
            computing_ = false;
            error_ = message;
            failedForCurrent_ = true;
            emit failed(message);
        });
}

void SegmentsSession::ensureComputed()
{
    if (project_->isOpen() && !data_ && !computing_ && !failedForCurrent_)
        compute(options_);
}

void SegmentsSession::rescoreRfm()
{
    rfm_ = data_ ? segments::scoreRfm(data_->rfmInputs, rules_) : segments::RfmResult{};
    emit rfmChanged();
}

void SegmentsSession::regrid()
{
    valueRisk_ = data_ ? segments::valueRiskGrid(data_->run.predictions, grid_) : segments::ValueRiskResult{};
    emit valueRiskChanged();
}

void SegmentsSession::setRules(const segments::RfmRuleTable &rules)
{
    // A renamed rule keeps its playbook row: rename the row with it.
    QString renamedFrom, renamedTo;
    int renamed = 0;
    if (rules.rules.size() == rules_.rules.size())
        for (qsizetype i = 0; i < rules.rules.size(); ++i)
            if (rules.rules[i].name != rules_.rules[i].name) {
                renamedFrom = rules_.rules[i].name;
                renamedTo = rules.rules[i].name;
                ++renamed;
            }
    rules_ = rules;
    rescoreRfm();
    saveSetting(segments::rfmRulesSettingsKey(), rules_.toJsonObject());
    if (renamed == 1 && !rfmPlaybook_.find(renamedTo)) {
        for (segments::PlaybookEntry &entry : rfmPlaybook_.entries)
            if (entry.segment == renamedFrom) {
                entry.segment = renamedTo;
                setRfmPlaybook(rfmPlaybook_);
                emit playbookReplaced();
                break;
            }
    }
}

void SegmentsSession::setGrid(const segments::ValueRiskConfig &grid)
{
    grid_ = grid;
    regrid();
    saveSetting(segments::valueRiskGridSettingsKey(), grid_.toJsonObject());
}

void SegmentsSession::setRfmPlaybook(const segments::Playbook &playbook)
{
    rfmPlaybook_ = playbook;
    emit playbookChanged();
    saveSetting(segments::rfmPlaybookSettingsKey(), rfmPlaybook_.toJsonObject());
}

void SegmentsSession::setValueRiskPlaybook(const segments::Playbook &playbook)
{
    valueRiskPlaybook_ = playbook;
    emit playbookChanged();
    saveSetting(segments::valueRiskPlaybookSettingsKey(), valueRiskPlaybook_.toJsonObject());
}

void SegmentsSession::resetRules()
{
    rules_ = segments::defaultRfmRules();
    rescoreRfm();
    emit settingsReplaced();
    saveSetting(segments::rfmRulesSettingsKey(), std::nullopt);
}

void SegmentsSession::resetGrid()
{
    grid_ = {};
    regrid();
    emit settingsReplaced();
    saveSetting(segments::valueRiskGridSettingsKey(), std::nullopt);
}

void SegmentsSession::resetRfmPlaybook()
{
    rfmPlaybook_ = segments::defaultRfmPlaybook();
    emit playbookChanged();
    emit settingsReplaced();
    saveSetting(segments::rfmPlaybookSettingsKey(), std::nullopt);
}

void SegmentsSession::resetValueRiskPlaybook()
{
    valueRiskPlaybook_ = segments::defaultValueRiskPlaybook(grid_);
    emit playbookChanged();
    emit settingsReplaced();
    saveSetting(segments::valueRiskPlaybookSettingsKey(), std::nullopt);
}

void SegmentsSession::resetToDefaults()
{
    rules_ = segments::defaultRfmRules();
    grid_ = {};
    rfmPlaybook_ = segments::defaultRfmPlaybook();
    valueRiskPlaybook_ = segments::defaultValueRiskPlaybook();
    rescoreRfm();
    regrid();
    emit playbookChanged();
    emit settingsReplaced();
    for (const QString &key : {segments::rfmRulesSettingsKey(), segments::valueRiskGridSettingsKey(),
                               segments::rfmPlaybookSettingsKey(), segments::valueRiskPlaybookSettingsKey()})
        pending_[key] = std::nullopt;
    flushSettings();
}

void SegmentsSession::saveSetting(const QString &key, std::optional<QJsonObject> value)
{
    pending_[key] = std::move(value);
    flushSettings();
}

bool SegmentsSession::flushSettings()
{
    if (pending_.empty())
        return true;
    if (!project_->isOpen()) {
        pending_.clear();
        return true;
    }
    // One small write on the GUI thread's connection: well under a
    // millisecond in WAL mode. When an import or another writer holds the
    // lock, wait briefly and retry later rather than freeze the window.
    store::Database &db = project_->project().database();
    db.setBusyTimeout(kGuiBusyTimeoutMs);
    try {
        store::Transaction transaction(db);
        store::ProjectSettings settings(db);
        for (const auto &[key, value] : pending_) {
            if (value)
                settings.setObject(key, *value);
            else
                settings.remove(key);
        }
        transaction.commit();
        pending_.clear();
    } catch (const store::SqlError &e) {
        if (isLockError(e)) {
            retry_.start();
        } else {
            pending_.clear();
            const QString message =
                tr("The segment settings could not be saved in the project: %1").arg(QString::fromUtf8(e.what()));
            settingsProblems_ << message;
            emit settingsProblem(message);
        }
    }
    db.setBusyTimeout(kDefaultBusyTimeoutMs);
    return pending_.empty();
}

} // namespace ltv::ui
