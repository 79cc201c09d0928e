#!/usr/bin/env python3
"""Copies a .docx with a page header or a page-number footer added, as Word writes them.

    add-page-furniture.py IN.docx OUT.docx footer STYLE
    add-page-furniture.py IN.docx OUT.docx header TEXT
    add-page-furniture.py IN.docx OUT.docx large-header TEXT

A footer STYLE is bare (`1`), dash (`- 1 -`), fraction (`1/2`) or chinese (`第 1 页 共 2 页`): the
number is Word's PAGE field (and NUMPAGES), so whatever prints the document numbers its pages. A
header is TEXT, centred, on every page; a large header is set at 18 pt, as a form's title would be."""
import re
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PART = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def field(instruction):
    return f'<w:fldSimple w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def text(words, size=None):
    properties = f'<w:rPr><w:sz w:val="{2 * size}"/><w:szCs w:val="{2 * size}"/></w:rPr>' if size else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{words}</w:t></w:r>'


def footer_runs(style):
    return {
        "bare": field("PAGE"),
        "dash": text("- ") + field("PAGE") + text(" -"),
        "fraction": field("PAGE") + text("/") + field("NUMPAGES"),
        "chinese": text("第 ") + field("PAGE") + text(" 页 共 ") + field("NUMPAGES") + text(" 页"),
    }[style]


def main(source, target, kind, value):
    tag, part = ("ftr", "footer") if kind == "footer" else ("hdr", "header")
    runs = footer_runs(value) if kind == "footer" else text(value, 18 if kind == "large-header" else None)
    xml_part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} xmlns:w="{MAIN}">'
                f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{runs}</w:p></w:{tag}>')
    reference = f'<w:{part}Reference w:type="default" r:id="rIdPage{part}"/>'
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode()
                if "xmlns:r=" not in xml:
                    xml = xml.replace("<w:document ", f'<w:document xmlns:r="{RELS}" ', 1)
                if "<w:sectPr" in xml:
                    xml = re.sub(r"<w:sectPr([^>]*)/>", r"<w:sectPr\1></w:sectPr>", xml, count=1)
                    xml = re.sub(r"<w:sectPr([^>]*)>", lambda m: f"<w:sectPr{m.group(1)}>{reference}", xml, count=1)
                else:
                    xml = xml.replace("</w:body>", f"<w:sectPr>{reference}</w:sectPr></w:body>")
                data = xml.encode()
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.decode().replace("</Relationships>",
                    f'<Relationship Id="rIdPage{part}" Type="{RELS}/{part}" Target="{part}1.xml"/></Relationships>').encode()
            elif item.filename == "[Content_Types].xml":
                data = data.decode().replace("</Types>",
                    f'<Override PartName="/word/{part}1.xml" ContentType="{PART}.{part}+xml"/></Types>').encode()
            new.writestr(item, data)
        new.writestr(f"word/{part}1.xml", xml_part)


if __name__ == "__main__":
    main(*sys.argv[1:5])
