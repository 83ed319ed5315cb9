#!/usr/bin/env python3
"""Independent reference figures for the valuation and macro tests (Froth.Tests/Valuation, Froth.Tests/Macro).

Reads the snapshot's CSV files directly with the csv module (not through Froth's importers) and computes every
figure the tests assert, by the definitions of docs/valuation.md, with Python's statistics module (exact rational
arithmetic for mean and stdev). Run from the repository root:

    python3 tests/Froth.Tests/Valuation/reference/valuation_reference.py > tests/Froth.Tests/Valuation/reference/valuation_reference.txt

Standard library only; the data folder is ../shared/data or $FROTH_SAMPLE_DATA.
"""
import csv
import math
import os
import statistics
from datetime import date

ROOT = os.environ.get("FROTH_SAMPLE_DATA") or os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "..", "shared", "data")


def read_lixinger_pe():
    """hstech_pe_lixinger.csv: newest first, values written '=31.3796', a footer line; column 4 is PE-TTM等权."""
    out = {}
    with open(os.path.join(ROOT, "valuation", "hstech_pe_lixinger.csv"), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    for r in rows[1:]:
        if len(r) < 4 or not r[0][:4].isdigit() or r[3] == "":
            continue
        out[r[0]] = (float(r[3].lstrip("=")), float(r[4].lstrip("=")) if r[4] else None)
    return sorted((d, v[0]) for d, v in out.items()), {d: v[1] for d, v in out.items()}


def read_erp_pe(name):
    with open(os.path.join(ROOT, "valuation", name), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))[1:]
    return [(r[0], float(r[2])) for r in rows if r[2] != ""]


def read_closes(name, date_col="date", close_col="close"):
    with open(os.path.join(ROOT, "prices", "cn_index", name), encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for r in rows:
        out[r[date_col]] = float(r[close_col])  # a repeated date keeps the later line; the closes agree anyway
    return sorted(out.items())


def read_annual(name, column):
    with open(os.path.join(ROOT, "macro", name), encoding="utf-8-sig") as f:
        return {int(r["Year"]): float(r[column]) for r in csv.DictReader(f) if r[column] != ""}


def minus_years(iso, years):
    d = date.fromisoformat(iso)
    try:
        return d.replace(year=d.year - years).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28).isoformat()


def cheaper(x, v):
    """Valuation order for an earnings multiple: a loss (<= 0) is never cheaper than a positive multiple."""
    if x > 0:
        return v <= 0 or x < v
    return x < 0 and v < 0 and 1 / x > 1 / v


def history(series, as_of, years=3, stale_len=10):
    known = [(d, v) for d, v in series if d <= as_of]
    value_date, value = known[-1]
    start = minus_years(as_of, years)
    # runs of equal values over the whole known series; a run of >= stale_len counts once in the window
    window, repeats, i = [], 0, 0
    while i < len(known):
        j = i
        while j + 1 < len(known) and known[j + 1][1] == known[i][1]:
            j += 1
        kept = False
        for k in range(i, j + 1):
            if known[k][0] <= start:
                continue
            if j - i + 1 >= stale_len and kept:
                repeats += 1
            else:
                window.append(known[k])
                kept = True
        i = j + 1
    # the stale run that ends with the value
    s = len(known) - 1
    while s > 0 and known[s - 1][1] == value:
        s -= 1
    vals = [v for _, v in window]
    pos = sorted(v for v in vals if v > 0)
    mean = statistics.mean(pos)
    sd = statistics.stdev(pos)
    yields = [1 / v for v in vals if v != 0]
    ym, ys = statistics.mean(yields), statistics.stdev(yields)
    return {
        "value": value, "valueDate": value_date, "windowStart": start, "from": window[0][0], "to": window[-1][0],
        "observations": len(vals), "losses": len(vals) - len(pos), "staleRepeatsExcluded": repeats,
        "average": mean, "median": statistics.median(pos), "min": pos[0], "max": pos[-1], "sd": sd,
        "percentile": sum(1 for x in vals if cheaper(x, value)) / len(vals),
        "zScore": (value - mean) / sd, "earningsYieldZScore": (1 / value - ym) / ys,
        "sessionsUnchanged": len(known) - 1 - s, "staleSince": known[s][0], "staleFlag": len(known) - s >= stale_len,
        "rank30": sum(1 for x in vals if cheaper(x, 30.0)) / len(vals),
    }


def show(title, h):
    print(f"## {title}")
    for k, v in h.items():
        print(f"{k} = {v!r}")
    print()


def decomposition(prices, pe, d0, d1):
    p, e = dict(prices), dict(pe)
    common = sorted(set(p) & set(e))
    a = max(d for d in common if d <= d0)
    b = max(d for d in common if d <= d1)
    e0, e1 = p[a] / e[a], p[b] / e[b]
    r, g, rr = p[b] / p[a] - 1, e1 / e0 - 1, e[b] / e[a] - 1
    lr = math.log(p[b] / p[a])
    return {"start": a, "end": b, "priceStart": p[a], "priceEnd": p[b], "peStart": e[a], "peEnd": e[b],
            "earningsStart": e0, "earningsEnd": e1, "priceReturn": r, "earningsGrowth": g, "reRating": rr,
            "productCheck": (1 + g) * (1 + rr) - 1, "earningsShare": math.log(1 + g) / lr, "reRatingShare": math.log(1 + rr) / lr}


def main():
    lix, published = read_lixinger_pe()
    erp_hs = read_erp_pe("erp_HSTECH.csv")
    star = read_erp_pe("erp_000688_star50.csv")

    show("HSTECH.HK:PE hstech_pe_lixinger as of 2026-04-20, 3 years", history(lix, "2026-04-20"))
    show("HSTECH.HK:PE erp_HSTECH as of 2026-07-07, 3 years (stale tail)", history(erp_hs, "2026-07-07"))
    show("000688.SS:PE erp_000688_star50 as of 2026-08-21, 3 years", history(star, "2026-08-21"))
    show("000688.SS:PE erp_000688_star50 as of 2026-01-30, 3 years", history(star, "2026-01-30"))

    print("## lixinger PE-TTM 分位点 (published) against Froth's count over the whole history, lixinger's n-1 divisor")
    for d in ["2025-01-02", "2025-06-30", "2026-01-02", "2026-04-20"]:
        known = [v for k, v in lix if k <= d]
        v = dict(lix)[d]
        below = sum(1 for x in known if cheaper(x, v))
        print(f"{d}: value {v!r}, observations {len(known)}, cheaper {below}, cheaper/n {below / len(known)!r}, "
              f"cheaper/(n-1) {below / (len(known) - 1)!r}, published {published[d]!r}")
    print()

    hs_close = read_closes("hstech_sina_2020-2026.csv")
    star_close = read_closes("sh000688_star50_2019-2026.csv")
    show("decompose HSTECH.HK 2025-01-02 → 2026-04-20 (sina close, lixinger P/E)", decomposition(hs_close, lix, "2025-01-02", "2026-04-20"))
    show("decompose 000688.SS 2024-09-13 → 2024-10-08 (sina close, ERP-monitor P/E)", decomposition(star_close, star, "2024-09-13", "2024-10-08"))

    cpi = read_annual("china_cpi_inflation_annual_pct_worldbank.csv", "CPIInflationPct")
    defl = read_annual("china_gdp_deflator_inflation_annual_pct_worldbank.csv", "GDPDeflatorInflationPct")
    usd = read_annual("china_gdp_current_usd_worldbank.csv", "Value")
    real = read_annual("gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED.csv", "China_real_GDP_growth_%")
    print("## China macro, fractions")
    for y in range(2019, 2026):
        local = (1 + real[y] / 100) * (1 + defl[y] / 100) - 1 if y in real and y in defl else None
        g = usd[y] / usd[y - 1] - 1 if y in usd and y - 1 in usd else None
        print(f"{y}: cpi {cpi.get(y, 0) / 100 if y in cpi else None!r}, deflator {defl[y] / 100 if y in defl else None!r}, "
              f"real {real[y] / 100 if y in real else None!r}, nominalLocal {local!r}, nominalUsdGrowth {g!r}")
    print(f"negative deflator years: {[y for y in sorted(defl) if defl[y] < 0]}")
    print()

    def year_end(closes):
        out = {}
        for d, v in closes:
            out[int(d[:4])] = (d, v)
        return out

    print("## divergence, 000688.SS 2020–2023 against local nominal growth; HSTECH.HK 2021–2023 against USD growth")
    for name, closes, y0, y1, measure in [("000688.SS", star_close, 2020, 2023, "local"), ("HSTECH.HK", hs_close, 2021, 2023, "usd")]:
        ye = year_end(closes)
        ig, ng = 1.0, 1.0
        for y in range(y0, y1 + 1):
            r = ye[y][1] / ye[y - 1][1] - 1
            n = (1 + real[y] / 100) * (1 + defl[y] / 100) - 1 if measure == "local" else usd[y] / usd[y - 1] - 1
            print(f"{name} {y}: close {ye[y]!r}, return {r!r}, nominal {n!r}, excess {r - n!r}")
            ig *= 1 + r
            ng *= 1 + n
        k = y1 - y0 + 1
        ic, nc = ig ** (1 / k) - 1, ng ** (1 / k) - 1
        print(f"{name}: indexGrowth {ig - 1!r}, nominalGrowth {ng - 1!r}, indexCagr {ic!r}, nominalCagr {nc!r}, divergence {ic - nc!r}")
    show("decompose HSTECH.HK over 2021–2023 (2020-12-31 → 2023-12-29)", decomposition(hs_close, lix, "2020-12-31", "2023-12-29"))

    print("## turnover = close × volume against the mean of the 20 sessions before; the same ratio of the file's amount column")
    for name, folder, day in [("sh000688_star50_2019-2026.csv", "cn_index", "2024-10-08"), ("sh688256.csv", "cn_stocks", "2024-10-08"), ("sh688256.csv", "cn_stocks", "2024-09-30")]:
        with open(os.path.join(ROOT, "prices", folder, name), encoding="utf-8-sig") as f:
            rows = {r["date"]: r for r in csv.DictReader(f)}
        dates = sorted(rows)
        i = dates.index(day)
        prev = dates[i - 20:i]
        t = lambda k: float(rows[k]["close"]) * float(rows[k]["volume"])
        a = lambda k: float(rows[k]["amount"])
        ratio = t(day) / (sum(t(k) for k in prev) / 20)
        amount_ratio = a(day) / (sum(a(k) for k in prev) / 20)
        print(f"{name} {day}: window {prev[0]}..{prev[-1]}, turnover {t(day)!r}, ratio {ratio!r}, amount ratio {amount_ratio!r}, relative gap {ratio / amount_ratio - 1!r}")


if __name__ == "__main__":
    main()
