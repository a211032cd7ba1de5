#!/usr/bin/env python3
"""How fast a class's own small set trains (issue 19): a 5-class set of 20
drawings a class, Model A, on this machine's CPU.

The benchmark draws the set itself, as a class would on the Draw page: five
shapes (circle, square, triangle, cross, zigzag), each drawing a random size,
position, tilt and wobble, saved as the app's drawing files in class folders.
The test split is a separate held-out set drawn the same way with other random
numbers (test/, 10 drawings a class), never trained on. It then runs
`cnnlab-cli train --data-folder` (augmentation on, as for every small set) and
times each evaluation line as it arrives.

Reported: the test accuracy curve with the seconds since the process started,
the plateau (the median of the last five evaluations) and the time to reach it
(the first evaluation within 5 points of the plateau), median over --runs
seeds of the drawing.

Also reported: the training accuracy at the end (on all 100 training drawings,
as drawn) and its gap to the held-out accuracy; --no-augment shows the gap
without augmentation.

usage: bench/folder_training.py [--build build] [--runs 3] [--iters 300] [--no-augment]
"""
import argparse, json, math, os, random, statistics, subprocess, sys, tempfile, time

SIDE = 280  # the Draw page's canvas, in its drawing files
SHAPES = ["circle", "square", "triangle", "cross", "zigzag"]


def outline(shape):
    """The shape's strokes in [-1, 1] coordinates."""
    if shape == "circle":
        return [[(math.cos(a * math.pi / 18), math.sin(a * math.pi / 18)) for a in range(37)]]
    if shape == "square":
        return [[(-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)]]
    if shape == "triangle":
        return [[(0, -1), (1, 0.9), (-1, 0.9), (0, -1)]]
    if shape == "cross":
        return [[(-1, -1), (1, 1)], [(1, -1), (-1, 1)]]
    return [[(-1, -0.5), (-0.5, 0.5), (0, -0.5), (0.5, 0.5), (1, -0.5)]]  # zigzag


def drawing(shape, rng):
    size = rng.uniform(50, 110)
    cx, cy = rng.uniform(100, 180), rng.uniform(100, 180)
    tilt = math.radians(rng.uniform(-20, 20))
    squeeze = rng.uniform(0.75, 1.25)
    strokes = []
    for stroke in outline(shape):
        points = []
        for x, y in stroke:
            # a hand's wobble, then the tilt
            x, y = x * squeeze + rng.gauss(0, 0.06), y / squeeze + rng.gauss(0, 0.06)
            rx, ry = x * math.cos(tilt) - y * math.sin(tilt), x * math.sin(tilt) + y * math.cos(tilt)
            # kept inside the canvas, as a mouse on the Draw page is
            points.append([round(min(max(cx + size * rx, 0), SIDE), 1), round(min(max(cy + size * ry, 0), SIDE), 1)])
        strokes.append(points)
    return {"format": "cnnlab-drawing", "version": 1, "width": SIDE, "height": SIDE, "strokes": strokes}


def draw_set(root, per_class, test_per_class, seed):
    rng = random.Random(seed)
    for split, count in (("", per_class), ("test", test_per_class)):
        for shape in SHAPES:
            folder = os.path.join(root, split, shape)
            os.makedirs(folder, exist_ok=True)
            for k in range(count):
                with open(os.path.join(folder, f"{k:02d}.json"), "w") as f:
                    json.dump(drawing(shape, rng), f)


def train(cli, root, iters, eval_every, augment):
    cmd = [cli, "train", "--model", "A", "--data-folder", root, "--iters", str(iters), "--batch", "20",
           "--lr", "0.05", "--eval-every", str(eval_every)] + ([] if augment else ["--no-augment"])
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    curve = []
    train_accuracy = None
    for line in proc.stdout:
        if line.startswith("Summary:"):
            fields = dict(f.split("=") for f in line.split()[1:])
            train_accuracy = float(fields["train_accuracy"])
        if line.startswith("Iteration:"):
            parts = dict(p.strip().split(": ") for p in line.strip().rstrip(".").split(". "))
            curve.append((time.monotonic() - start, int(parts["Iteration"]), float(parts["Accuracy"])))
    err = proc.stderr.read()
    if proc.wait() != 0:
        raise RuntimeError(f"train failed: {err}")
    return curve, time.monotonic() - start, err, train_accuracy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--eval-every", type=int, default=10)
    ap.add_argument("--no-augment", action="store_true", help="train without augmentation (on by default for small sets)")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app/cnnlab-cli")
    results = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="cnnlab-folder-") as root:
            draw_set(root, per_class=20, test_per_class=10, seed=run)
            curve, total, err, train_accuracy = train(cli, root, args.iters, args.eval_every, not args.no_augment)
        last = [acc for _, _, acc in curve[-5:]]
        plateau = statistics.median(last)
        reached = next((t, it) for t, it, acc in curve if acc >= plateau - 5)
        gap = train_accuracy - curve[-1][2]
        results.append((plateau, reached[0], reached[1], total, train_accuracy, gap))
        print(f"seed {run}: " + next(l for l in err.splitlines() if "training and" in l))
        print("  " + "  ".join(f"{it}:{acc:.0f}%@{t:.1f}s" for t, it, acc in curve[::3]))
        print(f"  plateau {plateau:.1f} % on the held-out drawings, reached at iteration {reached[1]} "
              f"after {reached[0]:.1f} s; the whole run ({args.iters} iterations) {total:.1f} s")
        print(f"  at the end: training accuracy {train_accuracy:.1f} % on the 100 training drawings, "
              f"held-out {curve[-1][2]:.1f} %, gap {gap:+.1f} points")
    print(f"median of {args.runs}: plateau {statistics.median(r[0] for r in results):.1f} %, "
          f"reached after {statistics.median(r[1] for r in results):.1f} s "
          f"(iteration {statistics.median(r[2] for r in results):.0f}), "
          f"whole run {statistics.median(r[3] for r in results):.1f} s, "
          f"final training accuracy {statistics.median(r[4] for r in results):.1f} %, "
          f"gap {statistics.median(r[5] for r in results):+.1f} points")


if __name__ == "__main__":
    sys.exit(main())
