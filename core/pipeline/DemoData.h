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

// The demo transactions keyed by the sample customer id (second column),
// kept as written in the file, zero-padded ("0001"). Customer ids are text
// throughout the product: the importer never reinterprets them (in general
// data "007" and "7" can be different customers), so this is also the id a
// project built from the demo file holds (buildDemoProject, `ltv demo`, the
// GUI's demo project) and the id a user gets by importing CDNOW_sample.txt.
// Published CDNOW tables number the same customers 1..2357: read as a number,
// the id is that number.
// Throws std::runtime_error naming the line when the resource is malformed.
features::TransactionSet loadDemoTransactions();

} // namespace ltv::pipeline
