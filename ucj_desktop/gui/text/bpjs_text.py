"""The hub's words for the BPJS collective file and its column map (codes of hub/bpjs_file.py
and hub/bpjs_column_map.py), joined into error_text's tables. The line problems say in
Indonesian what wording/bpjs_reasons.py says for the CLI: keep both in step."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ucj_desktop.gui.text import fill, translator

_tr = translator("bpjs_text")


def bpjs_templates() -> dict[str, str]:
    return {
        "bpjs_map.not_found": _tr(
            "Peta kolom BPJS “{map}” tidak ditemukan. Tidak ada berkas yang ditulis."
        ),
        "bpjs_map.unreadable": _tr(
            "Peta kolom BPJS “{map}” bukan berkas JSON yang dapat dibaca ({reason})."
        ),
        "bpjs_map.missing_key": _tr("Peta kolom BPJS “{map}” tidak memuat kunci “{key}”."),
        "bpjs_map.unknown_key": _tr(
            "Peta kolom BPJS “{map}” memuat kunci “{key}” yang tidak dikenal (salah ketik?)."
        ),
        "bpjs_map.bad_value": _tr(
            "Peta kolom BPJS “{map}”: isi kunci “{key}” tidak sah (seharusnya: {expected})."
        ),
        "bpjs_map.unsupported_format": _tr(
            "Peta kolom BPJS “{map}” memakai format versi {format_version} yang belum dikenal "
            "aplikasi ini. Perbarui UCJ Desktop."
        ),
        "bpjs_file.bad_months": _tr(
            "Jumlah bulan iuran harus angka bulat {minimum} sampai {maximum}."
        ),
        "bpjs_file.no_rows": _tr(
            "Tidak ada pekerja untuk dikirim ke BPJS. Tidak ada berkas yang ditulis."
        ),
        "bpjs_result.missing_columns": _tr(
            "Berkas hasil BPJS tidak punya kolom untuk {missing}. Tidak ada yang dibaca."
        ),
        "bpjs_result.ambiguous_column": _tr(
            "Berkas hasil BPJS punya lebih dari satu kolom untuk {column} ({headers}). "
            "Tidak ada yang dibaca."
        ),
        "bpjs_result.too_many_rows": _tr(
            "Berkas hasil BPJS berisi lebih dari {maximum} baris, lebih banyak dari hasil mana "
            "pun. Tidak ada yang dibaca."
        ),
    }


def _problem_words(field: str, problem: str, other: object) -> str:
    words = {
        "nik.empty": _tr("NIK kosong"),
        "nik.scientific": _tr("NIK tertulis sebagai angka ilmiah, digitnya hilang"),
        "nik.number": _tr(
            "NIK tersimpan sebagai angka; NIK harus berupa teks (Excel hanya menyimpan 15 dari "
            "16 digitnya: minta BPJS menyimpan kolom NIK sebagai teks)"
        ),
        "nik.not_digits": _tr("NIK bukan angka saja"),
        "nik.length": _tr("NIK bukan 16 digit"),
        "nik.not_text": _tr("NIK bukan teks"),
        "nik.duplicate": _tr("NIK sama dengan baris {other}"),
        "kpj.too_short": _tr(
            "KPJ kurang dari 11 digit (kolom berformat angka menghapus nol di depan KPJ: "
            "minta BPJS menyimpan kolom KPJ sebagai teks)"
        ),
        "kpj.scientific": _tr("KPJ tertulis sebagai angka ilmiah, digitnya hilang"),
        "kpj.invalid": _tr("KPJ bukan 11 angka"),
        "reason.too_long": _tr("alasan penolakan terlalu panjang"),
        "reason.bad_characters": _tr("alasan penolakan berisi karakter kendali"),
        "result.both": _tr("berisi KPJ sekaligus alasan penolakan"),
        "result.neither": _tr("tidak berisi KPJ maupun alasan penolakan"),
        "full_name.empty": _tr("nama kosong"),
        "kelurahan_name.empty": _tr("kelurahan kosong"),
        "birth_date.not_a_date": _tr("tanggal lahir bukan tanggal"),
        "declared_income.not_integer": _tr("penghasilan bukan rupiah bulat"),
        "declared_income.out_of_range": _tr("penghasilan di luar batas"),
        "occupations.too_many": _tr("pekerjaan lebih banyak dari kolom template"),
        "occupations.unmapped": _tr("pekerjaan belum punya padanan di peta kolom BPJS"),
    }.get(f"{field}.{problem}")
    if words is None:
        words = {
            "empty": _tr("{field} kosong"),
            "not_text": _tr("{field} bukan teks"),
            "too_long": _tr("{field} terlalu panjang"),
            "bad_characters": _tr("{field} berisi karakter kendali"),
        }.get(problem, _tr("{field} tidak sah"))
    return fill(words, {"other": other, "field": field})


def _lines_text(values: Mapping[str, object]) -> str:
    problems = values.get("problems")
    parts = []
    if isinstance(problems, tuple):
        for item in problems:
            if isinstance(item, tuple) and len(item) == 4:
                line, field, problem, other = item
                words = _problem_words(str(field), str(problem), other)
                parts.append(fill(_tr("baris {line}: {words}"), {"line": line, "words": words}))
    more = values.get("more")
    if isinstance(more, int) and more > 0:
        parts.append(fill(_tr("dan {more} masalah lain"), {"more": more}))
    return "; ".join(parts)


def _bad_rows_text(values: Mapping[str, object]) -> str:
    lines = _lines_text(values)
    text = _tr(
        "{count} baris tidak dapat dimasukkan ke berkas BPJS. Tidak ada berkas yang ditulis."
    )
    return fill(text, values) + (f" ({lines})" if lines else "")


def _bad_lines_text(values: Mapping[str, object]) -> str:
    lines = _lines_text(values)
    text = _tr("Berkas hasil BPJS ditolak: {count} baris tidak sah. Tidak ada yang dibaca.")
    return fill(text, values) + (f" ({lines})" if lines else "")


BPJS_BUILDERS: dict[str, Callable[[Mapping[str, object]], str]] = {
    "bpjs_file.bad_rows": _bad_rows_text,
    "bpjs_result.bad_lines": _bad_lines_text,
}
