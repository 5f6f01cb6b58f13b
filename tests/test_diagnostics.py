"""Rendered diagnostics: file:line:col, the source line, a caret under the span, help.

The exact rendering is pinned by snapshots in tests/snapshots/diagnostic_*.txt;
run with UPDATE_SNAPSHOTS=1 to rewrite them after an intended change.
"""

from __future__ import annotations

import re

import pytest
from earmark.compiler.pipeline import Compilation, compile_text
from support import assert_snapshot, fact, policy_text, position, rendered, rule

KIND = fact("kind", "enum(alpha, beta)")
COUNTRY = fact("where", "country")

CASES: dict[str, str] = {
    "unknown_name": policy_text(fact("packaged", "bool"), rule("r", "flag and packagde")),
    "conflict": policy_text(KIND, rule("first", "kind == alpha"), rule("second", "flag", "no")),
    "cycle": policy_text("define a = b and flag", "define b = a"),
    "unterminated_string": policy_text('define probe = "never closed\n'),
    "single_equals": policy_text("define probe = flag = true"),
    "tab_indented_country": policy_text(COUNTRY, rule("r", 'where == "tw"')).replace(
        '  when where == "tw"', '\twhen where == "tw"'
    ),
    "several_errors": policy_text(COUNTRY, rule("one", "flga"), rule("two", "flag", cite=None)),
}


def compile_case(name: str) -> Compilation:
    return compile_text(CASES[name], f"policies/{name}.em")


@pytest.mark.parametrize("name", sorted(CASES))
def test_rendered_diagnostics_match_the_snapshot(name: str) -> None:
    compilation = compile_case(name)
    assert compilation.diagnostics, "each case must produce diagnostics"
    assert_snapshot(f"diagnostic_{name}.txt", rendered(compilation) + "\n")


def test_rendering_names_code_message_and_location() -> None:
    compilation = compile_case("unknown_name")
    lines = rendered(compilation).splitlines()
    line, column = position(CASES["unknown_name"], "packagde")
    assert lines[0] == "error[E100]: unknown name `packagde`"
    assert lines[1] == f"  --> policies/unknown_name.em:{line}:{column}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_caret_sits_under_the_span_on_the_quoted_line(name: str) -> None:
    compilation = compile_case(name)
    source = CASES[name].splitlines()
    text = rendered(compilation).splitlines()
    for diagnostic in compilation.diagnostics:
        span = diagnostic.span
        header = f"  --> {span.file}:{span.line}:{span.column}"
        at = text.index(header)
        quoted = text[at + 2]
        caret = text[at + 3]
        gutter = f" {span.line} | "
        assert quoted == gutter + source[span.line - 1].replace("\t", "    ")
        prefix = source[span.line - 1][: span.column - 1].replace("\t", "    ")
        marks = caret[len(gutter) :]
        assert marks.startswith(" " * len(prefix) + "^")
        width = len(marks.strip())
        if span.end_line == span.line:
            assert width == max(1, span.end_column - span.column)
        assert set(marks.strip()) == {"^"}


def test_help_line_follows_the_caret() -> None:
    lines = rendered(compile_case("unknown_name")).splitlines()
    assert lines[-1] == "  help: did you mean `packaged`?"
    assert set(lines[-2].split("|")[1].strip()) == {"^"}


def test_related_position_is_quoted_as_a_note() -> None:
    text = rendered(compile_case("conflict"))
    line, column = position(CASES["conflict"], "first")
    assert f"  note: `first` is declared here at policies/conflict.em:{line}:{column}" in text


def test_several_diagnostics_are_separated_by_a_blank_line() -> None:
    compilation = compile_case("several_errors")
    assert len(compilation.diagnostics) >= 2
    blocks = rendered(compilation).split("\n\n")
    assert len(blocks) == len(compilation.diagnostics)
    assert all(re.match(r"^(error|warning)\[[EW]\d{3}\]: ", b) for b in blocks)


@pytest.mark.parametrize("name", sorted(CASES))
def test_messages_are_one_lowercase_line_with_a_stable_code(name: str) -> None:
    for d in compile_case(name).diagnostics:
        assert re.fullmatch(r"[EW]\d{3}", d.code)
        assert "\n" not in d.message
        assert not d.message[0].isupper(), d.message
        assert not d.message.endswith(".")
