#include "models/ml/SavedModelHeader.h"

#include <QByteArray>

namespace ltv::models::ml {

void writeSavedModelHeader(QDataStream &out, const char *magic, qint32 version)
{
    out.setVersion(QDataStream::Qt_6_4);
    out << QByteArray(magic) << version;
}

qint32 readSavedModelHeader(QDataStream &in, const char *magic, qint32 newest)
{
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray tag;
    qint32 version = 0;
    in >> tag >> version;
    return tag == QByteArray(magic) && version >= 1 && version <= newest ? version : 0;
}

} // namespace ltv::models::ml
