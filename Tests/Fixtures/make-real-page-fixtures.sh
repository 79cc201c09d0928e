#!/usr/bin/env bash
# Makes Tests/Fixtures/real-pages/html/, calc-pdf/ and csv/: real pages whose tables are bar rows, as
# the web pages they were copied from (page-to-html.py), opened by Calc (its HTML import) and
# printed to PDF, each page headed by Calc's default header, the sheet's name. The results are
# committed, so the tests never need LibreOffice; run this again only to remake them:
#   bash Tests/Fixtures/make-real-page-fixtures.sh
# calc-pdf-zh/ holds the same sheets printed by a Chinese LibreOffice, whose default header and
# footer are `工作表1` and `页1`.
# Needs: libreoffice-calc-nogui, libreoffice-l10n-zh-cn and a CJK font (fonts-wqy-zenhei).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/Tests/Fixtures/real-pages
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DIR/html" "$DIR/calc-pdf"
for name in bayannur-natural-resources-self-evaluation luan-quality-testing xiaoxian-hexi-planting-subsidy; do
  python3 "$DIR/page-to-html.py" "$DIR/$name.txt" "$DIR/html/$name.html"
done
office() { soffice "-env:UserInstallation=file://$WORK/profile" --headless "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }; }
office --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$WORK" "$DIR"/html/*.html
office --convert-to pdf --outdir "$DIR/calc-pdf" "$WORK"/*.xlsx
# The same, by LibreOffice in Chinese (its own profile: the language is set when one is made).
mkdir -p "$WORK/zh" "$DIR/calc-pdf-zh"
zh() { LANGUAGE=zh_CN LANG=zh_CN.UTF-8 soffice "-env:UserInstallation=file://$WORK/profile-zh" --headless "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }; }
zh --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$WORK/zh" "$DIR"/html/*.html
zh --convert-to pdf --outdir "$DIR/calc-pdf-zh" "$WORK"/zh/*.xlsx
# 巴彦淖尔市's sheet (one column: the page is one cell a line) exported as CSV by Calc: every text
# field quoted, each on a line of its own, no comma.
mkdir -p "$DIR/csv"
office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$DIR/csv" "$WORK/bayannur-natural-resources-self-evaluation.xlsx"
# 巴彦淖尔市's printed sheet (both printings) as the text a PDF viewer copies: Poppler's text, its
# page headers (`Sheet1`, `工作表1`) and footers (`Page 1`, `页1`) between the table's cells.
mkdir -p "$DIR/pdf-text"
pdftotext "$DIR/calc-pdf/bayannur-natural-resources-self-evaluation.pdf" "$DIR/pdf-text/bayannur-natural-resources-self-evaluation.txt"
pdftotext "$DIR/calc-pdf-zh/bayannur-natural-resources-self-evaluation.pdf" "$DIR/pdf-text/bayannur-natural-resources-self-evaluation-zh.txt"
