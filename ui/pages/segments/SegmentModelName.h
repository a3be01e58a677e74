#pragma once
// The name a user sees for a BTYD model that feeds segments ("BG/NBD"), where
// the options and saved projects keep its id ("bgnbd").

#include <QString>
#include <QStringList>

namespace ltv::ui {

// The ids the Segments page offers, in its order.
QStringList segmentModelIds();
// The model's name in the interface's language; the id itself for an unknown one.
QString segmentModelName(const QString &id);

} // namespace ltv::ui
