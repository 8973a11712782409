"""The web pages' words come from the language layer: the host serves them as /words.js, and
the pages load it before their own scripts."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp

from game.lang import t
from game.net.host import STATIC, WEB_SECTIONS
from tests.net.helpers import new_host, running


def test_the_host_serves_the_catalogues_words_to_the_pages(tmp_path: Path) -> None:
    async def go() -> str:
        async with running(new_host(tmp_path)) as base, aiohttp.ClientSession() as s, \
                s.get(base + "/words.js") as r:
            assert r.status == 200 and r.content_type == "application/javascript"
            return await r.text()

    text = asyncio.run(asyncio.wait_for(go(), 30))
    assert text.startswith("window.KV_WORDS = ") and text.rstrip().endswith(";")
    words = json.loads(text.removeprefix("window.KV_WORDS = ").rstrip().removesuffix(";"))
    assert set(words) == set(WEB_SECTIONS)
    for section, by_lang in words.items():
        assert set(by_lang) == {"nl", "en"} and by_lang["nl"].keys() == by_lang["en"].keys()
        for name, nl in by_lang["nl"].items():
            assert nl == t(f"{section}.{name}", "nl")
    assert words["web"]["nl"]["join"] == "Meedoen" and words["web"]["en"]["join"] == "Join"
    for page in ("index.html", "board.html", "console.html"):
        html = (STATIC / page).read_text(encoding="utf-8")
        assert html.index('src="/words.js"') < html.index('src="/static/common.js"'), page
    for script in STATIC.glob("*.js"):  # no page keeps words of its own
        assert "Meedoen" not in script.read_text(encoding="utf-8"), script.name
