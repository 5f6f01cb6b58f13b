"""IR expressions -> Python source, in the two forms a generated checker needs.

`FullCompiler`: three-valued, through the runtime's k_* helpers, so unknown facts
propagate as `Unknown` values that name the missing facts.
`FastCompiler`: plain two-valued Python for the fast path; it reads each fact where
first needed and raises (to the three-valued path) on one that is not known.
"""

from __future__ import annotations

from collections.abc import Callable

from earmark.compiler import ir
from earmark.targets.pyliteral import scalar, string


class Names:
    """How generated code refers to values: facts, definitions, dated values, constants."""

    def __init__(
        self,
        constants: dict[object, str],
        const_defs: set[str],
        era_names: set[str],
        folded: dict[ir.Expr, str] | None = None,
    ) -> None:
        self.constants = constants  # frozenset value -> module constant name
        self.const_defs = const_defs
        self.era_names = era_names
        self.folded = folded or {}  # sub-expression fixed within an era -> its Era field

    def fold(self, e: ir.Expr) -> str | None:
        """`era.<field>` for a sub-expression precomputed per era, else None."""
        if not self.folded:
            return None
        try:
            name = self.folded.get(e)
        except TypeError:  # an unhashable node is never folded
            return None
        return None if name is None else f"era.{name}"

    def constant(self, value: object) -> str:
        if isinstance(value, frozenset):
            return self.constants[value]
        return scalar(value)

    @staticmethod
    def fact(name: str) -> str:
        return f"f_{name}"

    def shared(self, name: str) -> bool:
        """Whether a definition is a module constant or an era field (not inlined)."""
        return name in self.const_defs or name in self.era_names

    def ref(self, name: str) -> str:
        """A definition computed once: a module constant or a field of the current era.
        Definitions that depend on facts are inlined by the compilers instead."""
        return f"C_{name}" if name in self.const_defs else f"era.{name}"


class FullCompiler:
    """Three-valued code: a fact reads as its value or an `Unknown` naming it.

    Inline (the default): facts are read and definitions that depend on facts are
    computed where they are used. With `local_values`, a fact is the local `v_<name>`
    and such a definition the local `d_<name>`, each computed once beforehand by the
    caller (the three-valued pass of a generated checker).
    """

    def __init__(
        self, names: Names, definitions: dict[str, ir.Definition], local_values: bool = False
    ) -> None:
        self.n = names
        self.definitions = definitions
        self.local_values = local_values

    def __call__(self, e: ir.Expr) -> str:
        n = self.n
        c = self
        folded = n.fold(e)
        if folded is not None:
            return folded
        if isinstance(e, ir.Const):
            return n.constant(e.value)
        if isinstance(e, ir.Fact):
            if self.local_values:
                return f"v_{e.name}"
            return f"known_or(facts.get({string(e.name)}), U_{e.name})"
        if isinstance(e, ir.AsOf):
            return "as_of"
        if isinstance(e, ir.Ref):
            if n.shared(e.name):
                return n.ref(e.name)
            if self.local_values:
                return f"d_{e.name}"
            return c(self.definitions[e.name].expr)
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
            return f'k_matches({c(e.subject)}, entity_lists["{e.list}"], as_of)'
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
    """Two-valued Python that reads each fact where it is first needed.

    A fact is read and checked the first time the code can reach it; an unknown one
    (None, or missing: KeyError) raises, and `decide` then hands the case to the
    three-valued path. Code that short-circuits past a fact never needs it: the
    two-valued result is then the three-valued one (false and x, true or x).
    `loaded` holds the facts already read and known on every path to the current
    point. Definitions that depend on facts are inlined; the operands of `and`/`or`
    (and a rule's conjuncts) run cheapest first.
    """

    def __init__(self, names: Names, definitions: dict[str, ir.Definition]) -> None:
        self.n = names
        self.definitions = definitions
        self.loaded: set[str] = set()

    def cost(self, e: ir.Expr) -> int:
        """A rough count of the work: nodes after inlining definitions."""
        if self.n.fold(e) is not None:
            return 1
        if isinstance(e, ir.Ref):
            if self.n.shared(e.name):
                return 1
            return self.cost(self.definitions[e.name].expr)
        if isinstance(e, ir.FirstKnown):
            return 1 + self.cost(e.operands[0])
        return 1 + sum(self.cost(child) for child in ir.children(e))

    def ordered(self, operands: tuple[ir.Expr, ...] | list[ir.Expr]) -> list[ir.Expr]:
        return sorted(operands, key=self.cost)  # stable: ties keep source order

    def sequence(self, operands: list[ir.Expr], joiner: str) -> str:
        """Operands run left to right, each only if those before it did not short-circuit."""
        parts: list[str] = []
        after_first: set[str] = set(self.loaded)
        for i, operand in enumerate(operands):
            parts.append(self(operand))
            if i == 0:
                after_first = set(self.loaded)
            known = isinstance(operand, ir.Known) and isinstance(operand.operand, ir.Fact)
            if joiner == " and " and known:
                assert isinstance(operand, ir.Known) and isinstance(operand.operand, ir.Fact)
                self.loaded.add(operand.operand.name)  # read and known from here on
        self.loaded = after_first  # only the first operand surely ran
        return joiner.join(parts)

    def __call__(self, e: ir.Expr) -> str:
        n = self.n
        c: Callable[[ir.Expr], str] = self
        folded = n.fold(e)
        if folded is not None:
            return folded
        if isinstance(e, ir.Const):
            return n.constant(e.value)
        if isinstance(e, ir.Fact):
            name = n.fact(e.name)
            if e.name in self.loaded:
                return name
            self.loaded.add(e.name)
            return f"({name} if ({name} := facts[{string(e.name)}]) is not None else _unknown())"
        if isinstance(e, ir.AsOf):
            return "as_of"
        if isinstance(e, ir.Ref):
            if n.shared(e.name):
                return n.ref(e.name)
            return f"({c(self.definitions[e.name].expr)})"
        if isinstance(e, ir.Dated):
            if e.key is None:
                return f"era.{e.name}"
            return f"dated_{e.name}({bare(c(e.key))})"
        if isinstance(e, ir.Not):
            inner = e.operand
            while isinstance(inner, ir.Ref) and not n.shared(inner.name):
                inner = self.definitions[inner.name].expr
            if isinstance(inner, ir.Member):
                return f"({c(inner.element)} not in {c(inner.collection)})"
            if isinstance(inner, ir.Overlaps):
                return f"{c(inner.left)}.isdisjoint({bare(c(inner.right))})"
            return f"(not {c(e.operand)})"
        if isinstance(e, ir.And):
            return "(" + self.sequence(self.ordered(e.operands), " and ") + ")"
        if isinstance(e, ir.Or):
            return "(" + self.sequence(self.ordered(e.operands), " or ") + ")"
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
                return f"({c(e.left)} {e.op} datetime.timedelta(days={bare(c(e.right))}))"
            if e.left.type.kind == "date":
                return f"({c(e.left)} - {c(e.right)}).days"
            return f"({c(e.left)} {e.op} {c(e.right)})"
        if isinstance(e, ir.Neg):
            return f"(-{c(e.operand)})"
        if isinstance(e, ir.Known):
            if isinstance(e.operand, ir.Fact):
                if e.operand.name in self.loaded:
                    return "True"
                name = n.fact(e.operand.name)
                return f"(({name} := facts.get({string(e.operand.name)})) is not None)"
            # known when it evaluates without reaching an unknown fact (else: _Unknown)
            return f"({c(e.operand)} is not None)"
        if isinstance(e, ir.YearOf):
            return f"{c(e.operand)}.year"
        if isinstance(e, ir.FirstKnown):
            return c(e.operands[0])  # an unknown first operand goes to the three-valued path
        if isinstance(e, ir.Matches):
            return f'bool(find_matches({bare(c(e.subject))}, entity_lists["{e.list}"], as_of))'
        raise TypeError(type(e).__name__)
