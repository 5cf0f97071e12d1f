"""Run the benchmarks and write BENCHMARKS.md.

python -m citegraph.bench --shared ../shared --out BENCHMARKS.md [--only read,extract]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import sys
from pathlib import Path

from citegraph.bench.common import Row

SECTIONS = ("read", "extract", "scaling", "graph", "viz")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {platform.system()}"


def render(results: dict[str, list[Row]], argv: list[str]) -> str:
    lines = [
        "# citegraph benchmarks",
        "",
        f"- command: `make bench` (`python -m citegraph.bench {' '.join(argv)}`)",
        f"- machine: {machine()}",
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        "",
    ]
    for section, rows in results.items():
        lines += [f"## {section}", "", "| measure | value | unit | how |", "| --- | ---: | --- | --- |"]
        for r in rows:
            lines.append(f"| {r.name} | {r.value:,.{r.digits}f} | {r.unit} | {r.how} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=None, help="write Markdown here (default: stdout)")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    a = ap.parse_args(argv)
    results: dict[str, list[Row]] = {}
    for name in a.only.split(","):
        mod = importlib.import_module(f"citegraph.bench.{name}")
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        results[name] = mod.run(a.shared)
        for r in results[name]:
            print(f"  {r.name}: {r.value:,.{r.digits}f} {r.unit}", file=sys.stderr, flush=True)
    text = render(results, argv)
    if a.out:
        a.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
