#!/usr/bin/env bash
# Makes the input-format fixtures in Tests/Fixtures/formats/ from the two real samples in
# Data/samples/, with a real office suite (LibreOffice, headless) and standard tools.
# The fixtures are committed; run this again only to remake them:
#   bash Tests/Fixtures/make-fixtures.sh
# Needs: libreoffice-calc-nogui libreoffice-writer-nogui fonts-wqy-microhei (a CJK font, so
# the PDFs show real glyphs), iconv (libc-bin), python3 (writes the flat ODF sources).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SEED_A=$ROOT/Data/samples/000_6941c6c000b569c3.txt   # Layout A, 平武县
SEED_B=$ROOT/Data/samples/003_3430fcfc1c4de566.txt   # Layout B, 原州区
OUT=$ROOT/Tests/Fixtures/formats
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
# A private LibreOffice profile, so a running office or an old profile does not interfere.
PROFILE="-env:UserInstallation=file://$WORK/profile"
office() { soffice "$PROFILE" --headless "$@" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log"; exit 1; }; }

# 1. Text re-encoded as Windows tools write it: GB18030 with CRLF, and UTF-8 with a BOM.
for seed in 000:"$SEED_A" 003:"$SEED_B"; do
  name=${seed%%:*}; file=${seed#*:}
  awk '{ printf "%s\r\n", $0 }' "$file" | iconv -f UTF-8 -t GB18030 > "$OUT/$name-gb18030-crlf.txt"
  { printf '\xEF\xBB\xBF'; cat "$file"; } > "$OUT/$name-utf8-bom.txt"
done

# 2. Seed 000 (tab-separated) imported by Calc and saved as .xlsx: the plain conversion.
#    Import options: tab-separated, " quotes, UTF-8, from line 1, numbers detected.
cp "$SEED_A" "$WORK/000.tsv"
office --infilter="Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false" \
  --convert-to xlsx --outdir "$WORK" "$WORK/000.tsv"
cp "$WORK/000.xlsx" "$OUT/000.xlsx"

# 3. Calc's CSV export of it (every text cell quoted), as UTF-8 and as Windows Excel's
#    "CSV" would be: GB18030 with CRLF.
office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true' --outdir "$WORK/csv" "$WORK/000.xlsx"
cp "$WORK/csv/000.csv" "$OUT/000-utf8.csv"
tr -d '\r' < "$WORK/csv/000.csv" | awk '{ printf "%s\r\n", $0 }' | iconv -f UTF-8 -t GB18030 > "$OUT/000-gb18030-crlf.csv"

# 4. Seed 000 as a workbook a county would make: one sheet per printed page, the project
#    cells merged over the project's rows (top-aligned), budgets as numbers shown with two
#    decimals, borders. Written as flat ODF, then saved by Calc as .xlsx and .xls, and
#    exported as a PDF table (one page per sheet).
python3 - "$SEED_A" "$WORK/000-sheets.fods" <<'PY'
import re, sys
from xml.sax.saxutils import escape
seed, target = sys.argv[1], sys.argv[2]
lines = open(seed, encoding="utf-8").read().split("\n")
# Pages: the first one runs from the top to the first blank line after the first table row.
pages, current = [], []
header_seen = False
for line in lines:
    if line.strip() == "" and header_seen and current:
        pages.append(current); current = []
        continue
    if "三级指标" in line: header_seen = True
    current.append(line)
if current: pages.append(current)
number = re.compile(r"^-?\d+(\.\d+)?$")
def width_cm(text):
    return sum(0.37 if ord(c) > 0x2000 else 0.21 for c in text) + 0.4
widths = [1.0] * 12
for page in pages:
    for line in page:
        for i, cell in enumerate(line.split("\t")[:12]):
            if "\t" in line: widths[i] = max(widths[i], width_cm(cell))
out = []
out.append('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">')
out.append('<office:font-face-decls><style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="\'WenQuanYi Micro Hei\'"/></office:font-face-decls>')
out.append('<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="WenQuanYi Micro Hei" style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="10pt" style:font-size-asian="10pt"/></style:default-style></office:styles>')
out.append('<office:automatic-styles><number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>')
for i, w in enumerate(widths):
    out.append(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
out.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>')
out.append('<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>')
out.append('<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>')
out.append('<style:style style:name="ce0" style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/></style:style>')
out.append('<style:page-layout style:name="pm1"><style:page-layout-properties style:print-orientation="landscape"/><style:header-style/><style:footer-style/></style:page-layout>')
out.append('</office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>')
out.append('<office:body><office:spreadsheet>')
for index, page in enumerate(pages):
    rows = [line.split("\t") if "\t" in line else ([line] if line.strip() else []) for line in page]
    # Merge 项目名称, 预算数, 年度目标 (columns B-D) over a project's rows: from its row down to
    # the row before the next project, department, header or the end of the page.
    spans = {}
    for r, cells in enumerate(rows):
        if len(cells) > 1 and cells[1].strip() and "项目名称" not in cells:
            end = r + 1
            while end < len(rows):
                nxt = rows[end]
                if not nxt or (len(nxt) > 1 and nxt[1].strip()) or (nxt[0].strip() and re.match(r"^\d", nxt[0])) or "项目名称" in nxt:
                    break
                end += 1
            if end - r > 1: spans[r] = end - r
    covered = {}
    for r, n in spans.items():
        for k in range(r + 1, r + n): covered[k] = True
    out.append(f'<table:table table:name="第{index + 1}页" table:style-name="ta1">')
    for i in range(12): out.append(f'<table:table-column table:style-name="co{i}"/>')
    for r, cells in enumerate(rows):
        out.append('<table:table-row>')
        in_table = len(cells) > 1
        for c in range(12 if in_table else max(len(cells), 1)):
            text = cells[c].strip() if c < len(cells) else ""
            style = "ce1" if in_table else "ce0"
            if in_table and 1 <= c <= 3 and covered.get(r):
                out.append('<table:covered-table-cell/>'); continue
            span = f' table:number-rows-spanned="{spans[r]}" table:number-columns-spanned="1"' if in_table and 1 <= c <= 3 and r in spans else ""
            if text and number.match(text):
                if c == 2: style = "ce2"
                out.append(f'<table:table-cell table:style-name="{style}"{span} office:value-type="float" office:value="{text}"><text:p>{text}</text:p></table:table-cell>')
            elif text:
                out.append(f'<table:table-cell table:style-name="{style}"{span} office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>')
            else:
                out.append(f'<table:table-cell table:style-name="{style}"{span}/>')
        out.append('</table:table-row>')
    out.append('</table:table>')
out.append('</office:spreadsheet></office:body></office:document>')
open(target, "w", encoding="utf-8").write("\n".join(out))
PY
office --convert-to xlsx --outdir "$WORK" "$WORK/000-sheets.fods"
office --convert-to 'xls:MS Excel 97' --outdir "$WORK" "$WORK/000-sheets.fods"
office --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$WORK" "$WORK/000-sheets.fods"
cp "$WORK/000-sheets.xlsx" "$OUT/000-sheets.xlsx"
# …and that workbook saved again in Calc's own format, OpenDocument (.ods), as LibreOffice saves
#    by default.
office --convert-to ods --outdir "$WORK" "$WORK/000-sheets.xlsx"
cp "$WORK/000-sheets.ods" "$OUT/000-sheets.ods"
cp "$WORK/000-sheets.xls" "$OUT/000.xls"
cp "$WORK/000-sheets.pdf" "$OUT/000.pdf"

# 5. Seed 003 (lines) typeset by Writer, one paragraph per line (a blank line is an empty
#    paragraph), each form starting on a new A4 page, and exported as PDF.
python3 - "$SEED_B" "$WORK/003.fodt" <<'PY'
import sys
from xml.sax.saxutils import escape
seed, target = sys.argv[1], sys.argv[2]
lines = open(seed, encoding="utf-8").read().rstrip("\n").split("\n")
out = ['<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">',
       '<office:font-face-decls><style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="\'WenQuanYi Micro Hei\'"/></office:font-face-decls>',
       '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="WenQuanYi Micro Hei" style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:default-style><style:style style:name="Standard" style:family="paragraph"/></office:styles>',
       '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>',
       '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>',
       '<office:body><office:text>']
first = True
for line in lines:
    style = "Standard"
    if "项目支出绩效目标表" in line:
        if not first: style = "P1"
        first = False
    out.append(f'<text:p text:style-name="{style}">{escape(line.strip())}</text:p>')
out.append('</office:text></office:body></office:document>')
open(target, "w", encoding="utf-8").write("\n".join(out))
PY
office --convert-to pdf --outdir "$WORK" "$WORK/003.fodt"
cp "$WORK/003.pdf" "$OUT/003.pdf"

# 6. Files that must give one clear error each: a truncated workbook, random bytes named
#    .xlsx, an empty file, and a PDF with no text (an empty Writer page).
head -c 4000 "$OUT/000.xlsx" > "$OUT/bad-truncated.xlsx"
head -c 2048 /dev/urandom > "$OUT/bad-random.xlsx"
: > "$OUT/bad-empty.txt"
cat > "$WORK/blank.fodt" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p/></office:text></office:body></office:document>
XML
office --convert-to pdf --outdir "$WORK" "$WORK/blank.fodt"
cp "$WORK/blank.pdf" "$OUT/bad-notext.pdf"

# 7. Numbers under number formats (percent, dates, thousands separators, fixed decimals,
#    a formula's result, runs of integers that Calc stores as RK/MULRK), saved by Calc as
#    .xlsx and as .xls: both must read cell for cell the same.
cat > "$WORK/number-formats.fods" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:percentage-style style:name="P0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:percentage-style style:name="P2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="D1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<number:date-style style:name="D2"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<number:number-style style:name="T0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="T2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="F2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="F3"><number:number number:decimal-places="3" number:min-decimal-places="3" number:min-integer-digits="1"/></number:number-style>
<style:style style:name="cP0" style:family="table-cell" style:data-style-name="P0"/>
<style:style style:name="cP2" style:family="table-cell" style:data-style-name="P2"/>
<style:style style:name="cD1" style:family="table-cell" style:data-style-name="D1"/>
<style:style style:name="cD2" style:family="table-cell" style:data-style-name="D2"/>
<style:style style:name="cT0" style:family="table-cell" style:data-style-name="T0"/>
<style:style style:name="cT2" style:family="table-cell" style:data-style-name="T2"/>
<style:style style:name="cF2" style:family="table-cell" style:data-style-name="F2"/>
<style:style style:name="cF3" style:family="table-cell" style:data-style-name="F3"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="格式">
<table:table-row><table:table-cell office:value-type="string"><text:p>满意度</text:p></table:table-cell><table:table-cell table:style-name="cP0" office:value-type="percentage" office:value="0.95"><text:p>95%</text:p></table:table-cell><table:table-cell table:style-name="cP2" office:value-type="percentage" office:value="0.123"><text:p>12.30%</text:p></table:table-cell><table:table-cell table:style-name="cP0" table:formula="of:=[.B1]*1.05" office:value-type="percentage" office:value="0.9975"><text:p>100%</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>完成时间</text:p></table:table-cell><table:table-cell table:style-name="cD1" office:value-type="date" office:date-value="2023-12-31"><text:p>2023-12-31</text:p></table:table-cell><table:table-cell table:style-name="cD2" office:value-type="date" office:date-value="2024-03-01"><text:p>2024年3月1日</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>资金（元）</text:p></table:table-cell><table:table-cell table:style-name="cT2" office:value-type="float" office:value="8827620.53"><text:p>8,827,620.53</text:p></table:table-cell><table:table-cell table:style-name="cT0" office:value-type="float" office:value="40000"><text:p>40,000</text:p></table:table-cell><table:table-cell table:style-name="cT2" office:value-type="float" office:value="-1234.5"><text:p>-1,234.50</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>预算（万元）</text:p></table:table-cell><table:table-cell table:style-name="cF2" office:value-type="float" office:value="97.2"><text:p>97.20</text:p></table:table-cell><table:table-cell table:style-name="cF2" office:value-type="float" office:value="6070"><text:p>6070.00</text:p></table:table-cell><table:table-cell table:style-name="cF3" office:value-type="float" office:value="0.3"><text:p>0.300</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>常规</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="45"><text:p>45</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="12"><text:p>12</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="0.1"><text:p>0.1</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>合并</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
XML
office --convert-to xlsx --outdir "$WORK" "$WORK/number-formats.fods"
office --convert-to 'xls:MS Excel 97' --outdir "$WORK" "$WORK/number-formats.fods"
cp "$WORK/number-formats.xlsx" "$WORK/number-formats.xls" "$OUT/"

# 8. Formulas whose result is not a number (text, a boolean, an error, nothing) beside one
#    that is, and one filled down (Calc saves it as a shared formula), saved by Calc as .xlsx
#    and as .xls: an .xls keeps such a result in a STRING record after the formula (after
#    its SHRFMLA when shared), which FreeXL does not give (it gave 0 or nothing).
cat > "$WORK/formula-results.fods" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="公式">
<table:table-row><table:table-cell office:value-type="string"><text:p>参保人数</text:p></table:table-cell><table:table-cell table:formula="of:=&quot;≥&quot;&amp;250000&amp;&quot;人&quot;"/><table:table-cell table:formula="of:=100+20"/></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>是否按时拨付</text:p></table:table-cell><table:table-cell table:formula="of:=1=1"/><table:table-cell table:formula="of:=1/0"/><table:table-cell table:formula="of:=&quot;&quot;"/><table:table-cell office:value-type="string"><text:p>末列</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>培训人次</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="300"/><table:table-cell table:formula="of:=&quot;≥&quot;&amp;[.B3]&amp;&quot;人次&quot;"/></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>宣传场次</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="12"/><table:table-cell table:formula="of:=&quot;≥&quot;&amp;[.B4]&amp;&quot;人次&quot;"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
XML
office --convert-to xlsx --outdir "$WORK" "$WORK/formula-results.fods"
office --convert-to 'xls:MS Excel 97' --outdir "$WORK" "$WORK/formula-results.fods"
cp "$WORK/formula-results.xlsx" "$WORK/formula-results.xls" "$OUT/"

# 9. A workbook with a hidden sheet (an old copy of the form, as templates keep), saved by
#    Calc as .xlsx and as .xls, and the .xlsx as .ods: none reads the hidden sheet.
python3 - "$WORK/hidden-sheet.fods" <<'PY'
import sys
def table(name, rows, style=""):
    out = [f'<table:table table:name="{name}"{style}>']
    for row in rows:
        out.append("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in row) + "</table:table-row>")
    return "".join(out) + "</table:table>"
form = lambda budget, target: [["2024年项目支出绩效目标表"], ["单位：万元"], ["项目名称", "城乡居民医保财政补助"], ["主管部门", "苍溪县医疗保障局"],
    ["资金总额", budget], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "参保人数", target]]
open(sys.argv[1], "w", encoding="utf-8").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
    '<office:automatic-styles><style:style style:name="hide" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>'
    '<office:body><office:spreadsheet>' + table("绩效目标表", form("120", "≥250000人")) + table("旧表", form("100", "≥200000人"), ' table:style-name="hide"')
    + '</office:spreadsheet></office:body></office:document>')
PY
office --convert-to xlsx --outdir "$WORK" "$WORK/hidden-sheet.fods"
office --convert-to 'xls:MS Excel 97' --outdir "$WORK" "$WORK/hidden-sheet.fods"
office --convert-to ods --outdir "$WORK" "$WORK/hidden-sheet.xlsx"
cp "$WORK/hidden-sheet.xlsx" "$WORK/hidden-sheet.xls" "$WORK/hidden-sheet.ods" "$OUT/"

# bad-freexl-crash.xls is not made here: it is 000.xls with bytes changed by a fuzzing run,
# kept because it makes FreeXL 1.0.6 crash (the .xls reader must survive that).
ls -l "$OUT"
