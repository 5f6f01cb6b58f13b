"""Decision semantics shared by the reference interpreter and every generated checker.

The Python target inlines the text of this module (below the imports) into each
generated checker, so a checker needs nothing from earmark at run time. Keep it
stdlib-only, mypy-strict and ruff-clean. The interpreter walks the IR to get
condition values; generated checkers compute them with straight-line code; both
then hand them to `decide` here, and differential tests compare the two.

Three-valued logic (Kleene): an unknown value is an `Unknown` carrying the
facts whose absence made it unknown, so "needs information" can name them.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

# --- inline below: generated checkers carry everything after this line ---


class Unknown:
    """A value that is not known, and the facts that would make it known."""

    __slots__ = ("culprits",)

    def __init__(self, culprits: frozenset[str]) -> None:
        self.culprits = culprits

    def __repr__(self) -> str:
        return f"Unknown({sorted(self.culprits)!r})"


def _joined(unknowns: Sequence[Unknown]) -> Unknown:
    """One unknown for several; a single one is returned as it is (no new object)."""
    if len(unknowns) == 1:
        return unknowns[0]
    return Unknown(frozenset().union(*(u.culprits for u in unknowns)))


def k_and(*values: object) -> object:
    unknowns: list[Unknown] = []
    for v in values:
        if v is False:
            return False
        if v.__class__ is Unknown:
            unknowns.append(v)
    return _joined(unknowns) if unknowns else True


def k_or(*values: object) -> object:
    unknowns: list[Unknown] = []
    for v in values:
        if v is True:
            return True
        if v.__class__ is Unknown:
            unknowns.append(v)
    return _joined(unknowns) if unknowns else False


def k_not(value: object) -> object:
    if isinstance(value, Unknown):
        return value
    return not value


def k_known(value: object) -> bool:
    return not isinstance(value, Unknown)


def _plus(a: Any, b: Any) -> object:
    if isinstance(a, datetime.date):
        return a + datetime.timedelta(days=b)
    return a + b


def _minus(a: Any, b: Any) -> object:
    if isinstance(a, datetime.date) and isinstance(b, datetime.date):
        return (a - b).days
    if isinstance(a, datetime.date):
        return a - datetime.timedelta(days=b)
    return a - b


_OPERATIONS: dict[str, Callable[[Any, Any], object]] = {
    "==": lambda a, b: bool(a == b),
    "!=": lambda a, b: bool(a != b),
    "<": lambda a, b: bool(a < b),
    "<=": lambda a, b: bool(a <= b),
    ">": lambda a, b: bool(a > b),
    ">=": lambda a, b: bool(a >= b),
    "in": lambda a, b: a in b,
    "overlaps": lambda a, b: not a.isdisjoint(b),
    "union": lambda a, b: a | b,
    "difference": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "+": _plus,
    "-": _minus,
}


def k_apply(op: str, left: object, right: object) -> object:
    """A strict binary operation: unknown if either side is."""
    if left.__class__ is Unknown:
        return _joined((left, right)) if right.__class__ is Unknown else left
    if right.__class__ is Unknown:
        return right
    return _OPERATIONS[op](left, right)


def k_neg(value: object) -> object:
    if isinstance(value, Unknown):
        return value
    v: Any = value
    return -v


def k_first_known(*values: object) -> object:
    unknowns: list[Unknown] = []
    for v in values:
        if not isinstance(v, Unknown):
            return v
        unknowns.append(v)
    return _joined(unknowns)


def k_year(value: object) -> object:
    if isinstance(value, Unknown):
        return value
    assert isinstance(value, datetime.date)
    return value.year


def k_dated(segments: Sequence[tuple[datetime.date | None, object]], key: object) -> object:
    """The value in force at `key`: the last segment starting on or before it."""
    if isinstance(key, Unknown):
        return key
    assert isinstance(key, datetime.date)
    found: object = segments[0][1]
    for start, value in segments:
        if start is None or start <= key:
            found = value
        else:
            break
    return found


# ---- names on entity lists ---------------------------------------------------------

# Legal-form words dropped from the end of a name before comparing; nothing else is.
COMPANY_SUFFIXES = frozenset(
    {
        "co",
        "company",
        "corp",
        "corporation",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "pte",
        "bv",
        "nv",
        "kk",
        "srl",
        "spa",
        "oy",
        "ab",
    }
)
_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_PUNCTUATION = re.compile(r"[^\w\s]|_")


def normalize_name(text: str) -> str:
    """Case, punctuation, spacing and trailing company suffixes do not distinguish names."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _PUNCTUATION.sub(" ", _APOSTROPHES.sub("", folded)).split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


def country_key(text: str) -> str:
    """How country names are compared: case, accents, "&" for "and" and spacing aside
    ("Cote d'Ivoire", "Trinidad & Tobago"). Exact otherwise: no guessing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("&", " and ").split())


@dataclass(frozen=True)
class EntryInfo:
    """One party on an entity list, with the normalised forms it is matched on."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    start: datetime.date | None
    until: datetime.date | None
    remark: str | None
    grade: str | None
    origin: str  # "policy" or the user data file it came from
    keys: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.keys:
            forms = {normalize_name(n) for n in (self.name, *self.aliases)}
            object.__setattr__(self, "keys", tuple(sorted(forms)))


def find_matches(
    subject: str, entries: Sequence[EntryInfo], as_of: datetime.date
) -> tuple[EntryInfo, ...]:
    key = normalize_name(subject)
    return tuple(
        e
        for e in entries
        if key in e.keys
        and (e.start is None or e.start <= as_of)
        and (e.until is None or as_of < e.until)
    )


def k_matches(subject: object, entries: Sequence[EntryInfo], as_of: datetime.date) -> object:
    if isinstance(subject, Unknown):
        return subject
    assert isinstance(subject, str)
    return bool(find_matches(subject, entries, as_of))


class ListDataError(ValueError):
    """User list data that does not fit: `problems` holds (where, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{w}: {m}" for w, m in problems))
        self.problems = problems


def _optional_date(
    value: object, where: str, problems: list[tuple[str, str]]
) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    problems.append((where, "must be a date written YYYY-MM-DD"))
    return None


def extend_lists(
    base: Mapping[str, tuple[EntryInfo, ...]],
    extensible: frozenset[str],
    extra: Mapping[str, object],
    origin: str,
) -> dict[str, tuple[EntryInfo, ...]]:
    """Entity lists with a user's own entries added (only lists declared `extensible`)."""
    out = dict(base)
    problems: list[tuple[str, str]] = []
    for list_name, entries in extra.items():
        if list_name not in base:
            problems.append((list_name, "no such entity list"))
            continue
        if list_name not in extensible:
            problems.append((list_name, "this entity list is not declared `extensible`"))
            continue
        if not isinstance(entries, list):
            problems.append((list_name, "must be a list of entries"))
            continue
        added: list[EntryInfo] = []
        for i, entry in enumerate(entries):
            where = f"{list_name}[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                problems.append((where, 'each entry needs a "name" string'))
                continue
            unknown = set(entry) - {"name", "aliases", "country", "from", "until", "remark"}
            if unknown:
                problems.append((where, "unknown field(s): " + ", ".join(sorted(unknown))))
            aliases = entry.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                problems.append((f"{where}.aliases", "must be a list of strings"))
                aliases = []
            country = entry.get("country")
            remark = entry.get("remark")
            added.append(
                EntryInfo(
                    entry["name"],
                    tuple(aliases),
                    country if isinstance(country, str) else None,
                    _optional_date(entry.get("from"), f"{where}.from", problems),
                    _optional_date(entry.get("until"), f"{where}.until", problems),
                    remark if isinstance(remark, str) else None,
                    None,
                    origin,
                )
            )
        out[list_name] = base[list_name] + tuple(added)
    if problems:
        raise ListDataError(problems)
    return out


# ---- policy description --------------------------------------------------------


@dataclass(frozen=True)
class CitationInfo:
    text: str
    grade: str | None
    note: str | None = None


@dataclass(frozen=True)
class RuleInfo:
    name: str
    outcome: str
    parent: str | None
    priority: int
    citation: CitationInfo
    conditions: tuple[str, ...]
    facts: tuple[str, ...]
    explain_en: tuple[tuple[str, str], ...]  # ("text", words) | ("value", name)
    explain_zh: tuple[tuple[str, str], ...]
    effective: datetime.date | None
    ends: datetime.date | None
    supporting: tuple[tuple[str, CitationInfo], ...]  # definitions it relies on
    # per condition part: the dated values it reads, as (name, the fact holding the key
    # date, or "" for the evaluation date), and the list memberships it tests, as
    # (list name, the fact whose value is looked up)
    reads: tuple[tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...] = ()


@dataclass(frozen=True)
class GradedPiece:
    """A dated segment or list member with its own grade, for provenance at run time."""

    value: object  # the member (lists); None for dated segments
    start: datetime.date | None
    until: datetime.date | None
    citation: CitationInfo


@dataclass(frozen=True)
class FactInfo:
    name: str
    kind: str
    unit: str | None
    optional: bool
    en: str
    zh: str


@dataclass(frozen=True)
class PolicyInfo:
    id: str
    title_en: str
    title_zh: str
    source: CitationInfo
    effective: datetime.date
    compliance: datetime.date | None
    ends: datetime.date | None
    default: str
    outcomes: tuple[tuple[str, str, str], ...]  # name, en, zh
    facts: tuple[FactInfo, ...]
    rules: tuple[RuleInfo, ...]  # source order
    content_hash: str
    compiler_version: str
    value_kinds: tuple[tuple[str, str, str | None], ...] = ()  # derived: name, kind, unit
    entity_lists: tuple[tuple[str, tuple[EntryInfo, ...]], ...] = ()
    extensible: frozenset[str] = frozenset()
    name_checks: tuple[tuple[str, str], ...] = ()  # (fact, entity list) pairs the rules test
    graded: tuple[tuple[str, tuple[GradedPiece, ...]], ...] = ()  # dated values and lists
    index: PolicyIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", PolicyIndex(self))

    def label(self, outcome: str) -> tuple[str, str]:
        labels = self.index.labels
        return labels[outcome] if outcome in labels else BUILTIN_LABELS[outcome]


class PolicyIndex:
    """Lookups over a policy's description, built once when the module is imported, so
    that building a decision record does no searching."""

    def __init__(self, policy: PolicyInfo) -> None:
        self.by_name = {r.name: r for r in policy.rules}
        order = {r.name: i for i, r in enumerate(policy.rules)}
        self.children: dict[str | None, list[RuleInfo]] = {}
        for r in sorted(policy.rules, key=lambda r: (-r.priority, order[r.name])):
            self.children.setdefault(r.parent, []).append(r)
        self.kinds: dict[str, tuple[str, str | None]] = {
            name: (kind, unit) for name, kind, unit in policy.value_kinds
        }
        self.kinds.update({f.name: (f.kind, f.unit) for f in policy.facts})
        self.facts = {f.name: f for f in policy.facts}
        self.labels = {name: (en, zh) for name, en, zh in policy.outcomes}
        # the rules each rule is an exception to, nearest first
        self.ancestors: dict[str, tuple[str, ...]] = {}
        for r in policy.rules:
            chain: list[str] = []
            parent = r.parent
            while parent is not None:
                chain.append(parent)
                parent = self.by_name[parent].parent
            self.ancestors[r.name] = tuple(chain)
        # per rule, in source order, what its trace entry needs: the rule, its name, its
        # parent, whether the parent has one, whether it has its own dates
        self.trace_rows = tuple(
            (
                r,
                r.name,
                r.parent,
                len(self.ancestors[r.name]) > 1,
                r.effective is not None or r.ends is not None,
            )
            for r in policy.rules
        )
        # per rule and condition part, what can carry a grade into a decision: only
        # dated values and lists with some graded segment or member are kept
        graded = [
            (name, pieces)
            for name, pieces in policy.graded
            if any(p.citation.grade for p in pieces)
        ]
        # A dated value has segments (pieces without a value); a list has members. A list
        # read as a whole has no segment to cite: only the members looked up are cited.
        segments = {
            name: _segments(name, pieces)
            for name, pieces in graded
            if all(p.value is None for p in pieces)
        }
        members = {
            name: _members(pieces)
            for name, pieces in graded
            if any(p.value is not None for p in pieces)
        }
        self.probes: dict[str, tuple[_Probe, ...]] = {
            r.name: tuple(_probe(segments, members, dated, lists) for dated, lists in r.reads)
            for r in policy.rules
        }
        # per rule, the condition parts that read some list member or dated value graded
        # S or I: only a failure of such a part can rest on an unverified provision
        weak = {
            name
            for name, pieces in policy.graded
            if any(p.citation.grade in ("S", "I") for p in pieces)
        }
        self.weak_parts: dict[str, frozenset[int]] = {
            r.name: frozenset(
                i
                for i, (dated, lists) in enumerate(r.reads)
                if any(n in weak for n, _ in dated) or any(n in weak for n, _ in lists)
            )
            for r in policy.rules
        }
        # (rule, the parts that are not weak: a failure of one of those is solid)
        self.weak_rules = tuple(
            (r, tuple(i for i in range(len(r.conditions)) if i not in self.weak_parts[r.name]))
            for r in policy.rules
            if self.weak_parts[r.name]
        )
        # what a decision by each rule cites before run-time provenance: the rule, what
        # its condition relies on, then the same for every rule it is an exception to;
        # and the condition parts along that chain whose provenance is read at run time
        self.chains: dict[str | None, tuple[tuple[str, CitationInfo], ...]] = {
            None: (("policy", policy.source),)  # the default outcome
        }
        self.chain_probes: dict[str, tuple[_Probe, ...]] = {}
        for r in policy.rules:
            cited: list[tuple[str, CitationInfo]] = []
            probes: list[_Probe] = []
            node: RuleInfo | None = r
            while node is not None:
                cited.append((f"rule {node.name}", node.citation))
                cited.extend(node.supporting)
                probes.extend(p for p in self.probes[node.name] if p.dated or p.lists)
                node = self.by_name[node.parent] if node.parent else None
            self.chains[r.name] = _unique(cited)
            self.chain_probes[r.name] = tuple(probes)
        self.chain_keys = {
            name: frozenset((what, c.text) for what, c in chain)
            for name, chain in self.chains.items()
        }


class _Probe(NamedTuple):
    """The graded pieces one condition part reads. Dated values: (the fact holding the
    key date, or "" for the evaluation date; segments as (start, what, citation)). Lists:
    (name, the fact looked up, graded citations by member)."""

    dated: tuple[tuple[str, tuple[tuple[datetime.date | None, str, CitationInfo], ...]], ...]
    lists: tuple[tuple[str, str, dict[object, tuple[CitationInfo, ...]]], ...]


def _probe(
    segments: Mapping[str, tuple[tuple[datetime.date | None, str, CitationInfo], ...]],
    members: Mapping[str, dict[object, tuple[CitationInfo, ...]]],
    dated: tuple[tuple[str, str], ...],
    lists: tuple[tuple[str, str], ...],
) -> _Probe:
    """What one condition part reads that has a grade (`segments` and `members` hold only
    dated values and lists with some graded piece)."""
    return _Probe(
        tuple((key_fact, segments[name]) for name, key_fact in dated if name in segments),
        tuple((name, fact, members[name]) for name, fact in lists if members.get(name)),
    )


def _segments(
    name: str, pieces: tuple[GradedPiece, ...]
) -> tuple[tuple[datetime.date | None, str, CitationInfo], ...]:
    """A dated value's segments as (start, what a citation calls it, citation)."""
    return tuple(
        (
            p.start,
            f"dated {name} from {p.start.isoformat() if p.start else 'the start'}",
            p.citation,
        )
        for p in pieces
    )


def _members(pieces: tuple[GradedPiece, ...]) -> dict[object, tuple[CitationInfo, ...]]:
    """A list's graded members: their citations by member."""
    by_member: dict[object, list[CitationInfo]] = {}
    for piece in pieces:
        if piece.citation.grade:
            by_member.setdefault(piece.value, []).append(piece.citation)
    return {m: tuple(c) for m, c in by_member.items()}


NEEDS_INFORMATION = "needs_information"
NOT_IN_FORCE = "not_in_force"
BUILTIN_LABELS = {
    NEEDS_INFORMATION: ("needs information", "需补充信息"),
    NOT_IN_FORCE: ("the policy was not in force on that date", "该规则在该日期不具效力"),
}


# ---- default logic ---------------------------------------------------------------

_CONFLICT = ("", "")  # two different outcomes in one world (only when facts are unknown)
_Result = tuple[str, str] | None  # (outcome, rule) or None: no rule fired


def _children(policy: PolicyInfo, parent: str | None) -> list[RuleInfo]:
    return policy.index.children.get(parent, [])


def _walk(index: PolicyIndex, cond: Mapping[str, object]) -> _Result:
    """With every condition known: the first rule that holds, then the first of its
    exceptions that holds, and so on down."""
    found = None
    siblings = index.children.get(None, ())
    while siblings:
        for rule in siblings:
            if cond[rule.name] is True:
                found = rule
                siblings = index.children.get(rule.name, ())
                break
        else:
            break
    return None if found is None else (found.outcome, found.name)


def _merge(a: _Result, b: _Result) -> _Result:
    if a is None:
        return b
    if b is None or a == _CONFLICT:
        return a
    if b == _CONFLICT or a[0] != b[0]:
        return _CONFLICT
    return a


def _node(policy: PolicyInfo, rule: RuleInfo, cond: Mapping[str, object]) -> set[_Result]:
    c = cond[rule.name]
    if c is False:
        return {None}
    below = _group(policy, _children(policy, rule.name), cond)
    fired: set[_Result] = {r for r in below if r is not None}
    if None in below:
        fired.add((rule.outcome, rule.name))
    if c is True:
        return fired
    return fired | {None}


def _group(policy: PolicyInfo, rules: list[RuleInfo], cond: Mapping[str, object]) -> set[_Result]:
    """Possible results of a set of sibling rules, highest priority level first."""
    results: set[_Result] = set()
    index = 0
    while index < len(rules):
        level = [r for r in rules[index:] if r.priority == rules[index].priority]
        index += len(level)
        worlds: set[_Result] = {None}
        for rule in level:
            worlds = {_merge(a, b) for a in worlds for b in _node(policy, rule, cond)}
        results |= {w for w in worlds if w is not None}
        if None not in worlds:
            return results
    results.add(None)
    return results


def resolve(policy: PolicyInfo, cond: Mapping[str, object]) -> tuple[str | None, str | None]:
    """(outcome, deciding rule). Outcome None: unknown facts could change it."""
    for v in cond.values():
        if v is not True and v is not False:
            break
    else:  # every condition known: the common case, without sets of possible worlds
        found = _walk(policy.index, cond)
        return (policy.default, None) if found is None else found
    results = _group(policy, _children(policy, None), cond)
    outcomes = {policy.default if r is None else r[0] for r in results}
    if _CONFLICT in results or len(outcomes) != 1:
        return None, None
    # Which rule decides is read in the world where every unknown condition is false.
    settled = {k: (v if isinstance(v, bool) else False) for k, v in cond.items()}
    only = _walk(policy.index, settled)
    return outcomes.pop(), (None if only is None else only[1])


def in_force(start: datetime.date | None, end: datetime.date | None, day: datetime.date) -> bool:
    return (start is None or start <= day) and (end is None or day < end)


# ---- the decision record ---------------------------------------------------------

SCHEMA = "earmark/decision@1"


def render_value(value: object, kind: str, unit: str | None, lang: str) -> str:
    if isinstance(value, Unknown) or value is None:
        return "unknown" if lang == "en" else "未知"
    if isinstance(value, bool):
        if lang == "en":
            return "yes" if value else "no"
        return "是" if value else "否"
    if isinstance(value, frozenset):
        items = sorted(value, key=str)
        return "{" + ", ".join(render_value(v, "", None, lang) for v in items) + "}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = f"{value:,}" if isinstance(value, int) and kind == "integer" else str(value)
    return f"{text} {unit}" if unit else text


def json_value(value: object) -> object:
    cls = value.__class__
    if cls is bool or cls is str or cls is int:  # most values: checked by exact class first
        return value
    if isinstance(value, Unknown) or value is None:
        return None
    if isinstance(value, frozenset):
        return sorted((json_value(v) for v in value), key=str)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class TraceEntry(NamedTuple):
    """One rule's part in a decision: a named tuple, since one is built per rule per
    decision. It holds the values of the rule's condition parts, and the decision's
    facts (validated, never changed) rather than a copy per rule; `conditions` and
    `facts` pair them with the texts and names from the rule's description."""

    rule: str
    outcome: str
    status: str
    values: tuple[object, ...]  # one per condition part
    given: Mapping[str, object]  # the facts of the decision
    info: RuleInfo
    overridden_by: str | None = None

    @property
    def conditions(self) -> tuple[tuple[str, object], ...]:
        return tuple(zip(self.info.conditions, self.values, strict=True))

    @property
    def facts(self) -> tuple[tuple[str, object], ...]:
        """The facts this rule reads, with their values (None: unknown)."""
        get = self.given.get
        return tuple([(name, get(name)) for name in self.info.facts])

    @property
    def citation(self) -> CitationInfo:
        return self.info.citation

    def __repr__(self) -> str:
        return (
            f"TraceEntry(rule={self.rule!r}, status={self.status!r}, "
            f"conditions={self.conditions!r}, facts={self.facts!r}, "
            f"overridden_by={self.overridden_by!r})"
        )

    def to_json(self, given_json: Mapping[str, object] | None = None) -> dict[str, object]:
        """`given_json`: the decision's facts already in JSON form, when the caller
        converts them once for every entry."""
        if given_json is None:
            given_json = {name: json_value(value) for name, value in self.given.items()}
        get = given_json.get
        return {
            "rule": self.rule,
            "outcome": self.outcome,
            "status": self.status,
            "conditions": [
                {"text": text, "value": json_value(value)} for text, value in self.conditions
            ],
            "facts": {name: get(name) for name in self.info.facts},
            "citation": _citation_json(self.info.citation),
            "overridden_by": self.overridden_by,
        }


def _citation_json(c: CitationInfo) -> dict[str, object]:
    return {"text": c.text, "grade": c.grade, "note": c.note}


TemplateValues = Mapping[str, object] | Callable[[], Mapping[str, object]]


@dataclass(slots=True)
class Decision:
    """The decision record. Treat it as read-only.

    The trace and the explanations are built on first use from the inputs the record
    keeps (`_facts`, `_cond`, `_parts`, `_values`): a caller that needs only the outcome,
    rule, citations and missing facts does not pay for text and one trace entry per rule.
    (Not a frozen dataclass: its `__init__` costs about 1 us more, a tenth of the budget
    for a whole decision.)
    """

    policy: PolicyInfo = field(repr=False)
    as_of: datetime.date
    outcome: str
    rule: str | None
    citations: tuple[tuple[str, CitationInfo], ...]
    missing: tuple[str, ...]
    matches: tuple[tuple[str, str, str, EntryInfo], ...] = ()  # fact, value, list, entry
    _facts: Mapping[str, object] = field(default_factory=dict, repr=False, compare=False)
    _cond: Mapping[str, object] = field(default_factory=dict, repr=False, compare=False)
    _parts: Mapping[str, tuple[object, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _values: TemplateValues = field(default_factory=dict, repr=False, compare=False)
    _trace: tuple[TraceEntry, ...] | None = field(default=None, repr=False, compare=False)
    _texts: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def trace(self) -> tuple[TraceEntry, ...]:
        if self._trace is None:
            self._trace = _build_trace(self)
        return self._trace

    @property
    def unverified(self) -> tuple[tuple[str, CitationInfo], ...]:
        return tuple((what, c) for what, c in self.citations if c.grade in ("S", "I"))

    def _rendered(self) -> tuple[str, str]:
        if self._texts is None:
            self._texts = _render_decision(self)
        return self._texts

    @property
    def explanation_en(self) -> str:
        return self._rendered()[0]

    @property
    def explanation_zh(self) -> str:
        return self._rendered()[1]

    def explanation(self, lang: str = "en") -> str:
        return self.explanation_zh if lang == "zh" else self.explanation_en

    def to_json(self) -> dict[str, object]:
        en, zh = self.policy.label(self.outcome)
        given = {name: json_value(value) for name, value in self._facts.items()}
        return {
            "schema": SCHEMA,
            "policy": {
                "id": self.policy.id,
                "title": {"en": self.policy.title_en, "zh": self.policy.title_zh},
                "source": _citation_json(self.policy.source),
                "content_hash": self.policy.content_hash,
                "compiler_version": self.policy.compiler_version,
            },
            "as_of": self.as_of.isoformat(),
            "outcome": self.outcome,
            "outcome_label": {"en": en, "zh": zh},
            "rule": self.rule,
            "citations": [{"for": w, **_citation_json(c)} for w, c in self.citations],
            "trace": [t.to_json(given) for t in self.trace],
            "missing": list(self.missing),
            "unverified": [{"for": w, **_citation_json(c)} for w, c in self.unverified],
            "matches": [
                {
                    "fact": fact,
                    "value": value,
                    "list": list_name,
                    "entry": entry.name,
                    "aliases": list(entry.aliases),
                    "country": entry.country,
                    "remark": entry.remark,
                    "grade": entry.grade,
                    "origin": entry.origin,
                }
                for fact, value, list_name, entry in self.matches
            ],
            "explanation": {"en": self.explanation_en, "zh": self.explanation_zh},
        }


def _kind_of(policy: PolicyInfo, name: str) -> tuple[str, str | None]:
    return policy.index.kinds.get(name, ("", None))


def _render_template(
    policy: PolicyInfo,
    parts: tuple[tuple[str, str], ...],
    values: Mapping[str, object],
    lang: str,
) -> str:
    out = []
    for kind, text in parts:
        if kind == "text":
            out.append(text)
        else:
            vkind, unit = _kind_of(policy, text)
            out.append(render_value(values.get(text), vkind, unit, lang))
    return "".join(out)


def _describe_fact(policy: PolicyInfo, name: str, lang: str) -> str:
    f = policy.index.facts.get(name)
    if f is None:
        return name
    return f"{name} ({f.en if lang == 'en' else f.zh})"


def _cite_text(c: CitationInfo) -> str:
    return f"{c.text} [grade {c.grade}]" if c.grade else c.text


def build_decision(
    policy: PolicyInfo,
    as_of: datetime.date,
    facts: Mapping[str, object],
    cond: Mapping[str, object],
    parts: Mapping[str, tuple[object, ...]],
    values: TemplateValues,
    lists: Mapping[str, tuple[EntryInfo, ...]] | None = None,
) -> Decision:
    """The full record from condition values (`cond`, per rule) and conjunct values (`parts`).

    `values` holds every fact and derived value a template may mention, or is a function
    that computes them when an explanation is first rendered.
    """
    if as_of < policy.effective or (policy.ends is not None and as_of >= policy.ends):
        return _not_in_force(policy, as_of)
    index = policy.index
    outcome, deciding = resolve(policy, cond)
    missing: tuple[str, ...] = ()
    if outcome is None:
        culprits: set[str] = set()
        for r in policy.rules:
            c = cond[r.name]
            if isinstance(c, Unknown) and _reached(index, r.name, cond):
                culprits |= c.culprits
        missing = tuple(sorted(culprits))
    citations: list[tuple[str, CitationInfo]] = []
    if deciding is not None:
        for probe in index.chain_probes[deciding]:
            citations += _pieces_read(probe, facts, as_of)
    # A decision also rests on the rules that were considered and did not apply. When
    # every part that failed rests on an unverified list member or dated value, the
    # failure (and so the decision) is only as good as those: report them.
    for r, solid_parts in index.weak_rules:
        if cond[r.name] is not False or r.name == deciding:
            continue
        part_values = parts[r.name]
        for i in solid_parts:
            if part_values[i] is False:
                break  # it failed on solid ground (the common case: checked inline)
        else:
            citations += _weak_failure(index, r, part_values, cond, facts, as_of)
    cited = index.chains[deciding]
    if citations:
        static_keys = index.chain_keys[deciding]
        seen: set[tuple[str, str]] = set()
        added = []
        for what, c in citations:
            key = (what, c.text)
            if key not in static_keys and key not in seen:
                seen.add(key)
                added.append((what, c))
        cited += tuple(added)
    matches = []
    if policy.name_checks:
        entity_lists = dict(policy.entity_lists) if lists is None else lists
        for fact, list_name in policy.name_checks:
            subject = facts.get(fact)
            if isinstance(subject, str):
                for entry in find_matches(subject, entity_lists[list_name], as_of):
                    matches.append((fact, subject, list_name, entry))
    return Decision(
        policy,
        as_of,
        outcome if outcome is not None else NEEDS_INFORMATION,
        deciding,
        cited,
        missing,
        tuple(matches),
        facts,
        cond,
        parts,
        values,
    )


def _unique(
    citations: Sequence[tuple[str, CitationInfo]],
) -> tuple[tuple[str, CitationInfo], ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for what, c in citations:
        if (what, c.text) not in seen:
            seen.add((what, c.text))
            out.append((what, c))
    return tuple(out)


def _weak_failure(
    index: PolicyIndex,
    rule: RuleInfo,
    values: tuple[object, ...],
    cond: Mapping[str, object],
    facts: Mapping[str, object],
    as_of: datetime.date,
) -> list[tuple[str, CitationInfo]]:
    """The unverified provisions a failed rule's failure rests on, when no part failed
    on solid ground: none when the rule was not reached."""
    failed = [i for i, value in enumerate(values) if value is False]
    if not failed or not _reached(index, rule.name, cond):
        return []
    probes = index.probes[rule.name]
    weak = [
        [(w, c) for w, c in _pieces_read(probes[i], facts, as_of) if c.grade in ("S", "I")]
        for i in failed
        if i < len(probes)
    ]
    if not weak or not all(weak):
        return []
    return [piece for pieces in weak for piece in pieces]


def _pieces_read(
    probe: _Probe, facts: Mapping[str, object], as_of: datetime.date
) -> list[tuple[str, CitationInfo]]:
    """The graded dated segments and list members one condition part read."""
    out: list[tuple[str, CitationInfo]] = []
    for key_fact, segments in probe.dated:
        key = facts.get(key_fact) if key_fact else as_of
        if not isinstance(key, datetime.date):
            continue
        active = None
        for segment in segments:  # the last one that started on or before the key
            if segment[0] is None or segment[0] <= key:
                active = segment
        if active is not None and active[2].grade:
            out.append((active[1], active[2]))
    for name, fact, by_member in probe.lists:
        value = facts.get(fact)
        looked_up = sorted(value, key=str) if isinstance(value, frozenset) else (value,)
        for member in looked_up:
            try:
                found = by_member.get(member, ())
            except TypeError:  # an unhashable value is no member
                continue
            for citation in found:
                out.append((f"list {name} member {member}", citation))
    return out


def _reached(index: PolicyIndex, rule: str, cond: Mapping[str, object]) -> bool:
    """No rule that `rule` is an exception to has failed."""
    # a plain loop: all() over a generator costs about three times as much here
    for parent in index.ancestors[rule]:  # noqa: SIM110
        if cond[parent] is False:
            return False
    return True


_new_entry = tuple.__new__  # TraceEntry without its Python-level __new__: one per rule


def _build_trace(decision: Decision) -> tuple[TraceEntry, ...]:
    if decision.outcome == NOT_IN_FORCE:
        return ()
    cond, parts, facts = decision._cond, decision._parts, decision._facts
    index = decision.policy.index
    deciding, as_of = decision.rule, decision.as_of
    outcome_known = decision.outcome != NEEDS_INFORMATION
    overridden = index.ancestors[deciding] if deciding is not None else ()
    entries = []
    for rule, name, parent, deeper, windowed in index.trace_rows:
        c = cond[name]
        overridden_by = None
        if windowed and not in_force(rule.effective, rule.ends, as_of):
            status = "not_in_force"
        elif parent is not None and (
            cond[parent] is False or (deeper and not _reached(index, parent, cond))
        ):
            status = "not_reached"
        elif name == deciding:
            status = "decided"
        elif c is False:
            status = "not_applicable"
        elif c.__class__ is Unknown:
            status = "unknown"
        elif not outcome_known:
            status = "applies"
        elif name in overridden:
            status, overridden_by = "overridden", deciding
        else:
            status = "outranked"
        entry = (name, rule.outcome, status, parts[name], facts, rule, overridden_by)
        entries.append(_new_entry(TraceEntry, entry))
    return tuple(entries)


def _render_decision(decision: Decision) -> tuple[str, str]:
    policy, as_of = decision.policy, decision.as_of
    if decision.outcome == NOT_IN_FORCE:
        window = f"effective {policy.effective.isoformat()}"
        if policy.ends is not None:
            window += f", ended {policy.ends.isoformat()}"
        en = f"{policy.id} was not in force on {as_of.isoformat()} ({window})."
        zh = f"{policy.id}在{as_of.isoformat()}不具效力（{window}）。"
        return en, zh
    values = decision._values
    en, zh = _explain(
        policy,
        decision.outcome,
        decision.rule,
        values() if callable(values) else values,
        decision.missing,
        as_of,
        decision.citations,
    )
    for fact, subject, list_name, entry in decision.matches:
        en += f' "{subject}" ({fact}) matches {list_name} entry "{entry.name}".'
        zh += f"“{subject}”（{fact}）与{list_name}中的条目“{entry.name}”匹配。"
    return en, zh


def _explain(
    policy: PolicyInfo,
    outcome: str,
    deciding: str | None,
    values: Mapping[str, object],
    missing: tuple[str, ...],
    as_of: datetime.date,
    citations: tuple[tuple[str, CitationInfo], ...],
) -> tuple[str, str]:
    label_en, label_zh = policy.label(outcome)
    day = as_of.isoformat()
    if outcome == NEEDS_INFORMATION:
        en = (
            f"Needs information (as of {day}): the outcome depends on facts that were not "
            "supplied: " + "; ".join(_describe_fact(policy, m, "en") for m in missing) + "."
        )
        zh = (
            f"需补充信息（截至{day}）：结论取决于尚未提供的事实："
            + "；".join(_describe_fact(policy, m, "zh") for m in missing)
            + "。"
        )
        return en, zh
    if deciding is None:
        en = (
            f"{label_en} (as of {day}): no rule of {policy.id} applied, so the policy's "
            f"default outcome applies. Source: {_cite_text(policy.source)}."
        )
        zh = (
            f"{label_zh}（截至{day}）：{policy.id}中没有适用的规则，因此适用该政策的默认结论。"
            f"出处：{_cite_text(policy.source)}。"
        )
        return en, zh
    rule = policy.index.by_name[deciding]
    body_en = _render_template(policy, rule.explain_en, values, "en")
    body_zh = _render_template(policy, rule.explain_zh, values, "zh")
    en = f"{label_en} (as of {day}), by rule {rule.name}: {body_en} [{_cite_text(rule.citation)}]"
    zh = f"{label_zh}（截至{day}），依据规则 {rule.name}：{body_zh}［{_cite_text(rule.citation)}］"
    if rule.parent is not None:
        en += f" This is an exception to rule {rule.parent}."
        zh += f" 此为规则 {rule.parent} 的例外。"
    weak = [what for what, c in citations if c.grade in ("S", "I")]
    if weak:
        en += (
            " Caution: this decision relies on a provision whose text was not verified ("
            + ", ".join(weak)
            + ")."
        )
        zh += "注意：此结论依赖未经核实的条款（" + "、".join(weak) + "）。"
    return en, zh


def _not_in_force(policy: PolicyInfo, as_of: datetime.date) -> Decision:
    return Decision(policy, as_of, NOT_IN_FORCE, None, (("policy", policy.source),), ())
