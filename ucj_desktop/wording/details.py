"""Words for the detail codes services put in an error's ``reason``, ``expected`` or ``detail``.

A service says *why* with a code and its values (``reason="member_too_large", member=...``;
``expected="short_text", maximum=255``), never with a phrase; the GUI (gui/text/error_text.py)
and the CLI (cli/messages.py) word the code here, in the thread's language, before they put it
in their sentence. A value that is not one of these codes is data or the OS's words (a file
name, an OS error, an exception's class name) and is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

# The values of an error that may hold a detail code.
DETAIL_KEYS = ("reason", "expected", "detail")

_WORDS: dict[str, str] = {
    # What a key of a BPJS column map (hub/bpjs_column_map.py) should hold, and why a map is
    # not read at all.
    "object": QT_TRANSLATE_NOOP("details", "sebuah objek"),
    "text": QT_TRANSLATE_NOOP("details", "teks yang tidak kosong"),
    "short_text": QT_TRANSLATE_NOOP(
        "details", "teks paling banyak {maximum} karakter, tanpa karakter kendali"
    ),
    "positive_integer": QT_TRANSLATE_NOOP("details", "bilangan bulat mulai dari 1"),
    "map_name": QT_TRANSLATE_NOOP("details", "huruf kecil, angka dan _"),
    "sheet_name": QT_TRANSLATE_NOOP(
        "details", "nama lembar yang diterima Excel (tanpa [ ] : * ? / \\)"
    ),
    "column_list": QT_TRANSLATE_NOOP("details", "daftar berisi 1 sampai {maximum} kolom"),
    "unique_header": QT_TRANSLATE_NOOP("details", "judul kolom yang tidak dipakai kolom lain"),
    "unique_source": QT_TRANSLATE_NOOP("details", "sumber yang tidak dipakai kolom lain"),
    "nik_column": QT_TRANSLATE_NOOP(
        "details", "sebuah kolom bersumber nik (hasil dicocokkan menurut NIK)"
    ),
    "one_of": QT_TRANSLATE_NOOP("details", "salah satu dari {choices}"),
    "occupation_values": QT_TRANSLATE_NOOP("details", "sebuah objek: kode pekerjaan -> teks BPJS"),
    "spelling_list": QT_TRANSLATE_NOOP(
        "details", "daftar berisi 1 sampai {maximum} ejaan judul kolom"
    ),
    "unique_result_header": QT_TRANSLATE_NOOP(
        "details", "judul kolom yang tidak diterima isian hasil lain"
    ),
    "map_too_large": QT_TRANSLATE_NOOP("details", "lebih dari 1 MB"),
    # Why a file is not a backup (services/backup_archive.py).
    "member_too_large": QT_TRANSLATE_NOOP("details", "{member} terlalu besar"),
    "member_not_json": QT_TRANSLATE_NOOP("details", "{member} bukan JSON"),
    "member_not_object": QT_TRANSLATE_NOOP("details", "{member} bukan objek JSON"),
    "not_a_backup": QT_TRANSLATE_NOOP("details", "bukan cadangan UCJ Desktop"),
    "format_missing": QT_TRANSLATE_NOOP("details", "formatnya tidak disebut"),
    "missing_field": QT_TRANSLATE_NOOP("details", "{member}: isian {key} tidak ada atau salah"),
    "different_stores": QT_TRANSLATE_NOOP(
        "details", "store.json dan backup.json menyebut data kantor yang berbeda"
    ),
    "not_a_zip": QT_TRANSLATE_NOOP("details", "bukan wadah ZIP"),
    "unexpected_members": QT_TRANSLATE_NOOP("details", "isi yang tidak terduga: {members}"),
    # Why a package's manifest is refused (sync/package.py).
    "audit_anchor": QT_TRANSLATE_NOOP("details", "jangkar jejak audit"),
    "quota_too_early": QT_TRANSLATE_NOOP("details", "kuota sebelum versi 4"),
    "quota_missing": QT_TRANSLATE_NOOP("details", "kuota tidak ada"),
    "quota_in_kind": QT_TRANSLATE_NOOP("details", "kuota dalam paket {package_kind}"),
    "quota_invalid": QT_TRANSLATE_NOOP("details", "kuota {quota_field}: {quota_problem}"),
    "field_type": QT_TRANSLATE_NOOP("details", "jenis isian {key}"),
    "format_or_kind": QT_TRANSLATE_NOOP("details", "format atau jenis paket"),
    "settings_too_early": QT_TRANSLATE_NOOP("details", "pengaturan sebelum versi 4"),
    # Why a key file is refused (services/sync_keys.py).
    "not_an_enrollment_file": QT_TRANSLATE_NOOP("details", "bukan berkas pendaftaran kunci"),
    "bad_keys": QT_TRANSLATE_NOOP("details", "kuncinya tidak sah"),
    "signing_key_length": QT_TRANSLATE_NOOP("details", "panjang kunci tanda tangan salah"),
    # Why a store does not open (services/store_unlock.py).
    "escrow_unreadable": QT_TRANSLATE_NOOP("details", "titipan kunci perangkat tidak dapat dibaca"),
    # Why a workbook is not read (files/tabular_reader.py).
    "no_sheet": QT_TRANSLATE_NOOP("details", "tidak ada lembar kerja"),
}


class _Keep(dict[str, object]):
    """Values for a template: a placeholder without a value stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def detail_words(code: object, values: Mapping[str, object] | None = None) -> object:
    """The words for a detail ``code``, filled from the error's ``values``, in the thread's
    language; any other value (data, the OS's words) as it is."""
    if not isinstance(code, str) or code not in _WORDS:
        return code
    return translate("details", _WORDS[code]).format_map(_Keep(values or {}))


def worded(values: Mapping[str, object]) -> dict[str, object]:
    """An error's values with its detail codes in words, ready for the error's sentence."""
    return {
        key: detail_words(value, values) if key in DETAIL_KEYS else value
        for key, value in values.items()
    }
