"""Bar charts above a report's table, drawn by ReportLab's own chart library
(reportlab.graphics.charts): the axes, bars and legend are ReportLab's, in the embedded font,
never under MIN_TEXT_SIZE. Several charts share one row across the page, each as wide as its
number of bars asks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ucj_desktop.printing.brand import INK, MUTED, RULE
from ucj_desktop.printing.fonts import MIN_TEXT_SIZE, wrap_words
from ucj_desktop.printing.palette import PRIORITY_COLOR
from ucj_desktop.wording.formats import number

TEXT_SIZE = 7.0
TITLE_SIZE = 9.0
GAP = 10 * mm  # between two charts of a row
CHART_HEIGHT = 62 * mm
WIDEST_BAR = 30 * mm  # a category's room at most: a single month is a bar, not a wall


@dataclass(frozen=True)
class ReportChart:
    """Bars per category, one value per series (stacked when there are several). Colours are
    hex strings: ``colors`` one per series, or, for a single series, one per bar."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (name, one value per category)
    colors: tuple[str, ...] = ()


def charts_drawing(
    charts: Sequence[ReportChart], width: float, font: str, bold: str, height: float = CHART_HEIGHT
) -> Drawing:
    """One row of charts ``width`` wide; each takes a share of it by its number of bars."""
    assert TEXT_SIZE >= MIN_TEXT_SIZE
    drawing = Drawing(width, height)
    shares = [len(chart.categories) + 3 for chart in charts]
    room = width - GAP * (len(charts) - 1)
    x = 0.0
    for chart, share in zip(charts, shares, strict=True):
        chart_width = room * share / sum(shares)
        _draw_chart(drawing, chart, x, chart_width, height, font, bold)
        x += chart_width + GAP
    return drawing


def _draw_chart(
    drawing: Drawing,
    chart: ReportChart,
    x: float,
    width: float,
    height: float,
    font: str,
    bold: str,
) -> None:
    drawing.add(String(x, height - TITLE_SIZE, chart.title, fontName=bold, fontSize=TITLE_SIZE))
    stacked = len(chart.series) > 1
    legend_rows = -(-len(chart.series) // 4) if stacked else 0
    legend_height = legend_rows * (TEXT_SIZE + 4) + (10 if stacked else 0)
    plot_width = min(width - 36, len(chart.categories) * WIDEST_BAR)
    slot = 0.8 * plot_width / max(len(chart.categories), 1)  # some air between two labels
    labels = [_two_lines(name, font, slot) for name in chart.categories]
    label_lines = max((label.count("\n") + 1 for label in labels), default=1)
    bars = VerticalBarChart()
    bars.x = x + 30
    bars.y = legend_height + label_lines * (TEXT_SIZE + 1.5) + 6
    bars.width = plot_width
    bars.height = height - bars.y - TITLE_SIZE - 14
    bars.data = [list(values) for _, values in chart.series]
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.style = "stacked" if stacked else "parallel"
    bars.categoryAxis.strokeColor = RULE
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = TEXT_SIZE
    bars.categoryAxis.labels.fillColor = INK
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.categoryAxis.labels.dy = -3
    bars.valueAxis.valueMin = 0
    top = max((sum(column) for column in zip(*bars.data, strict=True)), default=0)
    bars.valueAxis.valueMax = max(top * 1.15, 1)
    bars.valueAxis.avoidBoundFrac = 0
    bars.valueAxis.strokeColor = RULE
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = TEXT_SIZE
    bars.valueAxis.labels.fillColor = MUTED
    bars.valueAxis.labelTextFormat = _count
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = HexColor("#eef3f6")
    bars.bars.strokeColor = None
    bars.barWidth = 10
    bars.groupSpacing = 6
    _color(bars, chart)
    # Each column's total above it (on its top segment when stacked; nothing above a zero).
    bars.barLabelFormat = "values"
    bars.barLabelArray = _totals_on_top(bars.data)
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = TEXT_SIZE
    bars.barLabels.fillColor = INK
    bars.barLabels.nudge = 6
    drawing.add(bars)
    if stacked:
        legend = Legend()
        legend.x = x + 30
        legend.y = legend_height - 2
        legend.fontName = font
        legend.fontSize = TEXT_SIZE
        legend.fillColor = INK
        legend.boxAnchor = "nw"
        legend.columnMaximum = legend_rows
        widest = max(stringWidth(name, font, TEXT_SIZE) for name, _ in chart.series)
        legend.deltax = widest + 30  # the swatch, its gap, the name and some air
        legend.dx = legend.dy = 6
        legend.dxTextSpace = 4
        legend.strokeColor = None
        legend.alignment = "right"  # the swatch, then its name
        legend.colorNamePairs = [
            (HexColor(color), name)
            for color, (name, _) in zip(_series_colors(chart), chart.series, strict=False)
        ]
        drawing.add(legend)


def _series_colors(chart: ReportChart) -> list[str]:
    return list(chart.colors) if len(chart.colors) == len(chart.series) else [PRIORITY_COLOR] * 9


def _color(bars: VerticalBarChart, chart: ReportChart) -> None:
    if len(chart.series) == 1 and len(chart.colors) == len(chart.categories):
        for index, color in enumerate(chart.colors):
            bars.bars[(0, index)].fillColor = HexColor(color)
        return
    for index, color in enumerate(_series_colors(chart)[: len(chart.series)]):
        bars.bars[index].fillColor = HexColor(color)


def _totals_on_top(data: list[list[int]]) -> list[list[str]]:
    """Labels per bar: each column's total on its highest non-zero segment, blanks elsewhere."""
    labels = [["" for _ in row] for row in data]
    for column in range(len(data[0]) if data else 0):
        total = sum(row[column] for row in data)
        top = max((r for r, row in enumerate(data) if row[column]), default=None)
        if top is not None:
            labels[top][column] = number(total)
    return labels


def _count(value: float) -> str:
    return number(round(value)) if float(value).is_integer() else ""


def _two_lines(text: str, font: str, width: float) -> str:
    """A category's name on at most two lines under its bar."""
    lines = wrap_words(text, font, TEXT_SIZE, width)
    return "\n".join([lines[0], " ".join(lines[1:])]) if len(lines) > 2 else "\n".join(lines)
