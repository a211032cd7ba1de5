#!/usr/bin/env bash
# Fresh Debian 12 machine -> CNN Lab running: installs what is missing,
# configures, builds and starts the app. Extra arguments go to the app, e.g.
#   scripts/run-app.sh --data ../shared/data/mnist --model A --train
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default
cmake --build --preset default -j "$(nproc)" --target cnnlab cnnlab-cli
exec build/app/gui/cnnlab "$@"
