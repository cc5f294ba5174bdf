"""The longitudinal picture: post timelines, protocol order, changes, co-appearance."""
from sqlalchemy import Connection


def refresh(conn: Connection) -> None:
    """Recompute tenures and changes from the store (placeholder until issue 4 lands)."""
