#!/usr/bin/env bash
# The one entry point: builds Holdpoint when it is missing or older than its sources, then runs it.
#   ./run.sh                 opens the kiosk (full screen; --windowed for a desktop window)
#   ./run.sh <command> ...   runs a command: validate, plan, ... (./run.sh --help lists them)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$home/target/classes/.holdpoint-built"
classpath_file="$home/target/runtime-classpath.txt"

needs_build() {
  [ -f "$stamp" ] && [ -f "$classpath_file" ] || return 0
  [ -n "$(find "$home/src/main" "$home/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "Building Holdpoint (first run or sources changed)..." >&2
  if ! (cd "$home" && mvn -B -q -DskipTests compile >"$home/target-build.log" 2>&1); then
    echo "Build failed; see $home/target-build.log" >&2
    exit 1
  fi
  rm -f "$home/target-build.log"
  touch "$stamp"
fi

exec java -Dholdpoint.home="$home" -cp "$home/target/classes:$(cat "$classpath_file")" app.holdpoint.App "$@"
