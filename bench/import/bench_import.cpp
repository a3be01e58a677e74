// Import throughput and memory at scale, next to the sqlite3 command-line
// tool's .import of the same file into an untyped table.
//
//   bench_import [--lines N] [--dir DIR] [--keep]
//
// Generates (untimed) an Online-Retail-style CSV with N data lines (default
// 5,000,000), imports it into a fresh project with io::importTransactions
// (typed, validated, deduplicated rows), once alone (as `ltv import` runs)
// and once while another connection has the project open (as in the GUI,
// where the import keeps the write-ahead log), then runs
// `sqlite3 DB ".import --csv --skip 1 FILE t"` into CREATE TABLE t(a,b,c,d,e,f,g)
// and prints rows/s, MB/s, peak RSS and the throughput ratio. Last, it imports
// a newer export (the file plus N/20 further lines) into the first project, as
// a refresh of the data does, and prints the same figures (no peer).

#include "BenchSupport.h"

#include "io/Importer.h"
#include "io/SyntheticRetail.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>
#include <optional>

#include <sys/resource.h>

using namespace ltv;

namespace {
// Resets VmHWM so that the peak measured covers only what follows.
void resetPeakRss()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

// User + system CPU seconds of this process so far. On a shared machine the
// wall time mostly measures waiting for a core; CPU time measures the work.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
struct ImportRun
{
    io::ImportReport report;
    qint64 stored = 0;
    double wall = 0.0, cpu = 0.0, peakMiB = 0.0;
};

// Imports csv into a new project at projectPath, or into a copy of the
// project startFrom; with withReader, another connection has read the project
// first and stays open meanwhile. The copy is not timed.
ImportRun importInto(const QString &projectPath, const QString &csv, bool withReader, const QString &startFrom = {})
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(projectPath + suffix);
    if (!startFrom.isEmpty())
        QFile::copy(startFrom, projectPath);
    std::optional<store::Project> reader;
    if (withReader) {
        reader.emplace(store::Project::open(projectPath));
        reader->transactionCount();
    }
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    ImportRun run;
    {
        store::Project project = store::Project::open(projectPath);
        run.report = io::importTransactions(project, csv, {}, pipeline::JobContext());
        run.stored = project.transactionCount();
    }
    run.wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.cpu = cpuSeconds() - cpuBefore;
    run.peakMiB = bench::peakRssMiB();
    return run;
}
// A newer export: the whole file again plus extraLines lines of further
// transactions (another generator run, so mostly customers the file already has).
bool writeNewerExport(const QString &csv, const QString &newer, qint64 extraLines)
{
    QFile::remove(newer);
    if (!QFile::copy(csv, newer))
        return false;
    QFile out(newer);
    if (!out.open(QIODevice::Append))
        return false;
    QBuffer more;
    more.open(QIODevice::WriteOnly);
    io::SyntheticRetailOptions g;
    g.customers = 100'000'000;
    g.maxLines = extraLines;
    g.seed = 43;
    io::writeSyntheticRetail(more, g, pipeline::JobContext());
    const QByteArray &bytes = more.data();
    out.write(bytes.mid(bytes.indexOf('\n') + 1)); // without the header
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 lines = 5'000'000;
    QString dirPath;
    bool keep = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lines" && i + 1 < args.size())
            lines = args[++i].toLongLong();
        else if (args[i] == u"--dir" && i + 1 < args.size())
            dirPath = args[++i];
        else if (args[i] == u"--keep")
            keep = true;
    }
    QTemporaryDir temp;
    temp.setAutoRemove(!keep);
    const QDir dir(dirPath.isEmpty() ? temp.path() : dirPath);
    const QString csv = dir.filePath(QStringLiteral("retail.csv"));
    if (!QFileInfo::exists(csv)) {
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
            return 1;
        }
        io::SyntheticRetailOptions g;
        g.customers = 100'000'000; // more than enough: the line limit stops generation
        g.maxLines = lines;
        g.seed = 42;
        const auto stats = io::writeSyntheticRetail(out, g, pipeline::JobContext());
        std::printf("generated %lld lines, %lld invoices, %lld customers\n", static_cast<long long>(stats.lines),
                    static_cast<long long>(stats.invoices), static_cast<long long>(stats.customers));
    }
    const double megabytes = static_cast<double>(QFileInfo(csv).size()) / 1e6;
    std::printf("file: %s, %.1f MB\n", qPrintable(csv), megabytes);

    // LTV Studio import: alone, as `ltv import` runs, then with another
    // connection reading the project, as in the GUI (the import then stays in WAL).
    const ImportRun alone = importInto(dir.filePath(QStringLiteral("bench.ltv")), csv, false);
    const ImportRun shared = importInto(dir.filePath(QStringLiteral("bench-shared.ltv")), csv, true);
    for (const ImportRun *run : {&alone, &shared}) {
        if (run->report.failed()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(run->report.error));
            return 1;
        }
    }
    const io::ImportReport &report = alone.report;
    std::printf("ltv import: %lld rows read, %lld imported, %lld rejected, %lld duplicate, %lld stored\n",
                static_cast<long long>(report.rowsRead), static_cast<long long>(report.rowsImported),
                static_cast<long long>(report.rowsRejected), static_cast<long long>(report.rowsDuplicate),
                static_cast<long long>(alone.stored));
    for (const ImportRun *run : {&alone, &shared})
        std::printf("ltv import%s: wall %.2f s (%.0f rows/s, %.1f MB/s), CPU %.2f s (%.0f rows/s, %.1f MB/s), peak "
                    "RSS %.0f MiB\n",
                    run == &shared ? " (project open elsewhere)" : "", run->wall,
                    static_cast<double>(report.rowsRead) / run->wall, megabytes / run->wall, run->cpu,
                    static_cast<double>(report.rowsRead) / run->cpu, megabytes / run->cpu, run->peakMiB);
    const double ours = alone.wall, ourCpu = alone.cpu;

    // sqlite3 CLI .import into an untyped table.
    const QString peerDb = dir.filePath(QStringLiteral("sqlite3-import.db"));
    QFile::remove(peerDb);
    QProcess sqlite;
    sqlite.setProgram(QStringLiteral("/usr/bin/time"));
    sqlite.setArguments({QStringLiteral("-f"), QStringLiteral("maxrss_kb=%M cpu=%U+%S"), QStringLiteral("sqlite3"),
                         peerDb, QStringLiteral("CREATE TABLE t(a, b, c, d, e, f, g);"),
                         QStringLiteral(".import --csv --skip 1 %1 t").arg(csv)});
    QElapsedTimer timer;
    timer.start();
    sqlite.start();
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double peer = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QByteArray peerErr = sqlite.readAllStandardError();
    const qsizetype at = peerErr.indexOf("maxrss_kb=");
    const double peerPeak = at >= 0 ? peerErr.mid(at + 10).split(' ').front().toDouble() / 1024.0 : 0.0;
    const qsizetype cpuAt = peerErr.indexOf("cpu=");
    double peerCpu = 0.0;
    if (cpuAt >= 0)
        for (const QByteArray &part : peerErr.mid(cpuAt + 4).trimmed().split('+'))
            peerCpu += part.toDouble();
    QProcess count;
    count.start(QStringLiteral("sqlite3"), {peerDb, QStringLiteral("SELECT count(*) FROM t;")});
    count.waitForFinished(-1);
    std::printf("sqlite3 .import: %s rows, wall %.2f s (%.0f rows/s, %.1f MB/s), CPU %.2f s (%.0f rows/s, %.1f MB/s), "
                "peak RSS %.0f MiB\n",
                count.readAllStandardOutput().trimmed().constData(), peer, static_cast<double>(report.rowsRead) / peer,
                megabytes / peer, peerCpu, static_cast<double>(report.rowsRead) / peerCpu, megabytes / peerCpu,
                peerPeak);
    std::printf("throughput ratio (ltv / sqlite3): wall %.2fx, CPU %.2fx\n", peer / ours, peerCpu / ourCpu);
    std::printf("throughput ratio, project open elsewhere (ltv / sqlite3): wall %.2fx, CPU %.2fx\n", peer / shared.wall,
                peerCpu / shared.cpu);

    // A refresh: the newer export into the project of the first import. Every
    // row is checked against the stored ones; only the new lines are added.
    // The sqlite3 CLI has no counterpart (it cannot recognise rows it holds).
    const QString newer = dir.filePath(QStringLiteral("retail-newer.csv"));
    if (!writeNewerExport(csv, newer, lines / 20)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(newer));
        return 1;
    }
    const ImportRun refresh = importInto(dir.filePath(QStringLiteral("bench-refresh.ltv")), newer, false,
                                         dir.filePath(QStringLiteral("bench.ltv")));
    if (refresh.report.failed()) {
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(refresh.report.error));
        return 1;
    }
    const double newerMegabytes = static_cast<double>(QFileInfo(newer).size()) / 1e6;
    const auto refreshRows = static_cast<double>(refresh.report.rowsRead);
    std::printf("ltv import of a newer export (%.1f MB) into the %lld-row project: %lld rows read, %lld imported, %lld "
                "duplicate; wall %.2f s (%.0f rows/s, %.1f MB/s), CPU %.2f s, peak RSS %.0f MiB\n",
                newerMegabytes, static_cast<long long>(alone.stored), static_cast<long long>(refresh.report.rowsRead),
                static_cast<long long>(refresh.report.rowsImported),
                static_cast<long long>(refresh.report.rowsDuplicate), refresh.wall, refreshRows / refresh.wall,
                newerMegabytes / refresh.wall, refresh.cpu, refresh.peakMiB);
    if (keep)
        std::printf("kept: %s\n", qPrintable(dir.path()));
    return 0;
}
