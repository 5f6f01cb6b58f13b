"""Resolution and type checking: each semantic error has a stable code, a message and a place."""

from __future__ import annotations

from earmark.compiler.pipeline import compile_text
from support import codes, compile_policy, errors, fact, only, policy_text, position, rule

KIND = fact("kind", "enum(alpha, beta, gamma)")
COUNTRY = fact("where", "country")


def test_the_minimal_policy_compiles_without_diagnostics() -> None:
    compilation = compile_policy(rule("r", "flag"))
    assert compilation.ok
    assert compilation.diagnostics == []


# ---- E100 unknown names ------------------------------------------------------------------


def test_unknown_name_suggests_the_closest_declared_name() -> None:
    compilation = compile_policy(rule("r", "flga"))
    d = only(compilation, "E100")
    assert d.message == "unknown name `flga`"
    assert d.help == "did you mean `flag`?"
    text = policy_text(rule("r", "flga"))
    assert (d.span.line, d.span.column) == position(text, "flga")
    assert d.span.end_column - d.span.column == len("flga")


def test_unknown_name_with_nothing_close_gives_no_guess() -> None:
    d = only(compile_policy(rule("r", "zzzzzz_qqq")), "E100")
    assert d.help is None


def test_unknown_name_suggests_an_enum_member() -> None:
    d = only(compile_policy(KIND, rule("r", "kind == alpah")), "E100")
    assert d.help == "did you mean `alpha`?"


# ---- E110 type mismatches ------------------------------------------------------------------


def test_comparing_bool_with_integer_is_a_type_mismatch() -> None:
    text = policy_text(rule("r", "flag == 3"))
    d = only(compile_text(text, "demo.em"), "E110")
    assert d.message == "cannot compare bool with integer"
    assert (d.span.line, d.span.column) == position(text, "flag == 3")
    assert d.span.end_column - d.span.column == len("flag == 3")


def test_comparing_different_units_is_a_type_mismatch() -> None:
    node = fact("node", "decimal [nm]")
    d = only(compile_policy(node, rule("r", "node <= 16 transistors")), "E110")
    assert "decimal [nm]" in d.message and "integer [transistors]" in d.message


def test_a_rule_condition_must_be_boolean() -> None:
    d = only(compile_policy(rule("r", "3 + 4")), "E110")
    assert "must be true or false" in d.message
    assert "integer" in d.message


def test_enum_member_written_as_a_string_is_a_mismatch_with_a_hint() -> None:
    d = only(compile_policy(KIND, rule("r", 'kind == "alpha"')), "E110")
    assert "without quotes" in (d.help or "")


def test_ordering_booleans_is_a_mismatch() -> None:
    d = only(compile_policy(rule("r", "flag < flag")), "E110")
    assert "`<`" in d.message


# ---- E111 country codes --------------------------------------------------------------------


def test_invalid_country_code_in_a_comparison_is_reported() -> None:
    text = policy_text(COUNTRY, rule("r", 'where == "XX"'))
    d = only(compile_text(text, "demo.em"), "E111")
    assert d.message.startswith('"XX" is not a')
    assert "country" in d.message
    assert (d.span.line, d.span.column) == position(text, '"XX"')


def test_alpha3_code_in_a_country_set_suggests_the_alpha2_code() -> None:
    d = only(compile_policy('set places of country = {"US", "TWN"}'), "E111")
    assert '"TWN"' in d.message
    assert '"TW"' in (d.help or "")


def test_lowercase_country_code_is_not_accepted_and_the_hint_says_why() -> None:
    d = only(compile_policy('set places of country = {"tw"}'), "E111")
    assert '"TW"' in (d.help or "")


def test_a_capitalised_boolean_is_explained() -> None:
    d = only(compile_policy(rule("r", "flag == True")), "E100")
    assert d.help == "booleans are written `true` and `false`"


def test_a_misspelt_country_name_suggests_the_country() -> None:
    d = only(compile_policy('set places of country = {"Tawain"}'), "E111")
    assert '"TW"' in (d.help or "")


def test_an_ambiguous_country_name_lists_the_candidates_instead_of_guessing() -> None:
    d = only(compile_policy('set places of country = {"Korea"}'), "E111")
    assert '"KP"' in (d.help or "") and '"KR"' in (d.help or "")


def test_a_made_up_code_gets_no_suggestion() -> None:
    d = only(compile_policy('set places of country = {"XX"}'), "E111")
    assert d.help is None


def test_real_country_codes_are_accepted() -> None:
    compilation = compile_policy(
        COUNTRY, 'set places of country = {"TW", "MO", "KH", "US"}', rule("r", "where in places")
    )
    assert compilation.ok


# ---- E101 duplicates -----------------------------------------------------------------------


def test_duplicate_fact_is_reported_with_the_first_declaration() -> None:
    text = policy_text(fact("flag", "bool"))
    d = only(compile_text(text, "demo.em"), "E101")
    assert d.message == "name `flag` is declared twice"
    assert (d.span.line, d.span.column) == position(text, "flag", 3)
    ((note, first),) = d.related
    assert "first declared" in note
    assert (first.line, first.column) == position(text, "flag")


def test_duplicate_rule_is_reported() -> None:
    d = only(compile_policy(rule("r", "flag"), rule("r", "not flag")), "E101")
    assert d.message == "rule `r` is declared twice"


def test_duplicate_outcome_is_reported() -> None:
    d = only(compile_policy('outcome yes\n  en "again"\n  zh "again"'), "E101")
    assert d.message == "outcome `yes` is declared twice"


def test_definition_named_like_a_fact_is_a_duplicate() -> None:
    d = only(compile_policy("define flag = true"), "E101")
    assert "`flag`" in d.message


# ---- E103 cycles ---------------------------------------------------------------------------


def test_definition_cycle_names_every_definition_in_it() -> None:
    text = policy_text("define a = b and flag", "define b = c", "define c = a")
    d = only(compile_text(text, "demo.em"), "E103")
    assert d.message == "definitions form a cycle: a -> b -> c -> a"
    assert (d.span.line, d.span.column) == position(text, "a = b")
    related = {(s.line, s.column) for _, s in d.related}
    assert related == {position(text, "b = c"), position(text, "c = a")}


def test_self_reference_is_a_cycle() -> None:
    d = only(compile_policy("define a = a or flag"), "E103")
    assert d.message == "definitions form a cycle: a -> a"


def test_definitions_may_use_later_definitions() -> None:
    assert compile_policy("define a = b", "define b = flag", rule("r", "a")).ok


# ---- E145 exceptions -----------------------------------------------------------------------


def test_exception_to_unknown_rule_is_reported_with_a_suggestion() -> None:
    text = policy_text(rule("base", "flag"), rule("exc", "flag", "no", extra="exception to bsae"))
    d = only(compile_text(text, "demo.em"), "E145")
    assert d.message == "rule `exc` is an exception to unknown rule `bsae`"
    assert d.help == "did you mean `base`?"
    assert (d.span.line, d.span.column) == position(text, "bsae")


# ---- E160 priority conflicts -----------------------------------------------------------------


def test_equal_priority_rules_with_different_outcomes_conflict_at_both_positions() -> None:
    text = policy_text(KIND, rule("first", "kind == alpha"), rule("second", "flag", "no"))
    compilation = compile_text(text, "demo.em")
    d = only(compilation, "E160")
    assert "`first`" in d.message and "`second`" in d.message
    assert (d.span.line, d.span.column) == position(text, "second")
    ((_, other),) = d.related
    assert (other.line, other.column) == position(text, "first")
    assert compilation.policy is None


def test_rules_on_different_values_of_one_enum_do_not_conflict() -> None:
    compilation = compile_policy(
        KIND, rule("first", "kind == alpha"), rule("second", "kind == beta", "no")
    )
    assert compilation.ok, codes(compilation)


def test_rules_on_a_flag_and_its_negation_do_not_conflict() -> None:
    compilation = compile_policy(rule("first", "flag"), rule("second", "not flag", "no"))
    assert compilation.ok, codes(compilation)


def test_rules_on_disjoint_numeric_ranges_do_not_conflict() -> None:
    count = fact("count", "integer")
    compilation = compile_policy(
        count, rule("low", "count < 30"), rule("high", "count >= 30", "no")
    )
    assert compilation.ok, codes(compilation)


def test_touching_ranges_that_overlap_at_one_value_conflict() -> None:
    count = fact("count", "integer")
    compilation = compile_policy(
        count, rule("low", "count <= 30"), rule("high", "count >= 30", "no")
    )
    assert "E160" in codes(compilation)


def test_rules_on_disjoint_named_sets_do_not_conflict() -> None:
    eccn = fact("eccn", "text")
    sets = 'set a_items of text = {"3A090.a", "4A090.a"}\n\nset b_items of text = {"3A090.b"}\n'
    compilation = compile_policy(
        eccn, sets, rule("a_type", "eccn in a_items"), rule("b_type", "eccn in b_items", "no")
    )
    assert compilation.ok, codes(compilation)


def test_rules_on_overlapping_named_sets_conflict() -> None:
    eccn = fact("eccn", "text")
    sets = 'set a_items of text = {"3A090.a", "4A090.a"}\n\nset b_items of text = {"3A090.a"}\n'
    compilation = compile_policy(
        eccn, sets, rule("a_type", "eccn in a_items"), rule("b_type", "eccn in b_items", "no")
    )
    assert "E160" in codes(compilation)


def test_rules_with_different_priorities_do_not_conflict() -> None:
    compilation = compile_policy(
        KIND, rule("first", "kind == alpha", extra="priority 1"), rule("second", "flag", "no")
    )
    assert compilation.ok, codes(compilation)


def test_rules_with_the_same_outcome_do_not_conflict() -> None:
    compilation = compile_policy(KIND, rule("first", "kind == alpha"), rule("second", "flag"))
    assert compilation.ok, codes(compilation)


def test_sibling_exceptions_with_different_outcomes_conflict() -> None:
    compilation = compile_policy(
        KIND,
        rule("base", "kind == alpha"),
        rule("exc_one", "flag", "no", extra="exception to base"),
        rule("exc_two", "kind == alpha", "yes", extra="exception to base"),
    )
    assert "E160" in codes(compilation)


# ---- E150 examples -----------------------------------------------------------------------


def test_example_giving_an_unknown_fact_is_reported() -> None:
    example = 'example "e"\n  as of 2025-06-01\n  given flga = true\n  expect no by default'
    text = policy_text(rule("r", "flag"), example)
    d = only(compile_text(text, "demo.em"), "E150")
    assert "`flga`" in d.message
    assert d.help == "did you mean `flag`?"
    assert (d.span.line, d.span.column) == position(text, "flga = true")


def test_example_listing_an_unknown_fact_as_missing_is_reported() -> None:
    example = 'example "e"\n  as of 2025-06-01\n  expect needs_information missing flga'
    d = only(compile_policy(rule("r", "flag"), example), "E150")
    assert "`flga`" in d.message


# ---- E143 and other rule checks -----------------------------------------------------------


def test_rule_without_citation_is_reported_with_a_hint() -> None:
    text = policy_text(rule("uncited", "flag", cite=None))
    d = only(compile_text(text, "demo.em"), "E143")
    assert d.message == "rule `uncited` has no citation"
    assert "cite" in (d.help or "")
    assert (d.span.line, d.span.column) == position(text, "uncited")


def test_rule_giving_an_undeclared_outcome_is_reported() -> None:
    d = only(compile_policy(rule("r", "flag", "yse")), "E142")
    assert d.help == "did you mean `yes`?"


def test_undeclared_default_outcome_is_reported() -> None:
    text = policy_text().replace("default no", "default nope")
    only(compile_text(text, "demo.em"), "E131")


def test_policy_without_citation_source_is_reported() -> None:
    text = policy_text().replace('  source "1 FR 1" grade P\n', "")
    d = only(compile_text(text, "demo.em"), "E130")
    assert "source" in d.message


# ---- many errors in one run ----------------------------------------------------------------


def test_one_run_reports_every_independent_error() -> None:
    text = policy_text(
        COUNTRY,
        rule("one", "flga"),
        rule("two", 'where == "XX"', cite=None),
        rule("three", "flag", "no", extra="exception to nowhere"),
        "define a = b",
        "define b = a",
        'example "e"\n  as of 2025-06-01\n  given ghost = true\n  expect no by default',
    )
    compilation = compile_text(text, "demo.em")
    found = set(codes(compilation))
    assert {"E100", "E111", "E143", "E145", "E103", "E150"} <= found
    assert compilation.policy is None
    assert not compilation.ok
    # each is reported at its own place
    assert len({(d.span.line, d.span.column) for d in errors(compilation)}) == len(
        errors(compilation)
    )
