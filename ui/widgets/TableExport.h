#pragma once
// Copy and export for any table: tab-separated text for the clipboard, and
// RFC 4180 UTF-8 CSV files.

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

namespace ltv::ui {

// TSV of the selected cells (rectangular hull), with a header line.
QString selectionToTsv(const QAbstractItemModel &model, const QModelIndexList &indexes);
// Writes every row and column of the model as CSV with a header: numbers (a
// numeric EditRole) in full precision and plain digits, the rest as displayed.
// Writes to a temporary file and renames, so a failure leaves no half-written file.
bool exportModelToCsv(const QAbstractItemModel &model, const QString &path, bool byteOrderMark, QString *error);

} // namespace ltv::ui
