"""The sharing facts of format 3 (docs/scenario-format.md "Format 3", design/zorgstelsel.md):
huisarts and wijkverpleegkundige share a medical problem with presumed consent (WGBO);
the sociaal werker needs the inwoner's explicit consent; the Wams never lifts medical
secrecy. Older casussen keep the old rule (every pair needs consent)."""

from __future__ import annotations

from pathlib import Path

from game.content import load_scenario
from game.engine import Game
from game.lang import render

HATICE = Path(__file__).resolve().parents[2] / "scenarios" / "hatice.yaml"


def _game(*inwoner_moves: str) -> Game:
    sc = load_scenario(HATICE)
    assert sc.casus.format >= 3
    g = Game(sc, seed=1)
    for move in inwoner_moves:
        g.apply(move)
    g.apply("inwoner:klaar")  # on to the professionals' turn
    assert "huisarts" in g.to_move()
    return g


def test_medical_pair_shares_a_medical_problem_without_asking() -> None:
    g = _game()
    assert "diabetes" in g.state.knows["huisarts"]
    assert g.reason("huisarts:deel(diabetes->wijkverpleegkundige)") is None


def test_sharing_with_the_social_worker_needs_explicit_consent() -> None:
    g = _game()
    why = g.reason("huisarts:deel(diabetes->sociaal_werker)")
    assert why is not None and why.code == "no_consent_medical_secrecy"
    assert "toestemming" in render(why, g.scenario, "nl")
    g = _game("inwoner:toestemming(huisarts+sociaal_werker)")
    assert g.reason("huisarts:deel(diabetes->sociaal_werker)") is None


def test_the_wams_does_not_lift_medical_secrecy() -> None:
    g = _game()
    g._s.flags["wams"] = ["wams"]  # the Wams card is in play
    g._s.general_consent = True
    why = g.reason("huisarts:deel(diabetes->sociaal_werker)")
    assert why is not None and why.code == "no_consent_medical_secrecy"
