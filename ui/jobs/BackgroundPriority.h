#pragma once
// Background jobs run at a lower CPU priority than the GUI thread, so that on
// a busy two-core machine the interface keeps answering while models train.

namespace ltv::ui {

// The niceness background job threads run at (Linux; 0..19, higher is lower priority).
inline constexpr int kBackgroundNiceness = 10;

// Lowers the calling thread's priority to kBackgroundNiceness once. Threads it
// starts later (model training workers, the import reader) inherit it.
void lowerCurrentThreadPriority();

// The calling thread's niceness, or 0 where the platform has no such notion.
int currentThreadNiceness();

} // namespace ltv::ui
