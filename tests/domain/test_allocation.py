"""The hub's pure rules: unfit records, who wins a NIK, who gets a seat."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ucj_desktop.domain.allocation import (
    Candidate,
    Reason,
    State,
    decide,
    record_problem,
)
from ucj_desktop.domain.config import ProgramConfig

CONFIG = ProgramConfig(quota=3)
T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)
TODAY = date(2026, 1, 10)
# 3275 01 | 15 08 90 (a man born 15-08-1990) | 0001 ; a woman: day + 40.
MAN = "3275011508900001"
WOMAN = "3275015508900002"


def fit(**changes: object) -> Reason | None:
    values: dict[str, object] = {
        "nik": MAN,
        "birth_date": date(1990, 8, 15),
        "sex": "L",
        "desil": 2,
        "verified_at": T0,
        "kelurahan_code": "32.75.01.1001",
        "config": CONFIG,
        "today": TODAY,
    }
    values.update(changes)
    return record_problem(**values)  # type: ignore[arg-type]


def test_a_record_whose_nik_agrees_with_it_is_fit() -> None:
    assert fit() is None
    assert fit(nik=WOMAN, sex="P") is None


def test_each_way_a_record_can_be_unfit_by_itself() -> None:
    assert fit(nik="32750115089000") is Reason.NIK_INVALID
    assert fit(birth_date=date(1990, 8, 16)) is Reason.NIK_BIRTH_DATE
    assert fit(sex="P") is Reason.NIK_SEX
    assert fit(nik=WOMAN, sex="L") is Reason.NIK_SEX
    assert fit(desil=6) is Reason.DESIL
    assert fit(desil=None) is Reason.DESIL
    assert fit(verified_at=None) is Reason.NOT_VERIFIED
    assert fit(kelurahan_code="32.16.01.1001") is Reason.OTHER_CITY


def cand(
    n: int,
    nik: str,
    office: str = "32.75.01.1001",
    desil: int = 2,
    minutes: int = 0,
    problem: str | None = None,
) -> Candidate:
    when = T0 + timedelta(minutes=minutes)
    return Candidate(n, office, f"r{n}", nik, desil, when, problem, kelurahan_code=office)


def by_id(decisions):
    return {d.submission_id: d for d in decisions}


def test_the_earliest_verification_wins_a_nik_then_the_lower_office_code() -> None:
    made = by_id(
        decide(
            [
                cand(1, MAN, "32.75.03.1001", minutes=5),
                cand(2, MAN, "32.75.02.1001", minutes=1),
                cand(3, MAN, "32.75.01.1001", minutes=1),
            ],
            held_by={},
            covered=set(),
            free_seats=3,
            config=CONFIG,
        )
    )
    assert made[3].state is State.ALLOCATED
    assert made[1].reason is Reason.REGISTERED_ELSEWHERE and made[1].other_office == "32.75.01.1001"
    assert made[2].other_office == "32.75.01.1001"


def test_a_nik_that_already_holds_a_seat_is_returned_naming_the_holder() -> None:
    [d] = decide(
        [cand(1, MAN)], held_by={MAN: "32.75.09.1002"}, covered=set(), free_seats=3, config=CONFIG
    )
    assert (d.state, d.reason, d.other_office) == (
        State.RETURNED,
        Reason.REGISTERED_ELSEWHERE,
        "32.75.09.1002",
    )


def test_priority_desil_first_then_verification_then_nik_and_the_rest_ranked() -> None:
    made = decide(
        [
            cand(1, "3275011508900011", desil=5, minutes=0),
            cand(2, "3275011508900012", desil=1, minutes=9),
            cand(3, "3275011508900013", desil=3, minutes=9),
            cand(4, "3275011508900014", desil=4, minutes=1),
            cand(5, "3275011508900015", desil=2, minutes=20),
        ],
        held_by={},
        covered=set(),
        free_seats=3,
        config=CONFIG,
    )
    assert [(d.submission_id, d.state, d.rank) for d in made] == [
        (2, State.ALLOCATED, None),
        (3, State.ALLOCATED, None),
        (5, State.ALLOCATED, None),
        (1, State.WAITING, 1),
        (4, State.WAITING, 2),
    ]


def test_the_desil_band_and_the_city_are_judged_by_the_settings_of_the_decision() -> None:
    # Ingest stores only what the NIK's digits say; the band in force at the close decides
    # (and a code an older hub stored for the band is judged again).
    found = [
        cand(1, "3275011508900011", desil=5),
        cand(2, "3275011508900012", desil=5, problem=Reason.DESIL.value),
        cand(3, "3275011508900013"),
    ]
    narrow = ProgramConfig(quota=3, desil_max=4, city_code="32.16")
    wide = ProgramConfig(quota=3, desil_max=5)
    one = by_id(decide(found, held_by={}, covered=set(), free_seats=3, config=narrow))
    two = by_id(decide(found, held_by={}, covered=set(), free_seats=3, config=wide))
    assert [(one[n].state, one[n].reason) for n in (1, 2, 3)] == [
        (State.RETURNED, Reason.DESIL),
        (State.RETURNED, Reason.DESIL),
        (State.RETURNED, Reason.OTHER_CITY),
    ]
    assert [(two[n].state, two[n].reason) for n in (1, 2, 3)] == [
        (State.ALLOCATED, None),
        (State.ALLOCATED, None),
        (State.ALLOCATED, None),
    ]


def test_what_the_niks_digits_say_stays_whatever_the_settings() -> None:
    [d] = decide(
        [cand(1, MAN, problem=Reason.NIK_BIRTH_DATE.value)],
        held_by={},
        covered=set(),
        free_seats=3,
        config=ProgramConfig(quota=3, desil_max=10),
    )
    assert (d.state, d.reason) == (State.RETURNED, Reason.NIK_BIRTH_DATE)


def test_an_unverified_record_is_returned_at_the_close() -> None:
    c = Candidate(1, "32.75.01.1001", "r1", MAN, 2, None, None, kelurahan_code="32.75.01.1001")
    [d] = decide([c], held_by={}, covered=set(), free_seats=3, config=CONFIG)
    assert (d.state, d.reason) == (State.RETURNED, Reason.NOT_VERIFIED)


candidates = st.lists(
    st.builds(
        Candidate,
        submission_id=st.integers(1, 10_000),
        office_code=st.sampled_from(["32.75.01.1001", "32.75.02.1001", "32.75.03.1002"]),
        registration_id=st.uuids().map(str),
        nik=st.sampled_from([f"32750115089000{n:02d}" for n in range(1, 13)]),
        desil=st.integers(1, 5),
        verified_at=st.integers(0, 50).map(lambda m: T0 + timedelta(minutes=m)),
        problem=st.sampled_from([None, None, None, Reason.NIK_SEX.value]),
        kelurahan_code=st.just("32.75.01.1001"),
    ),
    max_size=30,
    unique_by=(lambda c: c.submission_id, lambda c: c.registration_id),
)


@settings(max_examples=200, deadline=None)
@given(candidates, st.randoms(use_true_random=False), st.integers(0, 12))
def test_the_result_does_not_depend_on_the_order_candidates_come_in(
    found: list[Candidate], rng, seats: int
) -> None:
    shuffled = list(found)
    rng.shuffle(shuffled)
    one = decide(found, held_by={}, covered=set(), free_seats=seats, config=CONFIG)
    two = decide(shuffled, held_by={}, covered=set(), free_seats=seats, config=CONFIG)
    assert sorted(one, key=lambda d: d.submission_id) == sorted(two, key=lambda d: d.submission_id)
    allocated = [d for d in one if d.state is State.ALLOCATED]
    assert len(allocated) <= seats
    niks = {c.submission_id: c.nik for c in found}
    assert len({niks[d.submission_id] for d in allocated}) == len(allocated)
