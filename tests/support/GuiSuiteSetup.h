#pragma once
// The common start of a GUI suite: the test's own cleared settings, and the
// application set up (style, translations) in English.

namespace ltv::test {

void setUpGuiSuiteInEnglish();

} // namespace ltv::test
