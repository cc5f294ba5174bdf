"""Identities across reports: which mentions are one person, and which posts are one post."""
