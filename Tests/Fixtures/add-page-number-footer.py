#!/usr/bin/env python3
"""Copies a .docx with a page-number footer added, as Word's page-number gallery writes one.

    add-page-number-footer.py IN.docx OUT.docx STYLE

STYLE: bare (`1`), dash (`- 1 -`), fraction (`1/2`) or chinese (`第 1 页 共 2 页`). The number is
Word's PAGE field (and NUMPAGES), so whatever prints the document numbers its pages."""
import re
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def field(instruction):
    return f'<w:fldSimple w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def text(words):
    return f'<w:r><w:t xml:space="preserve">{words}</w:t></w:r>'


def footer(style):
    body = {
        "bare": field("PAGE"),
        "dash": text("- ") + field("PAGE") + text(" -"),
        "fraction": field("PAGE") + text("/") + field("NUMPAGES"),
        "chinese": text("第 ") + field("PAGE") + text(" 页 共 ") + field("NUMPAGES") + text(" 页"),
    }[style]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{MAIN}">'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{body}</w:p></w:ftr>')


def main(source, target, style):
    reference = '<w:footerReference w:type="default" r:id="rIdPageNumberFooter"/>'
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
                    f'<Relationship Id="rIdPageNumberFooter" Type="{RELS}/footer" Target="footer1.xml"/></Relationships>').encode()
            elif item.filename == "[Content_Types].xml":
                data = data.decode().replace("</Types>",
                    '<Override PartName="/word/footer1.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>').encode()
            new.writestr(item, data)
        new.writestr("word/footer1.xml", footer(style))


if __name__ == "__main__":
    main(*sys.argv[1:4])
