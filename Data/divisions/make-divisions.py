#!/usr/bin/env python3
"""Writes counties.tsv and prefectures.tsv from xiangyuecn/AreaCity-JsSpider-StatsGov.

Source (see SOURCE.md): the file `src/采集到的数据/ok_data_level3.csv` of
https://github.com/xiangyuecn/AreaCity-JsSpider-StatsGov at commit
1ec058087376da33e086b2fe1691ea17b0e365bb (release 2023.240319.250114, 2025-01-14), which
merges the statistics bureau's 统计用区划代码 (2023-09-11), the Ministry of Civil Affairs'
行政区划代码 (2023-04-23) and Tencent's division list (2024-03-19), with the statistical-only
units (开发区, 高新区, 新区 …) already removed.

    git clone --depth 1 https://github.com/xiangyuecn/AreaCity-JsSpider-StatsGov /tmp/areacity
    python3 Data/divisions/make-divisions.py /tmp/areacity/src/采集到的数据/ok_data_level3.csv

Columns used: id (short code: 2 digits province, 4 prefecture, 6 county), pid, deep
(0 province, 1 prefecture, 2 county) and ext_name (the full official name).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Not mainland provinces: 台湾省, 香港, 澳门 and the source's 国外 (abroad) entries.
SKIPPED_PROVINCES = {"71", "81", "82", "91"}
# In the statistics bureau's list but not a county-level division in the Ministry's.
NOT_COUNTIES = {"632825"}  # 大柴旦行政委员会
MUNICIPALITIES = {"11", "12", "31", "50"}


def main(source):
    with open(source, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["id"][:2] not in SKIPPED_PROVINCES]
    by_id = {r["id"]: r for r in rows}
    provinces = {r["id"]: r["ext_name"] for r in rows if r["deep"] == "0"}

    prefectures = {}  # 6-digit code -> (province, prefecture)
    counties = {}  # 6-digit code -> (province, prefecture, county)
    for r in rows:
        code, deep, name = r["id"], r["deep"], r["ext_name"]
        province = provinces[code[:2]]
        if deep == "1" and len(code) == 4:
            if code[:2] in MUNICIPALITIES:
                # 重庆 comes as 重庆城区 and 重庆郊县; a municipality is one prefecture.
                prefectures[code[:2] + "0000"] = (province, province)
            else:
                prefectures[code + "00"] = (province, name)
        elif deep == "1" and len(code) == 6:
            # County-level units the province governs directly (仙桃市, 济源市, 石河子市 …):
            # the division codes put them under a 省直辖县级行政区划 of their own.
            counties[code] = (province, directly_governed(province), name)
        elif deep == "2" and len(code) == 6:
            parent = by_id[r["pid"]]
            if name == parent["ext_name"] or code in NOT_COUNTIES:
                continue  # filler for a prefecture-level city without counties (东莞市, 嘉峪关市)
            prefecture = province if code[:2] in MUNICIPALITIES else parent["ext_name"]
            counties[code] = (province, prefecture, name)
        # deep 2 with a 9-digit id: the source's filler below a directly governed county.

    write(os.path.join(HERE, "counties.tsv"), counties)
    write(os.path.join(HERE, "prefectures.tsv"), prefectures)
    print(f"{len(counties)} counties, {len(prefectures)} prefectures", file=sys.stderr)


def directly_governed(province):
    return "自治区直辖县级行政区划" if province.endswith("自治区") else "省直辖县级行政区划"


def write(path, table):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for code in sorted(table):
            f.write("\t".join((code,) + table[code]) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make-divisions.py PATH/TO/ok_data_level3.csv")
    main(sys.argv[1])
