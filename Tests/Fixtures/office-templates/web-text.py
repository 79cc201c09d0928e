#!/usr/bin/env python3
"""Flattens each page of a folder's html/ (this one's, and Tests/Fixtures/template-pages/; the pages
of Tests/Fixtures/printed/ stand in that folder itself) as
text copied from a published web page is flattened (see ../shared/real-forms/README.md): one
text file per page in each of
  pipes/        one table row a line, cells ending ` |`, a merged cell written once (the rows
                under a vertical span lose that cell) and the row's missing cells as a `|||` run;
  cells-bar/    one cell a line, each ending ` |`, an empty cell a bare `|`;
  cells-blank/  one cell a line, indented, blank lines between, an empty cell a line of spaces;
  cells-blank-wrapped/  the same with a cell's line breaks (`<br>`) kept: a cell on several lines with
                no blank line between them (`项目` / `名称`), as a page's text converted paragraph by
                paragraph gives it;
  glued/        every cell and line of the page run together with nothing between;
  rows-glued/   one table row a line, its cells run together (a table whose cells are inline
                elements with nothing between them, copied line by line);
  spaced/       one table row a line, its cells one space apart, blank cells left out (a table
                whose cells are inline elements with a space between them);
  spaced-page/  every cell and line of the page on one line, one space apart, blank cells left
                out (a document site's text preview);
  tabs-copied/  one table row a line, its cells tab-separated in the order the page wrote them, a
                merged cell only in its first row (a browser's copy of the table, pasted as text).
Run from the repository root: python3 Tests/Fixtures/office-templates/web-text.py"""
import os
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = ('pipes', 'cells-bar', 'cells-blank', 'cells-blank-wrapped', 'glued', 'rows-glued', 'spaced', 'spaced-page', 'tabs-copied')
BLOCKS = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'caption'}


class Page(HTMLParser):
    """The page as blocks: ('text', line) or ('table', rows of (text, rowspan, colspan, lines)), a
    cell's lines those its line breaks (`<br>`) part."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.text = [], []
        self.table = self.row = self.cell = None
        self.skipping = 0

    def flush(self):
        line = ' '.join(''.join(self.text).split())
        if line:
            self.blocks.append(('text', line))
        self.text = []

    def handle_starttag(self, tag, attrs):
        spans = dict(attrs)
        if tag in ('script', 'style', 'head'):
            self.skipping += 1
        elif tag == 'table':
            self.flush()
            self.table = []
        elif tag == 'tr' and self.table is not None:
            self.row = []
        elif tag in ('td', 'th') and self.row is not None:
            self.cell = ([], int(spans.get('rowspan') or 1), int(spans.get('colspan') or 1))
        elif tag == 'br':
            if self.cell is not None:
                self.cell[0].append('\n')
            else:
                self.flush()
        elif tag in BLOCKS and self.cell is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'):
            self.skipping -= 1
        elif tag in ('td', 'th') and self.cell is not None:
            lines = [' '.join(part.split()) for part in ''.join(self.cell[0]).split('\n')]
            lines = [line for line in lines if line]
            self.row.append((' '.join(lines), self.cell[1], self.cell[2], lines))
            self.cell = None
        elif tag == 'tr' and self.row is not None:
            self.table.append(self.row)
            self.row = None
        elif tag == 'table' and self.table is not None:
            self.blocks.append(('table', self.table))
            self.table = None
        elif tag in BLOCKS and self.cell is None:
            self.flush()

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0].append(data)
        elif self.table is None and not self.skipping:
            self.text.append(data)


def width(table):
    """The columns of the table's grid, spans counted."""
    taken, columns = set(), 0
    for r, row in enumerate(table):
        c = 0
        for _, rowspan, colspan, _ in row:
            while (r, c) in taken:
                c += 1
            taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            c += colspan
        columns = max(columns, max((k[1] + 1 for k in taken if k[0] == r), default=0))
    return columns


def render(blocks, style):
    lines = []
    for kind, value in blocks:
        if kind == 'text':
            lines += ['    ' + value, ''] if style.startswith('cells-blank') else [value]
            continue
        columns = width(value)
        for row in value:
            texts = [text for text, _, _, _ in row]
            if style == 'pipes':
                line = ' '.join(text + ' |' if text else '|' for text in texts)
                missing = columns - sum(colspan for _, _, colspan, _ in row)
                lines.append(line + (' ' + '|' * missing if missing > 0 else ''))
            elif style == 'cells-bar':
                lines += [text + ' |' if text else '|' for text in texts]
            elif style == 'cells-blank':
                for text in texts:
                    lines += ['    ' + text if text else '     ', '']
            elif style == 'cells-blank-wrapped':
                for _, _, _, parts in row:
                    lines += ['    ' + part for part in parts] if parts else ['     ']
                    lines.append('')
            elif style == 'tabs-copied':
                lines.append('\t'.join(texts))
            elif style in ('spaced', 'spaced-page'):
                lines.append(' '.join(text for text in texts if text))
            else:
                lines.append(''.join(texts))
    if style == 'spaced-page':
        return ' '.join(lines) + '\n'
    return ''.join(lines) + '\n' if style == 'glued' else '\n'.join(lines) + '\n'


def flatten(folder, html='html'):
    pages = sorted(name for name in os.listdir(os.path.join(folder, html)) if name.endswith('.html'))
    for style in STYLES:
        os.makedirs(os.path.join(folder, style), exist_ok=True)
    for name in pages:
        page = Page()
        with open(os.path.join(folder, html, name), encoding='utf-8') as source:
            page.feed(source.read())
        page.flush()
        for style in STYLES:
            with open(os.path.join(folder, style, name[:-5] + '.txt'), 'w', encoding='utf-8') as out:
                out.write(render(page.blocks, style))


def main():
    flatten(HERE)
    flatten(os.path.join(os.path.dirname(HERE), 'template-pages'))
    flatten(os.path.join(os.path.dirname(HERE), 'printed'), html='.')


if __name__ == '__main__':
    main()
