"""ISO 3166-1 country codes, validated against pycountry's copy of the standard."""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def alpha2_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


def is_country_code(code: str) -> bool:
    return code in alpha2_codes()


def suggest(text: str) -> str | None:
    """A hint for a country written as a name or a wrong code."""
    try:
        found = pycountry.countries.lookup(text)
    except LookupError:
        try:
            matches = pycountry.countries.search_fuzzy(text)
        except LookupError:
            return None
        found = matches[0]
    return f'did you mean "{found.alpha_2}" ({found.name})?'


def name_of(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code
