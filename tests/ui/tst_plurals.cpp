// Counts in the interface read right in both languages: English gets its
// singular and plural forms ("1 customer", "2,357 customers") from
// ltv_en.ts, Chinese its one form, and every "%n" text has them all.

#include "LanguageManager.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace ltv;

namespace {

struct PluralMessage
{
    QString context;
    QString source;
    QStringList forms; // finished numerus forms
};

// The numerus messages of a .ts file with their finished forms.
QList<PluralMessage> pluralMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<PluralMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    PluralMessage message;
    bool numerus = false, unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                message = {context, {}, {}};
            } else if (name == u"source")
                message.source = xml.readElementText();
            else if (name == u"translation")
                unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            else if (name == u"numerusform" && !unfinished) {
                const QString form = xml.readElementText();
                if (!form.isEmpty())
                    message.forms << form;
            }
        } else if (xml.isEndElement() && xml.name() == u"message" && numerus) {
            out << message;
        }
    }
    return out;
}

QString heatmapCell(int n)
{
    return QCoreApplication::translate("ltv::ui::SegmentsPage", "%Ln customer(s)\nvalue %1", nullptr, n)
        .arg(QStringLiteral("12"));
}

} // namespace

class TestPlurals : public QObject
{
    Q_OBJECT
private slots:
    void everyCountedTextHasItsForms_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("forms");
        QTest::newRow("English") << QStringLiteral("translations/ltv_en.ts") << 2;
        QTest::newRow("Chinese") << QStringLiteral("translations/ltv_zh_CN.ts") << 1;
    }

    void everyCountedTextHasItsForms()
    {
        QFETCH(QString, file);
        QFETCH(int, forms);
        const QList<PluralMessage> messages = pluralMessages(test::sourcePath(file));
        QVERIFY(messages.size() >= 10);
        for (const PluralMessage &m : messages) {
            // A new "%n" text needs its forms: English in translations/en.tsv
            // (singular<TAB>plural), Chinese in translations/zh_CN.tsv, then
            // scripts/fill_translations.py [--plurals-only] <ts> <tsv>.
            QVERIFY2(m.forms.size() == forms,
                     qPrintable(QStringLiteral("\"%3\" (context %4) has no plural forms in %2: add them to %1 and "
                                               "run scripts/fill_translations.py")
                                    .arg(file == QLatin1String("translations/ltv_en.ts")
                                             ? QStringLiteral("translations/en.tsv")
                                             : QStringLiteral("translations/zh_CN.tsv"),
                                         file, m.source, m.context)));
            for (const QString &form : m.forms)
                QVERIFY2(form.contains(QLatin1String("%n")) || form.contains(QLatin1String("%Ln")), qPrintable(form));
        }
    }

    void englishSaysOneCustomerAndManyCustomers()
    {
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QCOMPARE(heatmapCell(1), QStringLiteral("1 customer\nvalue 12"));
        QCOMPARE(heatmapCell(0), QStringLiteral("0 customers\nvalue 12"));
        QCOMPARE(heatmapCell(2357), QStringLiteral("2,357 customers\nvalue 12"));
        QCOMPARE(QCoreApplication::translate("ltv::ui::JobsPanel", "%n job(s)", nullptr, 1), QStringLiteral("1 job"));
        QCOMPARE(QCoreApplication::translate("ContributionTexts", "%n other feature(s)", nullptr, 8),
                 QStringLiteral("8 other features"));
        QCOMPARE(QCoreApplication::translate("ltv::ui::MainWindow",
                                             "%n background job(s) still running. Cancel them and close?", nullptr, 1),
                 QStringLiteral("1 background job is still running. Cancel it and close?"));
    }

    void chineseHasOneForm()
    {
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(heatmapCell(1), QStringLiteral("1 位客户\n价值 12"));
        QCOMPARE(heatmapCell(2357), QStringLiteral("2,357 位客户\n价值 12"));
        QVERIFY(ui::LanguageManager::instance().setLanguage(QStringLiteral("en")));
        QCOMPARE(heatmapCell(1), QStringLiteral("1 customer\nvalue 12"));
    }
};

QTEST_MAIN(TestPlurals)
#include "tst_plurals.moc"
