// ltv-studio: the LTV Studio desktop application.

#include "AppSetup.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "ScreenshotDriver.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A screenshot needs no display: render offscreen unless a platform was chosen.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LTV Studio: customer lifetime value for e-commerce analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the window to a PNG file and exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Page to show: data, models, evaluation, segments, "
                                                       "recommendations or customers."),
                                        QStringLiteral("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User-interface language: en or zh_CN."),
                                        QStringLiteral("code"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size for screenshots, WxH."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open the bundled demo project."));
    const QCommandLineOption dataTabOption(QStringLiteral("data-tab"),
                                           QStringLiteral("Data page tab for screenshots: transactions, customers, "
                                                          "imports, quality or cohorts."),
                                           QStringLiteral("name"));
    const QCommandLineOption wizardOption(QStringLiteral("wizard"),
                                          QStringLiteral("With --screenshot: shoot the import wizard's mapping step "
                                                         "for this CSV file."),
                                          QStringLiteral("csv"));
    const QCommandLineOption evaluationTabOption(
        QStringLiteral("evaluation-tab"),
        QStringLiteral("Evaluation page tab for screenshots: roc, confusion, deciles, gain, distribution, "
                       "calibration, tracking, palive, expected or importance."),
        QStringLiteral("name"));
    const QCommandLineOption customersTabOption(
        QStringLiteral("customers-tab"),
        QStringLiteral("Customers page detail tab for screenshots: history, palive, value or contributions."),
        QStringLiteral("name"));
    const QCommandLineOption trainOption(QStringLiteral("train"),
                                         QStringLiteral("With --screenshot: train the default models first."));
    parser.addOptions(
        {screenshotOption, pageOption, langOption, sizeOption, demoOption, dataTabOption, wizardOption, trainOption});
    parser.addOption(evaluationTabOption);
    parser.addOption(customersTabOption);
    const QCommandLineOption modelsOption(
        QStringLiteral("models"),
        QStringLiteral("With --train: the models to train, comma-separated ids (e.g. bgnbd,mlp-ziln,cnn,gru)."),
        QStringLiteral("ids"));
    parser.addOption(modelsOption);
    const QCommandLineOption segmentsTabOption(
        QStringLiteral("segments-tab"),
        QStringLiteral("Segments page tab for screenshots: sizes, grid, rfm or clusters."), QStringLiteral("name"));
    parser.addOption(segmentsTabOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A project (.ltv) to open or a CSV to import."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    ltv::ui::setupApplication(parser.value(langOption));
    if (parser.isSet(langOption) && ltv::ui::LanguageManager::instance().language() != parser.value(langOption)) {
        std::fprintf(stderr, "ltv-studio: unknown language '%s' (use en or zh_CN)\n",
                     qPrintable(parser.value(langOption)));
        return 2;
    }

    ltv::ui::MainWindow window;
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        std::fprintf(stderr, "ltv-studio: unknown page '%s'\n", qPrintable(parser.value(pageOption)));
        return 2;
    }

    if (parser.isSet(screenshotOption)) {
        const QStringList size = parser.value(sizeOption).split(u'x');
        const int width = size.value(0).toInt();
        const int height = size.value(1).toInt();
        window.resize(width > 0 ? width : 1280, height > 0 ? height : 800);
        window.show();
        ScreenshotRequest request{parser.value(screenshotOption),
                                  parser.value(pageOption),
                                  parser.value(dataTabOption),
                                  parser.value(wizardOption),
                                  parser.isSet(demoOption),
                                  parser.isSet(trainOption),
                                  parser.value(evaluationTabOption),
                                  parser.value(customersTabOption),
                                  parser.value(modelsOption).split(u',', Qt::SkipEmptyParts),
                                  parser.value(segmentsTabOption)};
        auto *driver = new ScreenshotDriver(&window, request);
        driver->start();
        return app.exec();
    }

    if (parser.isSet(demoOption))
        window.projects()->openDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.projects()->openFile(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
