#pragma once
// Shared by the import suites: import a fixture into a fresh project and read
// back what was stored.

#include "TestSupport.h"

#include "io/Importer.h"
#include "pipeline/JobContext.h"
#include "store/Project.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

namespace ltv::test {

struct StoredRow
{
    QString customer;
    QDate date;
    qint64 amountMinor = 0;
    double quantity = 0;
    QString invoice;
    QString product;
    bool isReturn = false;
};

inline std::vector<StoredRow> storedRows(const store::Project &project)
{
    std::vector<StoredRow> rows;
    store::Statement s = project.database().prepare(
        "SELECT c.external_id, t.day, t.amount_minor, t.quantity, t.invoice, ifnull(p.code, ''), t.is_return "
        "FROM transactions t JOIN customers c ON c.id = t.customer_id LEFT JOIN products p ON p.id = t.product_id "
        "ORDER BY t.id");
    while (s.step())
        rows.push_back({s.columnText(0), QDate(1970, 1, 1).addDays(s.columnInt(1)), s.columnInt(2), s.columnDouble(3),
                        s.columnText(4), s.columnText(5), s.columnInt(6) != 0});
    return rows;
}

struct ImportFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Project> project;
    io::ImportReport report;

    explicit ImportFixture(const QString &fixture, const io::ImportOptions &options = {})
    {
        project = std::make_unique<store::Project>(store::Project::open(dir.filePath(QStringLiteral("p.ltv"))));
        report = io::importTransactions(*project, dataPath(fixture), options, pipeline::JobContext());
    }
    std::vector<StoredRow> rows() const { return storedRows(*project); }
};

} // namespace ltv::test
