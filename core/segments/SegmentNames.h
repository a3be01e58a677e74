#pragma once
// Segment names as shown to a reader. Segments are named by their rules
// (RFM rules, value x risk cells) and the names are keys: the playbook, saved
// rule tables and exported CSV files use them as they are. Displays pass them
// through segmentDisplayName, which translates the built-in names (in the
// "SegmentNames" context) and leaves names a user typed untouched.

#include "segments/Segmentation.h"

#include <QString>

namespace ltv::segments {

QString segmentDisplayName(const QString &name);

// The table with the segment names in `column` passed through segmentDisplayName.
Table withSegmentDisplayNames(Table table, qsizetype column = 0);

} // namespace ltv::segments
