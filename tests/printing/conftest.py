"""The officer's language for a test: English while it runs, Bahasa Indonesia again after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ucj_desktop.wording import catalog


@pytest.fixture
def english() -> Iterator[None]:
    catalog.set_language(catalog.ENGLISH)
    try:
        yield
    finally:
        catalog.set_language(catalog.INDONESIAN)
