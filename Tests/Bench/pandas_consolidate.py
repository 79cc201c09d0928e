#!/usr/bin/env python3
"""What an analyst would write instead of jixiao: pandas + XlsxWriter.

Reads every county's Layout A department tables (tab-separated text, as `jixiao synth`
writes them), fills the department and project down, and writes one workbook per county
(one sheet per department) and a pivot workbook (indicators and budget per county and
level-1 indicator). No cleaning, no review, no findings: the baseline of issue 16.

usage: pandas_consolidate.py GROUND_TRUTH_JSON INPUTS_DIR OUT_DIR
"""
import io
import json
import os
import sys

import pandas as pd

HEADER = "单位名称"
COLUMNS = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
           "指标性质", "指标值", "度量单位", "权重", "指标方向性"]


def read_table(path):
    """The table rows of one file: repeated header lines and title lines dropped."""
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle
                 if "\t" in line and not line.startswith(HEADER)]
    frame = pd.read_csv(io.StringIO("".join(lines)), sep="\t", header=None, names=COLUMNS,
                        dtype=str, keep_default_na=False, on_bad_lines="skip")
    frame = frame.replace("", pd.NA)
    # A department row carries the unit and its total; project rows the name and budget.
    frame["部门"] = frame["单位名称"].ffill()
    is_project = frame["项目名称"].notna()
    frame["项目"] = frame["项目名称"].where(is_project).ffill()
    frame["项目预算"] = pd.to_numeric(frame["预算数"].where(is_project), errors="coerce")
    indicators = frame[frame["三级指标"].notna()].copy()
    indicators["项目"] = indicators["项目"].fillna("")
    return indicators, frame[is_project]


def sheet_name(name, used):
    base = "".join(ch for ch in str(name) if ch not in "[]:*?/\\")[:28] or "部门"
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base[:25]}({number})", number + 1
    used.add(candidate)
    return candidate


def main():
    truth_path, inputs, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    truth = json.load(open(truth_path, encoding="utf-8"))
    pivot_parts = []
    for county in truth["counties"]:
        if county["layout"] != "A":
            continue
        parts = [read_table(os.path.join(inputs, name)) for name in county["files"]]
        indicators = pd.concat([p[0] for p in parts], ignore_index=True)
        projects = pd.concat([p[1] for p in parts], ignore_index=True)
        indicators["县"] = county["county"]
        path = os.path.join(out, f"{county['county']}.xlsx")
        with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
            used = set()
            for department, rows in indicators.groupby("部门", sort=False):
                rows[["部门", "项目", "一级指标", "二级指标", "三级指标", "指标性质",
                      "指标值", "度量单位", "权重", "指标方向性"]].to_excel(
                    writer, sheet_name=sheet_name(department, used), index=False)
        budget = projects.groupby("部门")["项目预算"].sum().sum()
        counts = indicators.pivot_table(index="县", columns="一级指标", values="三级指标",
                                        aggfunc="count", fill_value=0)
        counts["预算（万元）"] = round(budget, 2)
        pivot_parts.append(counts)
    pivot = pd.concat(pivot_parts).fillna(0)
    with pd.ExcelWriter(os.path.join(out, "汇总.xlsx"), engine="xlsxwriter") as writer:
        pivot.to_excel(writer, sheet_name="汇总")
    rows = int(pivot.drop(columns=["预算（万元）"]).to_numpy().sum())
    print(f"pandas: {len(pivot)} counties, {rows} indicator rows")


if __name__ == "__main__":
    main()
