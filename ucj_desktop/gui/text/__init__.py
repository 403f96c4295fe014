"""The GUI's words: codes to sentences and labels (error_text, eligibility_text, messages,
labels), kept together so the later Qt-free wording catalog finds them in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """``_tr = translator("labels")``: Qt Linguist's translation of a source string in one
    context, for module-level word tables (widgets use their own ``self.tr``)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr
