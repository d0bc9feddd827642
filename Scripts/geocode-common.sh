# shellcheck shell=bash disable=SC2154  # $root and $shared come from the sourcing script
# Sourced by Scripts/eval-geocode.sh, Scripts/bench-geocode.sh and Scripts/bench-analyze.sh (not run on its own): the release binary,
# the `geocode` command check, and a scratch gazetteer holding the OCHA Mali settlements.
# Needs $root (the package) and $shared (../shared or $SAHEL_SHARED) set by the caller.

geocode_log() { echo "$(basename "$0"): $*" >&2; }

# The sahel binary: $SAHEL_BIN, else the release build's. Builds nothing; says what to run when it is missing.
sahel_release_binary() {
  local bin=${SAHEL_BIN:-}
  if [ -z "$bin" ]; then
    bin="$(cd "$root" && swift build -c release --show-bin-path)/sahel"
  fi
  if [ ! -x "$bin" ]; then
    geocode_log "no sahel binary at $bin: run  swift build -c release --product sahel  (or set SAHEL_BIN)"
    return 1
  fi
  echo "$bin"
}

# True when this sahel has the `geocode` command.
sahel_has_geocode() {
  # `sahel geocode --help` exits 0 even without the command (it shows the top-level help): read the usage line.
  local help
  help=$("$1" geocode --help 2>&1) || return 1
  [[ $help == *"USAGE: "*geocode* ]]
}

# True when this sahel's geocode takes --timings.
sahel_geocode_has_timings() {
  local help
  help=$("$1" geocode --help 2>&1) || return 1
  [[ $help == *--timings* ]]
}

# A gazetteer with the OCHA settlements: $SAHEL_GAZETTEER as it is, else a copy of the default
# Gazetteer/build/sahel.sqlite in DIR with the OCHA file imported (idempotent, about 2 s). Prints its path.
scratch_gazetteer() {
  local bin=$1 dir=$2
  if [ -n "${SAHEL_GAZETTEER:-}" ]; then
    [ -s "$SAHEL_GAZETTEER" ] || { geocode_log "SAHEL_GAZETTEER=$SAHEL_GAZETTEER: no such database"; return 1; }
    echo "$SAHEL_GAZETTEER"
    return 0
  fi
  local default=$root/Gazetteer/build/sahel.sqlite ocha=$shared/data/ocha-mali-settlements-2015.csv
  local copy=$dir/sahel-ocha.sqlite
  [ -s "$default" ] || { geocode_log "no gazetteer at $default: run  bash Scripts/bootstrap.sh"; return 1; }
  [ -s "$ocha" ] || { geocode_log "no OCHA settlements at $ocha (is ../shared beside the checkout?)"; return 1; }
  # "$copy.ready" marks a finished import, so an interrupted one is redone rather than used.
  if [ ! -e "$copy.ready" ] || [ "$default" -nt "$copy.ready" ] || [ "$bin" -nt "$copy.ready" ]; then
    rm -f "$copy" "$copy-wal" "$copy-shm" "$copy.ready"
    cp "$default" "$copy"
    if [ -s "$default-wal" ]; then cp "$default-wal" "$copy-wal"; fi
    geocode_log "importing the OCHA settlements into a copy of the gazetteer ($copy; report in $dir/ocha-import.log)"
    "$bin" gazetteer import ocha "$ocha" --db "$copy" >"$dir/ocha-import.log" \
      || { geocode_log "the OCHA import failed"; return 1; }
    touch "$copy.ready"
  fi
  echo "$copy"
}

# bench_measure DIR NAME CMD...: runs CMD under GNU time -v (or the Python fallback of bench_geocode_table.py)
# -> DIR/NAME.stdout, .stderr, .time (GNU time -v wording), .status. Never fails: the status is in NAME.status.
bench_measure() {
  local dir=$1 name=$2 status=0
  shift 2
  rm -f "$dir/$name".{stdout,stderr,time,status}
  geocode_log "running $name: $*"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$dir/$name.time" "$@" >"$dir/$name.stdout" 2>"$dir/$name.stderr" || status=$?
  else
    python3 "$root/Scripts/bench_geocode_table.py" --time-command "$dir/$name.time" "$@" \
      >"$dir/$name.stdout" 2>"$dir/$name.stderr" || status=$?
  fi
  echo "$status" >"$dir/$name.status"
  [ "$status" = 0 ] || geocode_log "$name failed with status $status (see $dir/$name.stderr)"
}

# A benchmark's arguments: --help prints the script's header comment; anything else is refused, as settings
# are environment variables.   bench_arguments "$0" "$@"
bench_arguments() {
  local script=$1
  shift
  case ${1:-} in
    -h|--help) sed -n '2,/^set -euo/p' "$script" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    "") ;;
    *) geocode_log "no arguments expected (settings are environment variables; see --help)"; exit 64 ;;
  esac
}
