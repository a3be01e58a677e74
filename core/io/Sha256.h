#pragma once
// SHA-256 of a file's bytes for recognising re-imports. Uses the CPU's SHA
// instructions where present (several times faster than the portable code
// an import would otherwise spend a fifth of its parsing time in), and
// QCryptographicHash elsewhere. Both give the same digest.

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <optional>

namespace ltv::io {

class Sha256
{
public:
    Sha256();
    void addData(QByteArrayView data);
    // The 32-byte digest; call once, after the last addData().
    QByteArray result();

    // True when the SHA instructions are used on this machine.
    static bool usesCpuInstructions();

private:
    void compress(const unsigned char *blocks, std::size_t count);

    std::optional<QCryptographicHash> portable_;
    std::array<std::uint32_t, 8> state_{};
    std::array<unsigned char, 64> pending_{};
    std::size_t pendingSize_ = 0;
    std::uint64_t totalBytes_ = 0;
};

} // namespace ltv::io
