<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AuditScreen</name>
    <message>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siapa melakukan apa, dan kapan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua &amp;tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Petugas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ksi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dari:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sampai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix} (semua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} baris diekspor ke {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Cadangan Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salin seluruh data kantor ke flashdisk atau folder lain. Berkas cadangan terenkripsi dengan kunci data kantor: tanpa komputer ini atau kode pemulihan, isinya tidak dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buat cadangan sekarang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di komputer pengganti: pasang UCJ Desktop, lalu pada penyiapan awal pilih “Pulihkan dari cadangan…” dan masukkan kode pemulihan yang dicetak saat penyiapan. Pekerjaan sesudah cadangan dibuat tidak ikut kembali; batch yang sudah dikirim sesudahnya perlu dicocokkan dengan hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum pernah dibuat cadangan. Buat sekarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} oleh {who} · {n} pendaftaran · {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah {days} hari; buat cadangan baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jendela tetap dapat dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan dibuat ({size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas: {path}. Simpan terpisah dari komputer ini, dan simpan kode pemulihan di tempat lain lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan tidak dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan UCJ (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Pendaftaran per minggu, menurut status sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil pekerja yang memakai kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pendaftaran dalam 12 minggu terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada pekerja yang memakai kuota.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Kuota kota terpakai oleh kantor ini: {used} dari {quota} pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pendaftaran terverifikasi menunggu ekspor lebih dari {d} hari: buat batch di Sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} batch menunggu tanda terima hub lebih dari {d} hari: hubungi Disnaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data kantor belum pernah dicadangkan: buka Cadangan Data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadangan data terakhir dibuat {d} hari lalu: buat yang baru di Cadangan Data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kartu peserta menunggu dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kartu tercetak belum diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: buka Cetak Kartu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyExchange</name>
    <message>
        <source>Sidik jari perangkat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ekspor berkas pendaftaran perangkat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci hub yang berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor &amp;kunci hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kunci perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci perangkat dibuat saat data kantor dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim berkas pendaftaran ke hub, lalu bacakan sidik jari ini lewat telepon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas pendaftaran: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kunci hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor berkas kunci hub dari Disnaker sebelum membuat batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch disegel untuk kunci ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kunci lama tetap diterima untuk tanda terima lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspor berkas pendaftaran perangkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas pendaftaran (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas pendaftaran tidak dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas pendaftaran perangkat dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim {path} ke hub, lalu bacakan sidik jari {fingerprint} kepada petugas hub lewat telepon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor kunci hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kunci hub (*.json);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci hub tidak diimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci dari berkas ini: {name}

Sidik jari:
{fingerprint}

Telepon hub dan minta petugasnya membacakan sidik jari kunci hub. Lanjutkan hanya bila semua angka dan huruf sama persis.

Percayai kunci hub ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa sidik jari kunci hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan; kunci hub yang berlaku tidak berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunci hub dipercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, sidik jari {fingerprint}. Batch berikutnya disegel untuknya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Cetak Kartu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu peserta dan sertifikat kepesertaan untuk pekerja yang sudah terdaftar di BPJS Ketenagakerjaan. Pilih baris untuk mencetak sebagian; tanpa pilihan, semua baris yang tampil dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periksa kartu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pindai QR di balik kartu untuk memastikan kartu itu asli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai &amp;diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak &amp;kartu ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cetak &amp;sertifikat ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih kartu yang sudah dicetak dan sudah diterima pesertanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyiapkan {n} {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jendela tetap dapat dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak jadi dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudah dicetak, tetapi tidak tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catat {n} kartu sebagai sudah diserahkan kepada pesertanya, oleh {officer}, sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandai diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kartu tercatat sudah diserahkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Cari nama, KPJ atau NIK…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Tidak ada pendaftaran yang menunggu verifikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda yang mendaftarkan pendaftaran ini: verifikator lain yang memeriksanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setujui pendaftaran ini (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tolak…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Data Referensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor ekstrak DTSEN dan daftar cakupan. Berkas baru menggantikan data lama sekaligus; bila ada baris yang salah, tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terima baris yang valid saja (baris yang salah dilewati dan dilaporkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cari di DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom berkas belum dikenali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {file} tidak dimuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemetaan kolom dibatalkan; data sebelumnya tetap dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder laporan tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas CSV atau Excel (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada isian yang belum benar: lihat pesan merah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar: buka pendaftaran yang ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum dapat diajukan: lihat alasan di panel kelayakan. Simpan draf dengan Ctrl+S bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diajukan untuk verifikasi: {name} (NIK {nik}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tersimpan sebagai draf: {name} (NIK {nik}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bersihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batalkan perubahan pendaftaran ini? Perubahan yang belum disimpan hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bersihkan formulir? Data yang sudah diketik hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bersihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran berstatus {status} tidak dapat diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengubah pendaftaran {name} (status {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surat rujukan disimpan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota kota: {used} dari {quota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota terpakai kantor ini: {used} dari {quota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan surat rujukan DTSEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota, rekap iuran bulanan dan daftar pekerja. Yang tampil di tabel adalah isi berkas yang disimpan; NIK selalu disamarkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap iuran bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tidak dapat dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumlah {column} {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyimpan laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan disimpan ({n} baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas: {path}. Isinya data pribadi: simpan dan kirim dengan hati-hati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Aturan program yang berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor &amp;pengaturan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim pendaftaran terverifikasi ke hub kota dalam batch, lalu impor tanda terima dari hub. Berkas dipindah dengan flashdisk; isinya disegel dan ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ke hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buat batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tulis ulang batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor tanda &amp;terima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban hub &amp;DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada batch. Batch pertama dibuat dengan tombol “Buat batch…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar batch tidak dapat dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengelola kunci hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat membuat batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat mengimpor tanda terima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat mengimpor pengaturan program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terapkan paket pengaturan program (.ucjsync) yang ditandatangani hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua pendaftaran terverifikasi yang belum dikirim masuk satu batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis lagi berkas batch yang dipilih, sama persis byte demi byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terapkan tanda terima (.ucjsync) dari hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latihan: hub DEMO menerima batch yang belum dijawab, BPJS DEMO memberi KPJ, lalu tanda terimanya langsung diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpan batch ke folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membuat batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis ulang batch {n} ke folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menulis ulang batch {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor tanda terima dari hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor tanda terima {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impor pengaturan program dari hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengimpor pengaturan program {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas sinkronisasi (*.ucjsync);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub DEMO memproses batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jendela tetap dapat dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {n} sebelumnya terputus; berkasnya kini lengkap ({count} pendaftaran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas: {path}. Serahkan berkas ini ke hub kota, lalu buat batch lagi untuk pendaftaran yang diverifikasi sesudahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {n} dibuat: {count} pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas: {path}. Serahkan berkas ini ke hub kota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {n} ditulis ulang ({count} pendaftaran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas: {path}. Isinya sama persis dengan batch aslinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima ini sudah pernah diimpor; tidak ada yang berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima diimpor: {enrolled} terdaftar, {returned} dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran yang terdaftar kini punya nomor KPJ; yang dikembalikan dapat dilihat alasannya di Daftar Pekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} menunggu kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yang menunggu kuota tetap terkirim; peringkatnya ada di Daftar Pekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jawaban menunggu diabaikan karena hub sudah menjawab lebih baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka kuota kota di Beranda diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak berhasil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun petugas, peran dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambah petugas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubah &amp;peran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} petugas, {d} nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktifkan kembali akun {who}? Petugas dapat masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan akun {who}? Petugas tidak dapat masuk sampai akunnya diaktifkan lagi. Data yang sudah dibuatnya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat kata sandi sementara baru untuk {who}? Kata sandi lamanya tidak berlaku lagi, kunci karena salah sandi dibuka, dan petugas wajib menggantinya saat masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationScreen</name>
    <message>
        <source>Verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendaftaran yang menunggu pemeriksaan, terlama di atas. Periksa datanya, lalu setujui (Ctrl+Enter) atau tolak dengan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centang se&amp;mua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setujui yang &amp;dicentang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} menunggu verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setujui yang &amp;dicentang ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ditolak: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centang dulu pendaftaran yang akan disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setujui {n} pendaftaran yang dicentang sekaligus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pendaftaran disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tidak disetujui: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerListScreen</name>
    <message>
        <source>Daftar Pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua pendaftaran kantor ini, terbaru di atas. Tekan Enter atau klik dua kali untuk melihat rincian dan riwayatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK (awalnya) atau bagian nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semua desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pekerjaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kelurahan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pendaftaran cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pendaftaran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
