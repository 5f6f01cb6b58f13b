"""Python source literals for values from policies: deterministic and injection-proof.

Strings are escaped character by character (never interpolated into code), and
the layout matches `ruff format` so generated modules pass `ruff format --check`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from decimal import Decimal
from functools import cache

_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def string(text: str) -> str:
    quote = "'" if text.count('"') > text.count("'") else '"'
    out = [quote]
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch == quote:
            out.append("\\" + ch)
        elif not ch.isprintable() or ch in "\u2028\u2029":
            code = ord(ch)
            if code <= 0xFF:
                out.append(f"\\x{code:02x}")
            elif code <= 0xFFFF:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append(quote)
    return "".join(out)


def _width(text: str) -> int:
    """Display width as ruff counts it: East Asian wide characters take two columns."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


@cache
def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


@cache
def _piece_widths(ch: str) -> tuple[int, int]:
    """Width of one character once escaped inside "..." and inside '...'."""
    return _width(_escaped(ch, '"')), _width(_escaped(ch, "'"))


def _escaped(ch: str, quote: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ch == quote:
        return "\\" + ch
    if not ch.isprintable() or ch in "\u2028\u2029":
        code = ord(ch)
        if code <= 0xFF:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return ch


def long_string(text: str, indent: str, width: int = 64) -> str:
    """A string literal, split into implicitly concatenated pieces when long.

    Widths are kept incrementally for both quote styles (`string` picks the style per
    piece), so splitting is linear in the text.
    """
    whole = string(text)
    if _width(whole) <= width:
        return whole
    pieces: list[str] = []
    start = 0
    double = single = 0  # escaped widths of the piece so far, in "..." and '...'
    n_double = n_single = 0  # quote characters in the piece so far
    for i, ch in enumerate(text):
        w_double, w_single = _piece_widths(ch)
        nd = n_double + (ch == '"')
        ns = n_single + (ch == "'")
        after = 2 + ((single + w_single) if nd > ns else (double + w_double))
        if i > start and after > width:
            pieces.append(text[start:i])
            start = i
            double, single, n_double, n_single = w_double, w_single, ch == '"', ch == "'"
        else:
            double, single, n_double, n_single = double + w_double, single + w_single, nd, ns
    pieces.append(text[start:])
    inner = indent + "    "
    return "(\n" + "".join(f"{inner}{string(p)}\n" for p in pieces) + f"{indent})"


def comment(text: str) -> str:
    """Text safe inside a `#` comment: one line, printable."""
    return "".join(ch if ch.isprintable() and ch not in "\u2028\u2029" else "?" for ch in text)


def scalar(value: object) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return f"Decimal({string(str(value))})"
    if isinstance(value, dt.date):
        return f"datetime.date({value.year}, {value.month}, {value.day})"
    if isinstance(value, str):
        return string(value)
    raise TypeError(f"no literal for {type(value).__name__}")


def sort_key(value: object) -> tuple[str, str]:
    return (type(value).__name__, str(value))


def literal(value: object, indent: str = "") -> str:
    """A literal; containers are exploded one item per line with a trailing comma,
    which `ruff format` keeps as written (its "magic trailing comma")."""
    if isinstance(value, frozenset):
        if not value:
            return "frozenset()"
        inner = indent + "    "
        items = "".join(
            f"{inner}    {literal(v, inner + '    ')},\n" for v in sorted(value, key=sort_key)
        )
        return f"frozenset(\n{inner}{{\n{items}{inner}}}\n{indent})"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = indent + "    "
        fields = "".join(
            f"{inner}{f.name}={literal(getattr(value, f.name), inner)},\n"
            for f in dataclasses.fields(value)
            if f.init
        )
        return f"{type(value).__name__}(\n{fields}{indent})"
    if isinstance(value, str):
        return long_string(value, indent)
    if isinstance(value, tuple):
        if not value:
            return "()"
        inner = indent + "    "
        return "(\n" + "".join(f"{inner}{literal(v, inner)},\n" for v in value) + f"{indent})"
    return scalar(value)
