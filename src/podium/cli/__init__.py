"""The `podium` command. Each module below adds the commands of one stage to `app`."""
from podium.cli import extraction, maintenance, queries, reports, serve, timelines  # noqa: F401
from podium.cli.app import app


def main() -> None:
    app()
