"""IR expressions -> Python source, in the two forms a generated checker needs.

`FullCompiler`: three-valued, through the runtime's k_* helpers, so unknown facts
propagate as `Unknown` values that name the missing facts.
`FastCompiler`: plain two-valued Python for the fast path; callers guard it so it
only runs when every fact it reads is known.
"""

from __future__ import annotations

from collections.abc import Callable

from earmark.compiler import ir
from earmark.targets.pyliteral import scalar


class Names:
    """How generated code refers to values: facts, definitions, dated values, constants."""

    def __init__(
        self,
        constants: dict[object, str],
        const_defs: set[str],
        era_names: set[str],
    ) -> None:
        self.constants = constants  # frozenset value -> module constant name
        self.const_defs = const_defs
        self.era_names = era_names

    def constant(self, value: object) -> str:
        if isinstance(value, frozenset):
            return self.constants[value]
        return scalar(value)

    @staticmethod
    def fact(name: str) -> str:
        return f"f_{name}"

    @staticmethod
    def local(name: str) -> str:
        return f"d_{name}"

    def ref(self, name: str) -> str:
        if name in self.const_defs:
            return f"C_{name}"
        if name in self.era_names:
            return f"era.{name}"
        return self.local(name)


class FullCompiler:
    def __init__(self, names: Names) -> None:
        self.n = names

    def __call__(self, e: ir.Expr) -> str:
        n = self.n
        c = self
        if isinstance(e, ir.Const):
            return n.constant(e.value)
        if isinstance(e, ir.Fact):
            return n.fact(e.name)
        if isinstance(e, ir.AsOf):
            return "as_of"
        if isinstance(e, ir.Ref):
            return n.ref(e.name)
        if isinstance(e, ir.Dated):
            if e.key is None:
                return f"era.{e.name}"
            return f"k_dated(SEGMENTS_{e.name}, {c(e.key)})"
        if isinstance(e, ir.Not):
            return f"k_not({c(e.operand)})"
        if isinstance(e, ir.And):
            return "k_and(" + ", ".join(c(o) for o in e.operands) + ")"
        if isinstance(e, ir.Or):
            return "k_or(" + ", ".join(c(o) for o in e.operands) + ")"
        if isinstance(e, ir.Compare):
            return f'k_apply("{e.op}", {c(e.left)}, {c(e.right)})'
        if isinstance(e, ir.Member):
            return f'k_apply("in", {c(e.element)}, {c(e.collection)})'
        if isinstance(e, ir.Overlaps):
            return f'k_apply("overlaps", {c(e.left)}, {c(e.right)})'
        if isinstance(e, (ir.Arith, ir.SetOp)):
            return f'k_apply("{e.op}", {c(e.left)}, {c(e.right)})'
        if isinstance(e, ir.Neg):
            return f"k_neg({c(e.operand)})"
        if isinstance(e, ir.Known):
            return f"k_known({c(e.operand)})"
        if isinstance(e, ir.YearOf):
            return f"k_year({c(e.operand)})"
        if isinstance(e, ir.FirstKnown):
            return "k_first_known(" + ", ".join(c(o) for o in e.operands) + ")"
        if isinstance(e, ir.Matches):
            return f'k_matches({c(e.subject)}, lists["{e.list}"], as_of)'
        raise TypeError(type(e).__name__)


def bare(code: str) -> str:
    """Drop one pair of parentheses that wraps the whole expression (for call arguments)."""
    if not (code.startswith("(") and code.endswith(")")):
        return code
    depth = 0
    for i, ch in enumerate(code):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(code) - 1:
            return code  # the first parenthesis closes before the end: "(a) and (b)"
    return code[1:-1]


class FastCompiler:
    """Two-valued Python; definitions that depend on facts are inlined."""

    def __init__(self, names: Names, definitions: dict[str, ir.Definition]) -> None:
        self.n = names
        self.definitions = definitions

    def __call__(self, e: ir.Expr) -> str:
        n = self.n
        c: Callable[[ir.Expr], str] = self
        if isinstance(e, ir.Const):
            return n.constant(e.value)
        if isinstance(e, ir.Fact):
            return n.fact(e.name)
        if isinstance(e, ir.AsOf):
            return "as_of"
        if isinstance(e, ir.Ref):
            if e.name in n.const_defs or e.name in n.era_names:
                return n.ref(e.name)
            return f"({c(self.definitions[e.name].expr)})"
        if isinstance(e, ir.Dated):
            if e.key is None:
                return f"era.{e.name}"
            return f"dated_{e.name}({bare(c(e.key))})"
        if isinstance(e, ir.Not):
            inner = e.operand
            while (
                isinstance(inner, ir.Ref)
                and inner.name in self.definitions
                and inner.name not in n.const_defs
                and inner.name not in n.era_names
            ):
                inner = self.definitions[inner.name].expr
            if isinstance(inner, ir.Member):
                return f"({c(inner.element)} not in {c(inner.collection)})"
            if isinstance(inner, ir.Overlaps):
                return f"{c(inner.left)}.isdisjoint({bare(c(inner.right))})"
            return f"(not {c(e.operand)})"
        if isinstance(e, ir.And):
            return "(" + " and ".join(c(o) for o in e.operands) + ")"
        if isinstance(e, ir.Or):
            return "(" + " or ".join(c(o) for o in e.operands) + ")"
        if isinstance(e, ir.Compare):
            sides = (e.left, e.right)
            flag = next(
                (x for x in sides if isinstance(x, ir.Const) and x.type.kind == "bool"), None
            )
            if flag is not None and e.op in ("==", "!="):
                other = e.right if flag is e.left else e.left
                assert isinstance(flag, ir.Const)
                positive = (flag.value is True) == (e.op == "==")
                return c(other) if positive else f"(not {c(other)})"
            return f"({c(e.left)} {e.op} {c(e.right)})"
        if isinstance(e, ir.Member):
            return f"({c(e.element)} in {c(e.collection)})"
        if isinstance(e, ir.Overlaps):
            return f"(not {c(e.left)}.isdisjoint({bare(c(e.right))}))"
        if isinstance(e, ir.SetOp):
            op = "|" if e.op == "union" else "-"
            return f"({c(e.left)} {op} {c(e.right)})"
        if isinstance(e, ir.Arith):
            if e.left.type.kind == "date" and e.right.type.kind == "integer":
                return f"({c(e.left)} {e.op} datetime.timedelta(days={c(e.right)}))"
            if e.left.type.kind == "date":
                return f"({c(e.left)} - {c(e.right)}).days"
            return f"({c(e.left)} {e.op} {c(e.right)})"
        if isinstance(e, ir.Neg):
            return f"(-{c(e.operand)})"
        if isinstance(e, ir.Known):
            if isinstance(e.operand, ir.Fact):
                return f"({n.fact(e.operand.name)} is not None)"
            return "True"  # the guard has already checked every fact it reads
        if isinstance(e, ir.YearOf):
            return f"{c(e.operand)}.year"
        if isinstance(e, ir.FirstKnown):
            return c(e.operands[0])  # the guard only lets known first operands through
        if isinstance(e, ir.Matches):
            return f'bool(find_matches({bare(c(e.subject))}, entity_lists["{e.list}"], as_of))'
        raise TypeError(type(e).__name__)


def guarded_facts(
    e: ir.Expr, definitions: dict[str, ir.Definition], inline: set[str], *, reads: bool = False
) -> list[str]:
    """Facts the fast path must see known before running `e` (not those only under `is known`).

    With `reads`, every fact the fast code reads, including those under `is known`.
    """
    out: list[str] = []

    def walk(node: ir.Expr) -> None:
        if isinstance(node, ir.Known) and isinstance(node.operand, ir.Fact) and not reads:
            return
        if isinstance(node, ir.Fact):
            if node.name not in out:
                out.append(node.name)
            return
        if isinstance(node, ir.Ref) and node.name in inline:
            walk(definitions[node.name].expr)
            return
        if isinstance(node, ir.FirstKnown):
            walk(node.operands[0])
            return
        for child in ir.children(node):
            walk(child)

    walk(e)
    return out
