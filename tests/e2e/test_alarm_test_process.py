"""`desk alarm test` as a real process reaches a running console over the LAN (loopback)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from desk import config as config_mod

pytestmark = pytest.mark.process


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_alarm_test_process_is_answered_by_the_running_console(tmp_path, make_console, qtbot,
                                                               clock):
    clock.set(datetime.now(UTC))  # signed packets carry their time: both sides must agree
    console_port, cli_port = udp_port(), udp_port()
    console_cfg = tmp_path / "console.toml"
    console_cfg.write_text(f'[workstation]\nname = "desk-2"\n[[security.channels]]\n'
                           f'type = "lan"\nport = {console_port}\ninterface = "127.0.0.1"\n'
                           f'peers = ["127.0.0.1:{cli_port}"]\nkey = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="\n',
                           encoding="utf-8")
    cli_cfg = tmp_path / "cli.toml"
    cli_cfg.write_text(f'[workstation]\nname = "desk-1"\n[[security.channels]]\n'
                       f'type = "lan"\nport = {cli_port}\ninterface = "127.0.0.1"\n'
                       f'peers = ["127.0.0.1:{console_port}"]\nkey = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="\n',
                       encoding="utf-8")
    window = make_console(config=config_mod.load(console_cfg))
    env = dict(os.environ, HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "desk", "alarm", "test", "--config", str(cli_cfg), "--db",
         str(tmp_path / "cli.db")], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   lan" in result.stdout and "every channel delivered the test" in result.stdout
    # The console says it was only a test: no full-width alarm, no acknowledge button.
    qtbot.waitUntil(lambda: any("Alarm test received from desk-1" in text
                                for text in window.banners.texts()), timeout=5000)
    assert window.escalation.remote_alerts == {}
