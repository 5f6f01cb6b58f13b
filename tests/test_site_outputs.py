"""The site without a browser (runs everywhere): pages, accessible markup, internal links and
the search index; and every new target (tables, explain, site) is byte-for-byte deterministic,
across processes with different hash seeds, through `earmark compile ... --check`."""

from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess
import sys
from pathlib import Path

import pytest
from earmark.targets import site
from tables_support import ROOT, all_policies

POLICIES = all_policies()


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return site.generate(POLICIES)


def test_pages_for_every_policy_rule_and_language(files: dict[str, str]) -> None:
    for prefix in ("", "zh/"):
        for name in ("index.html", "lists.html", "timeline.html", "search.html"):
            assert prefix + name in files
        for p in POLICIES:
            for name in ("index.html", "table.html", "examples.html"):
                assert f"{prefix}{p.id}/{name}" in files
            for r in p.rules:
                assert f"{prefix}{p.id}/rules/{r.name}.html" in files
    print(f"\n{site.page_count(files)} pages, {len(files)} files")


def test_markup_is_accessible(files: dict[str, str]) -> None:
    for name, text in files.items():
        if not name.endswith(".html") or name == "index.html" and "zh" in text[:80]:
            continue
        lang = "zh-Hans" if name.startswith("zh/") else "en"
        assert f'<html lang="{lang}">' in text, name
        assert text.count("<h1") == 1, name
        assert '<main id="main">' in text, name
        for table in re.findall(r"<table.*?</table>", text, re.S):
            assert "<caption>" in table and "<th" in table, name
        assert 'class="skip"' in text


def test_internal_links_resolve(files: dict[str, str]) -> None:
    ids = {
        name: set(re.findall(r'\sid="([^"]+)"', text))
        for name, text in files.items()
        if name.endswith(".html")
    }
    count = 0
    for name, text in files.items():
        if not name.endswith(".html"):
            continue
        for href in re.findall(r'(?:href|src)="([^"]+)"', text):
            if href.startswith(("https://", "data:")):
                continue
            path, _, fragment = href.partition("#")
            target = (
                posixpath.normpath(posixpath.join(posixpath.dirname(name), path)) if path else name
            )
            assert target in files, f"{name}: {href}"
            if fragment and target.endswith(".html"):
                assert fragment in ids[target], f"{name}: {href}"
            count += 1
    assert count > 1000


def test_search_index_names_every_rule(files: dict[str, str]) -> None:
    for lang in ("en", "zh"):
        index = json.loads(files[f"search-index.{lang}.json"])
        urls = {item["url"] for item in index}
        for p in POLICIES:
            for r in p.rules:
                assert f"{p.id}/rules/{r.name}.html" in urls
        page = files["search.html" if lang == "en" else "zh/search.html"]
        assert '<script type="application/json" id="search-data">' in page


@pytest.mark.parametrize("target", ["tables", "explain", "site"])
def test_outputs_are_deterministic(target: str, tmp_path: Path) -> None:
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "earmark",
                "compile",
                "policies/",
                "--target",
                target,
                "--out",
                str(out),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        outs.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file()
            }
        )
    assert outs[0] == outs[1]
    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "earmark",
            "compile",
            "policies/",
            "--target",
            target,
            "--out",
            str(tmp_path / "out1"),
            "--check",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_lang_option_writes_one_language(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "earmark",
            "compile",
            "policies/rule_0115.em",
            "--target",
            "explain",
            "--lang",
            "zh",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rule_0115.zh.md"]
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "earmark",
            "compile",
            "policies/",
            "--target",
            "python",
            "--lang",
            "zh",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and "--lang does not apply" in bad.stderr
