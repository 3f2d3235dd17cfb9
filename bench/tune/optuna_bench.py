"""The Optuna side of bench/tune: the same problems, seeds and trial counts as bench.ts.

    /usr/bin/python3 bench/tune/optuna_bench.py --seeds 20 --trials 100 --problems branin,hartmann6
    /usr/bin/python3 bench/tune/optuna_bench.py --problems churn --trials 50 --checkpoints 10,20,50

Prints one JSON object per line: {"kind": "regret", problem, sampler, seed, regret: {trials: best - optimum}}
and {"kind": "overhead", sampler, history, seconds}. Written for Debian's python3-optuna (3.1).
"""
import argparse
import json
import math
import statistics
import time
import warnings

import optuna

warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
optuna.logging.set_verbosity(optuna.logging.WARNING)

HARTMANN_ALPHA = [1.0, 1.2, 3.0, 3.2]
HARTMANN_A = [
    [10, 3, 17, 3.5, 1.7, 8],
    [0.05, 10, 17, 0.1, 8, 14],
    [3, 3.5, 1.7, 10, 17, 8],
    [17, 8, 0.05, 10, 0.1, 14],
]
HARTMANN_P = [
    [v * 1e-4 for v in row]
    for row in [
        [1312, 1696, 5569, 124, 8283, 5886],
        [2329, 4135, 8307, 3736, 1004, 9991],
        [2348, 1451, 3522, 2883, 3047, 6650],
        [4047, 8828, 8732, 5743, 1091, 381],
    ]
]


def branin(x1, x2):
    b = 5.1 / (4 * math.pi**2)
    c = 5 / math.pi
    t = 1 / (8 * math.pi)
    return (x2 - b * x1**2 + c * x1 - 6) ** 2 + 10 * (1 - t) * math.cos(x1) + 10


def hartmann6(x):
    total = 0.0
    for i in range(4):
        inner = sum(HARTMANN_A[i][j] * (x[j] - HARTMANN_P[i][j]) ** 2 for j in range(6))
        total += HARTMANN_ALPHA[i] * math.exp(-inner)
    return -total


def churn_problem(path):
    """The table of real trainings made by churn-table.mjs: int indices into the grid -> val_loss (problems.ts, churn)."""
    with open(path) as handle:
        table = json.load(handle)
    sizes = [len(values) for values in table["grid"].values()]
    values = {tuple(row[:4]): row[4] for row in table["rows"]}
    names = ["lr", "hidden", "dropout", "batch"]
    return {
        "optimum": min(values.values()),
        "suggest": lambda t: [t.suggest_int(name, 0, size - 1) for name, size in zip(names, sizes)],
        "evaluate": lambda x: values[tuple(x)],
    }


PROBLEMS = {
    "branin": {
        "optimum": 0.39788735772973816,
        "suggest": lambda t: [t.suggest_float("x1", -5, 10), t.suggest_float("x2", 0, 15)],
        "evaluate": lambda x: branin(*x),
    },
    "hartmann6": {
        "optimum": -3.3223680114155147,
        "suggest": lambda t: [t.suggest_float(f"x{i}", 0, 1) for i in range(6)],
        "evaluate": hartmann6,
    },
}

SAMPLERS = {
    "random": lambda seed: optuna.samplers.RandomSampler(seed=seed),
    "tpe": lambda seed: optuna.samplers.TPESampler(seed=seed),
    "tpe-multivariate": lambda seed: optuna.samplers.TPESampler(seed=seed, multivariate=True),
    # Asked and told in rounds like the matrix mode (ROUNDS): the default TPE, which ignores trials
    # in flight; the constant liar alone; and Optuna's recommended setting for parallel workers.
    "tpe-rounds": lambda seed: optuna.samplers.TPESampler(seed=seed),
    "tpe-liar": lambda seed: optuna.samplers.TPESampler(seed=seed, constant_liar=True),
    "tpe-multivariate-liar": lambda seed: optuna.samplers.TPESampler(seed=seed, multivariate=True, constant_liar=True),
}
ROUNDS = {"tpe-rounds", "tpe-liar", "tpe-multivariate-liar"}


def run(problem, sampler, seed, trials, round_size):
    spec = PROBLEMS[problem]
    study = optuna.create_study(sampler=SAMPLERS[sampler](seed))
    best = math.inf
    bests = []
    while len(bests) < trials:
        asked = [study.ask() for _ in range(min(round_size, trials - len(bests)))]
        points = [spec["suggest"](trial) for trial in asked]
        for trial, x in zip(asked, points):
            value = spec["evaluate"](x)
            study.tell(trial, value)
            best = min(best, value)
            bests.append(best - spec["optimum"])
    return bests


def overhead(sampler, history, repeats):
    """Seconds to suggest trial number `history` (all six parameters) after `history` finished random trials."""
    import random

    rng = random.Random(0)
    study = optuna.create_study(sampler=SAMPLERS[sampler](0))
    distributions = {f"x{i}": optuna.distributions.FloatDistribution(0, 1) for i in range(6)}
    finished = []
    for _ in range(history):
        x = [rng.random() for _ in range(6)]
        params = {f"x{i}": v for i, v in enumerate(x)}
        finished.append(optuna.trial.create_trial(params=params, distributions=distributions, value=hartmann6(x)))
    study.add_trials(finished)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        trial = study.ask()
        PROBLEMS["hartmann6"]["suggest"](trial)
        times.append(time.perf_counter() - start)
        study.tell(trial, state=optuna.trial.TrialState.FAIL)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--problems", default="branin,hartmann6")
    parser.add_argument("--samplers", default="random,tpe,tpe-multivariate")
    parser.add_argument("--round-size", type=int, default=10)
    parser.add_argument("--overhead-history", type=int, default=999)
    parser.add_argument("--overhead-repeats", type=int, default=5)
    parser.add_argument("--checkpoints", default="50,100")
    parser.add_argument("--churn-table", default="bench/tune/churn-table.json")
    args = parser.parse_args()
    checkpoints = [int(n) for n in args.checkpoints.split(",")]
    if "churn" in args.problems.split(","):
        PROBLEMS["churn"] = churn_problem(args.churn_table)
    print(json.dumps({"kind": "version", "optuna": optuna.__version__}), flush=True)
    for problem in args.problems.split(","):
        for sampler in args.samplers.split(","):
            for seed in range(args.first_seed, args.first_seed + args.seeds):
                round_size = args.round_size if sampler in ROUNDS else 1
                bests = run(problem, sampler, seed, args.trials, round_size)
                regret = {str(n): bests[n - 1] for n in checkpoints if n <= len(bests)}
                line = {"kind": "regret", "problem": problem, "sampler": sampler, "seed": seed, "regret": regret}
                print(json.dumps(line), flush=True)
    if args.overhead_history > 0:
        for sampler in ("tpe", "tpe-multivariate"):
            seconds = overhead(sampler, args.overhead_history, args.overhead_repeats)
            line = {"kind": "overhead", "sampler": sampler, "history": args.overhead_history, "seconds": seconds}
            print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
