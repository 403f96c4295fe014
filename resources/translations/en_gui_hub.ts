<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AcksScreen</name>
    <message>
        <source>Tulis tanda terima ke &amp;folder…</source>
        <translation>Write acknowledgements to &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Putaran:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>Tanda terima tidak terbaca</source>
        <translation>Cannot read acknowledgements</translation>
    </message>
    <message>
        <source>Putaran {n} · {when} · {acks} tanda terima, {records} kabar</source>
        <translation>Round {n} · {when} · {acks} acknowledgements, {records} updates</translation>
    </message>
    <message>
        <source>Belum ada tanda terima</source>
        <translation>No acknowledgements yet</translation>
    </message>
    <message>
        <source>Menghitung isi tanda terima berikutnya…</source>
        <translation>Working out the next acknowledgements…</translation>
    </message>
    <message>
        <source>Tidak ada kabar baru untuk kantor.</source>
        <translation>No new updates for offices.</translation>
    </message>
    <message>
        <source>Tanda terima berikutnya: {n} kantor · {counts}</source>
        <translation>Next acknowledgements: {n} offices · {counts}</translation>
    </message>
    <message>
        <source>Folder untuk tanda terima kantor</source>
        <translation>Folder for office acknowledgements</translation>
    </message>
    <message>
        <source>Menulis tanda terima…</source>
        <translation>Writing acknowledgements…</translation>
    </message>
    <message>
        <source>Tidak ada kabar baru untuk kantor; tidak ada yang ditulis</source>
        <translation>No new updates for offices; nothing written</translation>
    </message>
    <message>
        <source>Tidak ada kabar baru; putaran {n} ditulis ulang</source>
        <translation>No new updates; round {n} rewritten</translation>
    </message>
    <message>
        <source>Putaran {n}: {acks} tanda terima ditulis</source>
        <translation>Round {n}: {acks} acknowledgements written</translation>
    </message>
    <message>
        <source>Di {folder}. Kuota kota: {used} dari {total} terpakai, {waiting} menunggu. Bawa setiap berkas ke kantornya (Sinkronisasi → Impor tanda terima).</source>
        <translation>In {folder}. City quota: {used} of {total} used, {waiting} waiting. Take each file to its office (Sync → Import acknowledgement).</translation>
    </message>
</context>
<context>
    <name>BpjsScreen</name>
    <message>
        <source>Mendapat kursi, belum dikirim</source>
        <translation>Seated, not yet sent</translation>
    </message>
    <message>
        <source>Dikirim, menunggu jawaban BPJS</source>
        <translation>Sent, waiting for BPJS reply</translation>
    </message>
    <message>
        <source>Tulis berkas &amp;kolektif…</source>
        <translation>Write &amp;collective file…</translation>
    </message>
    <message>
        <source>Baca berkas &amp;hasil BPJS…</source>
        <translation>Read BPJS &amp;result file…</translation>
    </message>
    <message>
        <source>Berkas ke BPJS</source>
        <translation>Files to BPJS</translation>
    </message>
    <message>
        <source>Karantina (0)</source>
        <translation>Quarantine (0)</translation>
    </message>
    <message>
        <source>Data BPJS tidak terbaca</source>
        <translation>Cannot read BPJS data</translation>
    </message>
    <message>
        <source>Hasil BPJS terakhir dibaca {when}: {enrolled} terdaftar, {rejected} ditolak ({n} berkas hasil sejauh ini).</source>
        <translation>Last BPJS result read {when}: {enrolled} enrolled, {rejected} rejected ({n} result files so far).</translation>
    </message>
    <message>
        <source>Belum ada berkas hasil BPJS yang dibaca.</source>
        <translation>No BPJS result file read yet.</translation>
    </message>
    <message>
        <source>Berkas kolektif untuk BPJS</source>
        <translation>Collective file for BPJS</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Menulis berkas kolektif…</source>
        <translation>Writing collective file…</translation>
    </message>
    <message>
        <source>Berkas {n} yang tercatat tetapi belum tertulis kini ditulis; tulis lagi untuk pekerja yang mendapat kursi sesudahnya</source>
        <translation>File {n}, recorded but not yet written, is now written; write again for workers seated after it</translation>
    </message>
    <message>
        <source>Tidak ada pekerja baru; berkas {n} ditulis ulang</source>
        <translation>No new workers; file {n} rewritten</translation>
    </message>
    <message>
        <source>Berkas kolektif {n}: {rows} pekerja</source>
        <translation>Collective file {n}: {rows} workers</translation>
    </message>
    <message>
        <source>Disimpan di {path}. Berisi data pribadi: kirim ke BPJS lewat saluran resmi.</source>
        <translation>Saved to {path}. It holds personal data: send it to BPJS through the official channel.</translation>
    </message>
    <message>
        <source>Berkas hasil dari BPJS</source>
        <translation>Result file from BPJS</translation>
    </message>
    <message>
        <source>Hasil BPJS (*.xlsx *.csv)</source>
        <translation>BPJS results (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Membaca berkas hasil BPJS…</source>
        <translation>Reading BPJS result file…</translation>
    </message>
    <message>
        <source>Berkas hasil ini sudah pernah dibaca; tidak ada yang berubah</source>
        <translation>This result file was already read; nothing changed</translation>
    </message>
    <message>
        <source>Hasil BPJS dibaca: {enrolled} terdaftar, {rejected} ditolak</source>
        <translation>BPJS results read: {enrolled} enrolled, {rejected} rejected</translation>
    </message>
    <message>
        <source>Yang ditolak dikembalikan ke kantornya dengan keterangan BPJS; kursinya diberikan pada alokasi berikutnya. Tanda terima membawa kabarnya ke kantor.</source>
        <translation>Rejected workers go back to their office with the BPJS remark; their seats go in the next allocation. Acknowledgements carry the news to offices.</translation>
    </message>
    <message>
        <source>Berkas hasil BPJS ditolak</source>
        <translation>BPJS result file rejected</translation>
    </message>
    <message>
        <source>Karantina ({n})</source>
        <translation>Quarantine ({n})</translation>
    </message>
</context>
<context>
    <name>CityReportScreen</name>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Rekap iuran bulanan</source>
        <translation>Monthly contribution summary</translation>
    </message>
    <message>
        <source>Daftar peserta</source>
        <translation>Member list</translation>
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
        <source>Seluruh kota</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>Peran Anda tidak mengizinkan laporan.</source>
        <translation>Your role does not allow reports.</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Preparing report…</translation>
    </message>
    <message>
        <source>{n} baris</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>jumlah {total}</source>
        <translation>total {total}</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dibuat</source>
        <translation>Could not make the report</translation>
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
        <translation>File: {path}. It holds personal data: store and send it with care.</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>FirstOperatorDialog</name>
    <message>
        <source>Operator pertama — UCJ Hub</source>
        <translation>First operator — UCJ Hub</translation>
    </message>
    <message>
        <source>Operator pertama hub</source>
        <translation>First hub operator</translation>
    </message>
    <message>
        <source>Hub ini belum punya akun operator. Buat akun admin hub: admin menambah akun operator lainnya, melihat jejak audit dan mendaftarkan laptop kantor.</source>
        <translation>This hub has no operator accounts yet. Create the hub admin account: the admin adds other operator accounts, views the audit trail and registers office laptops.</translation>
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
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kata sandi dan ulangannya berbeda.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>HubAuditScreen</name>
    <message>
        <source>A&amp;ksi:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Jejak tidak terbaca</source>
        <translation>Cannot read the trail</translation>
    </message>
    <message>
        <source>Memeriksa rantai…</source>
        <translation>Checking the chain…</translation>
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
        <source>Rantai jejak PUTUS pada kejadian {seqs}</source>
        <translation>Trail chain BROKEN at event {seqs}</translation>
    </message>
    <message>
        <source>Rantai jejak utuh</source>
        <translation>Trail chain intact</translation>
    </message>
</context>
<context>
    <name>HubScreen</name>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tidak berhasil</source>
        <translation>Did not succeed</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>UCJ Hub</source>
        <translation>UCJ Hub</translation>
    </message>
    <message>
        <source>UCJ Hub — Disnaker</source>
        <translation>UCJ Hub — Disnaker</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>{hub}
{database}</source>
        <translation>{hub}
{database}</translation>
    </message>
    <message>
        <source>Masuk sebagai {name} ({roles}) · hub kota · {where}</source>
        <translation>Signed in as {name} ({roles}) · city hub · {where}</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Pilih &amp;berkas paket…</source>
        <translation>Choose &amp;package file…</translation>
    </message>
    <message>
        <source>Pilih &amp;folder (flashdisk)…</source>
        <translation>Choose &amp;folder (USB stick)…</translation>
    </message>
    <message>
        <source>Paket diterima</source>
        <translation>Packages received</translation>
    </message>
    <message>
        <source>Hasil penerimaan terakhir</source>
        <translation>Last intake results</translation>
    </message>
    <message>
        <source>Paket diterima ({n})</source>
        <translation>Packages received ({n})</translation>
    </message>
    <message>
        <source>Daftar paket tidak terbaca</source>
        <translation>Cannot read the package list</translation>
    </message>
    <message>
        <source>Folder berisi paket kantor (flashdisk)</source>
        <translation>Folder with office packages (USB stick)</translation>
    </message>
    <message>
        <source>Paket dari kantor</source>
        <translation>Packages from offices</translation>
    </message>
    <message>
        <source>Paket sinkronisasi (*.ucjsync)</source>
        <translation>Sync packages (*.ucjsync)</translation>
    </message>
    <message>
        <source>Menerima paket…</source>
        <translation>Receiving packages…</translation>
    </message>
    <message>
        <source>{n} paket diperiksa</source>
        <translation>{n} packages checked</translation>
    </message>
    <message>
        <source> Dihentikan sebelum paket terakhir.</source>
        <translation> Stopped before the last package.</translation>
    </message>
    <message>
        <source>{taken} dari {files} paket diterima</source>
        <translation>{taken} of {files} packages received</translation>
    </message>
    <message>
        <source>{refused} ditolak, {already} sudah pernah diterima.{stopped} Alasan setiap penolakan ada di tabel hasil.</source>
        <translation>{refused} refused, {already} already received.{stopped} The reason for each refusal is in the results table.</translation>
    </message>
    <message>
        <source>Penerimaan berhenti</source>
        <translation>Intake stopped</translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>&amp;Daftarkan laptop kantor…</source>
        <translation>&amp;Register office laptop…</translation>
    </message>
    <message>
        <source>{n} kantor · {records} data diterima · {silent} tidak mengirim ≥ {days} hari · {holed} dengan paket hilang</source>
        <translation>{n} offices · {records} records received · {silent} silent ≥ {days} days · {holed} with missing packages</translation>
    </message>
    <message>
        <source>Belum ada data yang diterima dari kantor.</source>
        <translation>No records received from offices yet.</translation>
    </message>
    <message>
        <source>Data diterima</source>
        <translation>Records received</translation>
    </message>
    <message>
        <source>Grafik: {n} kantor dengan data paling sedikit; garis putus-putus: rata-rata kota ({average} data per kantor); kuning: tertinggal, di bawahnya.</source>
        <translation>Chart: the {n} offices with the fewest records; dashed line: city average ({average} records per office); yellow: lagging, below it.</translation>
    </message>
    <message>
        <source>Berkas kunci laptop kantor</source>
        <translation>Office laptop key file</translation>
    </message>
    <message>
        <source>Berkas kunci (*.json)</source>
        <translation>Key file (*.json)</translation>
    </message>
    <message>
        <source>Laptop ini sudah terdaftar; tidak ada yang berubah</source>
        <translation>This laptop is already registered; nothing changed</translation>
    </message>
    <message>
        <source>Laptop {office} didaftarkan</source>
        <translation>Laptop {office} registered</translation>
    </message>
    <message>
        <source>Sidik kunci (bacakan kembali ke kantor untuk dicocokkan): {fp}</source>
        <translation>Key fingerprint (read it back to the office to compare): {fp}</translation>
    </message>
</context>
<context>
    <name>QuotaScreen</name>
    <message>
        <source>Kuota kota (kursi)</source>
        <translation>City quota (seats)</translation>
    </message>
    <message>
        <source>Kursi terisi</source>
        <translation>Seats filled</translation>
    </message>
    <message>
        <source>Kursi bebas</source>
        <translation>Seats free</translation>
    </message>
    <message>
        <source>Menunggu kursi</source>
        <translation>Waiting for a seat</translation>
    </message>
    <message>
        <source>Kursi terisi menurut tanggal kursi diberikan, dibanding kuota kota (garis putus-putus).</source>
        <translation>Seats filled by the date each seat was given, against the city quota (dashed line).</translation>
    </message>
    <message>
        <source>Jalankan &amp;alokasi</source>
        <translation>Run &amp;allocation</translation>
    </message>
    <message>
        <source>Belum ada kursi yang diberikan.</source>
        <translation>No seats given yet.</translation>
    </message>
    <message>
        <source>Kuota kota</source>
        <translation>City quota</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Batas kuota: kursi terakhir diberikan {when} kepada pekerja desil {desil} ({group}) dari kantor {office}, diverifikasi {verified}. Yang menunggu berada di belakangnya: desil {low}–{high} lebih dulu, lalu yang lebih awal diverifikasi.</source>
        <translation>Quota line: the last seat was given {when} to a decile {desil} worker ({group}) from office {office}, verified {verified}. Those waiting are behind it: deciles {low}–{high} first, then earliest verified.</translation>
    </message>
    <message>
        <source>{state}: {n}</source>
        <translation>{state}: {n}</translation>
    </message>
    <message>
        <source>Antrean tidak terbaca</source>
        <translation>Cannot read the queue</translation>
    </message>
    <message>
        <source>Alokasi berjalan…</source>
        <translation>Allocating…</translation>
    </message>
    <message>
        <source>Alokasi selesai: {n} kursi baru diberikan</source>
        <translation>Allocation done: {n} new seats given</translation>
    </message>
    <message>
        <source>Tidak ada yang baru sejak alokasi terakhir; tidak ada yang berubah</source>
        <translation>Nothing new since the last allocation; nothing changed</translation>
    </message>
    <message>
        <source>Kursi terisi {used} dari {quota}; {waiting} menunggu; {returned} dikembalikan pada alokasi ini.</source>
        <translation>Seats filled: {used} of {quota}; {waiting} waiting; {returned} returned in this allocation.</translation>
    </message>
</context>
<context>
    <name>hub_login</name>
    <message>
        <source>Layar terkunci — UCJ Hub</source>
        <translation>Screen locked — UCJ Hub</translation>
    </message>
    <message>
        <source>Masuk — UCJ Hub</source>
        <translation>Sign in — UCJ Hub</translation>
    </message>
    <message>
        <source>UCJ Hub · {hub}</source>
        <translation>UCJ Hub · {hub}</translation>
    </message>
</context>
<context>
    <name>hub_models</name>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Peta kolom</source>
        <translation>Column map</translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation>BPJS reply</translation>
    </message>
    <message>
        <source>belum tertulis: tulis berkas kolektif lagi</source>
        <translation>not yet written: write the collective file again</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Line</translation>
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
        <source>Keterangan BPJS</source>
        <translation>BPJS remark</translation>
    </message>
    <message>
        <source>Di hub</source>
        <translation>At hub</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>KPJ terbit</source>
        <translation>KPJ issued</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>{name} (belum tertulis)</source>
        <translation>{name} (not yet written)</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Sidik kunci laptop</source>
        <translation>Laptop key fingerprint</translation>
    </message>
    <message>
        <source>Paket · data</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Paket terakhir</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Diam</source>
        <translation>Silent</translation>
    </message>
    <message>
        <source>(+{n} lama)</source>
        <translation>(+{n} old)</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>No. {n}, {day}</source>
        <translation>No. {n}, {day}</translation>
    </message>
    <message>
        <source>{batches} paket, {records} data</source>
        <translation>{batches} packages, {records} records</translation>
    </message>
    <message>
        <source>{fp} · laptop {device}… · didaftarkan {when}{old}</source>
        <translation>{fp} · laptop {device}… · registered {when}{old}</translation>
    </message>
    <message>
        <source>(sudah diganti)</source>
        <translation>(replaced)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Paket no.</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Dibuat kantor</source>
        <translation>Created at office</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
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
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Mengapa menunggu</source>
        <translation>Why waiting</translation>
    </message>
    <message>
        <source>{desil} (prioritas)</source>
        <translation>{desil} (priority)</translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
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
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Kejadian #{seq}</source>
        <translation>Event #{seq}</translation>
    </message>
</context>
<context>
    <name>hub_screens</name>
    <message>
        <source>Kantor</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Laptop kantor, paket terakhir, paket hilang, kantor yang diam.</source>
        <translation>Office laptops, last packages, missing packages, silent offices.</translation>
    </message>
    <message>
        <source>Paket masuk</source>
        <translation>Incoming packages</translation>
    </message>
    <message>
        <source>Terima batch kantor dari berkas atau flashdisk.</source>
        <translation>Take in office batches from files or a USB stick.</translation>
    </message>
    <message>
        <source>Kuota &amp; prioritas</source>
        <translation>Quota &amp; priority</translation>
    </message>
    <message>
        <source>Alokasi kursi, batas kuota dan antrean.</source>
        <translation>Seat allocation, quota line and queue.</translation>
    </message>
    <message>
        <source>BPJS</source>
        <translation>BPJS</translation>
    </message>
    <message>
        <source>Berkas kolektif ke BPJS, berkas hasil, karantina.</source>
        <translation>Collective files to BPJS, result files, quarantine.</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <source>Satu tanda terima per kantor ke folder.</source>
        <translation>One acknowledgement per office, to a folder.</translation>
    </message>
    <message>
        <source>Laporan kota</source>
        <translation>City report</translation>
    </message>
    <message>
        <source>Kuota, iuran bulanan dan daftar peserta: kota dan per kantor.</source>
        <translation>Quota, monthly contributions and member list: city and per office.</translation>
    </message>
    <message>
        <source>Jejak Audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Jejak berantai hub.</source>
        <translation>The hub&apos;s chained trail.</translation>
    </message>
    <message>
        <source>Laptop kantor yang dipercaya hub, paket terakhirnya, nomor paket yang belum sampai, dan berapa hari kantor tidak mengirim (merah mulai {n} hari).</source>
        <translation>Office laptops the hub trusts, their last package, package numbers not yet arrived, and days since the office last sent (red from {n} days).</translation>
    </message>
    <message>
        <source>Terima batch kantor dari berkas .ucjsync atau dari folder flashdisk. Setiap paket diperiksa tanda tangannya dan diterima utuh atau ditolak dengan alasannya; paket yang sama dua kali tidak mengubah apa pun.</source>
        <translation>Take in office batches from .ucjsync files or a USB stick folder. Each package&apos;s signature is checked and it is taken whole or refused with a reason; the same package twice changes nothing.</translation>
    </message>
    <message>
        <source>Alokasi menutup siklus: setiap data yang belum diputus diputus dari semua yang sudah diterima, kursi diberikan menurut urutan prioritas, sisanya menunggu dengan peringkat.</source>
        <translation>Allocation closes the cycle: every undecided record is decided against all records received, seats go in priority order, and the rest wait with a rank.</translation>
    </message>
    <message>
        <source>Kirim pekerja yang mendapat kursi ke BPJS Ketenagakerjaan dalam berkas kolektif, lalu baca berkas hasilnya: KPJ mendaftarkan pekerja, penolakan mengembalikan datanya ke kantor dan membebaskan kursinya.</source>
        <translation>Send workers who got a seat to BPJS Ketenagakerjaan in a collective file, then read the result file: a KPJ enrols the worker, a rejection returns the record to its office and frees the seat.</translation>
    </message>
    <message>
        <source>Tanda terima (ack)</source>
        <translation>Acknowledgements (ack)</translation>
    </message>
    <message>
        <source>Satu tanda terima per kantor, ditandatangani hub dan disegel untuk laptop kantornya: KPJ yang terbit, data yang dikembalikan beserta alasannya, peringkat antrean yang berubah, dan kuota kota.</source>
        <translation>One acknowledgement per office, signed by the hub and sealed for that office&apos;s laptop: KPJs issued, returned records with their reasons, changed queue ranks, and the city quota.</translation>
    </message>
    <message>
        <source>Laporan kuota, rekap iuran bulanan dan daftar peserta, untuk seluruh kota atau satu kantor. Yang tampil di tabel adalah isi berkas yang disimpan; NIK selalu disamarkan.</source>
        <translation>Quota report, monthly contribution summary and member list, for the whole city or one office. The table shows what the saved file holds; NIKs are always masked.</translation>
    </message>
    <message>
        <source>Jejak audit hub</source>
        <translation>Hub audit trail</translation>
    </message>
    <message>
        <source>Setiap penerimaan, alokasi, berkas BPJS, tanda terima dan laporan hub, siapa yang menjalankannya, dan kapan. Jejak ini berantai: mengubah satu kejadian memutus rantainya.</source>
        <translation>Every intake, allocation, BPJS file, acknowledgement and report at the hub, who ran it, and when. The trail is chained: changing one event breaks the chain.</translation>
    </message>
</context>
<context>
    <name>hub_start</name>
    <message>
        <source>Belum ada hub di {folder}. Buat dahulu dengan: ucj-hub init (lihat ucj-hub --help).</source>
        <translation>No hub in {folder} yet. Create one first with: ucj-hub init (see ucj-hub --help).</translation>
    </message>
</context>
</TS>
