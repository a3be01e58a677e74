#pragma once
// Keyed pseudonyms for customer ids: HMAC-SHA256 with the project's secret,
// so the same id maps to the same pseudonym within a project and the raw id
// is never stored.

#include <QByteArray>

#include <string>

namespace ltv::io {

// 32 lower-case hex digits (the first 128 bits of the HMAC).
std::string pseudonymize(const std::string &customerId, const QByteArray &secret);

} // namespace ltv::io
