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

It also writes aliases.tsv (`code<TAB>short name`): the short names of autonomous
prefectures, counties and banners (石柱县 for 石柱土家族自治县), which forms write more often
than the full ones.

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
# The 55 minority nationalities, as autonomous divisions name them (蒙古 also without 族:
# 巴音郭楞蒙古自治州), and 各族 (龙胜各族自治县); longest first so that 土家 goes before 土.
NATIONALITIES = sorted("""
    蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水
    东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克
    俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(), key=len, reverse=True)
AUTONOMOUS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


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
    aliases = short_names(counties, prefectures)
    write(os.path.join(HERE, "aliases.tsv"), {(code, alias): (alias,) for code, names in aliases.items() for alias in names})
    print(f"{len(counties)} counties, {len(prefectures)} prefectures, {len(aliases)} aliases", file=sys.stderr)


def short_names(counties, prefectures):
    """The short names forms write for autonomous divisions: 石柱土家族自治县 → 石柱县,
    恩施土家族苗族自治州 → 恩施州, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗. A short name that is
    also a division's own name is left out."""
    names = {row[-1] for row in counties.values()} | {row[-1] for row in prefectures.values()}
    aliases = {}
    for code, row in list(prefectures.items()) + list(counties.items()):
        name = row[-1]
        suffix = next((s for s in AUTONOMOUS if name.endswith(s)), None)
        if suffix is None:
            continue
        place = name[: -len(suffix)]
        stripped = True
        while stripped:
            stripped = False
            for nationality in NATIONALITIES:
                for written in (nationality + "族", nationality):
                    # 彭水 keeps its 水 (a nationality's name too): a place name has two characters at least.
                    if place.endswith(written) and len(place) - len(written) >= 2:
                        place = place[: -len(written)]
                        stripped = True
                        break
                if stripped:
                    break
        if place.endswith("族") and place[:-1] in NATIONALITIES:
            place = place[:-1]  # named after its nationality alone: 鄂温克族自治旗 → 鄂温克旗
        # Both short forms: 彭水县 and 彭水自治县 (the county's own short name) for 彭水苗族土家族自治县.
        written = tuple(a for a in (place + AUTONOMOUS[suffix], place + suffix) if a not in names and a != name)
        if len(place) >= 2 and written:
            aliases[code] = written
    return aliases


def directly_governed(province):
    return "自治区直辖县级行政区划" if province.endswith("自治区") else "省直辖县级行政区划"


def write(path, table):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for key in sorted(table):
            code = key[0] if isinstance(key, tuple) else key
            f.write("\t".join((code,) + table[key]) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make-divisions.py PATH/TO/ok_data_level3.csv")
    main(sys.argv[1])
