#!/usr/bin/env bash
# Fuzzes each reader with libFuzzer for SECONDS (default 60) each, seeded with the real
# samples and their fixtures, with the forms' vocabulary as a dictionary (jixiao.dict). Each
# target also checks that rows read = rows written + rows rejected and that no amount traps.
# Crashes, hangs, memory blow-ups and broken invariants land in Tests/Fuzz/crashes/;
# copy each into Tests/Fuzz/regressions/<target>/ once fixed: the test suite replays those.
#   Tests/Fuzz/run-fuzz.sh 300        # five minutes per target
# The forms target uses the form vocabulary as its dictionary (Tests/Fuzz/vocabulary-dict.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
# Let libFuzzer, not the Swift runtime's backtracer, handle a trap, so the input is saved.
export SWIFT_BACKTRACE=enable=no
swift build --product jixiao-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >/dev/null
bin=.build-fuzz/debug/jixiao-fuzz
mkdir -p Tests/Fuzz/crashes
seed() {  # target, files...
  local dir=.build-fuzz/seeds/$1; shift
  rm -rf "$dir"; mkdir -p "$dir"; cp "$@" "$dir"/
}
seed layouts Data/samples/*.txt
seed csv Tests/Fixtures/formats/*.csv Tests/Fixtures/formats/*-gb18030-crlf.txt Tests/Fixtures/formats/*-utf8-bom.txt
seed xlsx Tests/Fixtures/formats/000.xlsx Tests/Fixtures/formats/000-sheets.xlsx Tests/Fixtures/real-forms/doc/07-neimenggu-wuchuan-livestock.doc \
  Tests/Fixtures/formulas/*.xlsx Tests/Fixtures/real-forms/extra-parts/07-wuchuan-funds-table.docx Tests/Fixtures/formats/000-sheets.ods
seed pipeline Pipelines/*.yaml
seed forms Tests/Fixtures/real-forms/*.txt Tests/Fixtures/renderings/*.txt
python3 Tests/Fuzz/vocabulary-dict.py Data/vocabulary.yaml Data/framework.yaml > .build-fuzz/forms.dict
for target in layouts csv xlsx pipeline forms; do
  dict="-dict=Tests/Fuzz/jixiao.dict"
  [ "$target" = forms ] && dict="-dict=.build-fuzz/forms.dict"
  corpus=.build-fuzz/corpus/$target
  mkdir -p "$corpus"
  echo "== $target: ${seconds}s"
  JIXIAO_FUZZ_TARGET=$target "$bin" $dict -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="Tests/Fuzz/crashes/$target-" "$corpus" ".build-fuzz/seeds/$target" 2>&1 \
    | grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Done [0-9]+ runs" || true
done
echo "crashes: $(ls Tests/Fuzz/crashes | wc -l) (in Tests/Fuzz/crashes/)"
