"""Country names: the EAR's own spellings resolve to ISO 3166-1 codes; nothing is guessed."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

import pytest
from earmark.compiler.countries import resolve

# Every name in the Country Group tables of Supplement No. 1 to part 740 (eCFR of
# 2026-07-23, as extracted in docs/verification.md), spelt as the EAR spells it.
EAR_COUNTRY_GROUP_NAMES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Aruba|
Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|
Bhutan|Bolivia|Bosnia & Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burma|
Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|
China (PRC)|Colombia|Comoros|Congo (Democratic Republic of the)|
Congo (Democratic Republic of)|Congo (Republic of the)|Costa Rica|Cote d'Ivoire|Croatia|
Cuba|Curaçao|Cyprus|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|
Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|
Gabon|Gambia, The|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|
Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea, North|Korea, South|Kuwait|
Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Lithuania|Luxembourg|Macau|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|
Mexico|Micronesia, Federated States of|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|
North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts & Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome & Principe|Saudi Arabia|
Senegal|Serbia|Seychelles|Sierra Leone|Singapore|
Sint Maarten (the Dutch two-fifths of the island of Saint Martin)|Slovakia|Slovenia|
Solomon Islands|Somalia|South Africa|South Sudan, Republic of|Spain|Sri Lanka|Sudan|
Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|The Bahamas|
Timor-Leste|Togo|Tonga|Trinidad & Tobago|Tunisia|Türkiye|Turkmenistan|Tuvalu|Uganda|
Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|
Vatican City|Venezuela|Vietnam|Western Sahara|Yemen|Zambia|Zimbabwe
"""


def ear_names() -> list[str]:
    return [n.strip() for n in EAR_COUNTRY_GROUP_NAMES.replace("\n", "").split("|")]


def test_every_country_group_name_of_the_ear_resolves_to_a_code() -> None:
    unresolved = [name for name in ear_names() if resolve(name) is None]
    assert unresolved == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Korea, South", "KR"),
        ("Congo (Republic of the)", "CG"),
        ("Congo (Democratic Republic of the)", "CD"),
        ("South Sudan, Republic of", "SS"),
        ("Cote d'Ivoire", "CI"),  # accents aside
        ("Côte d'Ivoire", "CI"),
        ("Trinidad & Tobago", "TT"),  # "&" for "and"
        ("  korea,   SOUTH ", "KR"),  # case and spacing aside
    ],
)
def test_ear_spellings_resolve_to_their_iso_code(name: str, code: str) -> None:
    assert resolve(name) == code


def test_a_place_without_an_iso_code_is_not_guessed() -> None:
    assert resolve("Kosovo") is None  # in Country Group B, but ISO 3166-1 has no code for it


def test_the_generated_checker_reads_country_names_like_the_compiler(
    checker_0115: ModuleType,
) -> None:
    for name in ("Trinidad & Tobago", "Cote d'Ivoire", "South Sudan, Republic of"):
        facts = {"exporter_role": "other_party", "packaging_country": name}
        assert checker_0115.validate(facts)["packaging_country"] == resolve(name)


# The Country Groups the lists file encodes, as the eCFR of 2026-07-23 has them (machine
# extract cited in docs/verification.md, "Follow-up, 2026-11-26").
ECFR_2026_07_23 = {
    "country_group_a1": "Argentina|Australia|Austria|Belgium|Bulgaria|Canada|Croatia|"
    "Czech Republic|Denmark|Estonia|Finland|France|Germany|Greece|Hungary|Iceland|India|"
    "Ireland|Italy|Japan|Korea, South|Latvia|Lithuania|Luxembourg|Mexico|Netherlands|"
    "New Zealand|Norway|Poland|Portugal|Romania|Slovakia|Slovenia|South Africa|Spain|Sweden|"
    "Switzerland|Türkiye|United Kingdom|United States",
    "country_group_a5": "Argentina|Australia|Austria|Belgium|Bulgaria|Canada|Croatia|"
    "Czech Republic|Denmark|Estonia|Finland|France|Germany|Greece|Hungary|Iceland|India|"
    "Ireland|Italy|Japan|Korea, South|Latvia|Lithuania|Luxembourg|Netherlands|New Zealand|"
    "Norway|Poland|Portugal|Romania|Slovakia|Slovenia|Spain|Sweden|Switzerland|Türkiye|"
    "United Arab Emirates|United Kingdom",
    "country_group_a6": "Albania|Cyprus|Israel|Malta|Mexico|Singapore|South Africa|Taiwan",
    "country_group_d1": "Armenia|Azerbaijan|Belarus|Burma|Cambodia|China (PRC)|Georgia|Iraq|"
    "Kazakhstan|Korea, North|Kyrgyzstan|Laos|Libya|Macau|Moldova|Mongolia|Nicaragua|Russia|"
    "Tajikistan|Turkmenistan|Uzbekistan|Venezuela|Vietnam|Yemen",
    "country_group_d4": "Bahrain|Belarus|China (PRC)|Egypt|Iran|Iraq|Israel|Jordan|"
    "Korea, North|Kuwait|Lebanon|Libya|Macau|Oman|Pakistan|Qatar|Russia|Saudi Arabia|Syria|"
    "Venezuela|Yemen",
    "country_group_d5": "Afghanistan|Belarus|Burma|Central African Republic|China (PRC)|"
    "Congo (Democratic Republic of)|Cuba|Eritrea|Haiti|Iran|Iraq|Korea, North|Lebanon|Libya|"
    "Nicaragua|Russia|Somalia|South Sudan, Republic of|Sudan|Syria|Venezuela|Zimbabwe",
}


@pytest.mark.parametrize("group", sorted(ECFR_2026_07_23))
def test_country_groups_on_2026_07_23_are_those_of_the_ecfr_of_that_day(
    group: str, checker_0115: ModuleType
) -> None:
    expected = {resolve(name) for name in ECFR_2026_07_23[group].split("|")}
    assert getattr(checker_0115.era_at(dt.date(2026, 7, 23)), group) == expected
