#!/usr/bin/env bash
# jixiao against the pandas + XlsxWriter script an analyst would write (issue 16), on the
# same Layout A corpus, one after the other on this machine.
#   Tests/Bench/side-by-side.sh [COUNTIES]      (default 150; build release first)
# Makes a corpus with `jixiao synth`, keeps its Layout A counties (the script reads only
# Layout A), runs both, prints wall times and the ratio. Python packages go to a venv
# under .build/ (pandas and XlsxWriter from PyPI).
set -euo pipefail
counties=${1:-150}
root=$(cd "$(dirname "$0")/../.." && pwd)
jixiao="$root/.build/release/jixiao"
[ -x "$jixiao" ] || { echo "build first: swift build -c release" >&2; exit 2; }
venv="$root/.build/bench-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet pandas xlsxwriter
fi
work=$(mktemp -d /tmp/jixiao-side-by-side.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$jixiao" synth --counties "$counties" "$work/corpus" >/dev/null
mkdir -p "$work/layout-a"
"$venv/bin/python" - "$work/corpus/ground-truth.json" <<'PY' | while read -r name; do ln -s "$work/corpus/inputs/$name" "$work/layout-a/$name"; done
import json, sys
for county in json.load(open(sys.argv[1]))["counties"]:
    if county["layout"] == "A":
        print("\n".join(county["files"]))
PY
echo "corpus: $(ls "$work/layout-a" | wc -l) files of $(grep -c '"layout": "A"' "$work/corpus/ground-truth.json" || true) Layout A counties"

seconds() { local start=$(date +%s%N); "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }; echo $(( ($(date +%s%N) - start) / 1000000 )); }
pandas=$(seconds "$venv/bin/python" "$root/Tests/Bench/pandas_consolidate.py" "$work/corpus/ground-truth.json" "$work/layout-a" "$work/pandas-out")
tail -1 "$work/last.log"
jx=$(cd "$root" && seconds "$jixiao" run Pipelines/sample.yaml --out "$work/jixiao-out" --period 2024-01 "$work/layout-a")
"$venv/bin/python" - "$work/jixiao-out/2024-01/run-summary.json" <<'PY'
import json, sys
counties = json.load(open(sys.argv[1]))["counties"]
print(f"jixiao: {len(counties)} counties, {sum(c['indicators'] for c in counties)} indicator rows")
PY
"$venv/bin/python" -c "import sys; p, j = int(sys.argv[1]) / 1000, int(sys.argv[2]) / 1000; print(f'pandas script {p:.1f} s, jixiao {j:.1f} s: jixiao {p / j:.1f}× faster')" "$pandas" "$jx"
