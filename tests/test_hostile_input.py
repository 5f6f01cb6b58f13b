"""Hostile input: random and mutated policy text never raises; the user gets diagnostics."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from earmark.compiler.pipeline import Compilation, compile_text
from earmark.dsl.diagnostics import render_all
from earmark.dsl.formatter import format_policy
from earmark.dsl.parser import parse
from earmark.main import main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import POLICY_0115, ROOT, policy_text, rule

SOURCE = POLICY_0115.read_text(encoding="utf-8")
LINES = SOURCE.splitlines(keepends=True)
# beside the shipped policy, so that its `import "lists/..."` resolves
MUTATED = str(ROOT / "policies" / "mutated.em")


def check_no_crash(text: str) -> Compilation:
    """What every input must satisfy: a result, errors when it failed, renderable."""
    compilation = compile_text(text, MUTATED)
    if not compilation.ok:
        assert any(d.is_error for d in compilation.diagnostics)
    rendering = render_all(compilation.diagnostics, compilation.sources)
    for d in compilation.diagnostics:
        assert f"{d.span.file}:{d.span.line}:{d.span.column}" in rendering
        if d.span.file == MUTATED:
            assert 1 <= d.span.line <= max(1, len(text.splitlines()) + 1)
    return compilation


# ---- mutations of the shipped policy ---------------------------------------------------------

TOKENS = [
    "(",
    ")",
    "{",
    "}",
    ",",
    "=",
    "==",
    "and",
    "or",
    "not",
    "in",
    '"',
    "\\",
    "#",
    "rule",
    "when",
    "then",
    "exception to",
    "priority",
    "-",
    "1e9",
    "2025-02-30",
    "unknown",
    "\n",
    " ",
    "at",
    "is known",
    "nm",
    "0.5",
    "_",
    "\t",
    "é",
    "\u2028",
    "\x00",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = SOURCE
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(
            st.sampled_from(
                ["delete", "insert", "duplicate", "drop_line", "copy_line", "swap_lines"]
            )
        )
        lines = text.splitlines(keepends=True)
        if kind.endswith("line") or kind == "swap_lines":
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if kind == "drop_line":
                del lines[i]
            elif kind == "copy_line":
                lines.insert(j, lines[i])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
            continue
        start = draw(st.integers(0, len(text)))
        end = min(len(text), start + draw(st.integers(0, 40)))
        if kind == "delete":
            text = text[:start] + text[end:]
        elif kind == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            piece = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=5)))
            text = text[:start] + piece + text[start:]
    return text


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_mutated_policy_text_never_raises(text: str) -> None:
    check_no_crash(text)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_whatever_parses_can_be_formatted_without_changing_its_meaning(text: str) -> None:
    tree, _ = parse(text, "mutated.em")
    if tree is None:
        return
    formatted = format_policy(tree)
    again, diagnostics = parse(formatted, "mutated.em")
    assert again == tree, diagnostics


# ---- random text ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text_never_raises(text: str) -> None:
    check_no_crash(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            TOKENS
            + [
                "policy x",
                "outcome",
                "fact",
                "define",
                "dated",
                "set",
                "example",
                "expect",
                "given",
                "NAME",
                "16 nm",
                "true",
                "from 2027-01-01",
                "initially",
            ]
        ),
        max_size=40,
    ).map(" ".join)
)
def test_random_keyword_soup_never_raises(text: str) -> None:
    check_no_crash(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_random_text_inside_a_valid_policy_never_raises(text: str) -> None:
    check_no_crash(policy_text(f"define probe = {text}", rule("r", "flag")))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "\ufeffpolicy demo",
        "policy demo\r\n  title\r\n",
        "policy demo\x0c\x0c\n  title",
        "policy " + "x" * 100_000,
        "(" * 5000,
        "policy demo\n" + "define a = " + "(" * 2000 + "1" + ")" * 2000,
        "policy demo\n" + "define a = " + " + ".join(["1"] * 3000),
        "policy demo\n" + "define a = " + "not " * 3000 + "true",
    ],
    ids=[
        "empty",
        "nul",
        "bom",
        "crlf",
        "formfeed",
        "long-name",
        "open-parens",
        "deep-parens",
        "long-sum",
        "deep-not",
    ],
)
def test_pathological_text_gives_diagnostics_not_exceptions(text: str) -> None:
    check_no_crash(text)


def test_huge_exponent_is_rejected_quickly_instead_of_expanded() -> None:
    started = time.perf_counter()
    compilation = check_no_crash(policy_text("define probe = 1e9999999"))
    assert time.perf_counter() - started < 5
    assert "E010" in [d.code for d in compilation.diagnostics]


def test_very_long_or_chain_is_a_diagnostic_not_a_crash() -> None:
    chain = " or ".join(f"k == {i}" for i in range(600))
    compilation = check_no_crash(
        policy_text('fact k : integer\n  en "k"\n  zh "k"', f"define probe = {chain}")
    )
    assert [d.code for d in compilation.diagnostics] == ["E011"]


def test_negative_decimal_literal_parses() -> None:
    compilation = check_no_crash(policy_text("define probe = -0.5 + 2", rule("r", "probe > 0")))
    assert compilation.ok


# ---- the command line on bad input ------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("cut", [200, 1500, 6000, 15000])
def test_cli_reports_a_half_written_policy_with_its_location(
    cut: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("half.em").write_text(SOURCE[:cut], encoding="utf-8")
    Path("facts.json").write_text('{"exporter_role": "osat_company"}', encoding="utf-8")
    for args in (
        ["check", "half.em", "--facts", "facts.json"],
        ["test", "half.em"],
        ["compile", "half.em", "--out", "out"],
        ["fmt", "--check", "half.em"],
    ):
        code, _, err = run_cli(capsys, *args)
        assert code == 2, (args, err)
        assert re.search(r"half\.em:\d+:\d+", err), err
        assert "Traceback" not in err and "internal error" not in err


def test_cli_reports_the_hook_example_of_a_broken_policy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("broken.em").write_text('policy "broken\n  rule x when\n', encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "broken.em", "--facts", "/dev/null")
    assert code == 2
    assert "broken.em:1:8" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("facts", "named"),
    [
        ('{"exporter_role": ', "facts.json:1:"),
        ("[1, 2]", "(facts)"),
        ('{"exporter_role": "osat_company", "packaging_cuntry": "TW"}', "packaging_cuntry"),
        ('{"exporter_role": "osat_company", "ic_is_logic": "yes"}', "ic_is_logic"),
        ('{"exporter_role": "osat_company", "completion_date": "2025-02-30"}', "completion_date"),
        (
            '{"exporter_role": "osat_company", "aggregated_transistor_count": -5}',
            "aggregated_transistor_count",
        ),
        ('{"exporter_role": "osat_company", "packaging_country": "XX"}', "packaging_country"),
        ("{}", "exporter_role"),
    ],
)
def test_cli_rejects_bad_facts_naming_the_field(
    facts: str,
    named: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("facts.json").write_text(facts, encoding="utf-8")
    code, out, err = run_cli(
        capsys, "check", str(POLICY_0115), "--facts", "facts.json", "--as-of", "2025-06-01"
    )
    assert code == 2
    assert named in err
    assert out == ""
    assert "Traceback" not in err and "internal error" not in err


def test_cli_reports_a_missing_policy_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(capsys, "test", "nowhere.em")
    assert code == 2
    assert "nowhere.em" in err and "Traceback" not in err


def test_cli_rejects_an_impossible_as_of_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", str(POLICY_0115), "--facts", "-", "--as-of", "2025-02-30"])
    assert exited.value.code == 2
    assert "2025-02-30" in capsys.readouterr().err
