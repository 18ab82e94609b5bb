#!/usr/bin/env bash
# Scores the rebuilt web halves (eval/web/README.md) with this checkout's extractor.
# Usage: eval/web/score-halves.sh DIR [HALF ...]
#   DIR holds one folder per half, each with the articles.jsonl that rebuild.py collected:
#   DIR/web-t, DIR/web-m (recipes.jsonl), DIR/web-nt, DIR/web-nm (recipes-2.jsonl), DIR/web-xt,
#   DIR/web-xm (recipes-3.jsonl), DIR/web-yt, DIR/web-ym (recipes-4.jsonl), DIR/web-zt, DIR/web-zm
#   (recipes-5.jsonl), DIR/web-6t, DIR/web-6m (recipes-6.jsonl), DIR/web-7t, DIR/web-7m
#   (recipes-7.jsonl). Prints each half's score line (eval/probes/score.py); the parse and the
#   per-article differences go to DIR/HALF/out.jsonl and DIR/HALF/score.txt. Read the measure
#   halves (web-m, web-nm, web-xm, web-ym, web-zm, web-6m, web-7m) in aggregate only.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${1:?usage: eval/web/score-halves.sh DIR [HALF ...]}"
shift
halves=("$@")
[ ${#halves[@]} -gt 0 ] || halves=(web-t web-m web-nt web-nm web-xt web-xm web-yt web-ym web-zt web-zm web-6t web-6m web-7t web-7m)
for half in "${halves[@]}"; do
  case "$half" in
    web-t) expected=expected-tune.jsonl ;;
    web-m) expected=expected-measure.jsonl ;;
    web-nt) expected=expected-tune-2.jsonl ;;
    web-nm) expected=expected-measure-2.jsonl ;;
    web-xt) expected=expected-tune-3.jsonl ;;
    web-xm) expected=expected-measure-3.jsonl ;;
    web-yt) expected=expected-tune-4.jsonl ;;
    web-ym) expected=expected-measure-4.jsonl ;;
    web-zt) expected=expected-tune-5.jsonl ;;
    web-zm) expected=expected-measure-5.jsonl ;;
    web-6t) expected=expected-tune-6.jsonl ;;
    web-6m) expected=expected-measure-6.jsonl ;;
    web-7t) expected=expected-tune-7.jsonl ;;
    web-7m) expected=expected-measure-7.jsonl ;;
    *) echo "score-halves: unknown half '$half' (web-t, web-m, web-nt, web-nm, web-xt, web-xm, web-yt, web-ym, web-zt, web-zm, web-6t, web-6m, web-7t, web-7m)" >&2; exit 2 ;;
  esac
  articles="$dir/$half/articles.jsonl"
  if [ ! -s "$articles" ]; then
    echo "score-halves: $articles: missing or empty; rebuild it first (eval/web/README.md)" >&2
    exit 2
  fi
  "$here/bin/index-builder" parse "$articles" > "$dir/$half/out.jsonl" 2>/dev/null
  python3 "$here/eval/probes/score.py" "$here/eval/web/$expected" "$dir/$half/out.jsonl" > "$dir/$half/score.txt"
  echo "$half: $(tail -1 "$dir/$half/score.txt")"
done
