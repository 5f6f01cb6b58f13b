"""Helpers shared by the tests: small inline policies, positions, snapshots, generated modules."""

from __future__ import annotations

import difflib
import importlib.util
import itertools
import os
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from types import ModuleType

from earmark.compiler.pipeline import Compilation, compile_text
from earmark.dsl.diagnostics import Diagnostic, render_all

ROOT = Path(__file__).resolve().parent.parent
POLICY_0115 = ROOT / "policies" / "rule_0115.em"

# Fact sets of the 0115 policy shared by tests, read from shared/reference/rule-0115.md.
# §2.1(b): a front-end fabricator that packaged the die itself, outside Macau and D:5
FABRICATOR_ROUTE: dict[str, object] = {
    "exporter_role": "front_end_fabricator",
    "ic_is_logic": True,
    "technology_node": Decimal("4"),
    "non_planar_transistors": True,
    "designer_attests_not_3a090a": False,
    "packaged_by_front_end_fabricator": True,
    "packaging_country": "TW",
    "packaged_by_approved_osat": False,
    "contains_hbm": False,
}

# §1 "Authorized IC designer": HQ in Taiwan, A:1 or A:5; not in Macau/D:5; agreed to 743.9(b)
AUTHORIZED_DESIGNER: dict[str, object] = {
    "exporter_role": "front_end_fabricator",
    "ic_is_logic": True,
    "technology_node": Decimal("3"),
    "designer_listed_approved": False,
    "designer_headquarters": "TW",
    "designer_locations": frozenset({"TW"}),
    "designer_ultimate_parent_headquarters": "TW",
    "designer_agreed_to_743_9b_information": True,
    "designer_applied_for_approval": False,
    "designer_attests_not_3a090a": True,
    "packaged_by_front_end_fabricator": False,
    "packaged_by_approved_osat": False,
}
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"

# A complete, valid policy with two outcomes and one optional bool fact. Tests add
# declarations after it; every declaration starts with a keyword, so appending is enough.
HEADER = """\
policy demo
  title
    en "Demo policy"
    zh "演示政策"
  source "1 FR 1" grade P
  effective 2025-01-01
  compliance 2025-02-01
  default no

outcome yes
  en "yes"
  zh "是"

outcome no
  en "no"
  zh "否"

fact flag : optional bool
  en "a flag"
  zh "一个标志"
"""


def policy_text(*declarations: str, header: str = HEADER) -> str:
    """The minimal valid policy followed by `declarations` (each dedented)."""
    parts = [header]
    parts += [textwrap.dedent(d).strip("\n") + "\n" for d in declarations]
    return "\n".join(parts)


def compile_policy(*declarations: str, path: str = "demo.em") -> Compilation:
    return compile_text(policy_text(*declarations), path)


def rule(
    name: str,
    when: str,
    then: str = "yes",
    *,
    extra: str = "",
    cite: str | None = '"15 CFR 1.1" grade T',
    explain: str = "the rule applies",
) -> str:
    """A complete rule declaration; `extra` holds clauses like `exception to x` or `priority 1`."""
    lines = [f"rule {name}"]
    lines += [f"  {line.strip()}" for line in extra.splitlines() if line.strip()]
    lines += [f"  when {when}", f"  then {then}"]
    if cite is not None:
        lines.append(f"  cite {cite}")
    lines += ["  explain", f'    en "{explain}"', '    zh "规则适用"']
    return "\n".join(lines) + "\n"


def fact(name: str, type_: str, *, optional: bool = True) -> str:
    opt = "optional " if optional else ""
    return f'fact {name} : {opt}{type_}\n  en "{name}"\n  zh "{name}"\n'


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th occurrence of `needle` in `text`."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def errors(compilation: Compilation) -> list[Diagnostic]:
    return [d for d in compilation.diagnostics if d.is_error]


def codes(compilation: Compilation) -> list[str]:
    return [d.code for d in errors(compilation)]


def only(compilation: Compilation, code: str) -> Diagnostic:
    found = [d for d in compilation.diagnostics if d.code == code]
    assert len(found) == 1, render_all(compilation.diagnostics, compilation.sources)
    return found[0]


def rendered(compilation: Compilation) -> str:
    return render_all(compilation.diagnostics, compilation.sources)


# ---- snapshots -----------------------------------------------------------------------


def assert_snapshot(name: str, actual: str) -> None:
    """Compare with tests/snapshots/NAME; UPDATE_SNAPSHOTS=1 rewrites the file instead."""
    path = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no snapshot {path.name}; run with UPDATE_SNAPSHOTS=1 to create it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "snapshot", "actual", lineterm="", n=2
        )
        shown = "\n".join(list(diff)[:80])
        raise AssertionError(
            f"{path.name} differs from the snapshot (review, then rerun with "
            f"UPDATE_SNAPSHOTS=1 to accept):\n{shown}"
        )


# ---- generated modules -----------------------------------------------------------------

_counter = itertools.count()


def load_module(path: Path) -> ModuleType:
    """Import a generated checker from a file under a unique module name."""
    name = f"{path.stem}_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


# How generated checkers are held to ruff: isolated from any user configuration, at the
# line length the generator formats to.
RUFF_FORMAT_CHECK = ("format", "--check")
RUFF_LINT = ("check", "--select", "E,F,W,I,B,UP,SIM")


def ruff(args: tuple[str, ...], path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--isolated", "--line-length", "100", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
