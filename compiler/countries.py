"""ISO 3166-1 country codes, validated against pycountry's copy of the standard.

The regulations name places their own way ("Korea, South", "Burma", "Macau");
those names resolve to codes through an explicit table, and anything else must
be an exact ISO code or an ISO name (case, accents, "&" for "and" and spacing
aside). No fuzzy guessing decides a value; fuzzy matching only ever produces a
`help:` hint.
"""

from __future__ import annotations

import difflib
from functools import cache

import pycountry
from earmark.compiler.runtime import country_key

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
    # Country Group spellings in Supplement No. 1 to part 740 (eCFR of 2026-07-23)
    "south sudan, republic of": "SS",
    "congo (democratic republic of the)": "CD",
    "congo (republic of the)": "CG",
    "cote d'ivoire": "CI",
    "gambia, the": "GM",
    "the bahamas": "BS",
    "cape verde": "CV",
    "brunei": "BN",
    "sint maarten (the dutch two-fifths of the island of saint martin)": "SX",
    "sint maarten": "SX",
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
                table[country_key(value)] = c.alpha_2
    table.update({country_key(name): code for name, code in EAR_NAMES.items()})
    return dict(sorted(table.items()))


def is_country_code(code: str) -> bool:
    return code in alpha2_codes()


def resolve(text: str) -> str | None:
    """The alpha-2 code for an exact code or an exact (case-insensitive) name."""
    if text in alpha2_codes():
        return text
    return name_table().get(country_key(text))


def suggest(text: str) -> str | None:
    """A hint for a value that is neither a code nor a known name (never a guess used as
    a value: only the wording of a `help:` line)."""
    if text.upper() in alpha2_codes():
        return f'country codes are upper case: "{text.upper()}"'
    alpha3 = pycountry.countries.get(alpha_3=text.upper()) if len(text) == 3 else None
    if alpha3 is not None:
        return f'did you mean "{alpha3.alpha_2}" ({alpha3.name})? codes have two letters'
    key = country_key(text)
    table = name_table()
    if len(key) >= 3:
        containing = sorted(
            {code for name, code in table.items() if key in name.replace(",", " ").split()}
        )
        if len(containing) > 1:
            options = ", ".join(f'"{c}" ({name_of(c)})' for c in containing[:4])
            return f"ambiguous: which one? {options}"
    close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.8)
    if close:
        code = table[close[0]]
        return f'did you mean "{code}" ({name_of(code)})?'
    return None


def name_of(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code
