#!/usr/bin/env python3
"""Independent replay of the china-ai basket index from the raw snapshot files (csv module only, no Froth code).

The rule replayed is the one docs/rally.md states for an equal-weighted basket rebalanced each quarter:
- constituents: the 29 Hong Kong files of prices/hk (column Close) and the 34 stock files of prices/cn_stocks
  (column close; the index files sh000300 and sh000682 are not constituents);
- calendar: every date on which a constituent has a row, up to the end date; the index starts at the last calendar
  date on or before the inception (2019-12-31) at level 100;
- a constituent's price on a date is its last close on or before it;
- units are reset to equal weights (level / members / price) at the start, at the close of a constituent's first
  session, and at the close of the first session of each calendar quarter; at a quarterly reset a constituent whose
  last row is more than 10 weekdays before that session leaves at its last price, and re-enters at its next close;
- between resets level = sum(units * price).

Usage: replay_china_ai.py DATA_ROOT END [FROM [SYMBOL]]  prints the level on END (and on FROM, the return from FROM's last
session to END, and SYMBOL's contribution over that period: sum(units * delta price) / level(FROM)).
"""
import csv
import datetime as dt
import os
import sys

root, end = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
start_from = dt.date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else None
watch = sys.argv[4] if len(sys.argv) > 4 else None
inception = dt.date(2019, 12, 31)

def read(path, column):
    rows = []
    with open(path, newline='') as f:
        for r in csv.DictReader(f):
            d = dt.date.fromisoformat(r['Date' if 'Date' in r else 'date'][:10])
            if d <= end:
                rows.append((d, float(r[column])))
    return rows

series = {}
for name in sorted(os.listdir(os.path.join(root, 'prices/hk'))):
    series[name[:-4]] = read(os.path.join(root, 'prices/hk', name), 'Close')
for name in sorted(os.listdir(os.path.join(root, 'prices/cn_stocks'))):
    if name.endswith('.csv') and name not in ('sh000300.csv', 'sh000682.csv'):
        code = name[2:8] + ('.SS' if name.startswith('sh') else '.SZ')
        series[code] = read(os.path.join(root, 'prices/cn_stocks', name), 'close')
assert len(series) == 63

calendar = sorted({d for rows in series.values() for d, _ in rows})
b0 = max(i for i, d in enumerate(calendar) if d <= inception)
calendar = calendar[b0:]

def weekdays_between(a, b):
    return sum(1 for k in range(1, (b - a).days) if (a + dt.timedelta(k)).weekday() < 5)

ptr = {s: -1 for s in series}
def advance(s, d):
    rows = series[s]
    while ptr[s] + 1 < len(rows) and rows[ptr[s] + 1][0] <= d:
        ptr[s] += 1
    return rows[ptr[s]][1] if ptr[s] >= 0 else None

def traded(s, d):
    return ptr[s] >= 0 and series[s][ptr[s]][0] == d

base_date = max([d for d in calendar if start_from is not None and d <= start_from], default=calendar[0])
units, active, exited = {}, set(), set()
level, levels, contribution = 100.0, {}, 0.0
prev_price = {}
for j, d in enumerate(calendar):
    price = {s: advance(s, d) for s in series}
    if j > 0:
        level = sum(units[s] * price[s] for s in active)
        if watch in active and start_from is not None and d > base_date:
            contribution += units[watch] * (price[watch] - prev_price[watch])
    entered = False
    for s in series:
        if s not in active and price[s] is not None and (s not in exited or traded(s, d)):
            active.add(s)
            exited.discard(s)
            entered = True
    scheduled = j > 0 and (d.year, (d.month - 1) // 3) != (calendar[j - 1].year, (calendar[j - 1].month - 1) // 3)
    if scheduled:
        for s in sorted(active):
            if weekdays_between(series[s][ptr[s]][0], d) > 10:
                active.discard(s)
                exited.add(s)
                units[s] = 0.0
    if j == 0 or entered or scheduled:
        for s in active:
            units[s] = level / len(active) / price[s]
    levels[d] = level
    prev_price = price

last = calendar[-1]
print(f"level {last} {levels[last]!r}")
if start_from is not None:
    print(f"base {base_date} {levels[base_date]!r}")
    print(f"return {levels[last] / levels[base_date] - 1!r}")
    if watch:
        print(f"contribution {watch} {contribution / levels[base_date]!r}")
