<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun ini mengelola pengguna, kunci dan cadangan. Sandi minimal 8 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi dan ulangannya berbeda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Periksa Kartu Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa kartu peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindai QR di balik kartu dengan pemindai, atau tempel kodenya. Pemeriksaan berjalan tanpa internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindai QR di balik kartu, atau tempel kodenya di sini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catatan di kantor ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arahkan pemindai ke QR di balik kartu, atau tempel kodenya di kolom di atas, lalu tekan Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil pemeriksaan tampil di sini: asli atau tidak, dan milik siapa kartunya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Cocokkan nama di atas dengan KTP pekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ KARTU ASLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan hub kota cocok: kartu ini dibuat oleh hub dan tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ KARTU ASLI, MASA BERLAKU HABIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu ini asli, tetapi kepesertaannya berakhir pada {end}. Kartu ini tidak lagi membuktikan kepesertaan yang aktif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dapat memeriksa kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci hub kota belum diimpor di komputer ini, jadi tanda tangan kartu belum dapat diperiksa. Ini bukan berarti kartunya palsu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Admin perlu mengimpor kunci hub dari Disnaker lebih dulu, di layar Sinkronisasi. Sampai itu, kartu belum dapat diterima sebagai bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ BUKAN KARTU ASLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda tangan kartu tidak cocok dengan kunci hub kota: kartu ini tidak dibuat oleh hub, atau isinya telah diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Pindai ulang sekali lagi untuk memastikan.
→ Bila hasilnya sama, jangan terima kartu ini.
→ Laporkan kepada supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? KODE TIDAK TERBACA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yang terbaca bukan kode kartu UCJ yang utuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Pindai ulang; pegang kartu rata dan diam.
→ Atau tempel kodenya lengkap: satu deret angka panjang
   (kartu lama: diawali UCJ1.).
→ Bila tetap gagal, laporkan kepada supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat memeriksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kelurahan}, Kec. {kecamatan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada catatan di kantor ini (kartu dari kelurahan lain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru dan ulangannya berbeda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi sementara harus diganti sebelum mulai bekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <source>Pemetaan kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {file} ({kind}): pilih kolom yang berisi setiap data. Data bertanda * wajib ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kolom tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor dengan pemetaan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kolom untuk: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom “{column}” dipilih untuk lebih dari satu data: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih satu kolom untuk {field}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar terkunci

{name}, masukkan kata sandi untuk melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Kelayakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil 1–3 didahulukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerja belum dapat didaftarkan. Berikan surat rujukan untuk memperbarui data DTSEN di kelurahan/kecamatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cetak surat rujukan DTSEN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik NIK pekerja untuk memeriksa kelayakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dapat diajukan (hub kota memeriksa cakupan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat: {n} aturan tidak terpenuhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dapat diperiksa lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iuran {total}/bulan dibayar Pemkot (JKK {jkk} + JKM {jkm})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsPanel</name>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih tombol impor pada salah satu kartu di atas. Kemajuan impor, hasilnya dan baris yang ditolak tampil di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lama tetap dipakai sampai impor selesai. Jendela tetap dapat dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0% · 0 baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% · {rows} baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} baris dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari {file}, SHA-256 {hash}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} baris ditolak dan dilewati; rinciannya di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua baris di {file} ({n}) ditolak; data sebelumnya tetap dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dari {total} baris di {file} ditolak, jadi data sebelumnya tetap dipakai. Perbaiki baris di bawah lalu impor lagi, atau centang “Terima baris yang valid saja”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabel menampilkan {k} baris pertama; semuanya ada di laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan kesalahan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <source>Brankas kunci (keyring) belum siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penyiapan belum membuat apa pun. Siapkan brankas kunci dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>UCJ Desktop · kantor {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar terkunci — UCJ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terkunci karena tidak ada aktivitas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda mengunci layar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} Pekerjaan Anda tetap utuh; masukkan kata sandi untuk melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — akun: admin, petugas, verifikator
Kata sandi: demo-ucj-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi sementara harus diganti dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk — UCJ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UCJ Desktop — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCJ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan {name}
{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk sebagai {name} ({roles}) · kantor {code} · {n} pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — data contoh, bukan data warga sungguhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Kantor kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kelurahan tempat aplikasi ini dipakai: ketik sebagian nama atau kodenya, lalu pilih dari daftar. Pilihan ini tidak dapat diubah sesudah penyiapan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik nama kelurahan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komputer pengganti? Data kantor yang sudah ada dapat dipulihkan dari berkas cadangan (.ucjbak) dengan kode pemulihannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran baru berlaku saat {username} masuk berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambah petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas baru menerima kata sandi sementara dan wajib menggantinya saat masuk pertama kali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mis. siti.aminah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSearchPage</name>
    <message>
        <source>Cari nama di DTSEN yang berlaku (Ctrl+F). NIK ditampilkan tersamar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagian nama, minimal 3 huruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada nama yang cocok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orang pertama. Ketik lebih banyak huruf untuk mempersempit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orang ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Pratinjau cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batalkan pencetakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halaman {n} dari {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengirim ke printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan. Tidak ada yang dicatat sebagai tercetak; buang lembar yang sudah keluar dari printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak dapat memulai pencetakan. Periksa bahwa printer menyala, terhubung dan berkertas, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak dapat mencetak: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak dapat mencetak. Periksa printer, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverKeyDialog</name>
    <message>
        <source>Pulihkan kunci data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masukkan kode pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik kode dari lembar kode pemulihan yang dicetak saat penyiapan, baris demi baris seperti tercetak. Huruf kecil, spasi dan tanda hubung boleh. Kunci data akan disimpan lagi di brankas kunci (keyring) komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulihkan kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeEdit</name>
    <message>
        <source>Baris {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Kode pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode ini hanya ditampilkan sekali. Cetak atau simpan PDF-nya, lalu simpan di lemari terkunci. Tanpa kode ini, keyring yang hilang berarti data hilang. Barisnya sama dengan lembar yang dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;PDF untuk dicetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saya sudah mencetak / menyimpan kode pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gagal menyimpan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDetailDialog</name>
    <message>
        <source>Rincian pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationFields</name>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. KK</source>
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
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penghasilan/bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak verifikator: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikembalikan hub: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (berlaku {start} s.d. {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}, {rt_rw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT {rt}/RW {rw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ketik nama kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— pilih pekerjaan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada di DTSEN: isi dari KTP-el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data DTSEN belum diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terisi dari DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar di kantor ini, status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luar Kota Bekasi ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {d} · PRIORITAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketik NIK: data DTSEN mengisi formulir. Enter mengajukan, Ctrl+S menyimpan draf, Esc membersihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digit, mis. 3275014101900001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uka pendaftaran itu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sesuai KTP-el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. &amp;KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digit Kartu Keluarga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tgl. lahir / JK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dari NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alama&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jalan, nomor rumah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RT / RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kel&amp;urahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telepon/&amp;HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>08xx xxxx xxxx (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Penghasilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per bulan, yang dinyatakan pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerja &amp;setuju datanya dipakai untuk pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data NIK, nama, alamat, telepon dan pekerjaan dipakai Pemkot Bekasi dan BPJS Ketenagakerjaan hanya untuk kepesertaan SIGAP (UU 27/2022 Pelindungan Data Pribadi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bersihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan &amp;draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan draf (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajukan verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajukan verifikasi (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Tolak pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolak pendaftaran {name}? Petugas pendaftar akan melihat alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki (wajib untuk Lainnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keterangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan terlalu panjang: maksimal {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprintReasonDialog</name>
    <message>
        <source>Cetak ulang kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kartu sudah pernah dicetak. Kartu yang dicetak ulang dicatat di jejak audit beserta alasannya, dan harus diserahkan lagi kepada pesertanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salah cetak atau printer macet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data di kartu berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keterangan (wajib untuk “Lainnya”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keterangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis keterangannya: alasan “Lainnya” wajib dijelaskan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas cadangan (.ucjbak) dari flashdisk. Data kantor akan dipulihkan seperti saat cadangan dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode pemulihan dicetak saat penyiapan. Boleh dikosongkan bila komputer ini masih menyimpan kunci data kantor tersebut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ganti data yang ada (data lama dipindah ke folder backups, tidak dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kode pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor {name} ({code}) · dibuat {when} oleh {who} · {n} pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch terakhir di dalamnya: #{n}. Batch yang dikirim sesudah cadangan ini dibuat tidak ikut kembali: cocokkan dengan hub (Disnaker) sebelum mengirim batch lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada berkas yang dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan UCJ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan UCJ Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan lembar kode pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <source>Impor &amp;DTSEN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor daftar &amp;cakupan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor berkas CSV atau XLSX untuk mulai memakainya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diimpor {when} · {accepted} baris diterima, {rejected} ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Kata sandi sementara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun {username} ({name}) sudah dibuat. Kata sandi sementaranya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi sementara baru untuk {username} ({name}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berikan kata sandi ini langsung kepada petugas. Kata sandi ini hanya ditampilkan sekali, dan petugas wajib menggantinya dengan kata sandi sendiri saat pertama kali masuk dengan kata sandi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disalin ke papan klip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Terjadi kesalahan internal. Pekerjaan yang belum disimpan tidak diubah. Rincian dicatat di berkas log untuk admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masukkan &amp;kode pemulihan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>column_map_dialog</name>
    <message>
        <source>DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar cakupan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom wajib tidak dikenali: {fields}. Pilih kolom yang berisi data itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebih dari satu kolom cocok untuk {field}: {columns}. Pilih satu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kolom yang berisi setiap data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>print_models</name>
    <message>
        <source>Belum dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dicetak, belum diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diserahkan {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cetak {n}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu belum pernah dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dicetak {n}×, terakhir {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum diserahkan kepada pesertanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diserahkan {when} oleh {officer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlaku s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>registration_models</name>
    <message>
        <source>Data tidak sesuai dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumen kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikembalikan hub/BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diajukan untuk verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disetujui verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditolak verifikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikirim ke hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikembalikan oleh hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu kuota di hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terdaftar di BPJS</source>
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
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centang untuk disetujui bersama (Spasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda yang mendaftarkan: verifikator lain yang memeriksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan pendaftaran dan kuota kota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftarkan pekerja: ketik NIK, data DTSEN mengisi formulir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar Pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua pendaftaran, cari menurut NIK atau nama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antrean pendaftaran yang menunggu pemeriksaan verifikator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim batch ke hub kota dan impor tanda terima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak Kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu peserta dan sertifikat kepesertaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota, rekap iuran bulanan dan daftar pekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Referensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor DTSEN, daftar cakupan dan daftar calon peserta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun petugas, peran dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siapa melakukan apa, dan kapan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin seluruh data kantor ke flashdisk; pulihkan di komputer pengganti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_models</name>
    <message>
        <source>Sudah diterima hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kejadian #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terkunci sampai {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wajib ganti sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
