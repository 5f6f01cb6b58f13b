"""The explain target: every policy as a Markdown document in English and Chinese, generated
from the IR: rule sentences, definitions, dated values, lists with dated members, facts,
citations linked to the eCFR, grades, and the examples as worked cases."""

from __future__ import annotations

import re

import pytest
from earmark.compiler.pipeline import compile_text
from earmark.targets import explain, render
from support import policy_text
from tables_support import all_policies

POLICIES = all_policies()


@pytest.mark.parametrize("policy", POLICIES, ids=[p.id for p in POLICIES])
def test_document_covers_every_rule_and_example_in_both_languages(policy) -> None:  # type: ignore[no-untyped-def]
    files = explain.generate(policy)
    assert sorted(files) == [f"{policy.id}.en.md", f"{policy.id}.zh.md"]
    en, zh = files[f"{policy.id}.en.md"], files[f"{policy.id}.zh.md"]
    for rule in policy.rules:
        assert f"### Rule `{rule.name}`" in en and f"### 规则 `{rule.name}`" in zh
        assert explain.rule_sentence(policy, rule, "en") in en
        assert explain.rule_sentence(policy, rule, "zh") in zh
    for i, ex in enumerate(policy.examples, 1):
        assert f"### {i}. {render.md_escape(ex.title)}" in en
    # every example is shown with its outcome and a mark saying whether it was as expected
    assert en.count(" ✓") + en.count(" ✗") == len(policy.examples)
    assert en.count("\n### ") == zh.count("\n### ")
    assert "https://www.ecfr.gov/current/title-15/" in en


def test_rule_sentences_read_like_the_regulation() -> None:
    policy = next(p for p in POLICIES if p.id == "rule_0115")
    presumption = explain.rule_sentence(policy, policy.rule("presumption"), "en")
    assert presumption == (
        "Presumed 3A090.a and designed or marketed for datacenters when `exporter_role` is "
        "front_end_fabricator or osat_company, and `applicable_advanced_logic_ic`, unless "
        "`designer_route`, `fabricator_packaging_route` or `approved_osat_route` applies."
    )
    route = explain.rule_sentence(policy, policy.rule("fabricator_packaging_route"), "zh")
    assert route.startswith("作为`presumption`的例外")
    assert "`packaging_country`不属于`macau_or_d5`" in route


def test_lists_show_dated_members_and_grades() -> None:
    policy = next(p for p in POLICIES if p.id == "rule_0115")
    en = explain.policy_document(policy, "en")
    assert re.search(r"\| KH \| - \| 2026-02-03 \| S \|", en)
    assert "| 2027-01-01 | 35,000,000,000 transistors | T |" in en
    assert "(grade S: secondary source (UNCONFIRMED))" in en


def test_citation_links() -> None:
    links = dict(
        render.citation_links(
            "15 CFR 744.23(a)(2)(i); 15 CFR 740 Supp. 6; 90 FR 5298; 15 CFR 772.1"
        )
    )
    assert (
        links["15 CFR 744.23(a)(2)(i)"]
        == "https://www.ecfr.gov/current/title-15/section-744.23#p-744.23(a)(2)(i)"
    )
    assert links["15 CFR 740 Supp. 6"].startswith(
        "https://www.ecfr.gov/current/title-15/part-740/appendix-Supplement"
    )
    assert links["90 FR 5298"] == "https://www.federalregister.gov/citation/90-FR-5298"
    assert links["15 CFR 772.1"] == "https://www.ecfr.gov/current/title-15/section-772.1"


def test_any_valid_policy_renders() -> None:
    """Dated rules, priorities, sets, year and decimal facts, negations: a small inline policy."""
    text = policy_text(
        'fact n : optional decimal [nm]\n  en "node"\n  zh "节点"\n',
        'fact d : optional date\n  en "day"\n  zh "日期"\n',
        'fact c : optional country\n  en "where"\n  zh "何处"\n',
        'set bad of country = {"CN", "MO"}\n  cite "15 CFR 740 Supp. 1" grade T\n',
        "rule low\n  effective 2025-03-01\n  ends 2026-01-01\n  when n < 7 nm and c not in bad and d is known\n"
        '  then yes\n  cite "15 CFR 744.23(a)" grade T\n  explain\n    en "low {n}"\n    zh "低 {n}"\n',
        'rule flagged\n  priority 2\n  when flag and not (n >= 7 nm)\n  then yes\n  cite "1 FR 2" grade I\n'
        '  explain\n    en "flag"\n    zh "标志"\n',
        'example "low node"\n  as of 2025-06-01\n  given n = 5 nm, c = "JP", d = 2025-06-01, flag = false\n  expect yes by low\n',
    )
    compilation = compile_text(text, "demo.em")
    assert compilation.ok, compilation.diagnostics
    policy = compilation.policy
    assert policy is not None
    en = explain.policy_document(policy, "en")
    assert "- In force: from 2025-03-01 until 2026-01-01 (exclusive)" in en
    assert "`c` is not in `bad`" in en and "`d` is known" in en
    assert "`n` is less than 7 nm" in en
    assert "- Priority: 2; outranks `low`" in en
    zh = explain.policy_document(policy, "zh")
    assert "`n`小于7 nm" in zh
