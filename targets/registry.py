"""Every output target by name: each maps a policy to {relative file name: content}."""

from __future__ import annotations

from collections.abc import Callable

from earmark.compiler import ir
from earmark.targets import python

Target = Callable[[ir.Policy], dict[str, str]]


def _python(policy: ir.Policy) -> dict[str, str]:
    return {python.module_name(policy): python.generate(policy)}


def _tables(policy: ir.Policy, langs: tuple[str, ...] = ("en", "zh")) -> dict[str, str]:
    from earmark.targets import tables

    return tables.generate(policy, langs)


def _explain(policy: ir.Policy, langs: tuple[str, ...] = ("en", "zh")) -> dict[str, str]:
    from earmark.targets import explain

    return explain.generate(policy, langs)


def _site(policies: list[ir.Policy], langs: tuple[str, ...] = ("en", "zh")) -> dict[str, str]:
    from earmark.targets import site

    return site.generate(policies, langs)


TARGETS: dict[str, Target] = {"python": _python, "tables": _tables, "explain": _explain}

# Targets that take the whole policy set at once (one site for every policy).
SetTarget = Callable[[list[ir.Policy]], dict[str, str]]
SET_TARGETS: dict[str, SetTarget] = {"site": _site}

# Targets that write English and Chinese; `earmark compile --lang` picks one.
LANG_TARGETS = frozenset({"tables", "explain", "site"})
