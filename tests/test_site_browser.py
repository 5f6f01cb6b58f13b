"""The site in a real headless browser (Debian's chromium driven by Playwright): every page
loads with no console error, every internal link resolves (file and #fragment), the search
finds rules and its results lead somewhere, and a screenshot of the index is saved.

Skips, with the reason, where chromium is not installed (.ci/run installs it)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from earmark.targets import site
from tables_support import all_policies

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EXTERNAL = ("https://www.ecfr.gov/", "https://www.federalregister.gov/")


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    for name, content in site.generate(all_policies()).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return out


def _browser():  # type: ignore[no-untyped-def]
    if not os.path.exists(CHROMIUM):
        pytest.skip(
            f"chromium is not installed at {CHROMIUM} (apt-get install chromium fonts-wqy-microhei)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed"
    )
    return sync_api.sync_playwright()


_IDS: dict[Path, set[str]] = {}


def _ids(path: Path) -> set[str]:
    if path not in _IDS:
        _IDS[path] = set(re.findall(r'\sid="([^"]+)"', path.read_text(encoding="utf-8")))
    return _IDS[path]


def test_every_page_loads_cleanly_and_every_link_resolves(site_dir: Path) -> None:
    pages = sorted(site_dir.rglob("*.html"))
    broken: list[str] = []
    errors: list[str] = []
    checked_links = 0
    with _browser() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        current = {"url": ""}
        page.on(
            "console",
            lambda m: errors.append(f"{current['url']}: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: errors.append(f"{current['url']}: {e}"))
        for path in pages:
            current["url"] = path.relative_to(site_dir).as_posix()
            page.goto(path.as_uri())
            html_lang = page.evaluate("document.documentElement.lang")
            assert html_lang in ("en", "zh-Hans"), current["url"]
            assert page.locator("h1").count() == 1, f"{current['url']}: one h1 per page"
            assert page.locator("main").count() == 1
            headless_tables = page.evaluate(
                "Array.from(document.querySelectorAll('table')).filter(t => !t.querySelector('th')).length"
            )
            assert headless_tables == 0, f"{current['url']}: every table has header cells"
            for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
                if href.startswith(EXTERNAL):
                    continue
                url = urlparse(href)
                assert url.scheme == "file", f"{current['url']}: unexpected link {href}"
                target = Path(unquote(url.path))
                checked_links += 1
                if not target.is_file() or site_dir not in target.parents:
                    broken.append(f"{current['url']} -> {href}")
                elif (
                    url.fragment
                    and target.suffix == ".html"
                    and unquote(url.fragment) not in _ids(target)
                ):
                    broken.append(f"{current['url']} -> {href} (no such anchor)")
        # the search works from file:// and its results resolve
        page.goto((site_dir / "search.html").as_uri() + "?q=presumption")
        results = page.locator("#search-results li a")
        assert results.count() > 0
        first = results.first.get_attribute("href")
        results.first.click()
        page.wait_for_load_state()
        assert page.locator("h1").count() == 1, first
        page.goto((site_dir / "zh" / "search.html").as_uri())
        page.fill("#q", "推定")
        assert page.locator("#search-results li").count() > 0
        # screenshots of the English and Chinese index pages
        shots = Path(os.environ.get("EARMARK_ARTIFACTS", site_dir.parent / "artifacts"))
        shots.mkdir(parents=True, exist_ok=True)
        for name, rel in (("site-index.png", "index.html"), ("site-index-zh.png", "zh/index.html")):
            page.goto((site_dir / rel).as_uri())
            page.screenshot(path=str(shots / name), full_page=True)
            print(f"\nscreenshot: {shots / name}")
        browser.close()
    print(f"{len(pages)} pages loaded, {checked_links} internal links checked")
    assert not errors, "\n".join(errors[:20])
    assert not broken, "\n".join(broken[:20])
    assert (shots / "site-index.png").stat().st_size > 10_000
