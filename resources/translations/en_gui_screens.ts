<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AuditScreen</name>
    <message>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>Siapa melakukan apa, dan kapan.</source>
        <translation>Who did what, and when.</translation>
    </message>
    <message>
        <source>Semua &amp;tanggal</source>
        <translation>All &amp;dates</translation>
    </message>
    <message>
        <source>&amp;Petugas:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>A&amp;ksi:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Dari:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Sampai:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>{prefix} (semua)</source>
        <translation>{prefix} (all)</translation>
    </message>
    <message>
        <source>{n} kejadian</source>
        <translation>{n} events</translation>
    </message>
    <message>
        <source>{n} baris diekspor ke {file}</source>
        <translation>{n} rows exported to {file}</translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Cadangan Data</source>
        <translation>Data Backup</translation>
    </message>
    <message>
        <source>Salin seluruh data kantor ke flashdisk atau folder lain. Berkas cadangan terenkripsi dengan kunci data kantor: tanpa komputer ini atau kode pemulihan, isinya tidak dapat dibaca.</source>
        <translation>Copy all of the office&apos;s data to a flash drive or another folder. The backup file is encrypted with the office data key: without this computer or the recovery code, it cannot be read.</translation>
    </message>
    <message>
        <source>Cadangan terakhir</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>&amp;Buat cadangan sekarang…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Memulihkan</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Di komputer pengganti: pasang UCJ Desktop, lalu pada penyiapan awal pilih “Pulihkan dari cadangan…” dan masukkan kode pemulihan yang dicetak saat penyiapan. Pekerjaan sesudah cadangan dibuat tidak ikut kembali; batch yang sudah dikirim sesudahnya perlu dicocokkan dengan hub.</source>
        <translation>On the replacement computer: install UCJ Desktop, then in the first-time setup choose “Restore from backup…” and enter the recovery code printed during setup. Work done after the backup was made is not restored; batches sent after it must be reconciled with the hub.</translation>
    </message>
    <message>
        <source>Belum pernah dibuat cadangan. Buat sekarang.</source>
        <translation>No backup has been made yet. Make one now.</translation>
    </message>
    <message>
        <source>{when} oleh {who} · {n} pendaftaran · {file}</source>
        <translation>{when} by {who} · {n} registrations · {file}</translation>
    </message>
    <message>
        <source>Sudah {days} hari; buat cadangan baru.</source>
        <translation>{days} days old; make a new backup.</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Jendela tetap dapat dipakai.</source>
        <translation>You can keep using the window.</translation>
    </message>
    <message>
        <source>Cadangan dibuat ({size} MB)</source>
        <translation>Backup created ({size} MB)</translation>
    </message>
    <message>
        <source>Berkas: {path}. Simpan terpisah dari komputer ini, dan simpan kode pemulihan di tempat lain lagi.</source>
        <translation>File: {path}. Store it away from this computer, and keep the recovery code in yet another place.</translation>
    </message>
    <message>
        <source>Cadangan tidak dibuat</source>
        <translation>Backup not created</translation>
    </message>
    <message>
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Cadangan UCJ (*{suffix})</source>
        <translation>UCJ backup (*{suffix})</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Pendaftaran per minggu, menurut status sekarang</source>
        <translation>Registrations per week, by current status</translation>
    </message>
    <message>
        <source>Desil pekerja yang memakai kuota</source>
        <translation>Deciles of workers using the quota</translation>
    </message>
    <message>
        <source>Belum ada pendaftaran dalam 12 minggu terakhir.</source>
        <translation>No registrations in the last 12 weeks.</translation>
    </message>
    <message>
        <source>Belum ada pekerja yang memakai kuota.</source>
        <translation>No workers are using the quota yet.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Kuota kota terpakai oleh kantor ini: {used} dari {quota} pekerja</source>
        <translation>City quota used by this office: {used} of {quota} workers</translation>
    </message>
    <message>
        <source>{n} pendaftaran terverifikasi menunggu ekspor lebih dari {d} hari: buat batch di Sinkronisasi.</source>
        <translation>{n} verified registrations waiting for export for over {d} days: create a batch in Sync.</translation>
    </message>
    <message>
        <source>{n} batch menunggu tanda terima hub lebih dari {d} hari: hubungi Disnaker.</source>
        <translation>{n} batches waiting for a hub acknowledgement for over {d} days: contact Disnaker.</translation>
    </message>
    <message>
        <source>Data kantor belum pernah dicadangkan: buka Cadangan Data.</source>
        <translation>Office data has never been backed up: open Data Backup.</translation>
    </message>
    <message>
        <source>Cadangan data terakhir dibuat {d} hari lalu: buat yang baru di Cadangan Data.</source>
        <translation>Last data backup was {d} days ago: make a new one in Data Backup.</translation>
    </message>
    <message>
        <source>{n} kartu peserta menunggu dicetak</source>
        <translation>{n} membership cards waiting to be printed</translation>
    </message>
    <message>
        <source>{n} kartu tercetak belum diserahkan</source>
        <translation>{n} printed cards not yet handed over</translation>
    </message>
    <message>
        <source>{what}: buka Cetak Kartu.</source>
        <translation>{what}: open Print Cards.</translation>
    </message>
</context>
<context>
    <name>KeyExchange</name>
    <message>
        <source>Sidik jari perangkat ini</source>
        <translation>This device&apos;s fingerprint</translation>
    </message>
    <message>
        <source>&amp;Ekspor berkas pendaftaran perangkat…</source>
        <translation>&amp;Export device registration file…</translation>
    </message>
    <message>
        <source>Kunci hub yang berlaku</source>
        <translation>Hub key in force</translation>
    </message>
    <message>
        <source>Impor &amp;kunci hub…</source>
        <translation>Import hub &amp;key…</translation>
    </message>
    <message>
        <source>Tidak dapat dibaca</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Belum ada kunci perangkat</source>
        <translation>No device key yet</translation>
    </message>
    <message>
        <source>Kunci perangkat dibuat saat data kantor dibuka.</source>
        <translation>The device key is created when the office data is opened.</translation>
    </message>
    <message>
        <source>Kirim berkas pendaftaran ke hub, lalu bacakan sidik jari ini lewat telepon.</source>
        <translation>Send the registration file to the hub, then read this fingerprint out over the phone.</translation>
    </message>
    <message>
        <source>Berkas pendaftaran: {path}</source>
        <translation>Registration file: {path}</translation>
    </message>
    <message>
        <source>Belum ada kunci hub</source>
        <translation>No hub key yet</translation>
    </message>
    <message>
        <source>Impor berkas kunci hub dari Disnaker sebelum membuat batch.</source>
        <translation>Import the hub key file from Disnaker before creating a batch.</translation>
    </message>
    <message>
        <source>Batch disegel untuk kunci ini.</source>
        <translation>Batches are sealed for this key.</translation>
    </message>
    <message>
        <source>{n} kunci lama tetap diterima untuk tanda terima lama.</source>
        <translation>{n} old keys still accepted for old acknowledgements.</translation>
    </message>
    <message>
        <source>Ekspor berkas pendaftaran perangkat</source>
        <translation>Export device registration file</translation>
    </message>
    <message>
        <source>Berkas pendaftaran (*.json)</source>
        <translation>Registration file (*.json)</translation>
    </message>
    <message>
        <source>Berkas pendaftaran tidak dibuat</source>
        <translation>Registration file not created</translation>
    </message>
    <message>
        <source>Berkas pendaftaran perangkat dibuat</source>
        <translation>Device registration file created</translation>
    </message>
    <message>
        <source>Kirim {path} ke hub, lalu bacakan sidik jari {fingerprint} kepada petugas hub lewat telepon.</source>
        <translation>Send {path} to the hub, then read the fingerprint {fingerprint} out to the hub operator over the phone.</translation>
    </message>
    <message>
        <source>Impor kunci hub</source>
        <translation>Import hub key</translation>
    </message>
    <message>
        <source>Berkas kunci hub (*.json);;Semua berkas (*)</source>
        <translation>Hub key file (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Kunci hub tidak diimpor</source>
        <translation>Hub key not imported</translation>
    </message>
    <message>
        <source>Kunci dari berkas ini: {name}

Sidik jari:
{fingerprint}

Telepon hub dan minta petugasnya membacakan sidik jari kunci hub. Lanjutkan hanya bila semua angka dan huruf sama persis.

Percayai kunci hub ini?</source>
        <translation>Key in this file: {name}

Fingerprint:
{fingerprint}

Phone the hub and ask the operator to read out the hub key&apos;s fingerprint. Continue only if every letter and digit matches exactly.

Trust this hub key?</translation>
    </message>
    <message>
        <source>Periksa sidik jari kunci hub</source>
        <translation>Check the hub key fingerprint</translation>
    </message>
    <message>
        <source>Dibatalkan; kunci hub yang berlaku tidak berubah.</source>
        <translation>Cancelled; the hub key in force is unchanged.</translation>
    </message>
    <message>
        <source>Kunci hub dipercaya</source>
        <translation>Hub key trusted</translation>
    </message>
    <message>
        <source>{name}, sidik jari {fingerprint}. Batch berikutnya disegel untuknya.</source>
        <translation>{name}, fingerprint {fingerprint}. Next batches will be sealed for it.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Cetak Kartu</source>
        <translation>Print Cards</translation>
    </message>
    <message>
        <source>Kartu peserta dan sertifikat kepesertaan untuk pekerja yang sudah terdaftar di BPJS Ketenagakerjaan. Pilih baris untuk mencetak sebagian; tanpa pilihan, semua baris yang tampil dicetak.</source>
        <translation>Membership cards and enrolment certificates for workers already enrolled in BPJS Ketenagakerjaan. Select rows to print only those; with no selection, all rows shown are printed.</translation>
    </message>
    <message>
        <source>&amp;Periksa kartu…</source>
        <translation>&amp;Verify card…</translation>
    </message>
    <message>
        <source>Pindai QR di balik kartu untuk memastikan kartu itu asli.</source>
        <translation>Scan the QR on the back of the card to confirm it is genuine.</translation>
    </message>
    <message>
        <source>Tandai &amp;diserahkan</source>
        <translation>Mark &amp;handed over</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Daftar tidak dapat dimuat</source>
        <translation>The list cannot be loaded</translation>
    </message>
    <message>
        <source>Cetak &amp;kartu ({n})…</source>
        <translation>Print &amp;cards ({n})…</translation>
    </message>
    <message>
        <source>Cetak &amp;sertifikat ({n})…</source>
        <translation>Print c&amp;ertificates ({n})…</translation>
    </message>
    <message>
        <source>Pilih kartu yang sudah dicetak dan sudah diterima pesertanya.</source>
        <translation>Select the cards that have been printed and received by their members.</translation>
    </message>
    <message>
        <source>Menyiapkan {n} {what}…</source>
        <translation>Preparing {n} {what}…</translation>
    </message>
    <message>
        <source>Jendela tetap dapat dipakai.</source>
        <translation>You can keep using the window.</translation>
    </message>
    <message>
        <source>Tidak jadi dicetak</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <source>Sudah dicetak, tetapi tidak tercatat</source>
        <translation>Printed, but not recorded</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang dicetak</source>
        <translation>Cancelled; nothing was printed</translation>
    </message>
    <message>
        <source>Tidak dapat dicetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Catat {n} kartu sebagai sudah diserahkan kepada pesertanya, oleh {officer}, sekarang?</source>
        <translation>Record {n} cards as handed over to their members, by {officer}, now?</translation>
    </message>
    <message>
        <source>Tandai diserahkan</source>
        <translation>Mark handed over</translation>
    </message>
    <message>
        <source>Tidak tercatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>{n} kartu tercatat sudah diserahkan</source>
        <translation>{n} cards recorded as handed over</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Cari nama, KPJ atau NIK…</source>
        <translation>Search name, KPJ or NIK…</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Tidak ada pendaftaran yang menunggu verifikasi.</source>
        <translation>No registrations are waiting for verification.</translation>
    </message>
    <message>
        <source>Anda yang mendaftarkan pendaftaran ini: verifikator lain yang memeriksanya.</source>
        <translation>You made this registration: another verifier must check it.</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Setujui pendaftaran ini (Ctrl+Enter)</source>
        <translation>Approve this registration (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Tolak…</source>
        <translation>&amp;Reject…</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Data Referensi</source>
        <translation>Reference Data</translation>
    </message>
    <message>
        <source>Impor ekstrak DTSEN dan daftar cakupan. Berkas baru menggantikan data lama sekaligus; bila ada baris yang salah, tidak ada yang diubah.</source>
        <translation>Import the DTSEN extract and coverage lists. A new file replaces the old data in one go; if any row is wrong, nothing is changed.</translation>
    </message>
    <message>
        <source>&amp;Terima baris yang valid saja (baris yang salah dilewati dan dilaporkan)</source>
        <translation>&amp;Accept valid rows only (faulty rows are skipped and reported)</translation>
    </message>
    <message>
        <source>Hasil impor</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Cari di DTSEN</source>
        <translation>Search DTSEN</translation>
    </message>
    <message>
        <source>Kolom berkas belum dikenali</source>
        <translation>File columns not recognised</translation>
    </message>
    <message>
        <source>Berkas {file} tidak dimuat.</source>
        <translation>File {file} not loaded.</translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>Pemetaan kolom dibatalkan; data sebelumnya tetap dipakai.</source>
        <translation>Column mapping cancelled; the previous data is still in use.</translation>
    </message>
    <message>
        <source>Folder laporan tidak dapat dibuka.</source>
        <translation>The report folder cannot be opened.</translation>
    </message>
    <message>
        <source>Impor {kind}</source>
        <translation>Import {kind}</translation>
    </message>
    <message>
        <source>Berkas CSV atau Excel (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>CSV or Excel files (*.csv *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Ada isian yang belum benar: lihat pesan merah.</source>
        <translation>Some fields are not right yet: see the red messages.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar: buka pendaftaran yang ada.</source>
        <translation>This NIK is already registered: open the existing registration.</translation>
    </message>
    <message>
        <source>Belum dapat diajukan: lihat alasan di panel kelayakan. Simpan draf dengan Ctrl+S bila perlu.</source>
        <translation>Cannot be submitted yet: see the reasons in the eligibility panel. Save a draft with Ctrl+S if needed.</translation>
    </message>
    <message>
        <source>Diajukan untuk verifikasi: {name} (NIK {nik}).</source>
        <translation>Submitted for verification: {name} (NIK {nik}).</translation>
    </message>
    <message>
        <source>Tersimpan sebagai draf: {name} (NIK {nik}).</source>
        <translation>Saved as a draft: {name} (NIK {nik}).</translation>
    </message>
    <message>
        <source>&amp;Bersihkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Batalkan perubahan pendaftaran ini? Perubahan yang belum disimpan hilang.</source>
        <translation>Discard the changes to this registration? Unsaved changes will be lost.</translation>
    </message>
    <message>
        <source>Bersihkan formulir? Data yang sudah diketik hilang.</source>
        <translation>Clear the form? Anything already typed will be lost.</translation>
    </message>
    <message>
        <source>Bersihkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Pendaftaran berstatus {status} tidak dapat diubah.</source>
        <translation>A registration with status {status} cannot be edited.</translation>
    </message>
    <message>
        <source>Mengubah pendaftaran {name} (status {status}).</source>
        <translation>Editing the registration of {name} (status {status}).</translation>
    </message>
    <message>
        <source>&amp;Batal ubah</source>
        <translation>&amp;Cancel edit</translation>
    </message>
    <message>
        <source>Surat rujukan disimpan: {path}</source>
        <translation>Referral letter saved: {path}</translation>
    </message>
    <message>
        <source>Kuota kota: {used} dari {quota}</source>
        <translation>City quota: {used} of {quota}</translation>
    </message>
    <message>
        <source>Kuota terpakai kantor ini: {used} dari {quota}</source>
        <translation>Quota used by this office: {used} of {quota}</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Simpan surat rujukan DTSEN</source>
        <translation>Save DTSEN referral letter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Kuota, rekap iuran bulanan dan daftar pekerja. Yang tampil di tabel adalah isi berkas yang disimpan; NIK selalu disamarkan.</source>
        <translation>Quota, monthly contributions and worker list. The table shows what goes into the saved file; NIK is always masked.</translation>
    </message>
    <message>
        <source>Rekap iuran bulanan</source>
        <translation>Monthly contributions</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Daftar pekerja</source>
        <translation>Worker list</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;Laporan</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Simpan laporan…</source>
        <translation>&amp;Save report…</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dibuat</source>
        <translation>The report cannot be made</translation>
    </message>
    <message>
        <source>{n} baris</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>jumlah {column} {total}</source>
        <translation>total {column} {total}</translation>
    </message>
    <message>
        <source>Menyimpan laporan…</source>
        <translation>Saving report…</translation>
    </message>
    <message>
        <source>Laporan disimpan ({n} baris)</source>
        <translation>Report saved ({n} rows)</translation>
    </message>
    <message>
        <source>Berkas: {path}. Isinya data pribadi: simpan dan kirim dengan hati-hati.</source>
        <translation>File: {path}. It contains personal data: store and send it with care.</translation>
    </message>
    <message>
        <source>Laporan tidak disimpan</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Aturan program yang berlaku</source>
        <translation>Programme rules in force</translation>
    </message>
    <message>
        <source>Impor &amp;pengaturan…</source>
        <translation>Import &amp;settings…</translation>
    </message>
    <message>
        <source>Tidak dapat dibaca</source>
        <translation>Cannot be read</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Kirim pendaftaran terverifikasi ke hub kota dalam batch, lalu impor tanda terima dari hub. Berkas dipindah dengan flashdisk; isinya disegel dan ditandatangani.</source>
        <translation>Send verified registrations to the city hub in batches, then import acknowledgements from the hub. Files travel on a flash drive; their contents are sealed and signed.</translation>
    </message>
    <message>
        <source>Batch ke hub</source>
        <translation>Batches to the hub</translation>
    </message>
    <message>
        <source>&amp;Buat batch…</source>
        <translation>&amp;Create batch…</translation>
    </message>
    <message>
        <source>&amp;Tulis ulang batch…</source>
        <translation>&amp;Rewrite batch…</translation>
    </message>
    <message>
        <source>Impor tanda &amp;terima…</source>
        <translation>Import &amp;acknowledgement…</translation>
    </message>
    <message>
        <source>Jawaban hub &amp;DEMO</source>
        <translation>&amp;DEMO hub reply</translation>
    </message>
    <message>
        <source>Belum ada batch. Batch pertama dibuat dengan tombol “Buat batch…”.</source>
        <translation>No batches yet. Create the first one with the “Create batch…” button.</translation>
    </message>
    <message>
        <source>Daftar batch tidak dapat dimuat</source>
        <translation>The batch list cannot be loaded</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengelola kunci hub.</source>
        <translation>Only an admin can manage hub keys.</translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat membuat batch.</source>
        <translation>Only a verifier or admin can create batches.</translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat mengimpor tanda terima.</source>
        <translation>Only a verifier or admin can import acknowledgements.</translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat mengimpor pengaturan program.</source>
        <translation>Only a verifier or admin can import programme settings.</translation>
    </message>
    <message>
        <source>Terapkan paket pengaturan program (.ucjsync) yang ditandatangani hub.</source>
        <translation>Apply a programme settings package (.ucjsync) signed by the hub.</translation>
    </message>
    <message>
        <source>Semua pendaftaran terverifikasi yang belum dikirim masuk satu batch.</source>
        <translation>All verified registrations not yet sent go into one batch.</translation>
    </message>
    <message>
        <source>Tulis lagi berkas batch yang dipilih, sama persis byte demi byte.</source>
        <translation>Write the selected batch file again, identical byte for byte.</translation>
    </message>
    <message>
        <source>Terapkan tanda terima (.ucjsync) dari hub.</source>
        <translation>Apply an acknowledgement (.ucjsync) from the hub.</translation>
    </message>
    <message>
        <source>Latihan: hub DEMO menerima batch yang belum dijawab, BPJS DEMO memberi KPJ, lalu tanda terimanya langsung diimpor.</source>
        <translation>Practice: the DEMO hub accepts unanswered batches, DEMO BPJS issues KPJ numbers, then the acknowledgement is imported straight away.</translation>
    </message>
    <message>
        <source>Simpan batch ke folder</source>
        <translation>Save batch to folder</translation>
    </message>
    <message>
        <source>Membuat batch…</source>
        <translation>Creating batch…</translation>
    </message>
    <message>
        <source>Tulis ulang batch {n} ke folder</source>
        <translation>Rewrite batch {n} to folder</translation>
    </message>
    <message>
        <source>Menulis ulang batch {n}…</source>
        <translation>Rewriting batch {n}…</translation>
    </message>
    <message>
        <source>Impor tanda terima dari hub</source>
        <translation>Import acknowledgement from the hub</translation>
    </message>
    <message>
        <source>Mengimpor tanda terima {file}…</source>
        <translation>Importing acknowledgement {file}…</translation>
    </message>
    <message>
        <source>Impor pengaturan program dari hub</source>
        <translation>Import programme settings from the hub</translation>
    </message>
    <message>
        <source>Mengimpor pengaturan program {file}…</source>
        <translation>Importing programme settings {file}…</translation>
    </message>
    <message>
        <source>Berkas sinkronisasi (*.ucjsync);;Semua berkas (*)</source>
        <translation>Sync files (*.ucjsync);;All files (*)</translation>
    </message>
    <message>
        <source>Hub DEMO memproses batch…</source>
        <translation>DEMO hub processing batches…</translation>
    </message>
    <message>
        <source>Jendela tetap dapat dipakai.</source>
        <translation>You can keep using the window.</translation>
    </message>
    <message>
        <source>Batch {n} sebelumnya terputus; berkasnya kini lengkap ({count} pendaftaran)</source>
        <translation>Batch {n} was interrupted earlier; its file is now complete ({count} registrations)</translation>
    </message>
    <message>
        <source>Berkas: {path}. Serahkan berkas ini ke hub kota, lalu buat batch lagi untuk pendaftaran yang diverifikasi sesudahnya.</source>
        <translation>File: {path}. Hand this file to the city hub, then create another batch for registrations verified since.</translation>
    </message>
    <message>
        <source>Batch {n} dibuat: {count} pendaftaran</source>
        <translation>Batch {n} created: {count} registrations</translation>
    </message>
    <message>
        <source>Berkas: {path}. Serahkan berkas ini ke hub kota.</source>
        <translation>File: {path}. Hand this file to the city hub.</translation>
    </message>
    <message>
        <source>Batch {n} ditulis ulang ({count} pendaftaran)</source>
        <translation>Batch {n} rewritten ({count} registrations)</translation>
    </message>
    <message>
        <source>Berkas: {path}. Isinya sama persis dengan batch aslinya.</source>
        <translation>File: {path}. Its contents are identical to the original batch.</translation>
    </message>
    <message>
        <source>Tanda terima ini sudah pernah diimpor; tidak ada yang berubah</source>
        <translation>This acknowledgement was already imported; nothing changed</translation>
    </message>
    <message>
        <source>Tanda terima diimpor: {enrolled} terdaftar, {returned} dikembalikan</source>
        <translation>Acknowledgement imported: {enrolled} enrolled, {returned} returned</translation>
    </message>
    <message>
        <source>Pendaftaran yang terdaftar kini punya nomor KPJ; yang dikembalikan dapat dilihat alasannya di Daftar Pekerja.</source>
        <translation>Enrolled registrations now have a KPJ number; the reasons for returned ones are in the Worker List.</translation>
    </message>
    <message>
        <source>, {n} menunggu kuota</source>
        <translation>, {n} waiting for quota</translation>
    </message>
    <message>
        <source>Yang menunggu kuota tetap terkirim; peringkatnya ada di Daftar Pekerja.</source>
        <translation>Those waiting for quota stay submitted; their ranking is in the Worker List.</translation>
    </message>
    <message>
        <source>{n} jawaban menunggu diabaikan karena hub sudah menjawab lebih baru.</source>
        <translation>{n} “waiting” answers ignored because the hub has since sent a newer answer.</translation>
    </message>
    <message>
        <source>Angka kuota kota di Beranda diperbarui.</source>
        <translation>The city quota figure on Home has been updated.</translation>
    </message>
    <message>
        <source>Tidak berhasil</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Akun petugas, peran dan kata sandi.</source>
        <translation>Officer accounts, roles and passwords.</translation>
    </message>
    <message>
        <source>&amp;Tambah petugas…</source>
        <translation>&amp;New officer…</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Reset kata sandi…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Ubah &amp;peran…</source>
        <translation>&amp;Change roles…</translation>
    </message>
    <message>
        <source>{n} petugas, {d} nonaktif</source>
        <translation>{n} officers, {d} inactive</translation>
    </message>
    <message>
        <source>{n} petugas</source>
        <translation>{n} officers</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Aktifkan kembali akun {who}? Petugas dapat masuk lagi.</source>
        <translation>Reactivate the account of {who}? The officer can sign in again.</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Nonaktifkan akun {who}? Petugas tidak dapat masuk sampai akunnya diaktifkan lagi. Data yang sudah dibuatnya tetap tersimpan.</source>
        <translation>Deactivate the account of {who}? The officer cannot sign in until the account is activated again. Data they have entered stays saved.</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Buat kata sandi sementara baru untuk {who}? Kata sandi lamanya tidak berlaku lagi, kunci karena salah sandi dibuka, dan petugas wajib menggantinya saat masuk.</source>
        <translation>Create a new temporary password for {who}? The old password stops working, any lockout for wrong passwords is lifted, and the officer must change it at sign-in.</translation>
    </message>
    <message>
        <source>Reset kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VerificationScreen</name>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Pendaftaran yang menunggu pemeriksaan, terlama di atas. Periksa datanya, lalu setujui (Ctrl+Enter) atau tolak dengan alasan.</source>
        <translation>Registrations waiting to be checked, oldest first. Check the data, then approve (Ctrl+Enter) or reject with a reason.</translation>
    </message>
    <message>
        <source>Centang se&amp;mua</source>
        <translation>Tick a&amp;ll</translation>
    </message>
    <message>
        <source>Setujui yang &amp;dicentang…</source>
        <translation>Approve &amp;ticked…</translation>
    </message>
    <message>
        <source>{n} menunggu verifikasi</source>
        <translation>{n} waiting for verification</translation>
    </message>
    <message>
        <source>Setujui yang &amp;dicentang ({n})…</source>
        <translation>Approve &amp;ticked ({n})…</translation>
    </message>
    <message>
        <source>{name} disetujui.</source>
        <translation>{name} approved.</translation>
    </message>
    <message>
        <source>{name} ditolak: {reason}.</source>
        <translation>{name} rejected: {reason}.</translation>
    </message>
    <message>
        <source>Centang dulu pendaftaran yang akan disetujui.</source>
        <translation>Tick the registrations to approve first.</translation>
    </message>
    <message>
        <source>Setujui {n} pendaftaran yang dicentang sekaligus?</source>
        <translation>Approve the {n} ticked registrations at once?</translation>
    </message>
    <message>
        <source>{n} pendaftaran disetujui.</source>
        <translation>{n} registrations approved.</translation>
    </message>
    <message>
        <source>{n} tidak disetujui: {reason}</source>
        <translation>{n} not approved: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkerListScreen</name>
    <message>
        <source>Daftar Pekerja</source>
        <translation>Worker List</translation>
    </message>
    <message>
        <source>Semua pendaftaran kantor ini, terbaru di atas. Tekan Enter atau klik dua kali untuk melihat rincian dan riwayatnya.</source>
        <translation>All of this office&apos;s registrations, newest first. Press Enter or double-click to see details and history.</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>NIK (awalnya) atau bagian nama</source>
        <translation>NIK (first digits) or part of a name</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua pekerjaan</source>
        <translation>All occupations</translation>
    </message>
    <message>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <source>Semua desil</source>
        <translation>All deciles</translation>
    </message>
    <message>
        <source>Desil {n}</source>
        <translation>Decile {n}</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Pekerjaan:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <source>&amp;Kelurahan:</source>
        <translation>&amp;Kelurahan:</translation>
    </message>
    <message>
        <source>&amp;Desil:</source>
        <translation>&amp;Decile:</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>{n} pendaftaran cocok</source>
        <translation>{n} matching registrations</translation>
    </message>
    <message>
        <source>{n} pendaftaran</source>
        <translation>{n} registrations</translation>
    </message>
</context>
</TS>
