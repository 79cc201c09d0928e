#!/usr/bin/env python3
"""Writes a flat OpenDocument spreadsheet (.fods) whose sheets are the tables of web pages,
merged cells kept (rowspan/colspan), and whose blank cells are string cells holding "" (as
POI and other exporters write them): saved as .xls by LibreOffice, the workbook's shared
strings then hold an empty string.

  fods-from-pages.py OUT.fods NAME=PAGE.html [NAME=PAGE.html …]
  fods-from-pages.py OUT.fods --many NAME     (one sheet, one form with 400 indicators: shared
                                               strings long enough to run on into CONTINUE records)
"""
import html, random, sys
from html.parser import HTMLParser

class Tables(HTMLParser):
    def __init__(self):
        super().__init__(); self.tables = []; self.cell = None
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == 'table': self.tables.append([])
        elif tag == 'tr' and self.tables: self.tables[-1].append([])
        elif tag == 'td' and self.tables:
            self.cell = {'text': '', 'rows': int(attrs.get('rowspan', 1)), 'columns': int(attrs.get('colspan', 1))}
        elif tag == 'br' and self.cell is not None: self.cell['text'] += '\n'
    def handle_endtag(self, tag):
        if tag == 'td' and self.cell is not None: self.tables[-1][-1].append(self.cell); self.cell = None
    def handle_data(self, data):
        if self.cell is not None: self.cell['text'] += data

def sheet(name, rows):
    out = [f'<table:table table:name="{html.escape(name)}">']
    covered = set()
    for r, row in enumerate(rows):
        out.append('<table:table-row>'); c = 0
        for cell in row:
            while (r, c) in covered: out.append('<table:covered-table-cell/>'); c += 1
            for dr in range(cell['rows']):
                for dc in range(cell['columns']):
                    if dr or dc: covered.add((r + dr, c + dc))
            paragraphs = ''.join(f'<text:p>{html.escape(p)}</text:p>' for p in cell['text'].strip().split('\n'))
            span = (f' table:number-rows-spanned="{cell["rows"]}" table:number-columns-spanned="{cell["columns"]}"'
                    if cell['rows'] > 1 or cell['columns'] > 1 else '')
            out.append(f'<table:table-cell office:value-type="string"{span}>{paragraphs}</table:table-cell>')
            c += 1
            for _ in range(1, cell['columns']): out.append('<table:covered-table-cell/>'); c += 1
        while (r, c) in covered: out.append('<table:covered-table-cell/>'); c += 1
        out.append('</table:table-row>')
    out.append('</table:table>')
    return '\n'.join(out)

def many():
    random.seed(1)
    words = '项目资金绩效目标产出效益满意度数量质量时效成本经济社会生态可持续影响服务对象指标完成率合格率覆盖率'
    cell = lambda text: {'text': text, 'rows': 1, 'columns': 1}
    rows = [[cell('项目支出绩效目标表')], [cell('项目名称'), cell('大量指标测试')], [cell('主管部门'), cell('苍溪县财政局')],
            [cell('资金总额'), cell('100')], [cell(t) for t in ('一级指标', '二级指标', '三级指标', '指标值')]]
    for i in range(400):
        name = ''.join(random.choice(words) for _ in range(random.randint(8, 30))) + str(i)
        value = random.choice(['≥90%', '100%', '≤5次', '明显提升']) + ('' if i % 7 else 'abc')
        rows.append([cell('产出指标'), cell('数量指标'), cell(name), cell(value)])
        if i % 5 == 0: rows.append([cell('效益指标'), cell('社会效益指标'), cell(''), cell('')])
    return rows

sheets = []
if sys.argv[2] == '--many':
    sheets.append(sheet(sys.argv[3], many()))
else:
    for argument in sys.argv[2:]:
        name, page = argument.split('=', 1)
        parser = Tables(); parser.feed(open(page, encoding='utf-8').read())
        sheets += [sheet(name, table) for table in parser.tables]
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>\n'
              + '\n'.join(sheets) + '\n</office:spreadsheet></office:body></office:document>\n')
