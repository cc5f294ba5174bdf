"""Reading and cleaning reports: every input format becomes `RawReport`s, bad input becomes `Rejected`s.

(Interface only: implemented under issue 2.)
"""


def document(title: str | None, clean_text: str) -> str:
    """The exact string the extractor reads, so that every stored span points into it: the title, a blank
    line, then the text (just the text when there is no title)."""
    return f"{title}\n\n{clean_text}" if title else clean_text
