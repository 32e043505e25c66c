#!/usr/bin/env bash
# The one entry point: builds Holdpoint when it is missing or older than its sources, then runs it.
#   ./run.sh                 opens the kiosk (full screen; --windowed for a desktop window)
#   ./run.sh <command> ...   runs a command: validate, plan, ... (./run.sh --help lists them)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$home/target/classes/.holdpoint-built"
classpath_file="$home/target/runtime-classpath.txt"
jar="$home/target/holdpoint.jar"
# Class-data sharing: the classes start-up loads, parsed once and mapped from this file on every later start
# (it needs the classes in a jar, not a folder).
archive="$home/target/holdpoint.jsa"

needs_build() {
  [ -f "$stamp" ] && [ -f "$classpath_file" ] && [ -f "$jar" ] || return 0
  [ -n "$(find "$home/src/main" "$home/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "Building Holdpoint (first run or sources changed)..." >&2
  if ! (cd "$home" && mvn -B -q -DskipTests compile >"$home/target-build.log" 2>&1); then
    echo "Build failed; see $home/target-build.log" >&2
    exit 1
  fi
  rm -f "$home/target-build.log" "$archive"
  (cd "$home/target/classes" && jar --create --file "$jar" .)
  touch "$stamp"
fi

classpath="$jar:$(cat "$classpath_file")"
# One small window and a small database: the serial collector, a bounded heap (ample for the commands too) and,
# for the kiosk, the quick compiler alone start it about a fifth sooner, in less memory, than the server defaults do.
# A small first heap (-Xms24m): otherwise the young generation is sized from the machine's memory (over 100 MB on
# 24 GB) and a running countdown's garbage fills all of it before the first collection (docs/benchmarks.md). The heap
# still grows to -Xmx when the audit or an export needs it. -XX:CompileThresholdScaling=5: a method is compiled after
# five times as many calls; the start runs thousands of methods a few hundred times each (opening the database, the
# look and feel), and compiling them took more CPU than running them (a seventh less CPU to the sign-in screen).
java_options=(-Dholdpoint.home="$home" -Xms24m -Xmx512m -XX:CompileThresholdScaling=5)
# The kiosk (and the audit window): the serial collector and the quick compiler alone start it sooner, in less
# memory. The commands that read a whole record keep both compilers and collect on every core: verify of a
# 1 M-session record took twice as long with the quick compiler alone, and 65 s against 58 s with the serial
# collector, which stops verify's reading, hashing and signature threads for each collection.
kiosk_compiler=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
for arg in "$@"; do
  case "$arg" in
    validate|plan|simulate|therapist|audit|verify|demo-data|backup|restore) kiosk_compiler=(-XX:+UseParallelGC); break ;;
  esac
done

# The archive is recorded by one start of the kiosk on a throw-away data folder, which needs a display; without
# one (a server running commands) Holdpoint simply starts without it.
if [ ! -f "$archive" ] && [ -n "${DISPLAY:-}" ]; then
  training="$(mktemp -d)"
  echo "Preparing faster start-up (once after each build)..." >&2
  java "${java_options[@]}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$archive" -Dholdpoint.exitWhenReady=true -Xlog:cds=off \
    -Xlog:cds+dynamic=off -cp "$classpath" app.holdpoint.App --windowed --data "$training" >/dev/null 2>&1 \
    || rm -f "$archive"
  rm -rf "$training"
fi
if [ -f "$archive" ]; then
  # -Xshare:auto: an archive that no longer matches is ignored, never an error.
  java_options+=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

exec java "${java_options[@]}" "${kiosk_compiler[@]}" -cp "$classpath" app.holdpoint.App "$@"
