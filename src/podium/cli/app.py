"""The Typer application and the options every command shares."""
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Podium: officials, posts and meetings from North Korean state media.",
                  no_args_is_help=True, add_completion=False)

DbOption = Annotated[Path, typer.Option("--db", envvar="PODIUM_DB", help="The store (SQLite file).")]
DEFAULT_DB = Path("podium.db")
