"""Screenshots of the classroom pages for the docs (run by hand, not a test):

    python -m tests.net.screenshots docs/screenshots [nl|en]

Starts a host on loopback with three tables; two scripted teams (huisarts, wijkverpleeg-
kundige) join table 1 over WebSockets, a phone in headless chromium takes the inwoner and
later the sociaal werker, and a round is played. Then it photographs: the joining lobby and
the phones at 390x844, the public board and the joining screen at 1920x1080, and the
teacher's console at 1280x900.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.net.helpers import Client, HostThread, new_host


def driver(width: int, height: int, mobile: bool) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                f"--window-size={width},{height}"):
        opts.add_argument(arg)
    d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    return d


def main(out: Path, lang: str = "nl") -> None:
    from selenium.webdriver.common.by import By

    os.environ.setdefault("KRACHTENVELD_HOME", tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    ht = HostThread(new_host(Path(tempfile.mkdtemp()), tables=3)).start()
    code = next(iter(ht.host.rooms))
    game = ht.host.rooms[code].game
    loop = ht._loop
    bg: dict[str, Client] = {}

    def on_host(coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(10)

    async def join_teams() -> None:
        import aiohttp

        http = aiohttp.ClientSession()
        for role, team in (("huisarts", "De Linde"), ("wijkverpleegkundige", "Team Oost")):
            c = await Client(http, ht.base).open()
            await c.send(type="hello", room=code, lang=lang)
            await c.until("state")
            await c.send(type="claim", role=role, team=team)
            await c.until("welcome")
            bg[role] = c

    async def play(role: str, action: str) -> None:
        before = len(game.history)
        await bg[role].send(type="act", action=action)
        for _ in range(50):
            if len(game.history) > before:
                return
            await asyncio.sleep(0.02)

    on_host(join_teams())
    phone = driver(390, 844, True)
    try:
        def open_phone() -> None:
            phone.get(f"{ht.base}/?room={code}")
            phone.execute_script(f"localStorage.setItem('kv-lang', '{lang}')")
            phone.get(f"{ht.base}/?room={code}")
            time.sleep(1)

        def take(role_index: int) -> None:
            phone.find_elements(By.CSS_SELECTOR, "button.seat")[role_index].click()
            time.sleep(1)

        open_phone()
        phone.save_screenshot(str(out / f"net-lobby-390x844-{lang}.png"))
        take(3)  # the inwoner
        inwoner_token = phone.execute_script(f"return localStorage.getItem('kv-seat-{code}')")
        phone.find_element(By.CSS_SELECTOR, "button[data-action='inwoner:klaar']").click()
        time.sleep(0.5)
        on_host(play("huisarts", "huisarts:vraag_toestemming(sociaal_werker)"))
        on_host(play("huisarts", "huisarts:consult"))
        on_host(play("wijkverpleegkundige", "wijkverpleegkundige:kennismaken(sociaal_werker)"))
        phone.execute_script("localStorage.clear()")
        open_phone()
        take(2)  # the sociaal werker
        phone.save_screenshot(str(out / f"net-phone-390x844-{lang}.png"))
        for role in ("huisarts", "wijkverpleegkundige"):
            on_host(play(role, f"{role}:klaar"))
        phone.find_element(By.CSS_SELECTOR, "button[data-action='sociaal_werker:klaar']").click()
        time.sleep(0.5)
        # round 2: the inwoner's phone shows the request for consent the moment it is there
        phone.execute_script(f"localStorage.setItem('kv-seat-{code}', '{inwoner_token}')")
        open_phone()
        phone.save_screenshot(str(out / f"net-phone-inwoner-390x844-{lang}.png"))
    finally:
        phone.quit()
    big = driver(1920, 1080, False)
    try:
        for url, name in ((f"/board?room={code}", "net-board-1920x1080"),
                          ("/board", "net-join-1920x1080")):
            big.get(ht.base + url)
            big.execute_script(f"localStorage.setItem('kv-lang', '{lang}')")
            big.get(ht.base + url)
            time.sleep(1.5)
            big.save_screenshot(str(out / f"{name}-{lang}.png"))
        big.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        big.get(f"{ht.base}/console#{ht.host.console_key}")
        time.sleep(1.5)
        big.save_screenshot(str(out / f"net-console-1280x900-{lang}.png"))
    finally:
        big.quit()
        for c in bg.values():
            on_host(c.close())
        ht.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
         sys.argv[2] if len(sys.argv) > 2 else "nl")
