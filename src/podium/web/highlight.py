"""The report's text as HTML paragraphs with every extracted span marked and linked to its page.

Spans point into the document (title, blank line, text) and may overlap (a name inside a meeting's name, a
post that runs into a meeting). Links cannot nest, so the text is cut at every span boundary into pieces; each
piece is marked with the kinds of all spans over it and links to the innermost (shortest) one that has a page. Each span's
start carries an anchor `m<start>`, so a fact elsewhere links to its words here.
"""
from __future__ import annotations

from urllib.parse import quote, urlencode

from markupsafe import Markup, escape


def link_of(mark: dict, report_date: str) -> str | None:
    """Where a mark leads: the person, the post's holders on the report's date, the event."""
    if not mark["id"]:
        return None
    if mark["kind"] == "person":
        return f"/people/{quote(mark['id'])}"
    if mark["kind"] == "post":
        return "/holders?" + urlencode({"post": mark["id"], "on": report_date})
    return f"/events/{quote(mark['id'])}"


def _piece(text: str, over: list[dict], report_date: str) -> str:
    if not over:
        return str(escape(text))
    inner = min([m for m in over if m["id"]] or over, key=lambda m: (m["end"] - m["start"], m["kind"]))
    kinds = " ".join(sorted({m["kind"] for m in over}))
    label = escape("; ".join(f"{m['kind']}: {m['label'] or ''}" for m in over))
    href = link_of(inner, report_date)
    if href:
        return f'<a class="mark {kinds}" href="{escape(href)}" title="{label}">{escape(text)}</a>'
    return f'<span class="mark {kinds}" title="{label}">{escape(text)}</span>'


def _paragraph(text: str, offset: int, marks: list[dict], report_date: str) -> str:
    """One paragraph (text starting at `offset` in the document) with the marks that fall in it."""
    end = offset + len(text)
    inside = [m for m in marks if m["start"] < end and m["end"] > offset and m["end"] > m["start"]]
    cuts = sorted({offset, end, *(max(offset, min(end, m[side])) for m in inside for side in ("start", "end"))})
    out = []
    for begin, finish in zip(cuts, cuts[1:]):
        out.extend(f'<span class="anchor" id="m{m["start"]}"></span>' for m in inside if m["start"] == begin)
        over = [m for m in inside if m["start"] <= begin and m["end"] >= finish]
        out.append(_piece(text[begin - offset:finish - offset], over, report_date))
    return "".join(out)


def highlighted(document: str, marks: list[dict], report_date: str) -> list[Markup]:
    """The document's paragraphs (the title first), each as HTML with its marks."""
    paragraphs, offset = [], 0
    for line in document.split("\n"):
        if line.strip():
            paragraphs.append(Markup(_paragraph(line, offset, marks, report_date)))
        offset += len(line) + 1
    return paragraphs


def named(marks: list[dict], report_date: str) -> dict[str, list[dict]]:
    """What the report names, once each, by kind, in order of first mention: the side list of the page."""
    found: dict[str, dict[str, dict]] = {"person": {}, "post": {}, "event": {}}
    for mark in sorted(marks, key=lambda m: m["start"]):
        key = mark["id"] or mark["label"]
        found[mark["kind"]].setdefault(key, {"label": mark["label"], "href": link_of(mark, report_date)})
    return {kind: list(items.values()) for kind, items in found.items()}
