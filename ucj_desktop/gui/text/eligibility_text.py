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
from ucj_desktop.gui.text import INDONESIAN, translator
from ucj_desktop.gui.text.error_text import error_text

_tr = translator("eligibility_text")


class _Values(dict[str, object]):
    """format_map() helper: numbers get thousands separators, a missing value shows as '?'."""

    def __missing__(self, key: str) -> object:
        return "?"

    def __getitem__(self, key: str) -> object:
        value = super().__getitem__(key) if key in self else self.__missing__(key)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
            return INDONESIAN.toString(value)
        return value


def _fill(template: str, values: Mapping[str, object]) -> str:
    return template.format_map(_Values(values))


def rule_title(rule: str) -> str:
    """Short name of a rule, for the panel's row heading."""
    titles = {
        Rule.NIK: _tr("NIK"),
        Rule.AGE: _tr("Usia"),
        Rule.RESIDENCE: _tr("Domisili"),
        Rule.DTSEN: _tr("DTSEN"),
        Rule.OCCUPATION: _tr("Pekerjaan"),
        Rule.COVERAGE: _tr("Kepesertaan"),
        Rule.DUPLICATE: _tr("Pendaftaran"),
        Rule.QUOTA: _tr("Kuota"),
    }
    return titles.get(Rule(rule), rule) if rule in set(Rule) else rule


def _rule_templates() -> dict[str, str]:
    return {
        # NIK (the format codes of parse_nik, then the pass)
        "nik.valid": _tr("NIK sah (16 digit)"),
        "nik.empty": _tr("NIK belum diisi"),
        "nik.scientific": _tr("NIK tertulis sebagai angka ilmiah (3,27E+15): ketik ulang 16 digit"),
        "nik.not_digits": _tr("NIK hanya boleh berisi angka"),
        "nik.length": _tr("NIK {length} digit: harus {expected} digit"),
        "nik.invalid_date": _tr("Tanggal lahir di NIK (digit 7–12) tidak sah"),
        "nik.future_birth": _tr("Tanggal lahir di NIK belum terjadi"),
        "nik.invalid_region": _tr("Kode wilayah di NIK (4 digit pertama) tidak dikenal"),
        "nik.serial_zero": _tr("Nomor urut NIK (4 digit terakhir) tidak boleh 0000"),
        # Age
        "age.ok": _tr("Usia {age} tahun: di bawah batas {limit}"),
        "age.too_old": _tr("Usia {age} tahun: batas {limit}"),
        "age.unknown": _tr("Usia belum dapat dihitung: NIK belum sah"),
        # Residence
        "residence.in_city": _tr("Tinggal di Kel. {kelurahan}, Kec. {kecamatan}"),
        "residence.outside_city": _tr("Alamat di luar Kota Bekasi (kode wilayah {kelurahan_code})"),
        "residence.missing": _tr("Kelurahan tempat tinggal belum dipilih"),
        # DTSEN
        "dtsen.not_loaded": _tr("Belum ada data DTSEN di kantor ini (impor di Data Referensi)"),
        "dtsen.not_found": _tr(
            "Tidak ada di DTSEN: perbarui data di kelurahan/kecamatan (cetak surat rujukan)"
        ),
        "desil.out_of_range": _tr("Desil {desil}: di luar desil {min}–{max}"),
        "desil.priority": _tr("Desil {desil}: PRIORITAS (desil {min}–{max})"),
        "desil.extended": _tr("Desil {desil}: diterima selama kuota masih ada (desil {min}–{max})"),
        # Occupation
        "occupation.valid": _tr("Kategori pekerjaan sesuai ({count} dari maks. {max})"),
        "occupation.none": _tr("Pekerjaan belum dipilih"),
        "occupation.unknown": _tr("Pekerjaan “{occupation}” bukan kategori SIGAP"),
        "occupation.too_many": _tr("{count} pekerjaan dipilih: maksimal {max}"),
        # Coverage
        "coverage.not_loaded": _tr(
            "Daftar cakupan belum diimpor: kepesertaan dicek ulang oleh hub kota"
        ),
        "coverage.already_covered": _tr("Sudah terdaftar sebagai peserta (daftar cakupan)"),
        "coverage.not_covered": _tr("Belum menjadi peserta (daftar cakupan)"),
        # Duplicate
        "registration.duplicate": _tr("NIK ini sudah didaftarkan di kantor ini"),
        "registration.unique": _tr("Belum pernah didaftarkan di kantor ini"),
        # Quota
        "quota.available": _tr("Kuota masih ada: sisa {remaining} dari {quota}"),
        "quota.exhausted": _tr("Kuota kota habis: {registered} dari {quota} sudah terpakai"),
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
        Outcome.PASS: _tr("terpenuhi"),
        Outcome.FAIL: _tr("tidak terpenuhi"),
        Outcome.CANNOT_CHECK: _tr("belum dapat diperiksa"),
    }[outcome]


def rule_text(result: RuleResult) -> str:
    """The sentence for one rule result, e.g. "Desil 7: di luar desil 1–5"."""
    template = _rule_templates().get(result.code)
    if template is None:
        return _fill(_tr("{rule}: {code}"), {"rule": rule_title(result.rule), "code": result.code})
    return _fill(template, _area_values(result.values))


def known_rule_codes() -> frozenset[str]:
    """Every rule code this module has a sentence for (tests compare it with the domain)."""
    return frozenset(_rule_templates())


def _field_templates() -> dict[str, str]:
    return {
        "nik.empty": _tr("NIK wajib diisi."),
        "nik.scientific": _tr("NIK tertulis sebagai angka ilmiah: ketik ulang 16 digit."),
        "nik.not_digits": _tr("NIK hanya boleh berisi angka."),
        "nik.length": _tr("NIK baru {length} digit; harus {expected} digit."),
        "nik.invalid_date": _tr("Tanggal lahir di NIK (digit 7–12) tidak sah. Periksa KTP-el."),
        "nik.future_birth": _tr("Tanggal lahir di NIK belum terjadi. Periksa KTP-el."),
        "nik.invalid_region": _tr("Kode wilayah NIK (4 digit pertama) tidak dikenal."),
        "nik.serial_zero": _tr("Nomor urut NIK (4 digit terakhir) tidak boleh 0000."),
        "kk.empty": _tr("No. KK wajib diisi."),
        "kk.scientific": _tr("No. KK tertulis sebagai angka ilmiah: ketik ulang 16 digit."),
        "kk.not_digits": _tr("No. KK hanya boleh berisi angka."),
        "kk.length": _tr("No. KK baru {length} digit; harus {expected} digit."),
        "kk.invalid_date": _tr("Tanggal terbit di No. KK (digit 7–12) tidak sah."),
        "kk.serial_zero": _tr("Nomor urut No. KK (4 digit terakhir) tidak boleh 0000."),
        "name.empty": _tr("Nama lengkap wajib diisi."),
        "name.too_long": _tr("Nama terlalu panjang: maksimal {maximum} karakter."),
        "birth_date.nik_mismatch": _tr("Tanggal lahir tidak sama dengan NIK ({nik_date})."),
        "sex.nik_mismatch": _tr("Jenis kelamin tidak sama dengan NIK ({nik_sex})."),
        "sex.invalid": _tr("Jenis kelamin harus L atau P."),
        "phone.empty": _tr("Nomor HP kosong."),
        "phone.invalid": _tr("Nomor HP tidak sah: tulis 08…, 628… atau +628…, 10–13 digit."),
        "phone.not_mobile": _tr("Ini bukan nomor HP (084x dan telepon rumah tidak diterima)."),
        "address.empty": _tr("Alamat wajib diisi."),
        "address.too_long": _tr("Alamat terlalu panjang: maksimal {maximum} karakter."),
        "rt.invalid": _tr("RT: 1–3 angka, bukan 000."),
        "rw.invalid": _tr("RW: 1–3 angka, bukan 000."),
        "kelurahan.empty": _tr("Pilih kelurahan tempat tinggal."),
        "occupation.none": _tr("Pilih minimal satu pekerjaan."),
        "occupation.unknown": _tr("Pekerjaan “{occupation}” bukan kategori SIGAP."),
        "occupation.too_many": _tr("Maksimal {max} pekerjaan."),
        "income.not_integer": _tr("Penghasilan harus bilangan bulat rupiah."),
        "income.negative": _tr("Penghasilan tidak boleh negatif."),
        "income.too_large": _tr("Penghasilan melebihi Rp{maximum:,} sebulan: periksa angkanya."),
        "consent.required": _tr("Persetujuan pekerja wajib dicentang sebelum disimpan."),
    }


def field_text(problem: FieldProblem) -> str:
    """The sentence shown next to a field for one of its problems."""
    template = _field_templates().get(problem.code)
    if template is None:
        return _fill(_tr("Isian tidak sah (kode: {code})."), {"code": problem.code})
    return _fill(template, problem.values)


def known_field_codes() -> frozenset[str]:
    return frozenset(_field_templates())


def save_error_text(exc: BaseException) -> str:
    """Why a save or submit was refused, including the registration codes error_text lacks."""
    if isinstance(exc, DomainError):
        texts = {
            "registration.duplicate": _tr(
                "NIK ini sudah terdaftar di kantor ini. Buka pendaftaran yang ada."
            ),
            "registration.ineligible": _tr(
                "Pekerja belum memenuhi syarat, jadi belum dapat diajukan. "
                "Lihat alasannya di panel kelayakan; simpan sebagai draf bila perlu."
            ),
            "registration.read_only": _tr(
                "Pendaftaran ini tidak dapat diubah lagi pada statusnya sekarang."
            ),
            "registration.unknown": _tr("Pendaftaran ini tidak ditemukan lagi."),
            "registration.invalid": _tr("Ada isian yang belum benar: lihat pesan merah."),
        }
        if exc.code in texts:
            return texts[exc.code]
    return error_text(exc)
