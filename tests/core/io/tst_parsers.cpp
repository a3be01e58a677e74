// Number and date parsing: decimal marks, thousands separators, currency,
// date orders and the ambiguity rule.

#include "io/DateParser.h"
#include "io/NumberParser.h"

#include <QDate>
#include <QTest>

using namespace ltv;
using namespace ltv::io;

class TestParsers : public QObject
{
    Q_OBJECT
private slots:
    void minorUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("separator");
        QTest::addColumn<qint64>("cents");
        const int a = int(DecimalSeparator::Auto), p = int(DecimalSeparator::Point), c = int(DecimalSeparator::Comma);
        QTest::newRow("plain") << "12.50" << a << qint64(1250);
        QTest::newRow("integer") << "77" << a << qint64(7700);
        QTest::newRow("thousands point") << "1,234.50" << a << qint64(123450);
        QTest::newRow("thousands comma") << "1.234,50" << a << qint64(123450);
        QTest::newRow("decimal comma") << "12,5" << a << qint64(1250);
        QTest::newRow("three digits after comma = thousands") << "1,234" << a << qint64(123400);
        QTest::newRow("comma convention") << "1,234" << c << qint64(123);
        QTest::newRow("dollar") << "$1,234.56" << p << qint64(123456);
        QTest::newRow("euro after") << "12,00 €" << c << qint64(1200);
        QTest::newRow("euro before space") << "€ 1.000,00" << c << qint64(100000);
        QTest::newRow("yuan fullwidth") << "￥88.50" << a << qint64(8850);
        QTest::newRow("code") << "USD 7.10" << a << qint64(710);
        QTest::newRow("negative") << "-3.25" << a << qint64(-325);
        QTest::newRow("pound minus inside") << "£-3.25" << a << qint64(-325);
        QTest::newRow("minus before sign") << "-£3.25" << a << qint64(-325);
        QTest::newRow("parentheses") << "(4.00)" << a << qint64(-400);
        QTest::newRow("trailing minus") << "4.00-" << a << qint64(-400);
        QTest::newRow("rounds half away") << "0.125" << a << qint64(13);
        QTest::newRow("rounds negative") << "-0.125" << a << qint64(-13);
        QTest::newRow("space thousands") << "1 234,50" << c << qint64(123450);
        QTest::newRow("nbsp thousands") << "1\u00A0234,50" << c << qint64(123450);
        QTest::newRow("leading point") << ".5" << a << qint64(50);
    }
    void minorUnits()
    {
        QFETCH(QString, text);
        QFETCH(int, separator);
        QFETCH(qint64, cents);
        std::int64_t value = 0;
        const QByteArray utf8 = text.toUtf8();
        QVERIFY2(parseMinorUnits(std::string_view(utf8.constData(), utf8.size()), DecimalSeparator(separator), &value),
                 utf8.constData());
        QCOMPARE(qint64(value), cents);
    }

    void rejectsNonNumbers_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"", "abc", "1.2.3x", "12,34,5", "1,23.45", "--1", "$", "1e5", "12 apples"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void rejectsNonNumbers()
    {
        QFETCH(QString, text);
        std::int64_t value = 0;
        const QByteArray utf8 = text.toUtf8();
        QVERIFY(!parseMinorUnits(std::string_view(utf8.constData(), utf8.size()), DecimalSeparator::Auto, &value));
    }

    void decimalDetection()
    {
        bool conflict = false;
        QCOMPARE(detectDecimalSeparator({"1.234,50", "12,99", "0,05"}, &conflict), DecimalSeparator::Comma);
        QVERIFY(!conflict);
        QCOMPARE(detectDecimalSeparator({"1,234.50", "12.99"}, &conflict), DecimalSeparator::Point);
        QCOMPARE(detectDecimalSeparator({"1,234", "17"}, &conflict), DecimalSeparator::Point);
        detectDecimalSeparator({"12.5", "12,5"}, &conflict);
        QVERIFY(conflict);
    }

    void daysMatchQDate()
    {
        const QDate epoch(1970, 1, 1);
        for (QDate d(1899, 12, 25); d < QDate(2101, 1, 10); d = d.addDays(13))
            QCOMPARE(qint64(daysFromCivil(d.year(), d.month(), d.day())), epoch.daysTo(d));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QDate>("date");
        const int ymd = int(DateOrder::YearMonthDay), dmy = int(DateOrder::DayMonthYear),
                  mdy = int(DateOrder::MonthDayYear);
        QTest::newRow("iso") << "2024-03-05" << ymd << QDate(2024, 3, 5);
        QTest::newRow("iso time") << "2024-03-05 14:30:00" << ymd << QDate(2024, 3, 5);
        QTest::newRow("iso T") << "2024-03-05T09:00Z" << ymd << QDate(2024, 3, 5);
        QTest::newRow("compact") << "20240305" << ymd << QDate(2024, 3, 5);
        QTest::newRow("slashes ymd") << "2024/03/05" << ymd << QDate(2024, 3, 5);
        QTest::newRow("dmy") << "05/03/2024" << dmy << QDate(2024, 3, 5);
        QTest::newRow("dmy dots") << "05.03.2024" << dmy << QDate(2024, 3, 5);
        QTest::newRow("mdy short") << "3/5/24" << mdy << QDate(2024, 3, 5);
        QTest::newRow("mdy 99") << "1/31/99" << mdy << QDate(1999, 1, 31);
        QTest::newRow("mdy time") << "12/1/2010 8:26" << mdy << QDate(2010, 12, 1);
        QTest::newRow("leap day") << "29/02/2024" << dmy << QDate(2024, 2, 29);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QDate, date);
        Day day = 0;
        const QByteArray utf8 = text.toUtf8();
        QVERIFY(parseDate(std::string_view(utf8.constData(), utf8.size()), DateOrder(order), &day));
        QCOMPARE(qint64(day), QDate(1970, 1, 1).daysTo(date));
    }

    void invalidDates()
    {
        Day day = 0;
        QVERIFY(!parseDate("2023-02-29", DateOrder::YearMonthDay, &day));
        QVERIFY(!parseDate("31/04/2024", DateOrder::DayMonthYear, &day));
        QVERIFY(!parseDate("13/13/2024", DateOrder::MonthDayYear, &day));
        QVERIFY(!parseDate("2024-03/05", DateOrder::YearMonthDay, &day));
        QVERIFY(!parseDate("yesterday", DateOrder::YearMonthDay, &day));
        QVERIFY(!parseDate("2024-03-05 noon", DateOrder::YearMonthDay, &day));
    }

    void ambiguityIsDetectedNotGuessed()
    {
        DateOrderVotes votes;
        votes.add("01/02/2024");
        votes.add("03/04/2024");
        QVERIFY(votes.ambiguous());
        QCOMPARE(votes.decide(), DateOrder::Unknown);
        votes.add("25/12/2023");
        QVERIFY(!votes.ambiguous());
        QCOMPARE(votes.decide(), DateOrder::DayMonthYear);
        DateOrderVotes us;
        us.add("12/25/23");
        us.add("3/5/24");
        QCOMPARE(us.decide(), DateOrder::MonthDayYear);
    }

    void formatStrings()
    {
        QCOMPARE(parseDateFormat(QStringLiteral("dd/MM/yyyy")).order, DateOrder::DayMonthYear);
        QCOMPARE(parseDateFormat(QStringLiteral("MM/dd/yy HH:mm")).order, DateOrder::MonthDayYear);
        QCOMPARE(parseDateFormat(QStringLiteral("yyyyMMdd")).order, DateOrder::YearMonthDay);
        QVERIFY(!parseDateFormat(QStringLiteral("nonsense")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
