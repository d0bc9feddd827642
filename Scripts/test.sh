#!/usr/bin/env bash
# The test command: unit tests of every module and end-to-end tests that run the built sahel binary.
# The PostGIS store's tests need a PostgreSQL server, named by SAHEL_TEST_PG_URL: when it is unset and
# PostgreSQL 15 with PostGIS is installed (Scripts/bootstrap.sh installs them), the tests run beside a throwaway
# one (Scripts/with-postgis.sh). Without a server they fail; SAHEL_TEST_PG=skip leaves them out on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SAHEL_TEST_PG_URL:-}" ] && [ -x /usr/lib/postgresql/15/bin/initdb ] \
   && [ -e /usr/share/postgresql/15/extension/postgis.control ]; then
  exec bash Scripts/with-postgis.sh bash "$0" "$@"
fi
swift build --product sahel
SAHEL_BIN="$(swift build --show-bin-path)/sahel"
export SAHEL_BIN
swift test "$@"
