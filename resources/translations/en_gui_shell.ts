<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin pertama</source>
        <translation>First admin</translation>
    </message>
    <message>
        <source>Akun ini mengelola pengguna, kunci dan cadangan. Sandi minimal 8 karakter.</source>
        <translation>This account manages users, keys and backups. Passwords need at least 8 characters.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi sandi</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>Kata sandi dan ulangannya berbeda.</source>
        <translation>The password and its confirmation do not match.</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <source>Periksa Kartu Peserta</source>
        <translation>Check Membership Card</translation>
    </message>
    <message>
        <source>Periksa kartu peserta</source>
        <translation>Check membership card</translation>
    </message>
    <message>
        <source>Pindai QR di balik kartu dengan pemindai, atau tempel kodenya. Pemeriksaan berjalan tanpa internet.</source>
        <translation>Scan the QR on the back of the card with the scanner, or paste its code. The check works without internet.</translation>
    </message>
    <message>
        <source>Pindai QR di balik kartu, atau tempel kodenya di sini</source>
        <translation>Scan the QR on the back of the card, or paste its code here</translation>
    </message>
    <message>
        <source>Kode kartu</source>
        <translation>Card code</translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Berlaku s.d.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Catatan di kantor ini</source>
        <translation>Record at this office</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Belum ada kode</source>
        <translation>No code yet</translation>
    </message>
    <message>
        <source>Arahkan pemindai ke QR di balik kartu, atau tempel kodenya di kolom di atas, lalu tekan Enter.</source>
        <translation>Point the scanner at the QR on the back of the card, or paste its code in the box above, then press Enter.</translation>
    </message>
    <message>
        <source>Menunggu kartu</source>
        <translation>Waiting for a card</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan tampil di sini: asli atau tidak, dan milik siapa kartunya.</source>
        <translation>The result shows here: genuine or not, and whose card it is.</translation>
    </message>
    <message>
        <source>→ Cocokkan nama di atas dengan KTP pekerja.</source>
        <translation>→ Check the name above against the worker&apos;s KTP.</translation>
    </message>
    <message>
        <source>✓ KARTU ASLI</source>
        <translation>✓ GENUINE CARD</translation>
    </message>
    <message>
        <source>Tanda tangan hub kota cocok: kartu ini dibuat oleh hub dan tidak diubah.</source>
        <translation>The city hub&apos;s signature matches: this card was made by the hub and has not been altered.</translation>
    </message>
    <message>
        <source>⚠ KARTU ASLI, MASA BERLAKU HABIS</source>
        <translation>⚠ GENUINE CARD, EXPIRED</translation>
    </message>
    <message>
        <source>Kartu ini asli, tetapi kepesertaannya berakhir pada {end}. Kartu ini tidak lagi membuktikan kepesertaan yang aktif.</source>
        <translation>This card is genuine, but its membership ended on {end}. The card no longer proves active membership.</translation>
    </message>
    <message>
        <source>Belum dapat memeriksa kartu</source>
        <translation>Cannot check the card yet</translation>
    </message>
    <message>
        <source>Kunci hub kota belum diimpor di komputer ini, jadi tanda tangan kartu belum dapat diperiksa. Ini bukan berarti kartunya palsu.</source>
        <translation>The city hub&apos;s key has not been imported on this computer, so the card&apos;s signature cannot be checked yet. This does not mean the card is fake.</translation>
    </message>
    <message>
        <source>→ Admin perlu mengimpor kunci hub dari Disnaker lebih dulu, di layar Sinkronisasi. Sampai itu, kartu belum dapat diterima sebagai bukti.</source>
        <translation>→ An admin must first import the hub key from Disnaker, on the Sync screen. Until then, the card cannot be accepted as proof.</translation>
    </message>
    <message>
        <source>✗ BUKAN KARTU ASLI</source>
        <translation>✗ NOT A GENUINE CARD</translation>
    </message>
    <message>
        <source>Tanda tangan kartu tidak cocok dengan kunci hub kota: kartu ini tidak dibuat oleh hub, atau isinya telah diubah.</source>
        <translation>The card&apos;s signature does not match the city hub&apos;s key: the card was not made by the hub, or its contents have been altered.</translation>
    </message>
    <message>
        <source>→ Pindai ulang sekali lagi untuk memastikan.
→ Bila hasilnya sama, jangan terima kartu ini.
→ Laporkan kepada supervisor.</source>
        <translation>→ Scan it once more to be sure.
→ If the result is the same, do not accept this card.
→ Report it to your supervisor.</translation>
    </message>
    <message>
        <source>? KODE TIDAK TERBACA</source>
        <translation>? CODE NOT READABLE</translation>
    </message>
    <message>
        <source>Yang terbaca bukan kode kartu UCJ yang utuh.</source>
        <translation>What was read is not a complete UCJ card code.</translation>
    </message>
    <message>
        <source>→ Pindai ulang; pegang kartu rata dan diam.
→ Atau tempel kodenya lengkap: satu deret angka panjang
   (kartu lama: diawali UCJ1.).
→ Bila tetap gagal, laporkan kepada supervisor.</source>
        <translation>→ Scan again; hold the card flat and still.
→ Or paste the whole code: one long string of digits
   (old cards: starting with UCJ1.).
→ If it still fails, report it to your supervisor.</translation>
    </message>
    <message>
        <source>Tidak dapat memeriksa</source>
        <translation>Cannot check</translation>
    </message>
    <message>
        <source>{kelurahan}, Kec. {kecamatan}</source>
        <translation>{kelurahan}, Kec. {kecamatan}</translation>
    </message>
    <message>
        <source>Tidak ada catatan di kantor ini (kartu dari kelurahan lain)</source>
        <translation>No record at this office (card from another kelurahan)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi Anda.</source>
        <translation>Change your password.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kata sandi baru dan ulangannya berbeda.</source>
        <translation>The new password and its confirmation do not match.</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi sementara harus diganti sebelum mulai bekerja.</source>
        <translation>A temporary password must be changed before you start work.</translation>
    </message>
    <message>
        <source>Kata sandi &amp;sekarang</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi sandi baru</source>
        <translation>Con&amp;firm new password</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <source>Pemetaan kolom</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Berkas {file} ({kind}): pilih kolom yang berisi setiap data. Data bertanda * wajib ada.</source>
        <translation>File {file} ({kind}): choose the column that holds each item. Items marked * are required.</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>(kolom tanpa judul)</source>
        <translation>(untitled column)</translation>
    </message>
    <message>
        <source>Impor dengan pemetaan ini</source>
        <translation>Import with this mapping</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih kolom untuk: {fields}.</source>
        <translation>Choose a column for: {fields}.</translation>
    </message>
    <message>
        <source>Kolom “{column}” dipilih untuk lebih dari satu data: {fields}.</source>
        <translation>Column “{column}” is chosen for more than one item: {fields}.</translation>
    </message>
    <message>
        <source>Pilih satu kolom untuk {field}.</source>
        <translation>Choose one column for {field}.</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Bahasa tidak tersimpan di akun Anda: {reason}</source>
        <translation>The language was not saved to your account: {reason}</translation>
    </message>
    <message>
        <source>Layar terkunci

{name}, masukkan kata sandi untuk melanjutkan.</source>
        <translation>Screen locked

{name}, enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Kelayakan</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>PRIORITAS</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <source>Desil 1–3 didahulukan</source>
        <translation>Deciles 1–3 come first</translation>
    </message>
    <message>
        <source>Pekerja belum dapat didaftarkan. Berikan surat rujukan untuk memperbarui data DTSEN di kelurahan/kecamatan.</source>
        <translation>The worker cannot be registered yet. Give them a referral letter to update their DTSEN data at the kelurahan/kecamatan.</translation>
    </message>
    <message>
        <source>&amp;Cetak surat rujukan DTSEN…</source>
        <translation>&amp;Print DTSEN referral letter…</translation>
    </message>
    <message>
        <source>Ketik NIK pekerja untuk memeriksa kelayakan.</source>
        <translation>Type the worker&apos;s NIK to check eligibility.</translation>
    </message>
    <message>
        <source>belum diperiksa</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Dapat diajukan (hub kota memeriksa cakupan)</source>
        <translation>Can be submitted (the city hub checks coverage)</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat: {n} aturan tidak terpenuhi</source>
        <translation>Not eligible: {n} rules not met</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Belum dapat diperiksa lengkap</source>
        <translation>Cannot be fully checked yet</translation>
    </message>
    <message>
        <source>Iuran {total}/bulan dibayar Pemkot (JKK {jkk} + JKM {jkm})</source>
        <translation>Contribution {total}/month paid by the city (JKK {jkk} + JKM {jkm})</translation>
    </message>
</context>
<context>
    <name>ImportResultsPanel</name>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Belum ada impor</source>
        <translation>No import yet</translation>
    </message>
    <message>
        <source>Pilih tombol impor pada salah satu kartu di atas. Kemajuan impor, hasilnya dan baris yang ditolak tampil di sini.</source>
        <translation>Choose an import button on one of the cards above. Import progress, results and rejected rows show here.</translation>
    </message>
    <message>
        <source>Mengimpor {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>Data lama tetap dipakai sampai impor selesai. Jendela tetap dapat dipakai.</source>
        <translation>The old data stays in use until the import finishes. You can keep using the window.</translation>
    </message>
    <message>
        <source>0% · 0 baris</source>
        <translation>0% · 0 rows</translation>
    </message>
    <message>
        <source>{percent}% · {rows} baris</source>
        <translation>{percent}% · {rows} rows</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{n} baris dimuat</source>
        <translation>{n} rows loaded</translation>
    </message>
    <message>
        <source>Dari {file}, SHA-256 {hash}.</source>
        <translation>From {file}, SHA-256 {hash}.</translation>
    </message>
    <message>
        <source>{n} baris ditolak dan dilewati; rinciannya di bawah.</source>
        <translation>{n} rows rejected and skipped; details below.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <source>Semua baris di {file} ({n}) ditolak; data sebelumnya tetap dipakai.</source>
        <translation>All rows in {file} ({n}) were rejected; the previous data stays in use.</translation>
    </message>
    <message>
        <source>{n} dari {total} baris di {file} ditolak, jadi data sebelumnya tetap dipakai. Perbaiki baris di bawah lalu impor lagi, atau centang “Terima baris yang valid saja”.</source>
        <translation>{n} of {total} rows in {file} were rejected, so the previous data stays in use. Fix the rows below and import again, or tick “Accept valid rows only”.</translation>
    </message>
    <message>
        <source>Tabel menampilkan {k} baris pertama; semuanya ada di laporan.</source>
        <translation>The table shows the first {k} rows; all of them are in the report.</translation>
    </message>
    <message>
        <source>Laporan kesalahan: {path}</source>
        <translation>Error report: {path}</translation>
    </message>
</context>
<context>
    <name>KeyringPage</name>
    <message>
        <source>Brankas kunci (keyring) belum siap</source>
        <translation>The keyring is not ready</translation>
    </message>
    <message>
        <source>Penyiapan belum membuat apa pun. Siapkan brankas kunci dahulu.</source>
        <translation>Setup has not created anything yet. Set up the keyring first.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Bahasa:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>UCJ Desktop · kantor {code}</source>
        <translation>UCJ Desktop · office {code}</translation>
    </message>
    <message>
        <source>Layar terkunci — UCJ Desktop</source>
        <translation>Screen locked — UCJ Desktop</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Terkunci karena tidak ada aktivitas.</source>
        <translation>Locked because of inactivity.</translation>
    </message>
    <message>
        <source>Anda mengunci layar.</source>
        <translation>You locked the screen.</translation>
    </message>
    <message>
        <source>{why} Pekerjaan Anda tetap utuh; masukkan kata sandi untuk melanjutkan.</source>
        <translation>{why} Your work is kept; enter your password to continue.</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Keluar aplikasi</source>
        <translation>Quit app</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>DEMO — akun: admin, petugas, verifikator
Kata sandi: demo-ucj-2026</source>
        <translation>DEMO — accounts: admin, petugas, verifikator
Password: demo-ucj-2026</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Kata sandi sementara harus diganti dulu.</source>
        <translation>The temporary password must be changed first.</translation>
    </message>
    <message>
        <source>Masuk — UCJ Desktop</source>
        <translation>Sign in — UCJ Desktop</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UCJ Desktop — DEMO</source>
        <translation>UCJ Desktop — DEMO</translation>
    </message>
    <message>
        <source>UCJ Desktop</source>
        <translation>UCJ Desktop</translation>
    </message>
    <message>
        <source>Kelurahan {name}
{code}</source>
        <translation>Kelurahan {name}
{code}</translation>
    </message>
    <message>
        <source>Masuk sebagai {name} ({roles}) · kantor {code} · {n} pendaftaran</source>
        <translation>Signed in as {name} ({roles}) · office {code} · {n} registrations</translation>
    </message>
    <message>
        <source>DEMO — data contoh, bukan data warga sungguhan</source>
        <translation>DEMO — sample data, not real residents</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Kantor kelurahan</source>
        <translation>Kelurahan office</translation>
    </message>
    <message>
        <source>Pilih kelurahan tempat aplikasi ini dipakai: ketik sebagian nama atau kodenya, lalu pilih dari daftar. Pilihan ini tidak dapat diubah sesudah penyiapan.</source>
        <translation>Choose the kelurahan where this app is used: type part of its name or code, then pick it from the list. This choice cannot be changed after setup.</translation>
    </message>
    <message>
        <source>Ketik nama kelurahan…</source>
        <translation>Type a kelurahan name…</translation>
    </message>
    <message>
        <source>&amp;Kelurahan</source>
        <translation>&amp;Kelurahan</translation>
    </message>
    <message>
        <source>Komputer pengganti? Data kantor yang sudah ada dapat dipulihkan dari berkas cadangan (.ucjbak) dengan kode pemulihannya.</source>
        <translation>Replacement computer? Existing office data can be restored from a backup file (.ucjbak) with its recovery code.</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Peran baru berlaku saat {username} masuk berikutnya.</source>
        <translation>The new roles apply the next time {username} signs in.</translation>
    </message>
    <message>
        <source>Tambah petugas</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Petugas baru menerima kata sandi sementara dan wajib menggantinya saat masuk pertama kali.</source>
        <translation>New officers get a temporary password and must change it when they first sign in.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>mis. siti.aminah</source>
        <translation>e.g. siti.aminah</translation>
    </message>
    <message>
        <source>3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>3–32 lower-case letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Petugas</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;Verifikator</source>
        <translation>&amp;Verifier</translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation>A&amp;dmin</translation>
    </message>
</context>
<context>
    <name>PeopleSearchPage</name>
    <message>
        <source>Cari nama di DTSEN yang berlaku (Ctrl+F). NIK ditampilkan tersamar.</source>
        <translation>Search names in the current DTSEN (Ctrl+F). NIKs are shown masked.</translation>
    </message>
    <message>
        <source>Bagian nama, minimal 3 huruf</source>
        <translation>Part of a name, at least 3 letters</translation>
    </message>
    <message>
        <source>C&amp;ari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Tidak ada nama yang cocok.</source>
        <translation>No matching names.</translation>
    </message>
    <message>
        <source>{n} orang pertama. Ketik lebih banyak huruf untuk mempersempit.</source>
        <translation>First {n} people. Type more letters to narrow the search.</translation>
    </message>
    <message>
        <source>{n} orang ditemukan.</source>
        <translation>{n} people found.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>&amp;Batalkan pencetakan</source>
        <translation>&amp;Cancel printing</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Halaman {n} dari {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <source>Mengirim ke printer…</source>
        <translation>Sending to printer…</translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan. Tidak ada yang dicatat sebagai tercetak; buang lembar yang sudah keluar dari printer.</source>
        <translation>Printing cancelled. Nothing was recorded as printed; discard any sheets that already came out of the printer.</translation>
    </message>
    <message>
        <source>Printer tidak dapat memulai pencetakan. Periksa bahwa printer menyala, terhubung dan berkertas, lalu coba lagi.</source>
        <translation>The printer could not start printing. Check that it is on, connected and has paper, then try again.</translation>
    </message>
    <message>
        <source>Printer tidak dapat mencetak: {reason}</source>
        <translation>The printer cannot print: {reason}</translation>
    </message>
    <message>
        <source>Printer tidak dapat mencetak. Periksa printer, lalu coba lagi.</source>
        <translation>The printer cannot print. Check the printer, then try again.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoverKeyDialog</name>
    <message>
        <source>Pulihkan kunci data</source>
        <translation>Restore data key</translation>
    </message>
    <message>
        <source>Masukkan kode pemulihan</source>
        <translation>Enter the recovery code</translation>
    </message>
    <message>
        <source>Ketik kode dari lembar kode pemulihan yang dicetak saat penyiapan, baris demi baris seperti tercetak. Huruf kecil, spasi dan tanda hubung boleh. Kunci data akan disimpan lagi di brankas kunci (keyring) komputer ini.</source>
        <translation>Type the code from the recovery code sheet printed during setup, line by line as printed. Lower case, spaces and hyphens are fine. The data key will be stored again in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>&amp;Pulihkan kunci</source>
        <translation>&amp;Restore key</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeEdit</name>
    <message>
        <source>Baris {n}</source>
        <translation>Line {n}</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Kode ini hanya ditampilkan sekali. Cetak atau simpan PDF-nya, lalu simpan di lemari terkunci. Tanpa kode ini, keyring yang hilang berarti data hilang. Barisnya sama dengan lembar yang dicetak.</source>
        <translation>This code is shown only once. Print it or save it as a PDF, then keep it in a locked cabinet. Without this code, a lost keyring means lost data. The lines match the printed sheet.</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF untuk dicetak…</source>
        <translation>Save &amp;PDF to print…</translation>
    </message>
    <message>
        <source>Sa&amp;lin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Saya sudah mencetak / menyimpan kode pemulihan</source>
        <translation>I have printed / saved the recovery code</translation>
    </message>
    <message>
        <source>Gagal menyimpan: {reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RegistrationDetailDialog</name>
    <message>
        <source>Rincian pendaftaran</source>
        <translation>Registration details</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RegistrationFields</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desil DTSEN</source>
        <translation>DTSEN decile</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Penghasilan/bulan</source>
        <translation>Income/month</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ditolak verifikator: {reason}</source>
        <translation>Rejected by verifier: {reason}</translation>
    </message>
    <message>
        <source>Dikembalikan hub: {reason}</source>
        <translation>Returned by hub: {reason}</translation>
    </message>
    <message>
        <source>Dibatalkan: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source> (berlaku {start} s.d. {end})</source>
        <translation> (valid {start} to {end})</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>{address}, {rt_rw}</source>
        <translation>{address}, {rt_rw}</translation>
    </message>
    <message>
        <source>RT {rt}/RW {rw}</source>
        <translation>RT {rt}/RW {rw}</translation>
    </message>
    <message>
        <source>{when} oleh {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <source>ketik nama kelurahan</source>
        <translation>type a kelurahan name</translation>
    </message>
    <message>
        <source>— pilih pekerjaan —</source>
        <translation>— choose occupation —</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Tidak ada di DTSEN: isi dari KTP-el</source>
        <translation>Not in DTSEN: fill in from the e-KTP</translation>
    </message>
    <message>
        <source>Data DTSEN belum diimpor</source>
        <translation>DTSEN data not imported yet</translation>
    </message>
    <message>
        <source>Terisi dari DTSEN</source>
        <translation>Filled in from DTSEN</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar di kantor ini, status: {status}.</source>
        <translation>This NIK is already registered at this office, status: {status}.</translation>
    </message>
    <message>
        <source>Luar Kota Bekasi ({code})</source>
        <translation>Outside Kota Bekasi ({code})</translation>
    </message>
    <message>
        <source>Desil {d} · PRIORITAS</source>
        <translation>Decile {d} · PRIORITY</translation>
    </message>
    <message>
        <source>Desil {d}</source>
        <translation>Decile {d}</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Ketik NIK: data DTSEN mengisi formulir. Enter mengajukan, Ctrl+S menyimpan draf, Esc membersihkan.</source>
        <translation>Type the NIK: DTSEN data fills in the form. Enter submits, Ctrl+S saves a draft, Esc clears.</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>16 digit, mis. 3275014101900001</source>
        <translation>16 digits, e.g. 3275014101900001</translation>
    </message>
    <message>
        <source>B&amp;uka pendaftaran itu</source>
        <translation>&amp;Open that registration</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>sesuai KTP-el</source>
        <translation>as on the e-KTP</translation>
    </message>
    <message>
        <source>No. &amp;KK</source>
        <translation>&amp;KK no.</translation>
    </message>
    <message>
        <source>16 digit Kartu Keluarga</source>
        <translation>16-digit family card number</translation>
    </message>
    <message>
        <source>Tgl. lahir / JK</source>
        <translation>DOB / Sex</translation>
    </message>
    <message>
        <source>dari NIK</source>
        <translation>from NIK</translation>
    </message>
    <message>
        <source>Alama&amp;t</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <source>jalan, nomor rumah</source>
        <translation>street, house number</translation>
    </message>
    <message>
        <source>&amp;RT / RW</source>
        <translation>&amp;RT / RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kel&amp;urahan</source>
        <translation>Kel&amp;urahan</translation>
    </message>
    <message>
        <source>Telepon/&amp;HP</source>
        <translation>Phone/&amp;mobile</translation>
    </message>
    <message>
        <source>08xx xxxx xxxx (boleh kosong)</source>
        <translation>08xx xxxx xxxx (optional)</translation>
    </message>
    <message>
        <source>Pekerjaan &amp;1</source>
        <translation>Occupation &amp;1</translation>
    </message>
    <message>
        <source>Pekerjaan &amp;2</source>
        <translation>Occupation &amp;2</translation>
    </message>
    <message>
        <source>&amp;Penghasilan</source>
        <translation>&amp;Income</translation>
    </message>
    <message>
        <source>Rp </source>
        <translation>Rp </translation>
    </message>
    <message>
        <source>per bulan, yang dinyatakan pekerja</source>
        <translation>per month, as stated by the worker</translation>
    </message>
    <message>
        <source>Pekerja &amp;setuju datanya dipakai untuk pendaftaran</source>
        <translation>The worker &amp;agrees to their data being used for registration</translation>
    </message>
    <message>
        <source>Data NIK, nama, alamat, telepon dan pekerjaan dipakai Pemkot Bekasi dan BPJS Ketenagakerjaan hanya untuk kepesertaan SIGAP (UU 27/2022 Pelindungan Data Pribadi).</source>
        <translation>NIK, name, address, phone and occupation are used by the Kota Bekasi government and BPJS Ketenagakerjaan only for SIGAP membership (Law 27/2022 on Personal Data Protection).</translation>
    </message>
    <message>
        <source>&amp;Bersihkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Simpan &amp;draf</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>Simpan draf (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Ajukan verifikasi</source>
        <translation>&amp;Submit for verification</translation>
    </message>
    <message>
        <source>Ajukan verifikasi (Enter)</source>
        <translation>Submit for verification (Enter)</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Tolak pendaftaran</source>
        <translation>Reject registration</translation>
    </message>
    <message>
        <source>Tolak pendaftaran {name}? Petugas pendaftar akan melihat alasannya.</source>
        <translation>Reject the registration of {name}? The registrar who entered it will see the reason.</translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki (wajib untuk Lainnya)</source>
        <translation>What must be corrected (required for Other)</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Keterangan terlalu panjang: maksimal {n} karakter.</source>
        <translation>Note too long: at most {n} characters.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReprintReasonDialog</name>
    <message>
        <source>Cetak ulang kartu</source>
        <translation>Reprint card</translation>
    </message>
    <message>
        <source>{count} kartu sudah pernah dicetak. Kartu yang dicetak ulang dicatat di jejak audit beserta alasannya, dan harus diserahkan lagi kepada pesertanya.</source>
        <translation>{count} cards have been printed before. Reprinted cards are recorded in the audit trail with the reason, and must be handed to their members again.</translation>
    </message>
    <message>
        <source>Kartu hilang</source>
        <translation>Card lost</translation>
    </message>
    <message>
        <source>Kartu rusak</source>
        <translation>Card damaged</translation>
    </message>
    <message>
        <source>Salah cetak atau printer macet</source>
        <translation>Misprint or printer jam</translation>
    </message>
    <message>
        <source>Data di kartu berubah</source>
        <translation>Card details changed</translation>
    </message>
    <message>
        <source>Lainnya…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <source>Keterangan (wajib untuk “Lainnya”)</source>
        <translation>Note (required for “Other”)</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tulis keterangannya: alasan “Lainnya” wajib dijelaskan.</source>
        <translation>Add a note: the “Other” reason must be explained.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan (.ucjbak) dari flashdisk. Data kantor akan dipulihkan seperti saat cadangan dibuat.</source>
        <translation>Choose the backup file (.ucjbak) on the flash drive. The office data will be restored as it was when the backup was made.</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Kode pemulihan dicetak saat penyiapan. Boleh dikosongkan bila komputer ini masih menyimpan kunci data kantor tersebut.</source>
        <translation>The recovery code was printed during setup. Leave it blank if this computer still holds that office&apos;s data key.</translation>
    </message>
    <message>
        <source>&amp;Ganti data yang ada (data lama dipindah ke folder backups, tidak dihapus)</source>
        <translation>Re&amp;place existing data (old data moves to the backups folder, not deleted)</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Kode pemulihan</source>
        <translation>Recovery c&amp;ode</translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kantor {name} ({code}) · dibuat {when} oleh {who} · {n} pendaftaran</source>
        <translation>Office {name} ({code}) · made {when} by {who} · {n} registrations</translation>
    </message>
    <message>
        <source>Batch terakhir di dalamnya: #{n}. Batch yang dikirim sesudah cadangan ini dibuat tidak ikut kembali: cocokkan dengan hub (Disnaker) sebelum mengirim batch lagi.</source>
        <translation>Last batch in it: #{n}. Batches sent after this backup was made do not come back: check with the hub (Disnaker) before sending batches again.</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>Cadangan UCJ (*{suffix})</source>
        <translation>UCJ backup (*{suffix})</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan UCJ Desktop</source>
        <translation>UCJ Desktop setup</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan lembar kode pemulihan</source>
        <translation>Save recovery code sheet</translation>
    </message>
</context>
<context>
    <name>SourceCard</name>
    <message>
        <source>Impor &amp;DTSEN…</source>
        <translation>Import &amp;DTSEN…</translation>
    </message>
    <message>
        <source>Impor daftar &amp;cakupan…</source>
        <translation>Import &amp;coverage list…</translation>
    </message>
    <message>
        <source>Belum ada data</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>Impor berkas CSV atau XLSX untuk mulai memakainya.</source>
        <translation>Import a CSV or XLSX file to start using it.</translation>
    </message>
    <message>
        <source>Diimpor {when} · {accepted} baris diterima, {rejected} ditolak</source>
        <translation>Imported {when} · {accepted} rows accepted, {rejected} rejected</translation>
    </message>
    <message>
        <source>SHA-256 {hash}</source>
        <translation>SHA-256 {hash}</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Akun {username} ({name}) sudah dibuat. Kata sandi sementaranya:</source>
        <translation>Account {username} ({name}) has been created. Its temporary password:</translation>
    </message>
    <message>
        <source>Kata sandi sementara baru untuk {username} ({name}):</source>
        <translation>New temporary password for {username} ({name}):</translation>
    </message>
    <message>
        <source>Berikan kata sandi ini langsung kepada petugas. Kata sandi ini hanya ditampilkan sekali, dan petugas wajib menggantinya dengan kata sandi sendiri saat pertama kali masuk dengan kata sandi ini.</source>
        <translation>Give this password to the officer in person. It is shown only once, and the officer must replace it with their own password the first time they sign in with it.</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Disalin ke papan klip.</source>
        <translation>Copied to clipboard.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Terjadi kesalahan internal. Pekerjaan yang belum disimpan tidak diubah. Rincian dicatat di berkas log untuk admin.</source>
        <translation>An internal error occurred. Unsaved work has not been changed. Details are in the log file for the admin.</translation>
    </message>
    <message>
        <source>Masukkan &amp;kode pemulihan…</source>
        <translation>Enter recovery &amp;code…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>column_map_dialog</name>
    <message>
        <source>DTSEN</source>
        <translation>DTSEN</translation>
    </message>
    <message>
        <source>Daftar cakupan</source>
        <translation>Coverage list</translation>
    </message>
    <message>
        <source>Kolom wajib tidak dikenali: {fields}. Pilih kolom yang berisi data itu.</source>
        <translation>Required columns not recognised: {fields}. Choose the columns that hold that data.</translation>
    </message>
    <message>
        <source>Lebih dari satu kolom cocok untuk {field}: {columns}. Pilih satu.</source>
        <translation>More than one column matches {field}: {columns}. Choose one.</translation>
    </message>
    <message>
        <source>Pilih kolom yang berisi setiap data.</source>
        <translation>Choose the column that holds each item.</translation>
    </message>
</context>
<context>
    <name>print_models</name>
    <message>
        <source>Belum dicetak</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Dicetak, belum diserahkan</source>
        <translation>Printed, not handed over</translation>
    </message>
    <message>
        <source>Diserahkan {day}</source>
        <translation>Handed over {day}</translation>
    </message>
    <message>
        <source>(cetak {n}×)</source>
        <translation>(printed {n}×)</translation>
    </message>
    <message>
        <source>Kartu belum pernah dicetak.</source>
        <translation>The card has never been printed.</translation>
    </message>
    <message>
        <source>Dicetak {n}×, terakhir {when}.</source>
        <translation>Printed {n}×, last {when}.</translation>
    </message>
    <message>
        <source>Belum diserahkan kepada pesertanya.</source>
        <translation>Not yet handed to the member.</translation>
    </message>
    <message>
        <source>Diserahkan {when} oleh {officer}.</source>
        <translation>Handed over {when} by {officer}.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Berlaku s.d.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Card</translation>
    </message>
</context>
<context>
    <name>registration_models</name>
    <message>
        <source>Data tidak sesuai dokumen</source>
        <translation>Data does not match documents</translation>
    </message>
    <message>
        <source>Dokumen kurang</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Pendaftaran ganda</source>
        <translation>Duplicate registration</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Dikembalikan hub/BPJS</source>
        <translation>Returned by hub/BPJS</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Diajukan untuk verifikasi</source>
        <translation>Submitted for verification</translation>
    </message>
    <message>
        <source>Disetujui verifikator</source>
        <translation>Approved by verifier</translation>
    </message>
    <message>
        <source>Ditolak verifikator</source>
        <translation>Rejected by verifier</translation>
    </message>
    <message>
        <source>Dikirim ke hub</source>
        <translation>Sent to hub</translation>
    </message>
    <message>
        <source>Dikembalikan oleh hub</source>
        <translation>Returned by hub</translation>
    </message>
    <message>
        <source>Menunggu kuota di hub</source>
        <translation>Waiting for quota at hub</translation>
    </message>
    <message>
        <source>Terdaftar di BPJS</source>
        <translation>Enrolled with BPJS</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Centang untuk disetujui bersama (Spasi)</source>
        <translation>Tick to approve together (Space)</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Anda yang mendaftarkan: verifikator lain yang memeriksa.</source>
        <translation>You registered this: another verifier must check it.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ringkasan pendaftaran dan kuota kota.</source>
        <translation>Registration summary and the city quota.</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Daftarkan pekerja: ketik NIK, data DTSEN mengisi formulir.</source>
        <translation>Register workers: type the NIK, DTSEN data fills in the form.</translation>
    </message>
    <message>
        <source>Daftar Pekerja</source>
        <translation>Worker List</translation>
    </message>
    <message>
        <source>Semua pendaftaran, cari menurut NIK atau nama.</source>
        <translation>All registrations; search by NIK or name.</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Antrean pendaftaran yang menunggu pemeriksaan verifikator.</source>
        <translation>Queue of registrations waiting for a verifier&apos;s check.</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Kirim batch ke hub kota dan impor tanda terima.</source>
        <translation>Send batches to the city hub and import acknowledgements.</translation>
    </message>
    <message>
        <source>Cetak Kartu</source>
        <translation>Print Cards</translation>
    </message>
    <message>
        <source>Kartu peserta dan sertifikat kepesertaan.</source>
        <translation>Membership cards and enrolment certificates.</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Kuota, rekap iuran bulanan dan daftar pekerja.</source>
        <translation>Quota, monthly contribution summary and worker lists.</translation>
    </message>
    <message>
        <source>Data Referensi</source>
        <translation>Reference Data</translation>
    </message>
    <message>
        <source>Impor DTSEN, daftar cakupan dan daftar calon peserta.</source>
        <translation>Import DTSEN, the coverage list and the candidate member list.</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Akun petugas, peran dan kata sandi.</source>
        <translation>Officer accounts, roles and passwords.</translation>
    </message>
    <message>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>Siapa melakukan apa, dan kapan.</source>
        <translation>Who did what, and when.</translation>
    </message>
    <message>
        <source>Cadangan Data</source>
        <translation>Data Backup</translation>
    </message>
    <message>
        <source>Salin seluruh data kantor ke flashdisk; pulihkan di komputer pengganti.</source>
        <translation>Copy all office data to a flash drive; restore it on a replacement computer.</translation>
    </message>
</context>
<context>
    <name>sync_models</name>
    <message>
        <source>Sudah diterima hub</source>
        <translation>Received by hub</translation>
    </message>
    <message>
        <source>Menunggu tanda terima</source>
        <translation>Waiting for acknowledgement</translation>
    </message>
    <message>
        <source>Batch #</source>
        <translation>Batch #</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kejadian #{seq}</source>
        <translation>Event #{seq}</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Terkunci sampai {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Wajib ganti sandi</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Belum pernah</source>
        <translation>Never</translation>
    </message>
</context>
</TS>
