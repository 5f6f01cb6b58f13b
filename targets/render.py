"""Rendering IR expressions, values and citations as English and Chinese text.

The one place where the meaning of an IR node becomes words. The tables,
explain and site targets and the decision explanations all go through this
module, so a condition reads the same way in a decision table header, in a
policy document, on the site and in a case-file explanation.

Names (facts, definitions, lists, dated values, rules) are passed through a
`Style`, so Markdown can put them in backticks and HTML can make them links;
literal text goes through the style's `text` function (escaping for HTML).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

from earmark.compiler import ir
from earmark.compiler.types import Type

LANGS = ("en", "zh")


def _identity(text: str) -> str:
    return text


def _plain_name(kind: str, name: str) -> str:
    return name


@dataclass(frozen=True)
class Style:
    """How names and literal text are written in one output format."""

    text: Callable[[str], str] = _identity
    name: Callable[[str, str], str] = _plain_name  # (kind, name) -> text


PLAIN = Style()
MARKDOWN = Style(name=lambda kind, name: f"`{name}`")


# ---- fixed words ---------------------------------------------------------------------------

WORDS: dict[str, tuple[str, str]] = {
    "yes": ("yes", "是"),
    "no": ("no", "否"),
    "unknown": ("unknown", "未知"),
    "any": ("-", "-"),
    "and": (" and ", "且"),
    "or": (" or ", "或"),
    "evaluation_date": ("the evaluation date", "评估日期"),
    "default": ("default", "默认"),
    "grade": ("grade", "等级"),
    "unverified": ("UNCONFIRMED", "未经核实"),
    "outcome": ("outcome", "结论"),
    "rule": ("rule", "规则"),
    "citation": ("citation", "法条出处"),
    "priority": ("priority", "优先级"),
    "exception_to": ("exception to", "例外于"),
    "valid": ("in force", "有效期"),
    "always": ("always", "始终"),
    "from": ("from", "自"),
    "until": ("until", "至"),
    "effective": ("effective", "生效日期"),
    "compliance": ("compliance", "合规日期"),
    "ends": ("ends", "终止日期"),
    "needs_information": ("needs information", "需补充信息"),
    "policy_not_in_force": ("the policy is not in force", "该规则不具效力"),
}


def word(key: str, lang: str) -> str:
    en, zh = WORDS[key]
    return zh if lang == "zh" else en


GRADES: dict[str, tuple[str, str]] = {
    "P": ("primary text seen", "已见原始文本"),
    "T": ("CFR wording seen in a copy", "已见CFR措辞副本"),
    "S": ("secondary source (UNCONFIRMED)", "二手来源（未经核实）"),
    "I": ("inference (UNCONFIRMED)", "推断（未经核实）"),
}


def grade_text(grade: str | None, lang: str) -> str:
    if grade is None:
        return "no grade given" if lang == "en" else "未给出等级"
    en, zh = GRADES.get(grade, (grade, grade))
    return f"grade {grade}: {en}" if lang == "en" else f"等级 {grade}：{zh}"


def text_of(text: ir.Text | None, lang: str) -> str:
    if text is None:
        return ""
    return text.zh if lang == "zh" else text.en


def label(policy: ir.Policy, outcome: str, lang: str) -> str:
    return text_of(policy.outcome(outcome), lang)


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# ---- values ----------------------------------------------------------------------------------


def value(v: object, t: Type | None, lang: str) -> str:
    """A constant or fact value, with its unit; sets in sorted order (deterministic)."""
    if v is None:
        return word("unknown", lang)
    if isinstance(v, bool):
        return word("yes" if v else "no", lang)
    if isinstance(v, frozenset | set | tuple | list):
        element = t.element if t is not None and t.kind == "set" else None
        items = [
            value(x, element, lang) for x in sorted(v, key=lambda x: (type(x).__name__, str(x)))
        ]
        return "{" + ", ".join(items) + "}"
    if isinstance(v, dt.date):
        return v.isoformat()
    unit = t.unit if t is not None else None
    if isinstance(v, int):
        text = f"{v:,}" if t is None or t.kind != "year" else str(v)
    elif isinstance(v, Decimal):
        text = format(v.normalize(), "f") if v == v.to_integral_value() else str(v)
    elif isinstance(v, str) and t is not None and t.kind == "text":
        text = f"\u201c{v}\u201d" if lang == "en" else f"\u201c{v}\u201d"
    else:
        text = str(v)
    if unit:
        if unit == "days" and lang == "zh":
            return f"{text}天"
        return f"{text} {unit}"
    return text


# ---- expressions -----------------------------------------------------------------------------

_COMPARE_EN = {
    "==": "is",
    "!=": "is not",
    "<": "is less than",
    "<=": "is at most",
    ">": "is more than",
    ">=": "is at least",
}
_COMPARE_ZH = {"==": "为", "!=": "不为", "<": "小于", "<=": "不超过", ">": "大于", ">=": "不少于"}
_DATE_EN = {"<": "is before", "<=": "is on or before", ">": "is after", ">=": "is on or after"}
_DATE_ZH = {"<": "早于", "<=": "不晚于", ">": "晚于", ">=": "不早于"}
_NEGATE = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def _kind_of_name(policy: ir.Policy, name: str) -> str:
    for f in policy.facts:
        if f.name == name:
            return "fact"
    for d in policy.definitions:
        if d.name == name:
            return d.kind
    for v in policy.dated:
        if v.name == name:
            return "list" if v.members else "dated"
    for e in policy.entity_lists:
        if e.name == name:
            return "entities"
    return "name"


class Renderer:
    """Renders IR expressions of one policy in one language and one output style."""

    def __init__(self, policy: ir.Policy, lang: str, style: Style = PLAIN) -> None:
        assert lang in LANGS, lang
        self.policy = policy
        self.lang = lang
        self.style = style

    # -- pieces
    def t(self, text: str) -> str:
        return self.style.text(text)

    def name(self, name: str, kind: str | None = None) -> str:
        return self.style.name(kind or _kind_of_name(self.policy, name), name)

    def value(self, v: object, t: Type | None = None) -> str:
        return self.t(value(v, t, self.lang))

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    # -- expressions
    def expr(self, e: ir.Expr) -> str:
        """A condition or value as a phrase; nested and/or get parentheses."""
        return self._expr(e, top=True)

    def _group(self, e: ir.Expr) -> str:
        inner = self._expr(e, top=False)
        if isinstance(e, (ir.And, ir.Or)):
            return self.t("（" if self.zh else "(") + inner + self.t("）" if self.zh else ")")
        return inner

    def _expr(self, e: ir.Expr, top: bool) -> str:
        zh = self.zh
        t = self.t
        if isinstance(e, ir.Const):
            return self.value(e.value, e.type)
        if isinstance(e, ir.Fact):
            return self.name(e.name, "fact")
        if isinstance(e, ir.Ref):
            return self.name(e.name)
        if isinstance(e, ir.AsOf):
            return t(word("evaluation_date", self.lang))
        if isinstance(e, ir.Dated):
            head = self.name(e.name)
            if e.key is None:
                return head
            key = self._group(e.key)
            return key + t("时的") + head if zh else head + t(" at ") + key
        if isinstance(e, (ir.And, ir.Or)):
            joiner = word("and" if isinstance(e, ir.And) else "or", self.lang)
            return t(joiner).join(self._group(o) for o in e.operands)
        if isinstance(e, ir.Not):
            return self._negated(e.operand)
        if isinstance(e, ir.Compare):
            return self._compare(e.op, e.left, e.right)
        if isinstance(e, ir.Member):
            return self._member(e, negated=False)
        if isinstance(e, ir.Overlaps):
            left, right = self._group(e.left), self._group(e.right)
            return (
                left + t("与") + right + t("有共同成员")
                if zh
                else left + t(" shares a member with ") + right
            )
        if isinstance(e, ir.Arith):
            return self._arith(e)
        if isinstance(e, ir.SetOp):
            left, right = self._group(e.left), self._group(e.right)
            if e.op == "union":
                return (
                    left + t("与") + right + t("的并集")
                    if zh
                    else t("the union of ") + left + t(" and ") + right
                )
            return left + t("除去") + right if zh else left + t(" excluding ") + right
        if isinstance(e, ir.Neg):
            return t("负") + self._group(e.operand) if zh else t("minus ") + self._group(e.operand)
        if isinstance(e, ir.Known):
            return self._group(e.operand) + t("已知" if zh else " is known")
        if isinstance(e, ir.YearOf):
            operand = self._group(e.operand)
            return operand + t("的年份") if zh else t("the year of ") + operand
        if isinstance(e, ir.FirstKnown):
            parts = [self._group(o) for o in e.operands]
            out = parts[0]
            for p in parts[1:]:
                out += (
                    t("（如未知，则为") + p + t("）")
                    if zh
                    else t(" (or, where that is unknown, ") + p + t(")")
                )
            return out
        if isinstance(e, ir.Matches):
            subject = self._group(e.subject)
            target = self.name(e.list, "entities")
            return (
                subject + t("与") + target + t("中的名称匹配")
                if zh
                else subject + t(" matches a name on ") + target
            )
        raise TypeError(f"unknown IR node {type(e).__name__}")

    def _negated(self, e: ir.Expr) -> str:
        zh = self.zh
        t = self.t
        if isinstance(e, ir.Member):
            return self._member(e, negated=True)
        if isinstance(e, ir.Compare):
            return self._compare(_NEGATE[e.op], e.left, e.right)
        if isinstance(e, ir.Known):
            return self._group(e.operand) + t("未知" if zh else " is unknown")
        if isinstance(e, ir.Overlaps):
            left, right = self._group(e.left), self._group(e.right)
            return (
                left + t("与") + right + t("无共同成员")
                if zh
                else left + t(" shares no member with ") + right
            )
        if isinstance(e, ir.Matches):
            subject = self._group(e.subject)
            target = self.name(e.list, "entities")
            return (
                subject + t("与") + target + t("中的任何名称均不匹配")
                if zh
                else subject + t(" matches no name on ") + target
            )
        if isinstance(e, ir.Not):
            return self._expr(e.operand, top=False)
        inner = self._expr(e, top=False)
        if isinstance(e, (ir.And, ir.Or)):
            return t("并非（") + inner + t("）") if zh else t("not (") + inner + t(")")
        return t("非") + inner if zh else t("not ") + inner

    def _compare(self, op: str, left: ir.Expr, right: ir.Expr) -> str:
        a, b = self._group(left), self._group(right)
        is_date = left.type.kind == "date" or right.type.kind == "date"
        if self.zh:
            words = _DATE_ZH if is_date and op in _DATE_ZH else _COMPARE_ZH
            return a + self.t(words[op]) + b
        words = _DATE_EN if is_date and op in _DATE_EN else _COMPARE_EN
        return a + self.t(f" {words[op]} ") + b

    def _member(self, e: ir.Member, negated: bool) -> str:
        t = self.t
        element = self._group(e.element)
        collection = e.collection
        if isinstance(collection, ir.Const) and isinstance(collection.value, frozenset):
            element_type = collection.type.element
            items = sorted(value(v, element_type, self.lang) for v in collection.value)
            if len(items) == 1:
                if self.zh:
                    return element + t(("不为" if negated else "为") + items[0])
                return element + t((" is not " if negated else " is ") + items[0])
            if self.zh:
                listed = "、".join(items)
                return element + t(f"不为{listed}中的任何一个" if negated else f"为{listed}之一")
            if not negated:
                return element + t(" is " + ", ".join(items[:-1]) + " or " + items[-1])
            if len(items) == 2:
                return element + t(f" is neither {items[0]} nor {items[1]}")
            return element + t(" is none of " + ", ".join(items))
        target = self._group(collection)
        if self.zh:
            return element + t("不属于" if negated else "属于") + target
        return element + t(" is not in " if negated else " is in ") + target

    def _arith(self, e: ir.Arith) -> str:
        t = self.t
        left, right = self._group(e.left), self._group(e.right)
        if self.zh:
            if e.left.type.kind == "date" and e.op in "+-" and e.right.type.kind != "date":
                return left + t("后" if e.op == "+" else "前") + right
            word_ = {"+": "加", "-": "减", "*": "乘以"}[e.op]
            return left + t(word_) + right
        symbol = {"+": "+", "-": "\u2212", "*": "\u00d7"}[e.op]
        return left + t(f" {symbol} ") + right

    # -- whole conditions
    def conjuncts(self, conjuncts: Iterable[ir.Expr]) -> str:
        parts = [self._group(c) for c in conjuncts]
        if not parts:
            return self.t("始终" if self.zh else "always")
        if self.zh:
            return self.t("，且").join(parts)
        if len(parts) == 1:
            return parts[0]
        return self.t(", ").join(parts[:-1]) + self.t(", and ") + parts[-1]


def expr_text(policy: ir.Policy, e: ir.Expr, lang: str, style: Style = PLAIN) -> str:
    return Renderer(policy, lang, style).expr(e)


# ---- positive and negative forms of a condition ----------------------------------------------


def split_negation(e: ir.Expr) -> tuple[ir.Expr, bool]:
    """(positive expression, whether the condition asks for it to be false).

    `x not in S` is the column `x in S` with the entry `no`, so the same test read
    positively and negatively shares one decision-table column.
    """
    if isinstance(e, ir.Not) and not isinstance(e.operand, (ir.And, ir.Or)):
        return e.operand, True
    return e, False


# ---- facts used by an expression ---------------------------------------------------------------


def facts_read(e: ir.Expr, policy: ir.Policy, through_definitions: bool = True) -> tuple[str, ...]:
    """Facts an expression reads (through definitions), in policy fact order."""
    found: set[str] = set()
    definitions = {d.name: d for d in policy.definitions}
    seen: set[str] = set()
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, ir.Fact):
            found.add(node.name)
        elif isinstance(node, ir.Ref) and through_definitions and node.name not in seen:
            seen.add(node.name)
            if node.name in definitions:
                stack.append(definitions[node.name].expr)
        stack.extend(ir.children(node))
    return tuple(f.name for f in policy.facts if f.name in found)


def names_used(e: ir.Expr) -> tuple[str, ...]:
    """Definitions, dated values and entity lists named directly in an expression (sorted)."""
    found: set[str] = set()
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, (ir.Ref, ir.Dated)):
            found.add(node.name)
        elif isinstance(node, ir.Matches):
            found.add(node.list)
        stack.extend(ir.children(node))
    return tuple(sorted(found))


# ---- citations ---------------------------------------------------------------------------------

_CFR_SECTION = re.compile(r"(\d+)\s+CFR\s+(\d+)\.(\d+[a-z]?)((?:\([A-Za-z0-9]+\))*)")
_CFR_SUPP = re.compile(r"(\d+)\s+CFR\s+(\d+)\s+Supp(?:lement)?\.?\s*(?:No\.\s*)?(\d+)")
_CFR_PART = re.compile(r"(\d+)\s+CFR\s+(?:part\s+)?(\d+)(?![.\d])")
_FR = re.compile(r"(\d+)\s+FR\s+(\d+)")


def citation_links(text: str) -> list[tuple[str, str]]:
    """(cited words, URL) for every provision the citation names that has a public address.

    CFR sections link to the eCFR section (with the paragraph anchor), supplements to
    their eCFR appendix, bare parts to the part; Federal Register pages to their
    citation page. The citation text is never altered: links are listed beside it.
    """
    links: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], url: str) -> None:
        if any(s <= m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        links.append((m.group(0), url))

    for m in _CFR_SECTION.finditer(text):
        title, part, section, paras = m.groups()
        url = f"https://www.ecfr.gov/current/title-{title}/section-{part}.{section}"
        if paras:
            url += "#" + quote(f"p-{part}.{section}{paras}", safe="()-.")
        add(m, url)
    for m in _CFR_SUPP.finditer(text):
        title, part, number = m.groups()
        appendix = quote(f"Supplement No. {number} to Part {part}", safe=".")
        add(m, f"https://www.ecfr.gov/current/title-{title}/part-{part}/appendix-{appendix}")
    for m in _CFR_PART.finditer(text):
        title, part = m.groups()
        add(m, f"https://www.ecfr.gov/current/title-{title}/part-{part}")
    for m in _FR.finditer(text):
        volume, page = m.groups()
        add(m, f"https://www.federalregister.gov/citation/{volume}-FR-{page}")
    order = {words: text.find(words) for words, _ in links}
    return sorted(links, key=lambda link: (order[link[0]], link[0]))


def citation_text(c: ir.Citation | None, lang: str) -> str:
    """`15 CFR 744.23(a) [grade T]`, with UNCONFIRMED marked for S and I."""
    if c is None or not c.text:
        return "(no citation)" if lang == "en" else "（无出处）"
    out = c.text
    if c.grade:
        out += f" [{word('grade', lang)} {c.grade}]" if lang == "en" else f"［等级 {c.grade}］"
    if c.unverified:
        out += " " + word("unverified", lang)
    return out


def markdown_citation(c: ir.Citation | None, lang: str) -> str:
    """The citation with eCFR / Federal Register links, its grade, and its note (Markdown)."""
    if c is None or not c.text:
        return citation_text(c, lang)
    text = md_escape(c.text)
    for words, url in citation_links(c.text):
        text = text.replace(md_escape(words), f"[{md_escape(words)}]({url})", 1)
    out = text
    if c.grade:
        out += (
            f" ({grade_text(c.grade, lang)})"
            if lang == "en"
            else f"（{grade_text(c.grade, lang)}）"
        )
    if c.note:
        out += f" — {md_escape(c.note)}" if lang == "en" else f"——{md_escape(c.note)}"
    return out


def md_escape(text: str) -> str:
    """Escape the Markdown characters that could change the meaning of policy text."""
    out = []
    for ch in text:
        if ch in "\\`*[]<>|#":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def validity(effective: dt.date | None, ends: dt.date | None, lang: str) -> str:
    """`from 2025-01-16 until 2027-01-01` (the end day is not included)."""
    if effective is None and ends is None:
        return word("always", lang)
    if lang == "zh":
        parts = []
        if effective:
            parts.append(f"自{effective.isoformat()}起")
        if ends:
            parts.append(f"至{ends.isoformat()}前")
        return "".join(parts)
    parts = []
    if effective:
        parts.append(f"from {effective.isoformat()}")
    if ends:
        parts.append(f"until {ends.isoformat()} (exclusive)")
    return " ".join(parts)


def fact_type_text(t: Type, lang: str) -> str:
    """A fact's type in words, for interview prompts and schema listings."""
    zh = lang == "zh"
    if t.kind == "bool":
        return "是/否" if zh else "yes/no"
    if t.kind in ("integer", "decimal"):
        base = (
            ("整数" if t.kind == "integer" else "数值")
            if zh
            else ("whole number" if t.kind == "integer" else "number")
        )
        return f"{base} ({t.unit})" if t.unit else base
    if t.kind == "date":
        return "日期 YYYY-MM-DD" if zh else "date YYYY-MM-DD"
    if t.kind == "year":
        return "年份" if zh else "year"
    if t.kind == "text":
        return "文本" if zh else "text"
    if t.kind == "country":
        return "国家或地区（ISO代码或名称）" if zh else "country (ISO code or name)"
    if t.kind == "enum":
        return ("之一：" if zh else "one of: ") + ", ".join(t.members)
    assert t.element is not None
    inner = fact_type_text(t.element, lang)
    return f"{inner}的集合，用逗号分隔" if zh else f"a comma-separated set of {inner}"
