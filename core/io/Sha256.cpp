#include "io/Sha256.h"

#include <cpuid.h>
#include <immintrin.h>

#include <cstring>

namespace ltv::io {

namespace {

// FIPS 180-4 round constants.
alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

bool cpuHasSha()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = (b >> 29) & 1U;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = (c >> 9) & 1U, sse41 = (c >> 19) & 1U;
    return sha && ssse3 && sse41;
}

// Compresses 64-byte blocks with the SHA extensions. The state is kept as
// the (ABEF, CDGH) register pair the instructions work on.
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithSha(std::uint32_t *state, const unsigned char *data,
                                                                 std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));        // DCBA
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)); // HGFE
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                                             // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);                                       // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);                               // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);                                    // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSaved = state0, cdghSaved = state1;
        __m128i w[16];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int i = 4; i < 16; ++i) // the message schedule, four words at a time
            w[i] = _mm_sha256msg2_epu32(
                _mm_add_epi32(_mm_sha256msg1_epu32(w[i - 4], w[i - 3]), _mm_alignr_epi8(w[i - 1], w[i - 2], 4)),
                w[i - 1]);
        for (int i = 0; i < 16; ++i) {
            __m128i msg = _mm_add_epi32(w[i], _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * i)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
        }
        state0 = _mm_add_epi32(state0, abefSaved);
        state1 = _mm_add_epi32(state1, cdghSaved);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), state1);
}

const bool kUseSha = cpuHasSha();

} // namespace

bool Sha256::usesCpuInstructions()
{
    return kUseSha;
}

Sha256::Sha256()
{
    if (!kUseSha)
        portable_.emplace(QCryptographicHash::Sha256);
    std::memcpy(state_.data(), kInitial, sizeof kInitial);
}

void Sha256::compress(const unsigned char *blocks, std::size_t count)
{
    compressWithSha(state_.data(), blocks, count);
}

void Sha256::addData(QByteArrayView data)
{
    if (portable_) {
        portable_->addData(data);
        return;
    }
    auto bytes = reinterpret_cast<const unsigned char *>(data.data());
    auto size = static_cast<std::size_t>(data.size());
    totalBytes_ += size;
    if (pendingSize_ > 0) {
        const std::size_t take = std::min(size, 64 - pendingSize_);
        std::memcpy(pending_.data() + pendingSize_, bytes, take);
        pendingSize_ += take;
        bytes += take;
        size -= take;
        if (pendingSize_ < 64)
            return;
        compress(pending_.data(), 1);
        pendingSize_ = 0;
    }
    if (size >= 64) {
        compress(bytes, size / 64);
        bytes += size / 64 * 64;
        size %= 64;
    }
    std::memcpy(pending_.data(), bytes, size);
    pendingSize_ = size;
}

QByteArray Sha256::result()
{
    if (portable_)
        return portable_->result();
    // Padding: 0x80, zeros, then the message length in bits, big-endian, to a whole block.
    const std::uint64_t bits = totalBytes_ * 8;
    unsigned char tail[128] = {};
    std::memcpy(tail, pending_.data(), pendingSize_);
    tail[pendingSize_] = 0x80;
    const std::size_t tailSize = pendingSize_ + 1 + 8 <= 64 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[tailSize - 1 - static_cast<std::size_t>(i)] = static_cast<unsigned char>(bits >> (8 * i));
    compress(tail, tailSize / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = static_cast<char>(state_[static_cast<std::size_t>(i)] >> (24 - 8 * j));
    return digest;
}

} // namespace ltv::io
