#!/usr/bin/python3
"""Reference ADF statistics from statsmodels' adfuller, for AdfRegressionTests.

Run from this folder with the Debian packages (apt-get install -y python3-statsmodels):

    /usr/bin/python3 adfuller_reference.py ../../../../../../shared/data > adfuller_reference.csv

Each row is one call of statsmodels.tsa.stattools.adfuller(x, maxlag=K, regression='c', autolag=A)
on a series of the shared snapshot (read in place, never copied). 'usedlag' is the lag statsmodels
reports (the chosen one when autolag is AIC or BIC), 'nobs' the regression rows of the final fit.
"""
import csv
import sys

import numpy as np
import scipy
import statsmodels
from statsmodels.tsa.stattools import adfuller

root = sys.argv[1] if len(sys.argv) > 1 else "../../../../../../shared/data"


def column(path, name, delimiter=","):
    with open(f"{root}/{path}", newline="", encoding="utf-8") as f:
        return [float(row[name]) for row in csv.DictReader(f, delimiter=delimiter)]


series = {
    # PSY (2015) sample: the first 1680 rows (1871-01 .. 2010-12) of the price/dividend ratio.
    "SP_DV": column("reference/bubbles/SP_DV.csv", "price dividend ratio", ";")[:1680],
    "sim_psy1": column("reference/bubbles/sim_data.csv", "psy1"),
    "sim_evans": column("reference/bubbles/sim_data.csv", "evans"),
    "snp_pd": [1.0 / v for v in column("reference/bubbles/snp.csv", "value")],
    "spread": column("reference/bubbles/spread.csv", "value"),
    # Shanghai Composite daily closes, natural log, first 1000 rows (1990-12-19 onwards; the file is ascending).
    "sse_log_1000": [float(np.log(v)) for v in column("prices/cn_index/sh000001_sina_1990-2026.csv", "close")[:1000]],
}

out = csv.writer(sys.stdout, lineterminator="\n")
print(f"# statsmodels {statsmodels.__version__}, numpy {np.__version__}, scipy {scipy.__version__}")
out.writerow(["series", "maxlag", "autolag", "adfstat", "usedlag", "nobs"])
for name, values in series.items():
    x = np.asarray(values, dtype=float)
    for k in range(0, 5):
        stat, _, used, nobs, _ = adfuller(x, maxlag=k, regression="c", autolag=None)[:5]
        out.writerow([name, k, "none", repr(float(stat)), used, nobs])
    for k in (4, 6, 12):
        for ic in ("AIC", "BIC"):
            stat, _, used, nobs, _, _ = adfuller(x, maxlag=k, regression="c", autolag=ic)
            out.writerow([name, k, ic.lower(), repr(float(stat)), used, nobs])
