"""Errors raised by domain rules: a code the GUI translates, never a sentence."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule was broken; ``code`` says which, ``field`` where, ``values`` the numbers involved.

    ``values`` must never hold personal data (NIK, name, phone): errors end up in logs.
    """

    code: str
    field: str | None
    values: dict[str, object]

    def __init__(self, code: str, field: str | None = None, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.field = field
        self.values = dict(values)

    def __str__(self) -> str:
        where = f" [field {self.field}]" if self.field else ""
        details = ", ".join(f"{key}={value!r}" for key, value in sorted(self.values.items()))
        return f"{self.code}{where}" + (f": {details}" if details else "")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, field={self.field!r}, values={self.values!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep field and values when the error crosses a process boundary (pickle).
        return (_rebuild, (type(self), self.code, self.field, self.values))


class IllegalTransition(DomainError):
    """A record life-cycle action is not allowed from the record's current status."""


def _rebuild(
    cls: type[DomainError], code: str, field: str | None, values: dict[str, object]
) -> DomainError:
    """Recreate a pickled DomainError (helper for ``__reduce__``)."""
    return cls(code, field, **values)
