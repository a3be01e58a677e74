// `ltv segment`: RFM, value x risk, LTV deciles and (optionally) k-means
// clusters from a model's predictions; prints a summary per segment and
// writes one CSV row per customer.

#include "Command.h"
#include "SegmentOptions.h"

#include "segments/Clusters.h"
#include "segments/ModelRun.h"
#include "segments/PredictionLookup.h"
#include "segments/Rfm.h"
#include "segments/ValueRisk.h"

#include <QFile>

#include <numeric>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    addSegmentInputOptions(parser, false);
    parser.addOptions({
        {QStringLiteral("clusters"), QStringLiteral("Also cluster customers with k-means (k chosen by silhouette).")},
        {QStringLiteral("k-max"), QStringLiteral("Largest k tried for clusters."), QStringLiteral("k"),
         QStringLiteral("8")},
        {QStringLiteral("out"), QStringLiteral("Per-customer CSV (segments, scores, predictions)."),
         QStringLiteral("file")},
        {QStringLiteral("summary-out"), QStringLiteral("Per-segment CSV of every segmentation."),
         QStringLiteral("file")},
    });
}

void printTable(QTextStream &out, const QString &title, const segments::Table &table)
{
    out << "\n" << title << "\n" << segments::toText(table);
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    SegmentInput input;
    if (const int loaded = loadSegmentInput(parser, QStringLiteral("segment"), &input, err); loaded != ExitOk)
        return loaded;
    if (!saveSettingsFromFiles(parser, QStringLiteral("segment"), input, false, out, err))
        return ExitUsage;
    const features::TransactionSet &set = input.transactions;
    const segments::ModelRunOptions &options = input.model;
    const segments::RfmRuleTable &rules = input.settings.rfmRules;
    const segments::ValueRiskConfig &grid = input.settings.grid;

    const segments::ModelRun model = segments::fitAndPredict(set, input.asOf, options);
    if (!model.ok()) {
        err << "ltv segment: " << model.error << "\n";
        return ExitFailure;
    }
    const models::Predictions &p = model.predictions;
    const segments::RfmResult rfm = segments::scoreRfm(segments::rfmInputsFromSummary(model.summary), rules);
    const segments::ValueRiskResult cells = segments::valueRiskGrid(p, grid);
    const segments::Segmentation deciles = segments::ltvDeciles(p);
    segments::ClusterResult clusters;
    const bool withClusters = parser.isSet(QStringLiteral("clusters"));
    if (withClusters) {
        segments::ClusterOptions clusterOptions;
        clusterOptions.kMax = parser.value(QStringLiteral("k-max")).toInt();
        try {
            clusters = segments::clusterCustomers(segments::clusterFeatures(rfm.inputs, &p), &p, clusterOptions);
        } catch (const std::exception &e) {
            err << "ltv segment: " << e.what() << "\n";
            return ExitFailure;
        }
    }

    const std::size_t n = p.size();
    out << "Model: " << options.modelId << " (" << p.dataCut << ")\n";
    for (const QString &note : model.notes)
        out << "Note: " << note << "\n";
    for (const QString &note : input.settingsNotes)
        out << note << "\n";
    out << "Customers: " << n << "\n";
    const double totalLtv = std::accumulate(p.ltv.begin(), p.ltv.end(), 0.0);
    out << "Total predicted value: " << segments::formatNumber(totalLtv, 2) << "\n";
    printTable(out, QStringLiteral("RFM segments"), segments::segmentValueTable(rfm.segmentation, p));
    printTable(out, QStringLiteral("Value x risk"), segments::segmentValueTable(cells.segmentation, p));
    printTable(out, QStringLiteral("LTV deciles"), segments::segmentValueTable(deciles, p));
    if (withClusters) {
        out << "\nClusters: k = " << clusters.k << " by silhouette";
        for (const auto &[k, score] : clusters.silhouetteByK)
            out << (k == clusters.silhouetteByK.front().first ? " (" : ", ") << k << ": "
                << segments::formatNumber(score, 3);
        out << ")" << (clusters.sampledSilhouette ? " on a sample of " : " on ") << clusters.silhouetteRows
            << " customers\n"
            << segments::toText(segments::clusterProfileTable(clusters));
    }

    // Every segmentation must account for every customer exactly once.
    std::vector<const segments::Segmentation *> all{&rfm.segmentation, &cells.segmentation, &deciles};
    if (withClusters)
        all.push_back(&clusters.segmentation);
    for (const segments::Segmentation *s : all) {
        const std::vector<std::size_t> counts = s->counts();
        if (std::accumulate(counts.begin(), counts.end(), std::size_t{0}) != n) {
            err << "ltv segment: the " << s->kind << " segment counts do not add up to " << n << "\n";
            return ExitFailure;
        }
    }
    out << "\nEvery segmentation above adds up to " << n << " customers.\n";

    if (parser.isSet(QStringLiteral("summary-out"))) {
        segments::Table summary;
        for (const segments::Segmentation *s : all) {
            const segments::Table part = segments::segmentValueTable(*s, p);
            if (summary.header.isEmpty())
                summary.header = QStringList{QStringLiteral("segmentation")} + part.header;
            for (const QStringList &row : part.rows)
                summary.rows.push_back(QStringList{s->kind} + row);
        }
        QFile file(parser.value(QStringLiteral("summary-out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(segments::toCsv(summary)) < 0) {
            err << "ltv segment: cannot write " << file.fileName() << "\n";
            return ExitFailure;
        }
        out << "\nWrote " << summary.rows.size() << " segment rows to " << file.fileName() << "\n";
    }

    if (parser.isSet(QStringLiteral("out"))) {
        segments::Table table;
        table.header = {
            QStringLiteral("customer_id"), QStringLiteral("recency"),     QStringLiteral("frequency"),
            QStringLiteral("monetary"),    QStringLiteral("r"),           QStringLiteral("f"),
            QStringLiteral("m"),           QStringLiteral("rfm_segment"), QStringLiteral("value_risk_segment"),
            QStringLiteral("ltv_decile")};
        if (withClusters)
            table.header << QStringLiteral("cluster");
        table.header << QStringLiteral("expected_purchases") << QStringLiteral("p_alive")
                     << QStringLiteral("churn_probability") << QStringLiteral("predicted_ltv")
                     << QStringLiteral("value_at_risk");
        const segments::PredictionLookup lookup(p);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int32_t c = p.customer[i];
            QStringList row{set.customerIds[c],
                            segments::formatNumber(rfm.inputs.recency[i], 2),
                            segments::formatNumber(rfm.inputs.frequency[i], 0),
                            segments::formatNumber(rfm.inputs.monetary[i], 2),
                            QString::number(rfm.r[i]),
                            QString::number(rfm.f[i]),
                            QString::number(rfm.m[i]),
                            rfm.segmentation.names[rfm.segmentation.segmentOf[i]],
                            cells.segmentation.names[cells.segmentation.segmentOf[i]],
                            QString::number(deciles.segmentOf[i] + 1)};
            if (withClusters)
                row << clusters.segmentation.names[clusters.segmentation.segmentOf[i]];
            row << segments::formatNumber(p.expectedPurchases[i], 4) << segments::formatNumber(p.pAlive[i], 4)
                << segments::formatNumber(p.churnProbability[i], 4) << segments::formatNumber(lookup.ltv(c), 2)
                << segments::formatNumber(lookup.valueAtRisk(c), 2);
            table.rows.push_back(row);
        }
        QFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(segments::toCsv(table)) < 0) {
            err << "ltv segment: cannot write " << file.fileName() << "\n";
            return ExitFailure;
        }
        out << "\nWrote " << n << " customers to " << file.fileName() << "\n";
    }
    return ExitOk;
}

const CommandRegistration registration({QStringLiteral("segment"),
                                        QStringLiteral("Segment customers (RFM, value x risk, deciles, clusters)"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
