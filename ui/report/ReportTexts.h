#pragma once
// The translation context of every text of the report ("ReportTexts"), so
// lupdate finds them: ReportTexts::tr("...").

#include <QCoreApplication>

class ReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)
};
