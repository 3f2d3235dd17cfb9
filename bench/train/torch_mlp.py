"""PyTorch side of bench/train: the same MLP, optimizer, loss and batch size as the TF.js run.
Usage: torch_mlp.py <rows> <hidden> <batch> <epochs> <device> [threads] [dropout]   prints samples/s of the steady epochs as JSON."""
import json
import sys
import time

import torch

rows, hidden, batch, epochs = (int(v) for v in sys.argv[1:5])
device = sys.argv[5] if len(sys.argv) > 5 else "cpu"
threads = int(sys.argv[6]) if len(sys.argv) > 6 else 1
dropout = float(sys.argv[7]) if len(sys.argv) > 7 else 0.0
torch.set_num_threads(threads)
torch.manual_seed(0)
x = torch.randn(rows, 32, device=device)
y = (x[:, :1] * 2 - x[:, 1:2]).contiguous()
layers = [torch.nn.Linear(32, hidden), torch.nn.ReLU()]
if dropout > 0:
    layers.append(torch.nn.Dropout(dropout))
layers += [torch.nn.Linear(hidden, hidden), torch.nn.ReLU()]
if dropout > 0:
    layers.append(torch.nn.Dropout(dropout))
layers.append(torch.nn.Linear(hidden, 1))
model = torch.nn.Sequential(*layers).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = torch.nn.MSELoss()
times = []
for epoch in range(epochs + 1):  # the first epoch warms up and is not counted
    if device == "cuda":
        torch.cuda.synchronize()
    start = time.perf_counter()
    perm = torch.randperm(rows, device=device)
    for i in range(0, rows, batch):
        idx = perm[i : i + batch]
        optimizer.zero_grad()
        loss = loss_fn(model(x[idx]), y[idx])
        loss.backward()
        optimizer.step()
    if device == "cuda":
        torch.cuda.synchronize()
    times.append(time.perf_counter() - start)
print(json.dumps({"samples_per_s": rows * epochs / sum(times[1:]), "device": device, "threads": threads, "torch": torch.__version__}))
