<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>bpjs_reasons</name>
    <message>
        <source>NIK kosong</source>
        <translation>NIK empty</translation>
    </message>
    <message>
        <source>NIK tertulis sebagai angka ilmiah, digitnya hilang</source>
        <translation>NIK written as a number in scientific notation, its digits are lost</translation>
    </message>
    <message>
        <source>NIK tersimpan sebagai angka; NIK harus berupa teks (Excel hanya menyimpan 15 dari 16 digitnya: minta BPJS menyimpan kolom NIK sebagai teks)</source>
        <translation>NIK stored as a number; the NIK must be text (Excel keeps only 15 of its 16 digits: ask BPJS to store the NIK column as text)</translation>
    </message>
    <message>
        <source>NIK bukan angka saja</source>
        <translation>NIK not digits only</translation>
    </message>
    <message>
        <source>NIK bukan 16 digit</source>
        <translation>NIK not 16 digits</translation>
    </message>
    <message>
        <source>NIK bukan teks</source>
        <translation>NIK not text</translation>
    </message>
    <message>
        <source>NIK sama dengan baris {other}</source>
        <translation>the same NIK as line {other}</translation>
    </message>
    <message>
        <source>KPJ kurang dari 11 digit (kolom berformat angka menghapus nol di depan KPJ: minta BPJS menyimpan kolom KPJ sebagai teks)</source>
        <translation>KPJ shorter than 11 digits (a number column drops a KPJ&apos;s leading zeros: ask BPJS to store the KPJ column as text)</translation>
    </message>
    <message>
        <source>KPJ tertulis sebagai angka ilmiah, digitnya hilang</source>
        <translation>KPJ written as a number in scientific notation, its digits are lost</translation>
    </message>
    <message>
        <source>KPJ bukan 11 angka</source>
        <translation>KPJ not 11 digits</translation>
    </message>
    <message>
        <source>alasan penolakan terlalu panjang</source>
        <translation>rejection reason too long</translation>
    </message>
    <message>
        <source>alasan penolakan berisi karakter kendali</source>
        <translation>rejection reason holds control characters</translation>
    </message>
    <message>
        <source>berisi KPJ sekaligus alasan penolakan</source>
        <translation>holds both a KPJ and a rejection reason</translation>
    </message>
    <message>
        <source>tidak berisi KPJ maupun alasan penolakan</source>
        <translation>holds neither a KPJ nor a rejection reason</translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation>name empty</translation>
    </message>
    <message>
        <source>kelurahan kosong</source>
        <translation>kelurahan empty</translation>
    </message>
    <message>
        <source>tanggal lahir bukan tanggal</source>
        <translation>date of birth not a date</translation>
    </message>
    <message>
        <source>penghasilan bukan rupiah bulat</source>
        <translation>income not whole rupiah</translation>
    </message>
    <message>
        <source>penghasilan di luar batas</source>
        <translation>income out of range</translation>
    </message>
    <message>
        <source>pekerjaan lebih banyak dari kolom template</source>
        <translation>more occupations than the template has columns for</translation>
    </message>
    <message>
        <source>pekerjaan belum punya padanan di peta kolom BPJS</source>
        <translation>occupation has no match in the BPJS column map</translation>
    </message>
    <message>
        <source>{field} kosong</source>
        <translation>{field} empty</translation>
    </message>
    <message>
        <source>{field} bukan teks</source>
        <translation>{field} not text</translation>
    </message>
    <message>
        <source>{field} terlalu panjang</source>
        <translation>{field} too long</translation>
    </message>
    <message>
        <source>{field} berisi karakter kendali</source>
        <translation>{field} holds control characters</translation>
    </message>
    <message>
        <source>{field} tidak sah</source>
        <translation>{field} not valid</translation>
    </message>
    <message>
        <source>baris {line}: {words}</source>
        <translation>line {line}: {words}</translation>
    </message>
    <message>
        <source>dan {more} masalah lain</source>
        <translation>and {more} more problems</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>Iuran dibayar oleh Pemerintah Kota Bekasi (APBD)</source>
        <translation>Premium paid by the Kota Bekasi Government (APBD)</translation>
    </message>
    <message>
        <source>Dibayar oleh Pemerintah Kota Bekasi (APBD)</source>
        <translation>Paid by the Kota Bekasi Government (APBD)</translation>
    </message>
    <message>
        <source>CONTOH / DEMO — bukan kartu peserta yang sah</source>
        <translation>SAMPLE / DEMO — not a valid membership card</translation>
    </message>
    <message>
        <source>Pindai kode QR untuk memeriksa keaslian kartu. Kartu ini gratis; jika ditemukan, kembalikan ke kantor kelurahan terdekat.</source>
        <translation>Scan the QR code to check the card is genuine. This card is free; if found, return it to the nearest kelurahan office.</translation>
    </message>
    <message>
        <source>Kel.</source>
        <translation>Kel.</translation>
    </message>
    <message>
        <source>Kec.</source>
        <translation>Kec.</translation>
    </message>
    <message>
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>KARTU PESERTA</source>
        <translation>MEMBERSHIP CARD</translation>
    </message>
    <message>
        <source>Bukan Penerima Upah</source>
        <translation>Non-Wage Earner</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No. KPJ</source>
        <translation>KPJ No.</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Masa berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Diterbitkan oleh</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Program JKK + JKM</source>
        <translation>JKK + JKM programme</translation>
    </message>
    <message>
        <source>Jaminan Kecelakaan Kerja dan Jaminan Kematian</source>
        <translation>Work Accident and Death Insurance</translation>
    </message>
    <message>
        <source>Iuran</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>{day} oleh Kelurahan {issuer}</source>
        <translation>{day} by Kelurahan {issuer}</translation>
    </message>
    <message>
        <source>Diterbitkan</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Kartu Peserta SIGAP</source>
        <translation>SIGAP Membership Card</translation>
    </message>
    <message>
        <source>Kartu Peserta SIGAP — lembar 10 kartu</source>
        <translation>SIGAP Membership Card — sheet of 10 cards</translation>
    </message>
</context>
<context>
    <name>certificate</name>
    <message>
        <source>Rp{millions} juta</source>
        <translation>Rp{millions} million</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Sertifikat Kepesertaan SIGAP</source>
        <translation>SIGAP Enrolment Certificate</translation>
    </message>
    <message>
        <source>Sertifikat Kepesertaan</source>
        <translation>Enrolment Certificate</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan · Program SIGAP (Universal Coverage Jamsostek) Kota Bekasi</source>
        <translation>BPJS Ketenagakerjaan · SIGAP Programme (Universal Coverage Jamsostek) Kota Bekasi</translation>
    </message>
    <message>
        <source>Pindai untuk memeriksa keaslian</source>
        <translation>Scan to check it is genuine</translation>
    </message>
    <message>
        <source>Dengan ini dinyatakan bahwa:</source>
        <translation>This is to certify that:</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No. KPJ</source>
        <translation>KPJ No.</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Bukan Penerima Upah (BPU)</source>
        <translation>Non-Wage Earner (BPU)</translation>
    </message>
    <message>
        <source>terdaftar sebagai peserta BPJS Ketenagakerjaan dalam program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM), dengan masa perlindungan:</source>
        <translation>is enrolled as a member of BPJS Ketenagakerjaan in the Work Accident Insurance (JKK) and Death Insurance (JKM) programmes, covered:</translation>
    </message>
    <message>
        <source>{start} sampai dengan {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Manfaat yang Anda terima</source>
        <translation>Your benefits</translation>
    </message>
    <message>
        <source>Jaminan Kecelakaan Kerja (JKK)</source>
        <translation>Work Accident Insurance (JKK)</translation>
    </message>
    <message>
        <source>Bila Anda mengalami kecelakaan saat bekerja, atau dalam perjalanan berangkat dan pulang kerja, biaya perawatan dan pengobatan ditanggung sesuai kebutuhan medis, tanpa batas biaya.</source>
        <translation>If you have an accident at work, or on the way to or from work, treatment and care are covered as medically needed, with no cost limit.</translation>
    </message>
    <message>
        <source>Jaminan Kematian (JKM)</source>
        <translation>Death Insurance (JKM)</translation>
    </message>
    <message>
        <source>Bila peserta meninggal dunia, ahli waris menerima {total}: santunan sekaligus {lump_sum}, santunan berkala {periodic}, dan biaya pemakaman {funeral}.</source>
        <translation>If the member dies, the heirs receive {total}: a lump sum of {lump_sum}, periodic payments of {periodic}, and funeral costs of {funeral}.</translation>
    </message>
    <message>
        <source>Manfaat JKM penuh berlaku setelah iuran dibayar {months} bulan berturut-turut; sebelum itu, yang dibayarkan hanya biaya pemakaman.</source>
        <translation>Full JKM benefits apply once the premium has been paid for {months} months in a row; before that, only the funeral costs are paid.</translation>
    </message>
    <message>
        <source>Iuran</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>JKK: 1% dari penghasilan {income}</source>
        <translation>JKK: 1% of an income of {income}</translation>
    </message>
    <message>
        <source>{amount} / bulan</source>
        <translation>{amount} / month</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{funding}. Peserta tidak membayar apa pun dan tidak dipungut biaya untuk pendaftaran maupun kartu.</source>
        <translation>{funding}. The member pays nothing and is charged nothing for registration or the card.</translation>
    </message>
    <message>
        <source>Nama, tanda tangan, dan NIP</source>
        <translation>Name, signature and NIP</translation>
    </message>
    <message>
        <source>Cap / stempel</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Dicetak oleh UCJ Desktop. NIK disamarkan untuk melindungi data pribadi (UU 27/2022).</source>
        <translation>Printed by UCJ Desktop. The NIK is masked to protect personal data (UU 27/2022).</translation>
    </message>
</context>
<context>
    <name>demo_mark</name>
    <message>
        <source>CONTOH · DEMO</source>
        <translation>SAMPLE · DEMO</translation>
    </message>
    <message>
        <source>CONTOH / DEMO — data latihan, bukan dokumen resmi</source>
        <translation>SAMPLE / DEMO — practice data, not an official document</translation>
    </message>
</context>
<context>
    <name>desk_reports</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Belum diputus</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Dapat kursi</source>
        <translation>Seated</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Seluruh kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <source>Kuota kota {quota} kursi: {seats} terisi, {waiting} pekerja menunggu; desil {low}–{high} didahulukan.</source>
        <translation>City quota {quota} seats: {seats} taken, {waiting} workers waiting; deciles {low}–{high} go first.</translation>
    </message>
    <message>
        <source>Diterima hub</source>
        <translation>Received by the hub</translation>
    </message>
    <message>
        <source>Laporan Kuota SIGAP Kota Bekasi</source>
        <translation>SIGAP Quota Report Kota Bekasi</translation>
    </message>
    <message>
        <source>Digantikan kiriman baru dari kantor yang sama: {count}.</source>
        <translation>Replaced by a newer submission from the same office: {count}.</translation>
    </message>
    <message>
        <source>Daftar Peserta SIGAP</source>
        <translation>SIGAP Member List</translation>
    </message>
    <message>
        <source>{place} · terdaftar di BPJS Ketenagakerjaan</source>
        <translation>{place} · enrolled with BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>sebuah objek</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>teks yang tidak kosong</source>
        <translation>non-empty text</translation>
    </message>
    <message>
        <source>teks paling banyak {maximum} karakter, tanpa karakter kendali</source>
        <translation>text of at most {maximum} characters, no control characters</translation>
    </message>
    <message>
        <source>bilangan bulat mulai dari 1</source>
        <translation>a whole number from 1</translation>
    </message>
    <message>
        <source>huruf kecil, angka dan _</source>
        <translation>lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>nama lembar yang diterima Excel (tanpa [ ] : * ? / \)</source>
        <translation>a sheet name Excel accepts (no [ ] : * ? / \)</translation>
    </message>
    <message>
        <source>daftar berisi 1 sampai {maximum} kolom</source>
        <translation>a list of 1 to {maximum} columns</translation>
    </message>
    <message>
        <source>judul kolom yang tidak dipakai kolom lain</source>
        <translation>a header no other column has</translation>
    </message>
    <message>
        <source>sumber yang tidak dipakai kolom lain</source>
        <translation>a source no other column has</translation>
    </message>
    <message>
        <source>sebuah kolom bersumber nik (hasil dicocokkan menurut NIK)</source>
        <translation>a column with source nik (results match by NIK)</translation>
    </message>
    <message>
        <source>salah satu dari {choices}</source>
        <translation>one of {choices}</translation>
    </message>
    <message>
        <source>sebuah objek: kode pekerjaan -&gt; teks BPJS</source>
        <translation>an object: occupation code -&gt; BPJS&apos;s text</translation>
    </message>
    <message>
        <source>daftar berisi 1 sampai {maximum} ejaan judul kolom</source>
        <translation>a list of 1 to {maximum} header spellings</translation>
    </message>
    <message>
        <source>judul kolom yang tidak diterima isian hasil lain</source>
        <translation>a header no other result field accepts</translation>
    </message>
    <message>
        <source>lebih dari 1 MB</source>
        <translation>larger than 1 MB</translation>
    </message>
    <message>
        <source>{member} terlalu besar</source>
        <translation>{member} is too large</translation>
    </message>
    <message>
        <source>{member} bukan JSON</source>
        <translation>{member} is not JSON</translation>
    </message>
    <message>
        <source>{member} bukan objek JSON</source>
        <translation>{member} is not a JSON object</translation>
    </message>
    <message>
        <source>bukan cadangan UCJ Desktop</source>
        <translation>not a UCJ Desktop backup</translation>
    </message>
    <message>
        <source>formatnya tidak disebut</source>
        <translation>format missing</translation>
    </message>
    <message>
        <source>{member}: isian {key} tidak ada atau salah</source>
        <translation>{member}: missing or bad field {key}</translation>
    </message>
    <message>
        <source>store.json dan backup.json menyebut data kantor yang berbeda</source>
        <translation>store.json and backup.json describe different stores</translation>
    </message>
    <message>
        <source>bukan wadah ZIP</source>
        <translation>not a ZIP container</translation>
    </message>
    <message>
        <source>isi yang tidak terduga: {members}</source>
        <translation>unexpected members: {members}</translation>
    </message>
    <message>
        <source>jangkar jejak audit</source>
        <translation>audit anchor</translation>
    </message>
    <message>
        <source>kuota sebelum versi 4</source>
        <translation>quota before version 4</translation>
    </message>
    <message>
        <source>kuota tidak ada</source>
        <translation>quota missing</translation>
    </message>
    <message>
        <source>kuota dalam paket {package_kind}</source>
        <translation>quota in a {package_kind}</translation>
    </message>
    <message>
        <source>kuota {quota_field}: {quota_problem}</source>
        <translation>quota {quota_field}: {quota_problem}</translation>
    </message>
    <message>
        <source>jenis isian {key}</source>
        <translation>{key} type</translation>
    </message>
    <message>
        <source>format atau jenis paket</source>
        <translation>format or kind</translation>
    </message>
    <message>
        <source>pengaturan sebelum versi 4</source>
        <translation>settings before version 4</translation>
    </message>
    <message>
        <source>bukan berkas pendaftaran kunci</source>
        <translation>not an enrolment key file</translation>
    </message>
    <message>
        <source>kuncinya tidak sah</source>
        <translation>bad keys</translation>
    </message>
    <message>
        <source>panjang kunci tanda tangan salah</source>
        <translation>signing key length</translation>
    </message>
    <message>
        <source>titipan kunci perangkat tidak dapat dibaca</source>
        <translation>device key escrow unreadable</translation>
    </message>
    <message>
        <source>tidak ada lembar kerja</source>
        <translation>no sheet</translation>
    </message>
</context>
<context>
    <name>hub_reasons</name>
    <message>
        <source>NIK tidak valid (periksa 16 digit NIK pada KTP)</source>
        <translation>NIK not valid (check the 16-digit NIK on the KTP)</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak sesuai dengan NIK</source>
        <translation>Date of birth does not match the NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak sesuai dengan NIK</source>
        <translation>Sex does not match the NIK</translation>
    </message>
    <message>
        <source>Desil DTSEN di luar rentang program</source>
        <translation>DTSEN decile outside the programme&apos;s range</translation>
    </message>
    <message>
        <source>Belum diverifikasi oleh verifikator</source>
        <translation>Not yet verified by a verifier</translation>
    </message>
    <message>
        <source>Kelurahan domisili di luar Kota Bekasi</source>
        <translation>Home kelurahan outside Kota Bekasi</translation>
    </message>
    <message>
        <source>Sudah menjadi peserta BPJS Ketenagakerjaan (daftar kepesertaan kota)</source>
        <translation>Already a member of BPJS Ketenagakerjaan (city membership list)</translation>
    </message>
    <message>
        <source>NIK sudah didaftarkan di kantor {office}</source>
        <translation>NIK already registered at office {office}</translation>
    </message>
    <message>
        <source>Ditolak BPJS Ketenagakerjaan: {note}</source>
        <translation>Rejected by BPJS Ketenagakerjaan: {note}</translation>
    </message>
    <message>
        <source>Belum diputus</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Menunggu kuota</source>
        <translation>Waiting for quota</translation>
    </message>
    <message>
        <source>Mendapat kursi</source>
        <translation>Given a seat</translation>
    </message>
    <message>
        <source>Dikirim ke BPJS</source>
        <translation>Sent to BPJS</translation>
    </message>
    <message>
        <source>Terdaftar BPJS</source>
        <translation>Enrolled with BPJS</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Digantikan kiriman baru</source>
        <translation>Replaced by a newer submission</translation>
    </message>
    <message>
        <source>NIK sudah didaftarkan di kantor lain</source>
        <translation>NIK already registered at another office</translation>
    </message>
    <message>
        <source>Ditolak BPJS Ketenagakerjaan</source>
        <translation>Rejected by BPJS Ketenagakerjaan</translation>
    </message>
</context>
<context>
    <name>hub_status</name>
    <message>
        <source>Tagihan Iuran BPU JKK + JKM Kota Bekasi</source>
        <translation>BPU JKK + JKM Premium Bill Kota Bekasi</translation>
    </message>
    <message>
        <source>Bulan iuran {month} · per kelurahan · {payer}</source>
        <translation>Premium month {month} · by kelurahan · {payer}</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Jumlah tagihan bulan ini: {total}.</source>
        <translation>This month&apos;s bill in total: {total}.</translation>
    </message>
    <message>
        <source>{count} kelurahan</source>
        <translation>{count} kelurahan</translation>
    </message>
</context>
<context>
    <name>import_reasons</name>
    <message>
        <source>NIK kosong</source>
        <translation>NIK empty</translation>
    </message>
    <message>
        <source>NIK tertulis sebagai angka ilmiah (mis. 3.27501E+15): digitnya hilang, ketik ulang NIK sebagai teks</source>
        <translation>NIK written as a number in scientific notation (e.g. 3.27501E+15): its digits are lost, type the NIK again as text</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka</source>
        <translation>NIK may hold digits only</translation>
    </message>
    <message>
        <source>NIK harus 16 digit (tertulis {length})</source>
        <translation>NIK must be 16 digits (written {length})</translation>
    </message>
    <message>
        <source>tanggal lahir di dalam NIK tidak ada di kalender</source>
        <translation>the date of birth in the NIK is not on the calendar</translation>
    </message>
    <message>
        <source>tanggal lahir di dalam NIK ada di masa depan</source>
        <translation>the date of birth in the NIK is in the future</translation>
    </message>
    <message>
        <source>kode wilayah NIK tidak dikenal</source>
        <translation>the NIK&apos;s area code is unknown</translation>
    </message>
    <message>
        <source>nomor urut NIK tidak boleh 0000</source>
        <translation>the NIK&apos;s serial number cannot be 0000</translation>
    </message>
    <message>
        <source>NIK ganda: sudah ada di baris {first_line}</source>
        <translation>duplicate NIK: already on line {first_line}</translation>
    </message>
    <message>
        <source>No. KK kosong</source>
        <translation>KK No. empty</translation>
    </message>
    <message>
        <source>No. KK tertulis sebagai angka ilmiah: digitnya hilang</source>
        <translation>KK No. written as a number in scientific notation: its digits are lost</translation>
    </message>
    <message>
        <source>No. KK hanya boleh berisi angka</source>
        <translation>KK No. may hold digits only</translation>
    </message>
    <message>
        <source>No. KK harus 16 digit (tertulis {length})</source>
        <translation>KK No. must be 16 digits (written {length})</translation>
    </message>
    <message>
        <source>tanggal terbit di dalam No. KK tidak ada di kalender</source>
        <translation>the issue date in the KK No. is not on the calendar</translation>
    </message>
    <message>
        <source>nomor urut No. KK tidak boleh 0000</source>
        <translation>the KK No.&apos;s serial number cannot be 0000</translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation>name empty</translation>
    </message>
    <message>
        <source>desil harus angka {min} sampai {max}</source>
        <translation>decile must be a number from {min} to {max}</translation>
    </message>
    <message>
        <source>tanggal lahir tidak terbaca (pakai DD/MM/YYYY atau YYYY-MM-DD)</source>
        <translation>date of birth unreadable (use DD/MM/YYYY or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>jenis kelamin harus L atau P</source>
        <translation>sex must be L or P</translation>
    </message>
    <message>
        <source>RT harus angka 1-3 digit</source>
        <translation>RT must be a 1-3 digit number</translation>
    </message>
    <message>
        <source>RW harus angka 1-3 digit</source>
        <translation>RW must be a 1-3 digit number</translation>
    </message>
    <message>
        <source>kelurahan tidak dikenal (pakai kode 32.75.KK.1NNN atau nama resmi)</source>
        <translation>kelurahan unknown (use the code 32.75.KK.1NNN or the official name)</translation>
    </message>
    <message>
        <source>kelurahan di luar Kota Bekasi: baris ini bukan milik ekstrak kota ini (berkas salah atau rusak?)</source>
        <translation>kelurahan outside Kota Bekasi: this row does not belong to this city&apos;s extract (wrong or damaged file?)</translation>
    </message>
    <message>
        <source>nama terlalu panjang (paling banyak {maximum} karakter)</source>
        <translation>name too long (at most {maximum} characters)</translation>
    </message>
    <message>
        <source>tanggal lahir berbeda dengan yang tertulis di NIK ({nik_date})</source>
        <translation>date of birth differs from the one in the NIK ({nik_date})</translation>
    </message>
    <message>
        <source>jenis kelamin berbeda dengan yang tertulis di NIK ({nik_sex})</source>
        <translation>sex differs from the one in the NIK ({nik_sex})</translation>
    </message>
    <message>
        <source>nomor HP kosong</source>
        <translation>mobile number empty</translation>
    </message>
    <message>
        <source>nomor HP tidak valid (pakai 08..., 628... atau +628...)</source>
        <translation>mobile number not valid (use 08..., 628... or +628...)</translation>
    </message>
    <message>
        <source>bukan nomor HP (telepon rumah atau 084x)</source>
        <translation>not a mobile number (a landline or 084x)</translation>
    </message>
    <message>
        <source>alamat kosong</source>
        <translation>address empty</translation>
    </message>
    <message>
        <source>alamat terlalu panjang (paling banyak {maximum} karakter)</source>
        <translation>address too long (at most {maximum} characters)</translation>
    </message>
    <message>
        <source>kelurahan kosong</source>
        <translation>kelurahan empty</translation>
    </message>
    <message>
        <source>pekerjaan belum diisi</source>
        <translation>occupation not filled in</translation>
    </message>
    <message>
        <source>pekerjaan {occupation} bukan kategori program</source>
        <translation>occupation {occupation} is not a programme category</translation>
    </message>
    <message>
        <source>paling banyak {max} pekerjaan (tertulis {count})</source>
        <translation>at most {max} occupations (written {count})</translation>
    </message>
    <message>
        <source>penghasilan harus angka rupiah bulat</source>
        <translation>income must be whole rupiah</translation>
    </message>
    <message>
        <source>penghasilan tidak boleh negatif</source>
        <translation>income cannot be negative</translation>
    </message>
    <message>
        <source>penghasilan melebihi {maximum} sebulan: periksa angkanya</source>
        <translation>income over {maximum} a month: check the figure</translation>
    </message>
    <message>
        <source>persetujuan pekerja belum dicatat</source>
        <translation>worker&apos;s consent not recorded</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar di kantor ini</source>
        <translation>this NIK is already registered at this office</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>line</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <source>Kode Pemulihan UCJ Desktop</source>
        <translation>UCJ Desktop Recovery Code</translation>
    </message>
    <message>
        <source>Kode Pemulihan Data — UCJ Desktop</source>
        <translation>Data Recovery Code — UCJ Desktop</translation>
    </message>
    <message>
        <source>Kelurahan {name} ({code})</source>
        <translation>Kelurahan {name} ({code})</translation>
    </message>
    <message>
        <source>Dibuat: {moment}   ID data: {store}</source>
        <translation>Made: {moment}   Data ID: {store}</translation>
    </message>
    <message>
        <source>Sidik jari perangkat: {fingerprint}</source>
        <translation>Device fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Simpan lembar ini di lemari terkunci. Jangan difoto, jangan dikirim.</source>
        <translation>Keep this sheet in a locked cabinet. Do not photograph it, do not send it.</translation>
    </message>
    <message>
        <source>Kode ini adalah kunci data kantor. Bila laptop diganti atau brankas kunci (keyring) hilang, UCJ Desktop memintanya saat dibuka (di baris perintah: ucj recover KODE). Tanpa kode ini dan tanpa keyring, data terenkripsi tidak dapat dibuka oleh siapa pun. Siapa pun yang memegang kode ini dan berkas data dapat membaca data warga: perlakukan seperti kunci brankas (UU 27/2022 tentang Pelindungan Data Pribadi).</source>
        <translation>This code is the key to the office&apos;s data. If the laptop is replaced or the keyring is lost, UCJ Desktop asks for it when opened (on the command line: ucj recover CODE). Without this code and without the keyring, nobody can open the encrypted data. Anyone holding this code and the data file can read citizens&apos; data: treat it like a safe key (UU 27/2022 on Personal Data Protection).</translation>
    </message>
    <message>
        <source>Diterima oleh (nama, tanda tangan):</source>
        <translation>Received by (name, signature):</translation>
    </message>
</context>
<context>
    <name>referral_slip</name>
    <message>
        <source>Menurut data DTSEN yang diterima kantor ini, keluarga Anda berada pada desil {desil}. Program SIGAP hanya untuk desil {low}–{high}.</source>
        <translation>According to the DTSEN data this office received, your family is in decile {desil}. The SIGAP programme is only for deciles {low}–{high}.</translation>
    </message>
    <message>
        <source>Nama Anda tidak ditemukan dalam data DTSEN (Data Tunggal Sosial Ekonomi Nasional) yang diterima kantor ini. Program SIGAP hanya untuk warga yang tercatat di DTSEN.</source>
        <translation>Your name was not found in the DTSEN (Data Tunggal Sosial Ekonomi Nasional) data this office received. The SIGAP programme is only for residents listed in DTSEN.</translation>
    </message>
    <message>
        <source>Surat Rujukan Pembaruan Data DTSEN</source>
        <translation>DTSEN Data Update Referral</translation>
    </message>
    <message>
        <source>Kelurahan {name} ({code})</source>
        <translation>Kelurahan {name} ({code})</translation>
    </message>
    <message>
        <source>Program SIGAP — Pemerintah Kota Bekasi</source>
        <translation>SIGAP Programme — Kota Bekasi Government</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Mengapa belum dapat didaftarkan</source>
        <translation>Why you cannot be registered yet</translation>
    </message>
    <message>
        <source>kantor kelurahan atau kecamatan tempat tinggal Anda</source>
        <translation>the kelurahan or kecamatan office where you live</translation>
    </message>
    <message>
        <source>Kantor Kelurahan {kelurahan} atau Kecamatan {kecamatan}</source>
        <translation>Kelurahan {kelurahan} Office or Kecamatan {kecamatan}</translation>
    </message>
    <message>
        <source>Yang perlu dilakukan</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>1. Datang ke {place} dengan membawa KTP-el dan Kartu Keluarga.</source>
        <translation>1. Go to {place} with your e-KTP and Family Card (KK).</translation>
    </message>
    <message>
        <source>2. Minta pembaruan data DTSEN (usulan pemutakhiran data sosial ekonomi), atau ajukan melalui kanal pembaruan DTSEN yang resmi.</source>
        <translation>2. Ask for your DTSEN data to be updated (a socio-economic data update proposal), or apply through the official DTSEN update channel.</translation>
    </message>
    <message>
        <source>3. DTSEN diperbarui setiap triwulan. Setelah data Anda diperbarui, datang lagi ke loket ini dengan membawa surat ini.</source>
        <translation>3. DTSEN is updated every quarter. Once your data is updated, come back to this counter with this letter.</translation>
    </message>
    <message>
        <source>Surat ini bukan penolakan permanen. Pendaftaran SIGAP tidak dipungut biaya.</source>
        <translation>This letter is not a final rejection. SIGAP registration is free of charge.</translation>
    </message>
    <message>
        <source>Dicetak oleh UCJ Desktop. NIK disamarkan untuk melindungi data.</source>
        <translation>Printed by UCJ Desktop. The NIK is masked to protect data.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>halaman {number} dari {pages}</source>
        <translation>page {number} of {pages}</translation>
    </message>
    <message>
        <source>Dibuat {moment}</source>
        <translation>Made {moment}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Kelurahan {name} ({code})</source>
        <translation>Kelurahan {name} ({code})</translation>
    </message>
    <message>
        <source>{office} · per {day}</source>
        <translation>{office} · as of {day}</translation>
    </message>
    <message>
        <source>Laporan Kuota SIGAP</source>
        <translation>SIGAP Quota Report</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Iuran</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Rekapitulasi Iuran BPU JKK + JKM</source>
        <translation>BPU JKK + JKM Premium Summary</translation>
    </message>
    <message>
        <source>{office} · bulan iuran {month} · {payer}</source>
        <translation>{office} · premium month {month} · {payer}</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>Memakai kuota (diajukan s.d. terdaftar)</source>
        <translation>Using the quota (submitted to enrolled)</translation>
    </message>
    <message>
        <source>di antaranya desil {low}–{high} (prioritas)</source>
        <translation>of which deciles {low}–{high} (priority)</translation>
    </message>
    <message>
        <source>di antaranya desil {low}–{high}</source>
        <translation>of which deciles {low}–{high}</translation>
    </message>
    <message>
        <source>Kuota kota (seluruh kelurahan)</source>
        <translation>City quota (all kelurahan)</translation>
    </message>
    <message>
        <source>Kuota kota dipakai bersama 56 kelurahan; sisa kuota kota dihitung oleh hub.</source>
        <translation>The city quota is shared by 56 kelurahan; the hub counts what is left of it.</translation>
    </message>
    <message>
        <source>Pendaftaran menurut status</source>
        <translation>Registrations by status</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Prioritas (desil {low}–{high})</source>
        <translation>Priority (deciles {low}–{high})</translation>
    </message>
    <message>
        <source>Desil {low}–{high}</source>
        <translation>Deciles {low}–{high}</translation>
    </message>
    <message>
        <source>Desil pekerja yang memakai kuota</source>
        <translation>Deciles of the workers using the quota</translation>
    </message>
    <message>
        <source>Desil {desil}</source>
        <translation>Decile {desil}</translation>
    </message>
    <message>
        <source>Upah dasar</source>
        <translation>Base wage</translation>
    </message>
    <message>
        <source>JKK = {rate} dari upah dasar (penghasilan dilaporkan, minimal {minimum}); JKM = {jkm} per bulan.</source>
        <translation>JKK = {rate} of the base wage (declared income, at least {minimum}); JKM = {jkm} a month.</translation>
    </message>
    <message>
        <source>dibayar oleh Pemerintah Kota Bekasi (APBD)</source>
        <translation>paid by the Kota Bekasi Government (APBD)</translation>
    </message>
    <message>
        <source>{count} peserta</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <source>semua status</source>
        <translation>all statuses</translation>
    </message>
    <message>
        <source>Daftar Pekerja SIGAP</source>
        <translation>SIGAP Worker List</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Kepesertaan s.d.</source>
        <translation>Covered until</translation>
    </message>
    <message>
        <source>Pendaftaran per bulan didaftarkan, menurut status sekarang</source>
        <translation>Registrations per month registered, by current status</translation>
    </message>
    <message>
        <source>({count} bulan terakhir)</source>
        <translation>(last {count} months)</translation>
    </message>
</context>
<context>
    <name>sync_reasons</name>
    <message>
        <source>nomor KPJ (kolom kpj) bukan 11 angka</source>
        <translation>KPJ number (column kpj) is not 11 digits</translation>
    </message>
    <message>
        <source>tanggal kepesertaan (kolom coverage_start/coverage_end) bukan tanggal yang sah</source>
        <translation>coverage date (column coverage_start/coverage_end) is not a valid date</translation>
    </message>
    <message>
        <source>akhir kepesertaan (kolom coverage_end) lebih awal dari tanggal mulainya</source>
        <translation>coverage end (column coverage_end) is before its start</translation>
    </message>
    <message>
        <source>hasilnya (kolom result) bukan terdaftar, dikembalikan atau menunggu kuota</source>
        <translation>result (column result) is not enrolled, returned or waiting for quota</translation>
    </message>
    <message>
        <source>alasan pengembalian (kolom reason) kosong</source>
        <translation>return reason (column reason) is empty</translation>
    </message>
    <message>
        <source>peringkat antrean kuota (kolom rank) bukan bilangan bulat mulai dari 1</source>
        <translation>quota queue rank (column rank) is not a whole number from 1</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) tidak ada, padahal wajib untuk peserta terdaftar</source>
        <translation>card code (column card_token) is missing, though an enrolled member needs one</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) bukan kode kartu UCJ</source>
        <translation>card code (column card_token) is not a UCJ card code</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) rusak</source>
        <translation>card code (column card_token) is damaged</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) tidak ditandatangani kunci hub yang dipercaya</source>
        <translation>card code (column card_token) is not signed by a trusted hub key</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk KPJ lain</source>
        <translation>card code (column card_token) was made for another KPJ</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk NIK lain</source>
        <translation>card code (column card_token) was made for another NIK</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk tanggal akhir kepesertaan lain</source>
        <translation>card code (column card_token) was made for another coverage end date</translation>
    </message>
    <message>
        <source>kode kartu (kolom card_token) dibuat untuk kantor lain</source>
        <translation>card code (column card_token) was made for another office</translation>
    </message>
    <message>
        <source>versi pengaturan hub (kolom settings_version) bukan bilangan bulat mulai dari 1</source>
        <translation>hub settings version (column settings_version) is not a whole number from 1</translation>
    </message>
</context>
<context>
    <name>wording_labels</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dikirim ke hub</source>
        <translation>Sent to hub</translation>
    </message>
    <message>
        <source>Terdaftar BPJS</source>
        <translation>Enrolled with BPJS</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pengemudi ojek online</source>
        <translation>Online motorcycle taxi driver</translation>
    </message>
    <message>
        <source>Pengemudi ojek pangkalan</source>
        <translation>Base motorcycle taxi driver</translation>
    </message>
    <message>
        <source>Anggota Organda (pengemudi angkutan umum)</source>
        <translation>Organda member (public transport driver)</translation>
    </message>
    <message>
        <source>Pedagang kaki lima (PKL)</source>
        <translation>Street vendor (PKL)</translation>
    </message>
    <message>
        <source>Pelaku UMKM</source>
        <translation>UMKM business owner</translation>
    </message>
    <message>
        <source>Penerima PKH</source>
        <translation>PKH recipient</translation>
    </message>
</context>
</TS>
