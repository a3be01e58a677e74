#include "MainWindow.h"

#include "EvaluationSession.h"
#include "LanguageManager.h"
#include "ProjectController.h"
#include "ProjectSession.h"
#include "Settings.h"
#include "dialogs/PreferencesDialog.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsPanel.h"
#include "models/LeaderboardModel.h"
#include "models/ModelRegistry.h"
#include "pages/CustomersPage.h"
#include "pages/DataPage.h"
#include "pages/EvaluationPage.h"
#include "pages/ModelsPage.h"
#include "pages/PlaceholderPage.h"
#include "pages/RecommendationsPage.h"
#include "pages/SegmentsPage.h"
#include "pages/WelcomePage.h"
#include "pages/segments/SegmentsSession.h"
#include "report/ReportExporter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

namespace ltv::ui {

namespace {

struct PageInfo
{
    const char *id;
    const char *title;
    const char *description;
};

// Page titles and what each page will hold, translated in the "PageTexts" context.
const PageInfo kPages[] = {
    {"welcome", QT_TRANSLATE_NOOP("PageTexts", "Start"), nullptr},
    {"data", QT_TRANSLATE_NOOP("PageTexts", "Data"),
     QT_TRANSLATE_NOOP("PageTexts",
                       "Import transaction files into the project and inspect them: the transactions and customers "
                       "tables, the import history, the data-quality report and the cohort table.")},
    {"models", QT_TRANSLATE_NOOP("PageTexts", "Models"),
     QT_TRANSLATE_NOOP("PageTexts",
                       "Choose the calibration end, horizon, time unit and discount rate, then train buy-till-you-die "
                       "and machine-learning models in the background and compare them in a leaderboard.")},
    {"evaluation", QT_TRANSLATE_NOOP("PageTexts", "Evaluation"),
     QT_TRANSLATE_NOOP("PageTexts",
                       "Judge every model on the time-based holdout: ROC curves, confusion matrix, decile and lift "
                       "charts, calibration, tracking and the LTV distribution.")},
    {"segments", QT_TRANSLATE_NOOP("PageTexts", "Segments"),
     QT_TRANSLATE_NOOP("PageTexts",
                       "Group customers by RFM scores, by predicted value and churn risk, and by behaviour clusters, "
                       "with sizes and value for each segment.")},
    {"recommendations", QT_TRANSLATE_NOOP("PageTexts", "Recommendations"),
     QT_TRANSLATE_NOOP("PageTexts",
                       "Turn segments into marketing actions: the playbook, budget allocation with expected return, "
                       "the retention list, cross-sell suggestions and the inventory signal.")},
    {"customers", QT_TRANSLATE_NOOP("PageTexts", "Customers"),
     QT_TRANSLATE_NOOP("PageTexts",
                       "Look up any customer: predicted lifetime value, probability of being alive, churn risk, "
                       "segment and action, with the purchase history behind them.")},
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , jobRunner_(new JobRunner(this))
    , session_(new ProjectSession(this))
    , projects_(new ProjectController(session_, jobRunner_, this))
    , evaluation_(new EvaluationSession(this))
    , jobsPanel_(new JobsPanel(jobRunner_, this))
    , reportExporter_(new report::ReportExporter(jobRunner_, this))
    , navigation_(new QListWidget(this))
    , stack_(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ltv-studio.svg")));
    setAcceptDrops(true);
    navigation_->setObjectName(QStringLiteral("navigation"));
    navigation_->setIconSize(QSize(20, 20));
    navigation_->setSpacing(2);
    navigation_->setMinimumWidth(170);
    navigation_->setMaximumWidth(200);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(navigation_);
    splitter->addWidget(stack_);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({190, 1090});
    setCentralWidget(splitter);

    statusBar()->addPermanentWidget(jobsPanel_);
    createPages();
    createMenus();
    connect(projects_, &ProjectController::showPageRequested, this, &MainWindow::showPage);
    connect(session_, &ProjectSession::projectChanged, this, &MainWindow::retranslate);
    connect(session_, &ProjectSession::projectChanged, evaluation_, &EvaluationSession::clear);
    connect(session_, &ProjectSession::projectChanged, this, &MainWindow::updateActions);
    connect(reportExporter_, &report::ReportExporter::runningChanged, this, &MainWindow::updateActions);
    connect(reportExporter_, &report::ReportExporter::succeeded, this, &MainWindow::reportWritten);
    connect(reportExporter_, &report::ReportExporter::failed, this, &MainWindow::reportFailed);
    connect(reportExporter_, &report::ReportExporter::writingFiles, this, [this] {
        // The GUI thread is busy until the files are written: show why now.
        statusBar()->showMessage(tr("Drawing the charts and writing the report files…"));
        statusBar()->repaint();
    });
    connect(reportExporter_, &report::ReportExporter::cancelled, this,
            [this] { statusBar()->showMessage(tr("The report was cancelled."), 10000); });
    connect(&Settings::instance(), &Settings::recentProjectsChanged, this, &MainWindow::updateRecentMenu);
    connect(navigation_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
    navigation_->setCurrentRow(0);
    retranslate();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageIds()
{
    QStringList ids;
    for (const PageInfo &p : kPages)
        ids << QString::fromLatin1(p.id);
    return ids;
}

QWidget *MainWindow::createPage(const QString &id)
{
    if (id == u"welcome") {
        welcomePage_ = new WelcomePage(stack_);
        connect(welcomePage_, &WelcomePage::openDemoRequested, projects_, &ProjectController::openDemo);
        connect(welcomePage_, &WelcomePage::newProjectRequested, projects_, &ProjectController::newProject);
        connect(welcomePage_, &WelcomePage::openProjectRequested, projects_, &ProjectController::openProject);
        connect(welcomePage_, &WelcomePage::importRequested, projects_, [this] { projects_->importCsv(); });
        connect(welcomePage_, &WelcomePage::recentProjectActivated, projects_, &ProjectController::openProjectFile);
        return welcomePage_;
    }
    if (id == u"data") {
        dataPage_ = new DataPage(session_, jobRunner_, stack_);
        connect(dataPage_, &DataPage::importRequested, projects_, [this] { projects_->importCsv(); });
        return dataPage_;
    }
    if (id == u"models") {
        modelsPage_ = new ModelsPage(session_, evaluation_, jobRunner_, stack_);
        return modelsPage_;
    }
    if (id == u"evaluation")
        return new EvaluationPage(evaluation_, stack_);
    if (id == u"segments" || id == u"recommendations" || id == u"customers") {
        // The three pages share one segment computation.
        auto *shared = findChild<SegmentsSession *>();
        if (!shared)
            shared = new SegmentsSession(session_, jobRunner_, this);
        if (id == u"segments")
            return new SegmentsPage(shared, stack_);
        if (id == u"recommendations")
            return new RecommendationsPage(shared, stack_);
        return new CustomersPage(shared, stack_);
    }
    return nullptr;
}

void MainWindow::createPages()
{
    for (const PageInfo &p : kPages) {
        QWidget *page = createPage(QString::fromLatin1(p.id));
        if (!page)
            page = new PlaceholderPage(p.title, p.description, stack_);
        page->setObjectName(QString::fromLatin1(p.id) + QStringLiteral("Page"));
        stack_->addWidget(page);
        auto *item = new QListWidgetItem(navigation_);
        item->setData(Qt::UserRole, QString::fromLatin1(p.id));
        item->setSizeHint(QSize(0, 36));
    }
}

void MainWindow::createMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    newAction_ = fileMenu_->addAction(QString(), QKeySequence::New, projects_, &ProjectController::newProject);
    openAction_ = fileMenu_->addAction(QString(), QKeySequence::Open, projects_, &ProjectController::openProject);
    recentMenu_ = fileMenu_->addMenu(QString());
    saveAsAction_ = fileMenu_->addAction(QString(), QKeySequence::SaveAs, projects_, &ProjectController::saveProjectAs);
    fileMenu_->addSeparator();
    importAction_ = fileMenu_->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_I), projects_,
                                         [this] { projects_->importCsv(); });
    demoAction_ = fileMenu_->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), projects_,
                                       &ProjectController::openDemo);
    fileMenu_->addSeparator();
    exportReportAction_ =
        fileMenu_->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::exportReport);
    exportReportAction_->setObjectName(QStringLiteral("exportReportAction"));
    fileMenu_->addSeparator();
    preferencesAction_ = fileMenu_->addAction(QString(), QKeySequence::Preferences, this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    quitAction_ = fileMenu_->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    viewMenu_ = menuBar()->addMenu(QString());
    for (int i = 0; i < stack_->count(); ++i) {
        QAction *action = viewMenu_->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { navigation_->setCurrentRow(i); });
        pageActions_ << action;
    }
    viewMenu_->addSeparator();
    languageMenu_ = viewMenu_->addMenu(QString());
    languageGroup_ = new QActionGroup(this);
    for (const QString &language : LanguageManager::availableLanguages()) {
        QAction *action = languageMenu_->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == LanguageManager::instance().language());
        languageGroup_->addAction(action);
        connect(action, &QAction::triggered, this, [language] {
            LanguageManager::instance().setLanguage(language);
            Settings::instance().setLanguage(language);
        });
    }

    helpMenu_ = menuBar()->addMenu(QString());
    aboutAction_ = helpMenu_->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(session_->isOpen() ? tr("%1 — LTV Studio").arg(session_->displayName()) : tr("LTV Studio"));
    fileMenu_->setTitle(tr("&File"));
    newAction_->setText(tr("&New Project…"));
    openAction_->setText(tr("&Open Project…"));
    recentMenu_->setTitle(tr("Open &Recent"));
    saveAsAction_->setText(tr("Save Project &As…"));
    saveAsAction_->setEnabled(session_->isOpen());
    importAction_->setText(tr("&Import CSV…"));
    demoAction_->setText(tr("Open &Demo Project"));
    exportReportAction_->setText(tr("&Export Report…"));
    exportReportAction_->setToolTip(
        tr("Write the LTV report of the project as a PDF and an HTML folder, with the settings of the Models page"));
    updateActions();
    preferencesAction_->setText(tr("&Preferences…"));
    quitAction_->setText(tr("&Quit"));
    viewMenu_->setTitle(tr("&View"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About LTV Studio"));
    int i = 0;
    for (const PageInfo &p : kPages) {
        const QString title = QCoreApplication::translate("PageTexts", p.title);
        navigation_->item(i)->setText(title);
        pageActions_[i]->setText(title);
        ++i;
    }
    for (QAction *action : languageGroup_->actions())
        action->setChecked(action->data().toString() == LanguageManager::instance().language());
    statusBar()->showMessage(tr("Ready"));
}

bool MainWindow::showPage(const QString &id)
{
    const int index = static_cast<int>(pageIds().indexOf(id));
    if (index < 0)
        return false;
    navigation_->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageId() const
{
    return pageIds().value(stack_->currentIndex());
}

QWidget *MainWindow::page(const QString &id) const
{
    const int index = static_cast<int>(pageIds().indexOf(id));
    return index < 0 ? nullptr : stack_->widget(index);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        renameComparedModels();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::renameComparedModels()
{
    // Core named the compared models in the language of the time they were trained.
    if (!evaluation_->hasResult())
        return;
    pipeline::EvaluationResult result = evaluation_->result();
    bool renamed = false;
    for (eval::LeaderboardRow &row : result.leaderboard.rows) {
        const std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(row.model);
        if (model && model->displayName() != row.displayName) {
            row.displayName = model->displayName();
            renamed = true;
        }
    }
    if (!renamed)
        return;
    if (modelsPage_)
        modelsPage_->leaderboardModel()->setLeaderboard(result.leaderboard);
    evaluation_->setResult(evaluation_->request(), std::move(result));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmCloseWithRunningJobs()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::updateRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = Settings::instance().recentProjects();
    for (const QString &path : recent)
        recentMenu_->addAction(QDir::toNativeSeparators(path), projects_,
                               [this, path] { projects_->openProjectFile(path); });
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    projects_->openFile(urls.first().toLocalFile());
}

bool MainWindow::confirmCloseWithRunningJobs()
{
    if (!jobRunner_->isRunning())
        return true;
    const auto answer = QMessageBox::question(this, tr("Jobs are running"),
                                              tr("%n background job(s) still running. Cancel them and close?", nullptr,
                                                 static_cast<int>(jobRunner_->jobs().size())),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    jobRunner_->cancelAll();
    // Core work checks the cancel flag at least every few thousand rows, so this is short.
    jobRunner_->waitForIdle(10000);
    return true;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::updateActions()
{
    exportReportAction_->setEnabled(session_->isOpen() && !reportExporter_->isRunning());
}

void MainWindow::exportReport()
{
    if (!session_->isOpen())
        return;
    const QFileInfo project(session_->path());
    QFileDialog dialog(this, tr("Export Report"),
                       project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral("-report.pdf")),
                       tr("PDF files (*.pdf)"));
    dialog.setObjectName(QStringLiteral("exportReportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportReportTo(dialog.selectedFiles().constFirst());
}

void MainWindow::exportReportTo(const QString &pdfPath)
{
    if (!session_->isOpen() || pdfPath.isEmpty())
        return;
    report::ReportSettings settings;
    if (modelsPage_) {
        const pipeline::EvaluationRequest request = modelsPage_->request();
        settings.analysis.calibrationEnd = request.calibrationEnd;
        settings.analysis.horizonDays = request.horizonDays;
        settings.analysis.unit = request.unit;
        settings.analysis.protocol = request.protocol;
        if (!request.models.isEmpty())
            settings.analysis.models = request.models;
        settings.analysis.modelOptions = request.modelOptions;
        settings.analysis.annualDiscountRate = request.annualDiscountRate;
    } else {
        settings.analysis.annualDiscountRate = Settings::instance().defaultAnnualDiscountRate();
    }
    settings.pdfPath = pdfPath;
    settings.htmlDir = report::ReportExporter::htmlDirFor(pdfPath);
    statusBar()->showMessage(tr("Writing the report…"));
    reportExporter_->start(session_->path(), session_->displayName(), settings);
}

void MainWindow::reportWritten(const report::ReportOutput &output)
{
    const QString pdf = QDir::toNativeSeparators(output.pdfPath);
    const QString html = QDir::toNativeSeparators(output.htmlIndex);
    statusBar()->showMessage(tr("Report written: %1").arg(pdf), 15000);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Report written"),
                                tr("The report was written to\n%1\n\nand as a web page to\n%2").arg(pdf, html),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("reportWrittenBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("Open PDF"), QMessageBox::ActionRole);
    connect(open, &QPushButton::clicked, this,
            [path = output.pdfPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    box->open();
}

void MainWindow::reportFailed(const QString &message)
{
    statusBar()->showMessage(tr("The report could not be written."), 15000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Report not written"),
                                tr("The report could not be written:\n%1").arg(message), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("reportFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LTV Studio"),
                       tr("<h3>LTV Studio %1</h3>"
                          "<p>Customer lifetime value prediction for e-commerce analysts: buy-till-you-die models "
                          "and machine learning, evaluated honestly on a time-based holdout.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace ltv::ui
