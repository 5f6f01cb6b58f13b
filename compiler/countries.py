"""ISO 3166-1 country codes, validated against pycountry's copy of the standard.

The regulations name places their own way ("Korea, South", "Burma", "Macau");
those names resolve to codes through an explicit table, and anything else must
be an exact ISO code or an exact ISO name. No fuzzy guessing decides a value;
fuzzy matching only ever produces a `help:` hint.
"""

from __future__ import annotations

from functools import cache

import pycountry

# Names used in 15 CFR (Supplement No. 1 to part 740 and elsewhere) that are not
# ISO short names.
EAR_NAMES = {
    "burma": "MM",
    "china": "CN",
    "china (prc)": "CN",
    "people's republic of china": "CN",
    "congo (democratic republic of)": "CD",
    "democratic republic of the congo": "CD",
    "congo (republic of)": "CG",
    "czech republic": "CZ",
    "hong kong": "HK",
    "iran": "IR",
    "korea, north": "KP",
    "korea (north)": "KP",
    "north korea": "KP",
    "korea, south": "KR",
    "korea (south)": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
    "laos": "LA",
    "macau": "MO",
    "macao": "MO",
    "moldova": "MD",
    "russia": "RU",
    "syria": "SY",
    "taiwan": "TW",
    "turkey": "TR",
    "türkiye": "TR",
    "turkiye": "TR",
    "united kingdom": "GB",
    "uk": "GB",
    "united states": "US",
    "usa": "US",
    "united arab emirates": "AE",
    "uae": "AE",
    "venezuela": "VE",
    "vietnam": "VN",
    "bolivia": "BO",
    "tanzania": "TZ",
    "vatican city": "VA",
}


@cache
def alpha2_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


@cache
def name_table() -> dict[str, str]:
    """Every accepted spelling (case-folded) -> alpha-2 code."""
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table[value.casefold()] = c.alpha_2
    table.update(EAR_NAMES)
    return dict(sorted(table.items()))


def is_country_code(code: str) -> bool:
    return code in alpha2_codes()


def resolve(text: str) -> str | None:
    """The alpha-2 code for an exact code or an exact (case-insensitive) name."""
    if text in alpha2_codes():
        return text
    return name_table().get(text.strip().casefold())


def suggest(text: str) -> str | None:
    """A hint for a value that is neither a code nor a known name."""
    if text.upper() in alpha2_codes():
        return f'country codes are upper case: "{text.upper()}"'
    try:
        matches = pycountry.countries.search_fuzzy(text)
    except LookupError:
        return None
    found = matches[0]
    return f'did you mean "{found.alpha_2}" ({found.name})?'


def name_of(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code
