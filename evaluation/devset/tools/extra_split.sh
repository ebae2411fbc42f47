#!/bin/sh
# Build the two halves of the extra development set as symlink views:
#   $1/tune  (e01-e10, may be tuned on)   $1/validate (e11-e20, only scored)
# usage: sh evaluation/devset/tools/extra_split.sh /tmp/extra-split
set -e
out=${1:-/tmp/extra-split}
src=$(cd "$(dirname "$0")/../extra" && pwd)
rm -rf "$out/tune" "$out/validate"
for half in tune validate; do mkdir -p "$out/$half/reports" "$out/$half/truth"; done
for f in "$src"/truth/e*.json; do
  stem=$(basename "$f" .json); n=${stem#e}
  if [ "$n" -le 10 ]; then half=tune; else half=validate; fi
  ln -s "$f" "$out/$half/truth/$stem.json"
  for r in "$src"/reports/"$stem".*; do ln -s "$r" "$out/$half/reports/"; done
done
echo "$out/tune $out/validate"
