<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>categories</name>
    <message>
        <source>Pengemudi ojek online</source>
        <translation>Online ojek driver</translation>
    </message>
    <message>
        <source>Pengemudi ojek pangkalan</source>
        <translation>Ojek pangkalan (base) driver</translation>
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
