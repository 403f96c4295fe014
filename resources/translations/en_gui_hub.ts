<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AcksScreen</name>
    <message>
        <source>Tanda terima (ack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu tanda terima per kantor, ditandatangani hub dan disegel untuk laptop kantornya: KPJ yang terbit, data yang dikembalikan beserta alasannya, peringkat antrean yang berubah, dan kuota kota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis tanda terima ke &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Putaran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putaran {n} · {when} · {acks} tanda terima, {records} kabar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menghitung isi tanda terima berikutnya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada kabar baru untuk kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima berikutnya: {n} kantor · {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder untuk tanda terima kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menulis tanda terima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada kabar baru untuk kantor; tidak ada yang ditulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada kabar baru; putaran {n} ditulis ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putaran {n}: {acks} tanda terima ditulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di {folder}. Kuota kota: {used} dari {total} terpakai, {waiting} menunggu. Bawa setiap berkas ke kantornya (Sinkronisasi → Impor tanda terima).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BpjsScreen</name>
    <message>
        <source>BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirim pekerja yang mendapat kursi ke BPJS Ketenagakerjaan dalam berkas kolektif, lalu baca berkas hasilnya: KPJ mendaftarkan pekerja, penolakan mengembalikan datanya ke kantor dan membebaskan kursinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mendapat kursi, belum dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikirim, menunggu jawaban BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tulis berkas &amp;kolektif…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baca berkas &amp;hasil BPJS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas ke BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karantina (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data BPJS tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil BPJS terakhir dibaca {when}: {enrolled} terdaftar, {rejected} ditolak ({n} berkas hasil sejauh ini).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada berkas hasil BPJS yang dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kolektif untuk BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menulis berkas kolektif…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas {n} yang tercatat tetapi belum tertulis kini ditulis; tulis lagi untuk pekerja yang mendapat kursi sesudahnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada pekerja baru; berkas {n} ditulis ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kolektif {n}: {rows} pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disimpan di {path}. Berisi data pribadi: kirim ke BPJS lewat saluran resmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil dari BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil BPJS (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membaca berkas hasil BPJS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil ini sudah pernah dibaca; tidak ada yang berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil BPJS dibaca: {enrolled} terdaftar, {rejected} ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yang ditolak dikembalikan ke kantornya dengan keterangan BPJS; kursinya diberikan pada alokasi berikutnya. Tanda terima membawa kabarnya ke kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas hasil BPJS ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karantina ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityReportScreen</name>
    <message>
        <source>Laporan kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan kuota, rekap iuran bulanan dan daftar peserta, untuk seluruh kota atau satu kantor. Yang tampil di tabel adalah isi berkas yang disimpan; NIK selalu disamarkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekap iuran bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar peserta</source>
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
        <source>Seluruh kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran Anda tidak mengizinkan laporan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumlah {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan tidak dapat dibuat</source>
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
        <source>Simpan laporan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstOperatorDialog</name>
    <message>
        <source>Operator pertama — UCJ Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator pertama hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub ini belum punya akun operator. Buat akun admin hub: admin menambah akun operator lainnya, melihat jejak audit dan mendaftarkan laptop kantor.</source>
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
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buat akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi dan ulangannya berbeda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubAuditScreen</name>
    <message>
        <source>Jejak audit hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setiap penerimaan, alokasi, berkas BPJS, tanda terima dan laporan hub, siapa yang menjalankannya, dan kapan. Jejak ini berantai: mengubah satu kejadian memutus rantainya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ksi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejak tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa rantai…</source>
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
        <source>Rantai jejak PUTUS pada kejadian {seqs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rantai jejak utuh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubScreen</name>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak berhasil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>UCJ Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCJ Hub — Disnaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hub}
{database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk sebagai {name} ({roles}) · hub kota · {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Paket masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terima batch kantor dari berkas .ucjsync atau dari folder flashdisk. Setiap paket diperiksa tanda tangannya dan diterima utuh atau ditolak dengan alasannya; paket yang sama dua kali tidak mengubah apa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih &amp;berkas paket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih &amp;folder (flashdisk)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil penerimaan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket diterima ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar paket tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder berisi paket kantor (flashdisk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket dari kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket sinkronisasi (*.ucjsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menerima paket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} paket diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Dihentikan sebelum paket terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} dari {files} paket diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{refused} ditolak, {already} sudah pernah diterima.{stopped} Alasan setiap penolakan ada di tabel hasil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penerimaan berhenti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficesScreen</name>
    <message>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop kantor yang dipercaya hub, paket terakhirnya, nomor paket yang belum sampai, dan berapa hari kantor tidak mengirim (merah mulai {n} hari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daftarkan laptop kantor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kantor · {records} data diterima · {silent} tidak mengirim ≥ {days} hari · {holed} dengan paket hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada data yang diterima dari kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafik: {n} kantor dengan data paling sedikit; garis putus-putus: rata-rata kota ({average} data per kantor); kuning: tertinggal, di bawahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kunci laptop kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kunci (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop ini sudah terdaftar; tidak ada yang berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop {office} didaftarkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidik kunci (bacakan kembali ke kantor untuk dicocokkan): {fp}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaScreen</name>
    <message>
        <source>Kuota &amp; prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alokasi menutup siklus: setiap data yang belum diputus diputus dari semua yang sudah diterima, kursi diberikan menurut urutan prioritas, sisanya menunggu dengan peringkat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota kota (kursi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursi terisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursi bebas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menunggu kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursi terisi menurut tanggal kursi diberikan, dibanding kuota kota (garis putus-putus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalankan &amp;alokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belum ada kursi yang diberikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batas kuota: kursi terakhir diberikan {when} kepada pekerja desil {desil} ({group}) dari kantor {office}, diverifikasi {verified}. Yang menunggu berada di belakangnya: desil {low}–{high} lebih dulu, lalu yang lebih awal diverifikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antrean tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alokasi berjalan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alokasi selesai: {n} kursi baru diberikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidak ada yang baru sejak alokasi terakhir; tidak ada yang berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kursi terisi {used} dari {quota}; {waiting} menunggu; {returned} dikembalikan pada alokasi ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Layar terkunci — UCJ Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk — UCJ Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCJ Hub · {hub}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub_models</name>
    <message>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peta kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jawaban BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum tertulis: tulis berkas kolektif lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baris</source>
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
        <source>Keterangan BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPJ terbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (belum tertulis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidik kunci laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket · data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+{n} lama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {n}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{batches} paket, {records} data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fp} · laptop {device}… · didaftarkan {when}{old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sudah diganti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dibuat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil</source>
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
        <source>Diverifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mengapa menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{desil} (prioritas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
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
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kejadian #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub_screens</name>
    <message>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop kantor, paket terakhir, paket hilang, kantor yang diam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terima batch kantor dari berkas atau flashdisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota &amp; prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alokasi kursi, batas kuota dan antrean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas kolektif ke BPJS, berkas hasil, karantina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satu tanda terima per kantor ke folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laporan kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuota, iuran bulanan dan daftar peserta: kota dan per kantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jejak berantai hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub_start</name>
    <message>
        <source>Belum ada hub di {folder}. Buat dahulu dengan: ucj-hub init (lihat ucj-hub --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
