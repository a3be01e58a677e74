#include "io/ImportWriteFailure.h"
#include "features/Translation.h"

#include <sqlite3.h>

namespace ltv::io {

namespace {
// Where lupdate files the tr() calls of this file (see features/Translation.h).
QString tr(const char *text)
{
    return translateIn({"ltv::io"}, text);
}
} // namespace

QString importWriteFailure(const store::SqlError &error)
{
    switch (error.code() & 0xff) { // the primary code of an extended one
    case SQLITE_FULL:
        return tr("the disk holding the project is full: nothing was imported and the project is as it was. Free "
                  "some space and import again");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program is writing to the project: nothing was imported and the project is as it was. "
                  "Import again when it has finished");
    case SQLITE_READONLY:
        return tr("the project file is read-only: nothing was imported");
    case SQLITE_IOERR:
        return tr("the project file could not be written (%1): nothing was imported")
            .arg(QString::fromUtf8(sqlite3_errstr(error.code())));
    default:
        return {};
    }
}

} // namespace ltv::io
