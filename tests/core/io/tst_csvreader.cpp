// The streaming CSV reader and sniffer: RFC 4180 details, whitespace-aligned
// columns, chunk boundaries, encodings.

#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/CsvSniffer.h"
#include "io/TextEncoding.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace ltv::io;

namespace {
std::vector<std::vector<QString>> readAll(QByteArray bytes, CsvDialect dialect, TextEncoding encoding, qint64 chunk,
                                          std::vector<std::int64_t> *lines = nullptr, QStringList *errors = nullptr)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, encoding, dialect, chunk);
    CsvRecord record;
    std::vector<std::vector<QString>> rows;
    while (reader.next(record)) {
        std::vector<QString> row;
        for (std::string_view f : record.fields)
            row.push_back(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())));
        rows.push_back(row);
        if (lines)
            lines->push_back(record.line);
        if (errors)
            *errors << record.error;
    }
    return rows;
}

QByteArray fixture(const char *name)
{
    QFile f(ltv::test::dataPath(QString::fromLatin1(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void quotedFieldsAtEveryChunkSize_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 3, 7, 64, 1 << 20})
            QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
    }
    void quotedFieldsAtEveryChunkSize()
    {
        QFETCH(int, chunk);
        std::vector<std::int64_t> lines;
        const auto rows = readAll(fixture("quoted_newlines_and_quotes.csv"), {}, TextEncoding::Utf8, chunk, &lines);
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[1][0], QStringLiteral("C,1"));
        QCOMPARE(rows[1][3], QStringLiteral("Mug \"Large\""));
        QCOMPARE(rows[2][3], QStringLiteral("Line one\nline two"));
        QCOMPARE(rows[3][3], QStringLiteral("comma, inside"));
        // The record after the embedded newline starts on physical line 5.
        QCOMPARE(lines, (std::vector<std::int64_t>{1, 2, 3, 5}));
    }

    void crlfAndMissingFinalNewline()
    {
        const auto crlf = readAll(fixture("crlf_line_endings.csv"), {}, TextEncoding::Utf8, 5);
        QCOMPARE(crlf.size(), std::size_t(3));
        QCOMPARE(crlf[2],
                 (std::vector<QString>{QStringLiteral("r2"), QStringLiteral("2024-06-02"), QStringLiteral("2.20")}));
        const auto last = readAll(fixture("no_trailing_newline.csv"), {}, TextEncoding::Utf8, 1 << 20);
        QCOMPARE(last.size(), std::size_t(3));
        QCOMPARE(last[2][2], QStringLiteral("2.00"));
    }

    void emptyTrailingFieldIsKept()
    {
        const auto rows = readAll("a,b,\n,,\n", {}, TextEncoding::Utf8, 2);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].size(), std::size_t(3));
        QCOMPARE(rows[1], (std::vector<QString>{QString(), QString(), QString()}));
    }

    void blankLinesAreSkippedAndCounted()
    {
        QByteArray bytes = fixture("blank_zero_byte_lines.csv");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, TextEncoding::Utf8, {}, 4);
        CsvRecord record;
        std::vector<std::int64_t> lines;
        while (reader.next(record))
            lines.push_back(record.line);
        QCOMPARE(lines, (std::vector<std::int64_t>{1, 2, 4, 7}));
        QCOMPARE(reader.blankLines(), std::int64_t(3));
    }

    void whitespaceAlignedColumns()
    {
        const auto rows = readAll(fixture("whitespace_aligned_no_header.txt"), {' ', true}, TextEncoding::Utf8, 3);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[1],
                 (std::vector<QString>{QStringLiteral("2"), QStringLiteral("00002"), QStringLiteral("19970112"),
                                       QStringLiteral("2"), QStringLiteral("29.33")}));
    }

    void unterminatedQuoteIsReportedOnItsRecord()
    {
        QStringList errors;
        std::vector<std::int64_t> lines;
        const auto rows = readAll(fixture("unterminated_quote.csv"), {}, TextEncoding::Utf8, 8, &lines, &errors);
        QCOMPARE(rows.size(), std::size_t(3));
        QVERIFY(errors[1].isEmpty());
        QVERIFY(errors[2].contains(QStringLiteral("unterminated")));
        QCOMPARE(lines[2], std::int64_t(3));
    }

    void veryLongFieldSurvivesSmallChunks()
    {
        const auto rows = readAll(fixture("very_long_field.csv"), {}, TextEncoding::Utf8, 4096);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[1][3].size(), qsizetype(300000));
        QVERIFY(rows[1][3].count(QLatin1Char('x')) == 300000);
        QCOMPARE(rows[2][3], QStringLiteral("short"));
    }

    void encodingsAreDetectedAndDecoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("firstCustomer");
        QTest::newRow("utf8 bom") << "utf8_bom.csv" << int(TextEncoding::Utf8) << QStringLiteral("Zoë");
        QTest::newRow("utf16le") << "utf16le_bom.csv" << int(TextEncoding::Utf16LE) << QStringLiteral("José");
        QTest::newRow("utf16be") << "utf16be_bom.csv" << int(TextEncoding::Utf16BE) << QStringLiteral("Björk");
        QTest::newRow("gb18030") << "gb18030_chinese.csv" << int(TextEncoding::Gb18030) << QStringLiteral("张三");
        QTest::newRow("windows-1252") << "windows1252_latin.csv" << int(TextEncoding::Windows1252)
                                      << QStringLiteral("Müller");
    }
    void encodingsAreDetectedAndDecoded()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QString, firstCustomer);
        const QByteArray bytes = fixture(file.toLatin1().constData());
        const auto detected = detectEncoding(bytes);
        QCOMPARE(int(detected), encoding);
        const CsvDialect dialect = sniffDialect(bytes, detected, false);
        const auto rows = readAll(bytes, dialect, detected, 3);
        QVERIFY(rows.size() >= 3);
        QCOMPARE(rows[1][0], firstCustomer);
        // The header's first name carries no BOM.
        QVERIFY(!rows[0][0].startsWith(QChar(0xFEFF)));
    }

    void gb18030DecodesChineseText()
    {
        const QByteArray bytes = fixture("gb18030_chinese.csv");
        const auto rows = readAll(bytes, {}, TextEncoding::Gb18030, 5);
        QCOMPARE(rows[0], (std::vector<QString>{QStringLiteral("客户"), QStringLiteral("日期"), QStringLiteral("金额"),
                                                QStringLiteral("城市")}));
        QCOMPARE(rows[2][2], QStringLiteral("¥1,200.00"));
        QCOMPARE(rows[2][3], QStringLiteral("上海"));
    }

    void delimiterSniffing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << "comma_delimited_header.csv"
                               << ",";
        QTest::newRow("semicolon with decimal comma") << "semicolon_decimal_comma.csv"
                                                      << ";";
        QTest::newRow("tab") << "tab_delimited.tsv"
                             << "\t";
        QTest::newRow("pipe") << "pipe_delimited.csv"
                              << "|";
        QTest::newRow("whitespace") << "whitespace_aligned_no_header.txt"
                                    << " ";
        QTest::newRow("cdnow") << "CDNOW_master.txt"
                               << " ";
    }
    void delimiterSniffing()
    {
        QFETCH(QString, file);
        QFETCH(QString, delimiter);
        const QByteArray bytes = fixture(file.toLatin1().constData()).left(kSniffBytes);
        const CsvDialect d = sniffDialect(bytes, TextEncoding::Utf8, true);
        QCOMPARE(QString(QLatin1Char(d.delimiter)), delimiter);
        QCOMPARE(d.whitespace, delimiter == u" ");
    }

    void headerSniffing()
    {
        const auto withHeader =
            readSampleRecords(fixture("comma_delimited_header.csv"), TextEncoding::Utf8, {}, 10, false);
        QVERIFY(sniffHeader(withHeader));
        const auto without =
            readSampleRecords(fixture("whitespace_aligned_no_header.txt"), TextEncoding::Utf8, {' ', true}, 10, false);
        QVERIFY(!sniffHeader(without));
        const auto headerOnly = readSampleRecords(fixture("header_only.csv"), TextEncoding::Utf8, {}, 10, false);
        QVERIFY(sniffHeader(headerOnly));
    }

    void utf8Validity()
    {
        QVERIFY(isValidUtf8("plain"));
        QVERIFY(isValidUtf8("\xE4\xB8\xAD"));
        QVERIFY(!isValidUtf8("\xC0\xAF"));      // overlong '/'
        QVERIFY(!isValidUtf8("\xED\xA0\x80"));  // surrogate
        QVERIFY(!isValidUtf8("M\xFCller"));     // Windows-1252 ü
        QVERIFY(isValidUtf8("\xE4\xB8", true)); // cut off at a sample's end
        QVERIFY(!isValidUtf8("\xE4\xB8", false));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
