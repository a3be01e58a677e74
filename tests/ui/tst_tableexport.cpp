// CSV export of any table: numbers (a numeric EditRole) in full precision
// without the interface's digit grouping, so that a spreadsheet in any locale
// reads them as numbers; other cells as displayed; RFC 4180 quoting.

#include "widgets/TableExport.h"

#include <QAbstractTableModel>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ltv;

namespace {
// One row: a name, a double shown rounded with grouping, a NaN shown as a dash, a count.
class SampleModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex & = {}) const override { return 1; }
    int columnCount(const QModelIndex & = {}) const override { return 4; }
    QVariant headerData(int section, Qt::Orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringList{QStringLiteral("segment"), QStringLiteral("value"), QStringLiteral("roi"),
                           QStringLiteral("customers")}
            .at(section);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QLocale german(QLocale::German); // grouping "." and decimal ","
        switch (index.column()) {
        case 0:
            return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(QStringLiteral("Champions, VIP"))
                                                                   : QVariant();
        case 1:
            if (role == Qt::DisplayRole)
                return german.toString(1234567.891234, 'f', 2); // "1.234.567,89"
            return role == Qt::EditRole ? QVariant(1234567.891234) : QVariant();
        case 2:
            if (role == Qt::DisplayRole)
                return QStringLiteral("–");
            return role == Qt::EditRole ? QVariant(std::numeric_limits<double>::quiet_NaN()) : QVariant();
        default:
            if (role == Qt::DisplayRole)
                return german.toString(12345);
            return role == Qt::EditRole ? QVariant(qlonglong(12345)) : QVariant();
        }
    }
};
} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT
private slots:
    void numbersInFullPrecisionTextAsShown()
    {
        SampleModel model;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QString error;
        QVERIFY2(ui::exportModelToCsv(model, path, false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("segment,value,roi,customers\r\n\"Champions, VIP\",1234567.891234,,12345\r\n"));
    }

    void copyKeepsWhatTheScreenShows()
    {
        SampleModel model;
        const QString tsv = ui::selectionToTsv(model, {model.index(0, 1), model.index(0, 3)});
        QCOMPARE(tsv, QStringLiteral("value\tcustomers\n1.234.567,89\t12.345\n"));
    }
};

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
