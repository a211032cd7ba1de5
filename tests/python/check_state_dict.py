#!/usr/bin/env python3
"""A CNN Lab weights file with batch norm and dropout, read by PyTorch itself.

Trains a small network with batch norm in both blocks, dropout after the
first block and after a hidden layer (cnnlab-cli train --spec), then builds
the same network as ordinary PyTorch code would (nn.Conv2d as cnn1, nn.BatchNorm2d
as bn1, nn.Dropout as dropout1, nn.Linear as fc1, ...), loads the file with
torch.load and load_state_dict(strict=True), evaluates it on MNIST's 10,000 test
images in eval mode, and checks the accuracy is the one cnnlab-cli eval reports.

    tests/python/check_state_dict.py CNNLAB_CLI MNIST_DIR [WORK_DIR]

Exit 0 when they agree, 1 when they do not, 77 (CTest's skip) when python3-torch
or the MNIST files are not on this machine.
"""

import gzip
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

SKIP = 77

SPEC = {
    "name": "custom",
    "input": {"channels": 1, "size": 28},
    "blocks": [
        {"conv": {"out": 8, "kernel": 5, "stride": 1, "padding": "same"}, "batchNorm": True,
         "activation": "relu", "pool": {"type": "max", "kernel": 2}, "dropout": 0.25},
        {"conv": {"out": 16, "kernel": 5, "stride": 1, "padding": "same"}, "batchNorm": True,
         "activation": "relu", "pool": {"type": "max", "kernel": 2}},
    ],
    "hidden": [64],
    "hiddenDropout": 0.5,
    "classes": 10,
}


def build_network(spec, nn):
    """The spec as a PyTorch module whose attribute names are CNN Lab's."""

    class SpecNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.steps = []  # (kind, attribute name or value) in forward order
            channels, size = spec["input"]["channels"], spec["input"]["size"]
            dropouts = 0
            for i, block in enumerate(spec["blocks"], start=1):
                conv = block["conv"]
                k, stride = conv["kernel"], conv.get("stride", 1)
                padding = conv.get("padding", 0)
                padding = (k - 1) // 2 if padding == "same" else 0 if padding == "valid" else padding
                setattr(self, f"cnn{i}", nn.Conv2d(channels, conv["out"], k, stride=stride, padding=padding))
                self.steps.append(("module", f"cnn{i}"))
                channels, size = conv["out"], (size - k + 2 * padding) // stride + 1
                if block.get("batchNorm"):
                    setattr(self, f"bn{i}", nn.BatchNorm2d(channels))
                    self.steps.append(("module", f"bn{i}"))
                self.steps.append(("activation", block.get("activation", "relu")))
                pool = block.get("pool", {"type": "none"})
                if pool["type"] != "none":
                    pk, ps = pool["kernel"], pool.get("stride", pool["kernel"])
                    layer = nn.MaxPool2d(pk, ps) if pool["type"] == "max" else nn.AvgPool2d(pk, ps)
                    setattr(self, f"{'max' if pool['type'] == 'max' else 'avg'}pool{i}", layer)
                    self.steps.append(("module", f"{'max' if pool['type'] == 'max' else 'avg'}pool{i}"))
                    size = (size - pk) // ps + 1
                if block.get("dropout", 0) > 0:
                    dropouts += 1
                    setattr(self, f"dropout{dropouts}", nn.Dropout(block["dropout"]))
                    self.steps.append(("module", f"dropout{dropouts}"))
            self.steps.append(("flatten", None))
            features = channels * size * size
            widths = list(spec.get("hidden", [])) + [spec["classes"]]
            for j, width in enumerate(widths, start=1):
                setattr(self, f"fc{j}", nn.Linear(features, width))
                self.steps.append(("module", f"fc{j}"))
                features = width
                if j < len(widths):
                    self.steps.append(("activation", "relu"))
                    if spec.get("hiddenDropout", 0) > 0:
                        dropouts += 1
                        setattr(self, f"dropout{dropouts}", nn.Dropout(spec["hiddenDropout"]))
                        self.steps.append(("module", f"dropout{dropouts}"))

        def forward(self, x):
            import torch.nn.functional as F
            activations = {"relu": F.relu, "tanh": torch_tanh, "sigmoid": torch_sigmoid,
                           "leaky_relu": F.leaky_relu}
            for kind, what in self.steps:
                if kind == "module":
                    x = getattr(self, what)(x)
                elif kind == "activation":
                    x = activations[what](x)
                else:
                    x = x.flatten(1)
            return x

    return SpecNet()


def torch_tanh(x):
    return x.tanh()


def torch_sigmoid(x):
    return x.sigmoid()


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    magic, count = struct.unpack(">II", data[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", data[8:16])
        return data[16:], (count, rows, cols)
    return data[8:], (count,)


def find(mnist_dir, stem):
    for name in (stem, stem + ".gz"):
        path = os.path.join(mnist_dir, name)
        if os.path.exists(path):
            return path
    return None


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cli, mnist_dir = sys.argv[1], sys.argv[2]
    try:
        import torch
        import torch.nn as nn
    except ImportError:
        print("SKIP: python3-torch is not installed (sudo apt-get install python3-torch)")
        return SKIP
    images_path = find(mnist_dir, "t10k-images-idx3-ubyte")
    labels_path = find(mnist_dir, "t10k-labels-idx1-ubyte")
    if not images_path or not labels_path or not find(mnist_dir, "train-images-idx3-ubyte"):
        print(f"SKIP: no MNIST files in {mnist_dir}")
        return SKIP

    work = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="cnnlab-state-dict-")
    os.makedirs(work, exist_ok=True)
    spec_path = os.path.join(work, "bn-dropout.json")
    weights_path = os.path.join(work, "bn-dropout.pt")
    with open(spec_path, "w") as f:
        json.dump(SPEC, f)
    subprocess.run([cli, "train", "--spec", spec_path, "--data", mnist_dir, "--iters", "300", "--eval-every", "0",
                    "--seed", "1", "--save", weights_path], check=True, stdout=subprocess.DEVNULL)
    report = subprocess.run([cli, "eval", "--spec", spec_path, "--data", mnist_dir, "--weights", weights_path],
                            check=True, capture_output=True, text=True).stdout
    match = re.search(r"Accuracy: ([0-9.]+)", report)
    if not match:
        print(f"FAIL: no accuracy in cnnlab-cli eval's output:\n{report}")
        return 1
    cnnlab_accuracy = float(match.group(1))

    state = torch.load(weights_path)
    expected = {"bn1.weight", "bn1.bias", "bn1.running_mean", "bn1.running_var", "bn1.num_batches_tracked",
                "bn2.running_var", "cnn1.weight", "fc2.bias"}
    missing = expected - set(state)
    if missing:
        print(f"FAIL: the file lacks {sorted(missing)}; it has {sorted(state)}")
        return 1
    net = build_network(SPEC, nn)
    net.load_state_dict(state, strict=True)  # raises on any missing or unexpected key, or a wrong shape
    net.eval()

    pixels, shape = read_idx(images_path)
    labels, _ = read_idx(labels_path)
    images = torch.frombuffer(bytearray(pixels), dtype=torch.uint8).reshape(shape[0], 1, shape[1], shape[2])
    targets = torch.frombuffer(bytearray(labels), dtype=torch.uint8).long()
    correct = 0
    with torch.no_grad():
        for start in range(0, shape[0], 1000):
            batch = images[start:start + 1000].float() / 255.0  # the lesson's transforms.ToTensor()
            correct += int((net(batch).argmax(1) == targets[start:start + 1000]).sum())
    python_accuracy = 100.0 * correct / shape[0]
    print(f"batches tracked: {int(state['bn1.num_batches_tracked'])}")
    print(f"cnnlab-cli eval: {cnnlab_accuracy:.2f} %   PyTorch load_state_dict(strict=True) + eval: "
          f"{python_accuracy:.2f} %")
    # Two decimals printed by the CLI; a different summation order may flip an
    # image that sits on a decision boundary: at most 2 of 10,000.
    if abs(python_accuracy - cnnlab_accuracy) > 0.025:
        print("FAIL: the accuracies differ")
        return 1
    if int(state["bn1.num_batches_tracked"]) != 300:
        print("FAIL: bn1.num_batches_tracked is not the 300 batches trained")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
