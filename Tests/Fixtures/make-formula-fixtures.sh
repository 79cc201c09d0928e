#!/usr/bin/env bash
# Makes Tests/Fixtures/formulas/: real forms' workbooks written again as programs write them,
# their totals formulas whose results the files do not hold (openpyxl stores none, XlsxWriter
# stores 0 and asks for the workbook to be computed on opening); see write-formula-workbooks.py.
# The results are committed, so the tests never need Python packages; run this again only to
# remake them:
#   bash Tests/Fixtures/make-formula-fixtures.sh
# Needs: python3 with venv, and PyPI (openpyxl and XlsxWriter at the versions below).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet openpyxl==3.1.5 XlsxWriter==3.3.1
mkdir -p Tests/Fixtures/formulas
"$WORK/venv/bin/python" Tests/Fixtures/write-formula-workbooks.py Tests/Fixtures/real-forms/xlsx Tests/Fixtures/formats Tests/Fixtures/formulas
