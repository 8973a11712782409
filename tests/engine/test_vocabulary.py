"""Rules that were keyed on a content id are words of the YAML vocabulary now (issue 10):
the engine reads ``payment_title``, the effect ``sociale_kaart``, a network resource's
``energy`` and ``once_per_round``, whatever the card or resource is called. Content written
before those keys existed keeps its meaning (a save carries the catalogue it was played with)."""

from __future__ import annotations

from typing import Any

from game.content import load_scenario
from game.content.validate import validate
from game.engine import Game
from game.engine.defs import ActionDef, NetworkDef
from tests.engine import mini
from tests.engine.mini import act, force, to_professionals


def game(casus: dict[str, Any] | None = None, **kw: Any) -> Game:
    kw.setdefault("deck", [])
    return Game(mini.scenario(casus or mini.CALM, **kw), seed=1)


def code(g: Game, action: str) -> str | None:
    why = g.reason(action)
    return None if why is None else why.code


def test_a_payment_title_belongs_to_the_card_that_names_it_whatever_its_id() -> None:
    basis = force("wor_basis", "bevorderend", duration="lasting",
                  modifiers={"flags": ["welzijn_op_recept"]})
    titled = act("huisarts", "voorschrift", cost={"time": 1, "pot": "wmo", "money": 1},
                 payment_title="welzijn_op_recept")
    plain = act("huisarts", "wmo_ding", cost={"time": 1, "pot": "wmo", "money": 1})
    g = game(extra_forces=[basis], extra_actions=[titled, plain])
    to_professionals(g)
    assert code(g, "huisarts:voorschrift") == "no_payment_title"  # not while the flag is off
    g.apply("facilitator:injecteer(wor_basis)")
    assert code(g, "huisarts:voorschrift") is None
    assert code(g, "huisarts:wmo_ding") == "no_payment_title"


def test_the_social_map_is_an_effect_any_card_may_have() -> None:
    kaart = force("onbekend", "belemmerend", duration="lasting",
                  modifiers={"flags": ["sociale_kaart_nodig"]})
    gids = act("huisarts", "wijkgids", effects=[{"sociale_kaart": True}])
    g = game(extra_forces=[kaart], extra_actions=[gids])
    g.apply("facilitator:injecteer(onbekend)")
    to_professionals(g)
    assert code(g, "huisarts:verwijs(sociaal_werker)") == "needs_sociale_kaart"
    g.apply("huisarts:wijkgids")
    assert code(g, "huisarts:verwijs(sociaal_werker)") is None


def test_the_energy_of_a_network_resource_is_its_own_not_its_kinds() -> None:
    start = game().state.energy
    buurman = game(mini.calm(network={"zus": {"kind": "buurman", "active": True,
                                              "energy": 1}}))
    assert buurman.state.energy == start + 1
    stil = game(mini.calm(network={"zus": {"kind": "ervaringsdeskundige", "active": True,
                                           "energy": 0}}))
    assert stil.state.energy == start


def test_once_per_round_in_yaml_is_honoured_for_every_op() -> None:
    once = act("huisarts", "deel", "deel", cost={"time": 1}, once_per_round=True)
    g = game(mini.calm(trust={"huisarts": 3}), extra_actions=[once])
    g.apply("inwoner:toestemming(huisarts+sociaal_werker)")
    g.apply("inwoner:toestemming(huisarts+wijkverpleegkundige)")
    to_professionals(g)
    shares = [a for a in g.legal_actions("huisarts") if a.name == "deel"]
    assert len(shares) >= 2
    g.apply(shares[0])
    assert not any(a.name == "deel" for a in g.legal_actions("huisarts"))
    assert code(g, str(shares[-1])) == "used"
    # without the key, a share repeats as before; with false, a plain card repeats too
    assert validate(ActionDef, act("huisarts", "deel", "deel")).once_per_round is None
    many = act("huisarts", "consult", once_per_round=False)
    g2 = game(extra_actions=[many])
    to_professionals(g2)
    g2.apply("huisarts:consult")
    assert code(g2, "huisarts:consult") in (None, "no_time")


def test_content_written_before_the_keys_keeps_its_meaning() -> None:
    old = validate(ActionDef, act("huisarts", "sociale_kaart"))
    assert any(e.sociale_kaart for e in old.effects)
    assert validate(ActionDef, 
        act("huisarts", "welzijn_op_recept", "bied_aan", arrangement="x")
    ).payment_title == "welzijn_op_recept"
    assert validate(ActionDef, 
        act("wijkverpleegkundige", "wmo_indicatie")).payment_title == "wmo_mandaat_wijkverpleging"
    net = {"id": "groep", "name": mini.T("g"), "text": mini.T("g"), "kind": "ervaringsdeskundige"}
    assert validate(NetworkDef, net).energy == 1
    assert validate(NetworkDef, {**net, "kind": "buurt"}).energy == 0


def test_the_shipped_content_says_it_in_yaml() -> None:
    sc = load_scenario("ron")
    assert sc.actions["huisarts:welzijn_op_recept"].payment_title == "welzijn_op_recept"
    assert sc.actions["wijkverpleegkundige:wmo_indicatie"].payment_title == (
        "wmo_mandaat_wijkverpleging")
    assert any(e.sociale_kaart for e in sc.actions["huisarts:sociale_kaart"].effects)
    assert all(n.energy == (1 if n.kind == "ervaringsdeskundige" else 0) for n in sc.casus.network)


def test_what_a_visit_to_the_gp_costs_is_the_casus_files_word() -> None:
    from tests.engine.mini import next_round

    g = game(mini.calm(gp_visit={"pot": "wmo", "cost": 2, "ledger": "huisartsbezoek"}))
    next_round(g)
    visits = [e for e in g.state.ledger if e.what == "huisartsbezoek"]
    assert [(e.pot, e.amount) for e in visits] == [("wmo", 2)] * g.state.counters["gp_visits"]
    assert visits and not any(e.what == "spreekuur" for e in g.state.ledger)


def test_the_inwoners_look_is_in_the_casus_file() -> None:
    from game.engine.defs import Portrait

    assert load_scenario("ron").casus.portrait == Portrait(skin=1, hair=0, clothes=0,
                                                           beard=True)
    assert load_scenario("greet").casus.portrait == Portrait(skin=4, hair=0, clothes=2,
                                                             long_hair=True)
    assert load_scenario("lina").casus.portrait is None  # a look from the id


def test_no_front_end_picks_a_move_by_its_cards_id() -> None:
    """Outside the engine and the content, code compares an action's name only with the
    engine's own actions (``kies``), never with a card id of the shipped content: a casus
    may call its cards what it likes (the op says what a card does)."""
    import ast
    from pathlib import Path

    from game.content.loader import list_scenarios

    ids = {d.id for c in list_scenarios() for d in load_scenario(c.id).actions.values()}
    assert {"toestemming", "klaar", "vraag_toestemming", "accepteer"} <= ids
    game_dir = Path(__file__).resolve().parents[2] / "game"
    found = []
    for path in sorted(game_dir.rglob("*.py")):
        if path.relative_to(game_dir).parts[0] in ("engine", "content"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Attribute)
                    and node.left.attr == "name"):
                continue
            for right in node.comparators:
                items = right.elts if isinstance(right, ast.Tuple | ast.List | ast.Set) else [right]
                found += [f"{path.relative_to(game_dir)}:{node.lineno} {e.value}" for e in items
                          if isinstance(e, ast.Constant) and e.value in ids]
    assert found == []
