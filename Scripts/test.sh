#!/usr/bin/env bash
# The test command: unit tests of every module and end-to-end tests that run the built sahel binary.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product sahel
SAHEL_BIN="$(swift build --show-bin-path)/sahel"
export SAHEL_BIN
swift test "$@"
