import dataclasses

import pytest

from ucj_desktop.domain.categories import DEFAULT_CATEGORY_CODES
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError


def invalid(data) -> DomainError:
    with pytest.raises(DomainError) as caught:
        ProgramConfig.from_mapping(data)
    assert caught.value.code == "config.invalid"
    return caught.value


def test_defaults_follow_domain_facts():
    config = ProgramConfig()
    assert (config.max_age_exclusive, config.desil_min, config.desil_max) == (65, 1, 5)
    assert config.priority_desil_max == 3
    assert config.quota == 11_666
    assert config.max_occupations == 2
    assert config.categories == DEFAULT_CATEGORY_CODES
    assert config.jkk_rate_basis_points == 100
    assert (config.min_declared_income, config.jkm_monthly) == (1_000_000, 6_800)
    assert config.city_code == "32.75"


def test_empty_mapping_gives_the_defaults():
    assert ProgramConfig.from_mapping({}) == ProgramConfig()


def test_mapping_overrides_only_the_given_settings():
    config = ProgramConfig.from_mapping({"quota": 12_000, "categories": ["OJOL", "PKL"]})
    assert config.quota == 12_000
    assert config.categories == ("OJOL", "PKL")
    assert config.max_age_exclusive == 65


@pytest.mark.parametrize(
    ("data", "field", "reason"),
    [
        ({"quotaa": 1}, "quotaa", "unknown_key"),
        ({"quota": "11666"}, "quota", "not_integer"),
        ({"quota": 11666.0}, "quota", "not_integer"),
        ({"quota": True}, "quota", "not_integer"),
        ({"quota": -1}, "quota", "out_of_range"),
        ({"max_age_exclusive": 0}, "max_age_exclusive", "out_of_range"),
        ({"desil_max": 11}, "desil_max", "out_of_range"),
        ({"desil_min": 4, "desil_max": 3, "priority_desil_max": 3}, "desil_max", "out_of_range"),
        ({"priority_desil_max": 6}, "priority_desil_max", "out_of_range"),
        ({"max_occupations": 0}, "max_occupations", "out_of_range"),
        ({"jkk_rate_basis_points": 10_001}, "jkk_rate_basis_points", "out_of_range"),
        ({"categories": "OJOL"}, "categories", "not_list"),
        ({"categories": []}, "categories", "empty"),
        ({"categories": ["ojol"]}, "categories", "bad_code"),
        ({"categories": ["OJOL", 3]}, "categories", "bad_code"),
        ({"categories": ["OJOL", "OJOL"]}, "categories", "duplicate"),
        ({"city_code": "3275"}, "city_code", "bad_code"),
        ({"city_code": 3275}, "city_code", "bad_code"),
    ],
)
def test_bad_setting_is_refused_naming_field_and_reason(data, field, reason):
    error = invalid(data)
    assert (error.field, error.values["reason"]) == (field, reason)


def test_direct_construction_and_replace_are_validated_too():
    with pytest.raises(DomainError):
        ProgramConfig(quota=-5)
    with pytest.raises(DomainError):
        dataclasses.replace(ProgramConfig(), desil_max=0)


def test_config_is_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        ProgramConfig().quota = 1  # type: ignore[misc]


def test_the_config_round_trips_through_its_mapping_with_its_version():
    config = ProgramConfig(version=3, quota=900, categories=("OJOL", "PKL"))
    mapping = config.to_mapping()
    assert mapping["version"] == 3 and mapping["categories"] == ["OJOL", "PKL"]
    assert ProgramConfig.from_mapping(mapping) == config
    assert ProgramConfig().version == 1


@pytest.mark.parametrize("version", [0, -1, True, "2"])
def test_a_version_is_a_positive_integer(version):
    with pytest.raises(DomainError) as caught:
        ProgramConfig(version=version)
    assert caught.value.field == "version"
