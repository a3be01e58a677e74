#include "widgets/TableExport.h"

#include "io/CsvWriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>

#include <algorithm>

namespace ltv::ui {

namespace {
// A column title as text: soft hyphens only mark where the title may wrap on screen.
QString titleText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString().remove(QChar(0x00AD));
}
} // namespace

QString selectionToTsv(const QAbstractItemModel &model, const QModelIndexList &indexes)
{
    if (indexes.isEmpty())
        return {};
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &i : indexes) {
        if (!rows.contains(i.row()))
            rows << i.row();
        if (!columns.contains(i.column()))
            columns << i.column();
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    const auto clean = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << clean(titleText(model, c));
    lines << header.join(u'\t');
    for (int r : rows) {
        QStringList fields;
        for (int c : columns)
            fields << clean(model.data(model.index(r, c)).toString());
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

bool exportModelToCsv(const QAbstractItemModel &model, const QString &path, bool byteOrderMark, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (byteOrderMark)
        file.write("\xEF\xBB\xBF");
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << titleText(model, c);
    file.write(io::csvRow(header).toUtf8());
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < model.columnCount(); ++c)
            fields << model.data(model.index(r, c)).toString();
        file.write(io::csvRow(fields).toUtf8());
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ltv::ui
