"""The reference repository on a real store: bulk load, lookups, name search, file in force."""

from __future__ import annotations

from datetime import date

from ucj_desktop.store.models import ReferenceSource, utcnow
from ucj_desktop.store.repos import reference
from ucj_desktop.store.repos.reference import DtsenPerson

SITI = ("3275014101900001", "3275010101900009", "Siti Aminah", "1990-01-01", "P", "Jl. Mawar 1",
        "001", "002", "32.75.01.1001", 2, 2)  # fmt: skip
BUDI = ("3275010202850002", "", "Budi Santoso", "", "", "", "", "", "", 4, 3)


def _source(kind: str, name: str) -> ReferenceSource:
    return ReferenceSource(
        kind=kind,
        file_name=name,
        sha256="0" * 64,
        rows_total=2,
        rows_accepted=2,
        rows_rejected=0,
        imported_at=utcnow(),
        imported_by=None,
    )


def _load_dtsen(tx) -> None:
    reference.clear(tx, "dtsen")
    assert reference.insert_rows(tx, "dtsen", [SITI, BUDI]) == 2
    reference.rebuild_name_index(tx)
    reference.put_in_force(tx, _source("dtsen", "dtsen.csv"))


def test_a_loaded_person_comes_back_as_a_named_row(opened_store):
    with opened_store.transaction() as tx:
        _load_dtsen(tx)
        tx.commit()
    with opened_store.transaction() as tx:
        siti = reference.dtsen_person(tx, SITI[0])
        budi = reference.dtsen_person(tx, BUDI[0])
        assert reference.dtsen_person(tx, "3275010303800003") is None
        assert reference.loaded_kinds(tx) == {"dtsen"}
    assert siti == DtsenPerson(
        SITI[0], SITI[1], "Siti Aminah", date(1990, 1, 1), "P", "Jl. Mawar 1", "001", "002",
        "32.75.01.1001", 2, 2,
    )  # fmt: skip
    assert budi == DtsenPerson(BUDI[0], None, "Budi Santoso", None, None, None, None, None,
                               None, 4, 3)  # fmt: skip


def test_a_nik_loaded_twice_is_kept_once_and_reported_with_its_first_line(opened_store):
    again = (SITI[0], *SITI[1:-1], 9)
    with opened_store.transaction() as tx:
        reference.clear(tx, "dtsen")
        assert reference.insert_rows(tx, "dtsen", [SITI]) == 1
        assert reference.insert_rows(tx, "dtsen", [again, BUDI]) == 1
        assert reference.duplicates_among(tx, "dtsen", [again, BUDI]) == [(9, 2)]


def test_name_search_finds_a_part_of_a_name_and_filters(opened_store):
    with opened_store.transaction() as tx:
        _load_dtsen(tx)
        tx.commit()
    with opened_store.transaction() as tx:
        assert [p.nik for p in reference.search_names(tx, "aminah", None, None, 10)] == [SITI[0]]
        assert reference.search_names(tx, "aminah", None, 4, 10) == []
        assert reference.search_names(tx, "santo", "32.75.01.1001", None, 10) == []
        assert len(reference.search_names(tx, "a", None, None, 10)) == 0  # trigram: 3+ chars


def test_coverage_scheme_says_whether_and_by_what_a_nik_is_covered(opened_store):
    with opened_store.transaction() as tx:
        reference.clear(tx, "coverage")
        reference.insert_rows(tx, "coverage", [(SITI[0], "NON_ASN", 2), (BUDI[0], "", 3)])
        assert reference.coverage_scheme(tx, SITI[0]) == "NON_ASN"
        assert reference.coverage_scheme(tx, BUDI[0]) == ""
        assert reference.coverage_scheme(tx, "3275010303800003") is None


def test_a_new_file_in_force_retires_the_previous_one_of_its_kind(opened_store):
    with opened_store.transaction() as tx:
        first = reference.put_in_force(tx, _source("dtsen", "old.csv"))
        reference.put_in_force(tx, _source("coverage", "cov.csv"))
        second = reference.put_in_force(tx, _source("dtsen", "new.csv"))
        tx.commit()
    with opened_store.transaction() as tx:
        in_force = reference.sources_in_force(tx)
        old = tx.get(ReferenceSource, first)
    assert second != first and old is not None and not old.in_force
    assert {k: s.file_name for k, s in in_force.items()} == {
        "dtsen": "new.csv",
        "coverage": "cov.csv",
    }


def test_clearing_empties_the_kind_and_its_name_index(opened_store):
    with opened_store.transaction() as tx:
        _load_dtsen(tx)
        reference.clear(tx, "dtsen")
        assert reference.dtsen_person(tx, SITI[0]) is None
        assert reference.search_names(tx, "aminah", None, None, 10) == []
