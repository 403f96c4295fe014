"""Words for the line problems of a BPJS collective file (hub/bpjs_file.py): a row refused
before it is written, a line of BPJS's result file refused when it is read.

A problem is ``(line, field, problem, other_line)``: the line in the file (the header is line
1), the field ("nik", "kpj", "reason", "result", "full_name"...), the problem's code and, for
a duplicate, the line it repeats (else None). The CLI prints the summary in a DomainError's
``lines``; the GUI (gui/text/bpjs_text.py) says the same from the ``problems`` codes. Never
personal data: a problem names a line and a field, never the value.
"""

from __future__ import annotations

from collections.abc import Sequence

from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

LineProblem = tuple[int, str, str, int | None]

# Field-specific words first, then the words any text field shares.
_FIELD_WORDS: dict[str, str] = {
    "nik.empty": QT_TRANSLATE_NOOP("bpjs_reasons", "NIK kosong"),
    "nik.scientific": QT_TRANSLATE_NOOP(
        "bpjs_reasons", "NIK tertulis sebagai angka ilmiah, digitnya hilang"
    ),
    "nik.number": QT_TRANSLATE_NOOP(
        "bpjs_reasons",
        "NIK tersimpan sebagai angka; NIK harus berupa teks (Excel hanya menyimpan 15 dari "
        "16 digitnya: minta BPJS menyimpan kolom NIK sebagai teks)",
    ),
    "nik.not_digits": QT_TRANSLATE_NOOP("bpjs_reasons", "NIK bukan angka saja"),
    "nik.length": QT_TRANSLATE_NOOP("bpjs_reasons", "NIK bukan 16 digit"),
    "nik.not_text": QT_TRANSLATE_NOOP("bpjs_reasons", "NIK bukan teks"),
    "nik.duplicate": QT_TRANSLATE_NOOP("bpjs_reasons", "NIK sama dengan baris {other}"),
    "kpj.too_short": QT_TRANSLATE_NOOP(
        "bpjs_reasons",
        "KPJ kurang dari 11 digit (kolom berformat angka menghapus nol di depan KPJ: "
        "minta BPJS menyimpan kolom KPJ sebagai teks)",
    ),
    "kpj.scientific": QT_TRANSLATE_NOOP(
        "bpjs_reasons", "KPJ tertulis sebagai angka ilmiah, digitnya hilang"
    ),
    "kpj.invalid": QT_TRANSLATE_NOOP("bpjs_reasons", "KPJ bukan 11 angka"),
    "reason.too_long": QT_TRANSLATE_NOOP("bpjs_reasons", "alasan penolakan terlalu panjang"),
    "reason.bad_characters": QT_TRANSLATE_NOOP(
        "bpjs_reasons", "alasan penolakan berisi karakter kendali"
    ),
    "result.both": QT_TRANSLATE_NOOP("bpjs_reasons", "berisi KPJ sekaligus alasan penolakan"),
    "result.neither": QT_TRANSLATE_NOOP("bpjs_reasons", "tidak berisi KPJ maupun alasan penolakan"),
    "full_name.empty": QT_TRANSLATE_NOOP("bpjs_reasons", "nama kosong"),
    "kelurahan_name.empty": QT_TRANSLATE_NOOP("bpjs_reasons", "kelurahan kosong"),
    "birth_date.not_a_date": QT_TRANSLATE_NOOP("bpjs_reasons", "tanggal lahir bukan tanggal"),
    "declared_income.not_integer": QT_TRANSLATE_NOOP(
        "bpjs_reasons", "penghasilan bukan rupiah bulat"
    ),
    "declared_income.out_of_range": QT_TRANSLATE_NOOP("bpjs_reasons", "penghasilan di luar batas"),
    "occupations.too_many": QT_TRANSLATE_NOOP(
        "bpjs_reasons", "pekerjaan lebih banyak dari kolom template"
    ),
    "occupations.unmapped": QT_TRANSLATE_NOOP(
        "bpjs_reasons", "pekerjaan belum punya padanan di peta kolom BPJS"
    ),
}
_COMMON_WORDS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("bpjs_reasons", "{field} kosong"),
    "not_text": QT_TRANSLATE_NOOP("bpjs_reasons", "{field} bukan teks"),
    "too_long": QT_TRANSLATE_NOOP("bpjs_reasons", "{field} terlalu panjang"),
    "bad_characters": QT_TRANSLATE_NOOP("bpjs_reasons", "{field} berisi karakter kendali"),
}
_UNKNOWN = QT_TRANSLATE_NOOP("bpjs_reasons", "{field} tidak sah")


def line_problem_words(field: str, problem: str, other_line: object = None) -> str:
    """The words for one problem of ``field`` (any other problem: the field is not valid)."""
    template = _FIELD_WORDS.get(f"{field}.{problem}") or _COMMON_WORDS.get(problem) or _UNKNOWN
    other = other_line if other_line is not None else "?"
    return translate("bpjs_reasons", template).format(other=other, field=field)


def line_problems_summary(problems: Sequence[tuple[object, ...]], more: object) -> str:
    """``baris 12: KPJ bukan 11 angka; baris 40: ...; dan 3 masalah lain``."""
    parts = [
        translate("bpjs_reasons", "baris {line}: {words}").format(
            line=line, words=line_problem_words(str(field), str(problem), other)
        )
        for line, field, problem, other in (p for p in problems if len(p) == 4)
    ]
    if isinstance(more, int) and more > 0:
        parts.append(translate("bpjs_reasons", "dan {more} masalah lain").format(more=more))
    return "; ".join(parts)
