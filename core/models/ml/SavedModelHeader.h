#pragma once
// The start of a saved tabular model: a Qt 6.4 data stream that opens with a
// magic tag naming the model and a format version.

#include <QDataStream>

namespace ltv::models::ml {

// Sets the stream's version and writes the tag and `version`.
void writeSavedModelHeader(QDataStream &out, const char *magic, qint32 version);

// Sets the stream's version and reads the header: the format version when the
// tag is `magic` and the version lies in 1..newest, otherwise 0.
qint32 readSavedModelHeader(QDataStream &in, const char *magic, qint32 newest);

} // namespace ltv::models::ml
