"""Charts for `quotes compare --plot`: stance shares per group and a stance timeline per group.

Takes the plain rows the repository returns; writes PNG (or SVG) with matplotlib, or one
self-contained HTML page with both charts inline as SVG.
"""

from __future__ import annotations

import html
import io
from datetime import date, timedelta
from pathlib import Path

from quotes.errors import QuotesError

FORMATS = (".png", ".svg", ".html")


# Stance colours and group (side) colours are drawn from different hues, so a threat bar is
# never read as the RU line.
STANCE_COLOURS = {"concession": "#1b9e77", "threat": "#d95f02", "optimism": "#e6ab02",
                  "rejection": "#e7298a", "demand": "#a6761d"}
SIDE_COLOURS = {"US": "#2166ac", "RU": "#b2182b", "UA": "#4393c3", "NATO": "#404040", "EU": "#762a83",
                "OTHER": "#969696"}
GROUP_COLOURS = ("#2166ac", "#b2182b", "#404040", "#762a83", "#4393c3", "#969696", "#053061", "#67001f")
#: groups with fewer quotes than this are left out of the share bars (one quote is not 100 %)
MIN_QUOTES = 5
#: at most this many groups get a line in the timeline
TIMELINE_GROUPS = 8


def group_colour(group: str, index: int) -> str:
    return SIDE_COLOURS.get(group) or GROUP_COLOURS[index % len(GROUP_COLOURS)]


def series(timeline: list[dict], group: str, label: str, days: list) -> list[int]:
    """Counts of one group and label on each of `days` (zero where nothing was said)."""
    per_day: dict = {}
    for t in timeline:
        if t["group"] == group and t["label"] == label:
            d = _bucket(date.fromisoformat(t["date"]), days)
            per_day[d] = per_day.get(d, 0) + t["quotes"]
    return [per_day.get(d, 0) for d in days]


def axis_days(timeline: list[dict]) -> list:
    """Every day from the first to the last date (a real time axis), or every week's Monday
    when that span is longer than 92 days."""
    dates = sorted({date.fromisoformat(t["date"]) for t in timeline})
    if not dates:
        return []
    first, last = dates[0], dates[-1]
    step = 1
    if (last - first).days > 92:
        first, step = first - timedelta(days=first.weekday()), 7
    return [first + timedelta(days=i) for i in range(0, (last - first).days + 1, step)]


def _weekly(days: list) -> bool:
    """Is the axis of `axis_days` one point per week (else per day)?"""
    return len(days) > 1 and (days[1] - days[0]).days == 7


def _bucket(d, days: list):
    return d - timedelta(days=d.weekday()) if _weekly(days) else d


def _figure(rows: list[dict], timeline: list[dict], labels: tuple[str, ...], by: str, unit: str):
    import matplotlib

    matplotlib.use("Agg")  # files only; no display needed
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    shown = [r for r in rows if r[unit] >= MIN_QUOTES]
    few = [str(r["group"]) for r in rows if r[unit] < MIN_QUOTES]
    dated = [l for l in labels if any(t["label"] == l for t in timeline)]
    bar_height = max(2.5, 0.25 * len(labels) * max(1, len(shown)))
    fig, axes = plt.subplots(1 + max(1, len(dated)), 1, figsize=(11, bar_height + 2.2 * max(1, len(dated))),
                             gridspec_kw={"height_ratios": [bar_height] + [2] * max(1, len(dated))}, squeeze=False)
    bars, lines = axes[0][0], [a[0] for a in axes[1:]]
    # horizontal bars, largest group on top: long speaker names stay readable
    height = 0.8 / max(1, len(labels))
    order = list(reversed(shown))
    for i, label in enumerate(labels):
        ys = [g + ((len(labels) - 1) / 2 - i) * height for g in range(len(order))]
        drawn = bars.barh(ys, [100 * r[f"{label}_share"] for r in order], height, label=label,
                          color=STANCE_COLOURS.get(label, "#666666"))
        bars.bar_label(drawn, labels=[str(r[label]) if r[label] else "" for r in order], fontsize=7, padding=2)
    bars.set_yticks(range(len(order)), [f"{r['group']} ({r[unit]})" for r in order], fontsize=8)
    bars.set_xlabel(f"% of {unit} (bar labels: counts)")
    title = f"Stance by {by}"
    if few:
        title += f"; left out, fewer than {MIN_QUOTES} {unit}: {len(few)} {by}" + ("s" if len(few) > 1 else "")
    bars.set_title(title, fontsize=10)
    if shown:
        bars.legend(fontsize=8, ncols=len(labels), loc="lower right")
    else:
        bars.text(0.5, 0.5, f"no {by} with {MIN_QUOTES} or more {unit}", ha="center", va="center",
                  transform=bars.transAxes)

    # one small chart per label, one line per group, on a real date axis
    days = axis_days(timeline)
    groups = [r["group"] for r in rows][:TIMELINE_GROUPS]
    for ax, label in zip(lines, dated):
        for g, grp in enumerate(groups):
            ys = series(timeline, grp, label, days)
            if any(ys):
                ax.plot(days, ys, marker="o", markersize=3, linewidth=1.2, label=grp, color=group_colour(grp, g))
        ax.set_ylabel(label, color=STANCE_COLOURS.get(label, "#666666"))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.legend(fontsize=7, ncols=4, loc="upper left")
    if dated:
        step = "week" if _weekly(days) else "day"
        lines[0].set_title(f"Stance-tagged {unit} per {step}, by {by}", fontsize=10)
    else:
        lines[0].text(0.5, 0.5, "no dated, stance-tagged quotes", ha="center", va="center",
                      transform=lines[0].transAxes)
        lines[0].set_axis_off()
    fig.tight_layout()
    return fig


def write_plot(path: Path, rows: list[dict], timeline: list[dict], labels: tuple[str, ...], by: str,
               unit: str = "quotes") -> Path:
    """Write the comparison charts to `path`; the file type follows its suffix."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise QuotesError(f"{path}: plot file must end in {', '.join(FORMATS)}")
    if not rows:
        raise QuotesError("nothing to plot: no quotes match")
    import matplotlib.pyplot as plt

    fig = _figure(rows, timeline, labels, by, unit)
    try:
        if suffix == ".html":
            buf = io.StringIO()
            fig.savefig(buf, format="svg")
            title = f"quotes: stance by {by}"
            path.write_text(f"<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}"
                            f"</title></head><body><h1>{html.escape(title)}</h1>{buf.getvalue()}</body></html>",
                            encoding="utf-8")
        else:
            fig.savefig(path, dpi=120)
    except OSError as e:
        raise QuotesError(f"{path}: cannot write plot ({e.strerror or e})") from e
    finally:
        plt.close(fig)
    return path
