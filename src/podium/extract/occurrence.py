"""One mention of a person in a sentence, with the title before it, the posts after it and the roles the
sentence gives it: what the people finder (`people.py`) builds and the role passes (`role_passes.py`) fill."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from podium.extract.names import Mention
from podium.extract.record import Post, Role

LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|\n)$")  # what separates two names of one list


@dataclass
class Occurrence:
    mention: Mention
    pre_start: int                  # where the title before the name starts (the name's start without one)
    ext_end: int                    # where the posts after the name end
    posts: list[Post] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    has_appositive: bool = False
    plural_appositive: list[Post] = field(default_factory=list)
    plural_title: bool = False      # "Members of the CMC A, B and C": the title covers a list
