"""The recovery code on screen, in the lines the printed recovery sheet has (four groups of four
characters a line, ``security.recovery.code_lines``): shown once at setup, typed back to
recover the store key or restore a backup on a computer whose keyring lacks it."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QLineEdit, QWidget

from ucj_desktop.gui.widgets.style import fixed_font, repolish
from ucj_desktop.security.recovery import GROUP, GROUPS, GROUPS_PER_LINE, code_lines

# Characters a code may hold as typed: letters and digits (0, 1 and 8 are read as O, I, B);
# spaces and dashes between groups are the officer's, dropped.
_TYPED = re.compile(r"[^A-Za-z0-9]")
LINE_SEPARATOR = "  "  # between groups on one line, as wide as the sheet's gap looks


def _line_capacity(line: int) -> int:
    """Characters on the 0-based ``line`` of the printed code (the last line is shorter)."""
    groups_before = line * GROUPS_PER_LINE
    return min(GROUPS_PER_LINE, GROUPS - groups_before) * GROUP


LINES = -(-GROUPS // GROUPS_PER_LINE)  # 4


def _grouped(chars: str) -> str:
    return LINE_SEPARATOR.join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


class RecoveryCodeView(QFrame):
    """The code shown once, large, in the sheet's lines, selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeCard")
        self.setProperty("role", "card")
        self.label = QLabel()
        self.label.setObjectName("recoveryCode")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = fixed_font()
        font.setPointSize(18)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setStyleSheet("color: #0b4f6c;")
        layout = QGridLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.label)

    def set_code(self, code: str) -> None:
        self.label.setText("\n".join(LINE_SEPARATOR.join(line) for line in code_lines(code)))

    def code(self) -> str:
        """The code as the dash-joined groups (what the copy button puts on the clipboard)."""
        return "-".join(self.label.text().split())


class RecoveryCodeEdit(QWidget):
    """One field per line of the printed sheet: the officer types the sheet line by line.

    Letters are upper-cased, spaces and dashes dropped and the groups spaced as printed; a full
    line moves on to the next, and a whole code pasted (or typed) into any line spreads over
    the lines from there. ``code()`` gives the dash-joined groups the recovery services take.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeEdit")
        self.lines: list[QLineEdit] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        font = fixed_font()
        font.setPointSize(13)
        for index in range(LINES):
            number = QLabel(self.tr("Baris {n}").format(n=index + 1))
            number.setObjectName("hintLabel")
            edit = QLineEdit()
            edit.setObjectName(f"recoveryLine{index + 1}")
            edit.setFont(font)
            edit.setPlaceholderText(_grouped("ABCD" * (_line_capacity(index) // GROUP)))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("W" * 24) + 16)
            edit.textEdited.connect(lambda _text, i=index: self._edited(i))
            edit.installEventFilter(self)
            number.setBuddy(edit)
            grid.addWidget(number, index, 0)
            grid.addWidget(edit, index, 1)
            self.lines.append(edit)
        self.setFocusProxy(self.lines[0])

    def code(self) -> str:
        chars = "".join(_TYPED.sub("", edit.text()) for edit in self.lines)
        return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))

    def setText(self, text: str) -> None:
        self._spread(0, _TYPED.sub("", text).upper())
        self.changed.emit()

    def text(self) -> str:
        return self.code()

    def clear(self) -> None:
        self.setText("")

    def mark_line(self, line: int | None) -> None:
        """Show the 1-based ``line`` as the one to check (None: no line marked)."""
        for index, edit in enumerate(self.lines):
            edit.setProperty("invalid", line == index + 1)
            edit.setStyleSheet(
                "QLineEdit { border: 2px solid #b3261e; }" if line == index + 1 else ""
            )
            repolish(edit)
        if line is not None:
            self.lines[line - 1].setFocus()

    def _edited(self, index: int) -> None:
        edit = self.lines[index]
        before_cursor = len(_TYPED.sub("", edit.text()[: edit.cursorPosition()]))
        chars = _TYPED.sub("", edit.text()).upper()
        capacity = _line_capacity(index)
        if len(chars) > capacity:
            # Typed or pasted past the end of the line: it continues on the next lines.
            rest = "".join(_TYPED.sub("", e.text()) for e in self.lines[index + 1 :])
            self._spread(index, chars + rest)
            self._focus_end(self._first_open_line())
        else:
            edit.setText(_grouped(chars))
            if before_cursor == capacity and index + 1 < LINES:
                self._focus_end(index + 1)
            else:  # the cursor stays after the character just typed
                gaps = max(before_cursor - 1, 0) // GROUP
                edit.setCursorPosition(before_cursor + gaps * len(LINE_SEPARATOR))
        self.mark_line(None)
        self.changed.emit()

    def _first_open_line(self) -> int:
        for index, edit in enumerate(self.lines):
            if len(_TYPED.sub("", edit.text())) < _line_capacity(index):
                return index
        return LINES - 1

    def _focus_end(self, index: int) -> None:
        self.lines[index].setFocus()
        self.lines[index].end(False)

    def _spread(self, start: int, chars: str) -> None:
        for index in range(start, LINES):
            capacity = _line_capacity(index)
            part, chars = chars[:capacity], chars[capacity:]
            self.lines[index].setText(_grouped(part))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys sent to the whole entry (a scanner, a test) go to the line being typed.
        QApplication.sendEvent(self.lines[self._first_open_line()], event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Backspace at the start of a line goes back to the end of the line before.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Backspace
            and isinstance(watched, QLineEdit)
            and watched in self.lines
            and watched.cursorPosition() == 0
            and not watched.hasSelectedText()
        ):
            index = self.lines.index(watched)
            if index > 0:
                self._focus_end(index - 1)
                return True
        return super().eventFilter(watched, event)
