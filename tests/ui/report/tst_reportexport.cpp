// File > Export Report… of the main window: the action asks for a PDF path,
// runs the analysis in the background (the GUI thread keeps answering),
// writes the PDF with its sections (read back with pdftotext) and the HTML
// folder next to it, and reports success, failure or cancellation.

#include "DemoProjectFixture.h"
#include "GuiSuiteSetup.h"
#include "GuiThreadProbe.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "TestSupport.h"
#include "jobs/JobRunner.h"
#include "pages/ModelsPage.h"
#include "report/ReportExporter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ltv;

namespace {

QString pdfText(const QString &path)
{
    const auto r =
        test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    return r.exitCode == 0 ? r.out : QString();
}

// Answers the modal "Export Report" file dialog with path as soon as it shows.
void answerFileDialogWith(const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->deleteLater();
        timer->stop();
        // selectFile() leaves the name field alone while it has keyboard focus, which
        // depends on window activation timing: type the name into the field instead.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        auto *nameField = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (nameField)
            nameField->setText(QFileInfo(path).fileName());
        else
            dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which checks the name
    });
    timer->start();
}

QStringList filesIn(const QString &dir)
{
    QStringList files;
    for (const QFileInfo &e : QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        files << (e.isDir() ? filesIn(e.absoluteFilePath()) : QStringList{e.absoluteFilePath()});
    return files;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::setUpGuiSuiteInEnglish();
        QVERIFY(dir_.isValid());
        projectPath_ = test::buildDemoProjectIn(dir_);
    }

    void actionNeedsAProject()
    {
        ui::MainWindow window;
        QVERIFY(window.exportReportAction());
        QVERIFY(!window.exportReportAction()->isEnabled());
        QString error;
        QVERIFY(window.session()->open(projectPath_, false, &error));
        QVERIFY(window.exportReportAction()->isEnabled());
    }

    void htmlFolderGoesNextToThePdf()
    {
        QCOMPARE(ui::report::ReportExporter::htmlDirFor(QStringLiteral("/tmp/x/shop report.pdf")),
                 QStringLiteral("/tmp/x/shop report-html"));
    }

    void exportWritesPdfWithSectionsAndHtml()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(window.session()->open(projectPath_, false, &error));
        configureModels(window);

        const QString pdf = dir_.filePath(QStringLiteral("out/shop report.pdf"));
        QVERIFY(QDir().mkpath(dir_.filePath(QStringLiteral("out"))));
        QSignalSpy written(window.reportExporter(), &ui::report::ReportExporter::succeeded);

        // The GUI thread keeps answering while the analysis runs in the worker.
        test::GuiThreadProbe probe(false);
        // Drawing and writing the files runs on the GUI thread by design: the probe covers the analysis.
        connect(window.reportExporter(), &ui::report::ReportExporter::writingFiles, probe.timer(), &QTimer::stop);

        answerFileDialogWith(pdf);
        window.exportReportAction()->trigger(); // returns once the dialog is answered and the job started
        QVERIFY(window.reportExporter()->isRunning());
        QVERIFY(!window.exportReportAction()->isEnabled()); // one export at a time
        QVERIFY(window.jobRunner()->isRunning());
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(!window.reportExporter()->isRunning(), 300000);
        QVERIFY(!probe.isActive());
        QVERIFY2(probe.problem().isEmpty(), qPrintable(probe.problem()));
        QCOMPARE(written.count(), 1);
        QVERIFY(window.exportReportAction()->isEnabled());

        // Success is reported with both outputs.
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("reportWrittenBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath())),
                 qPrintable(box->text()));
        box->close();

        QVERIFY(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the report");
        for (const char *title :
             {"Customer lifetime value report", "Data summary and quality", "Model leaderboard", "Key charts",
              "ROC curves of the churn predictions", "Predicted and actual value by decile", "Cumulative gain",
              "Segments and actions", "Budget plan", "Settings"})
            QVERIFY2(text.contains(QString::fromUtf8(title)), title);
        // The data and the Models page's settings are what the report shows.
        QVERIFY(text.contains(QStringLiteral("demo.ltv")));
        QVERIFY(text.contains(QStringLiteral("2,357")));
        QVERIFY(text.contains(QStringLiteral("1997-12-31")));
        QVERIFY(text.contains(QStringLiteral("BG/NBD")));
        QVERIFY2(text.contains(QStringLiteral("12.5%")), "the Models page's discount rate");

        const QString html = dir_.filePath(QStringLiteral("out/shop report-html"));
        QVERIFY(QFile::exists(html + QStringLiteral("/index.html")));
        QVERIFY(QFile::exists(html + QStringLiteral("/charts/roc.png")));
    }

    void cancelLeavesNoFile()
    {
        ui::MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.session()->open(projectPath_, false, &error));
        configureModels(window);
        QTemporaryDir out;
        QSignalSpy cancelled(window.reportExporter(), &ui::report::ReportExporter::cancelled);
        QSignalSpy written(window.reportExporter(), &ui::report::ReportExporter::succeeded);
        window.exportReportTo(out.filePath(QStringLiteral("report.pdf")));
        QVERIFY(window.reportExporter()->isRunning());
        // The Cancel button of the status bar's jobs panel.
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.reportExporter()->isRunning(), 120000);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(written.count(), 0);
        QVERIFY2(filesIn(out.path()).isEmpty(), qPrintable(filesIn(out.path()).join(QLatin1Char(' '))));
        QVERIFY(window.exportReportAction()->isEnabled());
    }

    void failureIsReported()
    {
        ui::MainWindow window;
        window.show();
        QString error;
        QVERIFY(window.session()->open(projectPath_, false, &error));
        configureModels(window);
        // A calibration end on the last day of data leaves no holdout: the analysis refuses it.
        auto *models = qobject_cast<ui::ModelsPage *>(window.page(QStringLiteral("models")));
        Day last = 0;
        QVERIFY(dayFromIso(QStringLiteral("1998-06-30"), &last));
        models->setCalibrationEnd(last);
        QTemporaryDir out;
        QSignalSpy failed(window.reportExporter(), &ui::report::ReportExporter::failed);
        window.exportReportTo(out.filePath(QStringLiteral("report.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.reportExporter()->isRunning(), 60000);
        QCOMPARE(failed.count(), 1);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("reportFailedBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("1998-06-30")), qPrintable(box->text()));
        QVERIFY(filesIn(out.path()).isEmpty());
        QVERIFY(window.exportReportAction()->isEnabled());
        box->close();
    }

private:
    // A quick comparison: two models on a 26-week horizon ending 1997-12-31, discounted at 12.5 % a year.
    static void configureModels(ui::MainWindow &window)
    {
        auto *models = qobject_cast<ui::ModelsPage *>(window.page(QStringLiteral("models")));
        QVERIFY(models);
        Day end = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &end));
        models->setCalibrationEnd(end);
        models->setHorizonWeeks(26);
        models->setSelectedModels({QStringLiteral("bgnbd"), QStringLiteral("linear")});
        models->setAnnualDiscountRate(0.125); // not the Preferences' 10 %
    }

    QTemporaryDir dir_;
    QString projectPath_;
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
