"""Lesson L7 (issue 13): every organisation model has strengths and weak spots, so no model
is the best one in every casus.

The weak spots and strengths are content (scenarios/catalogue/models.yaml): the teammodel's
friction with the rules (the gemeente's help starts a round later), the brugfunctiemodel's
route from the GP to the social domain (GP and social worker know each other well, and the GP
may prescribe a wellbeing coach). docs/balance.md shows the per-model figures per casus.
"""

from __future__ import annotations

from game.bots.simulate import simulate
from game.content import load_scenario
from game.engine import Game


def test_the_teammodel_meets_the_rules_and_the_bridge_links_gp_and_social_work() -> None:
    sc = load_scenario("ron")
    team, bridge, network = (Game(sc, 1, m) for m in
                             ("teammodel", "brugfunctiemodel", "netwerkmodel"))
    # the team's fixed procedures: help paid by the gemeente starts one round later
    assert team._extra_wait("wmo") == 1
    assert network._extra_wait("wmo") == 0 and bridge._extra_wait("wmo") == 0
    assert team._extra_wait("zvw") == 0
    # the bridge: GP and social worker know each other well, and social prescribing runs
    assert bridge.state.relations["huisarts+sociaal_werker"] == 3
    assert network.state.relations["huisarts+sociaal_werker"] == 1
    assert "welzijn_op_recept" in bridge.flags() and "welzijn_op_recept" not in team.flags()


def test_no_model_is_the_best_everywhere() -> None:
    """With heuristic bots (a small, fixed simulation) the best model differs per casus:
    the team in Hatice (the group consultation needs the GP and the social worker to know
    each other), the community in Sanne (a village that carries along). In Greet three
    models are within a few games of each other (100 games each: about 0.6 each, the
    teammodel 0.4; docs/balance.md), so a small sample of Greet cannot say which is best.
    Before L7 the teammodel was the best everywhere."""
    best = {}
    for casus in ("hatice", "sanne"):
        out = simulate(load_scenario(casus), 80, 1, bots="heuristic", processes=1)
        rates = {m: f["best_ending_rate"] for m, f in out["per_model"].items()}
        best[casus] = max(sorted(rates), key=lambda m: rates[m])
        assert rates[best[casus]] >= 2 * sorted(rates.values())[-2], (casus, rates)
    assert best == {"hatice": "teammodel", "sanne": "gemeenschapsmodel"}, best


def test_the_gemeenschapsmodel_breaks_when_the_sociale_basis_is_cut() -> None:
    """Under ravijnjaar the community places stop in the gemeenschapsmodel (it leans on a
    gemeente that gives room); in another model they go on while the Wmo pays for them."""
    from game.content.mini import next_round, to_professionals

    sc = load_scenario("sanne")
    community = [n.id for n in sc.casus.network if n.community]
    after = {}
    for model in ("gemeenschapsmodel", "netwerkmodel"):
        g = Game(sc, 1, model)  # (seed 1: round 1 deals no sociale_basis_garantie)
        assert "sociale_basis_garantie" not in g.state.forces_seen
        for n in community:
            g._set_network(n, True)
        to_professionals(g)
        g.apply("facilitator:injecteer(ravijnjaar)")
        next_round(g)
        after[model] = {n: g.state.network[n] for n in community}
    assert not any(after["gemeenschapsmodel"].values()), after
    assert all(after["netwerkmodel"].values()), after
