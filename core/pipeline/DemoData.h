#pragma once
// The bundled demo data set (CDNOW 1/10 sample, see resources/demo/README.md),
// compiled into ltv_core as a Qt resource so the CLI and GUI need no files.

#include "features/TransactionSet.h"

#include <QByteArray>
#include <QString>

namespace ltv::pipeline {

// Resource path of the raw demo file: whitespace-aligned columns
// master id, sample id, YYYYMMDD, CDs, dollars; no header.
QString demoDataResourcePath();
QByteArray demoDataBytes();

// The demo transactions keyed by the sample customer id (second column).
// Throws std::runtime_error naming the line when the resource is malformed.
features::TransactionSet loadDemoTransactions();

} // namespace ltv::pipeline
