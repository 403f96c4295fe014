"""Indonesian wording of row-rejection codes for the error report file and the CLI."""

from __future__ import annotations

from collections.abc import Mapping

_REASONS = {
    "nik.empty": "NIK kosong",
    "nik.scientific": "NIK tertulis sebagai angka ilmiah (mis. 3.27501E+15): digitnya hilang, "
    "ketik ulang NIK sebagai teks",
    "nik.not_digits": "NIK hanya boleh berisi angka",
    "nik.length": "NIK harus 16 digit (tertulis {length})",
    "nik.invalid_date": "tanggal lahir di dalam NIK tidak ada di kalender",
    "nik.future_birth": "tanggal lahir di dalam NIK ada di masa depan",
    "nik.invalid_region": "kode wilayah NIK tidak dikenal",
    "nik.serial_zero": "nomor urut NIK tidak boleh 0000",
    "nik.duplicate_in_file": "NIK ganda: sudah ada di baris {first_line}",
    "kk.empty": "No. KK kosong",
    "kk.scientific": "No. KK tertulis sebagai angka ilmiah: digitnya hilang",
    "kk.not_digits": "No. KK hanya boleh berisi angka",
    "kk.length": "No. KK harus 16 digit (tertulis {length})",
    "kk.invalid_date": "tanggal terbit di dalam No. KK tidak ada di kalender",
    "kk.serial_zero": "nomor urut No. KK tidak boleh 0000",
    "name.empty": "nama kosong",
    "desil.invalid": "desil harus angka {min} sampai {max}",
    "date.invalid": "tanggal lahir tidak terbaca (pakai DD/MM/YYYY atau YYYY-MM-DD)",
    "sex.invalid": "jenis kelamin harus L atau P",
    "rt.invalid": "RT harus angka 1-3 digit",
    "rw.invalid": "RW harus angka 1-3 digit",
    "kelurahan.unknown": "kelurahan tidak dikenal (pakai kode 32.75.KK.1NNN atau nama resmi)",
    "kelurahan.other_city": "kelurahan di luar Kota Bekasi: baris ini bukan milik ekstrak kota "
    "ini (berkas salah atau rusak?)",
    # Registration form fields (`ucj register`, candidate lists).
    "name.too_long": "nama terlalu panjang (paling banyak {maximum} karakter)",
    "birth_date.nik_mismatch": "tanggal lahir berbeda dengan yang tertulis di NIK ({nik_date})",
    "sex.nik_mismatch": "jenis kelamin berbeda dengan yang tertulis di NIK ({nik_sex})",
    "phone.empty": "nomor HP kosong",
    "phone.invalid": "nomor HP tidak valid (pakai 08..., 628... atau +628...)",
    "phone.not_mobile": "bukan nomor HP (telepon rumah atau 084x)",
    "address.empty": "alamat kosong",
    "address.too_long": "alamat terlalu panjang (paling banyak {maximum} karakter)",
    "kelurahan.empty": "kelurahan kosong",
    "occupation.none": "pekerjaan belum diisi",
    "occupation.unknown": "pekerjaan {occupation} bukan kategori program",
    "occupation.too_many": "paling banyak {max} pekerjaan (tertulis {count})",
    "income.not_integer": "penghasilan harus angka rupiah bulat",
    "income.negative": "penghasilan tidak boleh negatif",
    "income.too_large": "penghasilan melebihi Rp{maximum:,} sebulan: periksa angkanya",
    "consent.required": "persetujuan pekerja belum dicatat",
    "registration.duplicate": "NIK ini sudah terdaftar di kantor ini",
}


def reason_text(code: str, values: Mapping[str, object]) -> str:
    template = _REASONS.get(code, code)
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template
