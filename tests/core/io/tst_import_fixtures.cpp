// Each fixture in tests/data imported into a fresh project; the stored values
// (customers, dates, cents, quantities, invoices, products, returns) are
// checked, not only the counts.

#include "ImportTestHelpers.h"

#include <QTest>

using namespace ltv;
using ltv::test::ImportFixture;

namespace {
io::ImportOptions withMapping(QStringList mapping)
{
    io::ImportOptions o;
    o.mapping = std::move(mapping);
    return o;
}
} // namespace

class TestImportFixtures : public QObject
{
    Q_OBJECT
private slots:
    void commaDelimitedWithHeader()
    {
        ImportFixture f(QStringLiteral("comma_delimited_header.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QVERIFY(f.report.hasHeader);
        QCOMPARE(f.report.rowsImported, 3);
        const auto rows = f.rows();
        QCOMPARE(rows[0].customer, QStringLiteral("A1"));
        QCOMPARE(rows[0].date, QDate(2024, 3, 5));
        QCOMPARE(rows[0].amountMinor, 1250);
        QCOMPARE(rows[0].invoice, QStringLiteral("1001"));
        QCOMPARE(rows[0].product, QStringLiteral("P1"));
        QCOMPARE(rows[2].amountMinor, 10000);
        QCOMPARE(f.project->customerCount(), 2);
        QCOMPARE(f.project->productCount(), 2);
        QVERIFY(f.report.balanced());
    }

    void semicolonWithDecimalComma()
    {
        ImportFixture f(QStringLiteral("semicolon_decimal_comma.csv"),
                        withMapping({QStringLiteral("customer=Kunde"), QStringLiteral("date=Datum"),
                                     QStringLiteral("amount=Umsatz")}));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.delimiter, QStringLiteral(";"));
        QCOMPARE(f.report.decimalSeparator, QStringLiteral("comma"));
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].amountMinor, 123450);
        QCOMPARE(rows[0].date, QDate(2024, 3, 5));
        QCOMPARE(rows[1].amountMinor, 1299);
        QCOMPARE(rows[1].date, QDate(2024, 2, 28));
        QCOMPARE(rows[2].amountMinor, 5);
        QCOMPARE(rows[2].date, QDate(2023, 12, 31));
    }

    void tabAndPipeDelimited()
    {
        ImportFixture tab(QStringLiteral("tab_delimited.tsv"));
        QCOMPARE(tab.report.delimiter, QStringLiteral("tab"));
        const auto t = tab.rows();
        QCOMPARE(t.size(), std::size_t(2));
        QCOMPARE(t[1].customer, QStringLiteral("c2"));
        QCOMPARE(t[1].amountMinor, 2050);
        ImportFixture pipe(QStringLiteral("pipe_delimited.csv"));
        QCOMPARE(pipe.report.delimiter, QStringLiteral("|"));
        const auto p = pipe.rows();
        QCOMPARE(p[0].customer, QStringLiteral("x"));
        QCOMPARE(p[1].date, QDate(2024, 1, 3));
        QCOMPARE(p[1].amountMinor, 200);
    }

    void whitespaceAlignedWithoutHeader()
    {
        io::ImportOptions o = withMapping({QStringLiteral("customer=2"), QStringLiteral("quantity=4")});
        ImportFixture f(QStringLiteral("whitespace_aligned_no_header.txt"), o);
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QVERIFY(!f.report.hasHeader);
        QCOMPARE(f.report.delimiter, QStringLiteral("whitespace"));
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].customer, QStringLiteral("00001"));
        QCOMPARE(rows[0].date, QDate(1997, 1, 1));
        QCOMPARE(rows[0].amountMinor, 1177);
        QCOMPARE(rows[2].quantity, 5.0);
        QCOMPARE(rows[2].amountMinor, 7700);
        QCOMPARE(f.project->customerCount(), 2);
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("utf-8 BOM") << "utf8_bom.csv"
                                   << "utf-8" << QStringLiteral("Zoë") << QDate(2024, 2, 29) << qint64(300);
        QTest::newRow("utf-16le BOM") << "utf16le_bom.csv"
                                      << "utf-16le" << QStringLiteral("José") << QDate(2024, 1, 15) << qint64(550);
        QTest::newRow("utf-16be BOM") << "utf16be_bom.csv"
                                      << "utf-16be" << QStringLiteral("Björk") << QDate(2024, 5, 1) << qint64(999);
        QTest::newRow("windows-1252") << "windows1252_latin.csv"
                                      << "windows-1252" << QStringLiteral("Müller") << QDate(2024, 3, 25)
                                      << qint64(1250);
    }
    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, customer);
        QFETCH(QDate, date);
        QFETCH(qint64, cents);
        ImportFixture f(file);
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.encoding, encoding);
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].customer, customer);
        QCOMPARE(rows[0].date, date);
        QCOMPARE(rows[0].amountMinor, cents);
    }

    void windows1252SecondRowHasEuroThousands()
    {
        ImportFixture f(QStringLiteral("windows1252_latin.csv"));
        const auto rows = f.rows();
        QCOMPARE(rows[1].customer, QStringLiteral("Café Noël"));
        QCOMPARE(rows[1].amountMinor, 100000);
    }

    void gb18030WithChineseHeaderAndCity()
    {
        io::ImportOptions o = withMapping({QStringLiteral("customer=客户"), QStringLiteral("date=日期"),
                                           QStringLiteral("amount=金额"), QStringLiteral("attribute=城市")});
        ImportFixture f(QStringLiteral("gb18030_chinese.csv"), o);
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.encoding, QStringLiteral("gb18030"));
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].customer, QStringLiteral("张三"));
        QCOMPARE(rows[0].amountMinor, 8850);
        QCOMPARE(rows[1].customer, QStringLiteral("李四"));
        QCOMPARE(rows[1].amountMinor, 120000);
        const features::TransactionSet set = f.project->loadTransactionSet();
        QCOMPARE(set.attributeNames, QStringList{QStringLiteral("城市")});
        const qsizetype li = set.customerIds.indexOf(QStringLiteral("李四"));
        QCOMPARE(set.attributeValues[0][li], QStringLiteral("上海"));
    }

    void gb18030ByExplicitEncoding()
    {
        io::ImportOptions o =
            withMapping({QStringLiteral("customer=1"), QStringLiteral("date=2"), QStringLiteral("amount=3")});
        parseEncodingName(QStringLiteral("GBK"), &o.encoding);
        ImportFixture f(QStringLiteral("gb18030_chinese.csv"), o);
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.rows()[2].customer, QStringLiteral("张三"));
        QCOMPARE(f.rows()[2].amountMinor, 1200);
    }

    void quotedNewlinesAndQuotes()
    {
        ImportFixture f(QStringLiteral("quoted_newlines_and_quotes.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].customer, QStringLiteral("C,1"));
        QCOMPARE(rows[0].product, QStringLiteral("Mug \"Large\""));
        QCOMPARE(rows[1].product, QStringLiteral("Line one\nline two"));
        QCOMPARE(rows[2].product, QStringLiteral("comma, inside"));
        QCOMPARE(rows[2].amountMinor, 300);
    }

    void crlfAndNoTrailingNewline()
    {
        ImportFixture crlf(QStringLiteral("crlf_line_endings.csv"));
        QCOMPARE(crlf.rows()[1].customer, QStringLiteral("r2"));
        QCOMPARE(crlf.rows()[1].amountMinor, 220);
        ImportFixture last(QStringLiteral("no_trailing_newline.csv"));
        QCOMPARE(last.report.rowsImported, 2);
        QCOMPARE(last.rows()[1].customer, QStringLiteral("n2"));
        QCOMPARE(last.rows()[1].amountMinor, 200);
    }

    void raggedRowsAreRejectedWithReasons()
    {
        ImportFixture f(QStringLiteral("ragged_rows.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.rowsRead, 5);
        QCOMPARE(f.report.rowsImported, 3);
        QCOMPARE(f.report.rowsRejected, 2);
        QVERIFY(f.report.balanced());
        QCOMPARE(f.report.rejected[0].line, 3);
        QVERIFY(f.report.rejected[0].reason.contains(QStringLiteral("5 fields")));
        QCOMPARE(f.report.rejected[1].line, 4);
        QCOMPARE(f.report.rejected[1].column, QStringLiteral("amount"));
        const auto rows = f.rows();
        QCOMPARE(rows[1].customer, QStringLiteral("g4")); // a missing optional invoice is fine
        QCOMPARE(rows[1].invoice, QString());
        QCOMPARE(rows[2].customer, QStringLiteral("g5")); // an empty extra field is fine
        QCOMPARE(rows[2].invoice, QStringLiteral("I5"));
    }

    void emptyFileFails()
    {
        ImportFixture f(QStringLiteral("empty_file.csv"));
        QVERIFY(f.report.failed());
        QVERIFY(f.report.error.contains(QStringLiteral("empty")));
        QCOMPARE(f.project->transactionCount(), 0);
        QCOMPARE(f.project->importHistory().size(), 0);
    }

    void headerOnlyImportsNothing()
    {
        ImportFixture f(QStringLiteral("header_only.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.rowsRead, 0);
        QCOMPARE(f.report.rowsImported, 0);
        QCOMPARE(f.project->transactionCount(), 0);
        QCOMPARE(f.project->importHistory().size(), 0);
    }

    void ambiguousDatesStopAndAskForTheFormat()
    {
        ImportFixture f(QStringLiteral("ambiguous_dates_ddmm_mmdd.csv"));
        QVERIFY(f.report.failed());
        QVERIFY(f.report.error.contains(QStringLiteral("ambiguous")));
        QVERIFY(f.report.error.contains(QStringLiteral("--date-format")));
        QCOMPARE(f.project->transactionCount(), 0);

        io::ImportOptions dayFirst;
        dayFirst.dateFormat = QStringLiteral("dd/MM/yyyy");
        ImportFixture d(QStringLiteral("ambiguous_dates_ddmm_mmdd.csv"), dayFirst);
        QCOMPARE(d.rows()[0].date, QDate(2024, 2, 1));
        QCOMPARE(d.rows()[2].date, QDate(2024, 6, 5));
        io::ImportOptions monthFirst;
        monthFirst.dateFormat = QStringLiteral("MM/dd/yyyy");
        ImportFixture m(QStringLiteral("ambiguous_dates_ddmm_mmdd.csv"), monthFirst);
        QCOMPARE(m.rows()[0].date, QDate(2024, 1, 2));
        QCOMPARE(m.rows()[2].date, QDate(2024, 5, 6));
    }

    void oneUnambiguousDateDecidesTheColumn()
    {
        ImportFixture f(QStringLiteral("dates_day_first_resolved.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.dateFormat, QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(f.rows()[0].date, QDate(2024, 2, 1));
        QCOMPARE(f.rows()[1].date, QDate(2023, 12, 25));
        QCOMPARE(f.rows()[2].date, QDate(2024, 6, 5));
    }

    void monthFirstTwoDigitYears()
    {
        ImportFixture f(QStringLiteral("dates_month_first_two_digit_year.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.dateFormat, QStringLiteral("MM/dd/yyyy"));
        QCOMPARE(f.rows()[0].date, QDate(2024, 3, 5));
        QCOMPARE(f.rows()[1].date, QDate(2023, 12, 25));
        QCOMPARE(f.rows()[2].date, QDate(1999, 1, 31));
    }

    void datesWithTimeAndCompactDates()
    {
        ImportFixture t(QStringLiteral("dates_with_time.csv"));
        QVERIFY2(!t.report.failed(), qPrintable(t.report.error));
        QCOMPARE(t.rows()[0].date, QDate(2024, 3, 5));
        QCOMPARE(t.rows()[1].date, QDate(2024, 3, 5));
        QCOMPARE(t.rows()[2].date, QDate(2024, 12, 31));
        ImportFixture c(QStringLiteral("dates_compact_yyyymmdd.csv"));
        QCOMPARE(c.rows()[0].date, QDate(2024, 3, 5));
        QCOMPARE(c.rows()[1].date, QDate(1999, 12, 31));
    }

    void currencySignsAndThousands()
    {
        ImportFixture f(QStringLiteral("currency_signs_thousands.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(5));
        QCOMPARE(rows[0].amountMinor, 123450);
        QCOMPARE(rows[1].amountMinor, 1200);
        QCOMPARE(rows[2].amountMinor, -400);
        QVERIFY(rows[2].isReturn);
        QCOMPARE(rows[3].amountMinor, 710);
        QCOMPARE(rows[4].amountMinor, -325);
        QCOMPARE(f.report.returns, 2);
    }

    void returnsByNegativeQuantityOrCInvoice()
    {
        ImportFixture f(QStringLiteral("returns_negative_quantity_c_invoice.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.dateFormat, QStringLiteral("MM/dd/yyyy"));
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(5));
        QCOMPARE(rows[0].amountMinor, 1530); // 6 x 2.55
        QCOMPARE(rows[0].product, QStringLiteral("85123A"));
        QVERIFY(!rows[0].isReturn);
        QCOMPARE(rows[1].amountMinor, 678); // 2 x 3.39
        QCOMPARE(rows[1].date, QDate(2010, 12, 13));
        QVERIFY(rows[2].isReturn); // C invoice, negative quantity
        QCOMPARE(rows[2].amountMinor, -255);
        QVERIFY(rows[3].isReturn); // negative quantity only
        QCOMPARE(rows[3].amountMinor, -555);
        QVERIFY(rows[4].isReturn); // C invoice with a positive quantity: stored negative
        QCOMPARE(rows[4].amountMinor, -420);
        QCOMPARE(rows[4].quantity, -2.0);
        QCOMPARE(f.report.returns, 3);
        // Net revenue of customer 17850: 15.30 + 6.78 - 2.55.
        const features::TransactionSet set = f.project->loadTransactionSet();
        const qsizetype c = set.customerIds.indexOf(QStringLiteral("17850"));
        double net = 0.0;
        for (std::size_t i = 0; i < set.size(); ++i)
            if (set.customer[i] == c)
                net += set.amount[i];
        QCOMPARE(net, 15.30 + 6.78 - 2.55);
        QCOMPARE(set.attributeNames, QStringList{QStringLiteral("Country")});
    }

    void identicalRowsInOneFileAreAllKept()
    {
        ImportFixture f(QStringLiteral("identical_rows_in_file.csv"));
        QCOMPARE(f.report.rowsImported, 4);
        QCOMPARE(f.report.rowsDuplicate, 0);
        const auto rows = f.rows();
        QCOMPARE(rows[2].customer, QStringLiteral("s1"));
        QCOMPARE(rows[2].amountMinor, 500);
        QCOMPARE(f.project->amountMinorTotal(), 2000);
    }

    void blankAndZeroByteLinesAreSkipped()
    {
        ImportFixture f(QStringLiteral("blank_zero_byte_lines.csv"));
        QCOMPARE(f.report.rowsRead, 3);
        QCOMPARE(f.report.rowsImported, 3);
        QCOMPARE(f.report.blankLines, 3);
        const auto rows = f.rows();
        QCOMPARE(rows[2].customer, QStringLiteral("b3"));
        QCOMPARE(rows[2].date, QDate(2024, 1, 3));
    }

    void veryLongFieldIsStoredWhole()
    {
        ImportFixture f(QStringLiteral("very_long_field.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        const auto rows = f.rows();
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].product.size(), qsizetype(300000));
        QCOMPARE(rows[1].product, QStringLiteral("short"));
        QCOMPARE(rows[1].amountMinor, 200);
    }

    void badValuesAreRejectedWithLineColumnAndReason()
    {
        ImportFixture f(QStringLiteral("bad_values_rejected.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.rowsRead, 5);
        QCOMPARE(f.report.rowsImported, 2);
        QCOMPARE(f.report.rowsRejected, 3);
        QVERIFY(f.report.balanced());
        QCOMPARE(f.report.rejected[0].line, 3);
        QCOMPARE(f.report.rejected[0].column, QStringLiteral("customer"));
        QCOMPARE(f.report.rejected[1].line, 4);
        QCOMPARE(f.report.rejected[1].column, QStringLiteral("date"));
        QVERIFY(f.report.rejected[1].reason.contains(QStringLiteral("2024-02-30")));
        QCOMPARE(f.report.rejected[2].line, 5);
        QCOMPARE(f.report.rejected[2].column, QStringLiteral("amount"));
        QVERIFY(f.report.rejected[2].reason.contains(QStringLiteral("abc")));
        QCOMPARE(f.rows()[1].customer, QStringLiteral("v5"));
        const QString csv = f.report.rejectedToCsv();
        QVERIFY(csv.startsWith(QStringLiteral("line,column,reason\r\n3,customer,")));
    }

    void unterminatedQuoteRejectsThatRecord()
    {
        ImportFixture f(QStringLiteral("unterminated_quote.csv"));
        QCOMPARE(f.report.rowsRead, 2);
        QCOMPARE(f.report.rowsImported, 1);
        QCOMPARE(f.report.rejected.at(0).line, 3);
        QVERIFY(f.report.rejected.at(0).reason.contains(QStringLiteral("unterminated")));
        QCOMPARE(f.rows()[0].customer, QStringLiteral("q1"));
    }

    void quantityTimesUnitPrice()
    {
        ImportFixture f(QStringLiteral("quantity_times_unit_price.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        const auto rows = f.rows();
        QCOMPARE(rows[0].amountMinor, 765);  // 3 x 2.55
        QCOMPARE(rows[1].amountMinor, 1020); // 12 x 0.85
        QCOMPARE(rows[2].amountMinor, 299);  // 1.5 x 1.99 = 2.985, half away from zero
        QCOMPARE(rows[2].quantity, 1.5);
    }

    void customerAttributesKeepTheLatestValue()
    {
        ImportFixture f(QStringLiteral("customer_attributes_country_channel.csv"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.rowsImported, 3);
        QCOMPARE(f.rows()[2].amountMinor, 300);
        const features::TransactionSet set = f.project->loadTransactionSet();
        QCOMPARE(set.attributeNames, (QStringList{QStringLiteral("channel"), QStringLiteral("country")}));
        const qsizetype k1 = set.customerIds.indexOf(QStringLiteral("k1"));
        const qsizetype k2 = set.customerIds.indexOf(QStringLiteral("k2"));
        QCOMPARE(set.attributeValues[0][k1], QStringLiteral("app"));
        QCOMPARE(set.attributeValues[1][k1], QStringLiteral("France"));
        QCOMPARE(set.attributeValues[0][k2], QStringLiteral("store"));
        QCOMPARE(set.attributeValues[1][k2], QStringLiteral("Germany"));
    }

    void cdnowMasterMatchesPublishedCountsAndSum()
    {
        ImportFixture f(QStringLiteral("CDNOW_master.txt"));
        QVERIFY2(!f.report.failed(), qPrintable(f.report.error));
        QCOMPARE(f.report.rowsRead, 69659);
        QCOMPARE(f.report.rowsImported, 69659);
        QCOMPARE(f.project->transactionCount(), 69659);
        QCOMPARE(f.project->customerCount(), 23570);
        // Independent sum of the dollar column, parsed as integer cents here.
        QFile file(test::dataPath(QStringLiteral("CDNOW_master.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine(); // header
        qint64 cents = 0;
        int lines = 0;
        while (!file.atEnd()) {
            const QList<QByteArray> parts = file.readLine().simplified().split(' ');
            if (parts.size() != 4)
                continue;
            const QList<QByteArray> dollars = parts[3].split('.');
            cents += dollars[0].toLongLong() * 100 +
                     (dollars.size() > 1 ? dollars[1].leftJustified(2, '0').toLongLong() : 0);
            ++lines;
        }
        QCOMPARE(lines, 69659);
        QCOMPARE(f.project->amountMinorTotal(), cents);
        const features::TransactionSet set = f.project->loadTransactionSet();
        QCOMPARE(set.size(), std::size_t(69659));
        double total = 0.0;
        for (double a : set.amount)
            total += a;
        QVERIFY(std::abs(total - static_cast<double>(cents) / 100.0) < 1e-6);
        const auto [first, last] = set.dayRange();
        QCOMPARE(isoFromDay(first), QStringLiteral("1997-01-01"));
        QCOMPARE(isoFromDay(last), QStringLiteral("1998-06-30"));
    }
};

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_import_fixtures.moc"
