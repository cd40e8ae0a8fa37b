"""The ``desk`` command: opens the console, or hands a subcommand to the CLI.

Kept tiny on purpose: the console's start-up must not pay for click or
sqlite-utils, so they load only when a subcommand actually runs.
"""

from __future__ import annotations

import sys

SUBCOMMANDS = frozenset({
    "demo-data", "report", "callbacks", "export", "merge", "purge", "config", "alarm",
    "incoming", "answered", "hangup", "help", "lan", "sync", "review",
})
VALUE_OPTIONS = frozenset({"--db", "--config", "--lang"})
CLI_FLAGS = frozenset({"--help", "-h", "--version", "--self-test"})


def _wants_cli(argv: list[str]) -> bool:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in VALUE_OPTIONS:
            skip = True
            continue
        if arg in CLI_FLAGS:
            return True
        if not arg.startswith("-"):
            return True  # a subcommand (click reports unknown ones)
        if arg.split("=", 1)[0] not in VALUE_OPTIONS:
            return True  # an unknown option: let click explain it
    return False


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(a[:4].lower() == "tel:" for a in argv):  # issue 13: a clicked tel: link
        from desk.phone.tel_uri import rewrite

        argv = rewrite(argv)
    if _wants_cli(argv):
        from desk.commands.group import run

        return run(argv)
    import gc

    gc.disable()  # from the start of its imports (desk.app.main: the console collects itself)
    from desk.app import main as open_console

    return open_console(argv)


if __name__ == "__main__":
    sys.exit(main())
