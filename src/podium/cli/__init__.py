"""The `podium` command. Each module below adds the commands of one stage to `app`."""
from podium.cli import extraction, queries, reports, serve, timelines  # noqa: F401  (they register their commands)
from podium.cli.app import app


def main() -> None:
    app()
