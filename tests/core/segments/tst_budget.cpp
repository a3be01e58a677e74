// Budget allocation: budget limit, optimality against brute force, and the
// segment gate for negative expected returns.

#include "segments/Budget.h"
#include "segments/Random.h"

#include <QtTest>

#include <cmath>

using namespace ltv;
using namespace ltv::segments;

namespace {
struct Instance
{
    Segmentation segmentation;
    Playbook playbook;
    models::Predictions predictions;
};

PlaybookEntry row(const char *segment, ActionKind action, double uplift, UpliftBasis basis, double cap)
{
    PlaybookEntry e;
    e.segment = QString::fromLatin1(segment);
    e.action = action;
    e.uplift = uplift;
    e.basis = basis;
    e.maxSpendShareOfLtv = cap;
    e.channel = QStringLiteral("email");
    return e;
}

void addCustomer(Instance &instance, std::int32_t segment, double ltv, double churn)
{
    const auto c = static_cast<std::int32_t>(instance.predictions.customer.size());
    instance.segmentation.customer.push_back(c);
    instance.segmentation.segmentOf.push_back(segment);
    instance.predictions.customer.push_back(c);
    instance.predictions.ltv.push_back(ltv);
    instance.predictions.churnProbability.push_back(churn);
    instance.predictions.pAlive.push_back(1.0 - churn);
    instance.predictions.expectedPurchases.push_back(1.0);
    instance.predictions.expectedSpend.push_back(ltv);
}

Instance randomInstance(SeededRandom &random, std::size_t n)
{
    Instance instance;
    instance.segmentation.names = {QStringLiteral("grow"), QStringLiteral("save"), QStringLiteral("weak"),
                                   QStringLiteral("unplanned")};
    instance.playbook.entries = {row("grow", ActionKind::CrossSell, 0.05, UpliftBasis::PredictedValue, 1.0 / 3.0),
                                 row("save", ActionKind::WinBack, 0.15, UpliftBasis::ValueAtRisk, 0.25),
                                 row("weak", ActionKind::InverseDiscount, 0.01, UpliftBasis::PredictedValue, 0.5)};
    for (std::size_t i = 0; i < n; ++i)
        addCustomer(instance, static_cast<std::int32_t>(random.below(4)), 80.0 * random.uniform() * random.uniform(),
                    random.uniform());
    return instance;
}

// Independent evaluation of the model in Budget.h for one customer row.
double expectedGain(const Instance &instance, std::size_t i, double margin)
{
    const PlaybookEntry *e = instance.playbook.find(instance.segmentation.names[instance.segmentation.segmentOf[i]]);
    const double ltv = instance.predictions.ltv[i];
    const double basis = e->basis == UpliftBasis::ValueAtRisk ? ltv * instance.predictions.churnProbability[i] : ltv;
    return margin * e->uplift * basis;
}

// Best total net return over every subset of customers that respects the
// budget, the per-customer cap and the segment gate.
double bruteForceBest(const Instance &instance, const BudgetOptions &options)
{
    const std::size_t n = instance.segmentation.size();
    const double c = options.costPerContact;
    std::vector<bool> allowed(n, false);
    std::vector<double> net(n, 0.0);
    std::vector<double> gate(static_cast<std::size_t>(instance.segmentation.names.size()), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const PlaybookEntry *e =
            instance.playbook.find(instance.segmentation.names[instance.segmentation.segmentOf[i]]);
        if (!e || c > e->maxSpendShareOfLtv * instance.predictions.ltv[i])
            continue;
        net[i] = expectedGain(instance, i, options.grossMargin) - c;
        gate[static_cast<std::size_t>(instance.segmentation.segmentOf[i])] += net[i];
        allowed[i] = true;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (allowed[i] && !(gate[static_cast<std::size_t>(instance.segmentation.segmentOf[i])] > 0.0))
            allowed[i] = false;
    double best = 0.0;
    for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
        double value = 0.0;
        int contacts = 0;
        bool feasible = true;
        for (std::size_t i = 0; i < n && feasible; ++i)
            if (mask & (1u << i)) {
                feasible = allowed[i];
                value += net[i];
                ++contacts;
            }
        if (feasible && contacts * c <= options.totalBudget)
            best = std::max(best, value);
    }
    return best;
}
} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

private slots:
    void handComputedSmallCase()
    {
        Instance instance;
        instance.segmentation.names = {QStringLiteral("A")};
        instance.playbook.entries = {row("A", ActionKind::CrossSell, 0.05, UpliftBasis::PredictedValue, 1.0 / 3.0)};
        addCustomer(instance, 0, 100.0, 0.2); // g = 5,  net 4.5
        addCustomer(instance, 0, 40.0, 0.2);  // g = 2,  net 1.5
        addCustomer(instance, 0, 1.2, 0.2);   // cap 0.4 < cost 0.5: never contacted
        BudgetOptions options{10.0, 0.5, 1.0};
        const BudgetAllocation all =
            allocateBudget(instance.segmentation, instance.playbook, instance.predictions, options);
        QCOMPARE(all.contacts.size(), std::size_t{2});
        QCOMPARE(all.contacts[0].customer, 0);
        QCOMPARE(all.spend, 1.0);
        QVERIFY(std::abs(all.netReturn - 6.0) < 1e-12);
        QVERIFY(std::abs(all.segments[0].roi() - 6.0) < 1e-12);
        QVERIFY(std::abs(all.segments[0].expectedReturn - (4.5 + 1.5)) < 1e-12); // the capped customer is not counted
        QVERIFY(!all.budgetBinding);
        options.totalBudget = 0.7; // one contact only: the best one
        const BudgetAllocation one =
            allocateBudget(instance.segmentation, instance.playbook, instance.predictions, options);
        QCOMPARE(one.contacts.size(), std::size_t{1});
        QCOMPARE(one.contacts[0].customer, 0);
        QVERIFY(one.budgetBinding);
        options.grossMargin = 0.25; // g = 1.25 and 0.5: the second no longer pays
        const BudgetAllocation margin = allocateBudget(instance.segmentation, instance.playbook, instance.predictions,
                                                       BudgetOptions{10.0, 0.5, 0.25});
        QCOMPARE(margin.contacts.size(), std::size_t{1});
        QVERIFY(std::abs(margin.netReturn - 0.75) < 1e-12);
        const Table table = budgetSegmentTable(all);
        QCOMPARE(table.rows.size(), std::size_t{2}); // A + Total
        QCOMPARE(table.rows[0][8], QStringLiteral("6.00"));
    }

    void neverExceedsTheBudget()
    {
        SeededRandom random(1);
        for (int round = 0; round < 200; ++round) {
            const Instance instance = randomInstance(random, 60);
            BudgetOptions options;
            options.costPerContact = 0.1 + random.uniform();
            options.totalBudget = 12.0 * random.uniform();
            const BudgetAllocation a =
                allocateBudget(instance.segmentation, instance.playbook, instance.predictions, options);
            QVERIFY(a.spend <= options.totalBudget);
            double segmentSpend = 0.0;
            for (const SegmentBudget &s : a.segments)
                segmentSpend += s.spend;
            QVERIFY(segmentSpend <= options.totalBudget + 1e-9);
            const auto affordable = static_cast<std::size_t>(std::floor(options.totalBudget / options.costPerContact));
            QCOMPARE(a.contacts.size(), std::min(affordable, a.eligible));
        }
    }

    void optimalAgainstBruteForce()
    {
        SeededRandom random(2);
        for (int round = 0; round < 300; ++round) {
            const Instance instance = randomInstance(random, 1 + static_cast<std::size_t>(random.below(11)));
            BudgetOptions options;
            options.costPerContact = 0.2 + 2.0 * random.uniform();
            options.totalBudget = 8.0 * random.uniform();
            options.grossMargin = 0.3 + 0.7 * random.uniform();
            const BudgetAllocation a =
                allocateBudget(instance.segmentation, instance.playbook, instance.predictions, options);
            const double best = bruteForceBest(instance, options);
            QVERIFY2(std::abs(a.netReturn - best) < 1e-9,
                     qPrintable(QStringLiteral("round %1: greedy %2, best %3").arg(round).arg(a.netReturn).arg(best)));
            for (const BudgetContact &contact : a.contacts)
                QVERIFY(std::abs(contact.incrementalValue - expectedGain(instance,
                                                                         static_cast<std::size_t>(contact.customer),
                                                                         options.grossMargin)) < 1e-12);
        }
    }

    void nothingForNegativeSegments()
    {
        Instance instance;
        instance.segmentation.names = {QStringLiteral("mostly weak"), QStringLiteral("suppressed"),
                                       QStringLiteral("no row"), QStringLiteral("good")};
        instance.playbook.entries = {row("mostly weak", ActionKind::CrossSell, 0.05, UpliftBasis::PredictedValue, 1.0),
                                     row("suppressed", ActionKind::Suppression, 0.0, UpliftBasis::PredictedValue, 1.0),
                                     row("good", ActionKind::WinBack, 0.2, UpliftBasis::ValueAtRisk, 1.0)};
        addCustomer(instance, 0, 30.0, 0.5); // net 1.5 - 1 = +0.5, but ...
        for (int i = 0; i < 5; ++i)
            addCustomer(instance, 0, 4.0, 0.5); // ... five at 0.2 - 1 = -0.8: segment return -3.5
        addCustomer(instance, 1, 500.0, 0.9);
        addCustomer(instance, 2, 500.0, 0.9);
        addCustomer(instance, 3, 100.0, 0.5); // 0.2 x 50 - 1 = 9
        const BudgetAllocation a = allocateBudget(instance.segmentation, instance.playbook, instance.predictions,
                                                  BudgetOptions{1000.0, 1.0, 1.0});
        QVERIFY(a.segments[0].expectedReturn < 0.0);
        QVERIFY(a.segments[0].excluded);
        QCOMPARE(a.segments[0].contacted, std::size_t{0});
        QCOMPARE(a.segments[0].spend, 0.0);
        QVERIFY(a.segments[1].excluded);
        QCOMPARE(a.segments[1].contacted, std::size_t{0});
        QVERIFY(a.segments[2].excluded);
        QVERIFY(!a.segments[2].hasAction);
        QCOMPARE(a.segments[2].contacted, std::size_t{0});
        QCOMPARE(a.contacts.size(), std::size_t{1});
        QCOMPARE(a.contacts[0].customer, 8);
        QVERIFY(std::abs(a.netReturn - 9.0) < 1e-12);
        const Table contacts = budgetContactTable(a, instance.segmentation, {});
        QCOMPARE(contacts.rows.size(), std::size_t{1});
        QCOMPARE(contacts.rows[0][2], QStringLiteral("win_back"));
    }

    void rejectsBadOptions()
    {
        Instance instance;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 allocateBudget(instance.segmentation, instance.playbook, instance.predictions,
                                                BudgetOptions{10.0, 0.0, 1.0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 allocateBudget(instance.segmentation, instance.playbook, instance.predictions,
                                                BudgetOptions{-1.0, 1.0, 1.0}));
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
