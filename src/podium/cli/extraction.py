"""CLI commands of this stage (filled in by its issue)."""
from podium.cli.app import app  # noqa: F401
