"""``desk config init``: a commented config file with every key at its default."""

from __future__ import annotations

from typing import Any

from desk.config_schema import SECTIONS


def template() -> str:
    """A commented config file with every key at its default (``desk config init``).

    The LAN example carries a freshly generated branch key, so uncommenting it is safe."""
    from desk.core.branch_key import generate_key

    lines = ["# Desk branch configuration. Every key is optional; shown are the defaults.",
             "# Check it with: desk config check PATH (--explain: where each value comes from)",
             "",
             "# A company base under this file's own keys (relative to this file):",
             '# include = "company.toml"', ""]
    for section, schema in SECTIONS.items():
        lines.append(f"[{section}]")
        for key, spec in schema.items():
            lines.append(f"# {spec.help}")
            lines.append(f"{key} = {toml_value(spec.default)}")
        lines.append("")
        if section == "norms":
            lines += ["# One table per department that takes callbacks.", "[[departments]]",
                      'name = "Billing"', 'email = "billing@example.org"', ""]
    lines += [
        "# Alarm channels: add one [[security.channels]] table per channel.",
        "# Without any, alarms reach nobody and the console says so on screen.",
        "# [[security.channels]]",
        '# type = "webhook"',
        '# url = "http://127.0.0.1:8080/alarm"',
        "#",
        "# [[security.channels]]",
        '# type = "email"',
        '# to = ["security@example.org"]',
        "#",
        "# [[security.channels]]",
        '# type = "lan"',
        '# group = "239.255.77.1"',
        "# port = 47777",
        "# Branch key: the same on every console of the branch (`desk lan keygen`).",
        f'# key = "{generate_key()}"',
        "#",
        "# [[security.channels]]",
        '# type = "desktop"',
        "",
    ]
    return "\n".join(lines)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return str(value)
