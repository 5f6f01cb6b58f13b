"""`earmark ask`: a terminal interview that asks only for the facts that can still change
the outcome.

After every answer the policy is decided again with the reference interpreter; while the
decision is *needs information*, the next question is the first fact (in the policy's
order) on the decision's `missing` list. Answers are type-checked with the same
validators as a facts file, and a bad answer is asked again with the reason. Optional
facts may be answered `?` (not known): the interview then stops asking for them, and
ends with *needs information* if they were decisive. It can start from a partly filled
facts file. It ends with the decision and its explanation (the case-file text of
`earmark check --format markdown`).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from earmark.compiler import facts as facts_mod
from earmark.compiler import interpreter, ir
from earmark.compiler.info import policy_info
from earmark.compiler.types import Type
from earmark.dsl.diagnostics import did_you_mean
from earmark.targets import render
from earmark.targets.explain import candidates, explain_decision
from pydantic import TypeAdapter, ValidationError

UNKNOWN_WORDS = {"?", "unknown", "not known", "don't know", "dont know", "未知", "不知道", "不清楚"}
YES_WORDS = {"yes", "y", "true", "t", "1", "是", "是的", "对"}
NO_WORDS = {"no", "n", "false", "f", "0", "否", "不是", "不"}

TEXT = {
    "en": {
        "intro": "{id}: {title}\nas of {as_of}. I will ask only for facts that can still change the outcome.\n"
        "Answer each question; type ? if a fact is not known (where the policy allows it).",
        "known": "Already known from the facts file: {n} fact(s).",
        "needed_by": "needed by rule(s): {rules}",
        "answer": "answer: {hint}{unknown}",
        "unknown_ok": ", or ? if not known",
        "bad": "  not accepted: {message}. Please answer again.",
        "required": "this fact cannot be unknown",
        "empty": "no answer given",
        "stopped": "\ninterview stopped; no decision.",
        "declined": "Not known: {facts}.",
        "done": "Decision",
    },
    "zh": {
        "intro": "{id}：{title}\n截至 {as_of}。只询问仍可能改变结论的事实。\n"
        "请逐一回答；如不知道某项事实（规则允许时），请输入 ?",
        "known": "事实文件中已有 {n} 项事实。",
        "needed_by": "所涉规则：{rules}",
        "answer": "回答：{hint}{unknown}",
        "unknown_ok": "；不知道请输入 ?",
        "bad": "  未被接受：{message}。请重新回答。",
        "required": "该事实不可为未知",
        "empty": "未作回答",
        "stopped": "\n询问已中止；未作出决定。",
        "declined": "未知：{facts}。",
        "done": "决定",
    },
}


class AnswerError(ValueError):
    """An answer that does not fit the fact's type; the message says why."""


def _adapter(t: Type) -> TypeAdapter[Any]:
    return TypeAdapter(facts_mod.annotation(t))


def _message(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return str(err["msg"]).removeprefix("Value error, ")


def check_value(t: Type, raw: object) -> object:
    """Validate one fact value as a facts file would (same validators, same messages)."""
    try:
        value = _adapter(t).validate_python(raw)
    except ValidationError as exc:
        raise AnswerError(_message(exc)) from None
    if isinstance(value, list | set):
        return frozenset(value)
    return value


def _number(text: str, t: Type) -> object:
    cleaned = text.replace("_", "").replace(",", "").strip()
    if t.unit and cleaned.endswith(t.unit):
        cleaned = cleaned[: -len(t.unit)].strip()
    if t.kind in ("integer", "year"):
        if not re.fullmatch(r"[+-]?\d+", cleaned):
            raise AnswerError(f"{text!r} is not a whole number")
        return int(cleaned)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise AnswerError(f"{text!r} is not a number") from None


def parse_answer(t: Type, text: str) -> object:
    """An answer typed at the terminal, as a validated fact value."""
    text = text.strip()
    if t.kind == "bool":
        word = text.casefold()
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
        raise AnswerError(f"{text!r} is not yes or no")
    if t.kind in ("integer", "decimal", "year"):
        return check_value(t, _number(text, t))
    if t.kind == "enum":
        if text.isdigit() and 1 <= int(text) <= len(t.members):
            return t.members[int(text) - 1]
        if text not in t.members:
            hint = did_you_mean(text, list(t.members))
            raise AnswerError(
                f"{text!r} is not one of {', '.join(t.members)}" + (f"; {hint}" if hint else "")
            )
        return text
    if t.kind == "set":
        assert t.element is not None
        items = [p.strip() for p in re.split(r"[,，、;；]", text) if p.strip()]
        return frozenset(parse_answer(t.element, item) for item in items)
    return check_value(t, text)


def validate_partial(policy: ir.Policy, data: object) -> dict[str, object]:
    """A partly filled facts document: the given facts validated, the rest unknown."""
    if not isinstance(data, dict):
        raise facts_mod.FactsError([("(facts)", "the facts must be a JSON object of name: value")])
    known = {f.name: f for f in policy.facts}
    problems: list[tuple[str, str]] = []
    values: dict[str, object] = {f.name: None for f in policy.facts}
    for name, raw in data.items():
        if name not in known:
            hint = did_you_mean(str(name), list(known))
            problems.append((str(name), "unknown fact" + (f"; {hint}" if hint else "")))
            continue
        if raw is None:
            continue
        try:
            values[name] = check_value(known[name].type, raw)
        except AnswerError as exc:
            problems.append((name, str(exc)))
    if problems:
        raise facts_mod.FactsError(problems)
    return values


def _prompt_lines(
    policy: ir.Policy, fact: ir.FactDecl, rules: list[str], lang: str, number: int
) -> str:
    words = TEXT[lang]
    desc = render.text_of(fact.description, lang)
    hint = render.fact_type_text(fact.type, lang)
    if fact.type.kind == "enum":
        hint = " | ".join(f"{i} {m}" for i, m in enumerate(fact.type.members, 1))
    lines = [
        f"[{number}] {fact.name} — {desc}",
        "    " + words["needed_by"].format(rules=", ".join(rules)),
        "    "
        + words["answer"].format(hint=hint, unknown=words["unknown_ok"] if fact.optional else ""),
    ]
    return "\n".join(lines)


def _next_question(
    policy: ir.Policy,
    values: Mapping[str, object],
    as_of: dt.date,
    pending: list[ir.FactDecl],
    lists: Mapping[str, object] | None,
    info: Any,
) -> ir.FactDecl:
    """The pending fact whose answer most often settles the outcome (policy order on ties)."""
    best = pending[0]
    best_score = -1.0
    for fact in pending:
        options = candidates(policy, fact)
        if not options:
            continue
        settled = 0
        for value in options:
            d = interpreter.evaluate(policy, {**values, fact.name: value}, as_of, info, lists)
            settled += d.outcome != ir.NEEDS_INFORMATION
        score = settled / len(options)
        if score > best_score:
            best, best_score = fact, score
    return best


def interview(
    policy: ir.Policy,
    data: object,
    as_of: dt.date,
    lang: str = "en",
    lists: Mapping[str, object] | None = None,
    read: Callable[[str], str] = input,
    out: IO[str] | None = None,
) -> int:
    stream = out or sys.stdout

    def say(text: str) -> None:
        print(text, file=stream, flush=True)

    words = TEXT[lang]
    values = validate_partial(policy, data)
    info = policy_info(policy)
    given = sum(1 for v in values.values() if v is not None)
    say(
        words["intro"].format(
            id=policy.id, title=render.text_of(policy.title, lang), as_of=as_of.isoformat()
        )
    )
    if given:
        say(words["known"].format(n=given))
    declined: list[str] = []
    asked = 0
    while True:
        decision = interpreter.evaluate(policy, values, as_of, info, lists)
        if decision.outcome != ir.NEEDS_INFORMATION:
            break
        pending = [f for f in policy.facts if f.name in decision.missing and f.name not in declined]
        if not pending:
            break
        fact = _next_question(policy, values, as_of, pending, lists, info)
        asked += 1
        rules = [
            t.rule
            for t in decision.trace
            if t.status == "unknown" and fact.name in policy.rule(t.rule).facts
        ]
        say("")
        say(_prompt_lines(policy, fact, rules, lang, asked))
        while True:
            try:
                text = read("> ")
            except EOFError:
                say(words["stopped"])
                return 1
            stripped = text.strip()
            if stripped.casefold() in UNKNOWN_WORDS:
                if fact.optional:
                    declined.append(fact.name)
                    break
                say(words["bad"].format(message=words["required"]))
                continue
            if not stripped:
                say(words["bad"].format(message=words["empty"]))
                continue
            try:
                values[fact.name] = parse_answer(fact.type, stripped)
            except AnswerError as exc:
                say(words["bad"].format(message=str(exc)))
                continue
            break
    say("")
    if declined:
        say(words["declined"].format(facts=", ".join(declined)))
        say("")
    say(explain_decision(policy, decision, values, lang, lists, heading="##").rstrip("\n"))
    return 0
