"""Command-mode training example: a PyTorch MLP on the churn data, exported as ONNX.

The train action runs it as `python3 examples/churn-pytorch/train.py` and sets:
  MLOPS_OUTPUT_DIR  where to write model.onnx, metrics.json (and optionally history.json, mlops.json)
  MLOPS_DATA        the training CSV
  MLOPS_PARAMS      JSON hyperparameter overrides (from tune), e.g. {"lr": 0.01, "hidden": 32}
  MLOPS_SEED        the random seed

mlops.json carries the preprocessing in the suite's format (standardized numeric columns,
one-hot categoricals with an unknown bucket, imputation), so evaluate and deploy can serve the
ONNX model with no Python.
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import torch

out_dir = os.environ["MLOPS_OUTPUT_DIR"]
data_path = os.environ.get("MLOPS_DATA") or os.path.join(os.path.dirname(__file__), "..", "churn", "data", "train.csv")
params = {"lr": 0.01, "epochs": 30, "hidden": 32, "batch_size": 64, "validation_split": 0.2, "target": "churned", "exclude": ["customer_id"]}
params.update(json.loads(os.environ.get("MLOPS_PARAMS") or "{}"))
seed = int(os.environ.get("MLOPS_SEED", "42"))

torch.manual_seed(seed)
torch.set_num_threads(1)  # small models: one thread is fastest on a small CPU runner
rng = np.random.default_rng(seed)

df = pd.read_csv(data_path)
target = params["target"]
if target not in df.columns:
    sys.exit(f"target column {target!r} is not in {data_path} (columns: {', '.join(df.columns)})")
df = df[df[target].notna()]
features = [c for c in df.columns if c != target and c not in params["exclude"]]
order = rng.permutation(len(df))
n_val = int(len(df) * params["validation_split"])
train_idx, val_idx = order[: len(df) - n_val], order[len(df) - n_val :]
train_df = df.iloc[train_idx]

# Preprocessing fitted on the training rows, recorded in the suite's PreprocessingSpec format.
spec_features, input_names = [], []
for name in features:
    column = train_df[name]
    if pd.api.types.is_numeric_dtype(column):
        mean = float(column.mean())
        std = float(column.std(ddof=0)) or 1.0
        spec_features.append({"name": name, "kind": "numeric", "mean": mean, "std": std})
        input_names.append(name)
    else:
        counts = column.dropna().astype(str).value_counts()
        categories = sorted(counts.index[:50].tolist())
        spec_features.append({"name": name, "kind": "categorical", "categories": categories, "fill": str(counts.index[0])})
        input_names += [f"{name}={c}" for c in categories] + [f"{name}=<unknown>"]
classes = sorted(str(v) for v in df[target].dropna().unique())


def transform(frame):
    blocks = []
    for f in spec_features:
        column = frame[f["name"]]
        if f["kind"] == "numeric":
            blocks.append(((column.fillna(f["mean"]) - f["mean"]) / f["std"]).to_numpy(dtype=np.float32)[:, None])
        else:
            values = column.fillna(f["fill"]).astype(str)
            onehot = np.zeros((len(frame), len(f["categories"]) + 1), dtype=np.float32)
            index = {c: i for i, c in enumerate(f["categories"])}
            for row, value in enumerate(values):
                onehot[row, index.get(value, len(f["categories"]))] = 1
            blocks.append(onehot)
    return np.concatenate(blocks, axis=1)


def labels(frame):
    return np.array([classes.index(str(v)) for v in frame[target]], dtype=np.float32)


x_train, y_train = torch.from_numpy(transform(train_df)), torch.from_numpy(labels(train_df))
val_df = df.iloc[val_idx]
x_val, y_val = torch.from_numpy(transform(val_df)), torch.from_numpy(labels(val_df))

hidden = int(params["hidden"])
model = torch.nn.Sequential(torch.nn.Linear(x_train.shape[1], hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=float(params["lr"]))
loss_fn = torch.nn.BCEWithLogitsLoss()


def auc(y, p):
    ranks = pd.Series(p).rank().to_numpy()
    pos = y == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)) if n_pos and n_neg else float("nan")


def scores(x, y):
    with torch.no_grad():
        logits = model(x).squeeze(1)
        p = torch.sigmoid(logits).numpy()
        return {"loss": float(loss_fn(logits, y)), "accuracy": float(((p >= 0.5) == (y.numpy() == 1)).mean()), "auc": auc(y.numpy(), p)}


history = {"loss": [], "val_loss": [], "val_auc": []}
for epoch in range(int(params["epochs"])):
    model.train()
    perm = torch.randperm(len(x_train))
    total = 0.0
    for start in range(0, len(perm), int(params["batch_size"])):
        batch = perm[start : start + int(params["batch_size"])]
        optimizer.zero_grad()
        loss = loss_fn(model(x_train[batch]).squeeze(1), y_train[batch])
        loss.backward()
        optimizer.step()
        total += float(loss) * len(batch)
    model.eval()
    val = scores(x_val, y_val)
    history["loss"].append(total / len(x_train))
    history["val_loss"].append(val["loss"])
    history["val_auc"].append(val["auc"])
    print(f"epoch {epoch + 1}: loss={total / len(x_train):.4f} val_loss={val['loss']:.4f} val_auc={val['auc']:.4f}", flush=True)


class Probabilities(torch.nn.Module):
    """The exported graph ends in a sigmoid, so the ONNX output is P(class 1) as the suite expects."""

    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        return torch.sigmoid(self.net(x))


torch.onnx.export(Probabilities(model), x_train[:1], os.path.join(out_dir, "model.onnx"), input_names=["input"], output_names=["probabilities"], dynamic_axes={"input": {0: "rows"}, "probabilities": {0: "rows"}}, opset_version=13)
train_scores, val_scores = scores(x_train, y_train), scores(x_val, y_val)
metrics = {**train_scores, **{f"val_{k}": v for k, v in val_scores.items()}}
with open(os.path.join(out_dir, "metrics.json"), "w") as f:
    json.dump(metrics, f)
with open(os.path.join(out_dir, "history.json"), "w") as f:
    json.dump(history, f)
with open(os.path.join(out_dir, "mlops.json"), "w") as f:
    json.dump({
        "name": "churn-pytorch",
        "task": "binary-classification",
        "target": target,
        "classes": classes,
        "signature": {"inputs": [{"name": f["name"], "type": "number" if f["kind"] == "numeric" else "category"} for f in spec_features], "outputs": [{"name": "probabilities", "type": "float32[1]"}]},
        "preprocessing": {"features": spec_features, "inputSize": len(input_names), "inputNames": input_names, "target": {"name": target, "task": "binary-classification", "classes": classes}},
    }, f)
print(f"wrote model.onnx and metrics.json to {out_dir}: val_auc={val_scores['auc']:.4f}")
