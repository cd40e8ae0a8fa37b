"""Write docs/config.md from desk/config_schema.py (a test checks it is up to date).

    python docs/gen_config_md.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.config.template import toml_value  # noqa: E402
from desk.config_schema import (  # noqa: E402
    CHANNEL_KEYS,
    DEPARTMENT_KEYS,
    MAX_CHANNELS,
    MAX_DEPARTMENTS,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_INCLUDES,
    SECTIONS,
    TOP_KEYS,
    Key,
)
from desk.core.branch_key import EXAMPLE_KEY  # noqa: E402


def _type_name(spec) -> str:
    types = spec.type if isinstance(spec.type, tuple) else (spec.type,)
    return " or ".join({"str": "text", "int": "integer", "float": "number", "bool": "true/false",
                        "list": "list"}[t.__name__] for t in types)


def _allowed(spec) -> str:
    parts = []
    if spec.above is not None:
        parts.append(f"> {spec.above:g}")
    if spec.minimum is not None:
        parts.append(f">= {spec.minimum:g}")
    if spec.maximum is not None:
        parts.append(f"<= {spec.maximum:g}")
    if spec.items is not None:
        parts.append(f"entries: {_type_name(type('K', (), {'type': spec.items}))}")
    if spec.type is list:
        parts.append(f"at most {spec.max_items} entries")
    if spec.max_length != Key.max_length:
        parts.append(f"at most {spec.max_length} characters")
    if spec.nonempty:
        parts.append("not empty")
    if spec.secret:
        parts.append("_secret_")
    return ", ".join(parts) or "-"


def _table(keys: dict, prefix: str) -> list[str]:
    rows = ["| key | type | default | allowed | what it does |",
            "| --- | --- | --- | --- | --- |"]
    for key, spec in keys.items():
        rows.append(f"| `{prefix}{key}` | {_type_name(spec)} | `{toml_value(spec.default)}` "
                    f"| {_allowed(spec)} | {spec.help} |")
    return rows


def render() -> str:
    lines = [
        "# Branch config",
        "",
        "One TOML file per branch, found at `--config PATH`, `DESK_CONFIG`, `branch.toml` next to",
        "the program (bundle), the machine-wide config dir, the user config dir, in that order",
        "([deployment](deployment.md)). Every key is optional: a missing file gives a working console",
        "with a loud banner that alarms go nowhere. `desk config init PATH` writes a commented",
        "template; `desk config check PATH` validates a file and names the file, line and key",
        "of any mistake (exit 2), or warns about unknown keys (exit 1).",
        "",
        "_Generated from `desk/config_schema.py` by `docs/gen_config_md.py`._",
        "",
        "## Limits",
        "",
        "Checked by `desk config check` and at every start, each with file, line and key:",
        "",
        f"- the file is at most {MAX_FILE_BYTES // 1024} kB, nested at most {MAX_DEPTH} levels "
        f"deep (tables and lists), with at most {MAX_CHANNELS} alarm channels and "
        f"{MAX_DEPARTMENTS} departments; unknown keys are listed (the first 50) and counted;",
        f"- text is one line of at most {Key.max_length} characters (unless the table says "
        "otherwise) without control characters;",
        "- timeouts and intervals have a floor and a ceiling (the _allowed_ column): a "
        "webhook attempt of `1e-300` s could never deliver, a sync interval that small "
        "would spin;",
        "- `branch.region` is a region the phonenumbers library knows (`FI`, `SE`, `PH`, ...);",
        "- host names (a webhook's url, LAN `peers`, `[smtp] host`, `smtp_host`) are IP "
        "addresses or names a resolver can be asked about (labels of 1-63 characters);",
        "- `security.emergency_numbers` are what a person dials: after Unicode NFKC "
        "normalisation (fullwidth digits become 0-9, and are stored so) only the digits "
        "0-9, `+`, `*`, `#` and spaces, with at least one digit; an invisible character "
        "(zero-width space, soft hyphen, any Unicode format character) is refused.",
        "",
    ]
    lines += ["## A base file: `include`", "", *_table(TOP_KEYS, ""), "",
              "`include` stands at the top of the file, before any `[section]`. The base is "
              "read first and this file's keys go over it: tables merge key by key (this "
              "file wins), an array of tables (`[[departments]]`, `[[security.channels]]`) "
              "is taken whole from this file when it has one, else from the base. A base "
              f"may include another, up to {MAX_INCLUDES} levels; a cycle is refused with "
              "both files named. A mistake is reported with the name, line and key of the "
              "file that holds it. A secret (the keys marked _secret_ below) in a base is "
              "refused unless only its owner (this account or root) may change it and nobody "
              "else, or only the group `desk`, may read it. See [deployment](deployment.md#a-company-base).",
              "",
              "`desk config check --explain` prints every key's final value and the file that "
              "set it (`# default` where none did), secrets masked.", ""]
    for section, keys in SECTIONS.items():
        lines += [f"## [{section}]", "", *_table(keys, f"{section}."), ""]
        if section == "norms":
            lines += ["`holidays` may also stand at the top level of the file.", ""]
    lines += ["## [[departments]]", "",
              "One table per department that takes callbacks (default: one called "
              "\"General enquiries\").", "", *_table(DEPARTMENT_KEYS, ""), ""]
    lines += ["## [[security.channels]]", "",
              "One table per alarm channel, with `type` one of "
              f"{', '.join(f'`{t}`' for t in CHANNEL_KEYS)}. A type may appear more than once "
              "(the second is shown as `webhook:2`, and so on).", ""]
    for kind, keys in CHANNEL_KEYS.items():
        lines += [f"### type = \"{kind}\"", ""]
        lines += _table(keys, "") if keys else ["No options: a system notification on this "
                                               "computer, or an in-app banner where the "
                                               "desktop has none."]
        lines.append("")
    lines += ["## Secrets", "",
              "- The LAN `key` is 32 random bytes in base64. Make one with `desk lan keygen` "
              "(`desk config init` puts a fresh one in its template) and copy the same line to "
              "every console of the branch. `desk config check` refuses anything else: a "
              "typed password (also one encoded as base64: 32 printable bytes), a key of the "
              "wrong length, a repeated byte, or this page's "
              f"example `{EXAMPLE_KEY}`.",
              "- Where the config is readable by others (the machine-wide one), put the key in "
              "a file of its own and name it with `key_file = \"/etc/desk/lan.key\"` instead "
              "of `key`: one line, the output of `desk lan keygen` (`desk lan keygen --key-file "
              "PATH` writes a new one, mode 0600, never over an existing file). It is read "
              "only if it is "
              "a regular file (not a link), owned by the account that runs Desk or by root, "
              "not writable by others and readable at most by its group (`chmod 640`, group "
              "`desk`); otherwise the console and `desk config check` say which file and "
              "why.",
              "- LAN packets are encrypted and authenticated (ChaCha20-Poly1305): without the "
              "key nothing of an alarm is readable, and forged, replayed or stale packets are "
              "refused without an answer. The consoles' clocks must agree within 120 s. All "
              "consoles of a branch must run a Desk with this format (packets start `DSK3`; a console of another format is named in the log): "
              "update them together.",
              "- The SMTP password never lives in this file (a `password` key is an error): "
              "set `DESK_SMTP_PASSWORD`, or point `password_file` at a file only its owner "
              "can read. Logging in without TLS is refused unless `allow_plaintext_login = "
              "true` and the mail server is this machine.",
              "- A webhook `token` (and any secret in the url) is never shown: the console, "
              "`desk alarm test` and the logs name scheme, host and port only. "
              "`desk config check` warns about `http://` to another machine.",
              "- `desk config init` writes the file readable by its owner only.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    (ROOT / "docs" / "config.md").write_text(render(), encoding="utf-8")
    print("wrote docs/config.md")
