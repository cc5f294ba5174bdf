"""The longitudinal picture: post timelines, protocol order, changes, co-appearance."""
