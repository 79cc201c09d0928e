#!/usr/bin/env bash
# Makes Tests/Fixtures/real-forms/pdf-page-numbers/: real forms' Word documents (real-forms/docx/,
# two pages each when printed) given a page-number footer as Word's gallery writes one
# (add-page-number-footer.py: a bare `1`, or `1/2`), printed to PDF by Writer. The results are
# committed, so the tests never need LibreOffice; run this again only to remake them:
#   bash Tests/Fixtures/make-page-number-fixtures.sh
# Needs: libreoffice-writer-nogui and a CJK font (fonts-wqy-zenhei).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/Tests/Fixtures/real-forms
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
office() { soffice "-env:UserInstallation=file://$WORK/profile" --headless "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }; }
add() { python3 Tests/Fixtures/add-page-number-footer.py "$DIR/docx/$1.docx" "$WORK/$1-$2.docx" "$2"; }
add 07-neimenggu-wuchuan-livestock bare
add 08-hunan-lixian-dept-whole fraction
add 10-hubei-ezhou-office-building bare
mkdir -p "$DIR/pdf-page-numbers"
office --convert-to pdf --outdir "$DIR/pdf-page-numbers" "$WORK"/*.docx
