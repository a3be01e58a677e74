#include "dialogs/ImportWizard.h"

#include "dialogs/import/ImportPages.h"

#include <QEvent>
#include <QFile>

namespace ltv::ui {

ImportWizard::ImportWizard(const QString &projectPath, JobRunner *runner, QWidget *parent)
    : QWizard(parent)
    , projectPath_(projectPath)
    , runner_(runner)
    , file_(new ImportFilePage(this))
    , preview_(new ImportPreviewPage(this))
    , mapping_(new ImportMappingPage(this))
    , run_(new ImportRunPage(this))
    , summary_(new ImportSummaryPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, file_);
    setPage(PreviewPage, preview_);
    setPage(MappingPage, mapping_);
    setPage(RunPage, run_);
    setPage(SummaryPage, summary_);
    setMinimumSize(860, 600);
    retranslate();
}

void ImportWizard::setSourceFile(const QString &path)
{
    file_->setPath(path);
}

QString ImportWizard::sourceFile() const
{
    return file_->path();
}

bool ImportWizard::refreshLayout(QString *error)
{
    QFile file(sourceFile());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(sourceFile(), file.errorString());
        return false;
    }
    io::ImportLayout layout;
    if (!io::resolveLayout(file, options_, &layout, error))
        return false;
    layout_ = std::move(layout);
    return true;
}

void ImportWizard::setReport(io::ImportReport report)
{
    report_ = std::move(report);
    importSucceeded_ = !report_.failed();
    if (importSucceeded_)
        emit projectChanged();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import transactions"));
}

} // namespace ltv::ui
