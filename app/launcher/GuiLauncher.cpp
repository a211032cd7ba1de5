// cnnlab: starts the app (libexec/cnnlab/cnnlab) with the spin count set; see Launcher.h.

#include "Launcher.h"

int main(int, char *argv[])
{
    return cnnlab::execRealProgram("cnnlab", argv, cnnlab::SpinProfile::Interactive);
}
