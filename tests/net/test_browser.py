"""The web client in a real headless browser (Debian's chromium + chromium-driver, driven by
Selenium): join a table by its code, take a role, play a move, and see the public board
change. In CI (CI=true) a missing browser is a failure, not a skip: .ci/run installs it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.net.helpers import HostThread, new_host

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
WHY = ("Debian's chromium and chromium-driver are needed (apt-get install chromium "
       "chromium-driver) and selenium (pip install '.[test]'); .ci/run installs them")


def _selenium() -> Any:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return None
    return True


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM and DRIVER and _selenium()):
        if os.environ.get("CI") == "true":
            pytest.fail(WHY)
        pytest.skip(WHY)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=390,844", "--no-first-run", "--disable-extensions"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver: Any, fn: Any, timeout: float = 10) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: fn(d))


def test_join_by_code_play_a_move_and_see_the_board_change(browser: Any,
                                                          tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    ht = HostThread(new_host(tmp_path)).start()
    try:
        code = next(iter(ht.host.rooms))
        room = ht.host.rooms[code]
        d = browser
        # the projector
        d.get(f"{ht.base}/board?room={code}")
        wait_for(d, lambda d: code in d.find_element(By.TAG_NAME, "main").text)
        board = d.current_window_handle
        assert "Ronde 1 van 8" in d.find_element(By.TAG_NAME, "main").text
        # a phone: type the code, choose the inwoner
        d.switch_to.new_window("window")
        phone = d.current_window_handle
        d.get(ht.base + "/")
        box = wait_for(d, lambda d: d.find_element(By.ID, "code"))
        box.clear()
        box.send_keys(code.lower())
        d.find_element(By.ID, "joinbtn").click()
        seat = wait_for(d, lambda d: [b for b in d.find_elements(By.CSS_SELECTOR, "button.seat")
                                      if "Inwoner" in b.text])
        seat[0].click()
        wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "button.act"))
        assert "Jij speelt: Inwoner" in d.find_element(By.ID, "play").text
        assert d.execute_script("return localStorage.getItem('kv-seat-' + arguments[0])", code)
        # a 360 px phone: nothing sticks out sideways, every target is at least 24 px
        d.set_window_size(360, 800)
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        wait_for(d, lambda d: d.execute_script(
            "return document.documentElement.scrollWidth") <= 360)
        small = d.execute_script("""
            return [...document.querySelectorAll('button, input, textarea, select')]
              .filter(e => e.offsetParent !== null)
              .map(e => e.getBoundingClientRect())
              .filter(r => r.width < 24 || r.height < 24).length""")
        assert small == 0
        assert d.find_element(By.ID, "live").get_attribute("aria-live") == "polite"
        # the keyboard's focus is visible (WCAG 2.4.7): Tab to a control, it gets an outline
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        ActionChains(d).send_keys(Keys.TAB).perform()
        ring = d.execute_script("""
            const e = document.activeElement, s = getComputedStyle(e);
            return [e.tagName, e.matches(':focus-visible'), s.outlineStyle,
                    parseFloat(s.outlineWidth)]""")
        assert ring[0] != "BODY" and ring[1] and ring[2] != "none" and ring[3] >= 2, ring
        # play the inwoner's 'klaar' by keyboard
        buttons = d.find_elements(By.CSS_SELECTOR, "button.act")
        klaar = [b for b in buttons if b.get_attribute("data-action") == "inwoner:klaar"]
        klaar[0].send_keys("\n")
        wait_for(d, lambda d: ht.call(lambda: len(room.game.history)) == 1)
        wait_for(d, lambda d: "Professionals" in d.find_element(By.ID, "play").text)
        # the screen reader hears what happened
        assert d.find_element(By.ID, "live").text or d.execute_script(
            "return document.getElementById('live').textContent")
        # the board shows the move, in letters readable from the back (>= 32 px at 1080p)
        d.switch_to.window(board)
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 1920, "height": 1080, "deviceScaleFactor": 1, "mobile": False})
        wait_for(d, lambda d: "Professionals" in d.find_element(By.TAG_NAME, "main").text)
        size = d.execute_script("return parseFloat(getComputedStyle("
                                "document.querySelector('.bgrid li')).fontSize)")
        assert size >= 32
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        # reload the phone (a closed tab): the seat comes back by its token
        d.switch_to.window(phone)
        d.refresh()
        wait_for(d, lambda d: "Jij speelt: Inwoner" in d.find_element(By.ID, "play").text)
        assert ht.call(lambda: room.connected("inwoner"))
        # the host is killed and resumed on the same port: the phone comes back by itself
        # (no reload), with its seat and the move it had played
        from game.content import load_scenario
        from game.net.host import Host

        port = int(ht.base.rsplit(":", 1)[1])
        ht.stop()
        wait_for(d, lambda d: d.find_element(By.ID, "badge").get_attribute(
            "data-status") != "online")
        ht = HostThread(Host.resume(tmp_path, load_scenario), port=port).start()
        again = ht.host.rooms[code]
        wait_for(d, lambda d: ht.call(lambda: again.connected("inwoner")), timeout=15)
        wait_for(d, lambda d: d.find_element(By.ID, "badge").get_attribute(
            "data-status") == "online")
        assert "Jij speelt: Inwoner" in d.find_element(By.ID, "play").text
        assert ht.call(lambda: len(again.game.history)) == 1
        d.close()
        d.switch_to.window(board)
    finally:
        ht.stop()
