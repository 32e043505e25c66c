#!/usr/bin/env bash
# Renders the kiosk's screens from the SHIPPED protocol library into docs/screenshots/, at 1280x800 (the design
# size), in portrait (800x1280) and on a 10-inch 1920x1200 tablet; and in German into docs/screenshots/de/ at
# 1280x800, 800x1280 and 1024x600 (the sweeps' German pass). The pictures are the layout sweep's own
# renderings (RunnerLayoutSweepTest, ScreensSweepTest, AuditLayoutSweepTest; RollbackWarningTest for the start-up
# warning), so every one of them has also passed the sweep's checks: controls on screen and big enough, nothing
# overlapping, no text cut.
# Runs under xvfb-run when there is no display.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$home"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
sweep="$home/target/layout-sweep"
# --from-last-run copies what the last test run's sweep wrote (the whole suite runs the sweep too);
# --from-last-run de copies only the German pictures (after a run with -Dsweep.languages=de).
only="${2:-}"
if [ "${1:-}" != "--from-last-run" ]; then
  rm -rf "$sweep"
  mvn -B test -Dtest='RunnerLayoutSweepTest,ScreensSweepTest,AuditLayoutSweepTest,RollbackWarningTest' \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E "Tests run:|FAIL" || true
fi

out="$home/docs/screenshots"
# Pictures are copied into a staging folder first and replace docs/screenshots only when every one was found, so
# a sweep that misses a picture leaves the committed ones as they were.
staging="$home/target/screenshots-staging"
rm -rf "$staging"
german=(
  "first-start"
  "first-start-name"
  "sign-in"
  "picker"
  "prepare-client"
  "prepare-screening"
  "prepare-pain"
  "settings"
  "runner-tension-type-headache-03-press-left"
  "runner-tension-type-headache-needling-count"
  "runner-low-back-sciatica-like-49-home_care-left"
  "finish"
  "summary"
  "audit-sessions"
  "audit-detail"
  "startup-rollback-warning"
)
copy_german() {
  for size in 1280x800 800x1280 1024x600; do
    mkdir -p "$staging/de/$size"
    for name in "${german[@]}"; do
      local file="$sweep/de/$name-$size-dark.png"
      if [ ! -f "$file" ]; then
        echo "missing from the German sweep: $file" >&2
        exit 1
      fi
      cp "$file" "$staging/de/$size/$name-dark.png"
    done
  done
}
if [ "$only" = "de" ]; then
  copy_german
  rm -rf "$out/de"
  mkdir -p "$out"
  mv "$staging/de" "$out/de"
  echo "German screenshots in $out/de:"
  find "$out/de" -name '*.png' | sort
  exit 0
fi
# name in the sweep (without -<size>-<theme>.png), then the themes to keep
everywhere=(
  "sign-in dark"
  "picker dark"
  "prepare-screening dark"
  "runner-tension-type-headache-03-press-left dark light"
  "runner-tension-type-headache-needling-rate dark"
  "runner-tension-type-headache-needling-count dark"
  "runner-low-back-sciatica-like-49-home_care-left dark"
  "finish dark"
  "summary dark"
  "audit-detail dark"
)
design_only=(
  "first-start dark"
  "first-start-name dark"
  "admin-overlay dark"
  "prepare-client dark"
  "prepare-pain dark light"
  "override-reason dark"
  "end-early-reason dark"
  "interrupted dark"
  "settings dark"
  "therapists dark"
  "runner-fibromyalgia-gentle-01-press-left dark"
  "runner-neck-shoulder-pain-03-press-left light"
  "runner-piriformis-deep-gluteal-05-press-left dark"
  "audit-sessions dark"
  "audit-detail-yes dark"
  "audit-summaries dark"
  "audit-addendum dark"
  "audit-calendar dark"
  "audit-integrity-detail dark"
  "startup-rollback-warning dark"
)
copy() {
  local size="$1" name="$2"; shift 2
  mkdir -p "$staging/$size"
  for theme in "$@"; do
    local file="$sweep/$name-$size-$theme.png"
    if [ ! -f "$file" ]; then
      echo "missing from the sweep: $file" >&2
      exit 1
    fi
    cp "$file" "$staging/$size/$name-$theme.png"
  done
}
for size in 1280x800 800x1280 1920x1200; do
  for entry in "${everywhere[@]}"; do
    # shellcheck disable=SC2086
    copy "$size" $entry
  done
done
for entry in "${design_only[@]}"; do
  # shellcheck disable=SC2086
  copy 1280x800 $entry
done
copy_german
rm -rf "$out"
mv "$staging" "$out"
echo "screenshots in $out:"
find "$out" -name '*.png' | sort
