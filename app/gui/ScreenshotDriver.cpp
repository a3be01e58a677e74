#include "ScreenshotDriver.h"

#include "AppSetup.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "dialogs/ImportWizard.h"
#include "jobs/JobRunner.h"
#include "pages/CustomersPage.h"
#include "pages/DataPage.h"
#include "pages/EvaluationPage.h"
#include "pages/ModelsPage.h"

#include <QApplication>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

ScreenshotDriver::ScreenshotDriver(ltv::ui::MainWindow *window, ScreenshotRequest request)
    : QObject(window)
    , window_(window)
    , request_(std::move(request))
{}

void ScreenshotDriver::start()
{
    if (request_.demo) {
        connect(window_->projects(), &ltv::ui::ProjectController::demoReady, this, &ScreenshotDriver::afterProject);
        window_->projects()->openDemo();
        return;
    }
    QTimer::singleShot(0, this, &ScreenshotDriver::afterProject);
}

void ScreenshotDriver::afterProject()
{
    if (!request_.page.isEmpty())
        window_->showPage(request_.page);
    if (!request_.dataTab.isEmpty()) {
        static const QStringList tabs = {QStringLiteral("transactions"), QStringLiteral("customers"),
                                         QStringLiteral("imports"), QStringLiteral("quality"),
                                         QStringLiteral("cohorts")};
        if (auto *data = qobject_cast<ltv::ui::DataPage *>(window_->page(QStringLiteral("data"))))
            data->showTab(std::max(0, static_cast<int>(tabs.indexOf(request_.dataTab))));
    }
    if (!request_.evaluationTab.isEmpty())
        if (auto *evaluation = qobject_cast<ltv::ui::EvaluationPage *>(window_->page(QStringLiteral("evaluation"))))
            for (int tab = 0; tab < ltv::ui::EvaluationPage::TabCount; ++tab)
                if (ltv::ui::EvaluationPage::tabId(static_cast<ltv::ui::EvaluationPage::Tab>(tab)) ==
                    request_.evaluationTab)
                    evaluation->showTab(static_cast<ltv::ui::EvaluationPage::Tab>(tab));
    if (!request_.customersTab.isEmpty())
        if (auto *customers = qobject_cast<ltv::ui::CustomersPage *>(window_->page(QStringLiteral("customers"))))
            for (int tab = 0; tab < ltv::ui::CustomersPage::DetailTabCount; ++tab)
                if (ltv::ui::CustomersPage::detailTabId(static_cast<ltv::ui::CustomersPage::DetailTab>(tab)) ==
                    request_.customersTab)
                    customers->showDetailTab(static_cast<ltv::ui::CustomersPage::DetailTab>(tab));
    if (!request_.segmentsTab.isEmpty())
        if (auto *tabs = window_->page(QStringLiteral("segments"))
                             ->findChild<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            static const QStringList ids = {QStringLiteral("sizes"), QStringLiteral("grid"), QStringLiteral("rfm"),
                                            QStringLiteral("clusters")};
            tabs->setCurrentIndex(std::max(0, static_cast<int>(ids.indexOf(request_.segmentsTab))));
        }
    if (request_.train)
        if (auto *models = qobject_cast<ltv::ui::ModelsPage *>(window_->page(QStringLiteral("models")))) {
            if (!request_.models.isEmpty())
                models->setSelectedModels(request_.models);
            models->train();
        }
    QWidget *target = window_;
    if (!request_.wizardCsv.isEmpty()) {
        ltv::ui::ImportWizard *wizard = window_->projects()->importCsv(request_.wizardCsv);
        if (!wizard) {
            std::fprintf(stderr, "ltv-studio: no project open for the import wizard (use --demo)\n");
            QApplication::exit(1);
            return;
        }
        wizard->next(); // preview -> mapping
        wizard->resize(980, 680);
        target = wizard;
    }
    shootWhenIdle(target);
}

void ScreenshotDriver::shootWhenIdle(QWidget *target)
{
    // Wait until background jobs (table loads, reports) are done, then let painting settle.
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, poll, target] {
        if (window_->jobRunner()->isRunning())
            return;
        poll->stop();
        QTimer::singleShot(300, this, [this, target] {
            QString error;
            if (!ltv::ui::saveScreenshot(target, request_.file, &error)) {
                std::fprintf(stderr, "ltv-studio: %s\n", qPrintable(error));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    });
    poll->start();
}
