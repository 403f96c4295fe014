"""The chart widgets (gui/widgets/charts.py) on plain rows: what each plots, the sentence in
place of an empty chart, and that the bars reach the screen in their colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from ucj_desktop.gui.widgets.charts import LAGGING, BarChart, LineChart, OfficeBarChart

WEEKS = [("16 Nov", (2, 5, 1)), ("23 Nov", (0, 3, 4)), ("30 Nov", (1, 0, 0))]
NAMES = ["Draf", "Diajukan", "Terdaftar BPJS"]
COLORS = ["#c4d0d8", "#8fc1d4", "#1b8a5a"]


def _shown(qtbot, chart, width=640, height=320):
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _pixels_of(image: QImage, color: str) -> int:
    """How many pixels of the picture are exactly ``color`` (bars are drawn without a pen)."""
    wanted = QColor(color).rgb()
    step = 2  # every other pixel each way is plenty to tell a bar from none
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == wanted
    )


def test_stacked_bars_plot_each_series_and_draw_it_in_its_colour(qtbot):
    chart = BarChart("Belum ada pendaftaran")
    chart.set_rows(WEEKS, NAMES, COLORS)
    image = _shown(qtbot, chart)
    assert chart.drawn() == {"Draf": [2, 0, 1], "Diajukan": [5, 3, 0], "Terdaftar BPJS": [1, 4, 0]}
    assert chart.categories == ("16 Nov", "23 Nov", "30 Nov")
    assert not chart.is_empty()
    pixels = {color: _pixels_of(image, color) for color in COLORS}
    assert all(pixels.values()), pixels
    # 8 submitted, 5 enrolled, 3 drafts in all: the coloured areas follow the counts.
    assert pixels["#8fc1d4"] > pixels["#1b8a5a"] > pixels["#c4d0d8"]


def test_new_rows_replace_the_old_ones(qtbot):
    chart = BarChart("kosong")
    chart.set_rows(WEEKS, NAMES, COLORS)
    chart.set_rows([("Desil 1", (7,)), ("Desil 2", (3,))], ["Pekerja"])
    _shown(qtbot, chart)
    assert chart.drawn() == {"Pekerja": [7, 3]}
    assert chart.categories == ("Desil 1", "Desil 2")


@pytest.mark.parametrize(
    "make",
    [
        lambda: BarChart("Belum ada data"),
        lambda: LineChart("Belum ada data"),
        lambda: OfficeBarChart("Belum ada data"),
    ],
    ids=["bars", "line", "offices"],
)
@pytest.mark.parametrize(
    "rows", [[], [("30 Nov", (0,)), ("7 Des", (0,))]], ids=["no rows", "all zero"]
)
def test_a_chart_with_nothing_to_draw_says_so(qtbot, make, rows):
    chart = make()
    chart.set_rows(rows, ["Pekerja"])
    _shown(qtbot, chart, 300, 200)
    assert chart.is_empty()
    assert chart.empty_label.isVisible()
    assert chart.empty_label.text() == "Belum ada data"
    assert chart.drawn() == {}


def test_values_that_do_not_match_the_series_are_refused(qtbot):
    chart = BarChart("kosong")
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="2 values for 3 series"):
        chart.set_rows([("16 Nov", (1, 2))], NAMES)


def test_a_message_replaces_the_plot_until_rows_come_again(qtbot):
    chart = BarChart("Belum ada data")
    chart.set_rows(WEEKS, NAMES)
    chart.show_message("Data kantor sedang dipakai program lain.")
    _shown(qtbot, chart)
    assert chart.is_empty() and chart.empty_label.text().startswith("Data kantor")
    chart.set_rows(WEEKS, NAMES)
    assert not chart.is_empty() and chart.empty_label.text() == "Belum ada data"


def test_the_quota_line_chart_plots_used_against_total_per_date(qtbot):
    rows = [("01-12", (100, 11_666)), ("02-12", (350, 11_666)), ("03-12", (900, 12_000))]
    chart = LineChart("Belum ada data")
    chart.set_rows(rows, ["Terpakai", "Kuota"], ["#1b8a5a", "#4a5b66"], dashed=["Kuota"])
    image = _shown(qtbot, chart)
    assert chart.drawn() == {"Terpakai": [100, 350, 900], "Kuota": [11_666, 11_666, 12_000]}
    assert chart.categories == ("01-12", "02-12", "03-12")
    assert _pixels_of(image, "#1b8a5a") > 0


def test_office_bars_put_the_lowest_at_the_bottom_and_mark_those_under_the_line(qtbot):
    rows = [("Bekasijaya", (120,)), ("Margahayu", (40,)), ("Duren Jaya", (75,)), ("Aren", (0,))]
    chart = OfficeBarChart("Belum ada data")
    chart.set_rows(rows, ["Pendaftaran"], reference=80)
    image = _shown(qtbot, chart, 640, 360)
    assert chart.drawn() == {"Aren": 0, "Margahayu": 40, "Duren Jaya": 75, "Bekasijaya": 120}
    assert chart.categories == ("Aren", "Margahayu", "Duren Jaya", "Bekasijaya")
    assert chart.lagging() == ["Aren", "Margahayu", "Duren Jaya"]
    assert _pixels_of(image, LAGGING) > 0
    chart.set_rows(rows, ["Pendaftaran"])  # no reference: nobody is marked
    assert chart.lagging() == []


def test_on_a_narrow_chart_every_other_label_is_shown_and_the_newest_keeps_its_own(qtbot):
    weeks = [(f"{day} Nov", (day,)) for day in range(1, 13)]
    chart = BarChart("kosong")
    chart.set_rows(weeks, ["Pendaftaran"])
    _shown(qtbot, chart, 900, 300)
    wide = [label for _, label in chart.plot_item.getAxis("bottom")._tickLevels[0]]
    assert len(wide) == 12
    chart.resize(260, 300)
    qtbot.waitUntil(lambda: len(chart.plot_item.getAxis("bottom")._tickLevels[0]) < 12)
    narrow = [label for _, label in chart.plot_item.getAxis("bottom")._tickLevels[0]]
    assert narrow[-1] == "12 Nov"
    assert set(narrow) < set(wide)
