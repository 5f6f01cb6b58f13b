"""The parser: policy text -> syntax tree with exact values and source positions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from earmark.dsl import ast
from earmark.dsl.parser import parse
from support import HEADER, policy_text, position, rule


def parse_ok(text: str) -> ast.Policy:
    tree, diagnostics = parse(text, "demo.em")
    assert tree is not None, diagnostics
    assert not [d for d in diagnostics if d.is_error]
    return tree


def definition(text: str, name: str) -> ast.Definition:
    tree = parse_ok(text)
    return next(d for d in tree.declarations if isinstance(d, ast.Definition) and d.name == name)


def expr_of(source: str) -> ast.Expr:
    return definition(policy_text(f"define probe = {source}"), "probe").value


# ---- positions -------------------------------------------------------------------------


def test_declaration_span_points_at_its_name() -> None:
    text = policy_text("define threshold = 30 nm")
    decl = definition(text, "threshold")
    assert (decl.span.line, decl.span.column) == position(text, "threshold")
    assert decl.span.file == "demo.em"


def test_expression_span_covers_the_whole_expression_with_exclusive_end() -> None:
    text = policy_text("define probe = flag and not flag")
    value = definition(text, "probe").value
    line, column = position(text, "flag and not flag")
    assert (value.span.line, value.span.column) == (line, column)
    assert value.span.end_line == line
    assert value.span.end_column == column + len("flag and not flag")


def test_name_span_is_the_name_token() -> None:
    text = policy_text("define probe = flag or   other_flag")
    value = definition(text, "probe").value
    assert isinstance(value, ast.Binary)
    right = value.right
    assert isinstance(right, ast.Name)
    assert (right.span.line, right.span.column) == position(text, "other_flag")
    assert right.span.end_column - right.span.column == len("other_flag")


def test_multiline_expression_span_ends_on_its_last_line() -> None:
    text = policy_text("define probe =\n  flag\n    and flag\n    and flag")
    value = definition(text, "probe").value
    first_line, _ = position(text, "  flag\n")
    assert value.span.line == first_line
    assert value.span.end_line == first_line + 2


def test_rule_then_span_points_at_the_outcome_name() -> None:
    text = policy_text(rule("r", "flag", "yes"))
    tree = parse_ok(text)
    r = next(d for d in tree.declarations if isinstance(d, ast.Rule))
    assert (r.then_span.line, r.then_span.column) == position(text, "yes", 3)


# ---- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("30_000_000_000", 30_000_000_000),
        ("34_999_999_999", 34_999_999_999),
        ("35e9", 35_000_000_000),
        ("40E9", 40_000_000_000),
        ("4.8e3", 4800),
        # a float would give 25000000000000000905969664
        ("2.5e25", 25 * 10**24),
        ("1_000_000_000_000_000_000_000_000_000_001", 10**30 + 1),
    ],
)
def test_whole_numbers_are_exact_integers(source: str, value: int) -> None:
    number = expr_of(source)
    assert isinstance(number, ast.Number)
    assert type(number.value) is int
    assert number.value == value


@pytest.mark.parametrize(
    ("source", "value"),
    [
        ("16.5", Decimal("16.5")),
        ("16.0", Decimal("16")),
        ("1_000.25", Decimal("1000.25")),
        ("0.1", Decimal("0.1")),
    ],
)
def test_numbers_with_a_fraction_are_exact_decimals(source: str, value: Decimal) -> None:
    number = expr_of(source)
    assert isinstance(number, ast.Number)
    assert isinstance(number.value, Decimal)
    assert number.value == value


def test_a_number_keeps_its_unit() -> None:
    number = expr_of("16 nm")
    assert number == ast.Number(16, "nm")


def test_negative_number_is_negation_of_a_number() -> None:
    assert expr_of("-5") == ast.Unary("-", ast.Number(5, None))


# ---- dates -----------------------------------------------------------------------------


def test_date_literal_is_a_calendar_date() -> None:
    assert expr_of("2026-02-03") == ast.DateLit(dt.date(2026, 2, 3))


def test_impossible_date_is_reported_at_its_position() -> None:
    text = policy_text("define probe = 2025-02-30")
    tree, diagnostics = parse(text, "demo.em")
    assert tree is None
    (d,) = diagnostics
    assert d.code == "E006"
    assert "2025-02-30" in d.message and "not a real date" in d.message
    assert (d.span.line, d.span.column) == position(text, "2025-02-30")


def test_header_dates_are_read() -> None:
    tree = parse_ok(HEADER)
    assert tree.header.effective is not None and tree.header.compliance is not None
    assert tree.header.effective.date == dt.date(2025, 1, 1)
    assert tree.header.compliance.date == dt.date(2025, 2, 1)


# ---- strings ---------------------------------------------------------------------------


def test_string_escapes_are_decoded() -> None:
    assert expr_of(r'"a \"quoted\" \\ back\nslash\tTab"') == ast.StringLit(
        'a "quoted" \\ back\nslash\tTab'
    )


def test_non_ascii_text_is_kept_verbatim() -> None:
    tree = parse_ok(HEADER)
    assert tree.header.title is not None
    assert tree.header.title.zh == "演示政策"


def test_unknown_escape_is_an_error_naming_the_escape() -> None:
    text = policy_text(r'define probe = "bad \q escape"')
    tree, diagnostics = parse(text, "demo.em")
    assert tree is None
    (d,) = diagnostics
    assert d.code == "E005"
    assert "\\q" in d.message
    assert (d.span.line, d.span.column) == position(text, '"bad')


def test_unterminated_string_is_reported_at_the_opening_quote() -> None:
    text = policy_text('define probe = "never closed\ndefine other = 1')
    tree, diagnostics = parse(text, "demo.em")
    assert tree is None
    (d,) = diagnostics
    assert d.code == "E001"
    assert (d.span.line, d.span.column) == position(text, '"never')


# ---- comments --------------------------------------------------------------------------


def test_comments_are_kept_with_their_line_and_placement() -> None:
    text = policy_text("# above the definition\ndefine probe = 1  # after the code")
    tree = parse_ok(text)
    comments = {c.text: c for c in tree.comments}
    above = comments[" above the definition"]
    after = comments[" after the code"]
    assert above.line == position(text, "# above")[0] and above.own_line
    assert after.line == position(text, "# after")[0] and not after.own_line


def test_hash_inside_a_string_is_not_a_comment() -> None:
    text = policy_text('define probe = "#not a comment"')
    tree = parse_ok(text)
    assert tree.comments == ()
    assert definition(text, "probe").value == ast.StringLit("#not a comment")


# ---- structure -------------------------------------------------------------------------


def test_and_binds_tighter_than_or() -> None:
    value = expr_of("flag or flag and (flag)")
    assert isinstance(value, ast.Binary) and value.op == "or"
    assert isinstance(value.right, ast.Binary) and value.right.op == "and"


def test_not_in_is_one_operator() -> None:
    value = expr_of('"CN" not in {"CN"}')
    assert isinstance(value, ast.Binary) and value.op == "not in"


def test_at_reads_a_dated_value_at_a_date() -> None:
    value = expr_of("limit at completion_date")
    assert value == ast.At(ast.Name("limit"), ast.Name("completion_date"))


def test_rule_clauses_are_collected() -> None:
    text = policy_text(
        rule("base", "flag"), rule("exc", "not flag", "no", extra="exception to base\npriority 2")
    )
    tree = parse_ok(text)
    exc = next(d for d in tree.declarations if isinstance(d, ast.Rule) and d.name == "exc")
    assert exc.exception_to == "base"
    assert exc.priority == 2
    assert exc.then == "no"
    assert exc.citation is not None and exc.citation.text == "15 CFR 1.1"
    assert exc.citation.provenance is not None and exc.citation.provenance.grade == "T"


# ---- syntax errors ---------------------------------------------------------------------


def test_syntax_error_is_a_diagnostic_at_the_offending_token() -> None:
    text = policy_text("define probe = flag flag")
    tree, diagnostics = parse(text, "demo.em")
    assert tree is None
    (d,) = diagnostics
    assert d.code == "E004"
    line, column = position(text, "flag flag")
    assert (d.span.line, d.span.column) == (line, column + len("flag "))


def test_single_equals_in_a_condition_suggests_double_equals() -> None:
    tree, diagnostics = parse(policy_text("define probe = flag = true"), "demo.em")
    assert tree is None
    assert "==" in (diagnostics[0].help or "")


def test_capitalised_boolean_where_a_name_cannot_stand_gets_a_hint() -> None:
    tree, diagnostics = parse(policy_text("define probe = flag True"), "demo.em")
    assert tree is None
    assert "`true` and `false`" in (diagnostics[0].help or "")


def test_quoted_policy_name_gets_a_hint() -> None:
    tree, diagnostics = parse('policy "demo"\n', "demo.em")
    assert tree is None
    (d,) = diagnostics
    assert (d.span.line, d.span.column) == (1, 8)
    assert "without quotes" in (d.help or "")


def test_end_of_file_inside_a_declaration_is_reported_on_the_last_line() -> None:
    text = policy_text("define probe =")
    tree, diagnostics = parse(text, "demo.em")
    assert tree is None
    (d,) = diagnostics
    assert "end of file" in d.message
    assert d.span.line == len(text.splitlines())


def test_unknown_grade_is_an_error() -> None:
    text = policy_text('define probe = 1\n  cite "x" grade Q')
    tree, diagnostics = parse(text, "demo.em")
    assert tree is None
    assert [d.code for d in diagnostics] == ["E008"]
    assert (diagnostics[0].span.line, diagnostics[0].span.column) == position(text, "Q")


def test_duplicate_clause_is_an_error() -> None:
    text = policy_text(rule("r", "flag", extra="priority 1\npriority 2"))
    tree, diagnostics = parse(text, "demo.em")
    assert tree is None
    assert [d.code for d in diagnostics] == ["E007"]
