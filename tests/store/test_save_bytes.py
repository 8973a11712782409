"""save_bytes makes the embedded content's JSON once per scenario and puts it in its place
(issue 11: the classroom host saves after every move). The file must be byte for byte what
json.dump wrote before, also with a team name that holds the placeholder's text, and a
content dict that is not the loader's own is written as it is."""

from __future__ import annotations

import json

from game.content import load_scenario
from game.engine import Game
from game.store.saves import read_save, save_bytes, write_save
from game.table import Table


def as_before(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8", "replace")


def test_a_save_is_byte_for_byte_the_indented_json(tmp_path) -> None:
    sc = load_scenario("ron")
    table = Table(Game(sc, 5), teams={"huisarts": "\x00content\x00 \ud800 é"})
    for _ in range(6):
        role = table.game.to_move()[0]
        table.apply(table.game.legal_actions(role)[-1])
        data = table.to_save()
        assert "content" in data
        assert save_bytes(data) == as_before(data)
    other = json.loads(json.dumps(data))  # a copy (as read from a file): not the loader's
    other["content"]["casus"]["file"] = "elders.yaml"
    assert save_bytes(other) == as_before(other)
    write_save(tmp_path / "s.json", save_bytes(data))
    assert read_save(tmp_path / "s.json")["actions"] == data["actions"]
    assert (tmp_path / "s.json").read_bytes() == as_before(data)
