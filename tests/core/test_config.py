"""Branch config: defaults for everything, clear messages for every mistake."""

from __future__ import annotations

import tomllib

import pytest

from desk import config as config_mod
from desk.config_schema import CHANNEL_KEYS, SECTIONS
from desk.core.branch_key import generate_key


def write(tmp_path, text: str):
    path = tmp_path / "branch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_default_is_valid_and_the_template_round_trips(tmp_path):
    cfg = config_mod.defaults()
    for section, keys in SECTIONS.items():
        for key, spec in keys.items():
            default = tuple(spec.default) if isinstance(spec.default, list) else spec.default
            assert getattr(cfg, section)[key] == default, f"{section}.{key}"
    loaded = config_mod.load(write(tmp_path, config_mod.template()))
    assert loaded.warnings == []
    assert loaded.norms == cfg.norms
    assert [d.name for d in loaded.departments] == ["Billing"]
    assert set(CHANNEL_KEYS) == {"webhook", "email", "lan", "desktop"}


def test_design_example_config_loads(tmp_path):
    cfg = config_mod.load(write(tmp_path, f"""
[branch]
name = "Espoo"
unit = "Customer service"
location = "Front desk, ground floor"
region = "FI"
language = "fi"

[norms]
call_minutes_target = 10
call_minutes_max = 15
callback_days = 3
answer_by_ring = 3

[[departments]]
name = "Billing"
email = "billing@example.org"

[security]
emergency_numbers = ["112"]

[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:8080/alarm"

[[security.channels]]
type = "email"
to = ["security@example.org"]
smtp_host = "127.0.0.1"
smtp_port = 2525

[[security.channels]]
type = "lan"
group = "239.255.77.1"
port = 47777
key = "{generate_key()}"
"""))
    assert cfg.branch["name"] == "Espoo" and cfg.language == "fi"
    assert [c.type for c in cfg.channels] == ["webhook", "email", "lan"]
    assert cfg.channels[2]["ttl"] == 1 and cfg.channels[1]["smtp_port"] == 2525
    assert cfg.target_s == 600 and cfg.max_s == 900
    assert cfg.warnings == []


def test_malformed_toml_names_file_and_line(tmp_path):
    path = write(tmp_path, '[branch]\nname = "Espoo"\nunit = \n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(path)
    assert str(path) in str(err.value)
    assert err.value.line == 3
    assert "line 3" in str(err.value)


def test_wrong_type_names_file_line_and_key(tmp_path):
    path = write(tmp_path, '[branch]\nname = "Espoo"\n\n[norms]\ncall_minutes_target = "ten"\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(path)
    message = str(err.value)
    assert "line 5" in message and "norms.call_minutes_target" in message and "'ten'" in message


def test_unknown_key_is_a_warning_not_an_error(tmp_path):
    cfg = config_mod.load(write(tmp_path, '[branch]\nnmae = "Espoo"\n[colours]\nx = 1\n'))
    assert cfg.branch["name"] == "Branch"
    assert any("branch.nmae" in w and "line 2" in w for w in cfg.warnings)
    assert any("colours" in w for w in cfg.warnings)


@pytest.mark.parametrize(("text", "key"), [
    ('[norms]\ncall_minutes_target = 20\ncall_minutes_max = 15\n', "norms.call_minutes_target"),
    ('[norms]\nholidays = ["24.12.2026"]\n', "norms.holidays"),
    ('[branch]\nlanguage = "de"\n', "branch.language"),
    ('[[security.channels]]\ntype = "pager"\n', "security.channels.type"),
    ('[[security.channels]]\ntype = "webhook"\nurl = "ftp://x"\n', "security.channels.url"),
    ('[[security.channels]]\ntype = "lan"\n', "security.channels.key"),
    ('[[security.channels]]\ntype = "email"\n', "security.channels.to"),
    ('[[departments]]\nemail = "a@b.org"\n', "departments.name"),
])
def test_invalid_values_are_refused_with_their_key(tmp_path, text, key):
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(write(tmp_path, text))
    assert err.value.key == key
    assert key in str(err.value)


def test_missing_and_unreadable_files_have_clear_messages(tmp_path):
    with pytest.raises(config_mod.ConfigError, match="file not found"):
        config_mod.load(tmp_path / "nope.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(config_mod.ConfigError, match="not UTF-8"):
        config_mod.load(binary)


def test_holidays_are_dates(tmp_path):
    cfg = config_mod.load(write(tmp_path, '[norms]\nholidays = ["2026-12-24", "2026-12-25"]\n'))
    assert [d.isoformat() for d in cfg.holidays] == ["2026-12-24", "2026-12-25"]


def test_template_parses_as_toml():
    tomllib.loads(config_mod.template())


def test_docs_config_md_is_generated_from_the_schema():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("gen", root / "docs" / "gen_config_md.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert (root / "docs" / "config.md").read_text(encoding="utf-8") == gen.render(), \
        "docs/config.md is stale: run python docs/gen_config_md.py"


# -- every bad value is refused with its file, line and key ---------------------------------

LAN = '[[security.channels]]\ntype = "lan"\nkey = "{key}"\n'


@pytest.mark.parametrize(("text", "key", "line"), [
    ('[security]\nemergency_numbers = [112]\n', "security.emergency_numbers", 2),
    ('[security]\nemergency_numbers = []\n', "security.emergency_numbers", 2),
    ('[security]\nemergency_numbers = ["112", " "]\n', "security.emergency_numbers", 2),
    ('[security]\nemergency_numbers = "112"\n', "security.emergency_numbers", 2),
    ('[security]\nack_timeout_s = nan\n', "security.ack_timeout_s", 2),
    ('[security]\nack_timeout_s = inf\n', "security.ack_timeout_s", 2),
    ('[security]\nack_timeout_s = 0\n', "security.ack_timeout_s", 2),
    ('[security]\nack_timeout_s = -5\n', "security.ack_timeout_s", 2),
    ('[security]\nack_timeout_s = true\n', "security.ack_timeout_s", 2),
    ('[security]\nsilent = 1\n', "security.silent", 2),
    ('[security]\ntest_max_age_days = 2.5\n', "security.test_max_age_days", 2),
    ('[norms]\ncallback_days = true\n', "norms.callback_days", 2),
    ('[norms]\ncall_minutes_max = -inf\n', "norms.call_minutes_max", 2),
    ('[norms]\nholidays = [2026-12-24]\n', "norms.holidays", 2),
    ('[smtp]\nport = 0\n', "smtp.port", 2),
    ('[smtp]\nport = 65536\n', "smtp.port", 2),
    ('[smtp]\ntimeout_s = nan\n', "smtp.timeout_s", 2),
    ('[smtp]\npassword = "x"\n', "smtp.password", 2),
    ('[branch]\nname = {first = "Espoo"}\n', "branch.name", 2),
    ('[branch]\nname = "Espoo\\nBcc: x@example.org"\n', "branch.name", 2),
    ('[branch]\nname = ""\n', "branch.name", 2),
    ('security = 3\n', "security", 1),
    ('branch = [1, 2]\n', "branch", 1),
    ('[security]\nchannels = 3\n', "security.channels", 2),
    ('[security]\nchannels = [1]\n', "security.channels", 2),
    ('[security]\nchannels = [{url = "http://127.0.0.1/"}]\n', "security.channels.type", 2),
    ('departments = 3\n', "departments", 1),
    ('departments = ["Billing"]\n', "departments", 1),
    ('[[departments]]\nname = "A"\n[[departments]]\nemail = "b@example.org"\n',
     "departments.name", 3),
    ('[[security.channels]]\ntype = 3\n', "security.channels.type", 2),
    ('[[security.channels]]\ntype = "webhook"\n', "security.channels.url", 1),
    ('[[security.channels]]\ntype = "webhook"\nurl = "http://127.0.0.1/"\ntimeout_s = -1\n',
     "security.channels.timeout_s", 4),
    ('[[security.channels]]\ntype = "webhook"\nurl = "http://127.0.0.1/"\ntimeout_s = inf\n',
     "security.channels.timeout_s", 4),
    ('[[security.channels]]\ntype = "webhook"\nurl = "http://127.0.0.1/"\ntimeout_s = nan\n',
     "security.channels.timeout_s", 4),
    ('[[security.channels]]\ntype = "webhook"\nurl = "http://"\n', "security.channels.url", 3),
    ('[[security.channels]]\ntype = "webhook"\nurl = "http://h:99999/"\n',
     "security.channels.url", 3),
    ('[[security.channels]]\ntype = "email"\nto = [1]\n', "security.channels.to", 3),
    ('[[security.channels]]\ntype = "email"\nto = []\n', "security.channels.to", 3),
    ('[[security.channels]]\ntype = "desktop"\n[[security.channels]]\ntype = "lan"\n'
     f'key = "{generate_key()}"\nport = 0\n', "security.channels.port", 6),
    (LAN.format(key="a"), "security.channels.key", 3),
    (LAN.format(key=" "), "security.channels.key", 3),
    (LAN.format(key="branch-shared-secret"), "security.channels.key", 3),
    (LAN.format(key="YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE="), "security.channels.key", 3),
    (LAN.format(key="MDEyMzQ1Njc4OWFiY2RlZg=="), "security.channels.key", 3),
    (LAN.format(key="REPLACE+with+the+output+of+desk+lan+keygen+0="),
     "security.channels.key", 3),
    (LAN.format(key=generate_key()) + 'group = "10.0.0.1"\n', "security.channels.group", 4),
    (LAN.format(key=generate_key()) + 'peers = ["h:0"]\n', "security.channels.peers", 4),
    (LAN.format(key=generate_key()) + 'ttl = 256\n', "security.channels.ttl", 4),
])
def test_bad_values_name_file_line_and_key(tmp_path, text, key, line):
    path = write(tmp_path, text)
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(path)
    assert (err.value.key, err.value.line) == (key, line), str(err.value)
    assert str(err.value).startswith(f"{path}, line {line}, key '{key}': ")


def test_the_template_example_key_is_refused_by_config_check(tmp_path, capsys):
    from desk.cli import main
    from desk.core.branch_key import EXAMPLE_KEY

    path = write(tmp_path, LAN.format(key=EXAMPLE_KEY))
    assert main(["config", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 3, key 'security.channels.key'" in err and "example" in err


def test_config_check_exits_2_on_malformed_tables_never_unexpected(tmp_path, capsys):
    from desk.cli import main

    for text in ('[security]\nchannels = 3\n', '[[departments]]\nemail = "x@y.org"\n',
                 '[[security.channels]]\ntype = "pager"\n', 'norms = "fast"\n'):
        assert main(["config", "check", str(write(tmp_path, text))]) == 2
        err = capsys.readouterr().err
        assert "unexpected" not in err and "key '" in err and err.count("\n") == 1


def test_config_check_warns_about_plain_http_to_another_machine(tmp_path, capsys):
    from desk.cli import main

    path = write(tmp_path, '[[security.channels]]\ntype = "webhook"\n'
                           'url = "http://alarms.example.org/hook/TOKEN123"\n')
    path.chmod(0o600)
    assert main(["config", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "http://alarms.example.org:80 is plain http://" in out and "TOKEN123" not in out
    path.write_text('[[security.channels]]\ntype = "webhook"\nurl = "http://127.0.0.1:8080/"\n')
    assert main(["config", "check", str(path)]) == 0


def test_config_check_refuses_a_password_file_others_can_read(tmp_path, capsys):
    from desk.cli import main

    secret = tmp_path / "pw"
    secret.write_text("x")
    secret.chmod(0o640)
    path = write(tmp_path, f'[smtp]\nhost = "127.0.0.1"\nuser = "desk"\nstarttls = true\n'
                           f'password_file = "{secret}"\n[[security.channels]]\ntype = "desktop"\n')
    assert main(["config", "check", str(path)]) == 2
    assert "chmod 600" in capsys.readouterr().err
    secret.chmod(0o600)
    assert main(["config", "check", str(path)]) == 0


def test_lan_keygen_prints_a_key_config_check_accepts():
    from click.testing import CliRunner

    from desk.commands.group import cli
    from desk.core.branch_key import key_problem

    keys = [CliRunner().invoke(cli, ["lan", "keygen"]).output.strip() for _ in range(2)]
    assert keys[0] != keys[1] and all(key_problem(k) is None for k in keys)


def test_sections_are_typed_and_still_read_like_dicts(tmp_path):
    import dataclasses

    cfg = config_mod.load(write(tmp_path, '[smtp]\nfrom = "desk@espoo.example"\n'))
    assert cfg.smtp.from_ == cfg.smtp["from"] == "desk@espoo.example"
    assert cfg.security.emergency_numbers == cfg.security["emergency_numbers"] == ("112",)
    assert {**cfg.smtp}["from"] == "desk@espoo.example" and "timeout_s" in cfg.smtp
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.security.silent = True
    with pytest.raises(KeyError):
        cfg.branch["nope"]


# -- Hypothesis: any value, any shape: a clean ConfigError or a value inside its range ------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from desk.config_schema import DEPARTMENT_KEYS  # noqa: E402

SCALARS = st.one_of(
    st.booleans(), st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.sampled_from(["112", "en", "http://127.0.0.1:1/x", "239.255.77.1", "127.0.0.1:5",
                     "2026-12-24", generate_key()]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["a", "name", "type", "url", "key"]), inner, max_size=3)),
    max_leaves=8)


def toml(value) -> str:
    import math

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):  # a TOML basic string: escape quotes and control characters
        return '"' + "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F or c in '"\\'
                             else c for c in value) + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    return "{" + ", ".join(f"{k} = {toml(v)}" for k, v in value.items()) + "}"


def conforms(spec, value) -> bool:
    import math

    types = spec.type if isinstance(spec.type, tuple) else (spec.type,)
    if spec.type is list:
        return isinstance(value, tuple | list) and all(
            spec.items is None or (isinstance(v, spec.items) and not isinstance(v, bool))
            for v in value) and (bool(value) or not spec.nonempty)
    if isinstance(value, bool) != (bool in types) or not isinstance(value, types):
        return False
    if isinstance(value, float) and not math.isfinite(value):
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ((spec.above is None or value > spec.above)
                and (spec.minimum is None or value >= spec.minimum)
                and (spec.maximum is None or value <= spec.maximum))
    return True


PLAIN_KEYS = [(s, k) for s, keys in SECTIONS.items() for k in keys]
CHANNEL_OPTIONS = [(t, k) for t, keys in CHANNEL_KEYS.items() for k in keys]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(PLAIN_KEYS), value=VALUES)
def test_any_value_for_any_key_is_accepted_in_range_or_refused_by_name(where, value):
    section, key = where
    text = f"[{section}]\n{key} = {toml(value)}\n"
    try:
        cfg = config_mod.load_text(text)
    except config_mod.ConfigError as err:
        assert err.key in (f"{section}.{key}", "norms.call_minutes_target"), str(err)
        return
    assert conforms(SECTIONS[section][key], getattr(cfg, section)[key])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(CHANNEL_OPTIONS), value=VALUES)
def test_any_channel_option_is_accepted_in_range_or_refused_by_name(where, value):
    kind, key = where
    base = {"webhook": 'url = "http://127.0.0.1:1/"\n', "email": 'to = ["a@example.org"]\n',
            "lan": f'key = "{generate_key()}"\n', "desktop": ""}[kind]
    base = "\n".join(line for line in base.splitlines() if not line.startswith(key + " "))
    text = f'[[security.channels]]\ntype = "{kind}"\n{base}\n{key} = {toml(value)}\n'
    try:
        cfg = config_mod.load_text(text)
    except config_mod.ConfigError as err:
        assert err.key == f"security.channels.{key}", str(err)
        assert err.line is not None
        return
    assert conforms(CHANNEL_KEYS[kind][key], cfg.channels[0][key])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(section=st.sampled_from(["security", "departments", "branch", "norms", "smtp"]),
       shape=VALUES)
def test_any_shape_of_tables_gives_a_config_error_or_a_config(section, shape):
    text = (f"[security]\nchannels = {toml(shape)}\n" if section == "security"
            else f"{section} = {toml(shape)}\n")
    try:
        cfg = config_mod.load_text(text)
    except config_mod.ConfigError as err:
        assert err.key and err.key.split(".")[0] == section, str(err)
        return
    for department in cfg.departments:
        assert conforms(DEPARTMENT_KEYS["name"], department.name) and department.name


def test_desk_lan_keygen_through_the_console_script(capsys):
    from desk.cli import main
    from desk.core.branch_key import key_problem

    assert main(["lan", "keygen"]) == 0
    key = capsys.readouterr().out.strip()
    assert key_problem(key) is None and len(key) == 44


# -- issue 17: limits, floors and ceilings, numbers people dial -----------------------------

WEBHOOK = '[[security.channels]]\ntype = "webhook"\nurl = "http://127.0.0.1/"\n'


@pytest.mark.parametrize(("text", "key", "line"), [
    (WEBHOOK + "timeout_s = 1e-300\n", "security.channels.timeout_s", 4),
    (WEBHOOK + "timeout_s = 3600\n", "security.channels.timeout_s", 4),
    ('[[security.channels]]\ntype = "email"\nto = ["a@example.org"]\ntimeout_s = 1e-9\n',
     "security.channels.timeout_s", 4),
    ('[sync]\ninterval_s = 1e-300\n', "sync.interval_s", 2),
    ('[sync]\ninterval_s = 1e9\n', "sync.interval_s", 2),
    ('[smtp]\ntimeout_s = 0.0001\n', "smtp.timeout_s", 2),
    ('[security]\nack_timeout_s = 0.5\n', "security.ack_timeout_s", 2),
    ('[norms]\nring_seconds = 1e-300\n', "norms.ring_seconds", 2),
    ('[security]\nemergency_numbers = ["\uff11\uff11\uff12", "11\u200b2"]\n',
     "security.emergency_numbers", 2),
    ('[security]\nemergency_numbers = ["1\u00ad12"]\n', "security.emergency_numbers", 2),
    ('[security]\nemergency_numbers = ["\u0661\u0661\u0662"]\n', "security.emergency_numbers", 2),
    ('[security]\nemergency_numbers = ["112 (police)"]\n', "security.emergency_numbers", 2),
    ('[security]\nemergency_numbers = ["+*#"]\n', "security.emergency_numbers", 2),
    ('[branch]\nregion = "XX"\n', "branch.region", 2),
    ('[branch]\nregion = "Finland"\n', "branch.region", 2),
    ('[branch]\nname = "Espoo\\u001b[2J"\n', "branch.name", 2),
    ('[branch]\nname = "' + "x" * 5000 + '"\n', "branch.name", 2),
    ('[norms]\nholidays = [' + ", ".join(['"2026-12-24"'] * 1001) + ']\n', "norms.holidays", 2),
    (WEBHOOK.replace("127.0.0.1/", "127.0.0.1/a b"), "security.channels.url", 3),
    (WEBHOOK.replace("127.0.0.1", "a" * 64 + ".example.org"), "security.channels.url", 3),
    (WEBHOOK.replace("127.0.0.1", "x..y"), "security.channels.url", 3),
    (LAN.format(key=generate_key()) + f'peers = ["{"b" * 64}.example.org:47777"]\n',
     "security.channels.peers", 4),
    ('[smtp]\nhost = "mail..example.org"\n', "smtp.host", 2),
    ('[[security.channels]]\ntype = "email"\nto = ["a@example.org"]\n'
     f'smtp_host = "{"c" * 64}.example.org"\n', "security.channels.smtp_host", 4),
    ('[branch]\nname = ' + "[" * 20 + "]" * 20 + "\n", "branch.name", 2),
    ('x = 1\n[security]\nb = ' + "{b = " * 2000 + "1" + "}" * 2000 + "\n", "security.b", 3),
    ('a = ' + "[" * 5000 + "]" * 5000 + "\n", "a", 1),
])
def test_limits_floors_and_dialable_numbers_name_file_line_and_key(tmp_path, text, key, line):
    path = write(tmp_path, text)
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(path)
    assert (err.value.key, err.value.line) == (key, line), str(err.value)
    assert str(err.value).startswith(f"{path}, line {line}, key '{key}': ")


def test_emergency_numbers_are_stored_as_dialled_and_region_in_capitals(tmp_path):
    cfg = config_mod.load(write(tmp_path, '[branch]\nregion = "se"\n[security]\n'
                                          'emergency_numbers = ["\uff11\uff11\uff12", '
                                          '"+46\u00a08 123 456", "*#06#"]\n'))
    assert cfg.security.emergency_numbers == ("112", "+46 8 123 456", "*#06#")
    assert cfg.region == "SE"


def test_too_many_channels_and_too_large_a_file_are_refused(tmp_path):
    path = write(tmp_path, '[[security.channels]]\ntype = "desktop"\n' * 33)
    with pytest.raises(config_mod.ConfigError, match="at most 32"):
        config_mod.load(path)
    path.write_text("# padding\n" * 120_000, encoding="utf-8")  # 1.2 MB
    with pytest.raises(config_mod.ConfigError, match="too large") as err:
        config_mod.load(path)
    assert str(err.value).startswith(str(path))


def _config_check(path, timeout=60):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "desk", "config", "check", str(path)],
                          capture_output=True, text=True, timeout=timeout, env=env)


def test_config_check_on_deep_nesting_is_one_line_exit_2_with_file_line_and_key(tmp_path):
    path = write(tmp_path, '[branch]\nname = "Espoo"\n[norms]\nholidays = '
                 + "[" * 3000 + "]" * 3000 + "\n")
    done = _config_check(path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"{path}, line 4, key 'norms.holidays': nested more than" in done.stderr


def test_config_check_on_thousands_of_unknown_keys_answers_and_counts_them(tmp_path):
    # 20,000 unknown keys: minutes with a scan of the file per key, a blink in one pass.
    path = write(tmp_path, "[[security.channels]]\ntype = \"desktop\"\n[branch]\n"
                 + "".join(f"nmae{i} = 1\n" for i in range(20_000)))
    path.chmod(0o600)
    done = _config_check(path, timeout=30)
    assert done.returncode == 1, done.stderr
    warnings = [line for line in done.stdout.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 51 and "line 4" in warnings[0] and "branch.nmae0" in warnings[0]
    assert "19950 more unknown keys ignored" in warnings[-1]


def test_the_longest_names_config_check_accepts_still_fit_in_a_lan_alarm(tmp_path):
    """Names travel in every alarm: accepted at their longest, in 4-byte characters, they
    must leave most of a LAN packet for the call's context (a longer one would be dropped
    unread by every other console)."""
    import os

    from desk.alerts.lan_wire import MAX_PACKET, Sealer
    from desk.core.incidents import message_for, new_uid

    def longest(section, key):
        most = getattr(SECTIONS[section][key], "max_length", 1000)  # no limit: try 1000
        return "\U00013000" * most  # 4 bytes in UTF-8

    fields = [("branch", "name"), ("branch", "unit"), ("branch", "location"),
              ("workstation", "name"), ("workstation", "operator")]
    text = "".join(f'{s}.{k} = "{longest(s, k)}"\n' for s, k in fields)  # dotted keys
    cfg = config_mod.load(write(tmp_path, text))
    assert cfg.warnings == [] and cfg.operator == longest("workstation", "operator")
    incident = {"uid": new_uid(cfg.workstation_name, "2026-11-23T09:00:00Z"), "kind": "alarm",
                "raised_at": "2026-11-23T09:00:00Z", "branch": cfg.branch.name,
                "location": cfg.branch.location, "workstation": cfg.workstation_name,
                "operator": cfg.operator}
    envelope = {"v": 2, "type": "alarm", "from": cfg.workstation_name, "ts": 1.0,
                "body": message_for(incident, "alarm"), "ack": "0" * 32}
    packet = Sealer(os.urandom(32)).seal(envelope)
    assert len(packet) <= MAX_PACKET // 2, len(packet)


def test_a_fifo_at_the_config_path_is_refused_without_waiting(tmp_path):
    import os

    fifo = tmp_path / "branch.toml"
    os.mkfifo(fifo)
    with pytest.raises(config_mod.ConfigError, match="not a regular file"):
        config_mod.load(fifo)


@pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX modes and groups")
def test_config_check_accepts_the_installers_root_desk_0640_but_not_other_readers(
        tmp_path, capsys):
    import grp
    import os

    from desk.cli import main

    path = write(tmp_path, LAN.format(key=generate_key()))
    path.chmod(0o644)
    assert main(["config", "check", str(path)]) == 1
    assert "every account can read it (mode 644)" in capsys.readouterr().out
    try:
        desk_gid = grp.getgrnam("desk").gr_gid
    except KeyError:
        pytest.skip("no group 'desk' on this machine (the Linux installer makes it)")
    if os.geteuid() != 0:
        pytest.skip("giving a file to the group 'desk' needs root")
    os.chown(path, 0, desk_gid)
    path.chmod(0o640)
    assert main(["config", "check", str(path)]) == 0, capsys.readouterr().out


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(["url", "timeout_s", "token"]), value=VALUES)
def test_a_webhook_config_check_accepts_fails_at_run_time_only_as_a_failed_attempt(key, value):
    """What passes the check cannot raise anything but DeliveryError when the alarm is sent
    (here to a closed loopback port)."""
    from desk.alerts.channel import DeliveryError
    from desk.alerts.webhook import WebhookChannel

    lines = {"url": 'url = "http://127.0.0.1:1/"', "timeout_s": "timeout_s = 1",
             "token": 'token = "t"'}
    lines[key] = f"{key} = {toml(value)}"
    text = '[[security.channels]]\ntype = "webhook"\n' + "\n".join(lines.values()) + "\n"
    try:
        cfg = config_mod.load_text(text)
    except config_mod.ConfigError:
        return
    channel = WebhookChannel("webhook", cfg.channels[0].options)
    with pytest.raises(DeliveryError):
        channel.send({"uid": "u/1", "message": "alarm"})
