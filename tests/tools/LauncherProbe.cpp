// For tst_launcher: app/launcher/Launcher.cpp built with the "real program"
// in the probe's own folder. Started plainly, it executes itself through
// execRealProgram(); the executed copy prints its environment and arguments.
//   launcher_probe [--interactive | --missing] ARGS...

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "Launcher.h"

int main(int argc, char *argv[])
{
    if (std::getenv("CNNLAB_PROBE_CHILD")) {
        const char *spin = std::getenv("GOMP_SPINCOUNT");
        const char *policy = std::getenv("OMP_WAIT_POLICY");
        std::printf("GOMP_SPINCOUNT=%s\nOMP_WAIT_POLICY=%s\n", spin ? spin : "(unset)", policy ? policy : "(unset)");
        for (int i = 1; i < argc; ++i)
            std::printf("arg=%s\n", argv[i]);
        return 0;
    }
    setenv("CNNLAB_PROBE_CHILD", "1", 1);
    const bool interactive = argc > 1 && std::strcmp(argv[1], "--interactive") == 0;
    const bool missing = argc > 1 && std::strcmp(argv[1], "--missing") == 0;
    return cnnlab::execRealProgram(missing ? "no-such-program" : "launcher_probe", argv,
                                   interactive ? cnnlab::SpinProfile::Interactive : cnnlab::SpinProfile::Batch);
}
