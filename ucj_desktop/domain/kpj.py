"""KPJ: the BPJS Ketenagakerjaan membership number, assigned by BPJS, never by the app."""

from __future__ import annotations

import re

# 11 ASCII digits, kept as text (leading zeros); `\d` would also accept other scripts' digits.
_KPJ = re.compile(r"[0-9]{11}")


def is_kpj(value: str) -> bool:
    return _KPJ.fullmatch(value) is not None
