#!/usr/bin/env bash
# Makes the fixtures of workbooks as programs write them, from the real forms' workbooks:
#   Tests/Fixtures/formulas/: totals as formulas whose results the files do not hold (openpyxl
#     stores none, XlsxWriter stores 0 and asks for the workbook to be computed on opening);
#     see write-formula-workbooks.py;
#   Tests/Fixtures/real-forms/extra-parts/: a form with a sheet, paragraphs or a table after it
#     that are not the form's (workbooks and Word documents), or with its table running on over a
#     second sheet; see write-extra-sheet-workbooks.py.
# The results are committed, so the tests never need Python packages; run this again only to
# remake them:
#   bash Tests/Fixtures/make-program-fixtures.sh
# Needs: python3 with venv, and PyPI (openpyxl, XlsxWriter and python-docx at the versions below).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet openpyxl==3.1.5 XlsxWriter==3.3.1 python-docx==1.2.0
mkdir -p Tests/Fixtures/formulas Tests/Fixtures/real-forms/extra-parts
"$WORK/venv/bin/python" Tests/Fixtures/write-formula-workbooks.py Tests/Fixtures/real-forms/xlsx Tests/Fixtures/formats Tests/Fixtures/formulas
"$WORK/venv/bin/python" Tests/Fixtures/write-extra-sheet-workbooks.py Tests/Fixtures/real-forms Tests/Fixtures/real-forms/extra-parts
