#!/usr/bin/env bash
# Makes the real-form fixtures in Tests/Fixtures/real-forms/ as counties send them: each
# form's web page (html/NN-….html, retyped by hand from the text in real-forms/NN-….txt,
# merged cells as rowspan/colspan) opened by LibreOffice and saved as an Excel workbook
# (xlsx/, merged cells kept), as a Word document (docx/, gridSpan/vMerge kept; doc/, the same
# saved as Word 97-2003, merged cells as cells of their own widths), and printed
# to PDF by Writer (pdf/, the table drawn with its text placed on the page, no cell grid).
# The results are committed, so the tests never need LibreOffice; run this again only to
# remake them:
#   bash Tests/Fixtures/make-real-fixtures.sh
# Needs: libreoffice-calc-nogui libreoffice-writer-nogui, a CJK font (fonts-wqy-zenhei),
# unzip, poppler-utils (pdftotext, to check the PDFs have text).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/Tests/Fixtures/real-forms
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private LibreOffice profile, so a running office or an old profile does not interfere.
PROFILE="-env:UserInstallation=file://$WORK/profile"
office() { soffice "$PROFILE" --headless "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }; }

mkdir -p "$DIR/xlsx" "$DIR/docx" "$DIR/pdf"
pages=("$DIR"/html/*.html)

# Calc opens a page with its HTML import (each table placed on the sheet with its merged
# cells, text around it in rows of its own, numbers recognised) and saves it as .xlsx.
office --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$WORK/xlsx" "${pages[@]}"
# Calc also prints each workbook to PDF (calc-pdf/), as a county publishing its sheet as PDF
# would: cells at the bottom of their rows, merged cells' text where the merge ends, the sheet's
# name as a page header and Page N as a footer, no cell grid.
mkdir -p "$DIR/calc-pdf"
office --convert-to pdf --outdir "$DIR/calc-pdf" "$WORK"/xlsx/*.xlsx
# Calc saves each workbook again in its own format, OpenDocument (.ods), as LibreOffice saves
# by default.
mkdir -p "$DIR/ods"
office --convert-to ods --outdir "$DIR/ods" "$WORK"/xlsx/*.xlsx
# Writer opens it as a document (paragraphs, real tables) and saves it as Word 2007 .docx.
office --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$WORK/docx" "${pages[@]}"
# …and as Word 97-2003 .doc, the binary format many counties still send.
mkdir -p "$DIR/doc"
office --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" --outdir "$WORK/doc" "${pages[@]}"
cp "$WORK"/doc/*.doc "$DIR/doc/"
# Writer also prints it to PDF, as a county publishing the form as PDF would.
office --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$WORK/pdf" "${pages[@]}"

# Calc also exports each workbook as tab-separated text with its text fields quoted (Text CSV
# with a tab for the separator, UTF-8), as a county exporting its sheet as text might.
mkdir -p "$DIR/tsv"
office --convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1' --outdir "$WORK/tsv" "$WORK"/xlsx/*.xlsx
for made in "$WORK"/tsv/*.csv; do cp "$made" "$DIR/tsv/$(basename "$made" .csv).txt"; done

# Every page has merged cells, so every result must keep some: a conversion that lost them
# would make fixtures that test nothing.
for page in "${pages[@]}"; do
  name=$(basename "$page" .html)
  xlsx=$WORK/xlsx/$name.xlsx
  docx=$WORK/docx/$name.docx
  [ -s "$xlsx" ] && [ -s "$docx" ] || { echo "$name: LibreOffice made no output"; exit 1; }
  merges=$(unzip -p "$xlsx" 'xl/worksheets/sheet*.xml' | grep -o '<mergeCell ' | wc -l)
  spans=$(unzip -p "$docx" word/document.xml | grep -o -E '<w:(gridSpan|vMerge) ' | wc -l)
  echo "$name: xlsx $merges merged ranges, docx $spans gridSpan/vMerge"
  [ "$merges" -gt 0 ] && [ "$spans" -gt 0 ] || { echo "$name: merged cells lost in conversion"; exit 1; }
  pdf=$WORK/pdf/$name.pdf
  words=$(pdftotext "$pdf" - | wc -w)
  echo "$name: pdf $words words"
  [ "$words" -gt 0 ] || { echo "$name: the PDF has no text"; exit 1; }
  cp "$xlsx" "$DIR/xlsx/"
  cp "$docx" "$DIR/docx/"
  cp "$pdf" "$DIR/pdf/"
done
