"""Why a row of a reference file or a registration is refused (the codes of
domain/reference_rows.py and domain/registration_form.py), for the import's error report, the
reference screen and the CLI: Indonesian source words, in the catalog's language."""

from __future__ import annotations

from collections.abc import Mapping

from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate
from ucj_desktop.wording.formats import number, rupiah

_REASONS = {
    "nik.empty": QT_TRANSLATE_NOOP("import_reasons", "NIK kosong"),
    "nik.scientific": QT_TRANSLATE_NOOP(
        "import_reasons",
        "NIK tertulis sebagai angka ilmiah (mis. 3.27501E+15): digitnya hilang, "
        "ketik ulang NIK sebagai teks",
    ),
    "nik.not_digits": QT_TRANSLATE_NOOP("import_reasons", "NIK hanya boleh berisi angka"),
    "nik.length": QT_TRANSLATE_NOOP("import_reasons", "NIK harus 16 digit (tertulis {length})"),
    "nik.invalid_date": QT_TRANSLATE_NOOP(
        "import_reasons", "tanggal lahir di dalam NIK tidak ada di kalender"
    ),
    "nik.future_birth": QT_TRANSLATE_NOOP(
        "import_reasons", "tanggal lahir di dalam NIK ada di masa depan"
    ),
    "nik.invalid_region": QT_TRANSLATE_NOOP("import_reasons", "kode wilayah NIK tidak dikenal"),
    "nik.serial_zero": QT_TRANSLATE_NOOP("import_reasons", "nomor urut NIK tidak boleh 0000"),
    "nik.duplicate_in_file": QT_TRANSLATE_NOOP(
        "import_reasons", "NIK ganda: sudah ada di baris {first_line}"
    ),
    "kk.empty": QT_TRANSLATE_NOOP("import_reasons", "No. KK kosong"),
    "kk.scientific": QT_TRANSLATE_NOOP(
        "import_reasons", "No. KK tertulis sebagai angka ilmiah: digitnya hilang"
    ),
    "kk.not_digits": QT_TRANSLATE_NOOP("import_reasons", "No. KK hanya boleh berisi angka"),
    "kk.length": QT_TRANSLATE_NOOP("import_reasons", "No. KK harus 16 digit (tertulis {length})"),
    "kk.invalid_date": QT_TRANSLATE_NOOP(
        "import_reasons", "tanggal terbit di dalam No. KK tidak ada di kalender"
    ),
    "kk.serial_zero": QT_TRANSLATE_NOOP("import_reasons", "nomor urut No. KK tidak boleh 0000"),
    "name.empty": QT_TRANSLATE_NOOP("import_reasons", "nama kosong"),
    "desil.invalid": QT_TRANSLATE_NOOP("import_reasons", "desil harus angka {min} sampai {max}"),
    "date.invalid": QT_TRANSLATE_NOOP(
        "import_reasons", "tanggal lahir tidak terbaca (pakai DD/MM/YYYY atau YYYY-MM-DD)"
    ),
    "sex.invalid": QT_TRANSLATE_NOOP("import_reasons", "jenis kelamin harus L atau P"),
    "rt.invalid": QT_TRANSLATE_NOOP("import_reasons", "RT harus angka 1-3 digit"),
    "rw.invalid": QT_TRANSLATE_NOOP("import_reasons", "RW harus angka 1-3 digit"),
    "kelurahan.unknown": QT_TRANSLATE_NOOP(
        "import_reasons", "kelurahan tidak dikenal (pakai kode 32.75.KK.1NNN atau nama resmi)"
    ),
    "kelurahan.other_city": QT_TRANSLATE_NOOP(
        "import_reasons",
        "kelurahan di luar Kota Bekasi: baris ini bukan milik ekstrak kota ini "
        "(berkas salah atau rusak?)",
    ),
    # Registration form fields (`ucj register`, candidate lists).
    "name.too_long": QT_TRANSLATE_NOOP(
        "import_reasons", "nama terlalu panjang (paling banyak {maximum} karakter)"
    ),
    "birth_date.nik_mismatch": QT_TRANSLATE_NOOP(
        "import_reasons", "tanggal lahir berbeda dengan yang tertulis di NIK ({nik_date})"
    ),
    "sex.nik_mismatch": QT_TRANSLATE_NOOP(
        "import_reasons", "jenis kelamin berbeda dengan yang tertulis di NIK ({nik_sex})"
    ),
    "phone.empty": QT_TRANSLATE_NOOP("import_reasons", "nomor HP kosong"),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "import_reasons", "nomor HP tidak valid (pakai 08..., 628... atau +628...)"
    ),
    "phone.not_mobile": QT_TRANSLATE_NOOP(
        "import_reasons", "bukan nomor HP (telepon rumah atau 084x)"
    ),
    "address.empty": QT_TRANSLATE_NOOP("import_reasons", "alamat kosong"),
    "address.too_long": QT_TRANSLATE_NOOP(
        "import_reasons", "alamat terlalu panjang (paling banyak {maximum} karakter)"
    ),
    "kelurahan.empty": QT_TRANSLATE_NOOP("import_reasons", "kelurahan kosong"),
    "occupation.none": QT_TRANSLATE_NOOP("import_reasons", "pekerjaan belum diisi"),
    "occupation.unknown": QT_TRANSLATE_NOOP(
        "import_reasons", "pekerjaan {occupation} bukan kategori program"
    ),
    "occupation.too_many": QT_TRANSLATE_NOOP(
        "import_reasons", "paling banyak {max} pekerjaan (tertulis {count})"
    ),
    "income.not_integer": QT_TRANSLATE_NOOP(
        "import_reasons", "penghasilan harus angka rupiah bulat"
    ),
    "income.negative": QT_TRANSLATE_NOOP("import_reasons", "penghasilan tidak boleh negatif"),
    "income.too_large": QT_TRANSLATE_NOOP(
        "import_reasons", "penghasilan melebihi {maximum} sebulan: periksa angkanya"
    ),
    "consent.required": QT_TRANSLATE_NOOP("import_reasons", "persetujuan pekerja belum dicatat"),
    "registration.duplicate": QT_TRANSLATE_NOOP(
        "import_reasons", "NIK ini sudah terdaftar di kantor ini"
    ),
}


# Values that are integer rupiah, by code (the rest of the whole numbers are counts).
_MONEY = {"income.too_large": "maximum"}
# Values written as they are: a line number or a count of digits is not grouped.
_PLAIN = {"first_line", "length", "min", "max", "count"}


def reason_text(code: str, values: Mapping[str, object]) -> str:
    """The words for ``code`` with its values filled in (the code itself when unknown)."""
    template = _REASONS.get(code)
    if template is None:
        return code
    shown = {name: _shown(code, name, value) for name, value in values.items()}
    try:
        return translate("import_reasons", template).format(**shown)
    except (KeyError, IndexError):
        return translate("import_reasons", template)


def _shown(code: str, name: str, value: object) -> object:
    if type(value) is not int or name in _PLAIN:
        return value
    return rupiah(value) if _MONEY.get(code) == name else number(value)


def report_header() -> list[str]:
    """The heading row of an import's error report (CSV)."""
    return [
        translate("import_reasons", "baris"),
        translate("import_reasons", "kolom"),
        translate("import_reasons", "kode"),
        translate("import_reasons", "alasan"),
    ]
