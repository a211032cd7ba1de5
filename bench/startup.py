#!/usr/bin/env python3
"""Start-up time of the app: from process start to its window's first frame.

Runs `cnnlab` under Xvfb with CNNLAB_STARTUP_PROBE=1 (the app prints the
CLOCK_MONOTONIC time of its first paint, then quits; app/gui/AfterFirstFrame.h)
and takes the time before starting it on the same clock. Median of --runs.
Two ways in, one after the other each round (the Design page shown; the
Inside and Draw pages are built after the first frame):
  launcher  build/app/gui/cnnlab: sets GOMP_SPINCOUNT, executes the app once
  re-exec   the app itself without the variable: it sets it and re-executes
            itself, loading LibTorch twice (how every start went before)
and the launcher with --page draw (the Draw page built before the first frame).
Also the CLI's torch-free paths (`cnnlab-cli --version`, `dims --model A`)
and a LibTorch one (`eval --help`), from process start to exit.

usage: bench/startup.py [--build build] [--runs 5] [--data DIR]
"""
import argparse, os, statistics, subprocess, sys, tempfile, time


def first_frame_seconds(cmd, env):
    start = time.monotonic_ns()
    out = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60, text=True).stdout
    for line in out.splitlines():
        if line.startswith("first-frame "):
            return (int(line.split()[1]) - start) / 1e9
    raise RuntimeError(f"{cmd[0]} printed no first-frame line: {out!r}")


def exit_seconds(cmd, env):
    start = time.monotonic_ns()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    return (time.monotonic_ns() - start) / 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/data/mnist"))
    args = ap.parse_args()
    gui = os.path.join(args.build, "app/gui/cnnlab")
    app = os.path.join(args.build, "app/libexec/cnnlab/cnnlab")
    cli = os.path.join(args.build, "app/cnnlab-cli")

    env = {k: v for k, v in os.environ.items() if k not in ("GOMP_SPINCOUNT", "OMP_WAIT_POLICY")}
    config = tempfile.mkdtemp(prefix="cnnlab-startup-")
    env["XDG_CONFIG_HOME"] = config  # no remembered window, page or language
    env["CNNLAB_STARTUP_PROBE"] = "1"
    xvfb = None
    if "DISPLAY" not in env or os.environ.get("CNNLAB_BENCH_OWN_XVFB"):
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                stderr=subprocess.DEVNULL)
        time.sleep(1.5)
        env["DISPLAY"] = ":97"
    try:
        gui_args = ["--data", os.path.abspath(args.data), "--page", "design"]
        # The Draw page is the slowest to build; it is built with the window when it is the page shown.
        draw_args = ["--data", os.path.abspath(args.data), "--page", "draw"]
        results = {"launcher": [], "re-exec": [], "launcher, Draw page shown": []}
        first_frame_seconds([gui] + gui_args, env)  # warm the page cache, not counted
        for _ in range(args.runs):
            results["launcher"].append(first_frame_seconds([gui] + gui_args, env))
            results["re-exec"].append(first_frame_seconds([app] + gui_args, env))
            results["launcher, Draw page shown"].append(first_frame_seconds([gui] + draw_args, env))
        cli_cases = {"cnnlab-cli --version": [cli, "--version"], "cnnlab-cli dims --model A": [cli, "dims", "--model", "A"],
                     "cnnlab-cli dims --help": [cli, "dims", "--help"], "cnnlab-cli eval --help": [cli, "eval", "--help"]}
        cli_results = {name: [exit_seconds(cmd, env) for _ in range(args.runs)] for name, cmd in cli_cases.items()}
    finally:
        if xvfb:
            xvfb.terminate()
    print(f"start-up to the first frame, median of {args.runs} (all runs in seconds):")
    for name, times in results.items():
        print(f"  {name:26s} {statistics.median(times):.3f} s   {' '.join(f'{t:.3f}' for t in times)}")
    print(f"cnnlab-cli, process start to exit, median of {args.runs}:")
    for name, times in cli_results.items():
        print(f"  {name:26s} {statistics.median(times):.3f} s   {' '.join(f'{t:.3f}' for t in times)}")


if __name__ == "__main__":
    sys.exit(main())
