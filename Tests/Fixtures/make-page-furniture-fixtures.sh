#!/usr/bin/env bash
# Makes Tests/Fixtures/real-forms/pdf-page-furniture/: real forms' Word documents (real-forms/docx/,
# two pages each when printed) given a page-number footer as Word's gallery writes one (a bare `1`,
# or `1/2`) or a page header (the publishing unit, an attachment's number, a title in the text's
# size or set at 18 pt as a form's own title), printed to PDF by
# Writer (add-page-furniture.py). The results are committed, so the tests never need LibreOffice;
# run this again only to remake them:
#   bash Tests/Fixtures/make-page-furniture-fixtures.sh
# Needs: libreoffice-writer-nogui and a CJK font (fonts-wqy-zenhei).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$PWD/Tests/Fixtures/real-forms
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
office() { soffice "-env:UserInstallation=file://$WORK/profile" --headless "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }; }
add() { python3 Tests/Fixtures/add-page-furniture.py "$DIR/docx/$1.docx" "$WORK/$1-$2.docx" "$3" "$4"; }
add 07-neimenggu-wuchuan-livestock bare footer bare
add 08-hunan-lixian-dept-whole fraction footer fraction
add 10-hubei-ezhou-office-building bare footer bare
add 08-hunan-lixian-dept-whole attachment header 附件3
add 10-hubei-ezhou-office-building unit header 鄂州市机关事务服务中心2022年部门预算公开
add 10-hubei-ezhou-office-building title header 项目支出绩效目标表
add 03-fujian-anxi-small-water large-title large-header 项目支出绩效目标表
add 09-fujian-longyan-ethnic-region title header 项目支出绩效目标表
rm -rf "$DIR/pdf-page-furniture"
mkdir -p "$DIR/pdf-page-furniture"
office --convert-to pdf --outdir "$DIR/pdf-page-furniture" "$WORK"/*.docx
