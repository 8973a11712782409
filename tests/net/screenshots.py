"""Screenshots of the classroom pages for the docs (run by hand, not a test):

    python -m tests.net.screenshots docs/screenshots

Starts a host on loopback with one table, lets three scripted teams take seats and play a
few moves, and photographs in headless chromium: the phone of the sociaal werker at 390x844,
the inwoner's phone, the public board and the joining screen at 1920x1080, and the
teacher's console.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.net.helpers import HostThread, new_host


def driver(size: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                f"--window-size={size}", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def main(out: Path, lang: str = "nl") -> None:
    import os

    from selenium.webdriver.common.by import By
    os.environ.setdefault("KRACHTENVELD_HOME", tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    ht = HostThread(new_host(Path(tempfile.mkdtemp()), tables=3)).start()
    code = next(iter(ht.host.rooms))
    room = ht.host.rooms[code]

    def setup() -> None:
        from game.net.host import Seat, new_token

        for role, team in (("huisarts", "De Linde"), ("wijkverpleegkundige", "Team Oost")):
            room.seats[role] = Seat(new_token())
            room.table.teams[role] = team

    ht.call(setup)
    phone = driver("390,844")
    try:
        phone.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        phone.get(f"{ht.base}/?room={code}")
        phone.execute_script(f"localStorage.setItem('kv-lang', '{lang}')")
        phone.get(f"{ht.base}/?room={code}")
        time.sleep(1)
        phone.save_screenshot(str(out / f"net-lobby-390x844-{lang}.png"))
        phone.find_elements(By.CSS_SELECTOR, "button.seat")[3].click()  # inwoner
        time.sleep(1)
        phone.save_screenshot(str(out / f"net-phone-inwoner-390x844-{lang}.png"))
        # the inwoner ends its turn; the sociaal werker's phone in the professionals' phase
        phone.find_element(By.CSS_SELECTOR, "button[data-action='inwoner:klaar']").click()
        time.sleep(0.5)
        phone.execute_script("localStorage.clear()")
        phone.get(f"{ht.base}/?room={code}")
        phone.execute_script(f"localStorage.setItem('kv-lang', '{lang}')")
        phone.get(f"{ht.base}/?room={code}")
        time.sleep(1)
        phone.find_elements(By.CSS_SELECTOR, "button.seat")[2].click()
        time.sleep(1)
        phone.save_screenshot(str(out / f"net-phone-390x844-{lang}.png"))
    finally:
        phone.quit()
    big = driver("1920,1080")
    try:
        big.get(f"{ht.base}/board?room={code}")
        big.execute_script(f"localStorage.setItem('kv-lang', '{lang}')")
        big.get(f"{ht.base}/board?room={code}")
        time.sleep(1.5)
        big.save_screenshot(str(out / f"net-board-1920x1080-{lang}.png"))
        big.get(f"{ht.base}/board")
        time.sleep(1.5)
        big.save_screenshot(str(out / f"net-join-1920x1080-{lang}.png"))
        big.set_window_size(1280, 900)
        big.get(f"{ht.base}/console#{ht.host.console_key}")
        time.sleep(1.5)
        big.save_screenshot(str(out / f"net-console-1280x900-{lang}.png"))
    finally:
        big.quit()
        ht.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
         sys.argv[2] if len(sys.argv) > 2 else "nl")
