"""Reading and cleaning reports: every input format becomes `RawReport`s, bad input becomes `Rejected`s.

`read_path` reads a file (JSON Lines, .jsonl.gz, plain text, HTML, CSV); `clean` turns a raw text into the text
every later stage reads; `document` is the exact string the extractor sees. Nothing here touches the store.
"""
from podium.sources.cleaning import clean, clean_title, document, text_key
from podium.sources.model import RawReport, Rejected
from podium.sources.reading import count_items, format_of, read_path

__all__ = ["read_path", "count_items", "format_of", "clean", "clean_title", "document", "text_key", "RawReport",
           "Rejected"]
