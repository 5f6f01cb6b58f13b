"""The Python target: one standalone checker module per policy.

The module needs only the standard library and pydantic. It carries the
runtime (decision semantics) inlined from earmark.compiler.runtime, a fast
path of straight-line code for known facts, and a full path that validates
facts and builds the decision record.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
from earmark import __version__
from earmark.compiler import ir
from earmark.compiler.countries import alpha2_codes, name_table
from earmark.compiler.info import policy_info, template_names
from earmark.compiler.interpreter import Evaluator
from earmark.compiler.types import Type
from earmark.dsl.spans import Span
from earmark.targets.pyexpr import FastCompiler, FullCompiler, Names
from earmark.targets.pyliteral import comment, literal, scalar, string

_MARKER = "# --- inline below: generated checkers carry everything after this line ---\n"


@cache
def _environment() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: (
            resources.files("earmark.targets").joinpath("templates", name).read_text("utf-8")
        )
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=False,  # Python source: every policy string goes through `string()`
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["lit"] = literal
    env.filters["str"] = string
    env.filters["comment"] = comment
    env.filters["where"] = where
    return env


def where(span: Span) -> str:
    """`file:line` for a comment pointing back to the policy: the file's name, shortened
    in the middle if very long, so the comment stays within the line length."""
    name = Path(span.file).name
    if len(name) > 48:
        name = name[:24] + "..." + name[-21:]
    return comment(f"{name}:{span.line}")


@cache
def runtime_source() -> str:
    text = resources.files("earmark.compiler").joinpath("runtime.py").read_text("utf-8")
    return text.split(_MARKER, 1)[1].strip("\n")


def annotation(t: Type) -> str:
    """The Python type of a value of language type t."""
    if t.kind == "bool":
        return "bool"
    if t.kind in ("integer", "year"):
        return "int"
    if t.kind == "decimal":
        return "Decimal"
    if t.kind == "date":
        return "datetime.date"
    if t.kind == "set":
        assert t.element is not None
        return f"frozenset[{annotation(t.element)}]"
    return "str"


def field_annotation(t: Type) -> str:
    """The pydantic annotation that validates a fact of type t."""
    if t.kind == "bool":
        return "StrictBool"
    if t.kind == "integer":
        return "Annotated[StrictInt, Field(ge=0)]"
    if t.kind == "decimal":
        return "Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]"
    if t.kind == "date":
        return "Annotated[datetime.date, BeforeValidator(iso_date)]"
    if t.kind == "year":
        return "Annotated[StrictInt, Field(ge=1900, le=2200)]"
    if t.kind == "text":
        return "StrictStr"
    if t.kind == "country":
        return "Annotated[StrictStr, AfterValidator(country_code)]"
    if t.kind == "enum":
        return "Literal[" + ", ".join(string(m) for m in t.members) + "]"
    assert t.element is not None
    return f"frozenset[{field_annotation(t.element)}]"


def _plain_reject(t: Type, v: str) -> str | None:
    """A test that is true when `v` (known) is not an exactly-typed value the pydantic
    model would accept unchanged; None when only pydantic should decide for this type."""
    if t.kind == "bool":
        return f"{v} is not True and {v} is not False"
    if t.kind == "integer":
        return f"{v}.__class__ is not int or {v} < 0"
    if t.kind == "year":
        return f"{v}.__class__ is not int or not 1900 <= {v} <= 2200"
    if t.kind == "text":
        return f"{v}.__class__ is not str"
    if t.kind == "country":
        return f"{v}.__class__ is not str or {v} not in COUNTRY_CODES"
    if t.kind == "enum":
        members = ", ".join(string(m) for m in t.members)
        return f"{v}.__class__ is not str or {v} not in ({members},)"
    return None


def plain_checks(policy: ir.Policy) -> list[list[str]]:
    """Statements validating each fact without pydantic when its value is of the exact
    type; anything else returns None so that pydantic decides and words the error.

    They run on `out`, a copy of the facts with every absent fact set to None, and
    replace only values that change type (an int for a decimal, a date string, a list
    for a set).
    """
    blocks = []
    for f in policy.facts:
        key = string(f.name)
        t = f.type
        lines = [f"v = out[{key}]"]
        if not f.optional:
            lines += ["if v is None:", "    return None"]
        known = "v is not None and " if f.optional else ""  # the value is known
        element = _plain_reject(t.element, "x") if t.kind == "set" and t.element else None
        if t.kind == "decimal":
            lines += [
                f"if {known}v.__class__ is not Decimal:",
                "    if v.__class__ is not int or v < 0:",
                "        return None",
                f"    out[{key}] = Decimal(v)",
                f"elif {known}(not v.is_finite() or v < 0):",
                "    return None",
            ]
        elif t.kind == "date":
            lines += [
                f"if {known}v.__class__ is not datetime.date:",
                "    if v.__class__ is not str or (v := plain_date(v)) is None:",
                "        return None",
                f"    out[{key}] = v",
            ]
        elif element is not None:
            body = [
                "if v.__class__ not in SEQUENCES:",
                "    return None",
                "for x in v:",  # a loop: all() over a generator costs twice as much
                f"    if {element}:",
                "        return None",
                f"out[{key}] = frozenset(v)",
            ]
            lines += ["if v is not None:", *("    " + b for b in body)] if f.optional else body
        elif (reject := _plain_reject(t, "v")) is not None:
            lines += [f"if {known}({reject}):", "    return None"]
        else:
            lines += ["return None"]
        blocks.append(lines)
    return blocks


@dataclass
class _Plan:
    """What the template needs, computed once from the IR."""

    policy: ir.Policy
    names: Names
    constants: list[tuple[str, str, str]]  # name, annotation, literal
    const_defs: list[ir.Definition]
    era_fields: list[tuple[str, str]]  # name, annotation
    eras: list[tuple[dt.date | None, list[str]]]  # start, literals in era_fields order
    used_facts: list[str]
    conditions_use_era: bool = False
    unknowns_use_era: bool = False
    text_uses_era: bool = False


def _facts_of(e: ir.Expr, definitions: dict[str, ir.Definition]) -> bool:
    """Whether an expression depends on anything but constants and the dated values."""
    if isinstance(e, (ir.Fact, ir.AsOf)):
        return True
    if isinstance(e, ir.Dated) and e.key is not None:
        return True
    if isinstance(e, ir.Ref):
        return _facts_of(definitions[e.name].expr, definitions)
    return any(_facts_of(c, definitions) for c in ir.children(e))


def _era_only(e: ir.Expr, definitions: dict[str, ir.Definition]) -> bool:
    """Whether an expression is fixed within an era: constants, dated values read at the
    evaluation date, and definitions of those (no facts, no as_of, no entity lists)."""
    if isinstance(e, (ir.Fact, ir.AsOf, ir.Matches)):
        return False
    if isinstance(e, ir.Dated) and e.key is not None:
        return False
    if isinstance(e, ir.Ref):
        return _era_only(definitions[e.name].expr, definitions)
    return all(_era_only(c, definitions) for c in ir.children(e))


def _foldable(roots: list[ir.Expr], definitions: dict[str, ir.Definition]) -> list[ir.Expr]:
    """The largest compound sub-expressions that are fixed within an era, in walk order.

    Precomputed once per era (e.g. `country_group_a1 + country_group_a5`) instead of on
    every call. Names, constants and dated values are left alone: they are lookups already.
    """
    found: list[ir.Expr] = []

    def walk(e: ir.Expr) -> None:
        if isinstance(e, (ir.Const, ir.Ref, ir.Dated)):
            return
        if _era_only(e, definitions):
            if e not in found:
                found.append(e)
            return
        for child in ir.children(e):
            walk(child)

    for root in roots:
        walk(root)
    return found


def _plan(policy: ir.Policy) -> _Plan:
    definitions = {d.name: d for d in policy.definitions}
    const_defs = [d for d in policy.definitions if isinstance(d.expr, ir.Const)]
    era_defs = [
        d
        for d in policy.definitions
        if not isinstance(d.expr, ir.Const) and not _facts_of(d.expr, definitions)
    ]
    dynamic = [d for d in policy.definitions if d not in const_defs and d not in era_defs]
    # every constant set the generated code mentions becomes a module constant
    constants: dict[object, str] = {}
    const_lines: list[tuple[str, str, str]] = []
    for d in const_defs:
        assert isinstance(d.expr, ir.Const)
        constants.setdefault(d.expr.value, f"C_{d.name}")

    def collect(e: ir.Expr) -> None:
        if isinstance(e, ir.Const) and isinstance(e.value, frozenset) and e.value not in constants:
            constants[e.value] = f"SET_{len(constants)}"
            const_lines.append((constants[e.value], annotation(e.type), literal(e.value)))
        for child in ir.children(e):
            collect(child)

    for d in dynamic + era_defs:
        collect(d.expr)
    for r in policy.rules:
        for c in r.conjuncts:
            collect(c.expr)
    breakpoints = sorted({s.start for v in policy.dated for s in v.segments if s.start})
    era_fields = [(v.name, annotation(v.type)) for v in policy.dated]
    era_fields += [(d.name, annotation(d.type)) for d in era_defs]
    roots = [d.expr for d in dynamic] + [c.expr for r in policy.rules for c in r.conjuncts]
    folds = _foldable(roots, definitions)
    taken = {name for name, _ in era_fields}
    folded: dict[ir.Expr, str] = {}
    for e in folds:
        index = len(folded)
        while f"fold_{index}" in taken:
            index += 1
        folded[e] = f"fold_{index}"
        taken.add(folded[e])
        era_fields.append((folded[e], annotation(e.type)))
    eras: list[tuple[dt.date | None, list[str]]] = []
    for start in [None, *breakpoints]:
        ev = Evaluator(policy, {}, start or dt.date.min)
        values = [ev.dated_value(v.name, start or dt.date.min) for v in policy.dated]
        values += [ev.ref(d.name) for d in era_defs]
        values += [ev.eval(e) for e in folds]
        eras.append((start, [literal(v, "        ") for v in values]))
    names = Names(constants, {d.name for d in const_defs}, {d.name for d in era_defs}, folded)
    used: set[str] = set()

    def facts_in(e: ir.Expr) -> None:
        if isinstance(e, ir.Fact):
            used.add(e.name)
        for child in ir.children(e):
            facts_in(child)

    for d in dynamic:
        facts_in(d.expr)
    for r in policy.rules:
        for c in r.conjuncts:
            facts_in(c.expr)
    used_facts = [f.name for f in policy.facts if f.name in used]
    return _Plan(policy, names, const_lines, const_defs, era_fields, eras, used_facts)


def _locals_for(policy: ir.Policy, names: Names) -> tuple[list[ir.Definition], list[str]]:
    """For the three-valued pass: the definitions that depend on facts and that some
    rule reads (each before those that use it), and the facts they and the rules read."""
    definitions = {d.name: d for d in policy.definitions}
    ordered: list[ir.Definition] = []
    seen: set[str] = set()
    facts: set[str] = set()

    def visit(e: ir.Expr) -> None:
        if isinstance(e, ir.Fact):
            facts.add(e.name)
        if names.fold(e) is not None:
            return  # precomputed per era: nothing below it is read at run time
        if isinstance(e, ir.Ref) and not names.shared(e.name) and e.name not in seen:
            seen.add(e.name)
            visit(definitions[e.name].expr)
            ordered.append(definitions[e.name])
        for child in ir.children(e):
            visit(child)

    for rule in policy.rules:
        for conjunct in rule.conjuncts:
            visit(conjunct.expr)
    return ordered, [f.name for f in policy.facts if f.name in facts]


class _FastPath:
    """Nested ifs that mirror the rule tree; each fact is read where it is first needed."""

    def __init__(self, plan: _Plan) -> None:
        self.policy = plan.policy
        self.definitions = {d.name: d for d in plan.policy.definitions}
        self.compile = FastCompiler(plan.names, self.definitions)
        self.lines: list[str] = []

    def group(self, parent: str | None, depth: int, loaded: set[str], era: bool = False) -> None:
        """The rules under `parent`. `loaded`: facts read and known on every path to here;
        `era`: whether `era` is set on every path to here."""
        pad = "    " * depth
        for rule in self.policy.children_of(parent):
            self.lines.append(f"{pad}# {where(rule.span)} rule {rule.name}")
            self.compile.loaded = set(loaded)
            parts: list[str] = []
            after_first = set(loaded)
            for i, conjunct in enumerate(self.compile.ordered([c.expr for c in rule.conjuncts])):
                parts.append(self.compile(conjunct))
                if i == 0:
                    after_first = set(self.compile.loaded)
            fired = set(self.compile.loaded)  # the rule fired: every conjunct ran
            condition = " and ".join(parts)
            if rule.effective is not None:
                condition = f"as_of >= {scalar(rule.effective)} and {condition}"
            if rule.ends is not None:
                condition = f"as_of < {scalar(rule.ends)} and {condition}"
            if not era and "era." in condition:
                self.lines.append(f"{pad}era = ERAS[bisect_right(ERA_STARTS, as_of)]")
                era = True
            self.lines.append(f"{pad}if {condition}:")
            self.group(rule.name, depth + 1, fired, era)
            self.lines.append(f"{pad}    return {string(rule.outcome)}")
            if rule.effective is None and rule.ends is None:
                loaded = loaded | after_first  # the first conjunct always ran


def generate(policy: ir.Policy) -> str:
    plan = _plan(policy)
    fast = _FastPath(plan)
    fast.group(None, 2, set())  # inside decide's `try:`
    info = policy_info(policy)
    dated_chains = []
    for value in policy.dated:
        # lookups bisect the start dates: the first segment is `initially` (no start),
        # the others start on strictly increasing dates (the front end checks the order)
        starts = [s.start for s in value.segments[1:] if s.start is not None]
        assert value.segments[0].start is None and len(starts) == len(value.segments) - 1
        assert all(a < b for a, b in zip(starts, starts[1:], strict=False))
        values = [literal(s.value.value, "    ") for s in value.segments]
        dated_chains.append((value, annotation(value.type), starts, values))
    definitions = {d.name: d for d in policy.definitions}
    full = FullCompiler(plan.names, definitions)
    two_valued = FastCompiler(plan.names, definitions)
    with_locals = FullCompiler(plan.names, definitions, local_values=True)
    rules = []
    for rule in policy.rules:
        window = []
        if rule.effective is not None:
            window.append(f"as_of >= {scalar(rule.effective)}")
        if rule.ends is not None:
            window.append(f"as_of < {scalar(rule.ends)}")
        exprs = []
        for c in rule.conjuncts:
            two_valued.loaded = set()  # each part runs on its own: nothing is read yet
            exprs.append((two_valued(c.expr), with_locals(c.expr)))
        rules.append((rule, exprs, " and ".join(window)))
    local_defs, local_facts = _locals_for(policy, plan.names)
    three_valued_defs = [(d, with_locals(d.expr)) for d in local_defs]
    text_values = [
        (
            name,
            full(ir.Ref(name, Type("bool")))
            if name in {d.name for d in policy.definitions}
            else f"era.{name}",
        )
        for name in template_names(policy)
    ]
    two_valued_body = [fast_e for _, exprs, _ in rules for fast_e, _ in exprs]
    three_valued_body = [full_e for _, exprs, _ in rules for _, full_e in exprs]
    three_valued_body += [code for _, code in three_valued_defs]
    plan.conditions_use_era = any("era." in e for e in two_valued_body)
    plan.unknowns_use_era = any("era." in e for e in three_valued_body)
    plan.text_uses_era = any("era." in expr for _, expr in text_values)
    annotations = " ".join(field_annotation(f.type) for f in policy.facts)
    pydantic_names = ["BaseModel", "ConfigDict", "Field"] + [
        name
        for name in ("AfterValidator", "BeforeValidator", "StrictBool", "StrictInt", "StrictStr")
        if name in annotations
    ]
    template = _environment().get_template("checker.py.j2")
    return format_source(
        template.render(
            version=__version__,
            policy=policy,
            info=literal(info),
            runtime=runtime_source(),
            plan=plan,
            fast_lines=fast.lines,
            full=full,
            rules=rules,
            dated_chains=dated_chains,
            text_values=text_values,
            three_valued_defs=three_valued_defs,
            local_facts=local_facts,
            field_annotation=field_annotation,
            annotation=annotation,
            countries=literal(" ".join(sorted(alpha2_codes()))),
            country_names=literal("\n".join(f"{k}\t{v}" for k, v in name_table().items())),
            scalar=scalar,
            plain_checks=plain_checks(policy),
            pydantic_names=sorted(pydantic_names),
            # only what the facts model uses, or ruff reports an unused import (F401)
            typing_names=[
                name
                for name in (
                    "TYPE_CHECKING",
                    "Annotated",
                    "Any",
                    "Literal",
                    "NamedTuple",
                    "NoReturn",
                )
                if name in ("TYPE_CHECKING", "Any", "NamedTuple", "NoReturn")
                or f"{name}[" in annotations
            ],
        )
    )


class FormatError(RuntimeError):
    """ruff could not format the generated module: a compiler bug, never a user error."""


def format_source(text: str) -> str:
    """Format with ruff, isolated from any user configuration, so output is canonical."""
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    result = subprocess.run(
        [find_ruff_bin(), "format", "--isolated", "--line-length", "100", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise FormatError(result.stderr.strip())
    return result.stdout


def module_name(policy: ir.Policy) -> str:
    return f"{policy.id}.py"


def write(policy: ir.Policy, out_dir: Path) -> Path:
    path = out_dir / module_name(policy)
    path.write_text(generate(policy), encoding="utf-8")
    return path
