"""The [sync] section: no secret in the TOML, TLS checked for any other machine."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desk import config as config_mod
from desk.sync.settings import SyncUrlError, check_url, from_config


def _load(tmp_path, body: str):
    path = tmp_path / "branch.toml"
    path.write_text(body, encoding="utf-8")
    return config_mod.load(path)


def test_no_sync_section_means_no_sync(tmp_path):
    assert from_config(config_mod.defaults()) is None
    assert from_config(_load(tmp_path, '[branch]\nname = "Espoo"\n')) is None
    assert from_config(_load(tmp_path, config_mod.template())) is None  # desk config init


def test_a_remote_server_gets_verify_full(tmp_path):
    cfg = _load(tmp_path, '[sync]\nurl = "postgresql://desk@hq.example.org/desk"\n'
                          'interval_s = 30\n')
    settings = from_config(cfg)
    assert settings.url == "postgresql://desk@hq.example.org/desk?sslmode=verify-full"
    assert settings.interval_s == 30 and settings.enabled and settings.branch == "Branch"


@pytest.mark.parametrize("url", [
    "postgresql://desk@127.0.0.1:5432/desk", "postgresql://desk@localhost/desk",
    "postgresql://desk@[::1]:5432/desk", "postgresql:///desk?host=/var/run/postgresql",
])
def test_this_machine_needs_no_tls(url):
    assert "sslmode" not in check_url(url)


@pytest.mark.parametrize(("url", "message"), [
    ("postgresql://desk@hq.example.org/desk?sslmode=prefer", "needs sslmode=verify-full"),
    ("postgresql://desk@127.0.0.1/desk?host=hq.example.org&sslmode=disable", "verify-full"),
    ("postgresql://desk@127.0.0.1/desk?password=x", "must not contain a password"),
    ("postgresql://desk:@127.0.0.1/desk", "must not contain a password"),
    ("postgresql://desk@127.0.0.1", "names no database"),
    ("http://hq.example.org/desk", "not a PostgreSQL url"),
])
def test_unusable_urls(url, message):
    with pytest.raises(SyncUrlError, match=message):
        check_url(url)


def test_a_password_in_the_url_is_a_config_error_on_its_line(tmp_path):
    with pytest.raises(config_mod.ConfigError) as caught:
        _load(tmp_path, '[branch]\nname = "X"\n\n[sync]\n'
                        'url = "postgresql://desk:hunter2@hq.example.org/desk"\n')
    assert caught.value.line == 5 and caught.value.key == "sync.url"
    assert "hunter2" not in str(caught.value)


def test_the_console_start_does_not_load_psycopg():
    code = ("import sys, desk.config, desk.sync.queue, desk.sync.settings; "
            "desk.config.defaults(); print('psycopg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
