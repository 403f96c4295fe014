"""The hub's words for the BPJS collective file and its column map (codes of hub/bpjs_file.py
and hub/bpjs_column_map.py), joined into error_text's tables. The line problems say in
Indonesian what wording/bpjs_reasons.py says for the CLI: keep both in step."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ucj_desktop.gui.text import fill, translate


def bpjs_templates() -> dict[str, str]:
    return {
        "bpjs_map.not_found": translate(
            "bpjs_text", "Peta kolom BPJS “{map}” tidak ditemukan. Tidak ada berkas yang ditulis."
        ),
        "bpjs_map.unreadable": translate(
            "bpjs_text", "Peta kolom BPJS “{map}” bukan berkas JSON yang dapat dibaca ({reason})."
        ),
        "bpjs_map.missing_key": translate(
            "bpjs_text", "Peta kolom BPJS “{map}” tidak memuat kunci “{key}”."
        ),
        "bpjs_map.unknown_key": translate(
            "bpjs_text",
            "Peta kolom BPJS “{map}” memuat kunci “{key}” yang tidak dikenal (salah ketik?).",
        ),
        "bpjs_map.bad_value": translate(
            "bpjs_text",
            "Peta kolom BPJS “{map}”: isi kunci “{key}” tidak sah (seharusnya: {expected}).",
        ),
        "bpjs_map.unsupported_format": translate(
            "bpjs_text",
            "Peta kolom BPJS “{map}” memakai format versi {format_version} yang belum dikenal "
            "aplikasi ini. Perbarui UCJ Desktop.",
        ),
        "bpjs_file.bad_months": translate(
            "bpjs_text", "Jumlah bulan iuran harus angka bulat {minimum} sampai {maximum}."
        ),
        "bpjs_file.no_rows": translate(
            "bpjs_text", "Tidak ada pekerja untuk dikirim ke BPJS. Tidak ada berkas yang ditulis."
        ),
        "bpjs_result.missing_columns": translate(
            "bpjs_text",
            "Berkas hasil BPJS tidak punya kolom untuk {missing}. Tidak ada yang dibaca.",
        ),
        "bpjs_result.ambiguous_column": translate(
            "bpjs_text",
            "Berkas hasil BPJS punya lebih dari satu kolom untuk {column} ({headers}). "
            "Tidak ada yang dibaca.",
        ),
        "bpjs_result.too_many_rows": translate(
            "bpjs_text",
            "Berkas hasil BPJS berisi lebih dari {maximum} baris, lebih banyak dari hasil mana "
            "pun. Tidak ada yang dibaca.",
        ),
    }


def _problem_words(field: str, problem: str, other: object) -> str:
    words = {
        "nik.empty": translate("bpjs_text", "NIK kosong"),
        "nik.scientific": translate(
            "bpjs_text", "NIK tertulis sebagai angka ilmiah, digitnya hilang"
        ),
        "nik.number": translate(
            "bpjs_text",
            "NIK tersimpan sebagai angka; NIK harus berupa teks (Excel hanya menyimpan 15 dari "
            "16 digitnya: minta BPJS menyimpan kolom NIK sebagai teks)",
        ),
        "nik.not_digits": translate("bpjs_text", "NIK bukan angka saja"),
        "nik.length": translate("bpjs_text", "NIK bukan 16 digit"),
        "nik.not_text": translate("bpjs_text", "NIK bukan teks"),
        "nik.duplicate": translate("bpjs_text", "NIK sama dengan baris {other}"),
        "kpj.too_short": translate(
            "bpjs_text",
            "KPJ kurang dari 11 digit (kolom berformat angka menghapus nol di depan KPJ: "
            "minta BPJS menyimpan kolom KPJ sebagai teks)",
        ),
        "kpj.scientific": translate(
            "bpjs_text", "KPJ tertulis sebagai angka ilmiah, digitnya hilang"
        ),
        "kpj.invalid": translate("bpjs_text", "KPJ bukan 11 angka"),
        "reason.too_long": translate("bpjs_text", "alasan penolakan terlalu panjang"),
        "reason.bad_characters": translate("bpjs_text", "alasan penolakan berisi karakter kendali"),
        "result.both": translate("bpjs_text", "berisi KPJ sekaligus alasan penolakan"),
        "result.neither": translate("bpjs_text", "tidak berisi KPJ maupun alasan penolakan"),
        "full_name.empty": translate("bpjs_text", "nama kosong"),
        "kelurahan_name.empty": translate("bpjs_text", "kelurahan kosong"),
        "birth_date.not_a_date": translate("bpjs_text", "tanggal lahir bukan tanggal"),
        "declared_income.not_integer": translate("bpjs_text", "penghasilan bukan rupiah bulat"),
        "declared_income.out_of_range": translate("bpjs_text", "penghasilan di luar batas"),
        "occupations.too_many": translate(
            "bpjs_text", "pekerjaan lebih banyak dari kolom template"
        ),
        "occupations.unmapped": translate(
            "bpjs_text", "pekerjaan belum punya padanan di peta kolom BPJS"
        ),
    }.get(f"{field}.{problem}")
    if words is None:
        words = {
            "empty": translate("bpjs_text", "{field} kosong"),
            "not_text": translate("bpjs_text", "{field} bukan teks"),
            "too_long": translate("bpjs_text", "{field} terlalu panjang"),
            "bad_characters": translate("bpjs_text", "{field} berisi karakter kendali"),
        }.get(problem, translate("bpjs_text", "{field} tidak sah"))
    return fill(words, {"other": other, "field": field})


def _lines_text(values: Mapping[str, object]) -> str:
    problems = values.get("problems")
    parts = []
    if isinstance(problems, tuple):
        for item in problems:
            if isinstance(item, tuple) and len(item) == 4:
                line, field, problem, other = item
                words = _problem_words(str(field), str(problem), other)
                parts.append(
                    fill(
                        translate("bpjs_text", "baris {line}: {words}"),
                        {"line": line, "words": words},
                    )
                )
    more = values.get("more")
    if isinstance(more, int) and more > 0:
        parts.append(fill(translate("bpjs_text", "dan {more} masalah lain"), {"more": more}))
    return "; ".join(parts)


def _bad_rows_text(values: Mapping[str, object]) -> str:
    lines = _lines_text(values)
    text = translate(
        "bpjs_text",
        "{count} baris tidak dapat dimasukkan ke berkas BPJS. Tidak ada berkas yang ditulis.",
    )
    return fill(text, values) + (f" ({lines})" if lines else "")


def _bad_lines_text(values: Mapping[str, object]) -> str:
    lines = _lines_text(values)
    text = translate(
        "bpjs_text", "Berkas hasil BPJS ditolak: {count} baris tidak sah. Tidak ada yang dibaca."
    )
    return fill(text, values) + (f" ({lines})" if lines else "")


BPJS_BUILDERS: dict[str, Callable[[Mapping[str, object]], str]] = {
    "bpjs_file.bad_rows": _bad_rows_text,
    "bpjs_result.bad_lines": _bad_lines_text,
}
