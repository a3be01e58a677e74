#pragma once
// Which file column feeds which role. Required: customer, date, and either an
// amount or quantity x unit price. Optional: invoice, product, and any number
// of customer attributes (channel, country, ...). Unmapped columns are not stored.

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace ltv::io {

struct ColumnMapping
{
    // 0-based column indices; -1 when not mapped.
    int customer = -1;
    int date = -1;
    int amount = -1;
    int quantity = -1;
    int unitPrice = -1;
    int invoice = -1;
    int product = -1;
    std::vector<int> attributes;

    // Empty when complete, else a translated message naming what is missing.
    QString missingRoles() const;
    // The largest mapped column index.
    int maxColumn() const;
    // JSON object role -> column name, stored with each import.
    QString toJson(const QStringList &columns) const;
    // One line per role, for reports.
    QString describe(const QStringList &columns) const;
};

// The role names accepted in "role=COLUMN": customer, date, amount, quantity,
// price (unit price), invoice, product, attribute.
QStringList mappingRoleNames();

// Applies "role=COLUMN" specs; COLUMN is a header name (case-insensitive) or a
// 1-based column number. Returns false with a translated error.
bool applyMappingSpecs(const QStringList &specs, const QStringList &columns, ColumnMapping *mapping, QString *error);

// Suggests roles from header names and, where names say nothing, from the
// sample's content. Roles already set in mapping are kept.
void suggestMapping(const QStringList &columns, bool hasHeader, const std::vector<std::vector<std::string>> &rows,
                    ColumnMapping *mapping);

} // namespace ltv::io
