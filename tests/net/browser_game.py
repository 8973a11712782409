"""A whole game in real browsers (run by hand, not a test: it takes a minute or two):

    python -m tests.net.browser_game

Four headless chromium browsers join one table by its code and take the four roles; every
move is a click on the page of the team whose turn it is. Halfway the host is stopped and
resumed from its autosave on the same port: the pages rejoin by themselves. At the end
every page shows the end and its role's debrief. Prints what it checked; exits 1 on a
failure.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import time
from pathlib import Path

from game.content import load_scenario
from game.net.host import Host
from tests.net.helpers import HostThread, new_host
from tests.net.screenshots import driver

ROLES = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner")
LABEL = {"huisarts": "Huisarts", "wijkverpleegkundige": "Wijkverpleegkundige",
         "sociaal_werker": "Sociaal werker", "inwoner": "Inwoner"}


def main() -> int:
    from selenium.webdriver.common.by import By

    os.environ.setdefault("KRACHTENVELD_HOME", tempfile.mkdtemp())
    folder = Path(tempfile.mkdtemp())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ht = HostThread(new_host(folder), port).start()
    code = next(iter(ht.host.rooms))
    # one browser per team (a phone each: each has its own storage for its seat's token)
    drivers = {role: driver(390, 844, True) for role in ROLES}
    try:
        for role in ROLES:
            d = drivers[role]
            d.get(f"{ht.base}/")
            box = d.find_element(By.ID, "code")
            box.send_keys(code)
            d.find_element(By.ID, "joinbtn").click()
            time.sleep(0.6)
            for b in d.find_elements(By.CSS_SELECTOR, "button.seat"):
                if b.text.startswith(LABEL[role]):
                    b.click()
            time.sleep(0.6)
            assert f"Jij speelt: {LABEL[role]}" in d.find_element(By.ID, "play").text
        print("four browsers joined by code and took the four roles")
        moves = 0
        resumed = False
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            game = ht.host.rooms[code].game
            if ht.call(game.is_over):
                break
            role = ht.call(lambda g=game: g.to_move()[0])
            d = drivers[role]
            before = ht.call(lambda g=game: len(g.history))
            for _ in range(100):  # the page may still be catching up after a rejoin
                buttons = d.find_elements(By.CSS_SELECTOR, "button.act")
                if buttons:
                    break
                time.sleep(0.1)
            pick = buttons[-1] if moves % 3 == 0 else buttons[moves % len(buttons)]
            d.execute_script("arguments[0].scrollIntoView({block: 'center'})", pick)
            pick.click()
            for _ in range(100):
                if ht.call(lambda g=game: len(g.history)) > before:
                    break
                time.sleep(0.05)
            else:
                raise AssertionError(f"{role}'s click did not reach the host")
            moves += 1
            if moves == 25 and not resumed:
                history = ht.call(lambda g=game: list(g.history))
                ht.stop()  # the host is killed: only its autosave is left
                ht = HostThread(Host.resume(folder, load_scenario), port).start()
                assert ht.host.rooms[code].game.history == history
                resumed = True
                print(f"host stopped after {moves} moves and resumed from its autosave")
                time.sleep(6)  # the pages' reconnect back-off
        game = ht.host.rooms[code].game
        assert ht.call(game.is_over), "the game did not end in time"
        print(f"whole game played by clicks: {moves} moves")
        time.sleep(1)
        for role, d in drivers.items():
            text = d.find_element(By.ID, "play").text
            assert "Het spel is afgelopen" in text and "maandag" in text, text[:300]
            assert ht.call(lambda r=role: ht.host.rooms[code].connected(r)), role
        print("every page rejoined after the resume and shows the end and its debrief")
        return 0
    finally:
        for d in drivers.values():
            d.quit()
        ht.stop()


if __name__ == "__main__":
    sys.exit(main())
