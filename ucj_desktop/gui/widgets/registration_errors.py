"""The problems under the registration form's fields, and where the cursor goes for each.

A problem shows once the officer has touched its field (birth date and sex: once they touched
the NIK they come from), or every problem after Enter on a form that cannot be submitted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ucj_desktop.domain.registration_form import FieldProblem
from ucj_desktop.gui.text.eligibility_text import field_text


class FieldErrors:
    """The problems under the fields: shown once a field is touched, or all of them on demand."""

    def __init__(self, places: dict[str, tuple[QLabel, QWidget]]) -> None:
        """``places``: for each RegistrationInput field, the label its problem is written in and
        the widget the cursor goes to (the NIK's for birth date and sex, which come from it)."""
        self._places = places
        self._nik = places["nik"][1]
        self.touched: set[str] = set()
        self.show_all = False

    def touch_all(self) -> None:
        self.touched.update(self._places)

    def reset(self) -> None:
        """A new form: nothing touched, problems shown as fields are touched."""
        self.touched.clear()
        self.show_all = False

    def _visible(self, problem: FieldProblem) -> bool:
        if self.show_all:
            return True
        if problem.field not in self.touched and not (
            problem.field in ("birth_date", "sex") and "nik" in self.touched
        ):
            return False
        # Half a NIK is not an error yet while the officer is still typing it.
        return not (problem.code == "nik.length" and self._nik.hasFocus())

    def show(self, problems: tuple[FieldProblem, ...]) -> None:
        texts: dict[int, list[str]] = {}
        labels: dict[int, QLabel] = {}
        for label, _focus in self._places.values():
            labels[id(label)] = label
            texts.setdefault(id(label), [])
        for problem in problems:
            if problem.field in self._places and self._visible(problem):
                label = self._places[problem.field][0]
                text = field_text(problem)
                if text not in texts[id(label)]:
                    texts[id(label)].append(text)
        for key, label in labels.items():
            label.setText(" ".join(texts[key]))
            label.setVisible(bool(texts[key]))

    def text_for(self, field: str) -> str:
        """The error shown next to ``field`` ('' when none)."""
        label = self._places[field][0]
        return "" if label.isHidden() else label.text()

    def focus(self, problem: FieldProblem) -> None:
        """The cursor to the field of ``problem`` (to the NIK for one the form has no place for)."""
        self._places.get(problem.field, self._places["nik"])[1].setFocus()
