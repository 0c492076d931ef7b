"""Browser tests: real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright's Python package) against
`rasad serve` started on a free port. Install the browser with `bash scripts/browsers.sh` (done by `make test`).
A screenshot of each page is kept in test-artifacts/."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import rasad
from rasad.corpus.link import link_store
from rasad.store import open_store

CHROMIUM = Path(os.environ.get("RASAD_CHROMIUM", "/usr/bin/chromium"))
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SEED_ID = "kurdistantv-hmc-20240127"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: run `bash scripts/browsers.sh` (apt-get install chromium)",
                allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Iterator[dict[str, Any]]:
    db = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'ui.db'}"
    store = open_store(db)
    record = rasad.analyze(seed_text, id=SEED_ID)
    store.put(record)
    store.put(rasad.analyze('خبر <script>window.pwned=1</script> و" onmouseover="window.pwned=2" x="', id="evil"))
    link_store(store)
    store.close()
    port = _free_port()
    cmd = [sys.executable, "-c", "from rasad.cli import main; main()", "serve", "--db", db, "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/api/v1/health", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    raise RuntimeError("rasad serve exited: " + out) from None
                time.sleep(0.1)
        yield {"base": base, "record": record}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page(server: dict[str, Any]) -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 1000}, locale="ar")
        pg.set_default_timeout(15_000)
        yield pg
        browser.close()


def _shot(pg: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _crossing(quotes: list[dict[str, Any]], i: int) -> bool:
    a = quotes[i]
    return any(b["start"] < a["end"] and a["start"] < b["end"] and not (
        (a["start"] <= b["start"] and b["end"] <= a["end"]) or (b["start"] <= a["start"] and a["end"] <= b["end"]))
        for j, b in enumerate(quotes) if j != i)


def test_article_page_highlights_every_quote_with_its_speaker(page: Any, server: dict[str, Any]) -> None:
    page.goto(f"{server['base']}/articles/{SEED_ID}")
    assert page.locator("html").get_attribute("dir") == "rtl" and page.locator("html").get_attribute("lang") == "ar"
    quotes = server["record"]["quotes"]
    for i, q in enumerate(quotes):
        if _crossing(quotes, i):
            continue
        el = page.locator(f"#article-text #q{i}")
        assert el.count() == 1, f"quote {i} is not highlighted"
        assert "quote" in (el.get_attribute("class") or "")
        name = (q.get("speaker") or {}).get("name")
        if name:
            assert name in (el.get_attribute("title") or "") and el.get_attribute("data-speaker") == name
        assert el.inner_text().strip() == q["text"].strip()
    singh = [i for i, q in enumerate(quotes) if "سينغ" in ((q.get("speaker") or {}).get("name") or "")]
    if singh:
        assert "سابرينا سينغ" in (page.locator(f"#q{singh[0]}").get_attribute("title") or "")
        assert "سابرينا سينغ" in page.locator("#who-said-what").inner_text()
    if quotes:
        page.locator(f"#q{len(quotes) - 1}").hover()
    _shot(page, "article")


def test_search_finds_the_seed_and_highlights(page: Any, server: dict[str, Any]) -> None:
    page.goto(server["base"] + "/")
    page.fill("header input[name=q]", "جدول زمني")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?**")
    link = page.locator(f"#hits a[href='/articles/{SEED_ID}']")
    assert link.count() == 1
    marks = page.locator("#hits mark").all_inner_texts()
    assert any("جدول" in m for m in marks) and any("زمني" in m for m in marks)
    assert page.locator("#facets").inner_text().strip()
    _shot(page, "search")
    link.click()
    page.wait_for_url(f"**/articles/{SEED_ID}")


def test_entity_page_from_the_article(page: Any, server: dict[str, Any]) -> None:
    if not server["record"]["entities"]:
        pytest.skip("the entity extractor found nothing in the seed")
    page.goto(f"{server['base']}/articles/{SEED_ID}")
    first = page.locator("#entities a").first
    name = first.inner_text().strip()
    first.click()
    page.wait_for_url("**/entities/**")
    assert page.locator("#entity-name").inner_text().strip()
    assert name in page.locator("#entity-name").inner_text() or name in page.content()
    assert page.locator("#mentions-chart rect.bar").count() >= 1
    _shot(page, "entity")


def test_article_text_is_shown_as_text_never_run(page: Any, server: dict[str, Any]) -> None:
    page.goto(f"{server['base']}/articles/evil")
    text = page.locator("#article-text").inner_text()
    assert "<script>window.pwned=1</script>" in text and 'onmouseover="window.pwned=2"' in text
    page.locator("#article-text").hover()
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#article-text script").count() == 0


def test_disagreement_from_the_article_to_its_story(page: Any, server: dict[str, Any]) -> None:
    page.goto(f"{server['base']}/articles/{SEED_ID}")
    panel = page.locator("#corpus-links")
    assert "ليس لدينا جدول زمني محدد" in panel.inner_text()
    panel.locator("a", has_text="القصة").first.click()
    page.wait_for_url("**/stories/**")
    found = page.locator("#story-disagreements .disagreement", has_text="ليس لدينا جدول زمني محدد")
    assert found.count() >= 1
    speakers = found.first.locator(".speaker").all_inner_texts()
    assert len(set(speakers)) == 2 and any("سينغ" in s or "الدفاع" in s for s in speakers)
    _shot(page, "story")
    page.goto(f"{server['base']}/disagreements")
    assert page.locator("#disagreement-list .disagreement").count() >= 1
    _shot(page, "disagreements")
