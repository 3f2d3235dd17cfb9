"""Reference values for test/tune, computed with Debian's scipy and Optuna 3.1:

    /usr/bin/python3 test/tune/make_fixtures.py > test/tune/fixtures/reference.json

- normal: scipy.special ndtr, log_ndtr, ndtri at points across the range the TPE reaches.
- parzen: Optuna's own _ParzenEstimator (multivariate, Optuna's defaults) fitted to fixed
  observations; its kernel centres, widths and weights are kept, and the log density is
  recomputed with scipy.stats.truncnorm, which includes the -log(sigma) term Optuna 3.1 leaves
  out (optuna#5109). The integer dimension uses Optuna's own discrete cell mass.
"""
import json

import numpy as np
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
from optuna.samplers._tpe.parzen_estimator import _ParzenEstimator, _ParzenEstimatorParameters
from optuna.samplers._tpe.sampler import default_weights
from scipy.special import log_ndtr, logsumexp, ndtr, ndtri
from scipy.stats import norm, truncnorm

zs = [-300.0, -40.0, -20.0, -8.0, -5.0, -3.01, -3.0, -2.99, -1.0, -0.3, 0.0, 0.4, 1.5, 2.999, 3.001, 5.0, 9.0]
ps = [1e-300, 1e-100, 1e-20, 1e-5, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.99]
normal = {
    "cdf": [[z, float(ndtr(z))] for z in zs if z > -37],
    "logCdf": [[z, float(log_ndtr(z))] for z in zs],
    "quantile": [[p, float(ndtri(p))] for p in ps],
}

rng = np.random.RandomState(0)
n = 30
observations = {
    "x": rng.uniform(-5, 10, n),
    "k": rng.randint(1, 65, n).astype(float),
    "c": rng.randint(0, 3, n).astype(float),
}
space = {
    "x": FloatDistribution(-5, 10),
    "k": IntDistribution(1, 64),
    "c": CategoricalDistribution(["a", "b", "c"]),
}
points = {
    "x": np.linspace(-5, 10, 7),
    "k": np.array([1.0, 2, 5, 17, 33, 60, 64]),
    "c": np.array([0, 1, 2, 0, 1, 2, 0]),
}
params = _ParzenEstimatorParameters(True, 1.0, True, False, default_weights, True)
pe = _ParzenEstimator(observations, space, params)
weights = pe._weights
mus_x, sig_x = pe._mus["x"], pe._sigmas["x"]
mus_k, sig_k = pe._mus["k"], pe._sigmas["k"]
cat = pe._categorical_weights["c"]
log_pdf = []
for i in range(len(points["x"])):
    x, k, c = points["x"][i], points["k"][i], int(points["c"][i])
    lx = truncnorm.logpdf(x, (-5 - mus_x) / sig_x, (10 - mus_x) / sig_x, loc=mus_x, scale=sig_x)
    mass = norm.cdf((k + 0.5 - mus_k) / sig_k) - norm.cdf((k - 0.5 - mus_k) / sig_k)
    total = norm.cdf((64.5 - mus_k) / sig_k) - norm.cdf((0.5 - mus_k) / sig_k)
    lk = np.log(mass / total)
    lc = np.log(cat[:, c])
    log_pdf.append(float(logsumexp(np.log(weights) + lx + lk + lc)))
parzen = {
    "observations": {key: value.tolist() for key, value in observations.items()},
    "points": {key: value.tolist() for key, value in points.items()},
    "sigmaX": float(sig_x[0]),
    "sigmaK": float(sig_k[0]),
    "logPdf": log_pdf,
}
print(json.dumps({"normal": normal, "parzen": parzen}, indent=1))
