<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>PrintScreen</name>
    <message>
        <source>Menunggu dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada kartu yang menunggu dicetak. Kartu baru muncul di sini setelah tanda terima dari hub diimpor (Sinkronisasi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dicetak, belum diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kartu yang sudah dicetak telah diserahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua peserta terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pekerja yang terdaftar di BPJS Ketenagakerjaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu kartu per halaman (printer kartu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar A4, 10 kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} dari {total} pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang cocok dengan pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sertifikat, satu halaman A4 per pekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kartu, satu kartu per halaman (depan, lalu belakang) untuk printer kartu ID-1 dua sisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kartu pada {sheets} lembar A4: tiap lembar depan diikuti lembar belakang. Cetak dua sisi, balik pada sisi panjang, lalu potong pada tanda potong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r} di antaranya cetak ulang ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {what} disimpan sebagai PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {what} dikirim ke printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setelah kartu diterima pesertanya, pilih barisnya di “Dicetak, belum diserahkan” lalu tekan “Tandai diserahkan”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <source>ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bpjs_text</name>
    <message>
        <source>Peta kolom BPJS “{map}” tidak ditemukan. Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” bukan berkas JSON yang dapat dibaca ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” tidak memuat kunci “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” memuat kunci “{key}” yang tidak dikenal (salah ketik?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}”: isi kunci “{key}” tidak sah (seharusnya: {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” memakai format versi {format_version} yang belum dikenal aplikasi ini. Perbarui UCJ Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah bulan iuran harus angka bulat {minimum} sampai {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pekerja untuk dikirim ke BPJS. Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil BPJS tidak punya kolom untuk {missing}. Tidak ada yang dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil BPJS punya lebih dari satu kolom untuk {column} ({headers}). Tidak ada yang dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil BPJS berisi lebih dari {maximum} baris, lebih banyak dari hasil mana pun. Tidak ada yang dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK tertulis sebagai angka ilmiah, digitnya hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK tersimpan sebagai angka; NIK harus berupa teks (Excel hanya menyimpan 15 dari 16 digitnya: minta BPJS menyimpan kolom NIK sebagai teks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK bukan angka saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK bukan 16 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK bukan teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK sama dengan baris {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPJ kurang dari 11 digit (kolom berformat angka menghapus nol di depan KPJ: minta BPJS menyimpan kolom KPJ sebagai teks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPJ tertulis sebagai angka ilmiah, digitnya hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPJ bukan 11 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alasan penolakan terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alasan penolakan berisi karakter kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>berisi KPJ sekaligus alasan penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak berisi KPJ maupun alasan penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kelurahan kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanggal lahir bukan tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penghasilan bukan rupiah bulat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penghasilan di luar batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pekerjaan lebih banyak dari kolom template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pekerjaan belum punya padanan di peta kolom BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} bukan teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} terlalu panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} berisi karakter kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} tidak sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baris {line}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dan {more} masalah lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} baris tidak dapat dimasukkan ke berkas BPJS. Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil BPJS ditolak: {count} baris tidak sah. Tidak ada yang dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eligibility_text</name>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domisili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepesertaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK sah (16 digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK tertulis sebagai angka ilmiah (3,27E+15): ketik ulang 16 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK {length} digit: harus {expected} digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK (digit 7–12) tidak sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK belum terjadi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah di NIK (4 digit pertama) tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 digit terakhir) tidak boleh 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usia {age} tahun: di bawah batas {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usia {age} tahun: batas {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usia belum dapat dihitung: NIK belum sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tinggal di Kel. {kelurahan}, Kec. {kecamatan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat di luar Kota Bekasi (kode wilayah {kelurahan_code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan tempat tinggal belum dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada data DTSEN di kantor ini (impor di Data Referensi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada di DTSEN: perbarui data di kelurahan/kecamatan (cetak surat rujukan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {desil}: di luar desil {min}–{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {desil}: PRIORITAS (desil {min}–{max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {desil}: diterima selama kuota masih ada (desil {min}–{max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori pekerjaan sesuai ({count} dari maks. {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan belum dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan “{occupation}” bukan kategori SIGAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pekerjaan dipilih: maksimal {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar cakupan belum diimpor: kepesertaan dicek ulang oleh hub kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah terdaftar sebagai peserta (daftar cakupan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum menjadi peserta (daftar cakupan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK ini sudah didaftarkan di kantor ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum pernah didaftarkan di kantor ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota masih ada: sisa {remaining} dari {quota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota kota habis: {registered} dari {quota} sudah terpakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terpenuhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidak terpenuhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum dapat diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK tertulis sebagai angka ilmiah: ketik ulang 16 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK baru {length} digit; harus {expected} digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK (digit 7–12) tidak sah. Periksa KTP-el.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK belum terjadi. Periksa KTP-el.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode wilayah NIK (4 digit pertama) tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 digit terakhir) tidak boleh 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. KK wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. KK tertulis sebagai angka ilmiah: ketik ulang 16 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. KK hanya boleh berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. KK baru {length} digit; harus {expected} digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal terbit di No. KK (digit 7–12) tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor urut No. KK (4 digit terakhir) tidak boleh 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama terlalu panjang: maksimal {maximum} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir tidak sama dengan NIK ({nik_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin tidak sama dengan NIK ({nik_sex}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin harus L atau P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor HP tidak sah: tulis 08…, 628… atau +628…, 10–13 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan nomor HP (084x dan telepon rumah tidak diterima).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat terlalu panjang: maksimal {maximum} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT: 1–3 angka, bukan 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW: 1–3 angka, bukan 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kelurahan tempat tinggal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih minimal satu pekerjaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan “{occupation}” bukan kategori SIGAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maksimal {max} pekerjaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghasilan harus bilangan bulat rupiah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghasilan tidak boleh negatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghasilan melebihi Rp{maximum:,} sebulan: periksa angkanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan pekerja wajib dicentang sebelum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isian tidak sah (kode: {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar di kantor ini. Buka pendaftaran yang ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerja belum memenuhi syarat, jadi belum dapat diajukan. Lihat alasannya di panel kelayakan; simpan sebagai draf bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran ini tidak dapat diubah lagi pada statusnya sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran ini tidak ditemukan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada isian yang belum benar: lihat pesan merah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_text</name>
    <message>
        <source>Hanya admin yang dapat mengelola akun petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat melihat jejak audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengekspor jejak audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengubah pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat mengimpor pengaturan program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran Anda tidak mengizinkan tindakan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah. Setelah 5 kali salah berturut-turut, akun dikunci 15 menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun dikunci karena terlalu banyak percobaan yang gagal. Coba lagi dalam {minutes} menit atau minta admin mengatur ulang kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti dulu kata sandi sementara Anda sebelum melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna sudah dipakai petugas lain. Pilih nama pengguna yang lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas dengan nama pengguna itu tidak ditemukan. Muat ulang daftar lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri. Minta admin lain melakukannya bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harus tetap ada minimal satu admin aktif. Tambahkan atau aktifkan admin lain terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna tidak sah: 3–32 karakter berupa huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran: pilih minimal satu peran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran “{role}” tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi terlalu pendek: minimal {minimum} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang: maksimal {maximum} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri dengan spasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari kata sandi lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci otomatis saat tidak dipakai: isi antara {min} dan {max} menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun Anda telah dinonaktifkan atau diubah oleh admin. Keluar lalu masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik minimal {minimum} huruf untuk mencari nama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dibatalkan. Data sebelumnya tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kosong (0 byte). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan berkas CSV atau XLSX. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak punya baris judul kolom. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hanya berisi judul kolom, tanpa data. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris {line} bukan teks UTF-8 atau Windows-1252. Simpan ulang berkas sebagai CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris {line} bukan CSV yang sah. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas XLSX rusak atau terpotong. Simpan ulang dari Excel lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lembar kerja melewati baris {maximum}, baris terakhir Excel (baris kosong ikut dihitung): berkas ini bukan simpanan Excel. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel teks di dalam berkas XLSX membesar menjadi {megabytes} MB, jauh melebihi ekstrak mana pun: berkas rusak atau berbahaya. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris 1 lebih panjang dari {maximum} karakter: bukan baris judul kolom. Apakah ini berkas CSV?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judul kolom berisi {found} kolom, lebih dari {maximum}: bukan judul kolom ekstrak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom wajib tidak ditemukan: {missing}. Pilih kolomnya di pemetaan kolom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dua kolom cocok untuk {field}: {columns}. Pilih satu di pemetaan kolom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembaca berkas berhenti mendadak. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan baris yang ditolak tidak dapat ditulis, baik di folder berkas maupun di folder data. Periksa izin folder dan ruang disk. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ini bukan berkas kunci UCJ yang sah. Minta berkas kunci hub yang benar dari Disnaker. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan berkas kunci hub (mungkin berkas pendaftaran perangkat). Pilih berkas kunci hub dari Disnaker. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada kartu yang menunggu dicetak. Pilih pekerjanya untuk mencetak ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih dulu baris pekerjanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerja ini belum terdaftar di BPJS Ketenagakerjaan (belum ada KPJ atau kode kartu dari hub), jadi kartunya belum dapat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kartu dari hub untuk pekerja ini tidak dapat diperiksa dengan kunci hub yang dipercaya, jadi kartunya tidak dicetak. Hubungi hub kota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kartu sudah pernah dicetak: tuliskan alasan cetak ulangnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan ({reason}). Periksa folder dan sisa ruang disk; tidak ada yang dicatat sebagai tercetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dari kartu yang dipilih sudah tercatat diserahkan. Tidak ada yang dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dari kartu yang dipilih belum pernah dicetak, jadi belum dapat diserahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan kode kartu UCJ yang utuh (kode kartu berupa satu deret angka panjang; kartu lama diawali UCJ1.). Pindai ulang QR di balik kartu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kartu rusak. Pindai ulang QR di balik kartu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan kartu tidak cocok dengan kunci hub kota: kartu ini bukan kartu asli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis berkas {suffix} tidak dikenal. Simpan laporan sebagai .xlsx, .csv atau .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tidak dapat ditulis di folder itu ({reason}). Tidak ada yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {path} sudah ada. Pilih nama lain; tidak ada yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan sisa ruangnya. Tidak ada yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ini bukan cadangan UCJ Desktop ({reason}). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan ini dibuat oleh UCJ Desktop yang lebih baru ({version}). Pasang versi terbaru dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan ini rusak (isinya tidak cocok dengan cek-sumnya atau gagal pemeriksaan). Gunakan cadangan lain. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci data kantor ini tidak ada di komputer ini. Masukkan kode pemulihan yang dicetak saat penyiapan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah ada data kantor di {path}. Data itu harus dipindahkan dahulu (pilih “Ganti data yang ada”); tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data kantor di {path} sedang dibuka oleh UCJ Desktop atau perintah ucj lain. Tutup semuanya di komputer ini, lalu pulihkan lagi. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data kantor di folder ini masih dapat dibuka, jadi hanya admin kantor itu yang boleh menggantinya (perintah ucj restore dengan --user). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemulihan gagal di tengah jalan dan data lama tidak dapat dikembalikan. Data lama utuh di {path}: salin berkasnya kembali ke folder data, atau pulihkan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data yang dipulihkan tidak dapat ditulis ke folder data ({reason}). Folder data tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas batch tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan sisa ruangnya. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {sequence} sudah tercatat, tetapi berkasnya tidak dapat diletakkan di folder tujuan. Pilih batch itu lalu tekan “Tulis ulang batch…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima menyebut satu pendaftaran dua kali. Hubungi hub. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca ({reason}). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kunci hub. Admin perlu mengimpor kunci hub lebih dulu di layar Sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pendaftaran terverifikasi yang menunggu dikirim. Tidak ada berkas yang dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {sequence} tidak ditemukan. Muat ulang daftar batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” bukan nomor pendaftaran, NIK (16 angka) atau KPJ (11 angka).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pendaftaran dengan {kind} {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {key} cocok dengan {count} pendaftaran; pilih dengan nomor pendaftarannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data demo ini dibuat oleh versi lama dan belum punya hub DEMO. Tutup aplikasi, hapus folder demo, lalu buka lagi dengan --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub DEMO hanya ada pada data demo. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas rusak atau diubah setelah dibuat. Minta hub mengirim ulang berkasnya. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan berkas sinkronisasi UCJ (.ucjsync). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan isi berkas (manifest) tidak sah; berkas rusak atau diubah. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ini dibuat dengan format versi {version} yang belum dikenal aplikasi ini. Perbarui UCJ Desktop lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan tanda terima dari hub (jenis paketnya lain, misalnya batch). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ditandatangani kunci yang tidak dikenal kantor ini. Impor kunci hub yang benar lebih dulu. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan berkas tidak cocok: berkas diubah setelah ditandatangani. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan sidik SHA-256-nya: berkas rusak atau diubah. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima untuk perangkat lain: berkas ini disegel untuk perangkat lain, bukan komputer ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi berkas tidak dapat dibuka dengan kunci perangkat ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi berkas bukan data pendaftaran yang sah. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas berisi {found} data, padahal keterangannya menyebut {expected}. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas terlalu besar untuk berkas sinkronisasi. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas lebih besar dari berkas sinkronisasi mana pun ({megabytes} MB): ini bukan berkas sinkronisasi. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yang dipilih bukan berkas sinkronisasi (perangkat atau pipa). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci penerima tidak sah. Impor ulang kunci hub dari Disnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima dengan nomor yang sama sudah pernah diimpor dengan isi berbeda. Berkas ditolak; hubungi hub. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima untuk kantor lain ({office}), bukan kantor ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima menyebut {count} pendaftaran yang tidak pernah dikirim dari kantor ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket pengaturan tidak bertanda tangan hub. Ditolak, tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan paket pengaturan tidak cocok: paket diubah setelah ditandatangani hub. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket pengaturan ditandatangani kunci lain, bukan kunci hub yang berlaku di kantor ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket pengaturan ini untuk kota lain ({city}), bukan kota kantor ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket pengaturan rusak atau isinya tidak sah ({problem}). Minta hub mengekspor ulang. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan program versi {version} sudah berlaku di kantor ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket berisi pengaturan program versi {version}, lebih lama dari versi {held} yang berlaku di kantor ini. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini bukan paket pengaturan program dari hub (jenis paketnya lain, misalnya tanda terima). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket pengaturan tidak disegel untuk laptop ini (mungkin laptop didaftarkan setelah paket dibuat). Minta hub mengekspor pengaturan lagi. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nomor KPJ (kolom kpj) bukan 11 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanggal kepesertaan (kolom coverage_start/coverage_end) bukan tanggal yang sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>akhir kepesertaan (kolom coverage_end) lebih awal dari tanggal mulainya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hasilnya (kolom result) bukan terdaftar, dikembalikan atau menunggu kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alasan pengembalian (kolom reason) kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peringkat antrean kuota (kolom rank) bukan bilangan bulat mulai dari 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) tidak ada, padahal wajib untuk peserta terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) bukan kode kartu UCJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) tidak ditandatangani kunci hub yang dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk KPJ lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk NIK lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk tanggal akhir kepesertaan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versi pengaturan hub (kolom settings_version) bukan bilangan bulat mulai dari 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima berisi data yang tidak sah. Hubungi hub. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima ditolak: pada data ke-{record} (pendaftaran {registration}…), {problem}. Hubungi hub. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan tidak dapat diselesaikan (kode kesalahan: {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca atau ditulis. Periksa bahwa foldernya ada, dapat ditulisi, dan disknya tidak penuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan internal. Pekerjaan yang belum disimpan tidak diubah. Rincian dicatat di berkas log untuk admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub_desk_text</name>
    <message>
        <source>Belum diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mendapat kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikirim ke BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terdaftar BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digantikan kiriman baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursi habis saat diputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di luar desil prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifikasi sesudah batas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritas (desil 1–{max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK ini tidak pernah diterima hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, berkas BPJS {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dan {n} lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah pernah diterima; tidak ada yang berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima: {n} data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} akan dikembalikan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masih hilang dari laptop ini: paket {gaps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub_text</name>
    <message>
        <source>Tidak ada paket sinkronisasi (.ucjsync) di berkas atau folder itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembaca paket berhenti mendadak. Paket yang sudah dinyatakan diterima tersimpan, sisanya belum: jalankan penerimaan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket ditandatangani laptop yang belum didaftarkan di hub ({signer}…). Daftarkan berkas kunci kantornya dahulu. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat {device}… sudah terdaftar dengan kunci lain atau untuk kantor lain. Ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket menyebut kantor {office}, tetapi laptopnya terdaftar untuk kantor lain. Ditolak, tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket {package} pernah diterima dengan isi lain. Ditolak, tidak ada yang digabungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket nomor {sequence} dari laptop ini pernah diterima sebagai paket lain ({package}…). Ditolak, tidak ada yang digabungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data ke-{record} dalam paket tidak sah pada isian {field} ({reason}). Seluruh paket ditolak, tidak ada yang diambil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket memuat pendaftaran yang sama dua kali (data ke-{record}). Seluruh paket ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pekerja yang menunggu dikirim ke BPJS dan semua berkas sudah dijawab. Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} baris berkas hasil BPJS tidak cocok dengan pekerja yang dikirim dan belum dijawab (baris {lines}). Tidak ada yang diterapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil BPJS memberi satu KPJ kepada dua pekerja (baris {lines}). Tidak ada yang diterapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah hub lain mengubah pekerja ini selagi berkas BPJS dibaca. Tidak ada yang diterapkan: impor berkas hasil BPJS sekali lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} baris daftar kepesertaan tidak sah ({lines}). Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah {held} kursi kuota terisi; kuota tidak dapat diturunkan di bawah itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan itu tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada laptop kantor yang terdaftar di hub, jadi paket pengaturan tidak dapat dibuka kantor mana pun. Daftarkan laptop kantor dahulu. Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub ini sudah punya akun operator. Masuk dengan akun itu; admin hub menambah akun lainnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikirim ke hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terdaftar BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ojek online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ojek pangkalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu kuota, peringkat {rank}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringkat {rank}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringkat antrean kuota kota dari hub, per {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota kota: {used} dari {total}, {waiting} menunggu, per {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritas (desil {band})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {band}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Ketik kode pemulihan dari lembar yang dicetak saat penyiapan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pemulihan belum lengkap atau kelebihan huruf: 14 kelompok berisi 4 huruf atau angka (4 baris, baris terakhir 2 kelompok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pemulihan tidak sah: periksa kelompok ke-{group} (baris {line}) dengan lembar kode pemulihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pemulihan tidak sah: ada salah ketik. Periksa setiap kelompok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada data kantor di folder ini. Minta admin menjalankan penyiapan awal (ucj init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data kantor sudah ada di folder ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brankas kunci sistem (keyring) tidak tersedia, jadi kunci data tidak dapat disimpan dengan aman. Aktifkan Windows Credential Manager / Keychain / GNOME Keyring, lalu buka aplikasi lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci data tidak ada di brankas kunci (keyring) komputer ini. Admin dapat memulihkannya dengan kode pemulihan yang dicetak saat penyiapan, atau memulihkan data dari berkas cadangan (.ucjbak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci di brankas kunci (keyring) komputer ini bukan kunci data kantor ini. Admin dapat memulihkannya dengan kode pemulihan milik data ini, atau memulihkan data dari berkas cadangan (.ucjbak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas data rusak. Hubungi admin untuk memulihkan dari cadangan terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk tidak dapat dibaca atau ditulisi. Periksa disk dan ruang kosongnya, lalu minta admin menjalankan pemeriksaan data (ucj check). Jangan memulihkan cadangan kecuali pemeriksaan menemukan kerusakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder data tidak dapat ditulisi (hanya-baca). Pindahkan data ke folder yang dapat ditulisi atau minta admin memperbaiki izin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk penuh. Kosongkan ruang disk lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sedang dipakai program lain. Tutup program itu lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas data tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas keterangan data (store.json) rusak. Hubungi admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data ini dibuat oleh versi UCJ Desktop yang lebih baru. Pasang versi terbaru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pemulihan ini milik data kantor lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCJ Desktop menyimpan kunci data kantor di brankas kunci (keyring) sistem operasi, tidak di berkas biasa, supaya data warga tidak dapat dibaca bila laptop atau disknya hilang. Di komputer ini brankas kunci tidak dapat dipakai, jadi data kantor belum dapat dibuat. Aplikasi tidak pernah menyimpan kunci tanpa brankas.

Yang perlu dilakukan:
• Windows: masuk dengan akun Windows biasa (bukan akun sementara); Credential Manager (Pengelola Kredensial) harus berjalan.
• Linux: masuk ke sesi desktop yang menjalankan GNOME Keyring (paket gnome-keyring) atau KWallet, dan buka kuncinya bila diminta.
• macOS: Keychain pengguna (login) harus terbuka.

Sesudah itu tutup penyiapan ini dan buka UCJ Desktop lagi. Bila masih gagal, hubungi admin TI Disnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jendela tidak dapat dibuka: Qt ({plugin}) memerlukan pustaka sistem yang tidak ada: {libraries}. Pasang: sudo apt install {packages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jendela tidak dapat dibuka: Qt ({plugin}) tidak dapat dimuat: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jendela tidak dapat dibuka: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review_text</name>
    <message>
        <source>Hasil saat diajukan tidak tercatat; kelayakan dinilai sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} aturan berubah sejak diajukan {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada perubahan sejak pengajuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sama seperti saat diajukan {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: saat diajukan {then}; sekarang {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aturan program diperbarui sejak diajukan (versi {then} → {now}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diubah petugas sejak pengajuan sebelumnya: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_text</name>
    <message>
        <source>Aturan program versi {version} (berlaku sejak {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan program di kantor ini versi {version}; hub memakai versi {hub}: impor paket pengaturan terbaru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku sejak {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket pengaturan dari hub diimpor di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sama dengan versi yang dipakai hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengaturan program versi {version} berlaku (sebelumnya versi {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya nomor versinya yang berubah. Pendaftaran baru dinilai dengan versi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yang berubah: {names}. Pendaftaran yang sudah dinilai tetap mencatat versi lamanya; penilaian berikutnya memakai versi ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verification_screen</name>
    <message>
        <source>Anda sendiri yang mendaftarkan atau mengajukan pendaftaran ini, jadi Anda tidak dapat memverifikasinya. Minta verifikator lain memeriksanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan “Lainnya” wajib disertai keterangan untuk petugas pendaftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih alasan penolakan dari daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran ini tidak ditemukan lagi. Antrean sudah dimuat ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran ini sudah tidak menunggu verifikasi (mungkin sudah diputuskan verifikator lain). Antrean sudah dimuat ulang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
