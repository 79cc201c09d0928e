#!/usr/bin/env bash
# Makes the printed fixtures in Tests/Fixtures/printed/: each web page there printed to PDF
# by Writer (calc-*.html by Calc), as a county publishing it as PDF would (the table drawn with its text placed on
# the page, merged cells centred over their rows, no cell grid). The PDFs are committed, so
# the tests never need LibreOffice; run this again only to remake them:
#   bash Tests/Fixtures/make-printed-fixtures.sh
# Needs: libreoffice-writer-nogui and a CJK font (fonts-wqy-zenhei).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/Tests/Fixtures/printed
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
pages=()
for page in "$DIR"/*.html; do case $(basename "$page") in calc-*) ;; *) pages+=("$page") ;; esac; done
soffice "-env:UserInstallation=file://$WORK/profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to pdf --outdir "$DIR" "${pages[@]}" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
# The calc-*.html pages opened by Calc (its HTML import) and printed by it: narrow columns whose
# cells wrap, at the bottom of their rows, key rows merged across the table's columns, and
# level labels merged over their groups, printed on each group's last row.
soffice "-env:UserInstallation=file://$WORK/profile" --headless --infilter="HTML (StarCalc)" \
  --convert-to xlsx --outdir "$WORK" "$DIR"/calc-*.html >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
soffice "-env:UserInstallation=file://$WORK/profile" --headless --convert-to pdf --outdir "$DIR" \
  "$WORK"/calc-*.xlsx >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
# Two of the office templates' pages (Tests/Fixtures/office-templates/html/) printed too: two
# approval forms of other column widths on one page by Writer, and a regional form with one
# wrapped name by Calc.
OFFICE=$PWD/Tests/Fixtures/office-templates/html
cp "$OFFICE/approval-two-projects.html" "$WORK/two-forms-one-page.html"
soffice "-env:UserInstallation=file://$WORK/profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to pdf --outdir "$DIR" "$WORK/two-forms-one-page.html" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
mkdir -p "$WORK/office"
cp "$OFFICE/regional-local-department.html" "$WORK/office/calc-one-wrapped-name.html"
soffice "-env:UserInstallation=file://$WORK/profile" --headless --infilter="HTML (StarCalc)" \
  --convert-to xlsx --outdir "$WORK/office" "$WORK/office/calc-one-wrapped-name.html" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
soffice "-env:UserInstallation=file://$WORK/profile" --headless --convert-to pdf --outdir "$DIR" \
  "$WORK/office/calc-one-wrapped-name.xlsx" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
# A sheet printed to PDF by Calc, whose cells stand at the bottom of their rows (a wrapped
# cell starts above its row's other cells): real form 02's workbook.
soffice "-env:UserInstallation=file://$WORK/profile" --headless --convert-to pdf --outdir "$WORK" \
  "$PWD/Tests/Fixtures/real-forms/xlsx/02-fujian-xiuyu-flood-repair.xlsx" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
cp "$WORK/02-fujian-xiuyu-flood-repair.pdf" "$DIR/calc-02-fujian-xiuyu-flood-repair.pdf"
# A sheet wider than the paper printed by Calc: its left columns on page 1, the rest on page 2,
# each page with the same rows (real form 09's indicator rows as comma-separated text).
soffice "-env:UserInstallation=file://$WORK/profile" --headless --infilter="Text - txt - csv (StarCalc):44,34,76,1" \
  --convert-to pdf --outdir "$WORK" "$DIR/wide-columns.csv" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
cp "$WORK/wide-columns.pdf" "$DIR/calc-wide-columns.pdf"
