"""The DMN 1.3 export: valid against the OMG schema shipped with SpiffWorkflow, and read
by a third-party engine (SpiffWorkflow's DMN engine), whose FIRST hit gives the same outcome
and rule as earmark's own reading of the table. CSV and Markdown carry the same rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import types

import pytest
from earmark.compiler import ir, runtime
from earmark.targets import tables
from hypothesis import HealthCheck, given, settings
from lxml import etree
from tables_support import Strategies, all_policies, cases

spiff_parser = pytest.importorskip(
    "SpiffWorkflow.dmn.parser.BpmnDmnParser", reason="SpiffWorkflow not installed"
)
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnValidator  # noqa: E402
from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine  # noqa: E402

POLICIES = all_policies()
DMN13_XSD = os.path.join(os.path.dirname(spiff_parser.__file__), "schema", "DMN13.xsd")


def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(DMN13_XSD))


@pytest.mark.parametrize("policy", POLICIES, ids=[p.id for p in POLICIES])
def test_dmn_is_valid_dmn_1_3(policy: ir.Policy) -> None:
    doc = etree.fromstring(tables.to_dmn(tables.build(policy)).encode("utf-8"))
    schema = _schema()
    assert schema.validate(doc), schema.error_log
    ns = {"dmn": tables.DMN_NS}
    table = doc.find(".//dmn:decisionTable", ns)
    assert table is not None and table.get("hitPolicy") == "FIRST"
    assert len(doc.findall(".//dmn:rule", ns)) == len(tables.build(policy).rows)


# FEEL unary tests that Spiff's Python-based engine does not read natively: a date range
# `[a..b)` becomes Spiff's `a <= ? < b`; `true`, `false` and `date()` are supplied as names.
_RANGE = re.compile(r'\[(date\("[0-9-]+"\))\.\.(date\("[0-9-]+"\))\)')


def _spiff_engine(policy: ir.Policy) -> object:
    text = tables.to_dmn(tables.build(policy))
    text = _RANGE.sub(r"\1 &lt;= ? &lt; \2", text)
    parser = spiff_parser.BpmnDmnParser(validator=BpmnValidator())  # validates against DMN13.xsd
    parser.add_dmn_xml(etree.fromstring(text.encode("utf-8")), filename=f"{policy.id}.dmn")
    return parser.get_engine(f"decision_{policy.id}", None)


class _Task:
    def __init__(self, data: dict[str, object]) -> None:
        self.data = data
        self.workflow = types.SimpleNamespace(script_engine=PythonScriptEngine())
        self.task_spec = None


@pytest.mark.parametrize("policy", POLICIES, ids=[p.id for p in POLICIES])
def test_spiffworkflow_reads_the_table_as_earmark_does(policy: ir.Policy) -> None:
    engine = _spiff_engine(policy)
    table = tables.build(policy)
    compared = 0

    @settings(
        max_examples=300,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases(Strategies(policy)))
    def check(case: tuple[dict[str, object], dt.date]) -> None:
        nonlocal compared
        facts, as_of = case
        result = tables.evaluate(table, facts, as_of)
        if any(isinstance(v, runtime.Unknown) for v in result.cells):
            return  # FEEL null semantics are earmark's own reading; compare known cases
        data: dict[str, object] = {
            c.id: v for c, v in zip(table.columns, result.cells, strict=True)
        }
        data.update(as_of=as_of, true=True, false=False, date=dt.date.fromisoformat)
        out = engine.result(_Task(data))  # type: ignore[attr-defined]
        assert out["outcome"] == result.outcome
        assert out["rule"] == (result.rule or table.rows[result.row - 1].kind)  # type: ignore[index]
        compared += 1

    check()
    print(f"\n{policy.id}: SpiffWorkflow agreed on {compared} fully known cases")
    assert compared >= 50


@pytest.mark.parametrize("policy", POLICIES, ids=[p.id for p in POLICIES])
def test_csv_and_markdown_carry_every_row(policy: ir.Policy) -> None:
    table = tables.build(policy)
    rows = list(csv.reader(io.StringIO(tables.to_csv(table))))
    assert len(rows) == len(table.rows) + 1
    assert rows[0][:3] == ["row", "kind", "as_of"]
    assert all(r[-1] == "FIRST" for r in rows[1:])
    for lang in ("en", "zh"):
        md = tables.to_markdown(table, lang)
        assert "**FIRST**" in md
        body = [line for line in md.splitlines() if re.match(r"\| \d+ \|", line)]
        assert len(body) == len(table.rows)
