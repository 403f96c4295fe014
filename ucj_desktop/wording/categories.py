"""An occupation category in the reader's words. The programme's categories (DOMAIN.md) are
in the catalog; a category the hub's settings add later keeps the label the hub gave it."""

from __future__ import annotations

from ucj_desktop.domain.categories import Category
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

# DOMAIN.md's categories (domain.categories.DEFAULT_CATEGORIES), for lupdate.
DEFAULT_LABELS = (
    QT_TRANSLATE_NOOP("categories", "Pengemudi ojek online"),
    QT_TRANSLATE_NOOP("categories", "Pengemudi ojek pangkalan"),
    QT_TRANSLATE_NOOP("categories", "Anggota Organda (pengemudi angkutan umum)"),
    QT_TRANSLATE_NOOP("categories", "Pedagang kaki lima (PKL)"),
    QT_TRANSLATE_NOOP("categories", "Pelaku UMKM"),
    QT_TRANSLATE_NOOP("categories", "Penerima PKH"),
)


def category_label(category: Category) -> str:
    return translate("categories", category.label_id)
