// Wizard steps 4 and 5: run the import in the background, then report.

#include "dialogs/ImportWizard.h"
#include "dialogs/import/ImportPages.h"

#include "LanguageManager.h"
#include "io/Importer.h"
#include "jobs/JobRunner.h"
#include "store/Project.h"
#include "widgets/DataTableView.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ltv::ui {

// ----------------------------------------------------------------- run page

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , wizard_(wizard)
    , status_(new QLabel(this))
    , progress_(new QProgressBar(this))
    , cancel_(new QPushButton(this))
{
    progress_->setObjectName(QStringLiteral("importProgress"));
    cancel_->setObjectName(QStringLiteral("cancelImportButton"));
    progress_->setRange(0, 1000);
    status_->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addWidget(progress_);
    layout->addWidget(cancel_, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(cancel_, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(wizard_->runner(), &JobRunner::jobProgress, this, [this](quint64 id, double fraction, const QString &) {
        if (id == jobId_)
            progress_->setValue(static_cast<int>(fraction * 1000.0));
    });
    connect(wizard_->runner(), &JobRunner::jobFinished, this,
            [this](quint64 id, JobRunner::Outcome outcome, const QString &message) {
                if (id != jobId_)
                    return;
                jobId_ = 0;
                cancel_->setEnabled(false);
                if (outcome == JobRunner::Outcome::Cancelled) {
                    status_->setText(tr("The import was cancelled. The project is exactly as it was before."));
                    progress_->setValue(0);
                } else if (outcome == JobRunner::Outcome::Failed) {
                    status_->setText(tr("The import failed and wrote nothing: %1").arg(message));
                }
                emit finished();
            });
    retranslate();
}

void ImportRunPage::initializePage()
{
    done_ = false;
    progress_->setValue(0);
    cancel_->setEnabled(true);
    status_->setText(tr("Importing %1…").arg(wizard_->sourceFile()));
    const QString projectPath = wizard_->projectPath();
    const QString source = wizard_->sourceFile();
    const io::ImportOptions options = wizard_->options();
    jobId_ = wizard_->runner()->run<io::ImportReport>(
        QStringLiteral("import"), tr("Importing"),
        [projectPath, source, options](const pipeline::JobContext &job) {
            store::Project project = store::Project::open(projectPath, true);
            return io::importTransactions(project, source, options, job);
        },
        this,
        [this](io::ImportReport report) {
            done_ = true;
            progress_->setValue(1000);
            wizard_->setReport(std::move(report));
            emit completeChanged();
            wizard_->next();
        },
        [](const QString &) {});
}

void ImportRunPage::cleanupPage()
{
    cancel();
}

void ImportRunPage::cancel()
{
    if (jobId_ != 0)
        wizard_->runner()->cancel(jobId_);
}

bool ImportRunPage::isComplete() const
{
    return done_;
}

void ImportRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportRunPage::retranslate()
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The import runs in the background. Cancel leaves the project unchanged."));
    cancel_->setText(tr("Cancel import"));
}

// ------------------------------------------------------------- summary page

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , wizard_(wizard)
    , counts_(new QLabel(this))
    , rejected_(new QStandardItemModel(this))
    , view_(new DataTableView(this))
    , save_(new QPushButton(this))
{
    counts_->setObjectName(QStringLiteral("importCounts"));
    counts_->setWordWrap(true);
    counts_->setTextFormat(Qt::RichText);
    view_->setModel(rejected_);
    view_->verticalHeader()->hide();
    save_->setObjectName(QStringLiteral("saveRejectedButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(counts_);
    layout->addWidget(view_, 1);
    layout->addWidget(save_, 0, Qt::AlignLeft);
    connect(save_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"),
                                                          QStringLiteral("rejected.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveRejected(path, &error))
            QMessageBox::warning(this, tr("Save failed"), error);
    });
    setFinalPage(true);
    retranslate();
}

void ImportSummaryPage::initializePage()
{
    const io::ImportReport &r = wizard_->report();
    const QLocale locale = LanguageManager::instance().locale();
    const auto n = [&locale](std::int64_t v) { return locale.toString(static_cast<qlonglong>(v)); };
    QString text;
    if (r.failed()) {
        text = QStringLiteral("<p style='color:#b00020'><b>%1</b> %2</p>")
                   .arg(tr("Nothing was imported.").toHtmlEscaped(), r.error.toHtmlEscaped());
    } else if (r.alreadyImported) {
        text = QStringLiteral("<p><b>%1</b></p>")
                   .arg(tr("This file was imported before; nothing was added.").toHtmlEscaped());
    }
    text += tr("<table cellspacing='6'>"
               "<tr><td>Rows read</td><td align='right'><b>%1</b></td></tr>"
               "<tr><td>Imported</td><td align='right'><b>%2</b></td></tr>"
               "<tr><td>Rejected</td><td align='right'><b>%3</b></td></tr>"
               "<tr><td>Duplicates (already in the project)</td><td align='right'><b>%4</b></td></tr>"
               "<tr><td>Returns among the imported rows</td><td align='right'>%5</td></tr>"
               "<tr><td>New customers</td><td align='right'>%6</td></tr>"
               "</table>")
                .arg(n(r.rowsRead), n(r.rowsImported), n(r.rowsRejected), n(r.rowsDuplicate), n(r.returns),
                     n(r.customersAdded));
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("Read as %1, delimiter %2, dates %3.")
                         .arg(r.encoding, r.delimiter, r.dateFormat.isEmpty() ? tr("not needed") : r.dateFormat)
                         .toHtmlEscaped());
    counts_->setText(text);

    rejected_->clear();
    rejected_->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    for (const io::RejectedRow &row : r.rejected) {
        auto *line = new QStandardItem;
        line->setData(static_cast<qlonglong>(row.line), Qt::DisplayRole);
        rejected_->appendRow({line, new QStandardItem(row.column), new QStandardItem(row.reason)});
    }
    view_->resizeColumnToContents(0);
    view_->resizeColumnToContents(1);
    view_->setVisible(!r.rejected.empty());
    save_->setEnabled(!r.rejected.empty());
}

bool ImportSummaryPage::saveRejected(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(wizard_->report().rejectedToCsv().toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ImportSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportSummaryPage::retranslate()
{
    setTitle(tr("Import summary"));
    setSubTitle(tr("Every row read is imported, rejected with its reason, or a duplicate."));
    save_->setText(tr("Save rejected rows as CSV…"));
}

} // namespace ltv::ui
