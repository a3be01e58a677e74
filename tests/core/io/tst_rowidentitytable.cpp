// The in-memory duplicate finder of bulk imports: identities with equal
// hashes stay apart, counts follow the occurrence rule, counts beyond the
// packed 12 bits and tables beyond their first size still count exactly.

#include "io/RowIdentityTable.h"

#include <QTest>

#include <map>
#include <string>

using namespace ltv::io;

namespace {
// Stands in for the project: row id -> identity text.
struct FakeStore
{
    std::map<std::int64_t, std::string> rows;
    std::string current;
    RowIdentityTable::SameIdentity same()
    {
        return [this](std::int64_t rowId) { return rows.at(rowId) == current; };
    }
};
} // namespace

class TestRowIdentityTable : public QObject
{
    Q_OBJECT
private slots:
    void occurrencesWithinOneFile()
    {
        RowIdentityTable table(16);
        FakeStore store;
        const auto same = store.same();
        std::int64_t next = 1;
        // Three identical rows and one other: occurrences 0, 1, 0, 2, none a duplicate.
        const std::string ids[] = {"a", "a", "b", "a"};
        const std::int64_t expected[] = {0, 1, 0, 2};
        for (int i = 0; i < 4; ++i) {
            store.current = ids[i];
            const auto v = table.addFileRow(std::hash<std::string>{}(ids[i]), next, same);
            QVERIFY(!v.duplicate);
            QCOMPARE(v.occurrence, expected[i]);
            store.rows[next++] = ids[i];
        }
        QCOMPARE(table.identities(), std::size_t(2));
    }

    void storedOccurrencesMakeDuplicates()
    {
        RowIdentityTable table(16);
        FakeStore store;
        const auto same = store.same();
        // The project holds "a" twice (occurrences 0 and 1) and "b" once.
        store.rows = {{1, "a"}, {2, "a"}, {3, "b"}};
        store.current = "a";
        table.addStored(7, 1, 0, same);
        table.addStored(7, 2, 1, same);
        store.current = "b";
        table.addStored(9, 3, 0, same);
        // A newer file holds "a" three times and "b" once: only the third "a" is new.
        std::int64_t next = 4;
        int duplicates = 0;
        for (const std::string id : {"a", "b", "a", "a"}) {
            store.current = id;
            const auto v = table.addFileRow(id == "a" ? 7 : 9, next, same);
            if (v.duplicate) {
                ++duplicates;
                continue;
            }
            QCOMPARE(id, std::string("a"));
            QCOMPARE(v.occurrence, std::int64_t(2));
            store.rows[next++] = id;
        }
        QCOMPARE(duplicates, 3);
    }

    void equalHashesOfDifferentIdentitiesStayApart()
    {
        RowIdentityTable table(16);
        FakeStore store;
        const auto same = store.same();
        constexpr std::uint64_t kOneHash = 42; // every identity collides
        std::int64_t next = 1;
        for (int round = 0; round < 3; ++round)
            for (const std::string id : {"x", "y", "z"}) {
                store.current = id;
                const auto v = table.addFileRow(kOneHash, next, same);
                QVERIFY(!v.duplicate);
                QCOMPARE(v.occurrence, std::int64_t(round));
                store.rows[next++] = id;
            }
        QCOMPARE(table.identities(), std::size_t(3));
    }

    void countsBeyondTwelveBits()
    {
        RowIdentityTable table(16);
        FakeStore store;
        const auto same = store.same();
        store.current = "same";
        constexpr std::int64_t kRows = 5000; // more than the 4095 a slot holds
        for (std::int64_t i = 0; i < kRows; ++i) {
            store.rows[i + 1] = "same";
            table.addStored(1, i + 1, i, same);
        }
        std::int64_t next = kRows + 1, duplicates = 0, lastOccurrence = -1;
        for (std::int64_t i = 0; i < kRows + 3; ++i) {
            const auto v = table.addFileRow(1, next, same);
            if (v.duplicate) {
                ++duplicates;
            } else {
                lastOccurrence = v.occurrence;
                store.rows[next++] = "same";
            }
        }
        QCOMPARE(duplicates, kRows);
        QCOMPARE(lastOccurrence, kRows + 2);
    }

    void growsPastItsFirstSize()
    {
        RowIdentityTable table(10); // far too small: must grow and keep every identity
        FakeStore store;
        const auto same = store.same();
        constexpr int kIdentities = 20000;
        std::int64_t next = 1;
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < kIdentities; ++i) {
                store.current = std::to_string(i);
                const std::uint64_t hash = rowIdentityHash(i, i % 7, i % 13, store.current, 0);
                const auto v = table.addFileRow(hash, next, same);
                QVERIFY(!v.duplicate);
                QCOMPARE(v.occurrence, std::int64_t(pass));
                store.rows[next++] = store.current;
            }
        QCOMPARE(table.identities(), std::size_t(kIdentities));
    }

    void hashSeparatesEveryField()
    {
        const auto h = rowIdentityHash(1, 2, 3, "INV1", 4);
        QCOMPARE(rowIdentityHash(1, 2, 3, "INV1", 4), h);
        QVERIFY(rowIdentityHash(2, 2, 3, "INV1", 4) != h);
        QVERIFY(rowIdentityHash(1, 3, 3, "INV1", 4) != h);
        QVERIFY(rowIdentityHash(1, 2, 4, "INV1", 4) != h);
        QVERIFY(rowIdentityHash(1, 2, 3, "INV2", 4) != h);
        QVERIFY(rowIdentityHash(1, 2, 3, "INV1", 5) != h);
        QVERIFY(rowIdentityHash(1, 2, 3, std::string_view("INV1\0", 5), 4) != h); // a trailing NUL counts
    }
};

QTEST_GUILESS_MAIN(TestRowIdentityTable)
#include "tst_rowidentitytable.moc"
