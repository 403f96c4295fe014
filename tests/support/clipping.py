"""Finds text that does not fit the widget showing it: clipped, cut or elided.

``clipped_texts(window)`` walks every visible widget under ``window`` and measures what Qt
would draw with the widget's own font, style and margins:

- labels (word wrap taken into account: the wrapped text must fit the height, and no single
  word may be wider than the label), rich text through a QTextDocument;
- push buttons, check boxes and radio buttons (the style's contents rect, mnemonics removed);
- line edits (a read-only field's text, any field's placeholder), spin boxes and combo boxes
  (the style's edit field);
- item views: every visible header section and every cell in the viewport against its
  column (the delegate's own size hint, on one line), and columns past the viewport's right
  edge;
- any of these pushed outside its parent (a layout squeezed below its minimum), and the
  window itself larger than the screen it is meant for.

Each finding is a ``Clip`` naming the widget's path (object names), what overflows and by how
many pixels. An allow-list entry is ``(path_suffix, text_start)``: text that is elided on
purpose (a long path in a fixed field) and shows its whole value another way (a tooltip).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ucj_desktop.wording import catalog

# Qt draws a line edit's text this far inside its contents rect (QLineEditPrivate).
_LINE_EDIT_MARGIN = 2


@dataclass(frozen=True)
class Clip:
    path: str  # object names from the window down, "Class" where a widget has none
    kind: str  # label, button, placeholder, header, cell, column, outside, window...
    text: str
    need: tuple[int, int]  # width, height the text needs
    have: tuple[int, int]  # width, height the widget gives it

    def __str__(self) -> str:
        return (
            f"{self.path} [{self.kind}] {self.text!r}: needs {self.need[0]}x{self.need[1]}, "
            f"has {self.have[0]}x{self.have[1]}"
        )


Allowed = tuple[str, str]  # (path suffix, start of the text)


def widget_path(widget: QWidget, top: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _slack(widget: QWidget) -> int:
    """Pixels of height a line may lack before any glyph is cut: the font's leading and a
    part of its descent (a layout that gives a 22-px line 21 px cuts nothing)."""
    metrics = QFontMetrics(widget.font())
    return max(2, metrics.height() // 5)


def _plain(text: str) -> str:
    """A button's text as drawn: '&x' shows x, '&&' shows &."""
    return re.sub(r"&(.)", r"\1", text)


def _label_clip(label: QLabel, path: str) -> Clip | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    margin = label.margin()
    rect = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(rect.width())
        else:
            option = QTextOption(doc.defaultTextOption())
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            doc.setDefaultTextOption(option)
        need = QSize(int(doc.idealWidth() + 0.999), int(doc.size().height() + 0.999))
    else:
        metrics = QFontMetrics(label.font())
        flags = int(label.alignment().value)
        if label.buddy() is not None:  # '&x' is a mnemonic: drawn as x
            flags |= Qt.TextFlag.TextShowMnemonic.value
        if label.wordWrap():
            flags |= Qt.TextFlag.TextWordWrap.value
        bounds = (
            QRect(0, 0, rect.width(), 100_000)
            if label.wordWrap()
            else QRect(0, 0, 100_000, 100_000)
        )
        need = metrics.boundingRect(bounds, flags, text).size()
    if need.width() <= rect.width() and need.height() <= rect.height() + _slack(label):
        return None
    return Clip(path, "label", text, (need.width(), need.height()), (rect.width(), rect.height()))


def _button_clip(button: QAbstractButton, path: str) -> Clip | None:
    text = _plain(button.text())
    if not text:
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    style = button.style()
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    elif isinstance(button, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    else:
        return None
    rect = style.subElementRect(element, option, button)
    metrics = QFontMetrics(button.font())
    width = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        width += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    height = metrics.height()
    # A push button's contents rect still holds its focus frame: a pixel on each side.
    inner = rect.adjusted(1, 0, -1, 0) if isinstance(button, QPushButton) else rect
    # Qt sizes a button from the same text a pixel or two narrower than this sum (side
    # bearings): two pixels of slack, so only a button squeezed below its text is caught.
    if width <= inner.width() + 2 and height <= max(inner.height(), button.height()):
        return None
    return Clip(path, "button", text, (width, height), (inner.width(), inner.height()))


def _line_edit_clip(edit: QLineEdit, path: str) -> Clip | None:
    parent = edit.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return None  # measured as its spin box or combo box
    if edit.text():
        if not edit.isReadOnly():
            return None  # a field being typed in scrolls; only a shown value must fit
        text, kind = edit.text(), "field"
    elif edit.placeholderText():
        text, kind = edit.placeholderText(), "placeholder"
    else:
        return None
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = (
        edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
        if edit.hasFrame()
        else 0
    )
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    available = rect.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN
    for action in edit.actions():  # a clear button or an icon takes room from the text
        if action.isVisible():
            available -= 20
    return _elided(edit, path, kind, text, available, rect.height())


def _spin_clip(spin: QAbstractSpinBox, path: str) -> Clip | None:
    edit = spin.findChild(QLineEdit)
    text = spin.text() or (edit.placeholderText() if edit is not None else "")
    if not text:
        return None
    option = QStyleOptionSpinBox()
    option.initFrom(spin)
    option.frame = spin.hasFrame()
    option.subControls = QStyle.SubControl.SC_SpinBoxFrame | QStyle.SubControl.SC_SpinBoxEditField
    option.buttonSymbols = spin.buttonSymbols()
    if spin.buttonSymbols() != QAbstractSpinBox.ButtonSymbols.NoButtons:
        option.subControls |= QStyle.SubControl.SC_SpinBoxUp | QStyle.SubControl.SC_SpinBoxDown
    rect = spin.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxEditField, spin
    )
    return _elided(spin, path, "spin", text, rect.width() - 2 * _LINE_EDIT_MARGIN, rect.height())


def _combo_clip(combo: QComboBox, path: str) -> Clip | None:
    text = combo.currentText() or combo.placeholderText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.currentText = text
    option.subControls = QStyle.SubControl.SC_All
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    available = rect.width() - (2 * _LINE_EDIT_MARGIN if combo.isEditable() else 0)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        available -= combo.iconSize().width() + 4
    return _elided(combo, path, "combo", text, available, rect.height())


def _elided(
    widget: QWidget, path: str, kind: str, text: str, width: int, height: int
) -> Clip | None:
    """What Qt does before drawing a field's text: elide it to the width it has."""
    metrics = QFontMetrics(widget.font())
    if metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) == text:
        return None
    return Clip(path, kind, text, (metrics.horizontalAdvance(text), 0), (width, height))


def _view_clips(view: QAbstractItemView, path: str) -> list[Clip]:
    model = view.model()
    if model is None:
        return []
    found: list[Clip] = []
    viewport = view.viewport()
    header = (
        view.horizontalHeader()
        if isinstance(view, QTableView)
        else getattr(view, "header", lambda: None)()
    )
    columns = [
        c
        for c in range(1 if isinstance(view, QListView) else model.columnCount(QModelIndex()))
        if header is None or not header.isSectionHidden(c)
    ]
    if header is not None and header.isVisible():
        for column in columns:
            size = header.sectionSize(column)
            need = header.sectionSizeFromContents(column)
            style = header.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            # Qt sizes every section for a sort arrow and two margins; only the sorted section
            # draws the arrow, and the label itself is drawn inside the margins.
            spare = 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() != column:
                spare += margin + style.pixelMetric(
                    QStyle.PixelMetric.PM_HeaderMarkSize, None, header
                )
            need = QSize(need.width() - spare, need.height())
            text = _header_text(model, column)
            if need.width() > size:
                found.append(
                    Clip(
                        path, "header", text, (need.width(), need.height()), (size, header.height())
                    )
                )
            right = header.sectionViewportPosition(column) + size
            if right > viewport.width() + 1 and view.horizontalScrollBar().value() == 0:
                found.append(
                    Clip(
                        f"{path}:{text}",
                        "column",
                        text,
                        (right, 0),
                        (viewport.width(), viewport.height()),
                    )
                )
    delegate = view.itemDelegate()
    for row in range(model.rowCount(QModelIndex())):
        first = view.visualRect(model.index(row, columns[0] if columns else 0))
        if first.top() >= viewport.height():
            break
        if first.bottom() < 0:
            continue
        for column in columns:
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty():
                continue
            if isinstance(view, QListView):  # an item is as wide as its text; the list is not
                rect.setRight(viewport.width() - 1)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.font = view.font()
            option.rect = QRect(0, 0, 100_000, rect.height())
            option.showDecorationSelected = True
            need = delegate.sizeHint(option, index)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            where = f"{path}:{_header_text(model, column)}"
            if need.width() > rect.width() or need.height() > rect.height():
                found.append(
                    Clip(
                        where,
                        "cell",
                        text,
                        (need.width(), need.height()),
                        (rect.width(), rect.height()),
                    )
                )
    return found


def _header_text(model: object, column: int) -> str:
    try:
        return str(model.headerData(column, Qt.Orientation.Horizontal) or "")  # type: ignore[attr-defined]
    except TypeError:
        return ""


def _outside(widget: QWidget, window: QWidget, path: str) -> Clip | None:
    """A widget its parents do not fully show. Below or beside a scroll area's viewport is
    scrolling, not clipping, unless the area has no scroll bar that way: then the part past
    the viewport's right edge is cut."""
    rect = widget.rect()
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.translated(child.pos())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            policy = area.horizontalScrollBarPolicy()
            if policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and rect.right() > parent.width():
                inside = parent.rect().intersected(rect)
                need, have = (rect.width(), rect.height()), (inside.width(), inside.height())
                return Clip(path, "outside", _text_of(widget), need, have)
            return None
        if not parent.rect().contains(rect):
            inside = parent.rect().intersected(rect)
            return Clip(
                path,
                "outside",
                _text_of(widget),
                (rect.width(), rect.height()),
                (inside.width(), inside.height()),
            )
        if parent is window:
            return None
        child, parent = parent, parent.parentWidget()
    return None


def _text_of(widget: QWidget) -> str:
    for getter in ("text", "title", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                return text
    return type(widget).__name__


_MEASURED = (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


def clipped_texts(
    window: QWidget, allowed: Iterable[Allowed] = (), screen: QSize | None = None
) -> list[Clip]:
    """Every text under ``window`` that does not fit its widget (visible widgets only)."""
    found: list[Clip] = []
    # A window never gets smaller than its layout's minimum: on the laptop it would run off
    # the screen.
    need = window.size().expandedTo(window.minimumSizeHint())
    if screen is not None and (need.width() > screen.width() or need.height() > screen.height()):
        found.append(
            Clip(
                window.objectName() or type(window).__name__,
                "window",
                window.windowTitle(),
                (need.width(), need.height()),
                (screen.width(), screen.height()),
            )
        )
    for widget in [window, *window.findChildren(QWidget)]:
        if (
            not widget.isVisible()
            or widget.window() is not window
            or not isinstance(widget, _MEASURED)
        ):
            continue
        if isinstance(widget, QHeaderView):
            continue  # measured with its view
        path = widget_path(widget, window)
        clips: list[Clip | None]
        if isinstance(widget, QLabel):
            clips = [_label_clip(widget, path)]
        elif isinstance(widget, QAbstractButton):
            clips = [_button_clip(widget, path)]
        elif isinstance(widget, QLineEdit):
            clips = [_line_edit_clip(widget, path)]
        elif isinstance(widget, QAbstractSpinBox):
            clips = [_spin_clip(widget, path)]
        elif isinstance(widget, QComboBox):
            clips = [_combo_clip(widget, path)]
        else:
            clips = list(_view_clips(widget, path))
        if widget is not window:
            clips.append(_outside(widget, window, path))
        for clip in clips:
            if clip is not None and not _is_allowed(clip, allowed):
                found.append(clip)
    return found


def _is_allowed(clip: Clip, allowed: Iterable[Allowed]) -> bool:
    return any(
        clip.path.endswith(form) and clip.text.startswith(_spoken_start(start))
        for suffix, start in allowed
        for form in _spoken(suffix)
    )


def _spoken_start(start: str) -> tuple[str, ...]:
    """An allowed text's start (``Ditolak: ``, the head of a template) in the app's language."""
    if not start:
        return ("",)
    forms = {start} | {
        text.split("{")[0]
        for (_context, source), text in catalog.translations(catalog.ENGLISH).items()
        if source.split("{")[0] == start
    }
    return tuple(forms | {"[" + form for form in forms})


def _spoken(suffix: str) -> set[str]:
    """An allowed path's column (``workerTable:Alasan``, Indonesian) as the app shows it in
    the language it speaks: English, or pseudo-localised."""
    head, colon, column = suffix.rpartition(":")
    if not colon:
        return {suffix}
    words = {column} | {
        text
        for (_context, source), text in catalog.translations(catalog.ENGLISH).items()
        if source == column
    }
    words |= {catalog.lengthened(word) for word in words}
    return {f"{head}:{word}" for word in words}
