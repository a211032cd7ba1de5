#!/usr/bin/env python3
"""Fine-tuning a shipped digit model on a class's own handwriting (issue 19):
held-out accuracy before and after.

The class's drawings are the project's two drawn digit sets, which no shipped
model was trained on: tests/data/drawings-styles/ (200 drawings, 20 a digit,
in styles MNIST lacks: continental 1s, crossed 7s, ...) is what the class
"drew" and trains on; tests/data/drawings-heldout/ (300 drawings by other
templates and random numbers) is the held-out test/ folder, never trained on.
Both are copied into class folders 0/ ... 9/, the layout File → New dataset
writes. Then, per shipped model:

    cnnlab-cli train --data-folder DIR --fine-tune X --iters N --eval-every N/4

and the accuracy on the held-out drawings before (iteration 0) and after is
read from its output; for comparison, the same network trained from fresh
weights on the same 200 drawings (--model X instead of --fine-tune X). The run is seeded (--seed 0); the folder's 200 drawings
are augmented, as every small set is.

usage: bench/finetune_handwriting.py [--build build] [--iters 200] [--models A,B,C]
"""
import argparse, os, re, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_folder(dest):
    for split, source in (("", "drawings-styles"), ("test", "drawings-heldout")):
        src = os.path.join(ROOT, "tests", "data", source)
        for name in sorted(os.listdir(src)):
            if not name.endswith(".json"):
                continue
            digit = name.split("_")[0]
            target = os.path.join(dest, split, digit)
            os.makedirs(target, exist_ok=True)
            shutil.copy(os.path.join(src, name), target)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--models", default="A,B,C")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app", "cnnlab-cli")
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "our-digits")
        make_folder(folder)
        print(f"train: tests/data/drawings-styles (200), held-out test/: tests/data/drawings-heldout (300); "
              f"{args.iters} iterations, seed 0")
        print("| model | held-out before | held-out after | change | seconds | from fresh weights instead |")
        print("|---|---:|---:|---:|---:|---:|")
        for model in args.models.split(","):
            runs = {}
            for how in ("--fine-tune", "--model"):
                t0 = time.time()
                out = subprocess.run([cli, "train", "--data-folder", folder, how, model,
                                      "--iters", str(args.iters), "--eval-every", str(max(1, args.iters // 4))],
                                     capture_output=True, text=True)
                if out.returncode != 0:
                    sys.exit(f"cnnlab-cli failed for {how} {model}:\n{out.stderr}")
                runs[how] = (out.stdout, time.time() - t0)
            stdout, seconds = runs["--fine-tune"]
            summary = re.search(r"accuracy=([\d.]+) .*start_accuracy=([\d.]+)", stdout)
            after, before = float(summary.group(1)), float(summary.group(2))
            fresh = float(re.search(r"Summary: .* accuracy=([\d.]+)", runs["--model"][0]).group(1))
            print(f"| {model} | {before:.2f} % | {after:.2f} % | {after - before:+.2f} | {seconds:.1f} | {fresh:.2f} % |")


if __name__ == "__main__":
    main()
