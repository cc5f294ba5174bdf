"""The Typer application, the options every command shares, and the top-level error handler."""
from __future__ import annotations

import sys
from typing import Annotated

import typer
from typer.core import TyperGroup

from podium.cli.errors import describe


class PodiumGroup(TyperGroup):
    """The `podium` command: whatever ends a command with an exception is reported by `describe` as one line
    (with `--debug`, the exception goes through with its traceback)."""

    show_traceback = False  # set by --debug

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            status = status if isinstance(status, int) else 0
        except Exception as error:
            if self.show_traceback:
                raise
            message, status = describe(error)
            typer.echo(message, err=True)
        if standalone_mode:
            sys.exit(status)
        return status


app = typer.Typer(cls=PodiumGroup, help="Podium: officials, posts and meetings from North Korean state media.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


@app.callback()
def _options(ctx: typer.Context,
             debug: Annotated[bool, typer.Option("--debug", envvar="PODIUM_DEBUG",
                                                 help="On an error, show the traceback.")] = False) -> None:
    ctx.command.show_traceback = debug


DbOption = Annotated[str, typer.Option("--db", envvar="PODIUM_DB",
                                       help="The store: an SQLite file, or a database URL (sqlite:///…).")]
DEFAULT_DB = "podium.db"
