"""Characters no name, address or code holds: controls (NUL among them: PostgreSQL's text
cannot store it), lone surrogates (not encodable as UTF-8) and XML's non-characters
(openpyxl refuses them)."""

from __future__ import annotations

import re

BAD_CHARACTERS = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def has_bad_characters(text: str) -> bool:
    return BAD_CHARACTERS.search(text) is not None
