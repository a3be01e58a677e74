#include "GuiSuiteSetup.h"

#include "AppSetup.h"
#include "DemoProjectFixture.h"

#include <QString>

namespace ltv::test {

void setUpGuiSuiteInEnglish()
{
    useClearedTestSettings();
    ui::setupApplication(QStringLiteral("en"));
}

} // namespace ltv::test
