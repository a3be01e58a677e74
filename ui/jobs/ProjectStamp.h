#pragma once
// Which state of the open project a background job was started for: the file
// and its data revision. A result whose stamp no longer matches was computed
// for another project, or for data an import has since changed, and must not
// be shown.

#include "ProjectSession.h"

#include <QString>

namespace ltv::ui {

struct ProjectStamp
{
    QString path;
    int revision = -1;

    static ProjectStamp of(const ProjectSession &session) { return {session.path(), session.revision()}; }
    bool isCurrent(const ProjectSession &session) const
    {
        return session.isOpen() && path == session.path() && revision == session.revision();
    }
};

} // namespace ltv::ui
