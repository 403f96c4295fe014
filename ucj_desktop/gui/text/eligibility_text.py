"""Indonesian words for the registration codes: eligibility rule results and field problems.

The domain returns codes and numbers (``RuleResult.code`` / ``values``, ``FieldProblem``); this
module turns them into one short sentence an officer can read aloud to the worker, through Qt
Linguist like every other GUI string.
"""

from __future__ import annotations

from collections.abc import Mapping

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.eligibility import Outcome, Rule, RuleResult
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.registration_form import FieldProblem
from ucj_desktop.gui.text import officer_locale, translate
from ucj_desktop.gui.text.error_text import error_text


class _Values(dict[str, object]):
    """format_map() helper: numbers get thousands separators, a missing value shows as '?'."""

    def __missing__(self, key: str) -> object:
        return "?"

    def __getitem__(self, key: str) -> object:
        value = super().__getitem__(key) if key in self else self.__missing__(key)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
            return officer_locale().toString(value)
        return value


def _fill(template: str, values: Mapping[str, object]) -> str:
    return template.format_map(_Values(values))


def rule_title(rule: str) -> str:
    """Short name of a rule, for the panel's row heading."""
    titles = {
        Rule.NIK: translate("eligibility_text", "NIK"),
        Rule.AGE: translate("eligibility_text", "Usia"),
        Rule.RESIDENCE: translate("eligibility_text", "Domisili"),
        Rule.DTSEN: translate("eligibility_text", "DTSEN"),
        Rule.OCCUPATION: translate("eligibility_text", "Pekerjaan"),
        Rule.COVERAGE: translate("eligibility_text", "Kepesertaan"),
        Rule.DUPLICATE: translate("eligibility_text", "Pendaftaran"),
        Rule.QUOTA: translate("eligibility_text", "Kuota"),
    }
    return titles.get(Rule(rule), rule) if rule in set(Rule) else rule


def _rule_templates() -> dict[str, str]:
    return {
        # NIK (the format codes of parse_nik, then the pass)
        "nik.valid": translate("eligibility_text", "NIK sah (16 digit)"),
        "nik.empty": translate("eligibility_text", "NIK belum diisi"),
        "nik.scientific": translate(
            "eligibility_text", "NIK tertulis sebagai angka ilmiah (3,27E+15): ketik ulang 16 digit"
        ),
        "nik.not_digits": translate("eligibility_text", "NIK hanya boleh berisi angka"),
        "nik.length": translate("eligibility_text", "NIK {length} digit: harus {expected} digit"),
        "nik.invalid_date": translate(
            "eligibility_text", "Tanggal lahir di NIK (digit 7–12) tidak sah"
        ),
        "nik.future_birth": translate("eligibility_text", "Tanggal lahir di NIK belum terjadi"),
        "nik.invalid_region": translate(
            "eligibility_text", "Kode wilayah di NIK (4 digit pertama) tidak dikenal"
        ),
        "nik.serial_zero": translate(
            "eligibility_text", "Nomor urut NIK (4 digit terakhir) tidak boleh 0000"
        ),
        # Age
        "age.ok": translate("eligibility_text", "Usia {age} tahun: di bawah batas {limit}"),
        "age.too_old": translate("eligibility_text", "Usia {age} tahun: batas {limit}"),
        "age.unknown": translate("eligibility_text", "Usia belum dapat dihitung: NIK belum sah"),
        # Residence
        "residence.in_city": translate(
            "eligibility_text", "Tinggal di Kel. {kelurahan}, Kec. {kecamatan}"
        ),
        "residence.outside_city": translate(
            "eligibility_text", "Alamat di luar Kota Bekasi (kode wilayah {kelurahan_code})"
        ),
        "residence.missing": translate(
            "eligibility_text", "Kelurahan tempat tinggal belum dipilih"
        ),
        # DTSEN
        "dtsen.not_loaded": translate(
            "eligibility_text", "Belum ada data DTSEN di kantor ini (impor di Data Referensi)"
        ),
        "dtsen.not_found": translate(
            "eligibility_text",
            "Tidak ada di DTSEN: perbarui data di kelurahan/kecamatan (cetak surat rujukan)",
        ),
        "desil.out_of_range": translate(
            "eligibility_text", "Desil {desil}: di luar desil {min}–{max}"
        ),
        "desil.priority": translate(
            "eligibility_text", "Desil {desil}: PRIORITAS (desil {min}–{max})"
        ),
        "desil.extended": translate(
            "eligibility_text", "Desil {desil}: diterima selama kuota masih ada (desil {min}–{max})"
        ),
        # Occupation
        "occupation.valid": translate(
            "eligibility_text", "Kategori pekerjaan sesuai ({count} dari maks. {max})"
        ),
        "occupation.none": translate("eligibility_text", "Pekerjaan belum dipilih"),
        "occupation.unknown": translate(
            "eligibility_text", "Pekerjaan “{occupation}” bukan kategori SIGAP"
        ),
        "occupation.too_many": translate(
            "eligibility_text", "{count} pekerjaan dipilih: maksimal {max}"
        ),
        # Coverage
        "coverage.not_loaded": translate(
            "eligibility_text",
            "Daftar cakupan belum diimpor: kepesertaan dicek ulang oleh hub kota",
        ),
        "coverage.already_covered": translate(
            "eligibility_text", "Sudah terdaftar sebagai peserta (daftar cakupan)"
        ),
        "coverage.not_covered": translate(
            "eligibility_text", "Belum menjadi peserta (daftar cakupan)"
        ),
        # Duplicate
        "registration.duplicate": translate(
            "eligibility_text", "NIK ini sudah didaftarkan di kantor ini"
        ),
        "registration.unique": translate(
            "eligibility_text", "Belum pernah didaftarkan di kantor ini"
        ),
        # Quota
        "quota.available": translate(
            "eligibility_text", "Kuota masih ada: sisa {remaining} dari {quota}"
        ),
        "quota.exhausted": translate(
            "eligibility_text", "Kuota kota habis: {registered} dari {quota} sudah terpakai"
        ),
    }


def _area_values(values: Mapping[str, object]) -> dict[str, object]:
    filled = dict(values)
    code = str(values.get("kelurahan_code", ""))
    kelurahan = kelurahan_by_code(code) if code else None
    if kelurahan is not None:
        filled["kelurahan"] = kelurahan.name
        filled["kecamatan"] = kelurahan.kecamatan_name
    return filled


def outcome_word(outcome: Outcome) -> str:
    """A rule's outcome in a word or two ("terpenuhi")."""
    return {
        Outcome.PASS: translate("eligibility_text", "terpenuhi"),
        Outcome.FAIL: translate("eligibility_text", "tidak terpenuhi"),
        Outcome.CANNOT_CHECK: translate("eligibility_text", "belum dapat diperiksa"),
    }[outcome]


def rule_text(result: RuleResult) -> str:
    """The sentence for one rule result, e.g. "Desil 7: di luar desil 1–5"."""
    template = _rule_templates().get(result.code)
    if template is None:
        return _fill(
            translate("eligibility_text", "{rule}: {code}"),
            {"rule": rule_title(result.rule), "code": result.code},
        )
    return _fill(template, _area_values(result.values))


def known_rule_codes() -> frozenset[str]:
    """Every rule code this module has a sentence for (tests compare it with the domain)."""
    return frozenset(_rule_templates())


def _field_templates() -> dict[str, str]:
    return {
        "nik.empty": translate("eligibility_text", "NIK wajib diisi."),
        "nik.scientific": translate(
            "eligibility_text", "NIK tertulis sebagai angka ilmiah: ketik ulang 16 digit."
        ),
        "nik.not_digits": translate("eligibility_text", "NIK hanya boleh berisi angka."),
        "nik.length": translate(
            "eligibility_text", "NIK baru {length} digit; harus {expected} digit."
        ),
        "nik.invalid_date": translate(
            "eligibility_text", "Tanggal lahir di NIK (digit 7–12) tidak sah. Periksa KTP-el."
        ),
        "nik.future_birth": translate(
            "eligibility_text", "Tanggal lahir di NIK belum terjadi. Periksa KTP-el."
        ),
        "nik.invalid_region": translate(
            "eligibility_text", "Kode wilayah NIK (4 digit pertama) tidak dikenal."
        ),
        "nik.serial_zero": translate(
            "eligibility_text", "Nomor urut NIK (4 digit terakhir) tidak boleh 0000."
        ),
        "kk.empty": translate("eligibility_text", "No. KK wajib diisi."),
        "kk.scientific": translate(
            "eligibility_text", "No. KK tertulis sebagai angka ilmiah: ketik ulang 16 digit."
        ),
        "kk.not_digits": translate("eligibility_text", "No. KK hanya boleh berisi angka."),
        "kk.length": translate(
            "eligibility_text", "No. KK baru {length} digit; harus {expected} digit."
        ),
        "kk.invalid_date": translate(
            "eligibility_text", "Tanggal terbit di No. KK (digit 7–12) tidak sah."
        ),
        "kk.serial_zero": translate(
            "eligibility_text", "Nomor urut No. KK (4 digit terakhir) tidak boleh 0000."
        ),
        "name.empty": translate("eligibility_text", "Nama lengkap wajib diisi."),
        "name.too_long": translate(
            "eligibility_text", "Nama terlalu panjang: maksimal {maximum} karakter."
        ),
        "birth_date.nik_mismatch": translate(
            "eligibility_text", "Tanggal lahir tidak sama dengan NIK ({nik_date})."
        ),
        "sex.nik_mismatch": translate(
            "eligibility_text", "Jenis kelamin tidak sama dengan NIK ({nik_sex})."
        ),
        "sex.invalid": translate("eligibility_text", "Jenis kelamin harus L atau P."),
        "phone.empty": translate("eligibility_text", "Nomor HP kosong."),
        "phone.invalid": translate(
            "eligibility_text", "Nomor HP tidak sah: tulis 08…, 628… atau +628…, 10–13 digit."
        ),
        "phone.not_mobile": translate(
            "eligibility_text", "Ini bukan nomor HP (084x dan telepon rumah tidak diterima)."
        ),
        "address.empty": translate("eligibility_text", "Alamat wajib diisi."),
        "address.too_long": translate(
            "eligibility_text", "Alamat terlalu panjang: maksimal {maximum} karakter."
        ),
        "rt.invalid": translate("eligibility_text", "RT: 1–3 angka, bukan 000."),
        "rw.invalid": translate("eligibility_text", "RW: 1–3 angka, bukan 000."),
        "kelurahan.empty": translate("eligibility_text", "Pilih kelurahan tempat tinggal."),
        "occupation.none": translate("eligibility_text", "Pilih minimal satu pekerjaan."),
        "occupation.unknown": translate(
            "eligibility_text", "Pekerjaan “{occupation}” bukan kategori SIGAP."
        ),
        "occupation.too_many": translate("eligibility_text", "Maksimal {max} pekerjaan."),
        "income.not_integer": translate(
            "eligibility_text", "Penghasilan harus bilangan bulat rupiah."
        ),
        "income.negative": translate("eligibility_text", "Penghasilan tidak boleh negatif."),
        "income.too_large": translate(
            "eligibility_text", "Penghasilan melebihi Rp{maximum} sebulan: periksa angkanya."
        ),
        "consent.required": translate(
            "eligibility_text", "Persetujuan pekerja wajib dicentang sebelum disimpan."
        ),
    }


def field_text(problem: FieldProblem) -> str:
    """The sentence shown next to a field for one of its problems."""
    template = _field_templates().get(problem.code)
    if template is None:
        return _fill(
            translate("eligibility_text", "Isian tidak sah (kode: {code})."), {"code": problem.code}
        )
    return _fill(template, problem.values)


def known_field_codes() -> frozenset[str]:
    return frozenset(_field_templates())


def save_error_text(exc: BaseException) -> str:
    """Why a save or submit was refused, including the registration codes error_text lacks."""
    if isinstance(exc, DomainError):
        texts = {
            "registration.duplicate": translate(
                "eligibility_text",
                "NIK ini sudah terdaftar di kantor ini. Buka pendaftaran yang ada.",
            ),
            "registration.ineligible": translate(
                "eligibility_text",
                "Pekerja belum memenuhi syarat, jadi belum dapat diajukan. "
                "Lihat alasannya di panel kelayakan; simpan sebagai draf bila perlu.",
            ),
            "registration.read_only": translate(
                "eligibility_text",
                "Pendaftaran ini tidak dapat diubah lagi pada statusnya sekarang.",
            ),
            "registration.unknown": translate(
                "eligibility_text", "Pendaftaran ini tidak ditemukan lagi."
            ),
            "registration.invalid": translate(
                "eligibility_text", "Ada isian yang belum benar: lihat pesan merah."
            ),
        }
        if exc.code in texts:
            return texts[exc.code]
    return error_text(exc)
