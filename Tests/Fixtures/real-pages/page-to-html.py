#!/usr/bin/env python3
"""page-to-html.py PAGE.txt OUT.html: a real page whose table rows are bar rows (`a | b | |||`)
as the web page it was copied from: each bar row a table row (its cells as written, a run of
bars for merged cells dropped), each other line a paragraph. For make-real-page-fixtures.sh."""
import html, re, sys

rows, out = [], ['<html><head><meta charset="utf-8"></head><body>']


def flush():
    if rows:
        out.append('<table border="1">')
        out.extend('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in row) + '</tr>' for row in rows)
        out.append('</table>')
        rows.clear()


for line in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    if '|' in line:
        cells = [' '.join(part.split()) for part in re.sub(r'\|{2,}\s*$', '|', line.strip()).split('|')]
        rows.append([c for c in cells[:-1] if c] if line.rstrip().endswith('|') else [c for c in cells if c])
    else:
        flush()
        if line.strip():
            out.append(f'<p>{html.escape(line.strip())}</p>')
flush()
out.append('</body></html>')
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
