"""The clipped-text checker (tests/support/clipping.py) on widgets built to fit or not: it must
catch each way text gets cut, and say nothing of text that fits."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tests.support.clipping import clipped_texts

LONG = "Data NIK, nama, alamat dan pekerjaan dipakai hanya untuk kepesertaan SIGAP"


def _window(qtbot, *widgets: QWidget, size: QSize | None = None) -> QWidget:
    window = QWidget()
    window.setObjectName("win")
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    qtbot.addWidget(window)
    window.resize(size or QSize(600, 400))
    window.show()
    qtbot.waitExposed(window)
    return window


def _kinds(window: QWidget, **options) -> list[tuple[str, str]]:
    return [(clip.kind, clip.path.split("/")[-1]) for clip in clipped_texts(window, **options)]


def test_text_that_fits_is_not_reported(qtbot):
    label = QLabel(LONG)
    label.setWordWrap(True)
    edit = QLineEdit()
    edit.setPlaceholderText("16 digit")
    window = _window(qtbot, label, QLabel("NIK"), edit, QPushButton("Simpan"), QCheckBox("Setuju"))
    assert clipped_texts(window, screen=QSize(1366, 768)) == []


def test_a_label_narrower_than_its_text_is_reported(qtbot):
    label = QLabel(LONG)
    label.setObjectName("notice")
    label.setFixedWidth(120)
    assert _kinds(_window(qtbot, label)) == [("label", "notice")]


def test_a_wrapped_label_lower_than_its_lines_is_reported(qtbot):
    label = QLabel(LONG)
    label.setObjectName("notice")
    label.setWordWrap(True)
    label.setFixedSize(160, 20)  # room for one of its four lines
    clips = clipped_texts(_window(qtbot, label))
    assert [c.kind for c in clips] == ["label"]
    assert clips[0].need[1] > 2 * clips[0].have[1]


def _scrolled(qtbot, *labels: QLabel) -> QWidget:
    """``labels`` in the body of a scroll area that scrolls down only (as a detail pane's)."""
    body = QWidget()
    layout = QVBoxLayout(body)
    for label in labels:
        layout.addWidget(label)
    area = QScrollArea()
    area.setObjectName("fieldsScroll")
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidgetResizable(True)
    area.setWidget(body)
    return _window(qtbot, area, size=QSize(300, 200))


def test_a_wrapped_label_in_a_scroll_area_that_lost_a_line_is_reported(qtbot):
    label = QLabel("Anggota Organda (pengemudi angkutan umum), Pengemudi ojek pangkalan")
    label.setObjectName("field_occupations")
    label.setWordWrap(True)
    lines = label.fontMetrics().boundingRect(
        QRect(0, 0, 200, 1000), Qt.TextFlag.TextWordWrap.value, label.text()
    )
    assert lines.height() >= 2 * label.fontMetrics().height()  # it does wrap at 200 px
    label.setFixedSize(200, lines.height() - label.fontMetrics().height())  # one line short
    window = _scrolled(qtbot, label)
    clips = clipped_texts(window)
    assert [(c.kind, c.path.split("/")[-1]) for c in clips] == [("label", "field_occupations")]
    assert clips[0].need[1] - clips[0].have[1] >= label.fontMetrics().height() - 1


def test_a_whole_label_scrolled_below_the_viewport_is_not_reported(qtbot):
    fillers = [QLabel(f"Baris {n}") for n in range(30)]
    last = QLabel(LONG)
    last.setWordWrap(True)
    window = _scrolled(qtbot, *fillers, last)
    assert last.mapTo(window, last.rect().topLeft()).y() > window.height()  # out of sight
    assert clipped_texts(window) == []


def test_a_mnemonic_is_not_counted_as_text(qtbot):
    edit = QLineEdit()
    label = QLabel("&Cari:")
    label.setBuddy(edit)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.addWidget(label)
    layout.addWidget(edit)
    window = _window(qtbot, row)
    label.setFixedWidth(label.fontMetrics().horizontalAdvance("Cari:") + 1)
    assert clipped_texts(window) == []


def test_elided_placeholder_and_squeezed_buttons_are_reported(qtbot):
    edit = QLineEdit()
    edit.setObjectName("nikEdit")
    edit.setPlaceholderText("16 digit, mis. 3275014101900001")
    edit.setFixedWidth(120)
    button = QPushButton("Ekspor berkas pendaftaran perangkat")
    button.setObjectName("export")
    button.setFixedWidth(90)
    check = QCheckBox("Pekerja setuju datanya dipakai untuk pendaftaran")
    check.setObjectName("consent")
    check.setFixedWidth(150)
    kinds = _kinds(_window(qtbot, edit, button, check))
    assert sorted(kinds) == [
        ("button", "consent"),
        ("button", "export"),
        ("placeholder", "nikEdit"),
    ]


def test_table_cells_headers_and_columns_past_the_edge_are_reported(qtbot):
    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["Nama", "Pekerjaan", "Alasan"])
    model.setItem(0, 0, QStandardItem("Sri"))
    model.setItem(0, 1, QStandardItem("Anggota Organda (pengemudi angkutan umum)"))
    table = QTableView()
    table.setObjectName("workers")
    table.setModel(model)
    table.setFixedWidth(300)
    for column in range(3):
        table.setColumnWidth(column, 120)
    clips = clipped_texts(_window(qtbot, table))
    found = sorted((c.kind, c.path.rsplit(":", 1)[-1], c.text) for c in clips)
    assert ("cell", "Pekerjaan", "Anggota Organda (pengemudi angkutan umum)") in found
    assert ("column", "Alasan", "Alasan") in found
    assert not any(text == "Sri" for _kind, _column, text in found)


def test_a_list_row_wider_than_the_list_is_reported(qtbot):
    view_model = QStringListModel(["Beranda", "Pendaftaran pekerja informal Kota Bekasi"])
    view = QListView()
    view.setObjectName("nav")
    view.setModel(view_model)
    view.setFixedWidth(120)
    clips = clipped_texts(_window(qtbot, view))
    assert [c.text for c in clips] == ["Pendaftaran pekerja informal Kota Bekasi"]


def test_a_widget_pushed_outside_its_parent_is_reported(qtbot):
    inner = QWidget()
    inner.setObjectName("card")
    inner.setFixedSize(200, 60)
    label = QLabel("Kuota", inner)
    label.setObjectName("quota")
    label.move(180, 10)
    label.resize(80, 20)
    kinds = _kinds(_window(qtbot, inner))
    assert ("outside", "quota") in kinds


def test_a_window_larger_than_the_screen_is_reported(qtbot):
    window = _window(qtbot, QLabel("x"), size=QSize(700, 500))
    window.setMinimumSize(700, 500)
    assert _kinds(window, screen=QSize(640, 480)) == [("window", "win")]


def test_the_allow_list_silences_only_its_own_text(qtbot):
    first = QLabel(LONG)
    first.setObjectName("path")
    first.setFixedWidth(100)
    second = QLabel(LONG)
    second.setObjectName("notice")
    second.setFixedWidth(100)
    window = _window(qtbot, first, second)
    clips = clipped_texts(window, allowed=[("path", "Data NIK")])
    assert [c.path.split("/")[-1] for c in clips] == ["notice"]
