"""`earmark fmt`: idempotent, meaning-preserving, and it keeps every comment."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from decimal import Decimal

from earmark.dsl import ast
from earmark.dsl.formatter import format_policy
from earmark.dsl.parser import parse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import HEADER, POLICY_0115, policy_text, rule


def tree_of(text: str) -> ast.Policy:
    tree, diagnostics = parse(text, "demo.em")
    assert tree is not None, diagnostics
    return tree


def fmt(text: str) -> str:
    return format_policy(tree_of(text))


# ---- the shipped policy ----------------------------------------------------------------


def test_formatting_the_shipped_policy_is_idempotent() -> None:
    once = fmt(POLICY_0115.read_text(encoding="utf-8"))
    assert fmt(once) == once


def test_formatting_the_shipped_policy_preserves_its_meaning() -> None:
    tree = tree_of(POLICY_0115.read_text(encoding="utf-8"))
    assert tree_of(format_policy(tree)) == tree


def test_the_shipped_policy_is_in_canonical_form() -> None:
    text = POLICY_0115.read_text(encoding="utf-8")
    assert fmt(text) == text


def test_formatting_keeps_every_comment_of_the_shipped_policy() -> None:
    text = POLICY_0115.read_text(encoding="utf-8")
    before = Counter(c.text for c in tree_of(text).comments)
    after = Counter(c.text for c in tree_of(fmt(text)).comments)
    assert before and after == before


# ---- comments --------------------------------------------------------------------------

COMMENTED = """\
# file comment
policy demo  # after the policy name
  title
    en "Demo"
    zh "演示"
  source "1 FR 1" grade P
  effective 2025-01-01
  compliance 2025-01-01
  default no

outcome yes
  en "yes"
  zh "是"

outcome no  # trailing on an outcome
  en "no"
  zh "否"

fact flag : optional bool
  en "a flag"
  zh "标志"

# before a rule
rule r
  # between clauses
  when flag   # after the condition
  then yes
  cite "x" grade T
  explain
    en "e"
    zh "e"

#
# at the end of the file
"""


def test_comments_survive_formatting_wherever_they_were() -> None:
    before = [c.text for c in tree_of(COMMENTED).comments]
    formatted = fmt(COMMENTED)
    after = [c.text for c in tree_of(formatted).comments]
    assert Counter(after) == Counter(before)
    lines = [line.strip() for line in formatted.splitlines()]
    for text in before:
        assert f"#{text}".strip() in lines


def test_comment_between_rule_clauses_stays_before_the_clause_it_preceded() -> None:
    lines = fmt(COMMENTED).splitlines()
    assert lines.index("  # between clauses") == lines.index("  when flag") - 2
    assert lines.index("  # after the condition") == lines.index("  when flag") - 1


def test_comment_before_a_clause_follows_it_when_clauses_are_reordered() -> None:
    text = policy_text(
        'rule r\n  # the citation\n  cite "x" grade T\n  # the condition\n  when flag\n'
        '  then yes\n  explain\n    en "e"\n    zh "e"\n'
    )
    lines = fmt(text).splitlines()
    assert lines.index("  # the citation") == lines.index('  cite "x" grade T') - 1
    assert lines.index("  # the condition") == lines.index("  when flag") - 1


def test_formatting_with_comments_is_idempotent_and_keeps_meaning() -> None:
    once = fmt(COMMENTED)
    assert fmt(once) == once
    assert tree_of(once) == tree_of(COMMENTED)


def test_messy_layout_is_normalised() -> None:
    messy = policy_text(rule("r", "flag    and\n      not   flag")).replace(
        "\n  then", "\n      then"
    )
    formatted = fmt(messy)
    assert "  when flag and not flag\n  then yes\n" in formatted
    assert tree_of(formatted) == tree_of(messy)


# ---- generated expressions ---------------------------------------------------------------

NAMES = st.sampled_from(["flag", "count", "node", "limit", "done", "year_of", "x", "a_b2"])
UNITS = st.sampled_from([None, "nm", "transistors", "days"])

whole = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from([30_000_000_000, 35 * 10**9, 2_500 * 10**22, 10**15, 123 * 10**15]),
    st.integers(min_value=0, max_value=10**40),
)
fraction = st.decimals(
    min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False
)

leaves: st.SearchStrategy[ast.Expr] = st.one_of(
    NAMES.map(ast.Name),
    st.builds(ast.Number, whole, UNITS),
    st.builds(ast.Number, fraction, UNITS),
    st.dates().map(ast.DateLit),
    st.text(max_size=12).map(ast.StringLit),
    st.booleans().map(ast.BoolLit),
    st.just(ast.UnknownLit()),
)

OPS = ["and", "or", "+", "-", "*", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "overlaps"]


def extend(children: st.SearchStrategy[ast.Expr]) -> st.SearchStrategy[ast.Expr]:
    return st.one_of(
        st.builds(ast.Binary, st.sampled_from(OPS), children, children),
        st.builds(ast.Unary, st.sampled_from(["not", "-"]), children),
        st.builds(ast.IsKnown, children, st.booleans()),
        st.builds(ast.At, children, children),
        st.builds(ast.Call, NAMES, st.lists(children, max_size=3).map(tuple)),
        st.lists(children, max_size=3).map(lambda items: ast.SetLit(tuple(items))),
    )


expressions = st.recursive(leaves, extend, max_leaves=12)


def with_definition(value: ast.Expr) -> ast.Policy:
    base = tree_of(HEADER)
    return dataclasses.replace(
        base,
        declarations=(*base.declarations, ast.Definition("probe", value, None, None)),
        comments=(),
        extents=(),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions)
def test_formatting_a_generated_expression_preserves_its_meaning(value: ast.Expr) -> None:
    policy = with_definition(value)
    text = format_policy(policy)
    reparsed, diagnostics = parse(text, "demo.em")
    assert reparsed is not None, (text, diagnostics)
    assert reparsed == policy


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions)
def test_formatting_a_generated_expression_is_idempotent(value: ast.Expr) -> None:
    once = format_policy(with_definition(value))
    assert fmt(once) == once


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text())
def test_any_text_survives_a_round_trip_through_the_title(en: str, zh: str) -> None:
    base = tree_of(HEADER)
    header = dataclasses.replace(base.header, title=ast.Text(en, zh))
    policy = dataclasses.replace(base, header=header, comments=(), extents=())
    reparsed = tree_of(format_policy(policy))
    assert reparsed.header.title == ast.Text(en, zh)


def test_big_round_numbers_are_written_with_an_exponent_and_stay_exact() -> None:
    value = ast.Number(25 * 10**24, None)
    text = format_policy(with_definition(value))
    assert "define probe = 2.5e25" in text
    assert tree_of(text) == with_definition(value)


def test_decimal_and_date_literals_keep_their_kind() -> None:
    value = ast.SetLit((ast.Number(Decimal("16.0"), "nm"), ast.DateLit(dt.date(2026, 2, 3))))
    reparsed = tree_of(format_policy(with_definition(value)))
    decl = reparsed.declarations[-1]
    assert isinstance(decl, ast.Definition) and isinstance(decl.value, ast.SetLit)
    number, date = decl.value.items
    assert isinstance(number, ast.Number) and isinstance(number.value, Decimal)
    assert date == ast.DateLit(dt.date(2026, 2, 3))
