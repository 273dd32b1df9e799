"""What every benchmark prints beside its figures: the baseline of the same run, the ratio, and
how busy the machine was (the ratios are what to read on a shared machine)."""

from __future__ import annotations

import os


def machine_load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def compared(label: str, figure: float, baseline: float, unit: str = "s") -> str:
    """'label: 1.20 s, baseline 0.80 s, ratio 1.50x, load average …' (ratio = figure / baseline)."""
    ratio = figure / baseline if baseline else float("inf")
    return (
        f"{label}: {figure:,.3g} {unit}, baseline {baseline:,.3g} {unit}, ratio {ratio:.2f}x; "
        f"{machine_load()}"
    )
