"""Charts for `quotes compare --plot`: stance shares per group and a stance timeline per group.

Takes the plain rows the repository returns; writes PNG (or SVG) with matplotlib, or one
self-contained HTML page with both charts inline as SVG.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

from quotes.errors import QuotesError

FORMATS = (".png", ".svg", ".html")


def _figure(rows: list[dict], timeline: list[dict], labels: tuple[str, ...], by: str, unit: str):
    import matplotlib

    matplotlib.use("Agg")  # files only; no display needed
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    groups = [r["group"] for r in rows]
    dated = [l for l in labels if any(t["label"] == l for t in timeline)]
    fig, axes = plt.subplots(1 + max(1, len(dated)), 1, figsize=(11, 4 + 2 * max(1, len(dated))),
                             gridspec_kw={"height_ratios": [2] + [1] * max(1, len(dated))}, squeeze=False)
    bars, lines = axes[0][0], [a[0] for a in axes[1:]]
    width = 0.8 / max(1, len(labels))
    for i, label in enumerate(labels):
        xs = [g + (i - (len(labels) - 1) / 2) * width for g in range(len(groups))]
        drawn = bars.bar(xs, [100 * r[f"{label}_share"] for r in rows], width, label=label, color=f"C{i}")
        bars.bar_label(drawn, labels=[str(r[label]) if r[label] else "" for r in rows], fontsize=7)
    bars.set_xticks(range(len(groups)), [f"{g}\n({r[unit]} {unit})" for g, r in zip(groups, rows)], fontsize=8)
    bars.set_ylabel(f"% of {unit}")
    bars.set_title(f"Stance by {by} (bar labels: counts)")
    bars.legend(fontsize=8, ncols=len(labels))

    # one small chart per label, one line per group: a day's threats by side side by side
    days = sorted({t["date"] for t in timeline})
    shown = groups[:8]  # more lines than this are unreadable
    for ax, label in zip(lines, dated):
        for g, grp in enumerate(shown):
            per_day = {t["date"]: t["quotes"] for t in timeline if t["group"] == grp and t["label"] == label}
            if per_day:
                ax.plot(days, [per_day.get(d, 0) for d in days], marker="o", markersize=3, label=grp,
                        color=f"C{g}")
        ax.set_ylabel(label, color=f"C{labels.index(label)}")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(fontsize=7, ncols=4, loc="upper left")
        step = max(1, len(days) // 12)
        ax.set_xticks(days[::step], days[::step] if ax is lines[-1] else [], rotation=30, ha="right", fontsize=7)
    if dated:
        lines[0].set_title(f"Stance-tagged {unit} per day, by {by}")
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
