from __future__ import annotations

import threading

import pytest

from desk import config as config_mod
from desk.alerts.service import AlarmService
from desk.core.calls import Identity
from tests.alerts.receivers import BlackHole, SmtpReceiver, WebhookReceiver


@pytest.fixture
def webhook():
    receiver = WebhookReceiver()
    yield receiver
    receiver.stop()


@pytest.fixture
def blackhole():
    hole = BlackHole()
    yield hole
    hole.stop()


@pytest.fixture
def smtp():
    receiver = SmtpReceiver()
    yield receiver
    receiver.stop()


def write_config(tmp_path, channels: str, name: str = "branch.toml", extra: str = ""):
    path = tmp_path / name
    path.write_text('[branch]\nname = "Espoo"\nlocation = "Front desk, ground floor"\n'
                    + extra + channels, encoding="utf-8")
    return config_mod.load(path)


class Events:
    """Collects the service's events; waits on them without sleeping blindly."""

    def __init__(self):
        self.items: list[tuple[str, dict]] = []
        self.cond = threading.Condition()

    def __call__(self, kind: str, details: dict) -> None:
        with self.cond:
            self.items.append((kind, details))
            self.cond.notify_all()

    def wait(self, predicate, timeout: float = 10.0) -> bool:
        with self.cond:
            return self.cond.wait_for(predicate, timeout)


@pytest.fixture
def make_service(db_path, clock):
    services = []

    def build(config, workstation="desk-1", path=None, start=True, restored=True):
        events = Events()
        service = AlarmService(path or db_path, config, clock,
                               Identity("Aino", workstation, config.branch["name"]), events)
        service.events = events
        if start:
            service.start()
            if restored:  # the log has been read back: what a restart left is in memory
                assert events.wait(lambda: any(k == "restored" for k, _ in events.items))
        services.append(service)
        return service

    yield build
    for service in services:
        service.stop()
