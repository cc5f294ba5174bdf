"""The `podium` command. Each module below adds the commands of one stage to `app`."""
from podium.cli.app import app


def main() -> None:
    app()
