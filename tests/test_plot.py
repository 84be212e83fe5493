"""compare --plot: a real date axis, stance colours apart from side colours, no one-quote 100 % bars."""

from datetime import date

import pytest

from quotes.plot import (MIN_QUOTES, SIDE_COLOURS, STANCE_COLOURS, _figure, axis_days, series, write_plot)

LABELS = ("concession", "threat", "optimism")


def row(group, n, threat):
    r = {"group": group, "quotes": n}
    for label in LABELS:
        r[label] = threat if label == "threat" else 0
        r[f"{label}_share"] = (r[label] / n) if n else 0.0
    return r


@pytest.mark.parametrize("dates, first, last, count, step", [
    (["2022-01-10", "2022-01-13"], date(2022, 1, 10), date(2022, 1, 13), 4, 1),  # days without quotes are on the axis
    (["2022-01-10", "2022-06-30"], date(2022, 1, 10), date(2022, 6, 27), 25, 7),  # a long span: weeks
    (["2022-01-12"], date(2022, 1, 12), date(2022, 1, 12), 1, 1),
])
def test_axis_is_continuous_time(dates, first, last, count, step):
    days = axis_days([{"date": d, "group": "RU", "label": "threat", "quotes": 1} for d in dates])
    assert days[0] == first and days[-1] == last and len(days) == count
    assert all((b - a).days == step for a, b in zip(days, days[1:]))


def test_series_fills_gaps_and_sums_weeks():
    tl = [{"date": "2022-01-10", "group": "RU", "label": "threat", "quotes": 2},
          {"date": "2022-01-12", "group": "RU", "label": "threat", "quotes": 1},
          {"date": "2022-01-12", "group": "US", "label": "threat", "quotes": 5}]
    assert series(tl, "RU", "threat", axis_days(tl)) == [2, 0, 1]
    weeks = axis_days(tl + [{"date": "2022-06-01", "group": "RU", "label": "threat", "quotes": 1}])
    assert series(tl, "RU", "threat", weeks)[0] == 3


def test_stance_and_side_colours_differ():
    assert not set(STANCE_COLOURS.values()) & set(SIDE_COLOURS.values())


def test_bars_are_horizontal_and_small_groups_left_out():
    rows = [row("RU", 40, 10), row("US", 12, 3), row("Einzelner Sprecher", 1, 1)]
    fig = _figure(rows, [], LABELS, "speaker", "quotes")
    bars = fig.axes[0]
    ticks = [t.get_text() for t in bars.get_yticklabels()]
    assert ticks == ["US (12)", "RU (40)"]  # largest on top; the one-quote speaker is not drawn
    widths = sorted(round(p.get_width(), 1) for p in bars.patches if p.get_width() > 0)
    assert widths == [25.0, 25.0] and 100.0 not in widths
    assert "fewer than" in bars.get_title() and str(MIN_QUOTES) in bars.get_title()


def test_timeline_uses_a_date_axis(tmp_path):
    rows = [row("RU", 40, 10), row("US", 12, 3)]
    tl = [{"date": "2022-01-10", "group": "RU", "label": "threat", "quotes": 2},
          {"date": "2022-02-20", "group": "US", "label": "threat", "quotes": 1}]
    fig = _figure(rows, tl, LABELS, "side", "quotes")
    line = fig.axes[1].get_lines()[0]
    xs = line.get_xdata()
    assert len(xs) == 42 and xs[0] == date(2022, 1, 10)  # every day, not one slot per date with quotes
    assert line.get_color() == SIDE_COLOURS["RU"]
    assert write_plot(tmp_path / "p.svg", rows, tl, LABELS, "side").stat().st_size > 1000
