#include "compute/ComputeThreads.h"

#include <algorithm>
#include <cstdlib>

#if defined(__linux__)
#include <unistd.h>
#endif

#include <QThread>

#include "training/TrainingTypes.h"

namespace cnnlab {

void boundOpenMpSpinning(char *argv[], SpinProfile profile)
{
#if defined(__linux__)
    // The program's own path, not /proc/self/exe: the kernel names a process
    // after the file it executes, and `ps` should say cnnlab, not exe.
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return;
    path[length] = '\0';
    if (!setSpinCountUnlessChosen(profile))
        return; // the user's choice, the launcher's, or this is the re-executed process
    execv(path, argv);
    // Only reached when exec failed: go on with libgomp's defaults, and leave
    // the variable set so child processes see what this one was meant to run with.
#else
    (void)argv;
    (void)profile;
#endif
}

int defaultComputeThreads()
{
    return std::clamp(QThread::idealThreadCount(), TrainingLimits::minThreads, TrainingLimits::maxThreads);
}

} // namespace cnnlab
