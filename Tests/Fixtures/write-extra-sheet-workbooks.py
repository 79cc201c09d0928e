"""Writes real forms' workbooks with more sheets than the form's, and their Word documents
with more after the form's table (make-program-fixtures.sh), as counties' templates and
converters make them:

- a sheet, paragraphs or a table after the form that are not the form's (填报说明, a table of
  funds), or a template's 填报说明 written under the table: their rows are no indicators of the form;
- the form's table running on over a second sheet (a PDF converted to a sheet a page): its
  rows are the form's, read as the one-sheet workbook reads them.

    python3 write-extra-sheet-workbooks.py REAL_FORMS_DIR OUT_DIR
"""
import sys
import docx
import openpyxl
from openpyxl.worksheet.cell_range import CellRange

forms, out = sys.argv[1:3]
yuanzhou = f"{forms}/xlsx/01-ningxia-yuanzhou-afforestation.xlsx"
wuchuan = f"{forms}/xlsx/07-neimenggu-wuchuan-livestock.xlsx"
NOTES = ["填报说明", "1. 金额单位为万元。", "2. 绩效指标应当细化、量化，可衡量。", "3. 本表由项目单位填报，主管部门审核。"]

# 1. A template's 填报说明 sheet after 原州区's form.
book = openpyxl.load_workbook(yuanzhou)
notes = book.create_sheet("填报说明")
for line in NOTES:
    notes.append([line])
book.save(f"{out}/01-yuanzhou-notes-sheet.xlsx")

# 2. A table of the funds' sources after 武川县's form.
book = openpyxl.load_workbook(wuchuan)
funds = book.create_sheet("资金明细")
for row in [["资金来源", "金额（万元）"], ["中央衔接推进乡村振兴补助资金", 50], ["合计", 50]]:
    funds.append(row)
book.save(f"{out}/07-wuchuan-funds-sheet.xlsx")


def split(source, target, first_moved):
    """The rows from `first_moved` on moved to a second sheet `第2页` in the same columns, merged
    ranges cut at the break, as a converter writes a PDF's second page."""
    book = openpyxl.load_workbook(source)
    sheet = book.active
    page = book.create_sheet("第2页")
    last = sheet.max_row
    ranges = [CellRange(str(r)) for r in sheet.merged_cells.ranges]
    for r in ranges:
        sheet.unmerge_cells(r.coord)
    for row in range(first_moved, last + 1):
        for column in range(1, sheet.max_column + 1):
            value = sheet.cell(row, column).value
            if value is not None:
                page.cell(row - first_moved + 1, column).value = value
    sheet.delete_rows(first_moved, last - first_moved + 1)
    for r in ranges:
        if r.min_row < first_moved:
            kept = CellRange(min_col=r.min_col, min_row=r.min_row, max_col=r.max_col, max_row=min(r.max_row, first_moved - 1))
            if kept.size["rows"] * kept.size["columns"] > 1:
                sheet.merge_cells(kept.coord)
        if r.max_row >= first_moved:
            moved = CellRange(min_col=r.min_col, min_row=max(r.min_row, first_moved) - first_moved + 1,
                              max_col=r.max_col, max_row=r.max_row - first_moved + 1)
            if moved.size["rows"] * moved.size["columns"] > 1:
                page.merge_cells(moved.coord)
    book.save(target)


# 3. The forms' tables broken over two sheets: 原州区's at its 效益指标 rows (the second sheet
#    opening with a label), 武川县's inside its 成本指标 rows (opening with a cost and its value).
split(yuanzhou, f"{out}/01-yuanzhou-page-sheets.xlsx", 21)
split(wuchuan, f"{out}/07-wuchuan-page-sheets.xlsx", 27)

# 4. The Word documents: 填报说明 paragraphs after 原州区's table, and a table of funds (with its
#    caption) after 武川县's.
document = docx.Document(f"{forms}/docx/01-ningxia-yuanzhou-afforestation.docx")
for line in NOTES:
    document.add_paragraph(line)
document.save(f"{out}/01-yuanzhou-notes-after.docx")
document = docx.Document(f"{forms}/docx/07-neimenggu-wuchuan-livestock.docx")
document.add_paragraph("附：资金明细")
table = document.add_table(rows=3, cols=2)
for row, cells in enumerate([("资金来源", "金额（万元）"), ("中央衔接推进乡村振兴补助资金", "50"), ("合计", "50")]):
    for column, text in enumerate(cells):
        table.cell(row, column).text = text
document.save(f"{out}/07-wuchuan-funds-table.docx")

# 5. A template's 填报说明 written under the table on the form's own sheet: a heading with a colon
#    and the notes a row each (原州区), the same in one cell (原州区), a heading alone (武川县).
for name, source, rows in [
    ("01-yuanzhou-notes-below.xlsx", yuanzhou, [["填报说明："]] + [[line] for line in NOTES[1:]]),
    ("01-yuanzhou-notes-below-one-cell.xlsx", yuanzhou, [["填报说明：" + "".join(NOTES[1:])]]),
    ("07-wuchuan-notes-below.xlsx", wuchuan, [["填表说明"]] + [[line] for line in NOTES[1:]]),
]:
    book = openpyxl.load_workbook(source)
    for row in rows:
        book.active.append(row)
    book.save(f"{out}/{name}")
