#!/usr/bin/env bash
# Regenerates the spoken-cue clips from speech/words.tsv with espeak-ng (apt-get install espeak-ng).
# The clips are committed: the build and the kiosk never need a synthesiser. Run again after changing a word.
# Output: src/main/resources/app/holdpoint/ui/sound/speech/{en,de}/<clip>.wav, 16-bit PCM mono 22 050 Hz, with
# the synthesiser's leading and trailing silence cut so a word starts when its cue does.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
speech="$home/src/main/resources/app/holdpoint/ui/sound/speech"
command -v espeak-ng >/dev/null || { echo "voice.sh needs espeak-ng: apt-get install -y espeak-ng" >&2; exit 1; }
# Fixed voice, speed, pitch and amplitude: the same espeak-ng version gives the same bytes.
declare -A voices=([en]=en-gb [de]=de)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for lang in en de; do
  mkdir -p "$speech/$lang"
  rm -f "$speech/$lang"/*.wav
  column=$([ "$lang" = en ] && echo 2 || echo 3)
  grep -v '^#' "$speech/words.tsv" | while IFS=$'\t' read -r -a fields; do
    [ "${#fields[@]}" -ge 3 ] || continue
    clip="${fields[0]}"; words="${fields[$((column - 1))]}"
    espeak-ng -v "${voices[$lang]}" -s 150 -p 45 -a 160 -w "$work/raw.wav" -- "$words"
    python3 - "$work/raw.wav" "$speech/$lang/$clip.wav" <<'PY'
import sys, wave, array
src, dst = sys.argv[1], sys.argv[2]
with wave.open(src, "rb") as w:
    assert w.getnchannels() == 1 and w.getsampwidth() == 2, "espeak-ng gives 16-bit mono"
    rate = w.getframerate()
    s = array.array("h", w.readframes(w.getnframes()))
# Cut silence: below 1 % of full scale, keeping 10 ms either side so the word does not start with a click.
threshold, pad = 328, rate // 100
loud = [i for i, v in enumerate(s) if abs(v) > threshold]
start, end = max(0, loud[0] - pad), min(len(s), loud[-1] + pad)
s = s[start:end]
fade = min(pad, len(s) // 2)
for i in range(fade):
    s[i] = int(s[i] * i / fade)
    s[-1 - i] = int(s[-1 - i] * i / fade)
with wave.open(dst, "wb") as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(rate)
    w.writeframes(s.tobytes())
PY
    echo "$lang/$clip.wav  \"$words\""
  done
done
espeak-ng --version | sed 's/ *Data at.*//' > "$speech/VERSION"
