// `ltv recommend`: the playbook per segment, a budget allocation with the
// customer list, the retention list, and (with a product column) cross-sell
// rules, next-product suggestions and the inventory signal.

#include "Command.h"

#include "pipeline/DemoData.h"
#include "segments/Budget.h"
#include "segments/CrossSell.h"
#include "segments/Inventory.h"
#include "segments/ModelRun.h"
#include "segments/Playbook.h"
#include "segments/Retention.h"
#include "segments/Rfm.h"
#include "segments/ValueRisk.h"
#include "store/Project.h"

#include <QFile>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("project"), QStringLiteral("Project file (*.ltv) with imported transactions."),
         QStringLiteral("P.ltv")},
        {QStringLiteral("demo"), QStringLiteral("Use the bundled CDNOW sample instead of a project.")},
        {QStringLiteral("model"), QStringLiteral("BTYD model: bgnbd, mbgnbd or pnbd (with Gamma-Gamma spend)."),
         QStringLiteral("id"), QStringLiteral("bgnbd")},
        {QStringLiteral("as-of"), QStringLiteral("Last day of history (yyyy-MM-dd); default: the last transaction."),
         QStringLiteral("date")},
        {QStringLiteral("unit"), QStringLiteral("Model time unit: day, week or month."), QStringLiteral("unit"),
         QStringLiteral("week")},
        {QStringLiteral("horizon"), QStringLiteral("Prediction horizon in units."), QStringLiteral("n"),
         QStringLiteral("52")},
        {QStringLiteral("segmentation"), QStringLiteral("Segments the playbook applies to: rfm or value-risk."),
         QStringLiteral("kind"), QStringLiteral("rfm")},
        {QStringLiteral("rules"), QStringLiteral("RFM rule table (JSON)."), QStringLiteral("file")},
        {QStringLiteral("playbook"), QStringLiteral("Playbook (JSON) replacing the default one."),
         QStringLiteral("file")},
        {QStringLiteral("budget"), QStringLiteral("Total marketing budget."), QStringLiteral("amount"),
         QStringLiteral("10000")},
        {QStringLiteral("cost-per-contact"), QStringLiteral("Cost of one contact."), QStringLiteral("amount"),
         QStringLiteral("0.5")},
        {QStringLiteral("margin"), QStringLiteral("Gross margin applied to incremental revenue (0..1)."),
         QStringLiteral("share"), QStringLiteral("1")},
        {QStringLiteral("out"), QStringLiteral("CSV of the contacted customers with their action."),
         QStringLiteral("file")},
        {QStringLiteral("retention-out"), QStringLiteral("CSV of customers ranked by value at risk."),
         QStringLiteral("file")},
        {QStringLiteral("cross-sell-out"), QStringLiteral("CSV of product association rules."), QStringLiteral("file")},
        {QStringLiteral("suggestions-out"), QStringLiteral("CSV of next-product suggestions per customer."),
         QStringLiteral("file")},
        {QStringLiteral("inventory-out"), QStringLiteral("CSV of expected units per product."), QStringLiteral("file")},
    });
}

bool readJson(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *bytes = file.readAll();
    return true;
}

bool writeCsv(const QCommandLineParser &parser, const QString &option, const segments::Table &table, QTextStream &out,
              QTextStream &err)
{
    if (!parser.isSet(option))
        return true;
    QFile file(parser.value(option));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(segments::toCsv(table)) < 0) {
        err << "ltv recommend: cannot write " << file.fileName() << "\n";
        return false;
    }
    out << "Wrote " << table.rows.size() << " rows to " << file.fileName() << "\n";
    return true;
}

// The transactions of --project or --demo; returns an exit code.
int loadTransactions(const QCommandLineParser &parser, features::TransactionSet *set, QTextStream &err)
{
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (demo == parser.isSet(QStringLiteral("project"))) {
        err << "ltv recommend: give either --project P.ltv or --demo\n";
        return ExitUsage;
    }
    try {
        *set = demo ? pipeline::loadDemoTransactions()
                    : store::Project::open(parser.value(QStringLiteral("project")), false).loadTransactionSet();
    } catch (const std::exception &e) {
        err << "ltv recommend: " << e.what() << "\n";
        return ExitFailure;
    }
    if (set->empty()) {
        err << "ltv recommend: the data has no transactions\n";
        return ExitFailure;
    }
    return ExitOk;
}

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    features::TransactionSet set;
    if (const int loaded = loadTransactions(parser, &set, err); loaded != ExitOk)
        return loaded;
    Day asOf = set.dayRange().second;
    if (parser.isSet(QStringLiteral("as-of")) && !dayFromIso(parser.value(QStringLiteral("as-of")), &asOf)) {
        err << "ltv recommend: --as-of needs a date as yyyy-MM-dd\n";
        return ExitUsage;
    }
    segments::ModelRunOptions options;
    options.modelId = parser.value(QStringLiteral("model"));
    bool okHorizon = false, okBudget = false, okCost = false, okMargin = false;
    options.horizon = parser.value(QStringLiteral("horizon")).toDouble(&okHorizon);
    segments::BudgetOptions budget;
    budget.totalBudget = parser.value(QStringLiteral("budget")).toDouble(&okBudget);
    budget.costPerContact = parser.value(QStringLiteral("cost-per-contact")).toDouble(&okCost);
    budget.grossMargin = parser.value(QStringLiteral("margin")).toDouble(&okMargin);
    if (!parseTimeUnit(parser.value(QStringLiteral("unit")), &options.unit) || !okHorizon || options.horizon <= 0 ||
        !okBudget || budget.totalBudget < 0 || !okCost || budget.costPerContact <= 0 || !okMargin ||
        budget.grossMargin < 0 || budget.grossMargin > 1) {
        err << "ltv recommend: bad --unit, --horizon, --budget, --cost-per-contact or --margin\n";
        return ExitUsage;
    }
    const QString kind = parser.value(QStringLiteral("segmentation"));
    if (kind != QLatin1String("rfm") && kind != QLatin1String("value-risk")) {
        err << "ltv recommend: --segmentation is rfm or value-risk\n";
        return ExitUsage;
    }
    QString error;
    QByteArray json;
    segments::RfmRuleTable rules = segments::defaultRfmRules();
    if (parser.isSet(QStringLiteral("rules")) && (!readJson(parser.value(QStringLiteral("rules")), &json) ||
                                                  !segments::RfmRuleTable::fromJson(json, &rules, &error))) {
        err << "ltv recommend: cannot use " << parser.value(QStringLiteral("rules")) << " " << error << "\n";
        return ExitUsage;
    }
    segments::Playbook playbook =
        kind == QLatin1String("rfm") ? segments::defaultRfmPlaybook() : segments::defaultValueRiskPlaybook();
    if (parser.isSet(QStringLiteral("playbook")) && (!readJson(parser.value(QStringLiteral("playbook")), &json) ||
                                                     !segments::Playbook::fromJson(json, &playbook, &error))) {
        err << "ltv recommend: cannot use " << parser.value(QStringLiteral("playbook")) << " " << error << "\n";
        return ExitUsage;
    }

    const segments::ModelRun model = segments::fitAndPredict(set, asOf, options);
    if (!model.ok()) {
        err << "ltv recommend: " << model.error << "\n";
        return ExitFailure;
    }
    const models::Predictions &p = model.predictions;
    const segments::Segmentation segmentation =
        kind == QLatin1String("rfm")
            ? segments::scoreRfm(segments::rfmInputsFromSummary(model.summary), rules).segmentation
            : segments::valueRiskGrid(p).segmentation;

    out << "Model: " << options.modelId << " (" << p.dataCut << ")\n";
    for (const QString &note : model.notes)
        out << "Note: " << note << "\n";
    out << "Customers: " << p.size() << "\n\nPlaybook\n"
        << segments::toText(segments::playbookTable(playbook, segmentation, p));
    segments::BudgetAllocation allocation;
    try {
        allocation = segments::allocateBudget(segmentation, playbook, p, budget);
    } catch (const std::exception &e) {
        err << "ltv recommend: " << e.what() << "\n";
        return ExitUsage;
    }
    out << "\nBudget " << segments::formatNumber(budget.totalBudget, 2) << " at "
        << segments::formatNumber(budget.costPerContact, 2) << " per contact, margin "
        << segments::formatNumber(budget.grossMargin, 2) << "\n"
        << segments::toText(segments::budgetSegmentTable(allocation));
    if (!allocation.budgetBinding)
        out << "Every customer with a positive expected return is funded; "
            << segments::formatNumber(budget.totalBudget - allocation.spend, 2) << " of the budget is not needed.\n";

    const std::vector<segments::RetentionEntry> retention =
        segments::retentionList(p, segments::lastPurchaseDays(set, asOf));
    const segments::Table retentionTable =
        segments::retentionTable(retention, set.customerIds, &segmentation, &playbook);
    segments::Table top = retentionTable;
    top.rows.resize(std::min<std::size_t>(top.rows.size(), 10));
    out << "\nRetention: top 10 of " << retention.size() << " by value at risk\n" << segments::toText(top);

    bool ok = writeCsv(parser, QStringLiteral("out"),
                       segments::budgetContactTable(allocation, segmentation, set.customerIds), out, err) &&
              writeCsv(parser, QStringLiteral("retention-out"), retentionTable, out, err);

    const bool hasProducts = std::any_of(set.product.begin(), set.product.end(), [](std::int32_t v) { return v >= 0; });
    if (!hasProducts) {
        out << "\nNo product column was imported: cross-sell and inventory signal skipped.\n";
    } else {
        segments::CrossSellOptions crossSell;
        crossSell.asOf = asOf;
        const segments::AssociationResult associations = segments::associationRules(set, crossSell);
        const std::vector<segments::ProductSuggestion> suggestions =
            segments::nextProductSuggestions(set, associations);
        segments::InventoryOptions inventory;
        inventory.asOf = asOf;
        const segments::Table inventoryTable =
            segments::inventoryTable(segments::inventorySignal(set, p, inventory), set.productNames);
        out << "\nCross-sell: " << associations.rules.size() << " rules over " << associations.baskets << " baskets, "
            << suggestions.size() << " suggestions\n";
        segments::Table topProducts = inventoryTable;
        topProducts.rows.resize(std::min<std::size_t>(topProducts.rows.size(), 10));
        out << "\nInventory signal: top 10 products by expected units\n" << segments::toText(topProducts);
        ok = ok &&
             writeCsv(parser, QStringLiteral("cross-sell-out"),
                      segments::associationRuleTable(associations, set.productNames), out, err) &&
             writeCsv(parser, QStringLiteral("suggestions-out"),
                      segments::suggestionTable(suggestions, set.customerIds, set.productNames), out, err) &&
             writeCsv(parser, QStringLiteral("inventory-out"), inventoryTable, out, err);
    }
    return ok ? ExitOk : ExitFailure;
}

const CommandRegistration registration({QStringLiteral("recommend"),
                                        QStringLiteral("Marketing actions per segment, budget, retention, cross-sell"),
                                        configure, run});

} // namespace
} // namespace ltv::cli
