"""The Qt binding itself must not corrupt Python over a working day.

PySide6-Essentials 6.12.0 returned ``None`` from void methods without taking a reference:
each ``QTimer.start``/``stop`` or ``processEvents`` lowered ``None``'s count by one, and a
console whose timer ticks every second died with "none_dealloc" within the hour.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer


def test_void_qt_calls_keep_nones_reference_count(qapp):
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.start(1000)
        timer.stop()
        QCoreApplication.processEvents()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 2000 calls"
