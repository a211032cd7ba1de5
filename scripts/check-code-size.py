#!/usr/bin/env python3
"""Lists source files over 500 lines and functions over 80 (Qt style: a body's braces
stand at column 0). Run from the repository root; exits 1 when anything is listed."""
import sys, pathlib
flimit = int(sys.argv[1]) if len(sys.argv) > 1 else 80
file_limit = int(sys.argv[2]) if len(sys.argv) > 2 else 500
bad = 0
for root in ['core','ui','app','tests','bench']:
    for p in sorted(pathlib.Path(root).rglob('*')):
        if p.suffix not in ('.cpp','.h'): continue
        lines = p.read_text().split('\n')
        if len(lines) - 1 > file_limit:
            print(f'{p}: {len(lines)-1} lines'); bad += 1
        start = None
        for i, l in enumerate(lines):
            if l == '{' and start is None:
                start = i; sig = lines[i-1].strip()
            elif l.startswith('}') and start is not None and not l.startswith('};'):
                n = i - start - 1
                if n > flimit:
                    print(f'{p}:{start}: {n} lines: {sig[:80]}'); bad += 1
                start = None
            elif l.startswith('};') and start is not None:
                start = None
sys.exit(1 if bad else 0)
