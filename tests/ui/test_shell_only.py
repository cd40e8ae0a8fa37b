"""Parts of the console talk through the shell, never through the window (issue 23, item 2).

A source scan of ``desk/ui``: outside the window itself (which composes the parts) and the
shell (which wraps the window's widgets), nothing may reach ``self.window.<anything>`` or
``window.<part>.<attribute>``; after ``shell.`` only the shell's own services and events
are named, and ``shell.host`` is used only for what any Qt main window has.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

import desk.ui
from desk.ui.shell import SERVICES

UI = Path(desk.ui.__file__).parent
COMPOSERS = {"console/window.py", "shell.py"}  # the window builds; the shell wraps it


def _chain(node: ast.AST) -> list[str] | None:
    """``a.b.c`` -> ["a", "b", "c"]; None when the chain passes through a call or index."""
    names = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(names)]


def reaches(source: str) -> list[str]:
    """Every reach past the shell in ``source``, as "line: dotted.name (why)"."""
    found: dict[int, str] = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute):
            continue
        chain = _chain(node)
        if chain is None:
            continue
        if chain[0] == "self":
            chain = chain[1:]
            if chain[:1] == ["window"] and len(chain) >= 2:
                found.setdefault(node.lineno, f"self.{'.'.join(chain[:2])} (the window)")
                continue
        elif chain[0] == "window" and len(chain) >= 3:
            found.setdefault(node.lineno, f"{'.'.join(chain[:3])} (another part's attribute)")
            continue
        if chain[:1] == ["shell"] and len(chain) >= 2:
            if chain[1] not in SERVICES:
                found.setdefault(node.lineno, f"shell.{chain[1]} (not a service of the shell)")
            elif chain[1] == "host" and len(chain) >= 3 and not hasattr(QMainWindow, chain[2]):
                found.setdefault(node.lineno, f"shell.host.{chain[2]} (not Qt's own)")
    return [f"{line}: {what}" for line, what in sorted(found.items())]


def test_the_scan_sees_each_kind_of_reach():
    source = "\n".join([
        "self.window.banners.show_banner('x', 'y')",
        "window.call_panel.checklist.by_console.add(item)",
        "self.shell.call_panel.notes",
        "shell.host.escalation.bar",
        "shell.notices.show_banner('x', 'y')",  # fine: a service
        "shell.host.raise_()",  # fine: Qt's own
        "window.show()",  # fine: no part of it
        "self.window().statusBar()",  # fine: QWidget.window(), Qt's own
    ])
    assert reaches(source) == [
        "1: self.window.banners (the window)",
        "2: window.call_panel.checklist (another part's attribute)",
        "3: shell.call_panel (not a service of the shell)",
        "4: shell.host.escalation (not Qt's own)",
    ]


def test_no_part_reaches_past_the_shell():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name in COMPOSERS:
            continue
        problems += [f"desk/ui/{name}:{line}" for line in reaches(path.read_text("utf-8"))]
    assert not problems, "parts talk through the shell (desk/ui/shell.py):\n" + \
        "\n".join(problems)


def test_the_shell_says_what_happens_with_its_payloads(make_console, qtbot):
    """The documented events reach a part that listens only to the shell."""
    from desk.store.calls import CallRow

    window = make_console()
    shell = window.shell
    assert [name for name in SERVICES if not hasattr(shell, name)] == []  # the scan's list
    assert shell.log_open  # ``ready`` was sent when the log opened
    heard: list[tuple[str, object]] = []
    shell.call_started.connect(lambda call: heard.append(("started", call)))
    shell.call_ended.connect(lambda call: heard.append(("ended", call)))
    shell.upset_changed.connect(lambda upset: heard.append(("upset", upset)))
    shell.alarm_raised.connect(lambda uid: heard.append(("alarm", uid)))

    window.call_panel.start_call("phone")
    window.call_panel.upset.setChecked(True)
    window.session.end("resolved", "parking")
    window.escalation.raise_alarm()

    # The panel says "not upset" as each call starts and ends: the operator's mark between.
    said = [(kind, payload) for kind, payload in heard if payload is not False]
    assert [kind for kind, _ in said] == ["started", "upset", "ended", "alarm"]
    started, ended = said[0][1], said[2][1]
    assert isinstance(started, CallRow) and started.channel == "phone"
    assert isinstance(ended, CallRow) and ended.outcome == "resolved" and ended.upset
    assert said[3][1] == window.escalation.incident_id
    assert shell.alarm is not None and shell.alarm.is_open()
    QApplication.processEvents()
