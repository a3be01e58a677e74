#pragma once
// The import wizard: pick a file, check the preview (encoding, delimiter,
// header), map columns to roles, run the import in the background with
// progress and Cancel, and read the summary with every rejected row.

#include "io/ImportLayout.h"
#include "io/ImportOptions.h"
#include "io/ImportReport.h"

#include <QWizard>

namespace ltv::ui {

class JobRunner;
class ImportFilePage;
class ImportPreviewPage;
class ImportMappingPage;
class ImportRunPage;
class ImportSummaryPage;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, MappingPage, RunPage, SummaryPage };

    // projectPath: the .ltv file to import into (created if missing).
    ImportWizard(const QString &projectPath, JobRunner *runner, QWidget *parent = nullptr);

    void setSourceFile(const QString &path);
    QString sourceFile() const;
    QString projectPath() const { return projectPath_; }
    JobRunner *runner() const { return runner_; }

    // Options assembled by the pages so far.
    io::ImportOptions &options() { return options_; }
    const io::ImportLayout &layout() const { return layout_; }
    // Re-reads the sample with the current encoding/delimiter/header options.
    bool refreshLayout(QString *error);

    const io::ImportReport &report() const { return report_; }
    void setReport(io::ImportReport report);
    bool importSucceeded() const { return importSucceeded_; }

    ImportPreviewPage *previewPage() const { return preview_; }
    ImportMappingPage *mappingPage() const { return mapping_; }
    ImportRunPage *runPage() const { return run_; }
    ImportSummaryPage *summaryPage() const { return summary_; }

signals:
    // Emitted when an import committed rows (or found everything already there).
    void projectChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString projectPath_;
    JobRunner *runner_;
    io::ImportOptions options_;
    io::ImportLayout layout_;
    io::ImportReport report_;
    bool importSucceeded_ = false;
    ImportFilePage *file_;
    ImportPreviewPage *preview_;
    ImportMappingPage *mapping_;
    ImportRunPage *run_;
    ImportSummaryPage *summary_;
};

} // namespace ltv::ui
