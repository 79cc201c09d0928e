"""Writes real forms' workbooks again the way programs write them (make-program-fixtures.sh):
totals as formulas whose results the file does not hold. openpyxl stores a formula with no
result; XlsxWriter stores 0 as its result and marks the workbook to be computed on opening
(calcPr fullCalcOnLoad). Excel and WPS show the totals; a reader of stored results sees
nothing or 0.

    python3 write-formula-workbooks.py REAL_FORMS_XLSX_DIR FORMATS_DIR OUT_DIR
"""
import sys
import openpyxl
import xlsxwriter
from openpyxl.utils import get_column_letter

forms, formats, out = sys.argv[1:4]


def copy_with_xlsxwriter(source, target, formulas):
    """Every sheet of `source` cell by cell, merged ranges kept, `formulas` (sheet -> {cell: formula})
    written in place of the cells' values."""
    book = openpyxl.load_workbook(source)
    writer = xlsxwriter.Workbook(target)
    for sheet in book.worksheets:
        ws = writer.add_worksheet(sheet.title)
        own = formulas.get(sheet.title, {})
        merged = {str(r.start_cell.coordinate): r for r in sheet.merged_cells.ranges}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.coordinate in own:
                    ws.write_formula(cell.coordinate, own[cell.coordinate])
                elif cell.coordinate in merged:
                    r = merged[cell.coordinate]
                    ws.merge_range(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1, "")
                    if isinstance(cell.value, str):
                        ws.write_string(cell.coordinate, cell.value)
                    elif cell.value is not None:
                        ws.write(cell.coordinate, cell.value)
                elif isinstance(cell.value, str):
                    ws.write_string(cell.coordinate, cell.value)  # `=` (a comparison) is text, not a formula
                elif cell.value is not None and not isinstance(cell, openpyxl.cell.cell.MergedCell):
                    ws.write(cell.coordinate, cell.value)
    writer.close()


# 1. 原州区's form (real-forms/xlsx/01-…): 年度资金总额 (D9) the sum of 财政拨款 and 其他资金 below
#    it, the afforestation total (H14) the sum of its two parts. Saved by openpyxl (no results)
#    and written by XlsxWriter (0 stored, computed on opening).
yuanzhou = f"{forms}/01-ningxia-yuanzhou-afforestation.xlsx"
totals = {"D9": "=SUM(D10:D11)", "H14": "=H15+H16"}
book = openpyxl.load_workbook(yuanzhou)
for cell, formula in totals.items():
    book.active[cell] = formula
book.save(f"{out}/01-yuanzhou-openpyxl.xlsx")
copy_with_xlsxwriter(yuanzhou, f"{out}/01-yuanzhou-xlsxwriter.xlsx", {book.active.title: totals})

# 2. The same form with its total looked up (VLOOKUP, which jixiao does not compute) in a hidden
#    sheet of funds, as templates keep their data: saved by openpyxl, the total has no result.
book = openpyxl.load_workbook(yuanzhou)
funds = book.create_sheet("资金")
for row in [["资金来源", "金额（万元）"], ["年度资金总额", 6070], ["财政拨款", 6070], ["其他资金", 0]]:
    funds.append(row)
funds.sheet_state = "hidden"
book.active["D9"] = '=VLOOKUP("年度资金总额",资金!A2:B4,2,FALSE)'
book.save(f"{out}/01-yuanzhou-lookup-openpyxl.xlsx")

# 3. Seed 000 as a county's workbook of one sheet a page (formats/000-sheets.xlsx), written by
#    XlsxWriter with each department's 预算数 (its row repeated atop each page it runs on to) the
#    SUM of its projects' budgets, on its own sheet and the sheets after.
seed = openpyxl.load_workbook(f"{formats}/000-sheets.xlsx")
totals = {}  # department -> [(sheet, cell)] of its total's places
parts = {}  # department -> [(sheet, cell)] of its projects' budgets
department = None
for sheet in seed.worksheets:
    for row in sheet.iter_rows(min_row=1):
        a, b, c = row[0], row[1], row[2]
        if a.value and isinstance(c.value, (int, float)) and not b.value:
            department = a.value
            totals.setdefault(department, []).append((sheet.title, c.coordinate))
        elif department and b.value and isinstance(c.value, (int, float)):
            parts.setdefault(department, []).append((sheet.title, c.coordinate))
formulas = {}
for department, places in totals.items():
    for sheet, cell in places:
        refs = [ref if where == sheet else f"'{where}'!{ref}" for where, ref in parts[department]]
        formulas.setdefault(sheet, {})[cell] = "=SUM(" + ",".join(refs) + ")"
copy_with_xlsxwriter(f"{formats}/000-sheets.xlsx", f"{out}/000-sheets-xlsxwriter.xlsx", formulas)
print(f"{sum(map(len, totals.values()))} department totals as formulas")
