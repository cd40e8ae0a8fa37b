"""``desk config init|check``: write a commented template; validate a file."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from desk.commands.env import EXIT_PROBLEM, common_options, fail


def register(cli: click.Group) -> None:
    @cli.group("config")
    def config_group() -> None:
        """Branch configuration file."""

    @config_group.command("init")
    @click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--force", is_flag=True, help="Overwrite an existing file.")
    @common_options
    def init(env, path: Path | None, force: bool) -> None:
        """Write a commented config template (to PATH, or standard output)."""
        from desk.config import template

        text = template()
        if path is None:
            click.echo(text, nl=False)
            return
        if (path.exists() or path.is_symlink()) and not force:
            fail(f"{path} already exists; use --force to overwrite it")
        try:
            write_private(path, text)
        except OSError as exc:
            fail(f"{path}: cannot write ({exc.strerror or exc})")
        click.echo(f"wrote {path} (readable by you only)")

    @config_group.command("check")
    @click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--explain", is_flag=True,
                  help="Print every key's final value and the file that set it.")
    @common_options
    def check(env, path: Path | None, explain: bool) -> None:
        """Validate a config file and say which file was read."""
        from desk import config as config_mod
        from desk.commands.words import reason, translate, use
        from desk.paths import ConfigSource, config_source

        use(env.check_language())  # the config's own language is known only once it is read
        source = (ConfigSource(path, "named on the command line", True) if path is not None
                  else config_source(env.config_option))
        if source.path is None:
            click.echo(translate("ConfigCommand", "no config file found (%1): using defaults "
                                 "(alarms go nowhere)").replace("%1", reason(source.reason)))
            raise SystemExit(EXIT_PROBLEM)
        from desk.commands.config_advice import advice
        from desk.config.checker import say_warning
        from desk.core.textsafety import terminal_safe

        cfg = config_mod.load(source.path)  # ConfigError -> one line, exit 2
        if env.check_language() is None:
            use(cfg.language)
        warnings = cfg.warnings + advice(cfg)
        #: %1 is the config file's path, %2 why that file was chosen
        click.echo(translate("ConfigCommand", "read %1 (%2)").replace(
            "%2", reason(source.reason)).replace("%1", terminal_safe(str(source.path.resolve()))))
        for base in cfg.files[:-1]:
            click.echo(f"included {terminal_safe(str(base.resolve()))}")
        if explain:
            for line in explain_lines(cfg):
                click.echo(terminal_safe(line))
        for warning in warnings:
            click.echo(translate("ConfigCommand", "warning: %1").replace(
                "%1", terminal_safe(say_warning(warning, translate))))
        #: %1 the branch's name; %2 and %3 are counts
        click.echo(translate("ConfigCommand", "branch %1, %2 department(s), %3 alarm channel(s)")
                   .replace("%2", str(len(cfg.departments)))
                   .replace("%3", str(len(cfg.channels)))
                   .replace("%1", terminal_safe(repr(cfg.branch.name))))
        if not cfg.channels:
            click.echo(translate("ConfigCommand",
                                 "warning: no alarm channel configured: alarms go nowhere"))
        if warnings or not cfg.channels:
            raise SystemExit(EXIT_PROBLEM)


def explain_lines(cfg) -> list[str]:
    """Every key's final value and where it came from: ``key = value  # file`` (or
    ``# default``). Secrets are masked; a webhook url shows scheme, host and port only."""
    from desk.alerts.webhook import redacted_url
    from desk.config.template import toml_value
    from desk.config_schema import CHANNEL_KEYS, DEPARTMENT_KEYS, SECTIONS

    def origin(*names: str) -> str:
        found = next((cfg.sources[n] for n in names if n in cfg.sources), None)
        return f"# {found}" if found is not None else "# default"

    def shown(spec, value) -> str:
        if spec.secret:
            return f"(secret, {len(value)} characters)" if value else '""'
        return toml_value(value)

    lines = []
    for section, schema in SECTIONS.items():
        for key, spec in schema.items():
            names = (f"{section}.{key}", "holidays") if key == "holidays" else (
                f"{section}.{key}",)
            lines.append(f"{section}.{key} = {shown(spec, getattr(cfg, section)[key])}  "
                         f"{origin(*names)}")
    where = origin("departments")
    for nth, department in enumerate(cfg.departments, start=1):
        for key, spec in DEPARTMENT_KEYS.items():
            lines.append(f"departments[{nth}].{key} = "
                         f"{shown(spec, getattr(department, key))}  {where}")
    where = origin("security.channels")
    for nth, channel in enumerate(cfg.channels, start=1):
        lines.append(f'security.channels[{nth}].type = "{channel.type}"  {where}')
        for key, spec in CHANNEL_KEYS[channel.type].items():
            value = channel[key]
            text = (f'"{redacted_url(value)}" (path and query hidden)'
                    if channel.type == "webhook" and key == "url" else shown(spec, value))
            lines.append(f"security.channels[{nth}].{key} = {text}  {where}")
    if not cfg.channels:
        lines.append("security.channels = []  # default: alarms go nowhere")
    return lines


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, readable by the owner only from the first byte.

    A new file is created 0600; an existing one is replaced by a new 0600 file (renamed
    over it), so no moment exists where others could read the key or the token."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
