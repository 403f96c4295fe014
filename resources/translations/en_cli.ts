<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>argparse</name>
    <message>
        <source>penggunaan: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argumen posisi</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>opsi</source>
        <translation>options</translation>
    </message>
    <message>
        <source>tampilkan bantuan ini lalu keluar</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: kesalahan: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argumen %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>argumen berikut wajib diberikan: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>salah satu argumen %s wajib diberikan</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>argumen tidak dikenal: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>nilai %(type)s tidak sah: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>perlu satu nilai</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>paling banyak satu nilai</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>perlu sedikitnya satu nilai</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>tidak boleh bersama argumen %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>nilai yang diabaikan: %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>opsi ambigu: %(option)s bisa berarti %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>opsi tak terduga: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>perlu %s nilai</source>
        <translation>expected %s argument</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>cadangan {office} {name}: {file}</source>
        <translation>backup of {office} {name}: {file}</translation>
    </message>
    <message>
        <source>{count:,} pendaftaran, {size:.1f} MB, dienkripsi dengan kunci data</source>
        <translation>{count:,} registrations, {size:.1f} MB, encrypted with the store key</translation>
    </message>
    <message>
        <source>simpan terpisah dari komputer ini; memulihkannya di komputer lain memerlukan kode pemulihan</source>
        <translation>keep it apart from this computer; restoring it elsewhere needs the recovery code</translation>
    </message>
    <message>
        <source>{office} {name} dipulihkan ke {folder}</source>
        <translation>restored {office} {name} into {folder}</translation>
    </message>
    <message>
        <source>cadangan dibuat {at} oleh {by}: {count:,} pendaftaran; apa pun yang dikerjakan sesudah waktu itu tidak ada di dalamnya</source>
        <translation>backup made {at} by {by}: {count:,} registrations; anything done after that time is not in it</translation>
    </message>
    <message>
        <source>batch sinkronisasi terbarunya #{batch}: batch yang dikirim sesudah cadangan tidak ada di dalamnya; tanyakan ke hub (Disnaker) sebelum mengekspor lagi</source>
        <translation>its newest sync batch is #{batch}: batches sent after the backup are not in it; check with the hub (Disnaker) before exporting again</translation>
    </message>
    <message>
        <source>data yang tadinya ada di folder itu dipindahkan ke {folder}</source>
        <translation>the store that was in the folder was moved to {folder}</translation>
    </message>
    <message>
        <source>kunci data dari kode pemulihan sekarang ada di brankas kunci komputer ini</source>
        <translation>the store key from the recovery code is now in this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>seluruh data kantor dalam satu berkas terenkripsi (admin)</source>
        <translation>the whole store in one encrypted file (admin)</translation>
    </message>
    <message>
        <source>berkas cadangan, atau folder tempat menulis berkas .ucjbak bertanggal</source>
        <translation>the backup file, or a folder to write a dated .ucjbak file in</translation>
    </message>
    <message>
        <source>kembalikan cadangan ke folder data</source>
        <translation>put a backup back into the data folder</translation>
    </message>
    <message>
        <source>diperlukan bila brankas kunci ini tidak menyimpan kunci data (atau isi {variable})</source>
        <translation>needed when this keyring lacks the store key (or set {variable})</translation>
    </message>
    <message>
        <source>pindahkan data yang sudah ada di folder ke backups/replaced-*/ (tidak pernah dihapus); bila masih dapat dibuka, --user harus menyebut salah satu adminnya</source>
        <translation>move a store already in the folder into backups/replaced-*/ (never deleted); if it still opens, --user must name one of its admins</translation>
    </message>
    <message>
        <source>{id}  {kpj}  {nik}  s.d. {end}  {printed}, {handed}  {name}</source>
        <translation>{id}  {kpj}  {nik}  until {end}  {printed}, {handed}  {name}</translation>
    </message>
    <message>
        <source>diserahkan {date:%d-%m-%Y}</source>
        <translation>handed {date:%d-%m-%Y}</translation>
    </message>
    <message>
        <source>belum diserahkan</source>
        <translation>not handed</translation>
    </message>
    <message>
        <source>dicetak {count}x</source>
        <translation>printed {count}x</translation>
    </message>
    <message>
        <source>belum dicetak</source>
        <translation>not printed</translation>
    </message>
    <message>
        <source>{count:,} pekerja</source>
        <translation>{count:,} worker(s)</translation>
    </message>
    <message>
        <source>{count:,} kartu dicatat sudah diserahkan</source>
        <translation>{count:,} card(s) recorded as handed over</translation>
    </message>
    <message>
        <source>Kartu ASLI, ditandatangani hub kota</source>
        <translation>GENUINE card, signed by the city hub</translation>
    </message>
    <message>
        <source>  nama: {name}
  KPJ: {kpj}
  NIK: {nik}
  terlindungi s.d.: {end:%d-%m-%Y}
  kantor: {office}</source>
        <translation>  name: {name}
  KPJ: {kpj}
  NIK: {nik}
  covered until: {end:%d-%m-%Y}
  office: {office}</translation>
    </message>
    <message>
        <source>  catatan kantor ini: {status}</source>
        <translation>  this office&apos;s record: {status}</translation>
    </message>
    <message>
        <source>pekerja terdaftar dan kartunya</source>
        <translation>enrolled workers and their cards</translation>
    </message>
    <message>
        <source>menunggu kartu pertama (bawaan), sudah dicetak tetapi belum diserahkan, atau semua</source>
        <translation>waiting for a first card (default), printed but not handed over, or all</translation>
    </message>
    <message>
        <source>kartu atau sertifikat dalam satu PDF</source>
        <translation>cards or certificates into one PDF</translation>
    </message>
    <message>
        <source>nomor pendaftaran, atau NIK atau KPJ pekerja (bawaan: setiap kartu yang belum dicetak)</source>
        <translation>the registration ids, or the workers&apos; NIKs or KPJs (default: every card not yet printed)</translation>
    </message>
    <message>
        <source>kartu: 10 per lembar A4 dengan tanda potong (bawaan), atau satu per halaman untuk printer kartu</source>
        <translation>cards: 10 per A4 sheet with crop marks (default), or one per page for a card printer</translation>
    </message>
    <message>
        <source>alasan kartu dicetak lagi (wajib untuk cetak ulang)</source>
        <translation>why cards are printed again (required for reprints)</translation>
    </message>
    <message>
        <source>catat bahwa kartu yang dicetak sudah sampai ke pekerjanya</source>
        <translation>record that printed cards reached their workers</translation>
    </message>
    <message>
        <source>periksa teks QR kartu peserta tanpa jaringan</source>
        <translation>check a membership card&apos;s QR text offline</translation>
    </message>
    <message>
        <source>teks yang disimpan kode QR kartu (satu deret angka panjang; UCJ1.... pada kartu lama)</source>
        <translation>the text the card&apos;s QR code holds (a long number; UCJ1.... on older cards)</translation>
    </message>
    <message>
        <source>--office: bukan kode kelurahan Kota Bekasi (seharusnya 32.75.KK.1NNN)</source>
        <translation>--office: not a Kota Bekasi kelurahan code (expected 32.75.KK.1NNN)</translation>
    </message>
    <message>
        <source>nama pengguna: 3-32 karakter, huruf kecil, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;</source>
        <translation>user name: 3-32 characters, lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>--role: peran {role!r} tidak dikenal (petugas, verifikator, admin)</source>
        <translation>--role: unknown role {role!r} (petugas, verifikator, admin)</translation>
    </message>
    <message>
        <source>--role: pilih minimal satu peran</source>
        <translation>--role: at least one role is needed</translation>
    </message>
    <message>
        <source>--user: sebutkan petugas yang bertindak (atau isi UCJ_USER)</source>
        <translation>--user: name the acting officer (or set UCJ_USER)</translation>
    </message>
    <message>
        <source>--user/kata sandi: nama pengguna atau kata sandi salah</source>
        <translation>--user/password: wrong user name or password</translation>
    </message>
    <message>
        <source>--user: akun dikunci {minutes} menit lagi setelah 5 kali gagal</source>
        <translation>--user: the account is locked for {minutes} more minute(s) after 5 failures</translation>
    </message>
    <message>
        <source>--user: akun ini dinonaktifkan</source>
        <translation>--user: the account is disabled</translation>
    </message>
    <message>
        <source>--user: kata sandi sementara harus diganti dahulu (masuk sekali di aplikasi)</source>
        <translation>--user: the temporary password must first be changed (sign in once in the app)</translation>
    </message>
    <message>
        <source>peran Anda tidak mengizinkan tindakan ini ({permission})</source>
        <translation>your roles do not allow this ({permission})</translation>
    </message>
    <message>
        <source>nama pengguna: sudah ada akun dengan nama itu</source>
        <translation>user name: an account with that name exists already</translation>
    </message>
    <message>
        <source>nama pengguna: akun itu tidak ada</source>
        <translation>user name: no such account</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri</source>
        <translation>you cannot disable your own account</translation>
    </message>
    <message>
        <source>ini akun admin aktif yang terakhir: tambahkan admin lain dahulu</source>
        <translation>this is the last active admin account: add another admin first</translation>
    </message>
    <message>
        <source>--full-name: wajib diisi</source>
        <translation>--full-name: must not be empty</translation>
    </message>
    <message>
        <source>kunci otomatis: antara {min} dan {max} menit</source>
        <translation>idle lock: between {min} and {max} minutes</translation>
    </message>
    <message>
        <source>akun ini dinonaktifkan atau diubah: masuk lagi</source>
        <translation>the account was disabled or changed: sign in again</translation>
    </message>
    <message>
        <source>kata sandi baru: harus berbeda dari kata sandi sekarang</source>
        <translation>new password: it must differ from the current one</translation>
    </message>
    <message>
        <source>berkas: bukan JSON yang sah ({reason})</source>
        <translation>file: not valid JSON ({reason})</translation>
    </message>
    <message>
        <source>berkas: JSON harus berupa satu objek dengan kunci-kunci pendaftaran</source>
        <translation>file: the JSON must be one object with the registration&apos;s keys</translation>
    </message>
    <message>
        <source>berkas: kunci tidak dikenal {keys}</source>
        <translation>file: unknown key(s) {keys}</translation>
    </message>
    <message>
        <source>berkas: kunci yang kurang {keys}</source>
        <translation>file: missing key(s) {keys}</translation>
    </message>
    <message>
        <source>{field}: seharusnya {expected}</source>
        <translation>{field}: expected {expected}</translation>
    </message>
    <message>
        <source>pendaftaran ini punya {count} masalah isian, tercantum di atas</source>
        <translation>the registration has {count} field problem(s), listed above</translation>
    </message>
    <message>
        <source>nik: sudah terdaftar di kantor ini (pendaftaran {existing_id})</source>
        <translation>nik: already registered here (registration {existing_id})</translation>
    </message>
    <message>
        <source>tidak memenuhi syarat, jadi tidak dapat diajukan ({rules}); simpan dengan --draft</source>
        <translation>not eligible, so it cannot be submitted ({rules}); save it with --draft</translation>
    </message>
    <message>
        <source>id: pendaftaran itu tidak ada</source>
        <translation>id: no such registration</translation>
    </message>
    <message>
        <source>Anda membuat atau mengajukan pendaftaran ini: verifikator lain yang harus memeriksanya</source>
        <translation>you made or submitted this registration: another verifier must check it</translation>
    </message>
    <message>
        <source>pendaftaran ini berstatus {status} dan tidak dapat diubah</source>
        <translation>this registration is {status} and cannot be edited</translation>
    </message>
    <message>
        <source>--note: tuliskan alasannya bila alasannya LAINNYA</source>
        <translation>--note: say why when the reason is LAINNYA</translation>
    </message>
    <message>
        <source>tidak boleh untuk pendaftaran berstatus {current} ({action})</source>
        <translation>not allowed for a registration in status {current} ({action})</translation>
    </message>
    <message>
        <source>berkas: bukan berkas kunci UCJ ({reason})</source>
        <translation>file: not a UCJ key file ({reason})</translation>
    </message>
    <message>
        <source>berkas: ini berkas kunci {role}, padahal yang diperlukan berkas kunci {expected}</source>
        <translation>file: a {role} key file, but a {expected} key file is needed</translation>
    </message>
    <message>
        <source>belum ada kunci hub: jalankan &apos;ucj keys import BERKAS-KUNCI-HUB&apos; dahulu</source>
        <translation>no hub key yet: run &apos;ucj keys import HUB-KEY-FILE&apos; first</translation>
    </message>
    <message>
        <source>tidak ada pendaftaran terverifikasi yang menunggu dikirim; tidak ada yang ditulis</source>
        <translation>no verified registration waits for export; nothing written</translation>
    </message>
    <message>
        <source>--again: batch {sequence} tidak ada</source>
        <translation>--again: no batch {sequence}</translation>
    </message>
    <message>
        <source>{key!r} bukan nomor pendaftaran (36 karakter), NIK (16 angka) atau KPJ (11 angka)</source>
        <translation>{key!r} is not a registration id (36 characters), a NIK (16 digits) or a KPJ (11 digits)</translation>
    </message>
    <message>
        <source>tidak ada pendaftaran dengan {kind} {key}; tidak ada yang diubah</source>
        <translation>no registration has {kind} {key}; nothing changed</translation>
    </message>
    <message>
        <source>{kind} {key} cocok dengan {count} pendaftaran ({ids}): beri nomor pendaftarannya; tidak ada yang diubah</source>
        <translation>{kind} {key} matches {count} registrations ({ids}): give the registration id instead; nothing changed</translation>
    </message>
    <message>
        <source>data demo ini dibuat oleh versi lama dan belum punya hub demo: hapus folder demo lalu mulai lagi dengan --demo</source>
        <translation>this demo store was made by an older version and has no demo hub: delete the demo folder and start with --demo again</translation>
    </message>
    <message>
        <source>hub demo hanya ada pada data demo; tidak ada yang diubah</source>
        <translation>the demo hub exists only in a demo store; nothing changed</translation>
    </message>
    <message>
        <source>jenis: laporan {kind!r} tidak dikenal (quota, premium, roster)</source>
        <translation>kind: unknown report {kind!r} (quota, premium, roster)</translation>
    </message>
    <message>
        <source>--out: {suffix} bukan format laporan; pakai .xlsx, .csv atau .pdf</source>
        <translation>--out: {suffix} is not a report format; use .xlsx, .csv or .pdf</translation>
    </message>
    <message>
        <source>--status: status {status!r} tidak dikenal</source>
        <translation>--status: unknown state {status!r}</translation>
    </message>
    <message>
        <source>--month: {value!r} bukan bulan; tulis sebagai YYYY-MM, mis. 2026-11</source>
        <translation>--month: {value!r} is not a month; write it as YYYY-MM, e.g. 2026-11</translation>
    </message>
    <message>
        <source>--out: laporan tidak dapat ditulis di situ ({reason}); tidak ada yang ditulis</source>
        <translation>--out: cannot write the report there ({reason}); nothing was written</translation>
    </message>
    <message>
        <source>--out: {path} sudah ada; pilih nama lain (tidak ada yang ditulis)</source>
        <translation>--out: {path} exists already; choose another name (nothing was written)</translation>
    </message>
    <message>
        <source>--out: cadangan tidak dapat ditulis di situ ({reason}); tidak ada yang ditulis</source>
        <translation>--out: cannot write the backup there ({reason}); nothing was written</translation>
    </message>
    <message>
        <source>FILE: bukan cadangan UCJ Desktop ({reason}); tidak ada yang diubah</source>
        <translation>FILE: not a UCJ Desktop backup ({reason}); nothing was changed</translation>
    </message>
    <message>
        <source>FILE: dibuat oleh UCJ Desktop yang lebih baru ({version}); pasang versi itu atau yang lebih baru</source>
        <translation>FILE: made by a newer UCJ Desktop ({version}); install that version or newer</translation>
    </message>
    <message>
        <source>FILE: cadangan ini rusak (basis datanya tidak cocok dengan cek-sumnya atau gagal pemeriksaan); gunakan cadangan lain. Tidak ada yang diubah</source>
        <translation>FILE: the backup is damaged (its database does not match its checksum or fails the integrity check); use another backup. Nothing was changed</translation>
    </message>
    <message>
        <source>--recovery-code: brankas kunci komputer ini tidak menyimpan kunci data ini; beri kode pemulihan yang dicetak saat penyiapan (tidak ada yang diubah)</source>
        <translation>--recovery-code: this computer&apos;s keyring does not hold this store&apos;s key; give the recovery code printed at setup (nothing was changed)</translation>
    </message>
    <message>
        <source>data kantor sudah ada di {path}; tambahkan --replace untuk memindahkannya lalu memulihkan cadangan (tidak ada yang diubah)</source>
        <translation>a store already exists in {path}; add --replace to move it aside and restore the backup (nothing was changed)</translation>
    </message>
    <message>
        <source>pemulihan gagal di tengah jalan dan data lama tidak dapat dikembalikan: data lama utuh di {path}; salin berkasnya kembali ke folder data atau pulihkan lagi</source>
        <translation>the restore failed half-way and the old store could not be put back: it is whole in {path}; copy its files back into the data folder or restore again</translation>
    </message>
    <message>
        <source>data kantor di {path} sedang dibuka oleh UCJ Desktop atau perintah ucj lain: tutup semuanya di komputer ini, lalu pulihkan lagi (tidak ada yang diubah)</source>
        <translation>the store in {path} is open in UCJ Desktop or another ucj command: close them all on this computer, then restore again (nothing was changed)</translation>
    </message>
    <message>
        <source>--user: data kantor di folder ini masih dapat dibuka, jadi hanya salah satu adminnya yang boleh menggantinya; tambahkan --user NAMA (tidak ada yang diubah)</source>
        <translation>--user: the store in the folder still opens, so only one of its admins may replace it; add --user NAME (nothing was changed)</translation>
    </message>
    <message>
        <source>data yang dipulihkan tidak dapat ditulis ke folder data ({reason}); folder itu tidak diubah</source>
        <translation>cannot write the restored store into the data folder ({reason}); the folder was not changed</translation>
    </message>
    <message>
        <source>--out: berkas batch tidak dapat ditulis di situ ({reason}); tidak ada yang diubah</source>
        <translation>--out: cannot write the batch file there ({reason}); nothing changed</translation>
    </message>
    <message>
        <source>batch {sequence} sudah tercatat, tetapi berkasnya tidak dapat diletakkan di tempatnya: tulis lagi dengan --again {sequence}</source>
        <translation>batch {sequence} is recorded but its file could not be put in place: write it again with --again {sequence}</translation>
    </message>
    <message>
        <source>tidak ada pekerja terdaftar yang menunggu kartu; sebutkan --ids untuk mencetak yang lain</source>
        <translation>no enrolled worker waits for a card; name --ids to print others</translation>
    </message>
    <message>
        <source>pendaftaran {id} belum punya KPJ atau kode kartu (belum terdaftar)</source>
        <translation>registration {id} has no KPJ or card token yet (not enrolled)</translation>
    </message>
    <message>
        <source>{count} kartu sudah pernah dicetak: tuliskan alasannya dengan --reason</source>
        <translation>{count} card(s) were printed before: say why with --reason</translation>
    </message>
    <message>
        <source>--out: PDF tidak dapat ditulis ({reason}); tidak ada yang dicatat</source>
        <translation>--out: cannot write the PDF ({reason}); nothing recorded</translation>
    </message>
    <message>
        <source>{count} dari kartu ini sudah tercatat diserahkan (kartu cetak ulang boleh diserahkan lagi); tidak ada yang dicatat</source>
        <translation>{count} of these cards were handed over already (a reprinted card can be handed over again); nothing was recorded</translation>
    </message>
    <message>
        <source>{count} dari kartu ini belum pernah dicetak</source>
        <translation>{count} of these cards were never printed</translation>
    </message>
    <message>
        <source>sebutkan nomor pendaftarannya</source>
        <translation>name the registration ids</translation>
    </message>
    <message>
        <source>pendaftaran {id}...: kode kartunya tidak cocok dengan kunci hub yang dipercaya; tidak ada yang dicetak (hubungi hub)</source>
        <translation>registration {id}...: its card code does not verify with a trusted hub key; nothing printed (ask the hub)</translation>
    </message>
    <message>
        <source>--scope: antrean {scope!r} tidak dikenal</source>
        <translation>--scope: unknown queue {scope!r}</translation>
    </message>
    <message>
        <source>--layout: tata letak {layout!r} tidak dikenal</source>
        <translation>--layout: unknown layout {layout!r}</translation>
    </message>
    <message>
        <source>tujuan cetak tidak dikenal</source>
        <translation>unknown print destination</translation>
    </message>
    <message>
        <source>bukan kode kartu UCJ, atau tidak utuh (kode kartu berupa satu deret angka panjang; kode kartu lama diawali UCJ1.)</source>
        <translation>not a UCJ card code, or not all of it (a card&apos;s code is one long number; older cards&apos; codes start UCJ1.)</translation>
    </message>
    <message>
        <source>TIDAK ASLI: tanda tangan kartu tidak cocok dengan kunci hub kota</source>
        <translation>NOT GENUINE: the card&apos;s signature does not match the city hub&apos;s key</translation>
    </message>
    <message>
        <source>kode kartu rusak</source>
        <translation>the card code is damaged</translation>
    </message>
    <message>
        <source>tanda terima menyebut satu pendaftaran dua kali; tidak ada yang diubah</source>
        <translation>the acknowledgement lists a registration twice; nothing changed</translation>
    </message>
    <message>
        <source>berkas paket rusak atau telah diubah ({reason}); tidak ada yang diubah</source>
        <translation>the package file is damaged or was changed ({reason}); nothing changed</translation>
    </message>
    <message>
        <source>bukan paket sinkronisasi UCJ (isinya {found}); tidak ada yang diubah</source>
        <translation>not a UCJ sync package (members {found}); nothing changed</translation>
    </message>
    <message>
        <source>berkas paket rusak atau telah diubah ({member} mengaku berukuran mustahil); tidak ada yang diubah</source>
        <translation>the package file is damaged or was changed ({member} claims an impossible size); nothing changed</translation>
    </message>
    <message>
        <source>berkas lebih besar dari paket sinkronisasi mana pun ({megabytes} MB): ini bukan paket; tidak ada yang diubah</source>
        <translation>the file is larger than any sync package ({megabytes} MB): it is not one; nothing changed</translation>
    </message>
    <message>
        <source>itu bukan berkas paket (perangkat atau pipa); tidak ada yang diubah</source>
        <translation>that is not a package file (a device or a pipe); nothing changed</translation>
    </message>
    <message>
        <source>kunci hub yang dipercaya bukan kunci penerima age yang sah: impor ulang berkas kunci hub</source>
        <translation>the trusted hub key is not a valid age recipient: import the hub key file again</translation>
    </message>
    <message>
        <source>keterangan isi paket (manifest) tidak sah ({reason}); tidak ada yang diubah</source>
        <translation>the package manifest is invalid ({reason}); nothing changed</translation>
    </message>
    <message>
        <source>format paket versi {version} belum dikenal</source>
        <translation>package format version {version} is not supported</translation>
    </message>
    <message>
        <source>ini paket {kind}, bukan {expected}; tidak ada yang diubah</source>
        <translation>this is a {kind} package, not an {expected}; nothing changed</translation>
    </message>
    <message>
        <source>ditandatangani kunci yang tidak dipercaya kantor ini ({signer}...); impor kunci hub dahulu</source>
        <translation>signed by a key this office does not trust ({signer}...); import the hub key first</translation>
    </message>
    <message>
        <source>tanda tangan paket tidak cocok: paket diubah setelah ditandatangani; tidak ada yang diubah</source>
        <translation>the package signature does not verify: it was changed after signing; nothing changed</translation>
    </message>
    <message>
        <source>isi paket tidak cocok dengan sidik di manifest; tidak ada yang diubah</source>
        <translation>the payload does not match the manifest&apos;s hash; nothing changed</translation>
    </message>
    <message>
        <source>paket ini untuk perangkat lain; tidak ada yang diubah</source>
        <translation>this package is for another device; nothing changed</translation>
    </message>
    <message>
        <source>isi paket tidak dapat dibuka dengan kunci perangkat ini</source>
        <translation>the payload cannot be decrypted with this device&apos;s key</translation>
    </message>
    <message>
        <source>isi paket bukan data yang sah ({reason}); tidak ada yang diubah</source>
        <translation>the payload is not valid records ({reason}); nothing changed</translation>
    </message>
    <message>
        <source>isi paket berisi {found} data, manifest menyebut {expected}</source>
        <translation>the payload has {found} records, the manifest says {expected}</translation>
    </message>
    <message>
        <source>tanda terima {package} sudah pernah diimpor dengan isi lain: ditolak, tidak ada yang digabungkan</source>
        <translation>an acknowledgement {package} was already imported with other content: refused, nothing merged</translation>
    </message>
    <message>
        <source>tanda terima ini untuk kantor {office}; tidak ada yang diubah</source>
        <translation>this acknowledgement is for office {office}; nothing changed</translation>
    </message>
    <message>
        <source>tanda terima menyebut {count} pendaftaran yang tidak pernah dikirim kantor ini; tidak ada yang diubah</source>
        <translation>the acknowledgement names {count} registration(s) this office never exported; nothing changed</translation>
    </message>
    <message>
        <source>data ke-{record} tanda terima (pendaftaran {registration}...) tidak sah pada isian {field} ({reason}); tidak ada yang diubah</source>
        <translation>record {record} of the acknowledgement (registration {registration}...) has an invalid {field} ({reason}); nothing changed</translation>
    </message>
    <message>
        <source>--category: hanya untuk &apos;ucj import candidates&apos;</source>
        <translation>--category: only for &apos;ucj import candidates&apos;</translation>
    </message>
    <message>
        <source>--map: tulis KOLOM=ISIAN (tertulis {value!r})</source>
        <translation>--map: write COLUMN=FIELD (got {value!r})</translation>
    </message>
    <message>
        <source>--map, --accept-valid dan --category bukan untuk &apos;ucj import settings&apos;</source>
        <translation>--map, --accept-valid and --category are not for &apos;ucj import settings&apos;</translation>
    </message>
    <message>
        <source>berkas tidak punya kolom {missing}; judul kolomnya {found}. Pakai --map KOLOM=ISIAN untuk kolom yang bernama lain</source>
        <translation>the file lacks the column(s) {missing}; its header has {found}. Use --map COLUMN=FIELD for a column with another name</translation>
    </message>
    <message>
        <source>dua kolom cocok untuk {field}: {columns}; pakai --map untuk memilih satu</source>
        <translation>two columns could hold {field}: {columns}; use --map to choose one</translation>
    </message>
    <message>
        <source>--map: tidak ada isian {field!r}; isian yang ada {allowed}</source>
        <translation>--map: no field {field!r}; fields are {allowed}</translation>
    </message>
    <message>
        <source>--map: berkas tidak punya kolom {column!r}</source>
        <translation>--map: the file has no column {column!r}</translation>
    </message>
    <message>
        <source>berkas: tidak ditemukan</source>
        <translation>file: not found</translation>
    </message>
    <message>
        <source>berkas: tidak dapat dibaca ({reason})</source>
        <translation>file: cannot be read ({reason})</translation>
    </message>
    <message>
        <source>berkas: kosong (0 byte)</source>
        <translation>file: it is empty (0 bytes)</translation>
    </message>
    <message>
        <source>berkas: bukan berkas CSV atau XLSX (isinya biner)</source>
        <translation>file: not a CSV or XLSX file (it holds binary data)</translation>
    </message>
    <message>
        <source>berkas: tidak ada baris judul kolom</source>
        <translation>file: no header row</translation>
    </message>
    <message>
        <source>berkas: hanya judul kolom, tanpa baris data; tidak ada yang diubah</source>
        <translation>file: a header but no data rows; nothing changed</translation>
    </message>
    <message>
        <source>berkas: baris {line} bukan teks UTF-8 atau Windows-1252</source>
        <translation>file: line {line} is neither UTF-8 nor Windows-1252 text</translation>
    </message>
    <message>
        <source>berkas: baris {line} bukan CSV yang sah ({reason})</source>
        <translation>file: line {line} is not valid CSV ({reason})</translation>
    </message>
    <message>
        <source>berkas: berkas XLSX rusak atau terpotong ({reason})</source>
        <translation>file: the XLSX file is damaged or truncated ({reason})</translation>
    </message>
    <message>
        <source>berkas: lembar kerja melewati baris {maximum:,}, baris terakhir Excel (baris kosong ikut dihitung): bukan simpanan Excel; tidak ada yang diubah</source>
        <translation>file: the sheet goes on past row {maximum:,}, Excel&apos;s last row (empty rows count): it was not saved by Excel; nothing changed</translation>
    </message>
    <message>
        <source>berkas: tabel teks buku kerja membesar menjadi {megabytes:,} MB, jauh melebihi ekstrak mana pun: rusak atau berbahaya; tidak ada yang diubah</source>
        <translation>file: the workbook&apos;s text table unpacks to {megabytes:,} MB, far more than any extract: it is damaged or hostile; nothing changed</translation>
    </message>
    <message>
        <source>berkas: baris 1 lebih panjang dari {maximum:,} karakter: bukan baris judul kolom (apakah ini berkas CSV?)</source>
        <translation>file: line 1 is longer than {maximum:,} characters: not a header row (is this a CSV file?)</translation>
    </message>
    <message>
        <source>berkas: judul kolom berisi {found:,} kolom, lebih dari {maximum:,}: bukan judul kolom ekstrak</source>
        <translation>file: the header has {found:,} columns, more than {maximum:,}: not an extract&apos;s header</translation>
    </message>
    <message>
        <source>impor dibatalkan; data sebelumnya tidak berubah</source>
        <translation>import cancelled; the previous data are unchanged</translation>
    </message>
    <message>
        <source>laporan baris yang ditolak tidak dapat ditulis di samping berkas maupun di folder data</source>
        <translation>cannot write the error report next to the file or in the data folder</translation>
    </message>
    <message>
        <source>pembaca berkas berhenti mendadak; tidak ada yang diubah</source>
        <translation>the file reader stopped unexpectedly; nothing changed</translation>
    </message>
    <message>
        <source>jenis data rujukan {kind!r} tidak dikenal</source>
        <translation>unknown reference kind {kind!r}</translation>
    </message>
    <message>
        <source>teks pencarian: minimal {minimum} karakter</source>
        <translation>search text: at least {minimum} characters</translation>
    </message>
    <message>
        <source>--kelurahan: bukan kelurahan Kota Bekasi (beri kodenya 32.75.KK.1NNN atau namanya)</source>
        <translation>--kelurahan: not a Kota Bekasi kelurahan (give its code 32.75.KK.1NNN or its name)</translation>
    </message>
    <message>
        <source>NIK: tidak diberikan</source>
        <translation>NIK: none given</translation>
    </message>
    <message>
        <source>NIK: tertulis sebagai angka ilmiah (mis. 3.27501E+15), digitnya hilang; ketik sebagai teks</source>
        <translation>NIK: written in scientific notation (e.g. 3.27501E+15), its digits are lost; type it as text</translation>
    </message>
    <message>
        <source>NIK: seharusnya 16 digit, tertulis {length}</source>
        <translation>NIK: 16 digits expected, got {length}</translation>
    </message>
    <message>
        <source>NIK: hanya angka</source>
        <translation>NIK: digits only</translation>
    </message>
    <message>
        <source>hub dibuat di {where}</source>
        <translation>hub created in {where}</translation>
    </message>
    <message>
        <source>kode pemulihan (catat dan simpan terpisah dari komputer ini; hanya ditampilkan sekali):</source>
        <translation>recovery code (write it down and keep it apart from this computer; shown once):</translation>
    </message>
    <message>
        <source>kunci hub sudah kembali di brankas kunci komputer ini; hub dapat dibuka lagi</source>
        <translation>the hub key is back in this computer&apos;s keyring; the hub opens again</translation>
    </message>
    <message>
        <source>{office} {name}: laptop ini sudah terdaftar</source>
        <translation>{office} {name}: this laptop was enrolled already</translation>
    </message>
    <message>
        <source>{office} {name} terdaftar (perangkat {device})</source>
        <translation>enrolled {office} {name} (device {device})</translation>
    </message>
    <message>
        <source>  menggantikan laptop {devices} milik kantor ini</source>
        <translation>  replaces laptop {devices} of this office</translation>
    </message>
    <message>
        <source>sidik (bacakan kembali kepada kantor): {fingerprint}</source>
        <translation>fingerprint (read it back to the office): {fingerprint}</translation>
    </message>
    <message>
        <source>kunci publik hub untuk kantor: {file}</source>
        <translation>hub public key for offices: {file}</translation>
    </message>
    <message>
        <source>sidik (bacakan untuk memastikan): {fingerprint}</source>
        <translation>fingerprint (read it aloud to confirm): {fingerprint}</translation>
    </message>
    <message>
        <source>kunci hub baru {fingerprint}; kunci lama tetap memeriksa yang ditandatanganinya</source>
        <translation>new hub key {fingerprint}; the old one still verifies what it signed</translation>
    </message>
    <message>
        <source>kirim kunci baru ke kantor: ucj-hub export-key --out FILE</source>
        <translation>send offices the new key: ucj-hub export-key --out FILE</translation>
    </message>
    <message>
        <source>daftar kepesertaan: {rows:,} baris, {niks:,} pekerja sudah menjadi peserta</source>
        <translation>coverage list: {rows:,} rows, {niks:,} workers already covered</translation>
    </message>
    <message>
        <source>{file}: ditolak: {reason}</source>
        <translation>{file}: refused: {reason}</translation>
    </message>
    <message>
        <source>{file}: {office} batch {sequence}: sudah diterima; tidak ada yang diubah</source>
        <translation>{file}: {office} batch {sequence}: already received; nothing changed</translation>
    </message>
    <message>
        <source>{file}: {office} batch {sequence}: {count:,} data ({unfit:,} akan dikembalikan)</source>
        <translation>{file}: {office} batch {sequence}: {count:,} records ({unfit:,} to be returned)</translation>
    </message>
    <message>
        <source>{file}: {office} batch {sequence}: {count:,} data</source>
        <translation>{file}: {office} batch {sequence}: {count:,} records</translation>
    </message>
    <message>
        <source>  masih kurang dari laptop ini: batch {numbers}</source>
        <translation>  still missing from this laptop: batch {numbers}</translation>
    </message>
    <message>
        <source>{taken} dari {count} paket diterima</source>
        <translation>{taken} of {count} package(s) taken</translation>
    </message>
    <message>
        <source>{shown} dan {count} lagi</source>
        <translation>{shown} and {count} more</translation>
    </message>
    <message>
        <source>tidak ada yang baru sejak pembagian terakhir; tidak ada yang diubah</source>
        <translation>nothing new since the last allocation; nothing changed</translation>
    </message>
    <message>
        <source>kursi {used:,} dari {quota:,} (+{allocated:,} sekarang); {waiting:,} menunggu; {returned:,} dikembalikan</source>
        <translation>seats {used:,} of {quota:,} (+{allocated:,} now); {waiting:,} waiting; {returned:,} returned</translation>
    </message>
    <message>
        <source>Hub kota UCJ (Disnaker Kota Bekasi)</source>
        <translation>UCJ city hub (Disnaker Kota Bekasi)</translation>
    </message>
    <message>
        <source>tampilkan nomor versi program lalu keluar</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>buat hub (berkas SQLCipher, atau --db PostgreSQL)</source>
        <translation>create the hub (SQLCipher file, or --db PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://USER@HOST/DB (tanpa kata sandi di dalamnya)</source>
        <translation>postgresql+psycopg://USER@HOST/DB (no password in it)</translation>
    </message>
    <message>
        <source>baca kata sandi basis data dari masukan standar dan simpan di brankas kunci</source>
        <translation>read the database password from standard input and keep it in the keyring</translation>
    </message>
    <message>
        <source>kembalikan kunci hub dari kode pemulihan</source>
        <translation>put the hub key back from the recovery code</translation>
    </message>
    <message>
        <source>percayai berkas kunci laptop kantor</source>
        <translation>trust an office laptop&apos;s key file</translation>
    </message>
    <message>
        <source>tulis berkas kunci hub untuk kantor</source>
        <translation>write the hub key file for offices</translation>
    </message>
    <message>
        <source>buat kunci hub baru (kunci lama tetap memeriksa)</source>
        <translation>make a new hub key (the old one still verifies)</translation>
    </message>
    <message>
        <source>impor daftar kepesertaan kota</source>
        <translation>import the city coverage list</translation>
    </message>
    <message>
        <source>terima batch kantor (berkas atau folder)</source>
        <translation>receive office batches (files or folders)</translation>
    </message>
    <message>
        <source>tutup siklus: putuskan, beri kursi menurut peringkat, beri peringkat sisanya</source>
        <translation>close the cycle: decide, seat by rank, rank the rest</translation>
    </message>
    <message>
        <source>tulis berkas kolektif BPJS</source>
        <translation>write the BPJS collective file</translation>
    </message>
    <message>
        <source>baca berkas hasil dari BPJS</source>
        <translation>read BPJS&apos;s result file</translation>
    </message>
    <message>
        <source>tulis satu tanda terima per kantor ke dalam folder</source>
        <translation>write one ack per office into a folder</translation>
    </message>
    <message>
        <source>per kantor: batch terakhir, yang kurang, data menurut status</source>
        <translation>per office: last batch, gaps, records by state</translation>
    </message>
    <message>
        <source>tagihan iuran kota untuk sebulan</source>
        <translation>the city&apos;s premium bill for a month</translation>
    </message>
    <message>
        <source>tampilkan atau ubah pengaturan program</source>
        <translation>show or change the programme settings</translation>
    </message>
    <message>
        <source>berkas BPJS {id} sudah tercatat tetapi belum pernah ditulis (proses terakhir terhenti): sekarang sudah ditulis; jalankan export-bpjs lagi untuk pekerja yang mendapat kursi sesudahnya</source>
        <translation>BPJS file {id} was recorded but never written (the last run stopped): it is written now; run export-bpjs again for the workers seated since</translation>
    </message>
    <message>
        <source>tidak ada pekerja baru untuk dikirim; berkas BPJS {id} ditulis lagi</source>
        <translation>no new worker to send; BPJS file {id} written again</translation>
    </message>
    <message>
        <source>berkas BPJS {id}: {count:,} pekerja -&gt; {file}</source>
        <translation>BPJS file {id}: {count:,} workers -&gt; {file}</translation>
    </message>
    <message>
        <source>hasil BPJS ini sudah pernah diimpor; tidak ada yang diubah</source>
        <translation>this BPJS result was imported already; nothing changed</translation>
    </message>
    <message>
        <source>hasil BPJS: {enrolled:,} terdaftar, {rejected:,} ditolak</source>
        <translation>BPJS result: {enrolled:,} enrolled, {rejected:,} rejected</translation>
    </message>
    <message>
        <source>tidak ada kabar baru untuk kantor; putaran {round} ditulis lagi</source>
        <translation>nothing new to tell the offices; round {round} written again</translation>
    </message>
    <message>
        <source>tidak ada kabar baru untuk kantor</source>
        <translation>nothing new to tell the offices</translation>
    </message>
    <message>
        <source>{office} tanda terima {sequence}: {count:,} data -&gt; {file}</source>
        <translation>{office} ack {sequence}: {count:,} records -&gt; {file}</translation>
    </message>
    <message>
        <source>kuota kota: {used:,} dari {total:,} terpakai, {waiting:,} menunggu</source>
        <translation>city quota: {used:,} of {total:,} used, {waiting:,} waiting</translation>
    </message>
    <message>
        <source>kuota kota: {used:,} dari {quota:,} kursi terisi, {waiting:,} menunggu; rantai audit utuh</source>
        <translation>city quota: {used:,} of {quota:,} seats held, {waiting:,} waiting; audit chain intact</translation>
    </message>
    <message>
        <source>kuota kota: {used:,} dari {quota:,} kursi terisi, {waiting:,} menunggu; rantai audit PUTUS</source>
        <translation>city quota: {used:,} of {quota:,} seats held, {waiting:,} waiting; audit chain BROKEN</translation>
    </message>
    <message>
        <source>kantor</source>
        <translation>office</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <source>terdaftar</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>dikirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>berkursi</source>
        <translation>seated</translation>
    </message>
    <message>
        <source>menunggu</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>kembali</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>kurang</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>laporan iuran: {count} kelurahan -&gt; {file}</source>
        <translation>premium report: {count} kelurahan -&gt; {file}</translation>
    </message>
    <message>
        <source>tidak berubah; pengaturan program tetap versi {version}</source>
        <translation>unchanged; the programme settings stay at version {version}</translation>
    </message>
    <message>
        <source>pengaturan program versi {version}: kirim paket baru ke kantor (ucj-hub settings export --out DIR)</source>
        <translation>programme settings version {version}: send offices the new package (ucj-hub settings export --out DIR)</translation>
    </message>
    <message>
        <source>pengaturan program versi {version} untuk kota {city}, disegel untuk {laptops} laptop kantor -&gt; {file}</source>
        <translation>programme settings version {version} for city {city}, sealed to {laptops} office laptop(s) -&gt; {file}</translation>
    </message>
    <message>
        <source>kantor mengimpornya dengan: ucj import settings FILE (atau Sinkronisasi)</source>
        <translation>offices import it with: ucj import settings FILE (or Sinkronisasi)</translation>
    </message>
    <message>
        <source>peta kolom BPJS {map!r}: peta itu tidak ada; tidak ada yang ditulis</source>
        <translation>BPJS column map {map!r}: no such map; nothing written</translation>
    </message>
    <message>
        <source>peta kolom BPJS {map!r}: bukan berkas JSON yang dapat dibaca ({reason})</source>
        <translation>BPJS column map {map!r}: not a readable JSON file ({reason})</translation>
    </message>
    <message>
        <source>peta kolom BPJS {map!r}: kunci {key!r} tidak ada</source>
        <translation>BPJS column map {map!r}: the key {key!r} is missing</translation>
    </message>
    <message>
        <source>peta kolom BPJS {map!r}: kunci {key!r} tidak dikenal (salah ketik?)</source>
        <translation>BPJS column map {map!r}: unknown key {key!r} (a typo?)</translation>
    </message>
    <message>
        <source>peta kolom BPJS {map!r}: {key!r} harus {expected}</source>
        <translation>BPJS column map {map!r}: {key!r} must be {expected}</translation>
    </message>
    <message>
        <source>peta kolom BPJS {map!r}: format versi {format_version} belum dikenal (versi ini membaca {supported}): pasang UCJ Desktop yang lebih baru</source>
        <translation>BPJS column map {map!r}: format version {format_version} is not supported (this version reads {supported}): install a newer UCJ Desktop</translation>
    </message>
    <message>
        <source>bulan iuran: angka bulat dari {minimum} sampai {maximum}</source>
        <translation>months paid: a whole number from {minimum} to {maximum}</translation>
    </message>
    <message>
        <source>tidak ada pekerja untuk dikirim ke BPJS; tidak ada yang ditulis</source>
        <translation>no worker to send to BPJS; nothing written</translation>
    </message>
    <message>
        <source>{count} baris tidak dapat dimasukkan ke berkas BPJS, tidak ada yang ditulis: {lines}</source>
        <translation>{count} row(s) cannot go into the BPJS file, nothing written: {lines}</translation>
    </message>
    <message>
        <source>berkas hasil BPJS: {count} baris tidak sah, tidak ada yang dibaca: {lines}</source>
        <translation>BPJS result file: {count} bad line(s), nothing read: {lines}</translation>
    </message>
    <message>
        <source>berkas hasil BPJS: tidak ada kolom untuk {missing} di antara {found} judul kolomnya; tidak ada yang dibaca</source>
        <translation>BPJS result file: no column for {missing} among its {found} header(s); nothing read</translation>
    </message>
    <message>
        <source>berkas hasil BPJS: kolom {headers} masing-masing dapat berisi {column}; tidak ada yang dibaca</source>
        <translation>BPJS result file: the columns {headers} could each hold the {column}; nothing read</translation>
    </message>
    <message>
        <source>berkas hasil BPJS: lebih dari {maximum:,} baris, lebih banyak dari hasil mana pun; tidak ada yang dibaca</source>
        <translation>BPJS result file: more than {maximum:,} lines, more than any result; nothing read</translation>
    </message>
    <message>
        <source>--db: bukan URL basis data (postgresql+psycopg://USER@HOST/DATABASE)</source>
        <translation>--db: not a database URL (postgresql+psycopg://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>--db: hanya URL PostgreSQL (postgresql+psycopg://...); tanpa --db hub memakai berkas terenkripsinya sendiri</source>
        <translation>--db: only PostgreSQL URLs (postgresql+psycopg://...); leave --db out for the hub&apos;s own encrypted file</translation>
    </message>
    <message>
        <source>--db: URL memuat kata sandi; beri kata sandi lewat --db-password-stdin atau berkas kata sandi libpq, jangan di baris perintah (tidak ada yang diubah)</source>
        <translation>--db: the URL holds a password; give it with --db-password-stdin or in libpq&apos;s password file, never on the command line (nothing was changed)</translation>
    </message>
    <message>
        <source>--db: URL tidak menyebut basis data</source>
        <translation>--db: the URL names no database</translation>
    </message>
    <message>
        <source>tidak ada paket .ucjsync di berkas atau folder yang disebut</source>
        <translation>no .ucjsync package in the files or folders named</translation>
    </message>
    <message>
        <source>pembaca paket berhenti mendadak; batch yang tercantum diterima sudah tersimpan, sisanya belum: jalankan penerimaan lagi</source>
        <translation>the package reader stopped unexpectedly; the batches listed as taken are stored, the others are not: run the ingest again</translation>
    </message>
    <message>
        <source>ditandatangani laptop yang belum didaftarkan di hub ({signer}...): daftarkan berkas kuncinya dahulu (ucj-hub enroll-device BERKAS)</source>
        <translation>signed by a laptop the hub has not enrolled ({signer}...): enroll its key file first (ucj-hub enroll-device FILE)</translation>
    </message>
    <message>
        <source>perangkat {device}... sudah terdaftar dengan kunci lain atau untuk kantor lain: ditolak</source>
        <translation>device {device}... is enrolled already with other keys or for another office: refused</translation>
    </message>
    <message>
        <source>batch menyebut kantor {office}, tetapi laptopnya terdaftar untuk kantor lain: ditolak</source>
        <translation>the batch says office {office}, but its laptop is enrolled for another office: refused</translation>
    </message>
    <message>
        <source>batch {package} pernah diterima dengan isi lain: ditolak, tidak ada yang digabungkan</source>
        <translation>a batch {package} was received before with other content: refused, nothing merged</translation>
    </message>
    <message>
        <source>batch {sequence} dari laptop ini pernah diterima sebagai paket lain ({package}...): ditolak, tidak ada yang digabungkan</source>
        <translation>this laptop&apos;s batch {sequence} was received before as another package ({package}...): refused, nothing merged</translation>
    </message>
    <message>
        <source>data ke-{record} dalam batch tidak sah pada isian {field} ({reason}); tidak ada yang diambil darinya</source>
        <translation>record {record} of the batch has an invalid {field} ({reason}); nothing was taken from it</translation>
    </message>
    <message>
        <source>batch memuat pendaftaran pada data ke-{record} dua kali; tidak ada yang diambil darinya</source>
        <translation>the batch lists registration at record {record} twice; nothing was taken from it</translation>
    </message>
    <message>
        <source>tidak ada pekerja berkursi yang menunggu dikirim ke BPJS dan semua berkas BPJS sudah dijawab; tidak ada yang ditulis</source>
        <translation>no seated worker waits for BPJS and every BPJS file is answered; nothing written</translation>
    </message>
    <message>
        <source>{count} baris berkas BPJS tidak cocok dengan pekerja yang dikirim dan belum dijawab (baris {lines}); tidak ada yang diterapkan</source>
        <translation>{count} line(s) of the BPJS file match no worker sent and unanswered (lines {lines}); nothing was applied</translation>
    </message>
    <message>
        <source>berkas BPJS memberi satu KPJ kepada dua pekerja (baris {lines}); tidak ada yang diterapkan</source>
        <translation>the BPJS file gives one KPJ to two workers (lines {lines}); nothing was applied</translation>
    </message>
    <message>
        <source>perintah ucj-hub lain mengubah pekerja ini selagi berkas BPJS dibaca; tidak ada yang diterapkan: jalankan import-bpjs lagi</source>
        <translation>another ucj-hub command changed these workers while the BPJS file was read; nothing was applied: run import-bpjs again</translation>
    </message>
    <message>
        <source>{count} baris daftar kepesertaan tidak sah ({lines}); tidak ada yang diubah</source>
        <translation>{count} line(s) of the coverage list are not valid ({lines}); nothing was changed</translation>
    </message>
    <message>
        <source>kuota: sudah {held:,} kursi terisi; kuota tidak dapat diturunkan di bawah itu</source>
        <translation>quota: {held:,} seats are held already; the quota cannot go below that</translation>
    </message>
    <message>
        <source>{field}: nilai tidak sah ({reason})</source>
        <translation>{field}: not a valid value ({reason})</translation>
    </message>
    <message>
        <source>{field}: pengaturan itu tidak ada</source>
        <translation>{field}: no such setting</translation>
    </message>
    <message>
        <source>belum ada laptop kantor yang terdaftar, jadi tidak ada kantor yang dapat membuka paket pengaturan: daftarkan dahulu (ucj-hub enroll-device BERKAS); tidak ada yang ditulis</source>
        <translation>no office laptop is enrolled yet, so no office could open the settings package: enroll them first (ucj-hub enroll-device FILE); nothing written</translation>
    </message>
    <message>
        <source>paket pengaturan tidak bertanda tangan: ditolak, tidak ada yang diubah</source>
        <translation>the settings package carries no signature: refused, nothing changed</translation>
    </message>
    <message>
        <source>tanda tangan paket pengaturan tidak cocok: paket diubah setelah ditandatangani hub; tidak ada yang diubah</source>
        <translation>the settings package&apos;s signature does not verify: it was changed after the hub signed it; nothing changed</translation>
    </message>
    <message>
        <source>paket pengaturan ditandatangani kunci lain ({signer}...), bukan kunci hub yang berlaku di sini; tidak ada yang diubah</source>
        <translation>the settings package is signed by another key ({signer}...), not the hub key in force here; nothing changed</translation>
    </message>
    <message>
        <source>paket pengaturan ini untuk kota {city}, bukan kota kantor ini; tidak ada yang diubah</source>
        <translation>the settings package is for city {city}, not this office&apos;s; nothing changed</translation>
    </message>
    <message>
        <source>paket pengaturan tidak sah ({problem}: {reason}); tidak ada yang diubah</source>
        <translation>the settings package is not valid ({problem}: {reason}); nothing changed</translation>
    </message>
    <message>
        <source>pengaturan program versi {version} sudah berlaku di sini; tidak ada yang diubah</source>
        <translation>programme settings version {version} are in force here already; nothing changed</translation>
    </message>
    <message>
        <source>paket berisi pengaturan program versi {version}, lebih lama dari versi {held} yang berlaku di sini; tidak ada yang diubah</source>
        <translation>the package holds programme settings version {version}, older than version {held} in force here; nothing changed</translation>
    </message>
    <message>
        <source>ini paket {kind}, bukan paket pengaturan; tidak ada yang diubah</source>
        <translation>this is a {kind} package, not a settings package; nothing changed</translation>
    </message>
    <message>
        <source>paket pengaturan tidak disegel untuk laptop ini (didaftarkan setelah hub menulisnya?): minta hub mengekspor pengaturan lagi; tidak ada yang diubah</source>
        <translation>the settings package is not sealed to this laptop (enrolled after the hub wrote it?): ask the hub to export the settings again; nothing changed</translation>
    </message>
    <message>
        <source>hub sudah punya operator: admin yang menambah operator lainnya</source>
        <translation>the hub has operators already: an admin adds the others</translation>
    </message>
    <message>
        <source>belum ada data kantor di {path}: jalankan &apos;ucj init&apos; dahulu (atau beri --data-dir)</source>
        <translation>no store in {path}: run &apos;ucj init&apos; first (or pass --data-dir)</translation>
    </message>
    <message>
        <source>data kantor sudah ada di {path}; tidak ada yang diubah</source>
        <translation>a store already exists in {path}; nothing was changed</translation>
    </message>
    <message>
        <source>brankas kunci (keyring) sistem tidak dapat dipakai ({detail}): kunci data tidak dapat disimpan dengan aman. Jalankan brankas kunci sesi desktop (Windows Credential Manager, macOS Keychain, GNOME Keyring atau KWallet) lalu coba lagi; aplikasi tidak pernah menyimpan kunci tanpa brankas</source>
        <translation>no usable OS keyring ({detail}): the store key cannot be kept safely. Start the desktop session&apos;s keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet) and try again; the app never falls back to a plaintext key</translation>
    </message>
    <message>
        <source>kunci data tidak ada di brankas kunci (keyring) komputer ini: jalankan &apos;ucj recover KODE&apos; (di hub: &apos;ucj-hub recover KODE&apos;) dengan kode pemulihan yang dicetak saat penyiapan</source>
        <translation>the store key is not in this computer&apos;s keyring: run &apos;ucj recover CODE&apos; (the hub: &apos;ucj-hub recover CODE&apos;) with the recovery code printed at setup</translation>
    </message>
    <message>
        <source>kunci di brankas kunci (keyring) bukan kunci data di {path}: jalankan &apos;ucj recover KODE&apos; dengan kode pemulihan milik data ini</source>
        <translation>the key in the keyring does not belong to the store in {path}: run &apos;ucj recover CODE&apos; with this store&apos;s recovery code</translation>
    </message>
    <message>
        <source>berkas data {path} rusak ({detail}): pulihkan cadangan terakhir dengan &apos;ucj restore BERKAS&apos;</source>
        <translation>the store file {path} is damaged ({detail}): restore the latest backup with &apos;ucj restore FILE&apos;</translation>
    </message>
    <message>
        <source>disk tempat {path} tidak dapat dibaca atau ditulisi ({detail}): periksa disk dan ruang kosongnya, lalu jalankan &apos;ucj check&apos;; pulihkan cadangan hanya bila pemeriksaan menemukan kerusakan</source>
        <translation>the disk holding {path} could not be read or written ({detail}): check the disk and its free space, then run &apos;ucj check&apos;; restore a backup only if check finds damage</translation>
    </message>
    <message>
        <source>tidak dapat menulis di {path}: folder atau berkasnya hanya-baca ({detail})</source>
        <translation>cannot write in {path}: the folder or file is read-only ({detail})</translation>
    </message>
    <message>
        <source>disk tempat {path} penuh: kosongkan ruang disk lalu coba lagi</source>
        <translation>the disk holding {path} is full: free some space and try again</translation>
    </message>
    <message>
        <source>data {path} sedang dipakai program lain: tutup program itu lalu coba lagi</source>
        <translation>the store {path} is in use by another program: close it and try again</translation>
    </message>
    <message>
        <source>berkas data {path} tidak dapat dibuka: {detail}</source>
        <translation>cannot open the store file {path}: {detail}</translation>
    </message>
    <message>
        <source>berkas keterangan data {path} rusak: {detail}</source>
        <translation>the store description file {path} is damaged: {detail}</translation>
    </message>
    <message>
        <source>data ini dibuat oleh UCJ Desktop versi yang lebih baru ({detail}): pasang versi itu atau yang lebih baru</source>
        <translation>the store was written by a newer version of UCJ Desktop ({detail}): install that version or newer</translation>
    </message>
    <message>
        <source>itu bukan kode pemulihan yang sah ({detail}): periksa kodenya</source>
        <translation>that is not a valid recovery code ({detail}): check it</translation>
    </message>
    <message>
        <source>kode pemulihan itu sah, tetapi milik data kantor lain, bukan data di {path}</source>
        <translation>that recovery code is valid but belongs to another store, not the one in {path}</translation>
    </message>
    <message>
        <source>kata sandi: minimal {minimum} karakter</source>
        <translation>password: at least {minimum} characters</translation>
    </message>
    <message>
        <source>kata sandi: maksimal {maximum} karakter</source>
        <translation>password: at most {maximum} characters</translation>
    </message>
    <message>
        <source>kata sandi: tidak boleh diawali atau diakhiri spasi</source>
        <translation>password: must not start or end with a space</translation>
    </message>
    <message>
        <source>kata sandi: tidak diberikan (UCJ_PASSWORD atau masukan standar)</source>
        <translation>password: none given (UCJ_PASSWORD or standard input)</translation>
    </message>
    <message>
        <source>kata sandi: kedua ketikan berbeda</source>
        <translation>password: the two entries differ</translation>
    </message>
    <message>
        <source>folder data</source>
        <translation>the data folder</translation>
    </message>
    <message>
        <source>folder data (bawaan: UCJ_DATA_DIR atau folder data pengguna)</source>
        <translation>store folder (default: UCJ_DATA_DIR or the user data folder)</translation>
    </message>
    <message>
        <source>bahasa keluaran: id (Bahasa Indonesia) atau en (English); bawaan: LC_ALL, LC_MESSAGES atau LANG, selain itu id</source>
        <translation>output language: id (Bahasa Indonesia) or en (English); default: LC_ALL, LC_MESSAGES or LANG, else id</translation>
    </message>
    <message>
        <source>dihentikan; tidak ada yang diubah</source>
        <translation>interrupted; nothing was changed</translation>
    </message>
    <message>
        <source>{file} tidak dapat dipakai: {reason}</source>
        <translation>cannot use {file}: {reason}</translation>
    </message>
    <message>
        <source>kesalahan internal; rinciannya ada di berkas log. Tidak ada yang diubah.</source>
        <translation>internal error; details are in the log file. Nothing was changed.</translation>
    </message>
    <message>
        <source>DTSEN: belum ada ekstrak yang dimuat (ucj import dtsen BERKAS)</source>
        <translation>DTSEN: no extract loaded (ucj import dtsen FILE)</translation>
    </message>
    <message>
        <source>DTSEN: tidak ada di ekstrak</source>
        <translation>DTSEN: not in the extract</translation>
    </message>
    <message>
        <source>DTSEN: {name}, desil {desil}, lahir {born}, kelurahan {kelurahan}, RT {rt}/RW {rw}</source>
        <translation>DTSEN: {name}, desil {desil}, born {born}, kelurahan {kelurahan}, RT {rt}/RW {rw}</translation>
    </message>
    <message>
        <source>pendaftaran: {status} ({id})</source>
        <translation>registration: {status} ({id})</translation>
    </message>
    <message>
        <source>pendaftaran: tidak ada di kantor ini</source>
        <translation>registration: none in this office</translation>
    </message>
    <message>
        <source>kepesertaan: belum ada daftar yang dimuat</source>
        <translation>coverage: no list loaded</translation>
    </message>
    <message>
        <source>kepesertaan: belum menjadi peserta</source>
        <translation>coverage: not covered</translation>
    </message>
    <message>
        <source>kepesertaan: sudah menjadi peserta ({by})</source>
        <translation>coverage: already covered ({by})</translation>
    </message>
    <message>
        <source>kepesertaan: sudah menjadi peserta</source>
        <translation>coverage: already covered</translation>
    </message>
    <message>
        <source>{count} ditemukan (batas tercapai: persempit pencarian)</source>
        <translation>{count} found (limit reached: narrow the search)</translation>
    </message>
    <message>
        <source>{count} ditemukan</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>DTSEN, kepesertaan, pendaftaran</source>
        <translation>DTSEN, coverage, registration</translation>
    </message>
    <message>
        <source>cetak NIK dengan disamarkan</source>
        <translation>print the NIK masked</translation>
    </message>
    <message>
        <source>cari nama di DTSEN</source>
        <translation>name search in DTSEN</translation>
    </message>
    <message>
        <source>impor: {percent:3d}%  {rows:,} baris  {rate:,.0f} baris/detik</source>
        <translation>import: {percent:3d}%  {rows:,} rows  {rate:,.0f} rows/s</translation>
    </message>
    <message>
        <source>{count:,} baris sekarang berlaku untuk {kind} (sha256 {sha}...)</source>
        <translation>{count:,} rows now in force for {kind} (sha256 {sha}...)</translation>
    </message>
    <message>
        <source>tidak ada yang diubah: perbaiki baris di atas atau beri --accept-valid untuk memuat {count:,} baris yang sah</source>
        <translation>nothing changed: fix the rows above or pass --accept-valid to load the {count:,} valid rows</translation>
    </message>
    <message>
        <source>{file}: {total:,} baris dibaca, {rejected:,} ditolak</source>
        <translation>{file}: {total:,} rows read, {rejected:,} rejected</translation>
    </message>
    <message>
        <source>  baris {line}, kolom {column}: {reason}</source>
        <translation>  line {line}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>  ... {count:,} lagi</source>
        <translation>  ... {count:,} more</translation>
    </message>
    <message>
        <source>semua baris yang ditolak: {file}</source>
        <translation>every rejected row: {file}</translation>
    </message>
    <message>
        <source>{count:,} draf pendaftaran dibuat; masing-masing memerlukan persetujuan pekerja di loket sebelum diajukan</source>
        <translation>{count:,} draft registrations made; each needs the worker&apos;s consent at the counter before it is submitted</translation>
    </message>
    <message>
        <source>tidak ada yang diubah: perbaiki baris di atas atau beri --accept-valid</source>
        <translation>nothing changed: fix the rows above or pass --accept-valid</translation>
    </message>
    <message>
        <source>tidak ada (hanya versinya)</source>
        <translation>none (only the version)</translation>
    </message>
    <message>
        <source>pengaturan program versi {version} berlaku sejak {since:%Y-%m-%d %H:%M} UTC (sebelumnya versi {previous}); yang berubah: {changed}</source>
        <translation>programme settings version {version} in force from {since:%Y-%m-%d %H:%M} UTC (was version {previous}); changed: {changed}</translation>
    </message>
    <message>
        <source>muat berkas data rujukan, daftar calon atau pengaturan dari hub</source>
        <translation>load a reference file, a candidate list or the hub&apos;s settings</translation>
    </message>
    <message>
        <source>petakan kolom yang judulnya tidak dikenali (boleh diulang)</source>
        <translation>map a column whose header is not recognised (repeatable)</translation>
    </message>
    <message>
        <source>muat baris yang sah walaupun ada baris yang ditolak</source>
        <translation>load the valid rows even when some rows are rejected</translation>
    </message>
    <message>
        <source>hanya untuk candidates: pekerjaan bila daftarnya tidak memuatnya (OJOL, OJEK_PANGKALAN, ORGANDA, PKL, UMKM, PKH)</source>
        <translation>candidates only: occupation when the list has none (OJOL, OJEK_PANGKALAN, ORGANDA, PKL, UMKM, PKH)</translation>
    </message>
    <message>
        <source>nomor pendaftaran, atau NIK atau KPJ para pekerja</source>
        <translation>the registration ids, or the workers&apos; NIKs or KPJs</translation>
    </message>
    <message>
        <source>nomor pendaftaran, atau NIK atau KPJ pekerja</source>
        <translation>the registration id, or the worker&apos;s NIK or KPJ</translation>
    </message>
    <message>
        <source>teks</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>rupiah bulat</source>
        <translation>whole rupiah</translation>
    </message>
    <message>
        <source>true atau false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>daftar</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>pendaftaran {id}: {status}</source>
        <translation>registration {id}: {status}</translation>
    </message>
    <message>
        <source>daftarkan satu pekerja dari berkas JSON (pemeriksaan sama dengan formulir)</source>
        <translation>register one worker from a JSON file (same checks as the form)</translation>
    </message>
    <message>
        <source>simpan sebagai draf, tidak diajukan</source>
        <translation>save as draft instead of submitting</translation>
    </message>
    <message>
        <source>setujui atau tolak pendaftaran yang diajukan (verifikator)</source>
        <translation>approve or reject a submitted registration (verifikator)</translation>
    </message>
    <message>
        <source>pesan untuk petugas pendaftar (wajib dengan LAINNYA)</source>
        <translation>words for the registrar (required with LAINNYA)</translation>
    </message>
    <message>
        <source>{title}: {count:,} baris -&gt; {file}</source>
        <translation>{title}: {count:,} rows -&gt; {file}</translation>
    </message>
    <message>
        <source>jumlah: {amount}</source>
        <translation>total: {amount}</translation>
    </message>
    <message>
        <source>pemakaian kuota, iuran bulan itu, atau daftar peserta sebagai XLSX, CSV atau PDF</source>
        <translation>quota use, the month&apos;s premium, or the roster as XLSX, CSV or PDF</translation>
    </message>
    <message>
        <source>premium: bulannya (bawaan: bulan ini)</source>
        <translation>premium: the month (default: this month)</translation>
    </message>
    <message>
        <source>roster: hanya pendaftaran berstatus ini (bawaan: semua)</source>
        <translation>roster: only registrations in this state (default: all)</translation>
    </message>
    <message>
        <source>Kata sandi: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Kata sandi lagi: </source>
        <translation>Password again: </translation>
    </message>
    <message>
        <source>petugas yang bertindak (bawaan: UCJ_USER)</source>
        <translation>acting officer (default: UCJ_USER)</translation>
    </message>
    <message>
        <source>Data kantor dibuat untuk {office} {name} di {folder}</source>
        <translation>Store created for {office} {name} in {folder}</translation>
    </message>
    <message>
        <source>Sidik kunci perangkat: {fingerprint}</source>
        <translation>Device key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Akun admin: {name}</source>
        <translation>Admin account: {name}</translation>
    </message>
    <message>
        <source>KODE PEMULIHAN - hanya ditampilkan sekali. Cetak atau catat lalu simpan terkunci;
tanpa kode ini, brankas kunci yang hilang berarti data hilang:</source>
        <translation>RECOVERY CODE - shown once. Print it or write it down and keep it locked away;
without it a lost keyring means lost data:</translation>
    </message>
    <message>
        <source>lembar pemulihan tidak dapat ditulis ({reason}); salin kode di atas</source>
        <translation>could not write the recovery sheet ({reason}); copy the code above</translation>
    </message>
    <message>
        <source>Lembar pemulihan siap cetak: {file} (cetak, lalu hapus berkasnya)</source>
        <translation>Printable recovery sheet: {file} (print it, then delete the file)</translation>
    </message>
    <message>
        <source>kunci otomatis: {minutes} menit</source>
        <translation>idle lock: {minutes} minutes</translation>
    </message>
    <message>
        <source>Kunci data sudah kembali di brankas kunci; data di {folder} dapat dibuka lagi.</source>
        <translation>The store key is back in the keyring; the store in {folder} opens again.</translation>
    </message>
    <message>
        <source>data: {file}</source>
        <translation>store: {file}</translation>
    </message>
    <message>
        <source>kantor: {office}</source>
        <translation>office: {office}</translation>
    </message>
    <message>
        <source>revisi skema: {revision} (aplikasi ini: {head})</source>
        <translation>schema revision: {revision} (this app: {head})</translation>
    </message>
    <message>
        <source>RUSAK: {problem}</source>
        <translation>DAMAGED: {problem}</translation>
    </message>
    <message>
        <source>JEJAK AUDIT PUTUS pada peristiwa {seq}: {reason}</source>
        <translation>AUDIT TRAIL BROKEN at event {seq}: {reason}</translation>
    </message>
    <message>
        <source>cadangan terakhir: belum pernah (buat dengan &apos;ucj backup --out DIR&apos;)</source>
        <translation>last backup: never (make one with &apos;ucj backup --out DIR&apos;)</translation>
    </message>
    <message>
        <source>cadangan terakhir: {at:%Y-%m-%d %H:%M} UTC oleh {by}, {days} hari lalu</source>
        <translation>last backup: {at:%Y-%m-%d %H:%M} UTC by {by}, {days} day(s) ago</translation>
    </message>
    <message>
        <source>pemeriksaan: OK (halaman, struktur, skema, jejak audit)</source>
        <translation>check: OK (pages, structure, schema, audit trail)</translation>
    </message>
    <message>
        <source>pemeriksaan: GAGAL</source>
        <translation>check: FAILED</translation>
    </message>
    <message>
        <source>buat data kantor, kunci dan admin pertama</source>
        <translation>create the store, keys and first admin</translation>
    </message>
    <message>
        <source>kode kelurahan 32.75.KK.1NNN</source>
        <translation>kelurahan code 32.75.KK.1NNN</translation>
    </message>
    <message>
        <source>nama pengguna admin pertama</source>
        <translation>first admin&apos;s user name</translation>
    </message>
    <message>
        <source>nama lengkap admin pertama</source>
        <translation>first admin&apos;s full name</translation>
    </message>
    <message>
        <source>tulis juga lembar kode pemulihan yang siap cetak</source>
        <translation>also write the printable recovery-code sheet</translation>
    </message>
    <message>
        <source>tampilkan atau atur (admin) menit sebelum jendela terkunci</source>
        <translation>show or set (admin) the minutes before the window locks</translation>
    </message>
    <message>
        <source>kembalikan kunci dari kode pemulihan</source>
        <translation>put the key back from a recovery code</translation>
    </message>
    <message>
        <source>keutuhan, skema dan rantai audit</source>
        <translation>integrity, schema and audit chain</translation>
    </message>
    <message>
        <source>berkas pendaftaran perangkat untuk hub: {file}</source>
        <translation>enrollment file for the hub: {file}</translation>
    </message>
    <message>
        <source>kunci hub dipercaya: {name}</source>
        <translation>hub key trusted: {name}</translation>
    </message>
    <message>
        <source>batch {sequence} terhenti sebelum berkasnya diberi nama; berkasnya sekarang lengkap: {count:,} pendaftaran -&gt; {file}</source>
        <translation>batch {sequence} was interrupted before its file got its name; the file is complete now: {count:,} registrations -&gt; {file}</translation>
    </message>
    <message>
        <source>jalankan export-batch lagi untuk pendaftaran yang diverifikasi sesudahnya</source>
        <translation>run export-batch again for registrations verified since</translation>
    </message>
    <message>
        <source>batch {sequence}: {count:,} pendaftaran -&gt; {file}</source>
        <translation>batch {sequence}: {count:,} registrations -&gt; {file}</translation>
    </message>
    <message>
        <source>tanda terima {package} sudah pernah diimpor; tidak ada yang diubah</source>
        <translation>acknowledgement {package} was already imported; nothing changed</translation>
    </message>
    <message>
        <source>tanda terima {package}: {enrolled:,} terdaftar, {returned:,} dikembalikan ke petugas pendaftarnya</source>
        <translation>acknowledgement {package}: {enrolled:,} enrolled, {returned:,} returned to their registrars</translation>
    </message>
    <message>
        <source>, {count:,} menunggu tempat di kuota</source>
        <translation>, {count:,} waiting for a quota place</translation>
    </message>
    <message>
        <source>; {count:,} diabaikan karena lebih lama dari jawaban yang ada</source>
        <translation>; {count:,} ignored as older than the answer held</translation>
    </message>
    <message>
        <source>kuota kota: {used:,} dari {total:,} terpakai, {waiting:,} menunggu (hitungan hub per {at:%Y-%m-%d %H:%M} UTC)</source>
        <translation>city quota: {used:,} of {total:,} used, {waiting:,} waiting (hub count of {at:%Y-%m-%d %H:%M} UTC)</translation>
    </message>
    <message>
        <source>pengaturan program di sini versi {version}; hub memakai versi {hub_version}: impor paket pengaturan terbaru (ucj import settings FILE)</source>
        <translation>programme settings here are version {version}; the hub uses version {hub_version}: import the newest settings package (ucj import settings FILE)</translation>
    </message>
    <message>
        <source>sudah ada tanda terima</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>menunggu tanda terima</source>
        <translation>waiting for acknowledgement</translation>
    </message>
    <message>
        <source>{count} batch</source>
        <translation>{count} batch(es)</translation>
    </message>
    <message>
        <source>tukar kunci dengan hub (admin)</source>
        <translation>key exchange with the hub (admin)</translation>
    </message>
    <message>
        <source>berkas pendaftaran perangkat ini</source>
        <translation>this device&apos;s enrollment file</translation>
    </message>
    <message>
        <source>percayai berkas kunci publik hub</source>
        <translation>trust the hub&apos;s public key file</translation>
    </message>
    <message>
        <source>pendaftaran terverifikasi -&gt; berkas batch bertanda tangan dan terenkripsi</source>
        <translation>verified registrations -&gt; a signed, encrypted batch file</translation>
    </message>
    <message>
        <source>tulis lagi batch SEQ, sama persis byte demi byte</source>
        <translation>write batch SEQ again, byte for byte</translation>
    </message>
    <message>
        <source>terapkan tanda terima dari hub</source>
        <translation>apply a hub acknowledgement</translation>
    </message>
    <message>
        <source>batch yang sudah diekspor</source>
        <translation>exported batches</translation>
    </message>
    <message>
        <source>Perintah data kantor UCJ Desktop</source>
        <translation>UCJ Desktop office store commands</translation>
    </message>
    <message>
        <source>Petugas {name} ditambahkan ({roles}).</source>
        <translation>Officer {name} added ({roles}).</translation>
    </message>
    <message>
        <source>Kata sandi sementara (hanya ditampilkan sekali, wajib diganti saat pertama masuk): {password}</source>
        <translation>Temporary password (shown once, must be changed at first sign-in): {password}</translation>
    </message>
    <message>
        <source>Petugas {name} sekarang dinonaktifkan.</source>
        <translation>Officer {name} is now disabled.</translation>
    </message>
    <message>
        <source>Petugas {name} sekarang aktif.</source>
        <translation>Officer {name} is now active.</translation>
    </message>
    <message>
        <source>Kata sandi sementara baru untuk {name} (hanya ditampilkan sekali): {password}</source>
        <translation>New temporary password for {name} (shown once): {password}</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>{state}, wajib ganti kata sandi</source>
        <translation>{state}, must change password</translation>
    </message>
    <message>
        <source>Kata sandi {name} sudah diganti.</source>
        <translation>Password changed for {name}.</translation>
    </message>
    <message>
        <source>akun petugas (admin)</source>
        <translation>officer accounts (admin)</translation>
    </message>
    <message>
        <source>akun petugas baru</source>
        <translation>new officer account</translation>
    </message>
    <message>
        <source>petugas, verifikator atau admin (ulangi untuk beberapa peran)</source>
        <translation>petugas, verifikator or admin (repeat for several)</translation>
    </message>
    <message>
        <source>hentikan akun agar tidak dapat masuk</source>
        <translation>stop an account signing in</translation>
    </message>
    <message>
        <source>izinkan akun yang dinonaktifkan masuk lagi</source>
        <translation>let a disabled account sign in again</translation>
    </message>
    <message>
        <source>kata sandi sementara baru; membuka kunci akun</source>
        <translation>new temporary password; lifts a lockout</translation>
    </message>
    <message>
        <source>semua akun petugas</source>
        <translation>all officer accounts</translation>
    </message>
    <message>
        <source>ganti kata sandi Anda (yang sekarang, lalu yang baru, di stdin)</source>
        <translation>change your password (current, then new, on stdin)</translation>
    </message>
</context>
</TS>
