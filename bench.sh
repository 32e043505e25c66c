#!/usr/bin/env bash
# Benchmarks, one per part of the product:  ./bench.sh engine|store|sync|audit [args...]
# Each compiles the tests offline and runs a main from src/bench/java through run_main.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$home"

# Compiles offline, prints the machine line, runs java with the arguments (JVM options, the main class, its
# arguments) on the test classpath, and prints the load at the end. Every case goes through it.
run_main() {
  mvn -B -q -o test-compile
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "target/test-classes:target/classes:$(cat target/runtime-classpath.txt)" "$@"
  echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
}
# The benchmarks that show no window.
headless=-Djava.awt.headless=true

case "${1:-}" in
  engine)
    shift
    run_main "$headless" app.holdpoint.bench.EngineBenchmark "$@"
    ;;
  sync)
    shift
    # The cost of syncing the H2 file before an event is acknowledged, against commit only, same run.
    run_main "$headless" app.holdpoint.store.SyncCostBenchmark "$@"
    ;;
  hashes)
    shift
    # verify's event hashing by itself (no rows read): one thread and every core, M events/s.
    run_main "$headless" app.holdpoint.store.HashRateBenchmark "$@"
    ;;
  store)
    shift
    # Builds (once, then reuses) a demo history in target/bench-store: 1 M sessions by default, which takes a
    # long while and tens of GB; --sessions N for a smaller run.
    run_main "$headless" -Xmx2g app.holdpoint.bench.StoreBenchmark "$@"
    ;;
  kiosk)
    shift
    # Start-up, memory and CPU of the kiosk beside a bare FlatLaf window; needs a display, so it runs under
    # xvfb-run when none is set. ./run.sh --version first builds the jar and records the start-up archive: what is
    # measured is the development build as run.sh starts it (jar, archive, full JDK), not the package.
    if [ -z "${DISPLAY:-}" ]; then
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" kiosk "$@"
    fi
    ./run.sh --version >/dev/null
    run_main app.holdpoint.bench.KioskBenchmark "$@"
    ;;
  taps)
    shift
    # Tap-to-feedback latency: taps injected with java.awt.Robot into the kiosk (Skip, dial) and into a bare FlatLaf
    # button, timed until the screen's pixels change. Needs a display, so it runs under xvfb-run when none is set.
    if [ -z "${DISPLAY:-}" ]; then
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" taps "$@"
    fi
    run_main app.holdpoint.bench.TapLatencyBenchmark "$@"
    ;;
  audit)
    shift
    # Period summaries and exports on a demo history in target/bench-audit (100 000 sessions by default).
    run_main "$headless" -Xmx2g app.holdpoint.bench.AuditExportBenchmark "$@"
    ;;
  audit-list)
    shift
    # The audit workspace's sessions list (pages, filters, sorts, count, Swing scrolling) at 1 M rows: real
    # light sessions from demo-data (--real R), topped up with plain-SQL copies of their rows (see the class).
    run_main "$headless" -Xmx2g app.holdpoint.bench.AuditListBenchmark "$@"
    ;;
  *)
    echo "usage: ./bench.sh engine [--phases N] [--phase-ms MS] [--busy THREADS] [--lead-ms MS] [--edt-load-ms MS]" >&2
    echo "       ./bench.sh hashes [EVENTS_PER_THREAD]" >&2
    echo "       ./bench.sh store [--sessions N] [--data DIR] [--commits K] [--runs R]" >&2
    echo "       ./bench.sh kiosk [--runs N] [--cpu-seconds S]" >&2
    echo "       ./bench.sh taps [--taps N] [--kiosk-options \"JVM OPTIONS\"]" >&2
    echo "       ./bench.sh audit [--sessions N] [--data DIR] [--runs R]" >&2
    echo "       ./bench.sh audit-list [--sessions N] [--real R] [--data DIR] [--runs K]" >&2
    exit 2
    ;;
esac
