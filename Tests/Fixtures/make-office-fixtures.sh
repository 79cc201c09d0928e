#!/usr/bin/env bash
# Makes the fixtures in Tests/Fixtures/office-templates/ as counties send template families
# from Office: each form's web page (html/, written by hand, merged cells as rowspan/colspan)
# opened by LibreOffice Calc and saved as an Excel workbook (xlsx/, merged cells kept) and as
# Excel 97-2003 (xls/), exported as tab-separated text with quoted fields (tsv/*.txt) and as
# comma-separated values (csv/, UTF-8; a cell written on two lines is a quoted field with a
# line break, as Excel's and WPS's CSV exports write it), and
# opened by Writer and saved as Word 2007 (docx/) and Word 97-2003 (doc/); and flattened as text
# copied from a published page is (pipes/, cells-bar/, cells-blank/, glued/: web-text.py, which
# needs python3 only and may be run alone).
# The results are committed, so the tests never need LibreOffice; run this again only to
# remake them:
#   bash Tests/Fixtures/make-office-fixtures.sh
# xls-empty-strings/: workbooks whose blank cells hold "" (as POI and other exporters write them),
# so their shared strings hold an empty string, which FreeXL cannot open: two pages on two
# sheets, and one form of 400 indicators (shared strings running into CONTINUE records); made
# from flat ODS files written by fods-from-pages.py.
# Needs: libreoffice-calc-nogui libreoffice-writer-nogui, a CJK font (fonts-wqy-zenhei), unzip, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/Tests/Fixtures/office-templates
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private LibreOffice profile, so a running office or an old profile does not interfere.
PROFILE="-env:UserInstallation=file://$WORK/profile"
office() { soffice "$PROFILE" --headless "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }; }
pages=("$DIR"/html/*.html)
mkdir -p "$DIR/xlsx" "$DIR/xls" "$DIR/tsv" "$DIR/csv" "$DIR/docx" "$DIR/doc"

office --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$WORK/xlsx" "${pages[@]}"
office --convert-to xls --outdir "$WORK/xls" "$WORK"/xlsx/*.xlsx
office --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1' --outdir "$WORK/tsv" "$WORK"/xlsx/*.xlsx
office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$WORK/csv" "$WORK"/xlsx/*.xlsx
office --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$WORK/docx" "${pages[@]}"
office --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" --outdir "$WORK/doc" "${pages[@]}"

# Every page has merged cells, so the workbook and the document must keep some: a conversion
# that lost them would make fixtures that test nothing.
for page in "${pages[@]}"; do
  name=$(basename "$page" .html)
  for made in "$WORK/xlsx/$name.xlsx" "$WORK/xls/$name.xls" "$WORK/tsv/$name.csv" "$WORK/csv/$name.csv" "$WORK/docx/$name.docx" "$WORK/doc/$name.doc"; do
    [ -s "$made" ] || { echo "$name: LibreOffice made no $(basename "$made")"; exit 1; }
  done
  merges=$(unzip -p "$WORK/xlsx/$name.xlsx" 'xl/worksheets/sheet*.xml' | grep -o '<mergeCell ' | wc -l)
  spans=$(unzip -p "$WORK/docx/$name.docx" word/document.xml | grep -o -E '<w:(gridSpan|vMerge) ' | wc -l)
  echo "$name: xlsx $merges merged ranges, docx $spans gridSpan/vMerge"
  [ "$merges" -gt 0 ] && [ "$spans" -gt 0 ] || { echo "$name: merged cells lost in conversion"; exit 1; }
  cp "$WORK/xlsx/$name.xlsx" "$DIR/xlsx/"
  cp "$WORK/xls/$name.xls" "$DIR/xls/"
  cp "$WORK/tsv/$name.csv" "$DIR/tsv/$name.txt"
  cp "$WORK/csv/$name.csv" "$DIR/csv/"
  cp "$WORK/docx/$name.docx" "$DIR/docx/"
  cp "$WORK/doc/$name.doc" "$DIR/doc/"
done

mkdir -p "$WORK/fods" "$DIR/xls-empty-strings"
python3 "$DIR/fods-from-pages.py" "$WORK/fods/two-sheets.fods" \
  "表14=$DIR/html/dept-whole-keys-above-values.html" "表15=$DIR/html/approval-weight-total.html"
python3 "$DIR/fods-from-pages.py" "$WORK/fods/many-strings.fods" --many 表1
office --convert-to xls --outdir "$WORK/fods" "$WORK"/fods/*.fods
cp "$WORK"/fods/*.xls "$DIR/xls-empty-strings/"

python3 "$DIR/web-text.py"
