<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>PrintScreen</name>
    <message>
        <source>Menunggu dicetak</source>
        <translation>Waiting to print</translation>
    </message>
    <message>
        <source>Tidak ada kartu yang menunggu dicetak. Kartu baru muncul di sini setelah tanda terima dari hub diimpor (Sinkronisasi).</source>
        <translation>No cards are waiting to be printed. New cards appear here after an acknowledgement from the hub is imported (Sync).</translation>
    </message>
    <message>
        <source>Dicetak, belum diserahkan</source>
        <translation>Printed, not handed over</translation>
    </message>
    <message>
        <source>Semua kartu yang sudah dicetak telah diserahkan.</source>
        <translation>All printed cards have been handed over.</translation>
    </message>
    <message>
        <source>Semua peserta terdaftar</source>
        <translation>All enrolled members</translation>
    </message>
    <message>
        <source>Belum ada pekerja yang terdaftar di BPJS Ketenagakerjaan.</source>
        <translation>No workers are enrolled in BPJS Ketenagakerjaan yet.</translation>
    </message>
    <message>
        <source>Satu kartu per halaman (printer kartu)</source>
        <translation>One card per page (card printer)</translation>
    </message>
    <message>
        <source>Lembar A4, 10 kartu</source>
        <translation>A4 sheet, 10 cards</translation>
    </message>
    <message>
        <source>{n} pekerja</source>
        <translation>{n} workers</translation>
    </message>
    <message>
        <source>{shown} dari {total} pekerja</source>
        <translation>{shown} of {total} workers</translation>
    </message>
    <message>
        <source>{n} dipilih</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok dengan pencarian.</source>
        <translation>Nothing matches the search.</translation>
    </message>
    <message>
        <source>kartu</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>sertifikat</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>{n} sertifikat, satu halaman A4 per pekerja.</source>
        <translation>{n} certificates, one A4 page per worker.</translation>
    </message>
    <message>
        <source>{n} kartu, satu kartu per halaman (depan, lalu belakang) untuk printer kartu ID-1 dua sisi.</source>
        <translation>{n} cards, one card per page (front, then back) for a double-sided ID-1 card printer.</translation>
    </message>
    <message>
        <source>{n} kartu pada {sheets} lembar A4: tiap lembar depan diikuti lembar belakang. Cetak dua sisi, balik pada sisi panjang, lalu potong pada tanda potong.</source>
        <translation>{n} cards on {sheets} A4 sheets: each front sheet is followed by a back sheet. Print double-sided, flip on the long edge, then cut along the cut marks.</translation>
    </message>
    <message>
        <source>{r} di antaranya cetak ulang ({reason}).</source>
        <translation>{r} of them are reprints ({reason}).</translation>
    </message>
    <message>
        <source>{n} {what} disimpan sebagai PDF</source>
        <translation>{n} {what} saved as PDF</translation>
    </message>
    <message>
        <source>Berkas: {path}.</source>
        <translation>File: {path}.</translation>
    </message>
    <message>
        <source>{n} {what} dikirim ke printer</source>
        <translation>{n} {what} sent to the printer</translation>
    </message>
    <message>
        <source>Setelah kartu diterima pesertanya, pilih barisnya di “Dicetak, belum diserahkan” lalu tekan “Tandai diserahkan”.</source>
        <translation>Once the member has received the card, select its row in “Printed, not handed over” and press “Mark as handed over”.</translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>tanda terima</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <source>putaran tanda terima</source>
        <translation>acknowledgement round</translation>
    </message>
    <message>
        <source>jejak audit</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <source>cadangan</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>BPJS</source>
        <translation>BPJS</translation>
    </message>
    <message>
        <source>berkas BPJS</source>
        <translation>BPJS file</translation>
    </message>
    <message>
        <source>hasil BPJS</source>
        <translation>BPJS result</translation>
    </message>
    <message>
        <source>kartu</source>
        <translation>card</translation>
    </message>
    <message>
        <source>sertifikat</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>daftar kepesertaan</source>
        <translation>membership list</translation>
    </message>
    <message>
        <source>siklus</source>
        <translation>cycle</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <source>kunci</source>
        <translation>keys</translation>
    </message>
    <message>
        <source>masuk</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>kantor</source>
        <translation>office</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>paket</source>
        <translation>package</translation>
    </message>
    <message>
        <source>iuran</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>cetak</source>
        <translation>printing</translation>
    </message>
    <message>
        <source>kuota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>data rujukan</source>
        <translation>reference data</translation>
    </message>
    <message>
        <source>pendaftaran</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>laporan</source>
        <translation>report</translation>
    </message>
    <message>
        <source>pengaturan</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>data kantor</source>
        <translation>office data</translation>
    </message>
</context>
<context>
    <name>bpjs_text</name>
    <message>
        <source>Peta kolom BPJS “{map}” tidak ditemukan. Tidak ada berkas yang ditulis.</source>
        <translation>BPJS column map “{map}” not found. No file was written.</translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” bukan berkas JSON yang dapat dibaca ({reason}).</source>
        <translation>BPJS column map “{map}” is not a readable JSON file ({reason}).</translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” tidak memuat kunci “{key}”.</source>
        <translation>BPJS column map “{map}” does not contain the key “{key}”.</translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” memuat kunci “{key}” yang tidak dikenal (salah ketik?).</source>
        <translation>BPJS column map “{map}” contains an unknown key “{key}” (typo?).</translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}”: isi kunci “{key}” tidak sah (seharusnya: {expected}).</source>
        <translation>BPJS column map “{map}”: the value of key “{key}” is invalid (expected: {expected}).</translation>
    </message>
    <message>
        <source>Peta kolom BPJS “{map}” memakai format versi {format_version} yang belum dikenal aplikasi ini. Perbarui UCJ Desktop.</source>
        <translation>BPJS column map “{map}” uses format version {format_version}, which this app does not know yet. Update UCJ Desktop.</translation>
    </message>
    <message>
        <source>Jumlah bulan iuran harus angka bulat {minimum} sampai {maximum}.</source>
        <translation>The number of contribution months must be a whole number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>Tidak ada pekerja untuk dikirim ke BPJS. Tidak ada berkas yang ditulis.</source>
        <translation>No workers to send to BPJS. No file was written.</translation>
    </message>
    <message>
        <source>Berkas hasil BPJS tidak punya kolom untuk {missing}. Tidak ada yang dibaca.</source>
        <translation>The BPJS result file has no column for {missing}. Nothing was read.</translation>
    </message>
    <message>
        <source>Berkas hasil BPJS punya lebih dari satu kolom untuk {column} ({headers}). Tidak ada yang dibaca.</source>
        <translation>The BPJS result file has more than one column for {column} ({headers}). Nothing was read.</translation>
    </message>
    <message>
        <source>Berkas hasil BPJS berisi lebih dari {maximum} baris, lebih banyak dari hasil mana pun. Tidak ada yang dibaca.</source>
        <translation>The BPJS result file has more than {maximum} rows, more than any result could have. Nothing was read.</translation>
    </message>
    <message>
        <source>{count} baris tidak dapat dimasukkan ke berkas BPJS. Tidak ada berkas yang ditulis.</source>
        <translation>{count} rows cannot be put in the BPJS file. No file was written.</translation>
    </message>
    <message>
        <source>Berkas hasil BPJS ditolak: {count} baris tidak sah. Tidak ada yang dibaca.</source>
        <translation>BPJS result file rejected: {count} invalid rows. Nothing was read.</translation>
    </message>
</context>
<context>
    <name>eligibility_text</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Domisili</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>DTSEN</source>
        <translation>DTSEN</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Kepesertaan</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>NIK sah (16 digit)</source>
        <translation>Valid NIK (16 digits)</translation>
    </message>
    <message>
        <source>NIK belum diisi</source>
        <translation>NIK not filled in</translation>
    </message>
    <message>
        <source>NIK tertulis sebagai angka ilmiah (3,27E+15): ketik ulang 16 digit</source>
        <translation>NIK written in scientific notation (3,27E+15): retype the 16 digits</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka</source>
        <translation>NIK may contain digits only</translation>
    </message>
    <message>
        <source>NIK {length} digit: harus {expected} digit</source>
        <translation>NIK has {length} digits: must be {expected}</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK (digit 7–12) tidak sah</source>
        <translation>Date of birth in the NIK (digits 7–12) is invalid</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK belum terjadi</source>
        <translation>Date of birth in the NIK is in the future</translation>
    </message>
    <message>
        <source>Kode wilayah di NIK (4 digit pertama) tidak dikenal</source>
        <translation>Area code in the NIK (first 4 digits) is unknown</translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 digit terakhir) tidak boleh 0000</source>
        <translation>NIK serial number (last 4 digits) cannot be 0000</translation>
    </message>
    <message>
        <source>Usia {age} tahun: di bawah batas {limit}</source>
        <translation>Age {age}: under the limit of {limit}</translation>
    </message>
    <message>
        <source>Usia {age} tahun: batas {limit}</source>
        <translation>Age {age}: the limit is {limit}</translation>
    </message>
    <message>
        <source>Usia belum dapat dihitung: NIK belum sah</source>
        <translation>Age cannot be worked out yet: NIK not valid</translation>
    </message>
    <message>
        <source>Tinggal di Kel. {kelurahan}, Kec. {kecamatan}</source>
        <translation>Lives in Kel. {kelurahan}, Kec. {kecamatan}</translation>
    </message>
    <message>
        <source>Alamat di luar Kota Bekasi (kode wilayah {kelurahan_code})</source>
        <translation>Address outside Kota Bekasi (area code {kelurahan_code})</translation>
    </message>
    <message>
        <source>Kelurahan tempat tinggal belum dipilih</source>
        <translation>Kelurahan of residence not chosen</translation>
    </message>
    <message>
        <source>Belum ada data DTSEN di kantor ini (impor di Data Referensi)</source>
        <translation>No DTSEN data at this office yet (import it in Reference data)</translation>
    </message>
    <message>
        <source>Tidak ada di DTSEN: perbarui data di kelurahan/kecamatan (cetak surat rujukan)</source>
        <translation>Not in DTSEN: update the data at the kelurahan/kecamatan (print a referral letter)</translation>
    </message>
    <message>
        <source>Desil {desil}: di luar desil {min}–{max}</source>
        <translation>Decile {desil}: outside deciles {min}–{max}</translation>
    </message>
    <message>
        <source>Desil {desil}: PRIORITAS (desil {min}–{max})</source>
        <translation>Decile {desil}: PRIORITY (deciles {min}–{max})</translation>
    </message>
    <message>
        <source>Desil {desil}: diterima selama kuota masih ada (desil {min}–{max})</source>
        <translation>Decile {desil}: accepted while quota lasts (deciles {min}–{max})</translation>
    </message>
    <message>
        <source>Kategori pekerjaan sesuai ({count} dari maks. {max})</source>
        <translation>Occupation category fits ({count} of max. {max})</translation>
    </message>
    <message>
        <source>Pekerjaan belum dipilih</source>
        <translation>Occupation not chosen</translation>
    </message>
    <message>
        <source>Pekerjaan “{occupation}” bukan kategori SIGAP</source>
        <translation>Occupation “{occupation}” is not a SIGAP category</translation>
    </message>
    <message>
        <source>{count} pekerjaan dipilih: maksimal {max}</source>
        <translation>{count} occupations chosen: maximum {max}</translation>
    </message>
    <message>
        <source>Daftar cakupan belum diimpor: kepesertaan dicek ulang oleh hub kota</source>
        <translation>Coverage list not imported: the city hub rechecks membership</translation>
    </message>
    <message>
        <source>Sudah terdaftar sebagai peserta (daftar cakupan)</source>
        <translation>Already a member (coverage list)</translation>
    </message>
    <message>
        <source>Belum menjadi peserta (daftar cakupan)</source>
        <translation>Not a member yet (coverage list)</translation>
    </message>
    <message>
        <source>NIK ini sudah didaftarkan di kantor ini</source>
        <translation>This NIK is already registered at this office</translation>
    </message>
    <message>
        <source>Belum pernah didaftarkan di kantor ini</source>
        <translation>Never registered at this office</translation>
    </message>
    <message>
        <source>Kuota masih ada: sisa {remaining} dari {quota}</source>
        <translation>Quota available: {remaining} of {quota} left</translation>
    </message>
    <message>
        <source>Kuota kota habis: {registered} dari {quota} sudah terpakai</source>
        <translation>City quota used up: {registered} of {quota} taken</translation>
    </message>
    <message>
        <source>terpenuhi</source>
        <translation>met</translation>
    </message>
    <message>
        <source>tidak terpenuhi</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>belum dapat diperiksa</source>
        <translation>cannot be checked yet</translation>
    </message>
    <message>
        <source>{rule}: {code}</source>
        <translation>{rule}: {code}</translation>
    </message>
    <message>
        <source>NIK wajib diisi.</source>
        <translation>NIK is required.</translation>
    </message>
    <message>
        <source>NIK tertulis sebagai angka ilmiah: ketik ulang 16 digit.</source>
        <translation>NIK is in scientific notation: retype the 16 digits.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>NIK may contain digits only.</translation>
    </message>
    <message>
        <source>NIK baru {length} digit; harus {expected} digit.</source>
        <translation>NIK has only {length} digits; it needs {expected}.</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK (digit 7–12) tidak sah. Periksa KTP-el.</source>
        <translation>Date of birth in the NIK (digits 7–12) is invalid. Check the e-KTP.</translation>
    </message>
    <message>
        <source>Tanggal lahir di NIK belum terjadi. Periksa KTP-el.</source>
        <translation>Date of birth in the NIK is in the future. Check the e-KTP.</translation>
    </message>
    <message>
        <source>Kode wilayah NIK (4 digit pertama) tidak dikenal.</source>
        <translation>NIK area code (first 4 digits) is unknown.</translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 digit terakhir) tidak boleh 0000.</source>
        <translation>NIK serial number (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>No. KK wajib diisi.</source>
        <translation>KK number is required.</translation>
    </message>
    <message>
        <source>No. KK tertulis sebagai angka ilmiah: ketik ulang 16 digit.</source>
        <translation>KK number is in scientific notation: retype the 16 digits.</translation>
    </message>
    <message>
        <source>No. KK hanya boleh berisi angka.</source>
        <translation>KK number may contain digits only.</translation>
    </message>
    <message>
        <source>No. KK baru {length} digit; harus {expected} digit.</source>
        <translation>KK number has only {length} digits; it needs {expected}.</translation>
    </message>
    <message>
        <source>Tanggal terbit di No. KK (digit 7–12) tidak sah.</source>
        <translation>Issue date in the KK number (digits 7–12) is invalid.</translation>
    </message>
    <message>
        <source>Nomor urut No. KK (4 digit terakhir) tidak boleh 0000.</source>
        <translation>KK number serial (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>Full name is required.</translation>
    </message>
    <message>
        <source>Nama terlalu panjang: maksimal {maximum} karakter.</source>
        <translation>Name too long: maximum {maximum} characters.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak sama dengan NIK ({nik_date}).</source>
        <translation>Date of birth does not match the NIK ({nik_date}).</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak sama dengan NIK ({nik_sex}).</source>
        <translation>Sex does not match the NIK ({nik_sex}).</translation>
    </message>
    <message>
        <source>Jenis kelamin harus L atau P.</source>
        <translation>Sex must be L (male) or P (female).</translation>
    </message>
    <message>
        <source>Nomor HP kosong.</source>
        <translation>Mobile number is empty.</translation>
    </message>
    <message>
        <source>Nomor HP tidak sah: tulis 08…, 628… atau +628…, 10–13 digit.</source>
        <translation>Invalid mobile number: write 08…, 628… or +628…, 10–13 digits.</translation>
    </message>
    <message>
        <source>Ini bukan nomor HP (084x dan telepon rumah tidak diterima).</source>
        <translation>This is not a mobile number (084x and landlines are not accepted).</translation>
    </message>
    <message>
        <source>Alamat wajib diisi.</source>
        <translation>Address is required.</translation>
    </message>
    <message>
        <source>Alamat terlalu panjang: maksimal {maximum} karakter.</source>
        <translation>Address too long: maximum {maximum} characters.</translation>
    </message>
    <message>
        <source>RT: 1–3 angka, bukan 000.</source>
        <translation>RT: 1–3 digits, not 000.</translation>
    </message>
    <message>
        <source>RW: 1–3 angka, bukan 000.</source>
        <translation>RW: 1–3 digits, not 000.</translation>
    </message>
    <message>
        <source>Pilih kelurahan tempat tinggal.</source>
        <translation>Choose the kelurahan of residence.</translation>
    </message>
    <message>
        <source>Pilih minimal satu pekerjaan.</source>
        <translation>Choose at least one occupation.</translation>
    </message>
    <message>
        <source>Pekerjaan “{occupation}” bukan kategori SIGAP.</source>
        <translation>Occupation “{occupation}” is not a SIGAP category.</translation>
    </message>
    <message>
        <source>Maksimal {max} pekerjaan.</source>
        <translation>Maximum {max} occupations.</translation>
    </message>
    <message>
        <source>Penghasilan harus bilangan bulat rupiah.</source>
        <translation>Income must be a whole number of rupiah.</translation>
    </message>
    <message>
        <source>Penghasilan tidak boleh negatif.</source>
        <translation>Income cannot be negative.</translation>
    </message>
    <message>
        <source>Penghasilan melebihi Rp{maximum} sebulan: periksa angkanya.</source>
        <translation>Income over Rp{maximum} a month: check the figure.</translation>
    </message>
    <message>
        <source>Persetujuan pekerja wajib dicentang sebelum disimpan.</source>
        <translation>The worker&apos;s consent must be ticked before saving.</translation>
    </message>
    <message>
        <source>Isian tidak sah (kode: {code}).</source>
        <translation>Invalid entry (code: {code}).</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar di kantor ini. Buka pendaftaran yang ada.</source>
        <translation>This NIK is already registered at this office. Open the existing registration.</translation>
    </message>
    <message>
        <source>Pekerja belum memenuhi syarat, jadi belum dapat diajukan. Lihat alasannya di panel kelayakan; simpan sebagai draf bila perlu.</source>
        <translation>The worker is not eligible yet, so cannot be submitted. See the reasons in the eligibility panel; save as a draft if needed.</translation>
    </message>
    <message>
        <source>Pendaftaran ini tidak dapat diubah lagi pada statusnya sekarang.</source>
        <translation>This registration can no longer be changed in its current status.</translation>
    </message>
    <message>
        <source>Pendaftaran ini tidak ditemukan lagi.</source>
        <translation>This registration can no longer be found.</translation>
    </message>
    <message>
        <source>Ada isian yang belum benar: lihat pesan merah.</source>
        <translation>Some entries are not right yet: see the red messages.</translation>
    </message>
</context>
<context>
    <name>error_text</name>
    <message>
        <source>Hanya admin yang dapat mengelola akun petugas.</source>
        <translation>Only an admin can manage officer accounts.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat melihat jejak audit.</source>
        <translation>Only an admin can view the audit trail.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengekspor jejak audit.</source>
        <translation>Only an admin can export the audit trail.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat mengubah pengaturan.</source>
        <translation>Only an admin can change settings.</translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin yang dapat mengimpor pengaturan program.</source>
        <translation>Only a verifier or admin can import programme settings.</translation>
    </message>
    <message>
        <source>Peran Anda tidak mengizinkan tindakan ini.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah. Setelah 5 kali salah berturut-turut, akun dikunci 15 menit.</source>
        <translation>Wrong user name or password. After 5 wrong attempts in a row, the account is locked for 15 minutes.</translation>
    </message>
    <message>
        <source>Akun dikunci karena terlalu banyak percobaan yang gagal. Coba lagi dalam {minutes} menit atau minta admin mengatur ulang kata sandi.</source>
        <translation>Account locked after too many failed attempts. Try again in {minutes} minutes or ask an admin to reset the password.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin kantor.</source>
        <translation>This account is deactivated. Contact the office admin.</translation>
    </message>
    <message>
        <source>Ganti dulu kata sandi sementara Anda sebelum melanjutkan.</source>
        <translation>Change your temporary password before continuing.</translation>
    </message>
    <message>
        <source>Nama pengguna sudah dipakai petugas lain. Pilih nama pengguna yang lain.</source>
        <translation>That user name is used by another officer. Choose a different user name.</translation>
    </message>
    <message>
        <source>Petugas dengan nama pengguna itu tidak ditemukan. Muat ulang daftar lalu coba lagi.</source>
        <translation>No officer with that user name was found. Reload the list and try again.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri. Minta admin lain melakukannya bila perlu.</source>
        <translation>You cannot deactivate your own account. Ask another admin to do it if needed.</translation>
    </message>
    <message>
        <source>Harus tetap ada minimal satu admin aktif. Tambahkan atau aktifkan admin lain terlebih dahulu.</source>
        <translation>There must be at least one active admin. Add or activate another admin first.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>Full name is required.</translation>
    </message>
    <message>
        <source>Nama pengguna tidak sah: 3–32 karakter berupa huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>Invalid user name: 3–32 characters of lower-case letters, digits, dots, underscores or hyphens, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Peran: pilih minimal satu peran.</source>
        <translation>Role: choose at least one role.</translation>
    </message>
    <message>
        <source>Peran “{role}” tidak dikenal.</source>
        <translation>Unknown role “{role}”.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu pendek: minimal {minimum} karakter.</source>
        <translation>Password too short: minimum {minimum} characters.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang: maksimal {maximum} karakter.</source>
        <translation>Password too long: maximum {maximum} characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri dengan spasi.</source>
        <translation>Password cannot start or end with a space.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari kata sandi lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>Kunci otomatis saat tidak dipakai: isi antara {min} dan {max} menit.</source>
        <translation>Auto-lock when idle: enter between {min} and {max} minutes.</translation>
    </message>
    <message>
        <source>Akun Anda telah dinonaktifkan atau diubah oleh admin. Keluar lalu masuk lagi.</source>
        <translation>An admin has deactivated or changed your account. Sign out and sign in again.</translation>
    </message>
    <message>
        <source>Ketik minimal {minimum} huruf untuk mencari nama.</source>
        <translation>Type at least {minimum} letters to search by name.</translation>
    </message>
    <message>
        <source>Impor dibatalkan. Data sebelumnya tidak berubah.</source>
        <translation>Import cancelled. The previous data is unchanged.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Berkas kosong (0 byte). Tidak ada yang diubah.</source>
        <translation>The file is empty (0 bytes). Nothing was changed.</translation>
    </message>
    <message>
        <source>Ini bukan berkas CSV atau XLSX. Tidak ada yang diubah.</source>
        <translation>This is not a CSV or XLSX file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas tidak punya baris judul kolom. Tidak ada yang diubah.</source>
        <translation>The file has no column header row. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas hanya berisi judul kolom, tanpa data. Tidak ada yang diubah.</source>
        <translation>The file has only column headers, no data. Nothing was changed.</translation>
    </message>
    <message>
        <source>Baris {line} bukan teks UTF-8 atau Windows-1252. Simpan ulang berkas sebagai CSV UTF-8.</source>
        <translation>Row {line} is not UTF-8 or Windows-1252 text. Save the file again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Baris {line} bukan CSV yang sah. Tidak ada yang diubah.</source>
        <translation>Row {line} is not valid CSV. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas XLSX rusak atau terpotong. Simpan ulang dari Excel lalu coba lagi.</source>
        <translation>The XLSX file is damaged or cut short. Save it again from Excel and try again.</translation>
    </message>
    <message>
        <source>Lembar kerja melewati baris {maximum}, baris terakhir Excel (baris kosong ikut dihitung): berkas ini bukan simpanan Excel. Tidak ada yang diubah.</source>
        <translation>The worksheet goes past row {maximum}, Excel&apos;s last row (empty rows count too): this file was not saved by Excel. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tabel teks di dalam berkas XLSX membesar menjadi {megabytes} MB, jauh melebihi ekstrak mana pun: berkas rusak atau berbahaya. Tidak ada yang diubah.</source>
        <translation>The text table inside the XLSX file expands to {megabytes} MB, far more than any extract: the file is damaged or malicious. Nothing was changed.</translation>
    </message>
    <message>
        <source>Baris 1 lebih panjang dari {maximum} karakter: bukan baris judul kolom. Apakah ini berkas CSV?</source>
        <translation>Row 1 is longer than {maximum} characters: not a column header row. Is this a CSV file?</translation>
    </message>
    <message>
        <source>Judul kolom berisi {found} kolom, lebih dari {maximum}: bukan judul kolom ekstrak.</source>
        <translation>The header row has {found} columns, more than {maximum}: not an extract&apos;s header row.</translation>
    </message>
    <message>
        <source>Kolom wajib tidak ditemukan: {missing}. Pilih kolomnya di pemetaan kolom.</source>
        <translation>Required column not found: {missing}. Choose its column in the column mapping.</translation>
    </message>
    <message>
        <source>Dua kolom cocok untuk {field}: {columns}. Pilih satu di pemetaan kolom.</source>
        <translation>Two columns match {field}: {columns}. Choose one in the column mapping.</translation>
    </message>
    <message>
        <source>Pembaca berkas berhenti mendadak. Tidak ada yang diubah.</source>
        <translation>The file reader stopped unexpectedly. Nothing was changed.</translation>
    </message>
    <message>
        <source>Laporan baris yang ditolak tidak dapat ditulis, baik di folder berkas maupun di folder data. Periksa izin folder dan ruang disk. Tidak ada yang diubah.</source>
        <translation>The report of rejected rows could not be written, either in the file&apos;s folder or in the data folder. Check folder permissions and disk space. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas ini bukan berkas kunci UCJ yang sah. Minta berkas kunci hub yang benar dari Disnaker. Tidak ada yang diubah.</source>
        <translation>This is not a valid UCJ key file. Ask Disnaker for the correct hub key file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Ini bukan berkas kunci hub (mungkin berkas pendaftaran perangkat). Pilih berkas kunci hub dari Disnaker. Tidak ada yang diubah.</source>
        <translation>This is not a hub key file (perhaps a device registration file). Choose the hub key file from Disnaker. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tidak ada kartu yang menunggu dicetak. Pilih pekerjanya untuk mencetak ulang.</source>
        <translation>No cards are waiting to be printed. Select the workers to reprint.</translation>
    </message>
    <message>
        <source>Pilih dulu baris pekerjanya.</source>
        <translation>Select the worker&apos;s row first.</translation>
    </message>
    <message>
        <source>Pekerja ini belum terdaftar di BPJS Ketenagakerjaan (belum ada KPJ atau kode kartu dari hub), jadi kartunya belum dapat dicetak.</source>
        <translation>This worker is not yet enrolled in BPJS Ketenagakerjaan (no KPJ or card code from the hub yet), so the card cannot be printed yet.</translation>
    </message>
    <message>
        <source>Kode kartu dari hub untuk pekerja ini tidak dapat diperiksa dengan kunci hub yang dipercaya, jadi kartunya tidak dicetak. Hubungi hub kota.</source>
        <translation>The hub&apos;s card code for this worker cannot be checked with the trusted hub key, so the card was not printed. Contact the city hub.</translation>
    </message>
    <message>
        <source>{count} kartu sudah pernah dicetak: tuliskan alasan cetak ulangnya.</source>
        <translation>{count} cards have been printed before: enter the reason for reprinting.</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan ({reason}). Periksa folder dan sisa ruang disk; tidak ada yang dicatat sebagai tercetak.</source>
        <translation>The PDF could not be saved ({reason}). Check the folder and free disk space; nothing was recorded as printed.</translation>
    </message>
    <message>
        <source>{count} dari kartu yang dipilih sudah tercatat diserahkan. Tidak ada yang dicatat.</source>
        <translation>{count} of the selected cards are already recorded as handed over. Nothing was recorded.</translation>
    </message>
    <message>
        <source>{count} dari kartu yang dipilih belum pernah dicetak, jadi belum dapat diserahkan.</source>
        <translation>{count} of the selected cards have never been printed, so cannot be handed over yet.</translation>
    </message>
    <message>
        <source>Ini bukan kode kartu UCJ yang utuh (kode kartu berupa satu deret angka panjang; kartu lama diawali UCJ1.). Pindai ulang QR di balik kartu.</source>
        <translation>This is not a complete UCJ card code (a card code is one long string of digits; old cards start with UCJ1.). Scan the QR on the back of the card again.</translation>
    </message>
    <message>
        <source>Kode kartu rusak. Pindai ulang QR di balik kartu.</source>
        <translation>Damaged card code. Scan the QR on the back of the card again.</translation>
    </message>
    <message>
        <source>Tanda tangan kartu tidak cocok dengan kunci hub kota: kartu ini bukan kartu asli.</source>
        <translation>The card signature does not match the city hub key: this card is not genuine.</translation>
    </message>
    <message>
        <source>Jenis berkas {suffix} tidak dikenal. Simpan laporan sebagai .xlsx, .csv atau .pdf.</source>
        <translation>Unknown file type {suffix}. Save the report as .xlsx, .csv or .pdf.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat ditulis di folder itu ({reason}). Tidak ada yang ditulis.</source>
        <translation>The report cannot be written in that folder ({reason}). Nothing was written.</translation>
    </message>
    <message>
        <source>Berkas {path} sudah ada. Pilih nama lain; tidak ada yang ditulis.</source>
        <translation>The file {path} already exists. Choose another name; nothing was written.</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan sisa ruangnya. Tidak ada yang ditulis.</source>
        <translation>The backup cannot be written in that folder ({reason}). Check the USB stick and its free space. Nothing was written.</translation>
    </message>
    <message>
        <source>Berkas ini bukan cadangan UCJ Desktop ({reason}). Tidak ada yang diubah.</source>
        <translation>This file is not a UCJ Desktop backup ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Cadangan ini dibuat oleh UCJ Desktop yang lebih baru ({version}). Pasang versi terbaru dahulu.</source>
        <translation>This backup was made by a newer UCJ Desktop ({version}). Install the latest version first.</translation>
    </message>
    <message>
        <source>Cadangan ini rusak (isinya tidak cocok dengan cek-sumnya atau gagal pemeriksaan). Gunakan cadangan lain. Tidak ada yang diubah.</source>
        <translation>This backup is damaged (its contents do not match its checksum or failed the check). Use another backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>Kunci data kantor ini tidak ada di komputer ini. Masukkan kode pemulihan yang dicetak saat penyiapan.</source>
        <translation>This office&apos;s data key is not on this computer. Enter the recovery code printed at setup.</translation>
    </message>
    <message>
        <source>Sudah ada data kantor di {path}. Data itu harus dipindahkan dahulu (pilih “Ganti data yang ada”); tidak ada yang diubah.</source>
        <translation>There is already office data in {path}. It must be moved first (choose “Replace existing data”); nothing was changed.</translation>
    </message>
    <message>
        <source>Data kantor di {path} sedang dibuka oleh UCJ Desktop atau perintah ucj lain. Tutup semuanya di komputer ini, lalu pulihkan lagi. Tidak ada yang diubah.</source>
        <translation>The office data in {path} is open in UCJ Desktop or another ucj command. Close them all on this computer, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Data kantor di folder ini masih dapat dibuka, jadi hanya admin kantor itu yang boleh menggantinya (perintah ucj restore dengan --user). Tidak ada yang diubah.</source>
        <translation>The office data in this folder can still be opened, so only that office&apos;s admin may replace it (the ucj restore command with --user). Nothing was changed.</translation>
    </message>
    <message>
        <source>Pemulihan gagal di tengah jalan dan data lama tidak dapat dikembalikan. Data lama utuh di {path}: salin berkasnya kembali ke folder data, atau pulihkan lagi.</source>
        <translation>The restore failed midway and the old data could not be put back. The old data is intact in {path}: copy its files back to the data folder, or restore again.</translation>
    </message>
    <message>
        <source>Data yang dipulihkan tidak dapat ditulis ke folder data ({reason}). Folder data tidak diubah.</source>
        <translation>The restored data cannot be written to the data folder ({reason}). The data folder was not changed.</translation>
    </message>
    <message>
        <source>Berkas batch tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan sisa ruangnya. Tidak ada yang diubah.</source>
        <translation>The batch file cannot be written in that folder ({reason}). Check the USB stick and its free space. Nothing was changed.</translation>
    </message>
    <message>
        <source>Batch {sequence} sudah tercatat, tetapi berkasnya tidak dapat diletakkan di folder tujuan. Pilih batch itu lalu tekan “Tulis ulang batch…”.</source>
        <translation>Batch {sequence} is recorded, but its file could not be placed in the target folder. Select that batch and press “Rewrite batch…”.</translation>
    </message>
    <message>
        <source>Tanda terima menyebut satu pendaftaran dua kali. Hubungi hub. Tidak ada yang diubah.</source>
        <translation>The acknowledgement lists one registration twice. Contact the hub. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca ({reason}). Tidak ada yang diubah.</source>
        <translation>The file cannot be read ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Belum ada kunci hub. Admin perlu mengimpor kunci hub lebih dulu di layar Sinkronisasi.</source>
        <translation>No hub key yet. An admin must first import the hub key on the Sync screen.</translation>
    </message>
    <message>
        <source>Tidak ada pendaftaran terverifikasi yang menunggu dikirim. Tidak ada berkas yang dibuat.</source>
        <translation>No verified registrations are waiting to be sent. No file was created.</translation>
    </message>
    <message>
        <source>Batch {sequence} tidak ditemukan. Muat ulang daftar batch.</source>
        <translation>Batch {sequence} not found. Reload the batch list.</translation>
    </message>
    <message>
        <source>“{key}” bukan nomor pendaftaran, NIK (16 angka) atau KPJ (11 angka).</source>
        <translation>“{key}” is not a registration number, NIK (16 digits) or KPJ (11 digits).</translation>
    </message>
    <message>
        <source>Tidak ada pendaftaran dengan {kind} {key}.</source>
        <translation>No registration with {kind} {key}.</translation>
    </message>
    <message>
        <source>{kind} {key} cocok dengan {count} pendaftaran; pilih dengan nomor pendaftarannya.</source>
        <translation>{kind} {key} matches {count} registrations; choose by registration number.</translation>
    </message>
    <message>
        <source>Data demo ini dibuat oleh versi lama dan belum punya hub DEMO. Tutup aplikasi, hapus folder demo, lalu buka lagi dengan --demo.</source>
        <translation>This demo data was made by an old version and has no DEMO hub. Close the app, delete the demo folder, then open it again with --demo.</translation>
    </message>
    <message>
        <source>Hub DEMO hanya ada pada data demo. Tidak ada yang diubah.</source>
        <translation>The DEMO hub exists only in demo data. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas rusak atau diubah setelah dibuat. Minta hub mengirim ulang berkasnya. Tidak ada yang diubah.</source>
        <translation>The file is damaged or was changed after it was made. Ask the hub to send the file again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Ini bukan berkas sinkronisasi UCJ (.ucjsync). Tidak ada yang diubah.</source>
        <translation>This is not a UCJ sync file (.ucjsync). Nothing was changed.</translation>
    </message>
    <message>
        <source>Keterangan isi berkas (manifest) tidak sah; berkas rusak atau diubah. Tidak ada yang diubah.</source>
        <translation>The file&apos;s contents list (manifest) is invalid; the file is damaged or changed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas ini dibuat dengan format versi {version} yang belum dikenal aplikasi ini. Perbarui UCJ Desktop lalu coba lagi.</source>
        <translation>This file uses format version {version}, which this app does not know yet. Update UCJ Desktop and try again.</translation>
    </message>
    <message>
        <source>Ini bukan tanda terima dari hub (jenis paketnya lain, misalnya batch). Tidak ada yang diubah.</source>
        <translation>This is not an acknowledgement from the hub (it is another kind of package, e.g. a batch). Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas ditandatangani kunci yang tidak dikenal kantor ini. Impor kunci hub yang benar lebih dulu. Tidak ada yang diubah.</source>
        <translation>The file is signed with a key this office does not know. Import the correct hub key first. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda tangan berkas tidak cocok: berkas diubah setelah ditandatangani. Tidak ada yang diubah.</source>
        <translation>The file signature does not match: the file was changed after signing. Nothing was changed.</translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan sidik SHA-256-nya: berkas rusak atau diubah. Tidak ada yang diubah.</source>
        <translation>The file contents do not match their SHA-256 fingerprint: the file is damaged or changed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda terima untuk perangkat lain: berkas ini disegel untuk perangkat lain, bukan komputer ini. Tidak ada yang diubah.</source>
        <translation>Acknowledgement for another device: this file is sealed for a different device, not this computer. Nothing was changed.</translation>
    </message>
    <message>
        <source>Isi berkas tidak dapat dibuka dengan kunci perangkat ini. Tidak ada yang diubah.</source>
        <translation>The file contents cannot be opened with this device&apos;s key. Nothing was changed.</translation>
    </message>
    <message>
        <source>Isi berkas bukan data pendaftaran yang sah. Tidak ada yang diubah.</source>
        <translation>The file contents are not valid registration data. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas berisi {found} data, padahal keterangannya menyebut {expected}. Tidak ada yang diubah.</source>
        <translation>The file holds {found} records, but its manifest says {expected}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar untuk berkas sinkronisasi. Tidak ada yang diubah.</source>
        <translation>The file is too large for a sync file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas lebih besar dari berkas sinkronisasi mana pun ({megabytes} MB): ini bukan berkas sinkronisasi. Tidak ada yang diubah.</source>
        <translation>The file is larger than any sync file ({megabytes} MB): this is not a sync file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Yang dipilih bukan berkas sinkronisasi (perangkat atau pipa). Tidak ada yang diubah.</source>
        <translation>The selection is not a sync file (it is a device or a pipe). Nothing was changed.</translation>
    </message>
    <message>
        <source>Kunci penerima tidak sah. Impor ulang kunci hub dari Disnaker.</source>
        <translation>Invalid recipient key. Import the hub key from Disnaker again.</translation>
    </message>
    <message>
        <source>Tanda terima dengan nomor yang sama sudah pernah diimpor dengan isi berbeda. Berkas ditolak; hubungi hub. Tidak ada yang diubah.</source>
        <translation>An acknowledgement with the same number was already imported with different contents. File rejected; contact the hub. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda terima untuk kantor lain ({office}), bukan kantor ini. Tidak ada yang diubah.</source>
        <translation>Acknowledgement for another office ({office}), not this one. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda terima menyebut {count} pendaftaran yang tidak pernah dikirim dari kantor ini. Tidak ada yang diubah.</source>
        <translation>The acknowledgement lists {count} registrations that were never sent from this office. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket pengaturan tidak bertanda tangan hub. Ditolak, tidak ada yang diubah.</source>
        <translation>The settings package is not signed by the hub. Rejected; nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda tangan paket pengaturan tidak cocok: paket diubah setelah ditandatangani hub. Tidak ada yang diubah.</source>
        <translation>The settings package signature does not match: the package was changed after the hub signed it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket pengaturan ditandatangani kunci lain, bukan kunci hub yang berlaku di kantor ini. Tidak ada yang diubah.</source>
        <translation>The settings package is signed with another key, not the hub key in use at this office. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket pengaturan ini untuk kota lain ({city}), bukan kota kantor ini. Tidak ada yang diubah.</source>
        <translation>This settings package is for another city ({city}), not this office&apos;s city. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket pengaturan rusak atau isinya tidak sah ({problem}). Minta hub mengekspor ulang. Tidak ada yang diubah.</source>
        <translation>The settings package is damaged or its contents are invalid ({problem}). Ask the hub to export it again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Pengaturan program versi {version} sudah berlaku di kantor ini. Tidak ada yang diubah.</source>
        <translation>Programme settings version {version} is already in use at this office. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket berisi pengaturan program versi {version}, lebih lama dari versi {held} yang berlaku di kantor ini. Tidak ada yang diubah.</source>
        <translation>The package holds programme settings version {version}, older than version {held} in use at this office. Nothing was changed.</translation>
    </message>
    <message>
        <source>Ini bukan paket pengaturan program dari hub (jenis paketnya lain, misalnya tanda terima). Tidak ada yang diubah.</source>
        <translation>This is not a programme settings package from the hub (it is another kind of package, e.g. an acknowledgement). Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket pengaturan tidak disegel untuk laptop ini (mungkin laptop didaftarkan setelah paket dibuat). Minta hub mengekspor pengaturan lagi. Tidak ada yang diubah.</source>
        <translation>The settings package is not sealed for this laptop (perhaps the laptop was registered after the package was made). Ask the hub to export the settings again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda terima berisi data yang tidak sah. Hubungi hub. Tidak ada yang diubah.</source>
        <translation>The acknowledgement contains invalid data. Contact the hub. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tanda terima ditolak: pada data ke-{record} (pendaftaran {registration}…), {problem}. Hubungi hub. Tidak ada yang diubah.</source>
        <translation>Acknowledgement rejected: in record {record} (registration {registration}…), {problem}. Contact the hub. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tindakan tidak dapat diselesaikan (kode kesalahan: {code}).</source>
        <translation>The action could not be completed (error code: {code}).</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca atau ditulis. Periksa bahwa foldernya ada, dapat ditulisi, dan disknya tidak penuh.</source>
        <translation>The file cannot be read or written. Check that the folder exists and is writable, and that the disk is not full.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan internal. Pekerjaan yang belum disimpan tidak diubah. Rincian dicatat di berkas log untuk admin.</source>
        <translation>An internal error occurred. Unsaved work was not changed. Details are in the log file for the admin.</translation>
    </message>
</context>
<context>
    <name>hub_desk_text</name>
    <message>
        <source>Kursi habis saat diputus</source>
        <translation>No seats left at allocation</translation>
    </message>
    <message>
        <source>Di luar desil prioritas</source>
        <translation>Outside priority deciles</translation>
    </message>
    <message>
        <source>Verifikasi sesudah batas</source>
        <translation>Verified after the cut-off</translation>
    </message>
    <message>
        <source>Prioritas (desil 1–{max})</source>
        <translation>Priority (deciles 1–{max})</translation>
    </message>
    <message>
        <source>Biasa</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>NIK ini tidak pernah diterima hub</source>
        <translation>The hub never received this NIK</translation>
    </message>
    <message>
        <source>{state}, berkas BPJS {file}</source>
        <translation>{state}, BPJS file {file}</translation>
    </message>
    <message>
        <source>{office}: {state}</source>
        <translation>{office}: {state}</translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>dan {n} lagi</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>Ditolak: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <source>Sudah pernah diterima; tidak ada yang berubah</source>
        <translation>Already received; nothing changed</translation>
    </message>
    <message>
        <source>Diterima: {n} data</source>
        <translation>Received: {n} records</translation>
    </message>
    <message>
        <source>({n} akan dikembalikan)</source>
        <translation>({n} will be returned)</translation>
    </message>
    <message>
        <source>Masih hilang dari laptop ini: paket {gaps}</source>
        <translation>Still missing from this laptop: packages {gaps}</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>hub_text</name>
    <message>
        <source>Tidak ada paket sinkronisasi (.ucjsync) di berkas atau folder itu.</source>
        <translation>No sync packages (.ucjsync) in that file or folder.</translation>
    </message>
    <message>
        <source>Pembaca paket berhenti mendadak. Paket yang sudah dinyatakan diterima tersimpan, sisanya belum: jalankan penerimaan lagi.</source>
        <translation>The package reader stopped unexpectedly. Packages already reported as received are saved, the rest are not: receive again.</translation>
    </message>
    <message>
        <source>Paket ditandatangani laptop yang belum didaftarkan di hub ({signer}…). Daftarkan berkas kunci kantornya dahulu. Tidak ada yang diubah.</source>
        <translation>The package is signed by a laptop not yet registered at the hub ({signer}…). Register its office key file first. Nothing was changed.</translation>
    </message>
    <message>
        <source>Perangkat {device}… sudah terdaftar dengan kunci lain atau untuk kantor lain. Ditolak.</source>
        <translation>Device {device}… is already registered with another key or for another office. Rejected.</translation>
    </message>
    <message>
        <source>Paket menyebut kantor {office}, tetapi laptopnya terdaftar untuk kantor lain. Ditolak, tidak ada yang diubah.</source>
        <translation>The package names office {office}, but its laptop is registered for another office. Rejected; nothing was changed.</translation>
    </message>
    <message>
        <source>Paket {package} pernah diterima dengan isi lain. Ditolak, tidak ada yang digabungkan.</source>
        <translation>Package {package} was received before with different contents. Rejected; nothing was merged.</translation>
    </message>
    <message>
        <source>Paket nomor {sequence} dari laptop ini pernah diterima sebagai paket lain ({package}…). Ditolak, tidak ada yang digabungkan.</source>
        <translation>Package number {sequence} from this laptop was received before as another package ({package}…). Rejected; nothing was merged.</translation>
    </message>
    <message>
        <source>Data ke-{record} dalam paket tidak sah pada isian {field} ({reason}). Seluruh paket ditolak, tidak ada yang diambil.</source>
        <translation>Record {record} in the package has an invalid {field} ({reason}). The whole package was rejected; nothing was taken.</translation>
    </message>
    <message>
        <source>Paket memuat pendaftaran yang sama dua kali (data ke-{record}). Seluruh paket ditolak.</source>
        <translation>The package contains the same registration twice (record {record}). The whole package was rejected.</translation>
    </message>
    <message>
        <source>Tidak ada pekerja yang menunggu dikirim ke BPJS dan semua berkas sudah dijawab. Tidak ada berkas yang ditulis.</source>
        <translation>No workers are waiting to be sent to BPJS and all files have been answered. No file was written.</translation>
    </message>
    <message>
        <source>{count} baris berkas hasil BPJS tidak cocok dengan pekerja yang dikirim dan belum dijawab (baris {lines}). Tidak ada yang diterapkan.</source>
        <translation>{count} rows of the BPJS result file do not match workers sent and not yet answered (rows {lines}). Nothing was applied.</translation>
    </message>
    <message>
        <source>Berkas hasil BPJS memberi satu KPJ kepada dua pekerja (baris {lines}). Tidak ada yang diterapkan.</source>
        <translation>The BPJS result file gives one KPJ to two workers (rows {lines}). Nothing was applied.</translation>
    </message>
    <message>
        <source>Perintah hub lain mengubah pekerja ini selagi berkas BPJS dibaca. Tidak ada yang diterapkan: impor berkas hasil BPJS sekali lagi.</source>
        <translation>Another hub command changed this worker while the BPJS file was being read. Nothing was applied: import the BPJS result file again.</translation>
    </message>
    <message>
        <source>{count} baris daftar kepesertaan tidak sah ({lines}). Tidak ada yang diubah.</source>
        <translation>{count} rows of the membership list are invalid ({lines}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Sudah {held} kursi kuota terisi; kuota tidak dapat diturunkan di bawah itu.</source>
        <translation>{held} quota seats are already filled; the quota cannot go below that.</translation>
    </message>
    <message>
        <source>Pengaturan itu tidak dikenal.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>Belum ada laptop kantor yang terdaftar di hub, jadi paket pengaturan tidak dapat dibuka kantor mana pun. Daftarkan laptop kantor dahulu. Tidak ada berkas yang ditulis.</source>
        <translation>No office laptop is registered at the hub yet, so no office could open a settings package. Register an office laptop first. No file was written.</translation>
    </message>
    <message>
        <source>Hub ini sudah punya akun operator. Masuk dengan akun itu; admin hub menambah akun lainnya.</source>
        <translation>This hub already has an operator account. Sign in with it; the hub admin adds other accounts.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Ojek online</source>
        <translation>Ojek (online)</translation>
    </message>
    <message>
        <source>Ojek pangkalan</source>
        <translation>Ojek (base)</translation>
    </message>
    <message>
        <source>Organda</source>
        <translation>Organda</translation>
    </message>
    <message>
        <source>PKL</source>
        <translation>PKL</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>PKH</source>
        <translation>PKH</translation>
    </message>
    <message>
        <source>Menunggu kuota, peringkat {rank}</source>
        <translation>Waiting for quota, rank {rank}</translation>
    </message>
    <message>
        <source>Peringkat {rank}</source>
        <translation>Rank {rank}</translation>
    </message>
    <message>
        <source>Peringkat antrean kuota kota dari hub, per {when}</source>
        <translation>Rank in the city quota queue from the hub, as of {when}</translation>
    </message>
    <message>
        <source>Kuota kota: {used} dari {total}, {waiting} menunggu, per {when}</source>
        <translation>City quota: {used} of {total}, {waiting} waiting, as of {when}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>Desil {n}</source>
        <translation>Decile {n}</translation>
    </message>
    <message>
        <source>Prioritas (desil {band})</source>
        <translation>Priority (decile {band})</translation>
    </message>
    <message>
        <source>Desil {band}</source>
        <translation>Decile {band}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Ketik kode pemulihan dari lembar yang dicetak saat penyiapan.</source>
        <translation>Type the recovery code from the sheet printed at setup.</translation>
    </message>
    <message>
        <source>Kode pemulihan belum lengkap atau kelebihan huruf: 14 kelompok berisi 4 huruf atau angka (4 baris, baris terakhir 2 kelompok).</source>
        <translation>Recovery code incomplete or too long: 14 groups of 4 letters or digits (4 lines, the last with 2 groups).</translation>
    </message>
    <message>
        <source>Kode pemulihan tidak sah: periksa kelompok ke-{group} (baris {line}) dengan lembar kode pemulihan.</source>
        <translation>Invalid recovery code: check group {group} (line {line}) against the recovery code sheet.</translation>
    </message>
    <message>
        <source>Kode pemulihan tidak sah: ada salah ketik. Periksa setiap kelompok.</source>
        <translation>Invalid recovery code: there is a typo. Check each group.</translation>
    </message>
    <message>
        <source>Belum ada data kantor di folder ini. Minta admin menjalankan penyiapan awal (ucj init).</source>
        <translation>No office data in this folder yet. Ask an admin to run the initial setup (ucj init).</translation>
    </message>
    <message>
        <source>Data kantor sudah ada di folder ini.</source>
        <translation>Office data already exists in this folder.</translation>
    </message>
    <message>
        <source>Brankas kunci sistem (keyring) tidak tersedia, jadi kunci data tidak dapat disimpan dengan aman. Aktifkan Windows Credential Manager / Keychain / GNOME Keyring, lalu buka aplikasi lagi.</source>
        <translation>The system key store (keyring) is not available, so the data key cannot be stored safely. Turn on Windows Credential Manager / Keychain / GNOME Keyring, then open the app again.</translation>
    </message>
    <message>
        <source>Kunci data tidak ada di brankas kunci (keyring) komputer ini. Admin dapat memulihkannya dengan kode pemulihan yang dicetak saat penyiapan, atau memulihkan data dari berkas cadangan (.ucjbak).</source>
        <translation>The data key is not in this computer&apos;s key store (keyring). An admin can restore it with the recovery code printed at setup, or restore the data from a backup file (.ucjbak).</translation>
    </message>
    <message>
        <source>Kunci di brankas kunci (keyring) komputer ini bukan kunci data kantor ini. Admin dapat memulihkannya dengan kode pemulihan milik data ini, atau memulihkan data dari berkas cadangan (.ucjbak).</source>
        <translation>The key in this computer&apos;s key store (keyring) is not this office&apos;s data key. An admin can restore it with this data&apos;s recovery code, or restore the data from a backup file (.ucjbak).</translation>
    </message>
    <message>
        <source>Berkas data rusak. Hubungi admin untuk memulihkan dari cadangan terakhir.</source>
        <translation>The data file is damaged. Contact an admin to restore from the latest backup.</translation>
    </message>
    <message>
        <source>Disk tidak dapat dibaca atau ditulisi. Periksa disk dan ruang kosongnya, lalu minta admin menjalankan pemeriksaan data (ucj check). Jangan memulihkan cadangan kecuali pemeriksaan menemukan kerusakan.</source>
        <translation>The disk cannot be read or written. Check the disk and its free space, then ask an admin to run a data check (ucj check). Do not restore a backup unless the check finds damage.</translation>
    </message>
    <message>
        <source>Folder data tidak dapat ditulisi (hanya-baca). Pindahkan data ke folder yang dapat ditulisi atau minta admin memperbaiki izin folder.</source>
        <translation>The data folder is not writable (read-only). Move the data to a writable folder or ask an admin to fix the folder permissions.</translation>
    </message>
    <message>
        <source>Disk penuh. Kosongkan ruang disk lalu coba lagi.</source>
        <translation>Disk full. Free up disk space and try again.</translation>
    </message>
    <message>
        <source>Data sedang dipakai program lain. Tutup program itu lalu coba lagi.</source>
        <translation>The data is in use by another program. Close that program and try again.</translation>
    </message>
    <message>
        <source>Berkas data tidak dapat dibuka.</source>
        <translation>The data file cannot be opened.</translation>
    </message>
    <message>
        <source>Berkas keterangan data (store.json) rusak. Hubungi admin.</source>
        <translation>The data description file (store.json) is damaged. Contact an admin.</translation>
    </message>
    <message>
        <source>Data ini dibuat oleh versi UCJ Desktop yang lebih baru. Pasang versi terbaru.</source>
        <translation>This data was made by a newer version of UCJ Desktop. Install the latest version.</translation>
    </message>
    <message>
        <source>Kode pemulihan ini milik data kantor lain.</source>
        <translation>This recovery code belongs to another office&apos;s data.</translation>
    </message>
    <message>
        <source>UCJ Desktop menyimpan kunci data kantor di brankas kunci (keyring) sistem operasi, tidak di berkas biasa, supaya data warga tidak dapat dibaca bila laptop atau disknya hilang. Di komputer ini brankas kunci tidak dapat dipakai, jadi data kantor belum dapat dibuat. Aplikasi tidak pernah menyimpan kunci tanpa brankas.

Yang perlu dilakukan:
• Windows: masuk dengan akun Windows biasa (bukan akun sementara); Credential Manager (Pengelola Kredensial) harus berjalan.
• Linux: masuk ke sesi desktop yang menjalankan GNOME Keyring (paket gnome-keyring) atau KWallet, dan buka kuncinya bila diminta.
• macOS: Keychain pengguna (login) harus terbuka.

Sesudah itu tutup penyiapan ini dan buka UCJ Desktop lagi. Bila masih gagal, hubungi admin TI Disnaker.</source>
        <translation>UCJ Desktop keeps the office data key in the operating system&apos;s key store (keyring), not in an ordinary file, so residents&apos; data cannot be read if the laptop or its disk is lost. The key store cannot be used on this computer, so the office data cannot be created yet. The app never stores the key without a key store.

What to do:
• Windows: sign in with a normal Windows account (not a temporary account); Credential Manager must be running.
• Linux: sign in to a desktop session that runs GNOME Keyring (package gnome-keyring) or KWallet, and unlock it when asked.
• macOS: the user&apos;s (login) Keychain must be unlocked.

After that, close this setup and open UCJ Desktop again. If it still fails, contact Disnaker&apos;s IT admin.</translation>
    </message>
    <message>
        <source>jendela tidak dapat dibuka: Qt ({plugin}) memerlukan pustaka sistem yang tidak ada: {libraries}. Pasang: sudo apt install {packages}</source>
        <translation>the window cannot be opened: Qt ({plugin}) needs system libraries that are missing: {libraries}. Install: sudo apt install {packages}</translation>
    </message>
    <message>
        <source>jendela tidak dapat dibuka: Qt ({plugin}) tidak dapat dimuat: {reason}</source>
        <translation>the window cannot be opened: Qt ({plugin}) cannot be loaded: {reason}</translation>
    </message>
    <message>
        <source>jendela tidak dapat dibuka: {message}</source>
        <translation>the window cannot be opened: {message}</translation>
    </message>
</context>
<context>
    <name>review_text</name>
    <message>
        <source>Hasil saat diajukan tidak tercatat; kelayakan dinilai sekarang.</source>
        <translation>The result at submission was not recorded; eligibility is assessed now.</translation>
    </message>
    <message>
        <source>{n} aturan berubah sejak diajukan {when}.</source>
        <translation>{n} rules changed since submission on {when}.</translation>
    </message>
    <message>
        <source>Ada perubahan sejak pengajuan.</source>
        <translation>Changes since submission.</translation>
    </message>
    <message>
        <source>Sama seperti saat diajukan {when}.</source>
        <translation>Same as at submission on {when}.</translation>
    </message>
    <message>
        <source>{rule}: saat diajukan {then}; sekarang {now}.</source>
        <translation>{rule}: at submission {then}; now {now}.</translation>
    </message>
    <message>
        <source>Aturan program diperbarui sejak diajukan (versi {then} → {now}).</source>
        <translation>Programme rules updated since submission (version {then} → {now}).</translation>
    </message>
    <message>
        <source>Diubah petugas sejak pengajuan sebelumnya: {fields}.</source>
        <translation>Changed by the registrar since the previous submission: {fields}.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Petugas</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>settings_text</name>
    <message>
        <source>Aturan program versi {version} (berlaku sejak {date})</source>
        <translation>Programme rules version {version} (in force since {date})</translation>
    </message>
    <message>
        <source>Pengaturan program di kantor ini versi {version}; hub memakai versi {hub}: impor paket pengaturan terbaru.</source>
        <translation>Programme settings at this office are version {version}; the hub uses version {hub}: import the latest settings package.</translation>
    </message>
    <message>
        <source>Berlaku sejak {date}.</source>
        <translation>In force since {date}.</translation>
    </message>
    <message>
        <source>Paket pengaturan dari hub diimpor di sini.</source>
        <translation>Settings packages from the hub are imported here.</translation>
    </message>
    <message>
        <source>Sama dengan versi yang dipakai hub.</source>
        <translation>Same as the version the hub uses.</translation>
    </message>
    <message>
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Pengaturan program versi {version} berlaku (sebelumnya versi {previous})</source>
        <translation>Programme settings version {version} in force (previously version {previous})</translation>
    </message>
    <message>
        <source>Hanya nomor versinya yang berubah. Pendaftaran baru dinilai dengan versi ini.</source>
        <translation>Only the version number changed. New registrations are assessed with this version.</translation>
    </message>
    <message>
        <source>Yang berubah: {names}. Pendaftaran yang sudah dinilai tetap mencatat versi lamanya; penilaian berikutnya memakai versi ini.</source>
        <translation>Changed: {names}. Registrations already assessed keep their old version; the next assessment uses this version.</translation>
    </message>
</context>
<context>
    <name>verification_screen</name>
    <message>
        <source>Anda sendiri yang mendaftarkan atau mengajukan pendaftaran ini, jadi Anda tidak dapat memverifikasinya. Minta verifikator lain memeriksanya.</source>
        <translation>You registered or submitted this registration yourself, so you cannot verify it. Ask another verifier to check it.</translation>
    </message>
    <message>
        <source>Alasan “Lainnya” wajib disertai keterangan untuk petugas pendaftar.</source>
        <translation>The “Other” reason needs a note for the registrar.</translation>
    </message>
    <message>
        <source>Pilih alasan penolakan dari daftar.</source>
        <translation>Choose a rejection reason from the list.</translation>
    </message>
    <message>
        <source>Pendaftaran ini tidak ditemukan lagi. Antrean sudah dimuat ulang.</source>
        <translation>This registration can no longer be found. The queue has been reloaded.</translation>
    </message>
    <message>
        <source>Pendaftaran ini sudah tidak menunggu verifikasi (mungkin sudah diputuskan verifikator lain). Antrean sudah dimuat ulang.</source>
        <translation>This registration is no longer waiting for verification (another verifier may have decided it). The queue has been reloaded.</translation>
    </message>
</context>
</TS>
