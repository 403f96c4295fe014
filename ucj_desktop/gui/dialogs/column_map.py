"""Which column of a reference file holds which field, when the header does not say it plainly.

Opened by the reference screen when an import stops on ``columns.missing`` or
``columns.duplicate``. Each field gets a drop-down of the file's header cells, pre-filled from
the known header spellings; ``mapping()`` is the ``{column: field}`` the import service takes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.reference_rows import (
    COVERAGE_FIELDS,
    COVERAGE_REQUIRED,
    DTSEN_FIELDS,
    DTSEN_REQUIRED,
    header_key,
)
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import field_label
from ucj_desktop.gui.widgets.page import error_label, vbox

FIELDS: Mapping[str, tuple[Mapping[str, tuple[str, ...]], tuple[str, ...]]] = {
    "dtsen": (DTSEN_FIELDS, DTSEN_REQUIRED),
    "coverage": (COVERAGE_FIELDS, COVERAGE_REQUIRED),
}


def kind_label(kind: str) -> str:
    return {
        "dtsen": translate("column_map_dialog", "DTSEN"),
        "coverage": translate("column_map_dialog", "Daftar cakupan"),
    }.get(kind, kind)


def alias_hits(header: Sequence[str], aliases: Sequence[str]) -> list[int]:
    """Indexes of the header cells spelled like one of a field's known names."""
    return [i for i, cell in enumerate(header) if header_key(cell) in aliases]


def problem_text(problem: DomainError) -> str:
    """Why the dialog opened, with field names in words (the service gives field keys)."""
    if problem.code == "columns.missing":
        missing = problem.values.get("missing", [])
        names = ", ".join(field_label(str(f)) for f in missing) if isinstance(missing, list) else ""
        return translate(
            "column_map_dialog",
            "Kolom wajib tidak dikenali: {fields}. Pilih kolom yang berisi data itu.",
        ).format(fields=names or "?")
    if problem.code == "columns.duplicate":
        columns = problem.values.get("columns", [])
        listed = ", ".join(f"“{c}”" for c in columns) if isinstance(columns, list) else ""
        return translate(
            "column_map_dialog", "Lebih dari satu kolom cocok untuk {field}: {columns}. Pilih satu."
        ).format(field=field_label(problem.field or ""), columns=listed or "?")
    return translate("column_map_dialog", "Pilih kolom yang berisi setiap data.")


class ColumnMapDialog(QDialog):
    """One drop-down per field of ``kind``; required fields are marked with *."""

    def __init__(
        self,
        kind: str,
        file_name: str,
        header: Sequence[str],
        problem: DomainError | None = None,
        initial: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnMapDialog")
        self.setWindowTitle(self.tr("Pemetaan kolom"))
        self.kind = kind
        self.header = list(header)
        fields, required = FIELDS[kind]
        self.required = tuple(required)
        self._aliases = fields
        layout = vbox(self, margins=(22, 20, 22, 16), spacing=12)

        intro = QLabel(
            self.tr(
                "Berkas {file} ({kind}): pilih kolom yang berisi setiap data. "
                "Data bertanda * wajib ada."
            ).format(file=file_name, kind=kind_label(kind))
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)
        layout.addWidget(intro)
        self.problem_label = error_label(problem_text(problem) if problem is not None else "")
        self.problem_label.setVisible(problem is not None)
        layout.addWidget(self.problem_label)

        self.error_label = error_label()  # what is wrong with the choice, under the form
        self.error_label.hide()
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        chosen = {target: column for column, target in (initial or {}).items()}
        self.combos: dict[str, QComboBox] = {}
        for field, aliases in fields.items():
            combo = QComboBox()
            combo.setObjectName(f"column_{field}")
            combo.addItem(self.tr("— tidak ada —"), None)
            for cell in self.header:
                combo.addItem(cell or self.tr("(kolom tanpa judul)"), cell)
            if field in chosen and chosen[field] in self.header:
                combo.setCurrentIndex(self.header.index(chosen[field]) + 1)
            elif hits := alias_hits(self.header, aliases):
                combo.setCurrentIndex(hits[0] + 1)
            combo.currentIndexChanged.connect(lambda _i: self.error_label.hide())
            mark = " *" if field in self.required else ""
            label = QLabel(field_label(field) + mark)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[field] = combo
        layout.addLayout(form)

        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Impor dengan pemetaan ini"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        first_empty = next(
            (c for f, c in self.combos.items() if f in self.required and c.currentData() is None),
            None,
        )
        (first_empty or next(iter(self.combos.values()))).setFocus()

    def choose(self, field: str, column: str) -> None:
        """Pick ``column`` (a header cell) for ``field``."""
        self.combos[field].setCurrentIndex(self.header.index(column) + 1)

    def chosen(self) -> dict[str, str]:
        """``{field: column}`` for every field with a column picked."""
        return {
            field: str(combo.currentData())
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def mapping(self) -> dict[str, str]:
        """``{column: field}``, the form the import service takes."""
        return {column: field for field, column in self.chosen().items()}

    def problem(self) -> str | None:
        """What is wrong with the current choice, in words; None when it can be imported."""
        chosen = self.chosen()
        missing = [field_label(f) for f in self.required if f not in chosen]
        if missing:
            return self.tr("Pilih kolom untuk: {fields}.").format(fields=", ".join(missing))
        by_column: dict[str, list[str]] = {}
        for field, column in chosen.items():
            by_column.setdefault(column, []).append(field_label(field))
        for column, labels in by_column.items():
            if len(labels) > 1:
                return self.tr(
                    "Kolom “{column}” dipilih untuk lebih dari satu data: {fields}."
                ).format(column=column, fields=", ".join(labels))
        # An optional field left empty would still be matched by its known spellings; two such
        # columns would stop the import again, so one of them must be chosen here.
        for field, aliases in self._aliases.items():
            if field not in chosen and len(alias_hits(self.header, aliases)) > 1:
                return self.tr("Pilih satu kolom untuk {field}.").format(field=field_label(field))
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()
