"""The site target: a static HTML site for the whole policy set (no server, no build step).

Pages, in English at the root and in Chinese under `zh/`: an index of the policies,
a page per policy (header, outcomes, the rule tree written out as sentences,
definitions, dated values, facts), a page per rule, the decision table, the worked
examples, every dated list with its members, a timeline of effective, compliance and
end dates (and every dated change in the lists and values), and a search page whose
small inline script filters a JSON index generated with the site (embedded in the page,
so it works from `file://`; also written as `search-index.<lang>.json`).

Every text comes from the IR through `earmark.targets.render`, like the explain and
tables targets. Markup is accessible: one h1 per page, table captions and header
scopes, `lang` on the page and on other-language links, a skip link, landmarks.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from earmark import __version__
from earmark.compiler import interpreter, ir
from earmark.compiler.info import policy_info
from earmark.targets import explain, render, tables
from markupsafe import Markup

HTML_LANG = {"en": "en", "zh": "zh-Hans"}
LANG_ROOT = {"en": "", "zh": "zh/"}

T: dict[str, dict[str, str]] = {
    "en": {
        "site_title": "earmark policies",
        "skip": "Skip to content",
        "nav_label": "Site",
        "breadcrumbs": "Breadcrumbs",
        "policies": "Policies",
        "lists": "Lists",
        "timeline": "Timeline",
        "search": "Search",
        "other_language": "中文",
        "footer": "Generated from the policies' IR by",
        "intro": "Each policy of the US export-control rules encoded in earmark, rule by rule, with its "
        "citations, the grade of each source, its decision table and its worked examples.",
        "search_label": "Search rules, definitions, facts, lists and examples",
        "policies_caption": "Policies in this set",
        "policy": "Policy",
        "title": "Title",
        "source": "Source",
        "effective": "Effective",
        "compliance": "Compliance",
        "ends": "Ends",
        "rules": "Rules",
        "grades_heading": "Grades of sources",
        "header_caption": "The policy at a glance",
        "default_outcome": "Default outcome",
        "generated_from": "Generated from",
        "decision_table": "Decision table",
        "examples": "Worked examples",
        "outcomes": "Outcomes",
        "default": "default",
        "rules_intro": "A rule applies when its condition holds. An exception is "
        "considered only when the rule it is an exception to applies, and then its outcome replaces that "
        "rule's. Among sibling rules the higher priority wins. When no rule applies, the default outcome "
        "applies. An unknown fact that could change the outcome makes the answer “needs information”.",
        "definitions": "Definitions",
        "citation": "Citation",
        "dated_values": "Dated values",
        "segments_caption": "Values by date of",
        "from": "From",
        "value": "Value",
        "grade": "Grade",
        "note": "Note",
        "facts": "Facts",
        "facts_caption": "The facts this policy asks for",
        "fact": "Fact",
        "type": "Type",
        "may_be_unknown": "May be unknown",
        "meaning": "Meaning",
        "rule": "Rule",
        "rule_caption": "The rule at a glance",
        "outcome": "Outcome",
        "in_force": "In force",
        "priority": "Priority",
        "exception_to": "Exception to",
        "exceptions": "Its exceptions",
        "source_file": "Source",
        "conditions": "Conditions",
        "conditions_caption": "All of these must hold",
        "condition": "Condition",
        "as_written": "As written",
        "facts_read": "Facts read",
        "definitions_used": "Definitions it relies on",
        "explanation_template": "Explanation given with a decision",
        "examples_deciding": "Examples this rule decides",
        "none": "None.",
        "hit_policy": "Hit policy",
        "hit_policy_text": "Read the rows top to bottom; the first row whose "
        "cells all hold gives the outcome. An exception's row comes before the rule it is an exception to, "
        "higher priority before lower, equal priority in source order; the last row is the default.",
        "unknown_text": "With unknown facts a rule whose cells are undecided may or may not hold; when the "
        "first matching row does not give the same outcome either way, the answer is “needs information”.",
        "downloads": "Download",
        "columns": "Conditions (columns)",
        "columns_caption": "What each column tests",
        "column": "Column",
        "rows": "Rows",
        "rows_caption": "One row per path through the rules; yes: must hold, no: must fail, -: does not matter",
        "as_of": "As of",
        "relation": "Relation",
        "overlaps_gaps": "Overlaps and gaps",
        "no_gaps": "Gaps: none. The default row matches every case no other row matches.",
        "no_overlaps": "No two rule rows can both match.",
        "no_masked": "No row is masked or contradictory.",
        "examples_intro": "The policy's own examples, decided by the reference interpreter.",
        "given_caption": "Facts given",
        "by_rule": "by rule",
        "expected": "expected",
        "missing": "Missing",
        "lists_intro": "Every list, set and entity list the policies import, with the "
        "dates on which members join or leave.",
        "used_by": "Used by",
        "members_caption": "Members of",
        "no_entries": "No entries in the policies (extensible lists take your own entries at run time).",
        "timeline_intro": "Every date the policies name: when policies and rules take effect and end, "
        "compliance dates, and every dated change in lists and values.",
        "timeline_caption": "Dates in order",
        "date": "Date",
        "what": "What",
        "event": "Event",
        "results": "results",
        "not_used": "not used by any rule",
    },
    "zh": {
        "site_title": "earmark 规则集",
        "skip": "跳到正文",
        "nav_label": "网站",
        "breadcrumbs": "导航路径",
        "policies": "规则",
        "lists": "清单",
        "timeline": "时间线",
        "search": "搜索",
        "other_language": "English",
        "footer": "由规则的中间表示生成，生成工具：",
        "intro": "以earmark编码的美国出口管制规则，逐条列出，附法条出处、各来源的等级、决策表和示例。",
        "search_label": "搜索规则、定义、事实、清单和示例",
        "policies_caption": "本规则集中的规则",
        "policy": "规则",
        "title": "标题",
        "source": "出处",
        "effective": "生效日期",
        "compliance": "合规日期",
        "ends": "终止日期",
        "rules": "规则条目",
        "grades_heading": "来源等级",
        "header_caption": "规则概览",
        "default_outcome": "默认结论",
        "generated_from": "生成自",
        "decision_table": "决策表",
        "examples": "示例",
        "outcomes": "结论",
        "default": "默认",
        "rules_intro": "规则的条件成立时该规则适用。例外仅在其所例外的规则适用时才被考虑，"
        "适用时其结论取代该规则的结论。同级规则中优先级高者优先。没有规则适用时，适用默认结论。"
        "可能改变结论的未知事实会使结论为“需补充信息”。",
        "definitions": "定义",
        "citation": "法条出处",
        "dated_values": "按日期变化的值",
        "segments_caption": "按日期的取值：",
        "from": "自",
        "value": "值",
        "grade": "等级",
        "note": "备注",
        "facts": "事实",
        "facts_caption": "本规则所需的事实",
        "fact": "事实",
        "type": "类型",
        "may_be_unknown": "可为未知",
        "meaning": "含义",
        "rule": "规则",
        "rule_caption": "规则概览",
        "outcome": "结论",
        "in_force": "有效期",
        "priority": "优先级",
        "exception_to": "例外于",
        "exceptions": "其例外",
        "source_file": "源文件",
        "conditions": "条件",
        "conditions_caption": "以下条件须全部成立",
        "condition": "条件",
        "as_written": "原文",
        "facts_read": "所读事实",
        "definitions_used": "所依赖的定义",
        "explanation_template": "决定时给出的说明",
        "examples_deciding": "由本规则决定的示例",
        "none": "无。",
        "hit_policy": "命中策略",
        "hit_policy_text": "自上而下阅读各行，第一个所有单元格均成立的行给出结论。"
        "例外行排在其所例外的规则之前，优先级高者在前，同优先级按书写顺序；最后一行为默认结论。",
        "unknown_text": "事实未知时，条件未定的规则可能成立也可能不成立；若第一个匹配行在各种情形下给出的结论不同，则结论为“需补充信息”。",
        "downloads": "下载",
        "columns": "条件（列）",
        "columns_caption": "各列所检验的条件",
        "column": "列",
        "rows": "行",
        "rows_caption": "每条规则路径一行；是：必须成立，否：必须不成立，-：无关",
        "as_of": "评估日期",
        "relation": "关系",
        "overlaps_gaps": "重叠与空缺",
        "no_gaps": "空缺：无。默认行匹配其余所有情况。",
        "no_overlaps": "规则行之间没有重叠。",
        "no_masked": "没有被遮蔽或自相矛盾的行。",
        "examples_intro": "规则自带的示例，由参考解释器作出决定。",
        "given_caption": "已知事实",
        "by_rule": "依据规则",
        "expected": "预期",
        "missing": "缺少",
        "lists_intro": "各规则导入的全部清单、集合和实体名单，以及成员加入或退出的日期。",
        "used_by": "使用者",
        "members_caption": "成员：",
        "no_entries": "规则中没有条目（可扩展名单在运行时接受用户自己的条目）。",
        "timeline_intro": "各规则提及的全部日期：规则及条目的生效与终止、合规日期，以及清单和取值的每次按日期变化。",
        "timeline_caption": "按日期排列",
        "date": "日期",
        "what": "对象",
        "event": "事件",
        "results": "条结果",
        "not_used": "未被任何规则使用",
    },
}


@cache
def _environment() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: (
            resources.files("earmark.targets").joinpath("templates", name).read_text("utf-8")
        )
    )
    return jinja2.Environment(
        loader=loader,
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def rel(src: str, dst: str) -> str:
    """The relative URL from the page at `src` to `dst` (both relative to the site root)."""
    path, _, fragment = dst.partition("#")
    out = posixpath.relpath(path, posixpath.dirname(src) or ".")
    return out + ("#" + fragment if fragment else "")


@dataclass
class Page:
    path: str  # relative to the site root
    lang: str
    title: str
    langs: tuple[str, ...]
    crumbs: list[tuple[str | None, str]] = field(default_factory=list)

    @property
    def html_lang(self) -> str:
        return HTML_LANG[self.lang]

    @property
    def local(self) -> str:
        """The path relative to this language's root."""
        return self.path[len(LANG_ROOT[self.lang]) :]

    def link(self, target: str) -> str:
        """A link to a page of the same language (target relative to the language root)."""
        return rel(self.path, LANG_ROOT[self.lang] + target)

    def asset(self, target: str) -> str:
        return rel(self.path, target)

    @property
    def other(self) -> str | None:
        others = [lang for lang in self.langs if lang != self.lang]
        if not others:
            return None
        return rel(self.path, LANG_ROOT[others[0]] + self.local)

    @property
    def other_html_lang(self) -> str:
        others = [lang for lang in self.langs if lang != self.lang]
        return HTML_LANG[others[0]] if others else ""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class _Site:
    def __init__(self, policies: list[ir.Policy], langs: tuple[str, ...]) -> None:
        self.policies = sorted(policies, key=lambda p: p.id)
        self.langs = langs
        self.files: dict[str, str] = {}
        self.env = _environment()
        self.info = {p.id: policy_info(p) for p in self.policies}
        self.decisions = {
            p.id: [
                interpreter.evaluate(p, dict(x.given), x.as_of, self.info[p.id]) for x in p.examples
            ]
            for p in self.policies
        }
        self.tables = {p.id: tables.build(p) for p in self.policies}
        self.used = {p.id: explain.used_names(p) for p in self.policies}
        self.search: dict[str, list[dict[str, str]]] = {lang: [] for lang in langs}

    # -- shared pieces
    def style(self, page: Page, policy: ir.Policy) -> render.Style:
        lists = {v.name for v in policy.dated if v.members} | {e.name for e in policy.entity_lists}
        sets = {d.name for d in policy.definitions if d.kind == "set"}

        def name(kind: str, n: str) -> str:
            code = f"<code>{_e(n)}</code>"
            pid = policy.id
            if kind == "fact":
                target = f"{pid}/index.html#fact-{n}"
            elif kind == "rule":
                target = f"{pid}/rules/{n}.html"
            elif n in lists or (n in sets and n not in self.used[pid]):
                target = f"lists.html#list-{n}"
            elif kind in ("define", "set"):
                target = f"{pid}/index.html#def-{n}"
            elif kind == "dated":
                target = f"{pid}/index.html#dated-{n}"
            else:
                return code
            return f'<a href="{_e(page.link(target))}">{code}</a>'

        return render.Style(text=_e, name=name)

    def citation(self, c: ir.Citation | None, lang: str) -> Markup:
        if c is None or not c.text:
            return Markup(_e(render.citation_text(c, lang)))
        text = c.text
        out = []
        pos = 0
        for words, url in render.citation_links(text):
            at = text.find(words, pos)
            if at < 0:
                continue
            out.append(_e(text[pos:at]))
            out.append(f'<a href="{_e(url)}">{_e(words)}</a>')
            pos = at + len(words)
        out.append(_e(text[pos:]))
        if c.grade:
            label = render.grade_text(c.grade, lang)
            out.append(
                f' <span class="grade-{_e(c.grade)}">({_e(label)})</span>'
                if lang == "en"
                else f' <span class="grade-{_e(c.grade)}">（{_e(label)}）</span>'
            )
        if c.note:
            out.append(f" — {_e(c.note)}")
        return Markup("".join(out))

    def write(self, page: Page, template: str, **context: Any) -> None:
        html_text = self.env.get_template(template).render(
            page=page, t=T[page.lang], version=__version__, **context
        )
        self.files[page.path] = html_text

    def index_entry(
        self, lang: str, kind: str, policy: str, title: str, text: str, url: str, id_: str
    ) -> None:
        self.search[lang].append(
            {"kind": kind, "policy": policy, "title": title, "text": text, "url": url, "id": id_}
        )

    # -- pages
    def build(self) -> dict[str, str]:
        for lang in self.langs:
            self.index(lang)
            for policy in self.policies:
                self.policy_page(policy, lang)
                for rule in policy.rules:
                    self.rule_page(policy, rule, lang)
                self.table_page(policy, lang)
                self.examples_page(policy, lang)
            self.lists_page(lang)
            self.timeline_page(lang)
        for lang in self.langs:
            self.search_page(lang)
        self.files["assets/style.css"] = self.env.get_template("site_style.css.j2").render()
        for policy in self.policies:
            table = self.tables[policy.id]
            self.files[f"tables/{policy.id}.tables.csv"] = tables.to_csv(table)
            self.files[f"tables/{policy.id}.dmn"] = tables.to_dmn(table)
        if "en" not in self.langs:  # a landing page at the root for a Chinese-only site
            self.files["index.html"] = (
                '<!DOCTYPE html>\n<html lang="zh-Hans">\n<head><meta charset="utf-8"><title>earmark</title>'
                '<link rel="icon" href="data:,"></head>\n<body><main><h1>earmark</h1>'
                '<p><a href="zh/index.html">中文</a></p></main></body>\n</html>\n'
            )
        return dict(sorted(self.files.items()))

    def crumbs(self, page: Page, *items: tuple[str | None, str]) -> list[tuple[str | None, str]]:
        out: list[tuple[str | None, str]] = [(page.link("index.html"), T[page.lang]["policies"])]
        for target, label in items:
            out.append((page.link(target) if target else None, label))
        return out

    def index(self, lang: str) -> None:
        t = T[lang]
        page = Page(LANG_ROOT[lang] + "index.html", lang, t["site_title"], self.langs)
        rows = []
        for p in self.policies:
            rows.append(
                {
                    "id": p.id,
                    "title": render.text_of(p.title, lang),
                    "source": self.citation(p.source, lang),
                    "effective": p.effective.isoformat(),
                    "compliance": p.compliance.isoformat() if p.compliance else "-",
                    "ends": p.ends.isoformat() if p.ends else "-",
                    "rule_count": len(p.rules),
                }
            )
        grades = [(g, render.GRADES[g][1 if lang == "zh" else 0]) for g in ("P", "T", "S", "I")]
        self.write(page, "site_index.html.j2", policies=rows, grades=grades)

    def policy_page(self, policy: ir.Policy, lang: str) -> None:
        pid = policy.id
        page = Page(
            f"{LANG_ROOT[lang]}{pid}/index.html",
            lang,
            f"{pid}: {render.text_of(policy.title, lang)}",
            self.langs,
        )
        page.crumbs = self.crumbs(page, (None, pid))
        style = self.style(page, policy)
        r = render.Renderer(policy, lang, style)
        used = self.used[pid]

        def tree(parent: str | None) -> str:
            kids = policy.children_of(parent)
            if not kids:
                return ""
            items = []
            for rule in kids:
                link = f'<a href="{_e(page.link(f"{pid}/rules/{rule.name}.html"))}"><code>{_e(rule.name)}</code></a>'
                items.append(
                    f"<li>{link}: {explain.rule_sentence(policy, rule, lang, style)}"
                    f'<br><span class="cite">{self.citation(rule.citation, lang)}</span>{tree(rule.name)}</li>'
                )
            return '<ul class="tree">' + "".join(items) + "</ul>"

        definitions = []
        for d in policy.definitions:
            if d.name not in used:
                continue
            sentence = explain.definition_sentence(policy, d, lang, style)
            definitions.append(
                {
                    "name": d.name,
                    "sentence": Markup(sentence),
                    "description": render.text_of(d.description, lang) if d.description else "",
                    "citation": self.citation(d.citation, lang),
                }
            )
            self.index_entry(
                lang,
                "definition",
                pid,
                f"{pid} · {d.name}",
                explain.definition_sentence(policy, d, lang, render.PLAIN),
                f"{pid}/index.html#def-{d.name}",
                d.name,
            )
        dated = []
        for v in policy.dated:
            if v.name not in used or v.members:
                continue
            segments = []
            for s in v.segments:
                segments.append(
                    (
                        s.start.isoformat()
                        if s.start
                        else ("(beginning)" if lang == "en" else "（起始）"),
                        r.value(s.value.value, v.type),
                        s.citation.grade if s.citation and s.citation.grade else "-",
                        s.citation.note if s.citation and s.citation.note else "",
                    )
                )
            dated.append(
                {
                    "name": v.name,
                    "description": render.text_of(v.description, lang) if v.description else "",
                    "citation": self.citation(v.citation, lang),
                    "segments": segments,
                }
            )
        lists = sorted(
            n
            for n in used
            if any(v.name == n and v.members for v in policy.dated)
            or any(e.name == n for e in policy.entity_lists)
        )
        facts = []
        for f in policy.facts:
            facts.append(
                {
                    "name": f.name,
                    "type": str(f.type),
                    "optional": render.word("yes" if f.optional else "no", lang),
                    "description": render.text_of(f.description, lang),
                }
            )
            self.index_entry(
                lang,
                "fact",
                pid,
                f"{pid} · {f.name}",
                render.text_of(f.description, lang),
                f"{pid}/index.html#fact-{f.name}",
                f.name,
            )
        context = {
            "id": pid,
            "title": render.text_of(policy.title, lang),
            "source": self.citation(policy.source, lang),
            "effective": policy.effective.isoformat(),
            "compliance": policy.compliance.isoformat() if policy.compliance else "-",
            "ends": policy.ends.isoformat() if policy.ends else "-",
            "default": policy.default,
            "default_label": render.label(policy, policy.default, lang),
            "path": policy.path,
            "hash": policy.content_hash,
            "outcomes": [
                (o.name, render.text_of(o.label, lang), o.name == policy.default)
                for o in policy.outcomes
            ],
            "rule_tree": Markup(tree(None)),
            "definitions": definitions,
            "dated": dated,
            "lists": lists,
            "facts": facts,
        }
        self.index_entry(
            lang,
            "policy",
            pid,
            f"{pid}: {render.text_of(policy.title, lang)}",
            policy.source.text,
            f"{pid}/index.html",
            pid,
        )
        self.write(page, "site_policy.html.j2", p=context)

    def rule_page(self, policy: ir.Policy, rule: ir.Rule, lang: str) -> None:
        pid = policy.id
        page = Page(
            f"{LANG_ROOT[lang]}{pid}/rules/{rule.name}.html",
            lang,
            f"{pid} · {rule.name}",
            self.langs,
        )
        page.crumbs = self.crumbs(page, (f"{pid}/index.html", pid), (None, rule.name))
        style = self.style(page, policy)
        r = render.Renderer(policy, lang, style)
        conditions = []
        for i, c in enumerate(rule.conjuncts, 1):
            facts = render.facts_read(c.expr, policy)
            conditions.append(
                (
                    i,
                    Markup(r.expr(c.expr)),
                    c.text,
                    Markup(", ".join(r.name(f, "fact") for f in facts) or "-"),
                )
            )
        definitions = []
        seen: set[str] = set()
        stack: list[ir.Expr] = [c.expr for c in rule.conjuncts]
        while stack:
            node = stack.pop(0)
            if isinstance(node, ir.Ref) and node.name not in seen:
                seen.add(node.name)
                d = policy.definition(node.name)
                if d.kind == "define":
                    definitions.append(Markup(explain.definition_sentence(policy, d, lang, style)))
                stack.append(d.expr)
            stack.extend(ir.children(node))
        lower = [s for s in policy.children_of(rule.parent) if s.priority < rule.priority]
        priority = str(rule.priority)
        if lower:
            priority += ("; outranks " if lang == "en" else "；优先于 ") + ", ".join(
                s.name for s in lower
            )
        examples = []
        for number, (x, decided) in enumerate(
            zip(policy.examples, self.decisions[pid], strict=True), 1
        ):
            if decided.rule == rule.name:
                examples.append((page.link(f"{pid}/examples.html#example-{number}"), x.title))
        template = rule.explain_zh if lang == "zh" else rule.explain_en
        sentence = explain.rule_sentence(policy, rule, lang, style)
        context = {
            "name": rule.name,
            "sentence": Markup(sentence),
            "outcome": rule.outcome,
            "outcome_label": render.label(policy, rule.outcome, lang),
            "citation": self.citation(rule.citation, lang),
            "validity": render.validity(rule.effective, rule.ends, lang),
            "priority": priority,
            "parent": Markup(r.name(rule.parent, "rule")) if rule.parent else "-",
            "exceptions": Markup(
                ", ".join(r.name(c.name, "rule") for c in policy.children_of(rule.name)) or "-"
            ),
            "source": f"{rule.span.file}:{rule.span.line}",
            "conditions": conditions,
            "definitions": definitions,
            "template": explain.template_text(template, lang),
            "examples": examples,
        }
        self.index_entry(
            lang,
            "rule",
            pid,
            f"{pid} · {rule.name}",
            explain.rule_sentence(policy, rule, lang, render.PLAIN) + " " + rule.citation.text,
            f"{pid}/rules/{rule.name}.html",
            rule.name,
        )
        self.write(page, "site_rule.html.j2", r=context)

    def table_page(self, policy: ir.Policy, lang: str) -> None:
        pid = policy.id
        t = T[lang]
        page = Page(
            f"{LANG_ROOT[lang]}{pid}/table.html", lang, f"{pid} · {t['decision_table']}", self.langs
        )
        page.crumbs = self.crumbs(page, (f"{pid}/index.html", pid), (None, t["decision_table"]))
        style = self.style(page, policy)
        r = render.Renderer(policy, lang, style)
        table = self.tables[pid]
        columns = [
            (
                c.id,
                Markup(r.expr(c.expr)),
                Markup(", ".join(r.name(f, "fact") for f in c.facts) or "-"),
            )
            for c in table.columns
        ]
        rows = []
        for row in table.rows:
            cells = []
            for i in range(len(table.columns)):
                kind = {"yes": "yes", "no": "no", "-": "any"}.get(row.cell(i), "conflict")
                cells.append({"kind": kind, "text": tables.cell_text(row, i, lang)})
            rule: str
            if row.rule:
                rule = Markup(r.name(row.rule, "rule"))
            else:
                rule = render.word("default", lang) if row.kind == tables.DEFAULT_ROW else "-"
            rows.append(
                {
                    "number": row.number,
                    "window": tables.window_text(row, lang),
                    "cells": cells,
                    "outcome": row.outcome,
                    "label": render.label(policy, row.outcome, lang),
                    "rule": rule,
                    "relation": tables.relation_text(table, row, lang),
                    "citation": self.citation(row.citation, lang),
                }
            )
        row_word = "row" if lang == "en" else "行"
        overlaps = [
            f"{row_word} {o.first} ({table.rows[o.first - 1].rule}) / {row_word} {o.second} "
            f"({table.rows[o.second - 1].rule}): {tables.reason_text(o.reason, lang)}"
            for o in table.overlaps
        ]
        problems = [
            (
                f"Masked: row {a} never decides; row {b} matches whenever it does."
                if lang == "en"
                else f"被遮蔽：行 {a} 永远不会决定结论；它匹配时行 {b} 必然匹配。"
            )
            for a, b in table.masked
        ] + [
            (
                f"Contradictory: row {a} never matches."
                if lang == "en"
                else f"矛盾：行 {a} 永远不会匹配。"
            )
            for a in table.contradictory
        ]
        context = {
            "id": pid,
            "hit_policy": table.hit_policy,
            "columns": columns,
            "rows": rows,
            "overlaps": overlaps,
            "problems": problems,
        }
        self.write(page, "site_table.html.j2", tb=context)

    def examples_page(self, policy: ir.Policy, lang: str) -> None:
        pid = policy.id
        t = T[lang]
        page = Page(
            f"{LANG_ROOT[lang]}{pid}/examples.html", lang, f"{pid} · {t['examples']}", self.langs
        )
        page.crumbs = self.crumbs(page, (f"{pid}/index.html", pid), (None, t["examples"]))
        style = self.style(page, policy)
        r = render.Renderer(policy, lang, style)
        items = []
        for number, (x, d) in enumerate(zip(policy.examples, self.decisions[pid], strict=True), 1):
            got = d.rule or ("default" if d.outcome == policy.default else "-")
            ok = d.outcome == x.expect and (x.by is None or x.by == got)
            items.append(
                {
                    "number": number,
                    "title": x.title,
                    "as_of": x.as_of.isoformat(),
                    "given": [
                        (Markup(r.name(n, "fact")), r.value(v, policy.fact(n).type))
                        for n, v in x.given
                    ],
                    "outcome": f"{render.label(policy, d.outcome, lang)} ({d.outcome})",
                    "rule": Markup(r.name(d.rule, "rule")) if d.rule else "",
                    "expected": x.expect + (f" / {x.by}" if x.by else ""),
                    "ok": ok,
                    "missing": ", ".join(d.missing),
                    "explanation": d.explanation(lang),
                }
            )
            self.index_entry(
                lang,
                "example",
                pid,
                f"{pid} · {x.title}",
                d.explanation(lang),
                f"{pid}/examples.html#example-{number}",
                f"example-{number}",
            )
        self.write(page, "site_examples.html.j2", ex={"id": pid, "entries": items})

    def lists_page(self, lang: str) -> None:
        t = T[lang]
        page = Page(f"{LANG_ROOT[lang]}lists.html", lang, t["lists"], self.langs)
        page.crumbs = self.crumbs(page, (None, t["lists"]))
        seen: dict[str, dict[str, Any]] = {}
        zh = lang == "zh"
        members: list[tuple[str, ...]]
        for policy in self.policies:
            for v in policy.dated:
                if not v.members or v.name in seen:
                    continue
                element = v.type.element if v.type.kind == "set" else None
                grade = v.citation.grade if v.citation and v.citation.grade else "-"
                members = [
                    (
                        render.value(m.value, element, lang),
                        m.start.isoformat() if m.start else "-",
                        m.until.isoformat() if m.until else "-",
                        m.citation.grade if m.citation and m.citation.grade else grade,
                        m.citation.note if m.citation and m.citation.note else "",
                    )
                    for m in v.members
                ]
                seen[v.name] = {
                    "name": v.name,
                    "kind": "清单" if zh else "list",
                    "description": render.text_of(v.description, lang) if v.description else "",
                    "citation": self.citation(v.citation, lang),
                    "members": members,
                    "header": [
                        t["value"],
                        t["from"],
                        "至（不含）" if zh else "Until (exclusive)",
                        t["grade"],
                        t["note"],
                    ],
                }
            for e in policy.entity_lists:
                if e.name in seen:
                    continue
                members = [
                    (
                        x.name,
                        "; ".join(x.aliases),
                        x.country or "-",
                        x.start.isoformat() if x.start else "-",
                        x.until.isoformat() if x.until else "-",
                        x.remark or "",
                        x.citation.grade if x.citation and x.citation.grade else "-",
                    )
                    for x in e.entries
                ]
                kind = "实体名单" if zh else "entity list"
                if e.extensible:
                    kind += "，可扩展" if zh else ", extensible"
                seen[e.name] = {
                    "name": e.name,
                    "kind": kind,
                    "description": render.text_of(e.description, lang) if e.description else "",
                    "citation": self.citation(e.citation, lang),
                    "members": members,
                    "header": [
                        "名称" if zh else "Name",
                        "别名" if zh else "Aliases",
                        "国家或地区" if zh else "Country",
                        t["from"],
                        "至" if zh else "Until",
                        "备注" if zh else "Remark",
                        t["grade"],
                    ],
                }
            for d in policy.definitions:
                if d.kind != "set" or d.name in seen or not isinstance(d.expr, ir.Const):
                    continue
                assert isinstance(d.expr.value, frozenset)
                element = d.type.element if d.type.kind == "set" else None
                values = sorted(render.value(v, element, lang) for v in d.expr.value)
                seen[d.name] = {
                    "name": d.name,
                    "kind": "集合" if zh else "set",
                    "description": render.text_of(d.description, lang) if d.description else "",
                    "citation": self.citation(d.citation, lang),
                    "members": [(v,) for v in values],
                    "header": [t["value"]],
                }
        for name, entry in seen.items():
            users = [p.id for p in self.policies if name in self.used[p.id]]
            entry["used_by"] = ", ".join(users) if users else t["not_used"]
            self.index_entry(
                lang,
                "list",
                ", ".join(users) or "-",
                name,
                entry["description"] + " " + " ".join(str(m[0]) for m in entry["members"]),
                f"lists.html#list-{name}",
                name,
            )
        lists = [seen[n] for n in sorted(seen)]
        self.write(page, "site_lists.html.j2", lists=lists)

    def timeline_page(self, lang: str) -> None:
        t = T[lang]
        zh = lang == "zh"
        page = Page(f"{LANG_ROOT[lang]}timeline.html", lang, t["timeline"], self.langs)
        page.crumbs = self.crumbs(page, (None, t["timeline"]))
        events: set[tuple[str, str, str, str]] = set()
        seen_values: set[str] = set()
        for p in self.policies:
            grade = p.source.grade or "-"
            events.add(
                (p.effective.isoformat(), p.id, "规则生效" if zh else "policy takes effect", grade)
            )
            if p.compliance:
                events.add(
                    (p.compliance.isoformat(), p.id, "合规日期" if zh else "compliance date", grade)
                )
            if p.ends:
                events.add((p.ends.isoformat(), p.id, "规则终止" if zh else "policy ends", grade))
            for r in p.rules:
                if r.effective:
                    events.add(
                        (
                            r.effective.isoformat(),
                            f"{p.id} · {r.name}",
                            "条目生效" if zh else "rule takes effect",
                            r.citation.grade or "-",
                        )
                    )
                if r.ends:
                    events.add(
                        (
                            r.ends.isoformat(),
                            f"{p.id} · {r.name}",
                            "条目终止" if zh else "rule ends",
                            r.citation.grade or "-",
                        )
                    )
            for v in p.dated:
                if v.name in seen_values:
                    continue
                seen_values.add(v.name)
                base = v.citation.grade if v.citation and v.citation.grade else "-"
                if v.members:
                    element = v.type.element if v.type.kind == "set" else None
                    for m in v.members:
                        g = m.citation.grade if m.citation and m.citation.grade else base
                        shown = render.value(m.value, element, lang)
                        events |= _window_events(
                            v.name,
                            m.start,
                            m.until,
                            f"{shown} 加入" if zh else f"{shown} joins",
                            f"{shown} 退出" if zh else f"{shown} leaves",
                            g,
                        )
                else:
                    for s in v.segments:
                        if s.start:
                            g = s.citation.grade if s.citation and s.citation.grade else base
                            shown = render.value(s.value.value, v.type, lang)
                            events.add(
                                (
                                    s.start.isoformat(),
                                    v.name,
                                    (f"变为 {shown}" if zh else f"becomes {shown}"),
                                    g,
                                )
                            )
            for e in p.entity_lists:
                if e.name in seen_values:
                    continue
                seen_values.add(e.name)
                for x in e.entries:
                    g = x.citation.grade if x.citation and x.citation.grade else "-"
                    events |= _window_events(
                        e.name,
                        x.start,
                        x.until,
                        f"“{x.name}”列入" if zh else f"“{x.name}” listed",
                        f"“{x.name}”移出" if zh else f"“{x.name}” removed",
                        g,
                    )
        self.write(page, "site_timeline.html.j2", events=sorted(events))

    def search_page(self, lang: str) -> None:
        t = T[lang]
        page = Page(f"{LANG_ROOT[lang]}search.html", lang, t["search"], self.langs)
        page.crumbs = self.crumbs(page, (None, t["search"]))
        entries = sorted(
            self.search[lang], key=lambda x: (x["policy"], x["kind"], x["id"], x["url"])
        )
        text = json.dumps(entries, ensure_ascii=False, indent=None, separators=(",", ":"))
        self.files[f"search-index.{lang}.json"] = text + "\n"
        safe = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        words = json.dumps({"results": t["results"]}, ensure_ascii=False)
        self.write(page, "site_search.html.j2", index_json=Markup(safe), words_json=Markup(words))


def generate(policies: list[ir.Policy], langs: tuple[str, ...] = render.LANGS) -> dict[str, str]:
    """Every file of the site, by path relative to the output directory."""
    return _Site(policies, tuple(lang for lang in render.LANGS if lang in langs)).build()


def page_count(files: dict[str, str]) -> int:
    return sum(1 for name in files if name.endswith(".html"))


__all__ = ["generate", "page_count", "rel"]


def _window_events(
    what: str,
    start: dt.date | None,
    until: dt.date | None,
    joins: str,
    leaves: str,
    grade: str,
) -> set[tuple[str, str, str, str]]:
    """Timeline rows for something in force from `start` until `until` (either may be open)."""
    rows = set()
    if start:
        rows.add((start.isoformat(), what, joins, grade))
    if until:
        rows.add((until.isoformat(), what, leaves, grade))
    return rows
