#include "widgets/TableExport.h"

#include "io/CsvWriter.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace ltv::ui {

namespace {
// A cell as a CSV field. Numbers are written in full precision without the
// interface's digit grouping, so that a spreadsheet reads them as numbers in
// any locale: from the model's EditRole when it holds a number (NaN: empty);
// anything else as displayed.
QString exportText(const QAbstractItemModel &model, const QModelIndex &index)
{
    const QVariant raw = model.data(index, Qt::EditRole);
    switch (raw.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double value = raw.toDouble();
        return std::isfinite(value) ? QString::number(value, 'f', QLocale::FloatingPointShortest) : QString();
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return raw.toString();
    default:
        return model.data(index).toString();
    }
}

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
            fields << exportText(model, model.index(r, c));
        file.write(io::csvRow(fields).toUtf8());
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ltv::ui
