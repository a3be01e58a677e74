// The in-memory duplicate finder of bulk imports: identities with equal
// hashes stay apart, counts follow the occurrence rule, counts beyond the
// 2 bits a slot holds and tables beyond their first size still count
// exactly, and an identity costs under 11 bytes.

#include "io/RowIdCounter.h"
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

    void countsBeyondWhatASlotHolds()
    {
        RowIdentityTable table(16);
        FakeStore store;
        const auto same = store.same();
        store.current = "same";
        constexpr std::int64_t kRows = 5000; // far more than the 2 bits of a slot hold
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

    void smallCountsOfManyIdentitiesStayExact()
    {
        // Identities with 1, 2, 3 and 4 stored rows, then a file with 5 rows of each.
        RowIdentityTable table(64);
        FakeStore store;
        const auto same = store.same();
        std::int64_t next = 1;
        for (int id = 0; id < 4; ++id)
            for (int copy = 0; copy <= id; ++copy) {
                store.current = std::to_string(id);
                store.rows[next] = store.current;
                table.addStoredRow(rowIdentityHash(id, 0, 0, "", 0), next++, same);
            }
        for (int id = 0; id < 4; ++id) {
            store.current = std::to_string(id);
            std::int64_t duplicates = 0;
            for (int row = 0; row < 5; ++row) {
                const auto v = table.addFileRow(rowIdentityHash(id, 0, 0, "", 0), next, same);
                QCOMPARE(v.occurrence, std::int64_t(row));
                if (v.duplicate)
                    ++duplicates;
                else
                    store.rows[next++] = store.current;
            }
            QCOMPARE(duplicates, std::int64_t(id + 1));
        }
    }

    void anIdentityCostsUnderElevenBytes()
    {
        const RowIdentityTable table(3'000'000);
        QVERIFY(table.memoryBytes() < 3'000'000 * std::size_t(11));
    }

    void rowIdsUpToTheLimit()
    {
        RowIdentityTable table(16);
        FakeStore store;
        const auto same = store.same();
        store.current = "last";
        store.rows[RowIdentityTable::kMaxRowId] = "last";
        table.addStoredRow(5, RowIdentityTable::kMaxRowId, same);
        QVERIFY(table.addFileRow(5, RowIdentityTable::kMaxRowId + 1, same).duplicate);
        store.current = "another";
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, table.addStoredRow(6, RowIdentityTable::kMaxRowId + 1, same));
    }

    void rowIdCounterCountsExactlyAcrossGrowth()
    {
        // The small-import path counts repeats per first stored row id.
        RowIdCounter counter;
        std::map<std::int64_t, std::uint32_t> expected;
        for (std::int64_t i = 0; i < 50'000; ++i) {
            const std::int64_t id = 1 + (i * 7919) % 20'011; // ids repeat, in scattered order
            ++counter[id];
            ++expected[id];
        }
        QCOMPARE(counter.size(), expected.size());
        for (const auto &[id, count] : expected)
            QCOMPARE(counter[id], count);
        QCOMPARE(counter.size(), expected.size()); // reading created nothing new
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, counter[0]);
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
