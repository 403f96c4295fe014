"""Charts for people who would rather look than read, drawn by pyqtgraph from plain data.

Every chart takes rows of ``(label, values)``: one category (a week, a desil, a date, an
office) and one value per series, with the series' names beside. The chart is for reading,
not exploring: no zoom, pan or context menu, the app's colours (resources/styles/app.qss) and
font, the legend under the plot, and a sentence instead of an empty plot.

pyqtgraph brings numpy and takes a few hundred milliseconds to import: import this module
only where a chart is first drawn (the dashboard does, after its window is on screen), never
from the login or at start-up (tests/gui/test_imports.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QStackedLayout, QWidget

from ucj_desktop.gui.text import number as thousands

Row = tuple[str, Sequence[float]]
"""One category's label and its value for each series, in the order of the series' names."""

# The app's colours (app.qss): the card, its border, the text and the muted text.
CARD = "#ffffff"
GRID = "#d9e1e7"
TEXT = "#15303d"
MUTED = "#4a5b66"
# Series colours when the caller gives none: the sidebar's blue first, then the quota bar's
# green, the demo banner's amber, the error red, then lighter and other hues.
PALETTE = ("#0b4f6c", "#1b8a5a", "#f4b400", "#b3261e", "#8fc1d4", "#6f5ba7", "#c4d0d8")
LAGGING = "#f4b400"  # an office under the reference line (the demo banner's amber)
BAR_WIDTH = 0.62


class _StillSample(ItemSample):  # type: ignore[misc]  # pyqtgraph ships no types
    """A legend sample that does not hide its series when clicked (pyqtgraph's does)."""

    def mouseClickEvent(self, event: object) -> None:
        return None


class _CountAxis(pg.AxisItem):  # type: ignore[misc]
    """An axis of counts: whole numbers only, written as Indonesians do (11.666)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [thousands(round(v)) if float(v).is_integer() else "" for v in values]


def _chart_font() -> QFont:
    """The app's font a point smaller: tick labels, legends, values on the bars."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(font.pointSizeF() - 1, 8))
    return font


class Chart(QWidget):
    """A plot over a legend; a sentence in its place while there is nothing to draw."""

    COUNTS_ON = "left"  # the axis that counts (an office chart's bars lie along the bottom)

    def __init__(
        self, empty_text: str, parent: QWidget | None = None, *, legend_columns: int = 4
    ) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(CARD)
        self.view.ci.setContentsMargins(4, 4, 8, 4)
        self.plot_item: pg.PlotItem = self.view.addPlot(
            row=0, col=0, axisItems={self.COUNTS_ON: _CountAxis(self.COUNTS_ON)}
        )
        self.legend = pg.LegendItem(
            colCount=legend_columns,
            labelTextColor=TEXT,
            labelTextSize=f"{_chart_font().pointSizeF():g}pt",
            sampleType=_StillSample,
            frame=False,
            horSpacing=6,
        )
        self.view.addItem(self.legend, row=1, col=0)
        self.empty_text = empty_text
        self.empty_label = QLabel(empty_text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "pageHint")
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty_label)
        self._calm(self.plot_item)
        self.series_names: tuple[str, ...] = ()
        self.categories: tuple[str, ...] = ()
        self._bottom_labels: tuple[str, ...] = ()
        self._bottom_most = 14
        self._top = 0.0  # the largest value on the counting axis
        self._room_px = 0.0  # what the values written beside the bars need beyond it
        # Refitted whenever the plot's size changes (a 125% screen, a narrow window): the
        # labels that fit, and room above the tallest bar for its value.
        self.plot_item.vb.sigResized.connect(self._fit)

    def _calm(self, plot: pg.PlotItem) -> None:
        """No mouse zoom, pan, menu or auto-range button; the app's text and grid colours."""
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.vb.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(GRID))
            axis.setTextPen(pg.mkPen(MUTED))
            axis.setStyle(tickFont=_chart_font(), tickLength=0)
        # The first and last category's labels may reach past the plot's ends a little.
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=24)

    def is_empty(self) -> bool:
        """Whether the sentence stands where the plot would be."""
        return self._stack.currentIndex() == 1

    def show_message(self, text: str) -> None:
        """A sentence instead of the plot (the counts could not be read); the next rows given
        are drawn again."""
        self.plot_item.clear()
        self.legend.clear()
        self.empty_label.setText(text)
        self._stack.setCurrentIndex(1)

    def _reset(self, rows: Sequence[Row], names: Sequence[str]) -> bool:
        """Clear the plot and the legend; False (the sentence shown) when nothing is to be
        drawn: no rows, or every value zero."""
        for values in (v for _, v in rows):
            if len(values) != len(names):
                raise ValueError(f"{len(values)} values for {len(names)} series")
        self.plot_item.clear()
        self.legend.clear()
        self.series_names = tuple(names)
        self.categories = tuple(label for label, _ in rows)
        self._bottom_labels = ()
        drawn = any(value for _, values in rows for value in values)
        self.empty_label.setText(self.empty_text)
        self._stack.setCurrentIndex(0 if drawn else 1)
        return drawn

    @staticmethod
    def _colors(names: Sequence[str], colors: Sequence[str] | None) -> list[str]:
        chosen = list(colors or ())
        return chosen + [PALETTE[i % len(PALETTE)] for i in range(len(chosen), len(names))]

    def _category_axis(self, axis: str, labels: Sequence[str], most: int = 14) -> None:
        """Category labels on ``axis``; along the bottom, every n-th when not all fit."""
        if axis == "bottom":
            self._bottom_labels, self._bottom_most = tuple(labels), most
            self._fit_bottom()
            return
        self.plot_item.getAxis(axis).setTicks([[(float(i), t) for i, t in enumerate(labels)], []])
        self._fit_left_axis(labels)

    def _fit_bottom(self) -> None:
        labels = self._bottom_labels
        metrics = QFontMetrics(_chart_font())
        widest = max((metrics.horizontalAdvance(t) for t in labels), default=0) + 12
        width = self.plot_item.vb.width() or self.width() * 0.8
        most = max(1, min(self._bottom_most, int(width // widest)))
        step = max(1, -(-len(labels) // most))
        last = len(labels) - 1  # the newest category keeps its label: counted from it
        ticks = [(float(i), label) for i, label in enumerate(labels) if (last - i) % step == 0]
        self.plot_item.getAxis("bottom").setTicks([ticks, []])

    def _fit_left_axis(self, texts: Sequence[str]) -> None:
        """Room for the widest label on the left axis from the first paint (pyqtgraph widens
        an axis only after painting it once, dropping the labels that did not fit)."""
        metrics = QFontMetrics(_chart_font())
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        self.plot_item.getAxis("left").setWidth(widest + 10)

    def _count_range(self, top: float, room_px: float) -> None:
        """The counting axis from 0 to ``top`` and ``room_px`` pixels more (the values
        written beyond the bars), wide enough for its labels."""
        self._top, self._room_px = top, room_px
        self._fit_counts()

    def _fit_counts(self) -> None:
        vb = self.plot_item.vb
        left = self.COUNTS_ON == "left"
        length = (vb.height() if left else vb.width()) or (
            0.6 * (self.height() if left else self.width())
        )
        room = min(self._room_px, 0.5 * length)
        top = max(self._top * length / max(length - room, 1.0), 1.0)
        if left:
            self.plot_item.setYRange(0, top, padding=0)
            self._fit_left_axis([thousands(round(top)) + "0"])
        else:
            self.plot_item.setXRange(0, top, padding=0)

    def _fit(self) -> None:
        if self.is_empty() or not self.categories:
            return
        if self._bottom_labels:
            self._fit_bottom()
        self._fit_counts()

    @staticmethod
    def _text_px(text: str = "") -> float:
        metrics = QFontMetrics(_chart_font())
        return float(metrics.horizontalAdvance(text) if text else metrics.height())

    def _label(self, x: float, y: float, text: str, anchor: tuple[float, float]) -> None:
        label = pg.TextItem(text, color=TEXT, anchor=anchor)
        label.setFont(_chart_font())
        self.plot_item.addItem(label)
        label.setPos(x, y)


class BarChart(Chart):
    """Bars per category, the series stacked (registrations per week by status) or a single
    series (desils); the total of each category written above its bar."""

    def set_rows(
        self,
        rows: Sequence[Row],
        names: Sequence[str],
        colors: Sequence[str] | None = None,
        *,
        totals: bool = True,
    ) -> None:
        if not self._reset(rows, names):
            return
        xs = list(range(len(rows)))
        bottoms = [0.0] * len(rows)
        for index, (name, color) in enumerate(zip(names, self._colors(names, colors), strict=True)):
            heights = [float(values[index]) for _, values in rows]
            bars = pg.BarGraphItem(
                x=xs, y0=bottoms, height=heights, width=BAR_WIDTH, brush=color, pen=pg.mkPen(None)
            )
            self.plot_item.addItem(bars)
            if len(names) > 1:
                self.legend.addItem(bars, name)
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
        top = max(bottoms)
        if totals:
            for x, total in zip(xs, bottoms, strict=True):
                if total:
                    self._label(x, total, thousands(round(total)), (0.5, 1.0))
        self.legend.setVisible(len(names) > 1)
        self._category_axis("bottom", self.categories)
        self.plot_item.setXRange(-0.6, len(rows) - 0.4, padding=0)
        self._count_range(top, self._text_px() + 8)  # room for the totals

    def drawn(self) -> dict[str, list[float]]:
        """Each series' bar heights as the plot holds them (what a person sees)."""
        bars = [i for i in self.plot_item.items if isinstance(i, pg.BarGraphItem)]
        if self.is_empty():
            return {}
        return {
            name: [float(h) for h in item.opts["height"]]
            for name, item in zip(self.series_names, bars, strict=True)
        }


class OfficeBarChart(Chart):
    """One horizontal bar per office, the smallest at the bottom, those under ``reference``
    (a target, or the city's average) in amber beside a dashed line: which office lags."""

    COUNTS_ON = "bottom"

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent, legend_columns=1)
        self.legend.setVisible(False)

    def set_rows(
        self,
        rows: Sequence[Row],
        names: Sequence[str],
        reference: float | None = None,
        color: str = PALETTE[0],
    ) -> None:
        """``rows``: (office, (value,)); ``names``: the one series' name."""
        if not self._reset(rows, names):
            return
        ordered = sorted(rows, key=lambda row: float(row[1][0]))  # lowest first: at the bottom
        self.categories = tuple(label for label, _ in ordered)
        values = [float(v[0]) for _, v in ordered]
        brushes = [
            LAGGING if reference is not None and value < reference else color for value in values
        ]
        bars = pg.BarGraphItem(
            x0=0, y=list(range(len(values))), height=BAR_WIDTH, width=values, brushes=brushes,
            pen=pg.mkPen(None),
        )  # fmt: skip
        self.plot_item.addItem(bars)
        for y, value in enumerate(values):
            self._label(value, y, " " + thousands(round(value)), (0.0, 0.5))
        right = max([*values, reference or 0.0])
        if reference is not None:
            line = pg.InfiniteLine(
                pos=reference, angle=90, pen=pg.mkPen(MUTED, width=1.5, style=Qt.PenStyle.DashLine)
            )
            self.plot_item.addItem(line)
        self._category_axis("left", self.categories, most=len(values))
        self.plot_item.setYRange(-0.6, len(values) - 0.4, padding=0)
        self._count_range(right, self._text_px(f" {thousands(round(right))}") + 10)

    def drawn(self) -> dict[str, float]:
        """Each office's bar length as the plot holds it."""
        if self.is_empty():
            return {}
        bars = next(i for i in self.plot_item.items if isinstance(i, pg.BarGraphItem))
        return dict(zip(self.categories, map(float, bars.opts["width"]), strict=True))

    def lagging(self) -> list[str]:
        """The offices drawn in the lagging colour, lowest first."""
        if self.is_empty():
            return []
        bars = next(i for i in self.plot_item.items if isinstance(i, pg.BarGraphItem))
        lag = QColor(LAGGING)
        return [
            office
            for office, brush in zip(self.categories, bars.opts["brushes"], strict=True)
            if pg.mkBrush(brush).color() == lag
        ]


class LineChart(Chart):
    """A line per series over dated categories: the quota used against the quota in force."""

    def set_rows(
        self,
        rows: Sequence[Row],
        names: Sequence[str],
        colors: Sequence[str] | None = None,
        dashed: Sequence[str] = (),
    ) -> None:
        """``dashed``: the names of series drawn dashed (a limit, such as the quota)."""
        if not self._reset(rows, names):
            return
        xs = list(range(len(rows)))
        for index, (name, color) in enumerate(zip(names, self._colors(names, colors), strict=True)):
            style = Qt.PenStyle.DashLine if name in dashed else Qt.PenStyle.SolidLine
            line = pg.PlotDataItem(
                xs,
                [float(values[index]) for _, values in rows],
                pen=pg.mkPen(color, width=2.5, style=style),
                symbol="o" if len(rows) <= 31 else None,
                symbolSize=6,
                symbolBrush=color,
                symbolPen=pg.mkPen(color),
                name=name,
            )
            self.plot_item.addItem(line)
            self.legend.addItem(line, name)
        self._category_axis("bottom", self.categories, most=10)
        top = max(float(v) for _, values in rows for v in values)
        self.plot_item.setXRange(-0.5, max(len(rows) - 0.5, 0.5), padding=0)
        self._count_range(top, 10)  # room for the points' symbols

    def drawn(self) -> dict[str, list[float]]:
        """Each series' points as the plot holds them."""
        if self.is_empty():
            return {}
        lines = [i for i in self.plot_item.items if isinstance(i, pg.PlotDataItem)]
        return {
            name: [float(v) for v in line.getData()[1]]
            for name, line in zip(self.series_names, lines, strict=True)
        }
