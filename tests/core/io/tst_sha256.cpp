// The import's content hash: the same SHA-256 digest as QCryptographicHash
// for every length around the block boundaries and for any split of the
// input into chunks, and the published test vectors.

#include "io/Sha256.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ltv::io;

namespace {
QByteArray reference(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}
} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT
private slots:
    void publishedVectors()
    {
        qInfo("SHA instructions used: %s", Sha256::usesCpuInstructions() ? "yes" : "no");
        Sha256 empty;
        QCOMPARE(empty.result().toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 abc;
        abc.addData("abc");
        QCOMPARE(abc.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 two; // FIPS 180-2 two-block message
        two.addData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        QCOMPARE(two.result().toHex(), QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    void everyLengthMatches()
    {
        QRandomGenerator rng(20261129);
        for (int length = 0; length <= 300; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char &c : data)
                c = static_cast<char>(rng.bounded(256));
            Sha256 whole;
            whole.addData(data);
            QCOMPARE(whole.result(), reference(data));
        }
    }

    void anyChunkingMatches()
    {
        QRandomGenerator rng(7);
        QByteArray data(3 * 1024 * 1024 + 77, Qt::Uninitialized);
        for (char &c : data)
            c = static_cast<char>(rng.bounded(256));
        const QByteArray expected = reference(data);
        for (int round = 0; round < 20; ++round) {
            Sha256 hash;
            qsizetype at = 0;
            while (at < data.size()) {
                const qsizetype chunk =
                    std::min<qsizetype>(data.size() - at, rng.bounded(1, round < 10 ? 200 : 2000000));
                hash.addData(QByteArrayView(data.constData() + at, chunk));
                at += chunk;
            }
            QCOMPARE(hash.result(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
