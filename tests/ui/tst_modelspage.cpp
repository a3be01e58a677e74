// The Models page: train BG/NBD and XGBoost on the demo project in the
// background and show the leaderboard that core computes; the GUI thread
// stays responsive while models train. The discount rate and each model's
// options chosen on the page reach core's training, and the project keeps them.

#include "LanguageManager.h"
#include "ModelsPageHarness.h"
#include "PredictionFixtures.h"
#include "eval/Leaderboard.h"
#include "models/LeaderboardModel.h"
#include "pages/models/ModelOptionsDialog.h"
#include "pages/models/TrainingLossChart.h"
#include "pipeline/Evaluation.h"
#include "store/Project.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace ltv;

namespace {

const models::Predictions *predictionsOf(const pipeline::EvaluationResult &result, const QString &id)
{
    for (const models::Predictions &p : result.predictions)
        if (p.model == id)
            return &p;
    return nullptr;
}

bool sameValues(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1e-9 * std::max(1.0, std::abs(b[i])))
            return false;
    return true;
}

} // namespace

class TestModelsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        path_ = test::createDemoProject(dir_);
    }

    void trainsAndShowsCoresLeaderboard()
    {
        test::ModelsPageHarness harness(path_);
        QVERIFY2(harness.isOpen(), qPrintable(harness.error()));
        ui::ModelsPage &page = harness.page();
        page.show();
        QAbstractItemModelTester tester(page.leaderboardModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The default suggestion leaves room for the shifted window's two horizons.
        QCOMPARE(page.request().horizonDays, 32 * 7);
        QCOMPARE(isoFromDay(page.request().calibrationEnd), QStringLiteral("1997-11-18"));
        // Before any network trains, the loss chart shows a note rather than empty axes.
        QVERIFY(page.lossChart()->isEmpty());
        QVERIFY(!page.lossChart()->emptyNote().isEmpty());
        for (const QAbstractAxis *axis : page.lossChart()->axes())
            QVERIFY(!axis->isVisible());

        harness.useStandardWindow({QStringLiteral("bgnbd"), QStringLiteral("xgboost")});
        const pipeline::EvaluationRequest request = page.request();
        Day calibrationEnd = 0;
        QVERIFY(dayFromIso(QStringLiteral("1997-12-31"), &calibrationEnd));
        QCOMPARE(request.calibrationEnd, calibrationEnd);
        QCOMPARE(request.horizonDays, 26 * 7);
        QCOMPARE(request.models, (QStringList{QStringLiteral("bgnbd"), QStringLiteral("xgboost")}));
        // The protocol is chosen automatically unless the analyst picks one.
        QCOMPARE(request.protocol, pipeline::TrainingProtocol::Automatic);
        auto *used = page.findChild<QLabel *>(QStringLiteral("trainingProtocolUsed"));
        QVERIFY(used);
        QVERIFY(used->text().isEmpty());

        const test::TrainingRun run = harness.trainAndProbe(240000);
        QVERIFY(run.started);
        QVERIFY(run.finished);
        QVERIFY2(run.guiProblem.isEmpty(), qPrintable(run.guiProblem));
        QVERIFY(harness.evaluation().hasResult());

        auto *model = page.leaderboardModel();
        QCOMPARE(model->rowCount(), 2);

        // The same evaluation computed directly in core gives the same numbers.
        const store::Project project = store::Project::open(path_, false);
        const pipeline::EvaluationResult direct =
            pipeline::runEvaluation(project.loadTransactionSet(), request, pipeline::JobContext());
        QCOMPARE(direct.leaderboard.rows.size(), std::size_t{2});
        const int giniColumn = model->columnOf(QStringLiteral("gini"));
        QVERIFY(giniColumn > 0);
        for (int r = 0; r < 2; ++r) {
            const double shown = model->index(r, giniColumn).data(Qt::UserRole).toDouble();
            const double core = direct.leaderboard.rows[static_cast<std::size_t>(r)].metric(QStringLiteral("gini"));
            QVERIFY2(std::abs(shown - core) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(core)));
        }
        // The best Gini is highlighted, and only there.
        const auto best = direct.leaderboard.best(QStringLiteral("gini"));
        QVERIFY(!best.empty());
        for (int r = 0; r < 2; ++r) {
            const bool isBest = std::find(best.begin(), best.end(), std::size_t(r)) != best.end();
            QCOMPARE(model->isBest(r, giniColumn), isBest);
            QCOMPARE(model->index(r, giniColumn).data(Qt::BackgroundRole).isValid(), isBest);
        }
        // No network trained: the note stays.
        QVERIFY(page.lossChart()->isEmpty());
        // The page names the protocol the ML rows used and why: 26 weeks before 1997-12-31 every
        // customer of the cohort has history, so the shifted window.
        QCOMPARE(used->text(), QStringLiteral("Used: ") + direct.data.protocol.describe());
        QVERIFY2(used->text().startsWith(QStringLiteral("Used: shifted window (chosen automatically: the shifted "
                                                        "window's training cut 1997-07-02 leaves 2357 customers")),
                 qPrintable(used->text()));
        // It follows a language switch without training again.
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY2(
            used->text().startsWith(QStringLiteral("实际使用：平移时间窗（自动选择：平移时间窗的训练截止日 1997-07-02 "
                                                   "之前有 2357 位有历史的客户")),
            qPrintable(used->text()));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(used->text().startsWith(QStringLiteral("Used: shifted window (chosen automatically: ")));
    }

    void discountRateReachesCore()
    {
        test::ModelsPageHarness harness(path_);
        QVERIFY2(harness.isOpen(), qPrintable(harness.error()));
        ui::ModelsPage &page = harness.page();
        harness.useStandardWindow({QStringLiteral("bgnbd"), QStringLiteral("linear")});

        // The analyst types 25 % a year into the field.
        auto *field = page.findChild<QDoubleSpinBox *>(QStringLiteral("annualDiscountRate"));
        QVERIFY(field);
        field->setValue(25.0);
        emit field->editingFinished();
        QCOMPARE(page.request().annualDiscountRate, 0.25);

        const test::TrainingRun run = harness.trainAndProbe(240000);
        QVERIFY(run.finished);
        QVERIFY(harness.evaluation().hasResult());
        QCOMPARE(harness.evaluation().request().annualDiscountRate, 0.25);
        const ui::LeaderboardModel *board = page.leaderboardModel();
        QCOMPARE(board->rowCount(), 2);
        QCOMPARE(board->annualDiscountRate(), 0.25);
        const int column = ui::LeaderboardModel::valueColumn();

        // Core at 25 % gives what the page shows; at 0 % it gives more.
        const store::Project project = store::Project::open(path_, false);
        const features::TransactionSet set = project.loadTransactionSet();
        pipeline::EvaluationRequest request = page.request();
        const pipeline::EvaluationResult at25 = pipeline::runEvaluation(set, request, pipeline::JobContext());
        request.annualDiscountRate = 0.0;
        const pipeline::EvaluationResult at0 = pipeline::runEvaluation(set, request, pipeline::JobContext());
        for (int r = 0; r < 2; ++r) {
            const auto row = static_cast<std::size_t>(r);
            const double shown = board->index(r, column).data(Qt::UserRole).toDouble();
            const double core = at25.leaderboard.rows[row].discountedValuePerCustomer;
            QVERIFY2(std::abs(shown - core) <= 1e-9 * core,
                     qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(core)));
            const double undiscounted = at0.leaderboard.rows[row].discountedValuePerCustomer;
            QVERIFY2(shown < 0.99 * undiscounted,
                     qPrintable(QStringLiteral("%1 at 25% vs %2 at 0%").arg(shown).arg(undiscounted)));
            // At 0 % the column is the plain mean prediction over the evaluated customers.
            const double mean = test::meanLtvOver(at0.predictions[row], at0.data.holdout);
            QVERIFY(std::abs(undiscounted - mean) <= 1e-9 * mean);
        }
        // The linear model predicts undiscounted revenue: its value is scaled by the mean
        // discount factor of a steady stream over 26 weeks, here by midpoint integration.
        const double years = 26.0 * 7.0 / 365.25;
        double factor = 0.0;
        const int steps = 20000;
        for (int k = 0; k < steps; ++k)
            factor += std::pow(1.25, -years * (k + 0.5) / steps) / steps;
        const double linear25 = board->index(1, column).data(Qt::UserRole).toDouble();
        const double linear0 = at0.leaderboard.rows[1].discountedValuePerCustomer;
        QVERIFY2(std::abs(linear25 / linear0 - factor) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(linear25 / linear0).arg(factor)));

        // The project keeps the rate: a page opened on it again starts from 25 %.
        test::ModelsPageHarness reopened(path_);
        QVERIFY(reopened.isOpen());
        QCOMPARE(reopened.page().annualDiscountRate(), 0.25);
        reopened.page().setAnnualDiscountRate(0.1); // leave the shared project at a plain rate
    }

    void modelOptionsReachTheModels()
    {
        test::ModelsPageHarness harness(path_);
        QVERIFY2(harness.isOpen(), qPrintable(harness.error()));
        ui::ModelsPage &page = harness.page();
        page.show();
        harness.useStandardWindow({QStringLiteral("bgnbd"), QStringLiteral("xgboost")});

        // XGBoost's options button opens an editor generated from its declared options.
        auto *button = page.findChild<QToolButton *>(QStringLiteral("options_xgboost"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = page.findChild<ui::ModelOptionsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *depth = qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("maxDepth")));
        auto *rounds = qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("rounds")));
        QVERIFY(depth && rounds);
        QCOMPARE(depth->value(), 4); // the declared default, within the declared range
        QCOMPARE(depth->minimum(), 1);
        QCOMPARE(depth->maximum(), 12);
        QVERIFY(!depth->toolTip().isEmpty());
        const QString shots = qEnvironmentVariable("LTV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("model-options-xgboost.png"))));
            // The same editor in Chinese, to look at.
            QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
            ui::ModelOptionsDialog *chinese = page.editModelOptions(QStringLiteral("xgboost"));
            QVERIFY(chinese->grab().save(QDir(shots).filePath(QStringLiteral("model-options-xgboost_zh_CN.png"))));
            chinese->reject();
            QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        }
        depth->setValue(2);
        rounds->setValue(60);
        dialog->accept();
        QCOMPARE(page.modelOptions(QStringLiteral("xgboost")),
                 (QVariantMap{{QStringLiteral("maxDepth"), 2}, {QStringLiteral("rounds"), 60}}));
        QVERIFY(button->font().bold());

        // BG/NBD's penalizer, through its editor too.
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("options_bgnbd")), Qt::LeftButton);
        dialog = nullptr;
        for (ui::ModelOptionsDialog *d : page.findChildren<ui::ModelOptionsDialog *>())
            if (d->editor(QStringLiteral("penalizer")))
                dialog = d;
        QVERIFY(dialog);
        auto *penalizer = qobject_cast<QDoubleSpinBox *>(dialog->editor(QStringLiteral("penalizer")));
        QVERIFY(penalizer);
        QCOMPARE(penalizer->value(), 0.0);
        penalizer->setValue(0.5);
        dialog->accept();
        QCOMPARE(page.modelOptions(QStringLiteral("bgnbd")), (QVariantMap{{QStringLiteral("penalizer"), 0.5}}));

        const pipeline::EvaluationRequest request = page.request();
        QCOMPARE(request.modelOptions.value(QStringLiteral("xgboost")).value(QStringLiteral("maxDepth")).toInt(), 2);
        const test::TrainingRun run = harness.trainAndProbe(240000);
        QVERIFY(run.finished);
        QVERIFY(harness.evaluation().hasResult());
        const pipeline::EvaluationResult &shown = harness.evaluation().result();

        // The fitted XGBoost model reports the options it was trained with.
        const models::Predictions *xgb = predictionsOf(shown, QStringLiteral("xgboost"));
        const models::Predictions *bgnbd = predictionsOf(shown, QStringLiteral("bgnbd"));
        QVERIFY(xgb && bgnbd);
        QCOMPARE(xgb->options.value(QStringLiteral("maxDepth")).toInt(), 2);
        QCOMPARE(xgb->options.value(QStringLiteral("rounds")).toInt(), 60);

        // Core with the same options predicts the same; with the defaults it predicts otherwise.
        const store::Project project = store::Project::open(path_, false);
        const features::TransactionSet set = project.loadTransactionSet();
        const pipeline::EvaluationResult same = pipeline::runEvaluation(set, request, pipeline::JobContext());
        pipeline::EvaluationRequest defaults = request;
        defaults.modelOptions.clear();
        const pipeline::EvaluationResult plain = pipeline::runEvaluation(set, defaults, pipeline::JobContext());
        for (const QString &id : {QStringLiteral("bgnbd"), QStringLiteral("xgboost")}) {
            const models::Predictions *onPage = predictionsOf(shown, id);
            QVERIFY2(sameValues(onPage->ltv, predictionsOf(same, id)->ltv), qPrintable(id));
            QVERIFY2(!sameValues(onPage->ltv, predictionsOf(plain, id)->ltv), qPrintable(id));
        }
        QCOMPARE(predictionsOf(plain, QStringLiteral("xgboost"))->options.value(QStringLiteral("maxDepth")).toInt(), 4);

        // The editor opens on the chosen values; Reset to defaults restores the declared ones.
        dialog = page.editModelOptions(QStringLiteral("xgboost"));
        QVERIFY(dialog);
        depth = qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("maxDepth")));
        QCOMPARE(depth->value(), 2);
        auto *reset = dialog->findChild<QPushButton *>(QStringLiteral("resetOptionsButton"));
        QVERIFY(reset);
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(depth->value(), 4);
        QVERIFY(dialog->changedOptions().isEmpty());
        dialog->reject(); // cancelled: the chosen options stay
        QCOMPARE(page.modelOptions(QStringLiteral("xgboost")).value(QStringLiteral("maxDepth")).toInt(), 2);

        // The project keeps the options, then back to the defaults for the other tests.
        test::ModelsPageHarness reopened(path_);
        QVERIFY(reopened.isOpen());
        QCOMPARE(reopened.page().modelOptions(QStringLiteral("xgboost")),
                 (QVariantMap{{QStringLiteral("maxDepth"), 2}, {QStringLiteral("rounds"), 60}}));
        QCOMPARE(reopened.page().request().modelOptions.value(QStringLiteral("bgnbd")),
                 (QVariantMap{{QStringLiteral("penalizer"), 0.5}}));
        reopened.page().setModelOptions(QStringLiteral("xgboost"), {});
        reopened.page().setModelOptions(QStringLiteral("bgnbd"), {});
    }

    void autoCandidateOptionsReachTheCandidates()
    {
        test::ModelsPageHarness harness(path_);
        QVERIFY2(harness.isOpen(), qPrintable(harness.error()));
        ui::ModelsPage &page = harness.page();
        page.show();
        harness.useStandardWindow({QStringLiteral("auto")});

        // Auto's editor: its own options, then a section per candidate; the default candidates' are listed.
        QTest::mouseClick(page.findChild<QToolButton *>(QStringLiteral("options_auto")), Qt::LeftButton);
        auto *dialog = page.findChild<ui::ModelOptionsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->sections());
        QCOMPARE(dialog->sections()->count(), 9); // Auto and the eight other models of the page
        for (const QString &id :
             {QStringLiteral("bgnbd"), QStringLiteral("pnbd"), QStringLiteral("linear"), QStringLiteral("xgboost")})
            QVERIFY2(dialog->isCandidateShown(id), qPrintable(id));
        QVERIFY(!dialog->isCandidateShown(QStringLiteral("cnn")));
        auto *candidates = qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("candidates")));
        QVERIFY(candidates);
        candidates->setText(QStringLiteral("xgboost,cnn"));
        QVERIFY(dialog->isCandidateShown(QStringLiteral("cnn")));
        QVERIFY(!dialog->isCandidateShown(QStringLiteral("bgnbd")));
        candidates->setText(QStringLiteral("xgboost"));
        QVERIFY(!dialog->isCandidateShown(QStringLiteral("cnn")));

        // XGBoost's options inside Auto, with XGBoost's own ranges and tool tips.
        auto *depth = qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("xgboost.maxDepth")));
        auto *rounds = qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("xgboost.rounds")));
        QVERIFY(depth && rounds);
        QCOMPARE(depth->value(), 4);
        QCOMPARE(depth->minimum(), 1);
        QCOMPARE(depth->maximum(), 12);
        QVERIFY2(depth->toolTip().contains(QStringLiteral("xgboost.maxDepth")), qPrintable(depth->toolTip()));
        QVERIFY(qobject_cast<QDoubleSpinBox *>(dialog->editor(QStringLiteral("bgnbd.penalizer"))));
        QVERIFY(dialog->editor(QStringLiteral("cnn.epochs")));
        dialog->sections()->setCurrentRow(5); // after Auto, the BTYD models and Linear
        QCOMPARE(dialog->sections()->item(5)->text(),
                 page.findChild<QCheckBox *>(QStringLiteral("model_xgboost"))->text());
        const QString shots = qEnvironmentVariable("LTV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            // Editors with the default candidates, in English and in Chinese, to look at.
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                QVERIFY(ui::LanguageManager::instance().setLanguage(language));
                ui::ModelOptionsDialog *shown = page.editModelOptions(QStringLiteral("auto"));
                shown->sections()->setCurrentRow(5);
                const QString suffix = language == u"en" ? QString() : QStringLiteral("_") + language;
                QVERIFY(
                    shown->grab().save(QDir(shots).filePath(QStringLiteral("model-options-auto%1.png").arg(suffix))));
                shown->reject();
            }
            QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        }
        depth->setValue(2);
        rounds->setValue(60);
        dialog->accept();
        const QVariantMap chosen{{QStringLiteral("candidates"), QStringLiteral("xgboost")},
                                 {QStringLiteral("xgboost.maxDepth"), 2},
                                 {QStringLiteral("xgboost.rounds"), 60}};
        QCOMPARE(page.modelOptions(QStringLiteral("auto")), chosen);
        QCOMPARE(page.request().modelOptions.value(QStringLiteral("auto")), chosen);

        const test::TrainingRun run = harness.trainAndProbe(240000);
        QVERIFY(run.finished);
        QVERIFY(harness.evaluation().hasResult());
        const pipeline::EvaluationResult &shown = harness.evaluation().result();

        // Auto chose its one candidate, and that XGBoost was fitted with the chosen options.
        const models::Predictions *autoPredictions = predictionsOf(shown, QStringLiteral("auto"));
        QVERIFY(autoPredictions);
        QCOMPARE(autoPredictions->options.value(QStringLiteral("chosenModel")).toString(), QStringLiteral("xgboost"));
        QCOMPARE(autoPredictions->options.value(QStringLiteral("maxDepth")).toInt(), 2);
        QCOMPARE(autoPredictions->options.value(QStringLiteral("rounds")).toInt(), 60);

        // Core with the same options predicts the same; with XGBoost's defaults otherwise.
        const store::Project project = store::Project::open(path_, false);
        const features::TransactionSet set = project.loadTransactionSet();
        const pipeline::EvaluationRequest request = page.request();
        const pipeline::EvaluationResult same = pipeline::runEvaluation(set, request, pipeline::JobContext());
        pipeline::EvaluationRequest defaults = request;
        defaults.modelOptions.insert(QStringLiteral("auto"),
                                     QVariantMap{{QStringLiteral("candidates"), QStringLiteral("xgboost")}});
        const pipeline::EvaluationResult plain = pipeline::runEvaluation(set, defaults, pipeline::JobContext());
        QVERIFY(sameValues(autoPredictions->ltv, predictionsOf(same, QStringLiteral("auto"))->ltv));
        QVERIFY(!sameValues(autoPredictions->ltv, predictionsOf(plain, QStringLiteral("auto"))->ltv));
        QCOMPARE(predictionsOf(plain, QStringLiteral("auto"))->options.value(QStringLiteral("maxDepth")).toInt(), 4);

        // The project keeps them; the editor reopens on them and resets every tab to the defaults.
        test::ModelsPageHarness reopened(path_);
        QVERIFY(reopened.isOpen());
        QCOMPARE(reopened.page().modelOptions(QStringLiteral("auto")), chosen);
        dialog = reopened.page().editModelOptions(QStringLiteral("auto"));
        QVERIFY(dialog);
        depth = qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("xgboost.maxDepth")));
        QCOMPARE(depth->value(), 2);
        QVERIFY(!dialog->isCandidateShown(QStringLiteral("bgnbd")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resetOptionsButton")), Qt::LeftButton);
        QCOMPARE(depth->value(), 4);
        QVERIFY(dialog->isCandidateShown(QStringLiteral("bgnbd")));
        QVERIFY(dialog->changedOptions().isEmpty());
        dialog->accept();
        QVERIFY(reopened.page().modelOptions(QStringLiteral("auto")).isEmpty());
    }

    void cancelStopsTraining()
    {
        test::ModelsPageHarness harness(path_);
        QVERIFY2(harness.isOpen(), qPrintable(harness.error()));
        ui::ModelsPage &page = harness.page();
        harness.useStandardWindow({QStringLiteral("mlp-ziln"), QStringLiteral("xgboost")});
        page.train();
        QVERIFY(page.isTraining());
        // Cancel as soon as the first epoch of the network has been reported.
        QTRY_VERIFY_WITH_TIMEOUT(page.lossChart()->lineCount() > 0 || !page.isTraining(), 60000);
        page.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 60000);
        QVERIFY(!harness.evaluation().hasResult());
    }

private:
    QTemporaryDir dir_;
    QString path_;
};

QTEST_MAIN(TestModelsPage)
#include "tst_modelspage.moc"
