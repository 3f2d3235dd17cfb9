"""The sklearn side of bench/evaluate: the same paired bootstrap, written the simple way
(index resampling, sklearn metric functions), on the arrays the Node benchmark wrote.

    /usr/bin/python3 bench/evaluate/sklearn_bootstrap.py DIR RESAMPLES

DIR holds meta.json and float64 .bin files. Prints one JSON line: seconds, resamples, and the
point estimates (as a cross-check that both sides scored the same data).
"""
import json
import os
import sys
import time
import warnings

import numpy as np
from sklearn.metrics import (accuracy_score, f1_score, log_loss, mean_absolute_error, mean_squared_error,
                             r2_score, roc_auc_score)

warnings.filterwarnings('ignore')


def binary_metrics(y, p):
    predicted = (p > 0.5).astype(np.int64)
    return {'accuracy': accuracy_score(y, predicted), 'f1': f1_score(y, predicted), 'roc_auc': roc_auc_score(y, p), 'log_loss': log_loss(y, p, labels=[0, 1])}


def regression_metrics(y, p):
    return {'rmse': mean_squared_error(y, p, squared=False), 'mae': mean_absolute_error(y, p), 'r2': r2_score(y, p)}


def main():
    folder, resamples = sys.argv[1], int(sys.argv[2])
    meta = json.load(open(os.path.join(folder, 'meta.json')))
    load = lambda name: np.fromfile(os.path.join(folder, name + '.bin'), dtype=np.float64)
    y, candidate, baseline = load('target'), load('candidate'), load('baseline')
    if meta['task'] == 'binary':
        y = y.astype(np.int64)
        metrics = binary_metrics
    else:
        metrics = regression_metrics
    point = {'candidate': metrics(y, candidate), 'baseline': metrics(y, baseline)}
    rng = np.random.default_rng(meta['seed'])
    n = len(y)
    names = list(point['candidate'])
    deltas = {name: np.empty(resamples) for name in names}
    start = time.perf_counter()
    for r in range(resamples):
        idx = rng.integers(0, n, n)
        yy = y[idx]
        c = metrics(yy, candidate[idx])
        b = metrics(yy, baseline[idx])
        for name in names:
            deltas[name][r] = c[name] - b[name]
    seconds = time.perf_counter() - start
    intervals = {name: np.percentile(deltas[name], [2.5, 97.5]).tolist() for name in names}
    print(json.dumps({'seconds': seconds, 'resamples': resamples, 'point': point, 'delta_intervals': intervals}))


if __name__ == '__main__':
    main()
