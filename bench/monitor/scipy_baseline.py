"""The reference side of bench/monitor: pandas reads both CSVs, scipy computes the statistics the
drift report holds for each column, the way Evidently would compute them from raw data:

- numeric: the test Evidently's defaults pick for a large reference (Wasserstein distance over
  np.std of the reference, which is also our effect size), PSI over Evidently's Sturges bins,
  Cohen's d, and a 10-bin histogram of both (our chart);
- categorical: Jensen-Shannon distance and PSI over value shares, total variation, Cramer's V
  (scipy.stats.chi2_contingency), and the value counts (our chart).

With --minimal, only the statistic of the test Evidently's defaults pick (Wasserstein for numeric
columns, Jensen-Shannon for categorical ones): the least a drift report computes.

Usage: /usr/bin/python3 scipy_baseline.py <reference.csv> <current.csv> [--minimal]
Prints one JSON line: seconds per stage, peak RSS, and every column's statistics.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance


def shares(reference, current):
    """Evidently's get_binned_data, with and without its zero filling (PSI fills, JS does not)."""
    if pd.api.types.is_numeric_dtype(reference) and reference.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([reference, current]).values, bins='sturges')
        ref = np.histogram(reference, bins)[0] / len(reference)
        cur = np.histogram(current, bins)[0] / len(current)
    else:
        keys = list(set(reference.unique()) | set(current.unique()))
        rc = reference.value_counts()
        cc = current.value_counts()
        ref = np.array([rc.get(k, 0) for k in keys]) / len(reference)
        cur = np.array([cc.get(k, 0) for k in keys]) / len(current)
    return ref, cur


def fill(percents):
    percents = percents.copy()
    smallest = min(percents[percents != 0])
    np.place(percents, percents == 0, smallest / 10 ** 6 if smallest <= 0.0001 else 0.0001)
    return percents


def psi(ref, cur):
    ref, cur = fill(ref), fill(cur)
    return float(np.sum((ref - cur) * np.log(ref / cur)))


def minimal_statistics(reference, current):
    reference = reference.dropna()
    current = current.dropna()
    if pd.api.types.is_numeric_dtype(reference) and pd.concat([reference, current]).nunique() > 5:
        w = stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001)
        return {'method': 'wasserstein', 'statistic': float(w)}
    ref, cur = shares(reference, current)
    return {'method': 'jensenshannon', 'statistic': float(distance.jensenshannon(ref, cur))}


def column_statistics(reference, current):
    reference = reference.replace([np.inf, -np.inf], np.nan).dropna()
    current = current.replace([np.inf, -np.inf], np.nan).dropna()
    n_values = pd.concat([reference, current]).nunique()
    ref_shares, cur_shares = shares(reference, current)
    out = {'psi': psi(ref_shares, cur_shares), 'distinct': int(n_values)}
    if pd.api.types.is_numeric_dtype(reference) and n_values > 5:
        w = stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001)
        pooled = np.sqrt(((len(reference) - 1) * reference.var() + (len(current) - 1) * current.var())
                         / (len(reference) + len(current) - 2))
        edges = np.linspace(min(reference.min(), current.min()), max(reference.max(), current.max()), 11)
        out.update({'method': 'wasserstein', 'statistic': float(w),
                    'cohens_d': float((current.mean() - reference.mean()) / pooled),
                    'chart': [np.histogram(reference, edges)[0].tolist(), np.histogram(current, edges)[0].tolist()]})
    else:
        out.update({'method': 'jensenshannon', 'statistic': float(distance.jensenshannon(ref_shares, cur_shares))})
        keys = list(set(reference.unique()) | set(current.unique()))
        rc = reference.value_counts()
        cc = current.value_counts()
        table = np.array([[rc.get(k, 0) for k in keys], [cc.get(k, 0) for k in keys]])
        chi2 = stats.chi2_contingency(table, correction=False)[0]
        out.update({'total_variation': float(np.abs(table[0] / table[0].sum() - table[1] / table[1].sum()).sum() / 2),
                    'cramers_v': float(np.sqrt(chi2 / table.sum())), 'chart': [rc.to_dict(), cc.to_dict()]})
    return out


def main():
    reference_file, current_file = sys.argv[1:3]
    started = time.perf_counter()
    reference = pd.read_csv(reference_file)
    read_reference = time.perf_counter()
    current = pd.read_csv(current_file)
    read_current = time.perf_counter()
    statistics = minimal_statistics if '--minimal' in sys.argv else column_statistics
    columns = {name: statistics(reference[name], current[name]) for name in reference.columns}
    done = time.perf_counter()
    drifted = [name for name, c in columns.items() if c['statistic'] >= 0.1]
    print(json.dumps({
        'pandas': pd.__version__,
        'minimal': '--minimal' in sys.argv,
        'readReference': read_reference - started,
        'readCurrent': read_current - read_reference,
        'statistics': done - read_current,
        'total': done - started,
        'maxRssMB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        'drifted': drifted,
        'columns': {name: {k: v for k, v in c.items() if k != 'chart'} for name, c in columns.items()},
    }))


main()
