"""The hub's words for the BPJS collective file and its column map (codes of hub/bpjs_file.py
and hub/bpjs_column_map.py), joined into error_text's tables; the line problems are
wording/bpjs_reasons.py's, as the CLI prints them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ucj_desktop.gui.text import fill, translate
from ucj_desktop.wording.bpjs_reasons import line_problems_summary


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


def _lines_text(values: Mapping[str, object]) -> str:
    problems = values.get("problems")
    if not isinstance(problems, tuple):
        return ""
    listed = [p for p in problems if isinstance(p, tuple)]
    return line_problems_summary(listed, values.get("more"))


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
