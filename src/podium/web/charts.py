"""The person page's charts as geometry for inline SVG: a post timeline (bars), appearances per month (columns)
and protocol rank over time (points). No script draws them, so they show without JavaScript and print.

The corpora cover 2011-2012 and 2021-2022; a linear axis would spend most of its width on the years between.
The axis therefore gives each year that has evidence an equal width and leaves out the years without any,
marking the cut.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

WIDTH = 720  # the drawing area, in SVG units (the SVG scales to the page)
BAR_HEIGHT = 16
BAR_GAP = 6
CHART_HEIGHT = 120
AXIS_HEIGHT = 22
LABEL_WIDTH = 440  # the timeline's column of post titles, left of the bars: with the bars, the page's width
LABEL_CHARS = 68  # a longer title is cut at a word: "member of the Presidium of the Political Bureau of the…"


def _fraction_of_year(day: str) -> float:
    """Where in its year a date (YYYY-MM-DD, or YYYY-MM as the middle of the month) falls, 0..1."""
    year, month = int(day[:4]), int(day[5:7]) if len(day) >= 7 else 7
    when = date(year, month, int(day[8:10]) if len(day) == 10 else 15)
    return (when - date(year, 1, 1)).days / 366


@dataclass
class YearAxis:
    """Equal width for each year with evidence, in order; `gaps` are the x where years are left out."""
    years: list[int]
    width: float = WIDTH
    gaps: list[float] = field(init=False)

    def __post_init__(self):
        self.year_width = self.width / max(1, len(self.years))
        self.gaps = [self.year_width * i for i in range(1, len(self.years)) if self.years[i] != self.years[i - 1] + 1]

    @classmethod
    def of(cls, days: list[str]) -> "YearAxis":
        return cls(sorted({int(day[:4]) for day in days if day}) or [date.today().year])

    def x(self, day: str) -> float:
        year = int(day[:4])
        index = next((i for i, known in enumerate(self.years) if known >= year), len(self.years) - 1)
        if self.years[index] != year:  # a date in a left-out year sits at the cut
            return round(self.year_width * index, 1)
        return round(self.year_width * (index + _fraction_of_year(day)), 1)

    def ticks(self) -> list[dict]:
        return [{"x": round(self.year_width * i, 1), "label": str(year)} for i, year in enumerate(self.years)]


def post_timeline(posts: list[dict], axis: YearAxis) -> dict:
    """One bar per post from its first to its last evidence (at least a sliver, for a single report)."""
    bars = []
    for row, post in enumerate(posts):
        start, end = axis.x(post["first_date"]), axis.x(post["last_date"])
        bars.append({"x": start, "width": max(3.0, end - start), "y": row * (BAR_HEIGHT + BAR_GAP),
                     "title": post["title"], "first": post["first_date"], "last": post["last_date"],
                     "current": post["current"], "ended": post["ended_date"]})
    height = len(posts) * (BAR_HEIGHT + BAR_GAP)
    return {"bars": bars, "height": height + AXIS_HEIGHT, "axis_y": height, "bar_height": BAR_HEIGHT}


def month_columns(months: list[dict], axis: YearAxis) -> dict:
    """A column per month, its height the reports that name the person that month."""
    top = max((month["reports"] for month in months), default=1)
    column = axis.year_width / 12 * 0.8
    return {"columns": [{"x": axis.x(month["month"]) - column / 2, "width": round(column, 1),
                         "height": round(CHART_HEIGHT * month["reports"] / top, 1), "month": month["month"],
                         "reports": month["reports"]} for month in months],
            "top": top, "height": CHART_HEIGHT + AXIS_HEIGHT, "axis_y": CHART_HEIGHT}


def rank_points(ranks: list[dict], axis: YearAxis) -> dict:
    """A point per month at the person's best place in a list that month (first place at the top)."""
    worst = max((rank["best"] for rank in ranks), default=1)
    points = [{"x": axis.x(rank["month"]), "y": round(CHART_HEIGHT * (rank["best"] - 1) / max(1, worst - 1), 1),
               "month": rank["month"], "best": rank["best"], "lists": rank["lists"]} for rank in ranks]
    return {"points": points, "worst": worst, "height": CHART_HEIGHT + AXIS_HEIGHT, "axis_y": CHART_HEIGHT,
            "path": " ".join(f"{'L' if i and _joined(ranks[i - 1], rank) else 'M'}{point['x']},{point['y']}"
                             for i, (rank, point) in enumerate(zip(ranks, points)))}


def _joined(before: dict, after: dict) -> bool:
    """Whether the rank line runs from one month to the next: not across years without evidence."""
    return int(after["month"][:4]) - int(before["month"][:4]) <= 1


def person_charts(person: dict) -> dict:
    """The three charts of a person, on one year axis."""
    days = ([post["first_date"] for post in person["posts"]] + [post["last_date"] for post in person["posts"]]
            + [month["month"] for month in person["months"]])
    axis = YearAxis.of(days)
    return {"ticks": axis.ticks(), "gaps": axis.gaps, "width": WIDTH, "label_width": LABEL_WIDTH,
            "label_chars": LABEL_CHARS,
            "timeline": post_timeline(person["posts"], axis), "months": month_columns(person["months"], axis),
            "ranks": rank_points(person["ranks"], axis)}
