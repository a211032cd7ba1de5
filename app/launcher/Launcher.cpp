#include "Launcher.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <unistd.h>

namespace cnnlab {

int execRealProgram(const char *name, char *argv[], SpinProfile profile)
{
    // Resolved through /proc/self/exe, so a symlink to the launcher (or a
    // relative argv[0]) still finds the program beside the real launcher.
    std::string self(4096, '\0');
    const ssize_t length = readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (length <= 0) {
        std::fprintf(stderr, "%s: cannot find where this program is installed (/proc/self/exe: %s).\n", name,
                     std::strerror(errno));
        return 127;
    }
    self.resize(size_t(length));
    const std::string program = self.substr(0, self.rfind('/') + 1) + CNNLAB_LIBEXEC_FROM_BINDIR "/" + name;
    setSpinCountUnlessChosen(profile);
    execv(program.c_str(), argv);
    std::fprintf(stderr, "%s: cannot start %s: %s. Reinstall CNN Lab, or rebuild it (cmake --build).\n", name,
                 program.c_str(), std::strerror(errno));
    return 127;
}

} // namespace cnnlab
