#!/usr/bin/env python3
"""PyTorch peer of bench/bench_nn.cpp: one training epoch of the same three
networks (mlp-ziln, cnn, gru) on 100k generated customers with 52 periods,
ZILN loss, AdamW, batch 256, dropout 0.1, gradient clipping at 5.
Prints training samples/s (wall clock), CPU seconds and peak RSS.

Usage: /usr/bin/python3 bench/peers/nn_torch.py {mlp,cnn,gru} THREADS {float32,float64}
Needs Debian's python3-torch (benchmark only, not a project dependency)."""

import math
import resource
import sys
import time

import torch
from torch import nn

CUSTOMERS = 100_000
PERIODS = 52
FEATURES = 5
CHANNELS = 2
HIDDEN = 32
BATCH = 256


def dense_head(inputs):
    return nn.Sequential(nn.Linear(inputs, HIDDEN), nn.ReLU(), nn.Dropout(0.1),
                         nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Dropout(0.1),
                         nn.Linear(HIDDEN, 3))


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.head = dense_head(FEATURES)

    def forward(self, x, seq):
        return self.head(x)


class Cnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(CHANNELS, 16, 3, padding=1)
        self.conv2 = nn.Conv1d(16, 16, 3, padding=1)
        self.pool = nn.MaxPool1d(2)
        self.head = dense_head(16)

    def forward(self, x, seq):
        h = torch.relu(self.conv1(seq.transpose(1, 2)))
        h = torch.relu(self.conv2(self.pool(h)))
        return self.head(h.mean(dim=2))


class Gru(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(CHANNELS, HIDDEN, batch_first=True)
        self.head = dense_head(HIDDEN + FEATURES)

    def forward(self, x, seq):
        _, h = self.gru(seq)  # no masking: a little less work than the masked C++ GRU
        return self.head(torch.cat([h[0], x], dim=1))


def ziln_loss(out, y):
    positive = (y > 0).to(out.dtype)
    bce = nn.functional.binary_cross_entropy_with_logits(out[:, 0], positive, reduction="none")
    mu = out[:, 1]
    sigma = torch.clamp(nn.functional.softplus(out[:, 2]), min=1e-3)
    safe_y = positive * y + (1 - positive)
    log_y = torch.log(safe_y)
    nll = log_y + torch.log(sigma) + 0.5 * math.log(2 * math.pi) + (log_y - mu) ** 2 / (2 * sigma ** 2)
    return (bce + positive * nll).mean()


def main():
    model_name, threads, dtype_name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    dtype = torch.float32 if dtype_name == "float32" else torch.float64
    x = torch.randn(CUSTOMERS, FEATURES, dtype=dtype)
    seq = torch.randn(CUSTOMERS, PERIODS, CHANNELS, dtype=dtype)
    active = torch.rand(CUSTOMERS) < 0.35
    y = torch.where(active, torch.exp(torch.randn(CUSTOMERS) * 0.8), torch.zeros(CUSTOMERS)).to(dtype)
    model = {"mlp": Mlp, "cnn": Cnn, "gru": Gru}[model_name]().to(dtype)
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    model.train()
    start = time.perf_counter()
    cpu_start = time.process_time()
    order = torch.randperm(CUSTOMERS)
    for begin in range(0, CUSTOMERS, BATCH):
        idx = order[begin:begin + BATCH]
        optimiser.zero_grad()
        loss = ziln_loss(model(x[idx], seq[idx]), y[idx])
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optimiser.step()
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(f"torch {torch.__version__} {model_name} threads={threads} {dtype_name}: "
          f"{CUSTOMERS / seconds:.0f} samples/s, {seconds:.2f} s wall, {cpu_seconds:.2f} s CPU, "
          f"peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
