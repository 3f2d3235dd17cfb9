"""The peer a team would otherwise write: FastAPI on uvicorn, PyTorch, the same weights and preprocessing.

Reads the tfjs package the suite trained (model/model.json + weights.bin, and the preprocessing
recorded in manifest.json), builds the same MLP as a torch.nn.Sequential, and serves
POST /predict with a list of records, answering {model, version, predictions, labels} like the
suite's /predict. Requests are validated by pydantic, as idiomatic FastAPI code does.

    MLOPS_BENCH_PACKAGE=<package dir> /usr/bin/python3 -m uvicorn fastapi_server:app --port 8001
"""
import json
import os
from typing import List, Optional

import numpy as np
import torch
from fastapi import FastAPI
from pydantic import BaseModel, Extra, create_model

PACKAGE = os.environ["MLOPS_BENCH_PACKAGE"]
torch.set_num_threads(int(os.environ.get("MLOPS_BENCH_TORCH_THREADS", "1")))

with open(os.path.join(PACKAGE, "manifest.json")) as f:
    MANIFEST = json.load(f)
PREPROCESSING = MANIFEST["preprocessing"]
CLASSES = PREPROCESSING["target"].get("classes")


def load_network() -> torch.nn.Sequential:
    with open(os.path.join(PACKAGE, "model", "model.json")) as f:
        model_json = json.load(f)
    weights = np.fromfile(os.path.join(PACKAGE, "model", "weights.bin"), dtype="<f4")
    entries = model_json["weightsManifest"][0]["weights"]
    by_name, offset = {}, 0
    for entry in entries:
        size = int(np.prod(entry["shape"]))
        by_name[entry["name"]] = weights[offset:offset + size].reshape(entry["shape"])
        offset += size
    modules = []
    for layer in model_json["modelTopology"]["config"]["layers"]:
        if layer["class_name"] != "Dense":
            continue
        config = layer["config"]
        kernel = by_name[f"{config['name']}/kernel"]
        linear = torch.nn.Linear(kernel.shape[0], kernel.shape[1])
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(kernel.T.copy()))
            linear.bias.copy_(torch.from_numpy(by_name[f"{config['name']}/bias"].copy()))
        modules.append(linear)
        activation = config.get("activation", "linear")
        if activation == "relu":
            modules.append(torch.nn.ReLU())
        elif activation == "sigmoid":
            modules.append(torch.nn.Sigmoid())
        elif activation == "softmax":
            modules.append(torch.nn.Softmax(dim=1))
    return torch.nn.Sequential(*modules).eval()


NETWORK = load_network()


class Strict:
    extra = Extra.forbid


Row = create_model(
    "Row",
    __config__=Strict,
    **{
        feature["name"]: (Optional[float] if feature["kind"] == "numeric" else Optional[str], ...)
        for feature in PREPROCESSING["features"]
    },
)


def preprocess(rows: List[BaseModel]) -> np.ndarray:
    x = np.zeros((len(rows), PREPROCESSING["inputSize"]), dtype=np.float32)
    column = 0
    for feature in PREPROCESSING["features"]:
        name = feature["name"]
        if feature["kind"] == "numeric":
            values = np.array([getattr(r, name) if getattr(r, name) is not None else feature["mean"] for r in rows])
            x[:, column] = (values - feature["mean"]) / feature["std"]
            column += 1
        else:
            index = {c: i for i, c in enumerate(feature["categories"])}
            unknown = len(feature["categories"])
            for i, r in enumerate(rows):
                value = getattr(r, name)
                x[i, column + index.get(feature["fill"] if value is None else value, unknown)] = 1
            column += unknown + 1
    return x


app = FastAPI()


@app.post("/predict")
async def predict(rows: List[Row]):
    with torch.no_grad():
        out = NETWORK(torch.from_numpy(preprocess(rows))).numpy()
    probabilities = out[:, 0].tolist()
    return {
        "model": MANIFEST["name"],
        "version": "1",
        "predictions": probabilities,
        "labels": [CLASSES[1] if p >= 0.5 else CLASSES[0] for p in probabilities],
    }
