"""One line of plain English for each problem code the CLI can meet (the GUI has its own,
translated, wording in gui/messages.py)."""

from __future__ import annotations

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.store.errors import Problem, StoreError

STORE_MESSAGES: dict[Problem, str] = {
    Problem.NOT_INITIALISED: "no store in {path}: run 'ucj init' first (or pass --data-dir)",
    Problem.ALREADY_INITIALISED: "a store already exists in {path}; nothing was changed",
    Problem.KEYRING_UNAVAILABLE: (
        "no usable OS keyring ({detail}): the store key cannot be kept safely. Start the "
        "desktop session's keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring "
        "or KWallet) and try again; the app never falls back to a plaintext key"
    ),
    Problem.KEY_MISSING: (
        "the store key is not in this computer's keyring: run 'ucj recover CODE' (the hub: "
        "'ucj-hub recover CODE') with the recovery code printed at setup"
    ),
    Problem.WRONG_KEY: (
        "the key in the keyring does not belong to the store in {path}: run 'ucj recover CODE' "
        "with this store's recovery code"
    ),
    Problem.CORRUPT: (
        "the store file {path} is damaged ({detail}): restore the latest backup with "
        "'ucj restore FILE'"
    ),
    Problem.IO_ERROR: (
        "the disk holding {path} could not be read or written ({detail}): check the disk and "
        "its free space, then run 'ucj check'; restore a backup only if check finds damage"
    ),
    Problem.READ_ONLY: "cannot write in {path}: the folder or file is read-only ({detail})",
    Problem.DISK_FULL: "the disk holding {path} is full: free some space and try again",
    Problem.LOCKED: "the store {path} is in use by another program: close it and try again",
    Problem.CANNOT_OPEN: "cannot open the store file {path}: {detail}",
    Problem.MANIFEST_INVALID: "the store description file {path} is damaged: {detail}",
    Problem.SCHEMA_TOO_NEW: (
        "the store was written by a newer version of UCJ Desktop ({detail}): install that "
        "version or newer"
    ),
    Problem.RECOVERY_CODE_INVALID: "that is not a valid recovery code ({detail}): check it",
    Problem.RECOVERY_CODE_WRONG_STORE: (
        "that recovery code is valid but belongs to another store, not the one in {path}"
    ),
}

DOMAIN_MESSAGES: dict[str, str] = {
    "office.unknown": "--office: not a Kota Bekasi kelurahan code (expected 32.75.KK.1NNN)",
    "username.invalid": ("user name: 3-32 characters, lower-case letters, digits, '.', '_' or '-'"),
    "role.unknown": "--role: unknown role {role!r} (petugas, verifikator, admin)",
    "role.none": "--role: at least one role is needed",
    "cli.user_missing": "--user: name the acting officer (or set UCJ_USER)",
    "auth.invalid": "--user/password: wrong user name or password",
    "auth.locked": "--user: the account is locked for {minutes} more minute(s) after 5 failures",
    "auth.disabled": "--user: the account is disabled",
    "auth.must_change_password": (
        "--user: the temporary password must first be changed (sign in once in the app)"
    ),
    "permission.denied": "your roles do not allow this ({permission})",
    "officer.exists": "user name: an account with that name exists already",
    "officer.unknown": "user name: no such account",
    "officer.cannot_disable_self": "you cannot disable your own account",
    "officer.last_admin": "this is the last active admin account: add another admin first",
    "officer.full_name_empty": "--full-name: must not be empty",
    "settings.idle_lock_range": "idle lock: between {min} and {max} minutes",
    "auth.session_ended": "the account was disabled or changed: sign in again",
    "password.unchanged": "new password: it must differ from the current one",
    "json.invalid": "file: not valid JSON ({reason})",
    "json.not_object": "file: the JSON must be one object with the registration's keys",
    "json.unknown_keys": "file: unknown key(s) {keys}",
    "json.missing_keys": "file: missing key(s) {keys}",
    "json.bad_value": "{field}: expected {expected}",
    "registration.invalid": "the registration has {count} field problem(s), listed above",
    "registration.duplicate": "nik: already registered here (registration {existing_id})",
    "registration.ineligible": "not eligible, so it cannot be submitted ({rules}); save it "
    "with --draft",
    "registration.unknown": "id: no such registration",
    "registration.own_record": "you made or submitted this registration: another verifier must "
    "check it",
    "registration.read_only": "this registration is {status} and cannot be edited",
    "registration.reason_note_required": "--note: say why when the reason is LAINNYA",
    "status.illegal": "not allowed for a registration in status {current} ({action})",
    "keys.bad_file": "file: not a UCJ key file ({reason})",
    "keys.wrong_role": "file: a {role} key file, but a {expected} key file is needed",
    "keys.no_hub_key": "no hub key yet: run 'ucj keys import HUB-KEY-FILE' first",
    "batch.nothing_to_export": "no verified registration waits for export; nothing written",
    "batch.unknown": "--again: no batch {sequence}",
    "registration.bad_key": "{key!r} is not a registration id (36 characters), a NIK (16 digits) "
    "or a KPJ (11 digits)",
    "registration.no_match": "no registration has {kind} {key}; nothing changed",
    "registration.ambiguous": "{kind} {key} matches {count} registrations ({ids}): give the "
    "registration id instead; nothing changed",
    "demo.no_hub": "this demo store was made by an older version and has no demo hub: "
    "delete the demo folder and start with --demo again",
    "demo.not_demo": "the demo hub exists only in a demo store; nothing changed",
    "report.unknown_kind": "kind: unknown report {kind!r} (quota, premium, roster)",
    "report.unknown_format": "--out: {suffix} is not a report format; use .xlsx, .csv or .pdf",
    "report.unknown_status": "--status: unknown state {status!r}",
    "report.bad_month": "--month: {value!r} is not a month; write it as YYYY-MM, e.g. 2026-11",
    "report.write_failed": "--out: cannot write the report there ({reason}); nothing was written",
    "backup.exists": "--out: {path} exists already; choose another name (nothing was written)",
    "backup.write_failed": "--out: cannot write the backup there ({reason}); nothing was written",
    "backup.not_a_backup": "FILE: not a UCJ Desktop backup ({reason}); nothing was changed",
    "backup.too_new": (
        "FILE: made by a newer UCJ Desktop ({version}); install that version or newer"
    ),
    "backup.damaged": (
        "FILE: the backup is damaged (its database does not match its checksum or fails the "
        "integrity check); use another backup. Nothing was changed"
    ),
    "backup.recovery_code_needed": (
        "--recovery-code: this computer's keyring does not hold this store's key; give the "
        "recovery code printed at setup (nothing was changed)"
    ),
    "backup.store_exists": (
        "a store already exists in {path}; add --replace to move it aside and restore the "
        "backup (nothing was changed)"
    ),
    "backup.restore_incomplete": (
        "the restore failed half-way and the old store could not be put back: it is whole in "
        "{path}; copy its files back into the data folder or restore again"
    ),
    "backup.store_in_use": (
        "the store in {path} is open in UCJ Desktop or another ucj command: close them all on "
        "this computer, then restore again (nothing was changed)"
    ),
    "backup.admin_needed": (
        "--user: the store in the folder still opens, so only one of its admins may replace "
        "it; add --user NAME (nothing was changed)"
    ),
    "backup.restore_failed": (
        "cannot write the restored store into the data folder ({reason}); the folder was not "
        "changed"
    ),
    "batch.write_failed": "--out: cannot write the batch file there ({reason}); nothing changed",
    "batch.rename_failed": "batch {sequence} is recorded but its file could not be put in "
    "place: write it again with --again {sequence}",
    "print.nothing": "no enrolled worker waits for a card; name --ids to print others",
    "print.not_enrolled": "registration {id} has no KPJ or card token yet (not enrolled)",
    "print.reprint_reason": "{count} card(s) were printed before: say why with --reason",
    "print.write_failed": "--out: cannot write the PDF ({reason}); nothing recorded",
    "print.already_handed": (
        "{count} of these cards were handed over already (a reprinted card can be handed "
        "over again); nothing was recorded"
    ),
    "print.not_printed": "{count} of these cards were never printed",
    "print.nothing_selected": "name the registration ids",
    "print.bad_token": "registration {id}...: its card code does not verify with a trusted hub "
    "key; nothing printed (ask the hub)",
    "print.unknown_scope": "--scope: unknown queue {scope!r}",
    "print.unknown_layout": "--layout: unknown layout {layout!r}",
    "print.unknown_destination": "unknown print destination",
    "card.not_a_token": (
        "not a UCJ card code, or not all of it (a card's code is one long number; "
        "older cards' codes start UCJ1.)"
    ),
    "card.bad_signature": "NOT GENUINE: the card's signature does not match the city hub's key",
    "card.bad_payload": "the card code is damaged",
    "ack.duplicate_records": "the acknowledgement lists a registration twice; nothing changed",
    "package.corrupt": "the package file is damaged or was changed ({reason}); nothing changed",
    "package.wrong_members": "not a UCJ sync package (members {found}); nothing changed",
    "package.too_large": "the package file is damaged or was changed ({member} claims an "
    "impossible size); nothing changed",
    "package.file_too_large": "the file is larger than any sync package ({megabytes} MB): "
    "it is not one; nothing changed",
    "package.not_a_file": "that is not a package file (a device or a pipe); nothing changed",
    "package.bad_recipient_key": "the trusted hub key is not a valid age recipient: import the "
    "hub key file again",
    "package.bad_manifest": "the package manifest is invalid ({reason}); nothing changed",
    "package.unsupported_version": "package format version {version} is not supported",
    "package.wrong_kind": "this is a {kind} package, not an {expected}; nothing changed",
    "package.unknown_signer": "signed by a key this office does not trust ({signer}...); "
    "import the hub key first",
    "package.bad_signature": "the package signature does not verify: it was changed after "
    "signing; nothing changed",
    "package.hash_mismatch": "the payload does not match the manifest's hash; nothing changed",
    "package.wrong_recipient": "this package is for another device; nothing changed",
    "package.decrypt_failed": "the payload cannot be decrypted with this device's key",
    "package.bad_payload": "the payload is not valid records ({reason}); nothing changed",
    "package.count_mismatch": "the payload has {found} records, the manifest says {expected}",
    "package.conflict": "an acknowledgement {package} was already imported with other "
    "content: refused, nothing merged",
    "ack.other_office": "this acknowledgement is for office {office}; nothing changed",
    "ack.unknown_records": "the acknowledgement names {count} registration(s) this office never "
    "exported; nothing changed",
    "ack.bad_record": "record {record} of the acknowledgement (registration {registration}...) "
    "has an invalid {field} ({reason}); nothing changed",
    "bpjs_map.not_found": "BPJS column map {map!r}: no such map; nothing written",
    "bpjs_map.unreadable": "BPJS column map {map!r}: not a readable JSON file ({reason})",
    "bpjs_map.missing_key": "BPJS column map {map!r}: the key {key!r} is missing",
    "bpjs_map.unknown_key": "BPJS column map {map!r}: unknown key {key!r} (a typo?)",
    "bpjs_map.bad_value": "BPJS column map {map!r}: {key!r} must be {expected}",
    "bpjs_map.unsupported_format": "BPJS column map {map!r}: format version {format_version} "
    "is not supported (this version reads {supported}): install a newer UCJ Desktop",
    "bpjs_file.bad_months": "months paid: a whole number from {minimum} to {maximum}",
    "bpjs_file.no_rows": "no worker to send to BPJS; nothing written",
    "bpjs_file.bad_rows": "{count} row(s) cannot go into the BPJS file, nothing written: {lines}",
    "bpjs_result.bad_lines": "BPJS result file: {count} bad line(s), nothing read: {lines}",
    "bpjs_result.missing_columns": "BPJS result file: no column for {missing} among its "
    "{found} header(s); nothing read",
    "bpjs_result.ambiguous_column": "BPJS result file: the columns {headers} could each hold "
    "the {column}; nothing read",
    "bpjs_result.too_many_rows": "BPJS result file: more than {maximum:,} lines, more than "
    "any result; nothing read",
    "cli.category_only_candidates": "--category: only for 'ucj import candidates'",
    "cli.map_syntax": "--map: write COLUMN=FIELD (got {value!r})",
    "cli.not_for_settings": "--map, --accept-valid and --category are not for "
    "'ucj import settings'",
    "columns.missing": "the file lacks the column(s) {missing}; its header has {found}. "
    "Use --map COLUMN=FIELD for a column with another name",
    "columns.duplicate": "two columns could hold {field}: {columns}; use --map to choose one",
    "columns.unknown_field": "--map: no field {field!r}; fields are {allowed}",
    "columns.not_in_file": "--map: the file has no column {column!r}",
    "file.not_found": "file: not found",
    "file.unreadable": "file: cannot be read ({reason})",
    "file.empty": "file: it is empty (0 bytes)",
    "file.binary": "file: not a CSV or XLSX file (it holds binary data)",
    "file.no_header": "file: no header row",
    "file.no_rows": "file: a header but no data rows; nothing changed",
    "file.encoding": "file: line {line} is neither UTF-8 nor Windows-1252 text",
    "csv.malformed": "file: line {line} is not valid CSV ({reason})",
    "xlsx.unreadable": "file: the XLSX file is damaged or truncated ({reason})",
    "xlsx.too_many_rows": "file: the sheet goes on past row {maximum:,}, Excel's last row "
    "(empty rows count): it was not saved by Excel; nothing changed",
    "xlsx.shared_strings_too_large": "file: the workbook's text table unpacks to {megabytes:,} "
    "MB, far more than any extract: it is damaged or hostile; nothing changed",
    "file.header_too_long": "file: line 1 is longer than {maximum:,} characters: not a header "
    "row (is this a CSV file?)",
    "file.too_many_columns": "file: the header has {found:,} columns, more than {maximum:,}: "
    "not an extract's header",
    "import.cancelled": "import cancelled; the previous data are unchanged",
    "import.report_unwritable": "cannot write the error report next to the file or in the "
    "data folder",
    "import.reader_failed": "the file reader stopped unexpectedly; nothing changed",
    "import.unknown_kind": "unknown reference kind {kind!r}",
    "search.too_short": "search text: at least {minimum} characters",
    "kelurahan.unknown": "--kelurahan: not a Kota Bekasi kelurahan (give its code "
    "32.75.KK.1NNN or its name)",
    "nik.empty": "NIK: none given",
    "nik.scientific": "NIK: written in scientific notation (e.g. 3.27501E+15), its digits are "
    "lost; type it as text",
    "nik.length": "NIK: 16 digits expected, got {length}",
    "nik.not_digits": "NIK: digits only",
    # The hub (ucj-hub)
    "db.not_a_url": "--db: not a database URL (postgresql+psycopg://USER@HOST/DATABASE)",
    "db.not_postgres": "--db: only PostgreSQL URLs (postgresql+psycopg://...); leave --db out "
    "for the hub's own encrypted file",
    "db.password_in_url": "--db: the URL holds a password; give it with --db-password-stdin or "
    "in libpq's password file, never on the command line (nothing was changed)",
    "db.no_database": "--db: the URL names no database",
    "hub.no_packages": "no .ucjsync package in the files or folders named",
    "hub.reader_failed": "the package reader stopped unexpectedly; the batches listed as "
    "taken are stored, the others are not: run the ingest again",
    "hub.device_not_enrolled": "signed by a laptop the hub has not enrolled ({signer}...): "
    "enroll its key file first (ucj-hub enroll-device FILE)",
    "hub.device_conflict": "device {device}... is enrolled already with other keys or for "
    "another office: refused",
    "hub.office_mismatch": "the batch says office {office}, but its laptop is enrolled for "
    "another office: refused",
    "hub.package_conflict": "a batch {package} was received before with other content: "
    "refused, nothing merged",
    "hub.sequence_conflict": "this laptop's batch {sequence} was received before as another "
    "package ({package}...): refused, nothing merged",
    "hub.bad_record": "record {record} of the batch has an invalid {field} ({reason}); "
    "nothing was taken from it",
    "hub.duplicate_record": "the batch lists registration at record {record} twice; nothing "
    "was taken from it",
    "hub.nothing_to_send": "no seated worker waits for BPJS and every BPJS file is answered; "
    "nothing written",
    "hub.bpjs_unmatched": "{count} line(s) of the BPJS file match no worker sent and "
    "unanswered (lines {lines}); nothing was applied",
    "hub.bpjs_kpj_twice": "the BPJS file gives one KPJ to two workers (lines {lines}); nothing "
    "was applied",
    "hub.bpjs_answered_meanwhile": "another ucj-hub command changed these workers while the "
    "BPJS file was read; nothing was applied: run import-bpjs again",
    "hub.coverage_rejected": "{count} line(s) of the coverage list are not valid ({lines}); "
    "nothing was changed",
    "hub.quota_below_held": "quota: {held:,} seats are held already; the quota cannot go "
    "below that",
    "config.invalid": "{field}: not a valid value ({reason})",
    "config.unknown": "{field}: no such setting",
    "hub.no_offices": "no office laptop is enrolled yet, so no office could open the settings "
    "package: enroll them first (ucj-hub enroll-device FILE); nothing written",
    # Programme settings from the hub (ucj import settings)
    "settings.unsigned": "the settings package carries no signature: refused, nothing changed",
    "settings.bad_signature": "the settings package's signature does not verify: it was "
    "changed after the hub signed it; nothing changed",
    "settings.other_key": "the settings package is signed by another key ({signer}...), not the "
    "hub key in force here; nothing changed",
    "settings.other_city": "the settings package is for city {city}, not this office's; nothing "
    "changed",
    "settings.malformed": "the settings package is not valid ({problem}: {reason}); nothing "
    "changed",
    "settings.already_in_force": "programme settings version {version} are in force here "
    "already; nothing changed",
    "settings.older": "the package holds programme settings version {version}, older than "
    "version {held} in force here; nothing changed",
    "settings.wrong_kind": "this is a {kind} package, not a settings package; nothing changed",
    "settings.other_device": "the settings package is not sealed to this laptop (enrolled after "
    "the hub wrote it?): ask the hub to export the settings again; nothing changed",
    "hub.desk_has_operators": "the hub has operators already: an admin adds the others",
}

PASSWORD_MESSAGES: dict[str, str] = {
    "password.too_short": "password: at least {minimum} characters",
    "password.too_long": "password: at most {maximum} characters",
    "password.surrounding_space": "password: must not start or end with a space",
    "password.empty": "password: none given (UCJ_PASSWORD or standard input)",
    "password.mismatch": "password: the two entries differ",
}


def describe(exc: BaseException) -> str:
    """The one line printed for an expected failure."""
    if isinstance(exc, StoreError):
        template = STORE_MESSAGES.get(exc.problem, exc.problem.value)
        return template.format(path=exc.path or "the data folder", detail=exc.detail or "-")
    if isinstance(exc, PasswordPolicyError):
        return PASSWORD_MESSAGES.get(exc.code, exc.code).format(**exc.values)
    if isinstance(exc, DomainError):
        domain_template = DOMAIN_MESSAGES.get(exc.code)
        if domain_template is None:
            return str(exc)
        # Some templates name the field ("columns.duplicate"), which is not among the values.
        return domain_template.format(field=exc.field, **exc.values)
    return str(exc)
