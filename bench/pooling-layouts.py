"""LibTorch's CPU pooling on NCHW against channels-last (NHWC) tensors, the
measurement behind the training pass's channels-last layout (README, "Why it is
faster"). Same libtorch as cnnlab (Debian's python3-torch 1.13).

usage: /usr/bin/python3 bench/pooling-layouts.py [THREADS]   (run on a quiet machine)
"""
import sys, time
import torch
import torch.nn.functional as F

torch.set_num_threads(int(sys.argv[1]) if len(sys.argv) > 1 else 1)


def median_ms(fn, repeats=100):
    for _ in range(10):
        fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter(); fn(); times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2] * 1000


x = torch.randn(100, 16, 28, 28)  # Model A's first feature maps, batch 100
print(f"{'[100, 16, 28, 28], ' + str(torch.get_num_threads()) + ' thread(s)':40s} {'NCHW':>9s} {'NHWC':>9s}")
for name, pool in [("max pool 2x2, forward", F.max_pool2d), ("average pool 2x2, forward", F.avg_pool2d)]:
    row = []
    for layout in (torch.contiguous_format, torch.channels_last):
        t = x.contiguous(memory_format=layout)
        row.append(median_ms(lambda: pool(t, 2)))
    print(f"{name:40s} {row[0]:7.3f}ms {row[1]:7.3f}ms")
for name, pool in [("max pool 2x2, forward + backward", F.max_pool2d), ("average pool 2x2, forward + backward", F.avg_pool2d)]:
    row = []
    for layout in (torch.contiguous_format, torch.channels_last):
        t = x.contiguous(memory_format=layout).requires_grad_()
        g = pool(t.detach(), 2).contiguous(memory_format=layout)
        row.append(median_ms(lambda: pool(t, 2).backward(g)))
    print(f"{name:40s} {row[0]:7.3f}ms {row[1]:7.3f}ms")
