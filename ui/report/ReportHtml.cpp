#include "report/ReportHtml.h"

#include "eval/Leaderboard.h"
#include "models/ModelRegistry.h"
#include "segments/SegmentNames.h"

#include "pages/segments/SegmentModelName.h"

#include "report/ReportDocument.h"
#include "report/ReportTable.h"
#include "report/ReportTexts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ltv::ui::report {
namespace {

// Grouped thousands even when the process runs in the C locale (CLI, tests).
QLocale reportLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

QString count(std::size_t n)
{
    return reportLocale().toString(static_cast<qulonglong>(n));
}

QString money(double v)
{
    return reportLocale().toString(v, 'f', 2);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kHead = QStringLiteral("#e8edf3");

QString tableOpen()
{
    return QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
        "style=\"border-collapse: collapse; border-color: #9aa5b1; margin-left: 0px; margin-right: 0px;\">");
}

bool looksNumeric(const QString &cell)
{
    bool ok = false;
    cell.toDouble(&ok);
    return ok;
}

// A number from a core table as shown: thousands grouped, its decimals kept
// ("45395.97" -> "45,395.97"); "nan" (an undefined mean) as a dash.
QString shownCell(const QString &cell)
{
    if (cell == u"nan")
        return QStringLiteral("–");
    bool ok = false;
    const double v = cell.toDouble(&ok);
    if (!ok || cell.contains(u'e', Qt::CaseInsensitive) || !std::isfinite(v))
        return cell;
    const qsizetype point = cell.indexOf(u'.');
    const int decimals = point < 0 ? 0 : static_cast<int>(cell.size() - point - 1);
    return reportLocale().toString(v, 'f', decimals);
}

bool isNumericCell(const QString &cell)
{
    return looksNumeric(cell) || cell == u"–" || cell == u"-" || cell.isEmpty() ||
           looksNumeric(QString(cell).remove(u','));
}

// A core table, with only the given columns (all when empty).
// Column 0 of every segment table names the segment: built-in names are translated.
QString tableHtml(const segments::Table &table, const std::vector<int> &shownColumns = {})
{
    std::vector<int> cols = shownColumns;
    if (cols.empty())
        for (int i = 0; i < table.header.size(); ++i)
            cols.push_back(i);
    std::vector<ReportColumn> columns(cols.size());
    for (std::size_t i = 0; i < cols.size(); ++i) {
        columns[i].header = table.header.value(cols[i]);
        columns[i].numeric = cols[i] != 0;
    }
    for (const QStringList &row : table.rows)
        for (std::size_t i = 0; i < cols.size(); ++i) {
            const QString raw = row.value(cols[i]);
            columns[i].cells << (cols[i] == 0 ? segments::segmentDisplayName(raw) : shownCell(raw));
            columns[i].numeric = columns[i].numeric && isNumericCell(raw);
        }
    return reportTableHtml(columns, pageTextWidthPt());
}

// A model as the leaderboard names it ("BG/NBD", "XGBoost gradient boosting"), never its id.
QString modelName(const QString &id)
{
    const std::unique_ptr<models::Model> model = models::ModelRegistry::builtin().create(id);
    return model ? model->displayName() : id;
}

QString modelNames(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names << modelName(id);
    // The language's own list separator (Chinese uses "、").
    return names.join(ReportTexts::tr(", "));
}

QString keyValueTable(const QList<QPair<QString, QString>> &rows)
{
    QString html = tableOpen();
    for (const auto &[key, value] : rows)
        html += QStringLiteral("<tr><td bgcolor=\"%1\" width=\"38%\">%2</td><td>%3</td></tr>")
                    .arg(kHead, esc(key), esc(value));
    return html + QStringLiteral("</table>");
}

QString section(const QString &title, bool newPage = true)
{
    return QStringLiteral("<h1%1>%2</h1>")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(), esc(title));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString formatMetric(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    const double a = std::abs(v);
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : 3;
    return reportLocale().toString(v, 'f', decimals);
}

QString metricTitle(const QString &key)
{
    if (key == u"rmse")
        return ReportTexts::tr("RMSE");
    if (key == u"mae")
        return ReportTexts::tr("MAE");
    if (key == u"r2")
        return ReportTexts::tr("R²");
    if (key == u"gini")
        return ReportTexts::tr("Gini");
    if (key == u"spearman")
        return ReportTexts::tr("Spearman");
    if (key == u"top20")
        return ReportTexts::tr("Top 20% capture");
    if (key == u"total_ratio")
        return ReportTexts::tr("Predicted / actual");
    if (key == u"decile_mape")
        return ReportTexts::tr("Decile MAPE");
    if (key == u"purchases_mae")
        return ReportTexts::tr("Purchases MAE");
    if (key == u"churn_auc")
        return ReportTexts::tr("AUC");
    if (key == u"churn_logloss")
        return ReportTexts::tr("Log loss");
    if (key == u"churn_f1")
        return ReportTexts::tr("F1");
    if (key == u"churn_accuracy")
        return ReportTexts::tr("Accuracy");
    return key;
}

// One leaderboard table over some metric keys; the best value per metric is bold on green.
QString leaderboardTable(const eval::Leaderboard &board, const QStringList &keys)
{
    std::vector<ReportColumn> columns(1);
    columns[0].header = ReportTexts::tr("Model");
    for (const eval::LeaderboardRow &row : board.rows)
        columns[0].cells << row.displayName;
    for (const QString &key : keys) {
        ReportColumn column;
        column.header = metricTitle(key);
        column.numeric = true;
        const std::vector<std::size_t> best = board.best(key);
        for (std::size_t r = 0; r < board.rows.size(); ++r) {
            column.cells << formatMetric(board.rows[r].metric(key));
            column.emphasised.push_back(std::find(best.begin(), best.end(), r) != best.end());
        }
        columns.push_back(column);
    }
    return reportTableHtml(columns, pageTextWidthPt());
}

// The answers a reader looks for first, each from a later section.
QList<QPair<QString, QString>> highlights(const pipeline::Analysis &a)
{
    QList<QPair<QString, QString>> rows;
    const eval::Leaderboard &board = a.evaluation.leaderboard;
    const auto bestOf = [&](const QString &key) {
        const std::vector<std::size_t> best = board.best(key);
        if (best.empty())
            return QStringLiteral("–");
        const eval::LeaderboardRow &row = board.rows[best.front()];
        return QStringLiteral("%1 (%2)").arg(row.displayName, formatMetric(row.metric(key)));
    };
    rows.append({ReportTexts::tr("Best at ranking customers by value (Gini)"), bestOf(QStringLiteral("gini"))});
    rows.append({ReportTexts::tr("Best churn prediction (AUC)"), bestOf(QStringLiteral("churn_auc"))});
    const std::vector<double> &ltv = a.forward.predictions.ltv;
    double total = 0;
    for (double v : ltv)
        total += std::isfinite(v) ? v : 0.0;
    rows.append(
        {ReportTexts::tr("Predicted value of all customers, next %1").arg(horizonText(a.settings)), money(total)});
    rows.append({ReportTexts::tr("Budget plan"),
                 ReportTexts::tr("%1 contacts for %2, expected net return %3")
                     .arg(count(a.budget.contacts.size()), money(a.budget.spend), money(a.budget.netReturn))});
    return rows;
}

// The models' time unit in the report's language (timeUnitName() is the identifier).
QString timeUnitLabel(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return ReportTexts::tr("day");
    case TimeUnit::Week:
        return ReportTexts::tr("week");
    case TimeUnit::Month:
        return ReportTexts::tr("month");
    }
    return timeUnitName(unit);
}

QString titlePage(const pipeline::Analysis &a, const ReportMeta &meta)
{
    QString html = QStringLiteral("<p align=\"center\" style=\"margin-top: 180px; font-size: 26pt; "
                                  "font-weight: bold;\">%1</p>")
                       .arg(esc(meta.title));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt;\">%1</p>").arg(esc(meta.sourceName));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt;\">%1</p>")
                .arg(esc(ReportTexts::tr("%1 customers, %2 transactions, %3 to %4")
                             .arg(count(a.data.customers), count(a.data.transactions), isoFromDay(a.data.firstDay),
                                  isoFromDay(a.data.lastDay))));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 11pt; color: #52606d;\">%1</p>")
                .arg(esc(ReportTexts::tr("Created %1 by LTV Studio %2")
                             .arg(reportLocale().toString(meta.created, QLocale::LongFormat),
                                  QCoreApplication::applicationVersion())));
    html += QStringLiteral("<h2 style=\"margin-top: 60px;\">%1</h2>").arg(esc(ReportTexts::tr("Highlights")));
    html += keyValueTable(highlights(a));
    return html;
}

QString dataSection(const pipeline::Analysis &a)
{
    const pipeline::DataSummary &d = a.data;
    const double repeatShare =
        d.customers ? 100.0 * static_cast<double>(d.repeatCustomers) / static_cast<double>(d.customers) : 0.0;
    QString html = section(ReportTexts::tr("Data summary and quality"));
    html += keyValueTable({
        {ReportTexts::tr("Customers"), count(d.customers)},
        {ReportTexts::tr("Transactions"), count(d.transactions)},
        {ReportTexts::tr("Period"), ReportTexts::tr("%1 to %2").arg(isoFromDay(d.firstDay), isoFromDay(d.lastDay))},
        {ReportTexts::tr("Net revenue"), money(d.revenue)},
        {ReportTexts::tr("Mean revenue per customer"),
         money(d.customers ? d.revenue / static_cast<double>(d.customers) : 0.0)},
        {ReportTexts::tr("Repeat customers"),
         ReportTexts::tr("%1 (%2%)").arg(count(d.repeatCustomers), reportLocale().toString(repeatShare, 'f', 1))},
        {ReportTexts::tr("Return lines"), count(d.returnLines)},
        {ReportTexts::tr("Products"), d.products ? count(d.products) : ReportTexts::tr("no product column")},
    });
    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(ReportTexts::tr("Quality check")));
    for (const QString &line : a.quality.toText())
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    return html + QStringLiteral("</ul>");
}

QString leaderboardSection(const pipeline::Analysis &a)
{
    const eval::Leaderboard &board = a.evaluation.leaderboard;
    QString html = section(ReportTexts::tr("Model leaderboard"));
    html +=
        paragraph(ReportTexts::tr("Every model predicts the %1 after the calibration end %2 and is scored on what the "
                                  "customers actually did. The best value of each metric is in bold on green.")
                      .arg(horizonText(a.settings), isoFromDay(a.calibrationEnd)));
    html += paragraph(a.evaluation.data.split.describe());
    html += paragraph(
        ReportTexts::tr("Training protocol of the ML models: %1.").arg(a.evaluation.data.protocol.describe()));
    // Three narrow tables read better on a page than one with 13 metric columns.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportTexts::tr("Ranking customers by value")));
    html += leaderboardTable(board, {QStringLiteral("gini"), QStringLiteral("spearman"), QStringLiteral("top20"),
                                     QStringLiteral("total_ratio")});
    html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportTexts::tr("Errors of the predicted value and purchases")));
    html += leaderboardTable(board, {QStringLiteral("rmse"), QStringLiteral("mae"), QStringLiteral("r2"),
                                     QStringLiteral("decile_mape"), QStringLiteral("purchases_mae")});
    html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportTexts::tr("Churn: no purchase in the holdout")));
    html += leaderboardTable(board, {QStringLiteral("churn_auc"), QStringLiteral("churn_logloss"),
                                     QStringLiteral("churn_f1"), QStringLiteral("churn_accuracy")});
    QStringList notes = a.evaluation.data.notes;
    for (qsizetype i = 0; i < a.evaluation.reports.size() && i < a.settings.models.size(); ++i) {
        const bool fitted = std::any_of(board.rows.begin(), board.rows.end(), [&](const eval::LeaderboardRow &r) {
            return r.model.startsWith(a.settings.models[i]);
        });
        if (!fitted)
            notes << ReportTexts::tr("%1 was not fitted: %2")
                         .arg(modelName(a.settings.models[i]), a.evaluation.reports[i].message);
    }
    for (const eval::LeaderboardRow &row : board.rows)
        if (!row.note.isEmpty())
            notes << QStringLiteral("%1: %2").arg(row.displayName, row.note);
    if (!notes.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &note : notes)
            html += QStringLiteral("<li>%1</li>").arg(esc(note));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString chartImage(const ReportChart &c)
{
    // Two charts with their headings and captions per A4 page: each at most
    // 340 px high (at 96 dpi) and 640 px wide.
    const int width = qMin(640, c.logicalSize.width() * 340 / qMax(1, c.logicalSize.height()));
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p>").arg(esc(c.fileName)).arg(width);
}

QString chartsSection(const std::vector<ReportChart> &charts)
{
    QString html = section(ReportTexts::tr("Key charts"));
    std::size_t shown = 0;
    for (const ReportChart &c : charts) {
        if (c.segmentChart)
            continue;
        html +=
            QStringLiteral("<h2%1>%2</h2>")
                .arg(shown > 0 && shown % 2 == 0 ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(),
                     esc(c.title));
        ++shown;
        html += chartImage(c);
        html += paragraph(c.caption);
    }
    return html;
}

QString segmentsSection(const pipeline::Analysis &a, const std::vector<ReportChart> &charts)
{
    const models::Predictions &p = a.forward.predictions;
    QString html = section(ReportTexts::tr("Segments and actions"));
    html +=
        paragraph(ReportTexts::tr("Forward predictions: %1 (with Gamma-Gamma spend) fitted on all history up to %2, "
                                  "predicting the next %3.")
                      .arg(segmentModelName(a.forward.predictions.model), isoFromDay(a.asOf), horizonText(a.settings)));
    for (const QString &note : a.forward.notes)
        html += paragraph(note);
    for (const ReportChart &c : charts)
        if (c.segmentChart)
            html += chartImage(c);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportTexts::tr("RFM segments and their playbook actions")));
    html += tableHtml(segments::playbookTable(a.playbook, a.rfm.segmentation, p), {0, 1, 2, 3, 4, 5, 6});
    html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                .arg(esc(ReportTexts::tr("Predicted value x churn risk")));
    // segment, customers, share %, total LTV, mean LTV, value at risk, mean churn probability
    html += tableHtml(segments::segmentValueTable(a.valueRisk.segmentation, p), {0, 1, 2, 3, 4, 6, 7});

    const segments::BudgetOptions &b = a.settings.budget;
    html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(ReportTexts::tr("Budget plan")));
    html += paragraph(
        ReportTexts::tr("A budget of %1 at %2 per contact (gross margin %3%) funds %4 contacts: spend %5, "
                        "expected incremental value %6, expected net return %7 (ROI %8).")
            .arg(money(b.totalBudget), money(b.costPerContact), reportLocale().toString(100.0 * b.grossMargin, 'f', 0),
                 count(a.budget.contacts.size()), money(a.budget.spend), money(a.budget.incrementalValue),
                 money(a.budget.netReturn), reportLocale().toString(a.budget.roi(), 'f', 2)));
    if (!a.budget.budgetBinding)
        html += paragraph(
            ReportTexts::tr("Every customer with a positive expected return is funded; the rest of the budget "
                            "is not needed."));
    // segment, customers, eligible, contacted, budget, incremental value, net return, ROI: the
    // action of each segment is in the playbook table above.
    html += tableHtml(segments::budgetSegmentTable(a.budget), {0, 2, 3, 4, 5, 6, 7, 8});
    return html;
}

QString settingsSection(const pipeline::Analysis &a, const ReportMeta &meta)
{
    const pipeline::AnalysisSettings &s = a.settings;
    return section(ReportTexts::tr("Settings")) +
           keyValueTable({
               {ReportTexts::tr("Data"), meta.sourceName},
               {ReportTexts::tr("Calibration end"), isoFromDay(a.calibrationEnd)},
               {ReportTexts::tr("Horizon"), horizonText(s)},
               {ReportTexts::tr("Time unit"), timeUnitLabel(s.unit)},
               {ReportTexts::tr("Annual discount rate"),
                QString(reportLocale().toString(100.0 * s.annualDiscountRate, 'f', 1) + QStringLiteral("%"))},
               {ReportTexts::tr("Models compared"), modelNames(s.models)},
               {ReportTexts::tr("Training protocol"), a.evaluation.data.protocol.describe()},
               {ReportTexts::tr("Model of the forward predictions"), segmentModelName(s.segmentModel)},
               {ReportTexts::tr("Budget"), money(s.budget.totalBudget)},
               {ReportTexts::tr("Cost per contact"), money(s.budget.costPerContact)},
               {ReportTexts::tr("Gross margin"),
                QString(reportLocale().toString(100.0 * s.budget.grossMargin, 'f', 0) + QStringLiteral("%"))},
               {ReportTexts::tr("Data quality options"), s.quality.describe()},
           });
}

} // namespace

QString reportHtml(const pipeline::Analysis &analysis, const std::vector<ReportChart> &charts, const ReportMeta &meta)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body { font-family: sans-serif; } "
                                  // A centred column in a browser; the PDF (print medium) uses the page width.
                                  "@media screen { body { max-width: 60em; margin: auto; } } "
                                  "h1 { color: #1f3a5f; } h2 { color: #1f3a5f; } td, th { font-size: 9pt; }"
                                  "</style></head><body>\n")
                       .arg(esc(meta.title));
    html += titlePage(analysis, meta);
    html += dataSection(analysis);
    html += leaderboardSection(analysis);
    html += chartsSection(charts);
    html += segmentsSection(analysis, charts);
    html += settingsSection(analysis, meta);
    return html + QStringLiteral("\n</body></html>\n");
}

} // namespace ltv::ui::report
