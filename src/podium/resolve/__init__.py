"""Identities across reports: which mentions are one person, and which posts are one post."""
from sqlalchemy import Connection


def refresh(conn: Connection) -> None:
    """Recompute persons, person_links, bodies, posts and post_forms from the report_* tables
    (placeholder until issue 4 lands)."""
