#!/usr/bin/env bash
# Makes the printed fixtures in Tests/Fixtures/printed/: each web page there printed to PDF
# by Writer, as a county publishing it as PDF would (the table drawn with its text placed on
# the page, merged cells centred over their rows, no cell grid). The PDFs are committed, so
# the tests never need LibreOffice; run this again only to remake them:
#   bash Tests/Fixtures/make-printed-fixtures.sh
# Needs: libreoffice-writer-nogui and a CJK font (fonts-wqy-zenhei).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/Tests/Fixtures/printed
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
soffice "-env:UserInstallation=file://$WORK/profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to pdf --outdir "$DIR" "$DIR"/*.html >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }
