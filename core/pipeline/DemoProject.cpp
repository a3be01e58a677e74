#include "pipeline/DemoProject.h"

#include "io/Importer.h"
#include "pipeline/DemoData.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QBuffer>

#include <stdexcept>

namespace ltv::pipeline {

io::ImportReport buildDemoProject(const QString &path, const JobContext &job)
{
    QByteArray bytes = demoDataBytes();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    // Whitespace-aligned, no header: master id, sample id, yyyyMMdd, CDs, dollars.
    io::ImportOptions options;
    options.delimiter = QStringLiteral("whitespace");
    options.header = io::HeaderMode::Absent;
    options.dateFormat = QStringLiteral("yyyyMMdd");
    options.mapping = {QStringLiteral("customer=2"), QStringLiteral("date=3"), QStringLiteral("quantity=4"),
                       QStringLiteral("amount=5")};
    options.maxErrors = 0;
    // Cancel also ends a wait for another program that holds the file.
    store::Project project = store::Project::open(path, true, job);
    io::ImportReport report = io::importTransactions(project, buffer, QStringLiteral("CDNOW_sample.txt"), options, job);
    if (report.failed())
        throw std::runtime_error(report.error.toStdString());
    return report;
}

} // namespace ltv::pipeline
