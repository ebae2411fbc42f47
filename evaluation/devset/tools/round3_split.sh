#!/bin/sh
# Symlink views for round 3 of the extractor:
#   $1/dev      tuning t01-t26 + extra e01-e10 + heldout-v1 h01-h11   (developed on)
#   $1/heldback extra e11-e20 + heldout-v1 h12-h22                     (only scored)
# heldout-v2 is never touched.
# usage: sh evaluation/devset/tools/round3_split.sh /tmp/r3
set -e
out=${1:-/tmp/r3}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out/dev" "$out/heldback"
for half in dev heldback; do mkdir -p "$out/$half/reports" "$out/$half/truth"; done
link() { # set stem half
  ln -s "$root/$1/truth/$2.json" "$out/$3/truth/$2.json"
  for r in "$root/$1/reports/$2".*; do ln -s "$r" "$out/$3/reports/"; done
}
for f in "$root"/tuning/truth/t*.json; do link tuning "$(basename "$f" .json)" dev; done
for f in "$root"/extra/truth/e*.json; do
  s=$(basename "$f" .json); n=${s#e}; n=${n#0}
  if [ "$n" -le 10 ]; then link extra "$s" dev; else link extra "$s" heldback; fi
done
for f in "$root"/heldout-v1/truth/h*.json; do
  s=$(basename "$f" .json); n=${s#h}; n=${n#0}
  if [ "$n" -le 11 ]; then link heldout-v1 "$s" dev; else link heldout-v1 "$s" heldback; fi
done
echo "$out/dev $out/heldback"
