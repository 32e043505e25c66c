#!/usr/bin/env bash
# Renders every screen of the kiosk at 1280x800, dark and light where it matters, into docs/screenshots/:
# the shell (first start, sign-in, lock-out, picker, settings, interrupted sessions, administrator PIN), the session
# (prepare, runner phases, rating, pause, finish, summary), the audit workspace (list, detail, chart, addendum,
# summaries, a tampered record flagged) and the widget gallery.
# Runs under xvfb-run when there is no display.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$home"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
out="$home/docs/screenshots"
mkdir -p "$out"
# The shell's screens are reached by its GUI test, which also checks their touch targets.
mvn -B -o test -Dtest='KioskScreensTest,AuditScreensTest' -Dsurefire.failIfNoSpecifiedTests=false -Dholdpoint.shots="$out" \
  | grep -E "Tests run:|FAIL" || true
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
java --add-opens java.base/java.util=ALL-UNNAMED -cp "$classpath" app.holdpoint.ui.session.SessionScreens "$out"
java --add-opens java.base/java.util=ALL-UNNAMED -cp "$classpath" app.holdpoint.ui.WidgetGallery "$out"
echo "screenshots in $out:"
ls "$out"
