// `ltv recommend`: the playbook per segment, a budget allocation with the
// customer list, the retention list, and (with a product column) cross-sell
// rules, next-product suggestions and the inventory signal.

#include "Command.h"
#include "SegmentOptions.h"

#include "segments/Budget.h"
#include "segments/CrossSell.h"
#include "segments/Inventory.h"
#include "segments/ModelRun.h"
#include "segments/Playbook.h"
#include "segments/Retention.h"
#include "segments/Rfm.h"
#include "segments/ValueRisk.h"

#include <QFile>

namespace ltv::cli {
namespace {

void configure(QCommandLineParser &parser)
{
    addSegmentInputOptions(parser, true);
    addBudgetOptions(parser);
    parser.addOptions({
        {QStringLiteral("segmentation"), QStringLiteral("Segments the playbook applies to: rfm or value-risk."),
         QStringLiteral("kind"), QStringLiteral("rfm")},
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

int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString kind = parser.value(QStringLiteral("segmentation"));
    if (kind != QLatin1String("rfm") && kind != QLatin1String("value-risk")) {
        err << "ltv recommend: --segmentation is rfm or value-risk\n";
        return ExitUsage;
    }
    const bool rfmKind = kind == QLatin1String("rfm");
    segments::BudgetOptions budget;
    if (!readBudgetOptions(parser, QStringLiteral("recommend"), &budget, err))
        return ExitUsage;
    SegmentInput input;
    if (const int loaded = loadSegmentInput(parser, QStringLiteral("recommend"), &input, err); loaded != ExitOk)
        return loaded;
    if (!saveSettingsFromFiles(parser, QStringLiteral("recommend"), input, !rfmKind, out, err))
        return ExitUsage;
    const features::TransactionSet &set = input.transactions;
    const Day asOf = input.asOf;
    const segments::ModelRunOptions &options = input.model;
    const bool savedPlaybook = rfmKind ? input.settings.savedRfmPlaybook : input.settings.savedValueRiskPlaybook;
    const segments::Playbook playbook =
        input.playbookFile.value_or(rfmKind ? input.settings.rfmPlaybook : input.settings.valueRiskPlaybook);

    const segments::ModelRun model = segments::fitAndPredict(set, asOf, options);
    if (!model.ok()) {
        err << "ltv recommend: " << model.error << "\n";
        return ExitFailure;
    }
    const models::Predictions &p = model.predictions;
    const segments::Segmentation segmentation =
        rfmKind
            ? segments::scoreRfm(segments::rfmInputsFromSummary(model.summary), input.settings.rfmRules).segmentation
            : segments::valueRiskGrid(p, input.settings.grid).segmentation;

    out << "Model: " << options.modelId << " (" << p.dataCut << ")\n";
    for (const QString &note : model.notes)
        out << "Note: " << note << "\n";
    out << input.settingsNotes.join(QLatin1Char('\n')) << "\nPlaybook: "
        << (input.playbookFile ? QStringLiteral("from ") + parser.value(QStringLiteral("playbook"))
                               : (savedPlaybook ? QStringLiteral("saved in the project") : QStringLiteral("default")))
        << "\n";
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
