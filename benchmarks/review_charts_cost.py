"""What a charting library costs: start-up to the first painted chart, and bundle size.

Candidates: our QPainter charts (desk/ui/review/charts.py), Qt Charts (PySide6-Addons),
pyqtgraph (+ numpy). Needs a side venv with the other two installed (not Desk's
dependencies), e.g.:

    python3 -m venv /tmp/charts-venv
    /tmp/charts-venv/bin/pip install PySide6-Essentials==6.12.0 PySide6-Addons==6.12.0 pyqtgraph
    python benchmarks/review_charts_cost.py /tmp/charts-venv

Baseline in the same run: a bare PySide6 window with a plain QWidget, same interpreter.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7

SHOW = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
{make}
chart.resize(420, 240)
chart.show()
chart.grab()  # painted once
"""
CHARTS = {
    "bare QWidget (baseline)": "from PySide6.QtWidgets import QWidget\nchart = QWidget()",
    "QPainter (desk charts)": (
        "from desk.ui.review.charts import BarChart\nchart = BarChart('Durations')\n"
        "chart.set_data([str(i) for i in range(31)], [i * (31 - i) for i in range(31)])"),
    "Qt Charts (PySide6-Addons)": (
        "from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView\n"
        "bars = QBarSet('calls')\nbars.append([i * (31 - i) for i in range(31)])\n"
        "series = QBarSeries()\nseries.append(bars)\nc = QChart()\nc.addSeries(series)\n"
        "c.createDefaultAxes()\nchart = QChartView(c)"),
    "pyqtgraph + numpy": (
        "import pyqtgraph as pg\nchart = pg.PlotWidget()\n"
        "chart.addItem(pg.BarGraphItem(x=list(range(31)), height=[i * (31 - i) "
        "for i in range(31)], width=0.8))"),
}


def started(python: str, make: str) -> float:
    start = time.perf_counter()
    subprocess.run([python, "-c", SHOW.format(make=make)], check=True, timeout=60,
                   env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                        "PATH": "/usr/bin:/bin"}, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def size_mb(paths: list[Path]) -> float:
    total = 0
    for path in paths:
        files = path.rglob("*") if path.is_dir() else [path]
        total += sum(f.stat().st_size for f in files if f.is_file())
    return total / 1e6


def main(venv: str) -> None:
    python = str(Path(venv) / "bin" / "python")
    site = next(Path(venv).glob("lib/python3*/site-packages"), None)
    if site is None or not (site / "PySide6" / "QtCharts.abi3.so").exists():
        print(f"skipped: no side venv with Qt Charts and pyqtgraph at {venv} (see the "
              "docstring of this script for how to make one)")
        return
    pyside = site / "PySide6"
    times: dict[str, list[float]] = {name: [] for name in CHARTS}
    for _ in range(RUNS):  # round robin: machine load hits every candidate alike
        for name, make in CHARTS.items():
            times[name].append(started(python, make))
    base = statistics.median(times["bare QWidget (baseline)"])
    print(f"start-up to a painted chart, median of {RUNS} fresh processes each:")
    for name, values in times.items():
        took = statistics.median(values)
        print(f"  {name:<28} {took * 1000:6.0f} ms   {(took - base) * 1000:+5.0f} ms   "
              f"ratio {took / base:.2f}")
    qtcharts = [pyside / "QtCharts.abi3.so", *pyside.glob("Qt/lib/libQt6Charts*"),
                *pyside.glob("Qt/lib/libQt6OpenGLWidgets*")]
    graph = [site / "pyqtgraph", site / "numpy", site / "numpy.libs"]
    print("added to the bundle (files PyInstaller would collect):")
    print("  QPainter (desk charts)       0 MB (charts.py is "
          f"{(ROOT / 'desk/ui/review/charts.py').stat().st_size / 1000:.0f} kB of Python)")
    print(f"  Qt Charts                    {size_mb(qtcharts):.0f} MB (QtCharts module and "
          f"libraries; the PySide6-Addons wheel a build needs is "
          f"{_wheel_mb('pyside6_addons')} MB to download)")
    print(f"  pyqtgraph + numpy            {size_mb(graph):.0f} MB")


def _wheel_mb(prefix: str) -> str:
    for folder in (Path("/tmp/i11-charts"), Path.cwd()):
        for wheel in folder.glob(f"{prefix}*.whl"):
            return f"{wheel.stat().st_size / 1e6:.0f}"
    return "?"


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/i11-charts/venv")
