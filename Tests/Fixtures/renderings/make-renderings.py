#!/usr/bin/env python3
"""Renders one source page (a notice, an allocation table, two project forms with a
note and a signature line under each, and page furniture) in every way extractors flatten
tables, so that the tests can check each rendering reads to the same records (issue 13).
Run from anywhere:

    python3 Tests/Fixtures/renderings/make-renderings.py

Writes one .txt per rendering and expected.json (the records of the source) beside itself.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NOTICE = [
    "各乡镇人民政府：",
    "根据《关于下达2024年乡村振兴补助资金的通知》，现将资金下达给你们，请按照附件绩效目标表做好绩效管理。",
    "附件：1.资金安排表 2.项目支出绩效目标表",
]
ALLOCATION = {
    "title": "2024年乡村振兴补助资金安排表",
    "unit": "单位：万元",
    "header": ["序号", "乡镇", "金额"],
    "rows": [["1", "城关镇", "30"], ["2", "响岩镇", "15"], ["合计", "", "45"]],
}
FORMS = [
    {
        "title": "项目支出绩效目标表",
        "keys": [["项目名称", "乡村道路养护补助"], ["主管部门", "平武县交通运输局"], ["实施单位", "平武县公路养护站"],
                 ["年度资金总额(万元)", "45"], ["其中：财政拨款", "45"], ["年度总体目标", "完成全县乡村道路日常养护"]],
        "header": ["一级指标", "二级指标", "三级指标", "指标解释", "指标值"],
        "rows": [
            ["产出指标", "数量指标", "养护道路里程", "反映养护规模", "≥35公里"],
            ["产出指标", "数量指标", "桥梁检查次数", "反映桥梁检查频次", "4次"],
            ["产出指标", "质量指标", "路况优良率", "反映养护质量", "≥80%"],
            ["产出指标", "时效指标", "完成时间", "反映完成进度", "2024年底"],
            ["成本指标", "经济成本指标", "每公里养护成本", "反映养护成本控制", "≤1.3万元"],
            ["效益指标", "社会效益指标", "群众出行条件", "反映通行条件改善", "明显改善"],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "反映群众评价", "≥90%"],
        ],
    },
    {
        "title": "项目支出绩效目标表",
        "keys": [["项目名称", "农村饮水安全维修"], ["主管部门", "平武县水利局"], ["实施单位", "平武县农村供水站"],
                 ["年度资金总额(万元)", "12.5"], ["其中：财政拨款", "12.5"], ["年度总体目标", "维修农村供水工程，保障饮水安全"]],
        "header": ["一级指标", "二级指标", "三级指标", "指标解释", "指标值"],
        "rows": [
            ["产出指标", "数量指标", "维修供水工程", "反映维修数量", "6处"],
            ["产出指标", "质量指标", "水质达标率", "反映供水水质", "100%"],
            ["满意度指标", "服务对象满意度指标", "受益群众满意度", "反映群众满意程度", "≥95%"],
        ],
    },
]
# The note and the signature line under each form's table: no indicator, whatever the rendering.
NOTE = "备注：养护里程按养护合同计"
SIGNATURES = ["填表人：李明", "审核人：王芳", "联系电话：0816-8812345"]
CHROME = ["文件下载", "上一篇：关于做好2024年春耕生产的通知", "下一篇：2024年部门预算公开"]


def merged(rows):
    """Rows as a table shows them: a level-1 or level-2 label only on its group's first row."""
    out = []
    previous = [None, None]
    for row in rows:
        cells = list(row)
        for level in (0, 1):
            same_group = cells[0] == previous[0] and (level == 0 or cells[1] == previous[1])
            if cells[level] == previous[level] and same_group:
                cells[level] = ""
        previous = [row[0], row[1]]
        out.append(cells)
    return out


def page_rows():
    """The page as rows of cells ('' for an empty or merged cell); None for a paragraph break."""
    rows = [[line] for line in NOTICE]
    rows.append([ALLOCATION["title"]])
    rows.append([ALLOCATION["unit"]])
    rows.append(ALLOCATION["header"])
    rows += ALLOCATION["rows"]
    for form in FORMS:
        rows.append([form["title"]])
        rows.append(["金额单位：万元"])
        rows += [[k, v] for k, v in form["keys"]]
        rows.append(["绩效指标"] + form["header"])
        rows += [[""] + r for r in merged(form["rows"])]
        rows.append([NOTE])
        rows.append(SIGNATURES)
    rows += [[c] for c in CHROME]
    return rows


def tabs(rows):
    return "\n".join("\t".join(r) for r in rows)


def pipes(rows):
    # merged cells dropped, the rest shift left; `||||` runs pad the row as web pages do
    return "\n".join(" | ".join(c for c in r if c) + " | ||||" for r in rows)


def spaces(rows):
    return "\n".join(" ".join(c for c in r if c) for r in rows)


def cells_blank(rows):
    # one cell per line, blank lines between, indented, whitespace-only lines for empty cells
    out = []
    for r in rows:
        for c in r:
            out.append("    " + c if c else "     ")
            out.append("")
    return "\n".join(out)


def cells_bar(rows):
    out = []
    for r in rows:
        for c in r:
            out.append(c + " |" if c else "|")
        out.append("||||")
    return "\n".join(out)


def cells_plain(rows):
    # one cell per line, no blank lines: each value on its own line after its name
    return "\n".join(c for r in rows for c in r if c)


def glued(rows):
    # the whole page on one line, cells glued with no separator
    return "".join(c for r in rows for c in r if c)


def broken_labels(rows):
    # one cell per line; labels and column titles broken over two lines (`一级指\n\n标`)
    labels = {"一级指标", "二级指标", "三级指标", "指标解释", "产出指标", "效益指标", "满意度指标", "成本指标",
              "数量指标", "质量指标", "时效指标"}
    out = []
    for r in rows:
        for c in r:
            if not c:
                continue
            if c in labels:
                out += [c[:-1], "", c[-1]]
            else:
                out.append(c)
            out.append("")
    return "\n".join(out)


RENDERINGS = {
    "tabs": tabs, "pipes": pipes, "spaces": spaces, "cells-blank": cells_blank, "cells-bar": cells_bar,
    "cells-plain": cells_plain, "glued": glued, "broken-labels": broken_labels,
}


def expected():
    forms = []
    for form in FORMS:
        keys = dict(form["keys"])
        forms.append({
            "project": keys["项目名称"], "department": keys["主管部门"], "budget": float(keys["年度资金总额(万元)"]),
            "indicators": [{"level1": r[0], "level2": r[1], "name": r[2], "value": r[4]} for r in form["rows"]],
        })
    return {"county": "平武县", "forms": forms}


def main():
    rows = page_rows()
    for name, render in RENDERINGS.items():
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(render(rows) + "\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
