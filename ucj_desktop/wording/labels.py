"""Words for the codes a report or a printed page shows without Qt: a registration's status, an
occupation category. (The GUI's own tables are gui/text/labels.py.)"""

from __future__ import annotations

from ucj_desktop.domain.categories import DEFAULT_CATEGORIES
from ucj_desktop.domain.status import Status
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

STATUS_WORDS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("wording_labels", "Draf"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("wording_labels", "Diajukan"),
    Status.VERIFIED: QT_TRANSLATE_NOOP("wording_labels", "Terverifikasi"),
    Status.REJECTED: QT_TRANSLATE_NOOP("wording_labels", "Ditolak"),
    Status.EXPORTED: QT_TRANSLATE_NOOP("wording_labels", "Dikirim ke hub"),
    Status.ENROLLED: QT_TRANSLATE_NOOP("wording_labels", "Terdaftar BPJS"),
    Status.RETURNED: QT_TRANSLATE_NOOP("wording_labels", "Dikembalikan"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("wording_labels", "Dibatalkan"),
}

# The programme's own categories (domain/categories.py's labels); a category the settings add
# is data and keeps its label as written.
_CATEGORY_WORDS: dict[str, str] = {
    "OJOL": QT_TRANSLATE_NOOP("wording_labels", "Pengemudi ojek online"),
    "OJEK_PANGKALAN": QT_TRANSLATE_NOOP("wording_labels", "Pengemudi ojek pangkalan"),
    "ORGANDA": QT_TRANSLATE_NOOP("wording_labels", "Anggota Organda (pengemudi angkutan umum)"),
    "PKL": QT_TRANSLATE_NOOP("wording_labels", "Pedagang kaki lima (PKL)"),
    "UMKM": QT_TRANSLATE_NOOP("wording_labels", "Pelaku UMKM"),
    "PKH": QT_TRANSLATE_NOOP("wording_labels", "Penerima PKH"),
}
_DEFAULT_LABELS = {c.code: c.label_id for c in DEFAULT_CATEGORIES}


def status_words(status: Status | str) -> str:
    return translate("wording_labels", STATUS_WORDS[Status(status)])


def category_words(code: str) -> str:
    """An occupation category's label (its code when it is not known)."""
    if code in _CATEGORY_WORDS:
        return translate("wording_labels", _CATEGORY_WORDS[code])
    return _DEFAULT_LABELS.get(code, code)
