"""The baseline: pandas read_csv + describe(include='all') + isna().sum() on the same file.
Run with Debian's python3: /usr/bin/python3 pandas_baseline.py <file.csv>. Prints JSON."""
import json
import resource
import sys
import time

import pandas as pd

path = sys.argv[1]
started = time.perf_counter()
df = pd.read_csv(path)
described = df.describe(include="all")
missing = df.isna().sum()
seconds = time.perf_counter() - started
print(json.dumps({
    "seconds": seconds,
    "rows": len(df),
    "maxRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "pandas": pd.__version__,
}))
