"""The casussen of section 7 of the design (Ria, Harrie, Hatice, Lina, Sanne en Joost) and the
``krachtenveld new-scenario`` command that gives teachers a starting file."""

from __future__ import annotations

from pathlib import Path

import pytest

from game import paths
from game.bots.random_bot import RandomBot, play_random_game
from game.bots.simulate import make_bot, play
from game.cli import main
from game.content import load_scenario, validate_paths
from game.content.newscenario import slug, target_path, template, write_new_scenario
from game.engine import Game
from game.engine.defs import PROFESSIONALS, Scenario

NEW = ("ria", "harrie", "hatice", "lina", "sanne")
MODELS = ("netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel")
SEEDS = {"000_810897c70a538cc2.txt", "001_c6ee2cb795b6718e.txt", "002_76acbc7ebcc13e20.txt",
         "003_c8f19f16a7602428.txt", "004_7d6c601b4000df11.txt"}


def _path(casus: str) -> Path:
    return paths.scenarios_dir() / f"{casus}.yaml"


@pytest.fixture(scope="module", params=NEW)
def scenario(request: pytest.FixtureRequest) -> Scenario:
    return load_scenario(request.param)


# --- the casussen: validation and shape ------------------------------------------------------


@pytest.mark.parametrize("casus", NEW)
def test_each_new_casus_validates(casus: str) -> None:
    errors = validate_paths([_path(casus)])
    assert errors == [], "\n".join(map(str, errors))


def test_the_cover_is_complete(scenario: Scenario) -> None:
    c = scenario.casus
    assert _path(c.id).is_file(), "the file name is the casus id"
    for text in (c.title, c.summary, c.story, c.epilogue):
        assert text.nl.strip() and text.en.strip() and text.nl != text.en
    assert c.sources and set(c.sources) <= SEEDS
    assert len(c.learning_goals) >= 3
    assert 40 <= c.playing_time <= 90
    assert c.rounds == 8


def test_problems_are_rich_and_partly_hidden(scenario: Scenario) -> None:
    c = scenario.casus
    assert len(c.problems) >= 4
    assert {p.domain for p in c.problems} >= {"medisch", "sociaal"}
    for p in c.problems:
        assert p.drains, f"{p.id} drains nothing"
    hidden = [p for p in c.problems if not set(p.known_to) & set(PROFESSIONALS)]
    assert len(hidden) >= 2, "most of the story should be hidden at the start"
    assert any(p.sensitivity >= 2 for p in c.problems), "something the inwoner is ashamed of"
    assert any(p.feeds for p in c.problems), "problems feed each other"
    assert any(p.escalation for p in c.problems)
    # every hidden problem has a way in: the inwoner can tell it, or a signal finds it
    signalled = {s.problem for s in c.signals}
    for p in hidden:
        assert "inwoner" in p.known_to or p.id in signalled, f"{p.id} can never be found"


def test_signals_are_found_by_actions_of_the_game(scenario: Scenario) -> None:
    c = scenario.casus
    assert len(c.signals) >= 4
    action_ids = {a.id for a in scenario.actions.values()}
    for s in c.signals:
        assert set(s.found_by) <= action_ids


def test_the_wish_can_come_true(scenario: Scenario) -> None:
    c = scenario.casus
    raisers: set[str] = set()
    effects = [e for a in scenario.actions.values() for e in a.effects]
    effects += [e for r in scenario.arrangements.values() for e in [*r.per_round, *r.on_done]]
    effects += [e for n in c.network for e in n.per_round]
    raisers = {e.health.dim for e in effects if e.health and e.health.by > 0}
    assert set(c.wish.dims) <= raisers
    assert c.wish.min_trust >= 1


def test_the_network_mixes_family_and_the_sociale_basis(scenario: Scenario) -> None:
    c = scenario.casus
    assert len(c.network) >= 3
    assert any(n.community for n in c.network)
    assert any(n.self_activate for n in c.network)


def test_endings_best_first_crises_immediate_fallback_last(scenario: Scenario) -> None:
    c = scenario.casus
    endings = c.endings
    assert len(endings) >= 4
    assert endings[0].rank == "best" and endings[0].condition is not None
    assert endings[-1].condition is None and endings[-1].when == "end"
    assert {e.rank for e in endings} >= {"best", "good", "neutral", "bad"}
    by_escalation = {p.escalation.ending for p in c.problems if p.escalation}
    immediate = [e for e in endings if e.when == "immediate"]
    assert immediate, "at least one crisis ends the game at once"
    for e in immediate:
        assert e.rank == "bad"
        assert e.condition is not None or e.id in by_escalation


def test_own_force_cards_cite_a_source_and_an_area(scenario: Scenario) -> None:
    c = scenario.casus
    assert c.forces, "each new casus brings a force card from its own initiative"
    for f in c.forces:
        assert f.source in SEEDS
        assert f.area in ("3.1", "3.2", "3.3", "3.4", "3.5", "3.6")
        assert f.reflection.nl and f.reflection.en
        assert c.deck is not None and f.id in c.deck, "the casus's own card is in its deck"


# --- the casussen: play and balance ------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
def test_each_new_casus_plays_a_full_game(scenario: Scenario, model: str) -> None:
    game = play_random_game(Game(scenario, 5, model), RandomBot(5))
    assert game.is_over()
    assert game.result().ending in {e.id for e in scenario.casus.endings}


def _games(scenario: Scenario, kind: str, n: int) -> list[Game]:
    return [play(Game(scenario, seed, MODELS[seed % 4]), make_bot(kind, seed))
            for seed in range(n)]


def test_no_casus_is_decided_by_a_crisis_in_round_one_or_two(scenario: Scenario) -> None:
    immediate = {e.id for e in scenario.casus.endings if e.when == "immediate"}
    for kind in ("random", "heuristic"):
        for game in _games(scenario, kind, 40):
            r = game.result()
            assert not (r.ending in immediate and r.rounds_played <= 2), (
                f"{kind} game ended in round {r.rounds_played} with {r.ending}")


def test_good_play_reaches_the_best_ending_and_random_play_seldom(scenario: Scenario) -> None:
    """A smoke test of the balance targets (docs/balance.md has the full figures)."""
    best = {e.id for e in scenario.casus.endings if e.rank == "best"}
    count = {kind: sum(g.result().ending in best for g in _games(scenario, kind, 40))
             for kind in ("random", "heuristic")}
    assert count["heuristic"] >= 2, count  # reachable (at least 5%)
    assert count["heuristic"] <= 30, count  # not automatic
    assert count["heuristic"] >= 2 * count["random"], count


# --- krachtenveld new-scenario ----------------------------------------------------------------


def test_the_starting_file_validates_loads_and_plays(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    path = write_new_scenario("mevrouw_jansen", cwd=tmp_path)
    assert path == tmp_path / "home" / "scenarios" / "mevrouw_jansen.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\nid: mevrouw_jansen " in text and "__ID__" not in text
    # the schema line and the guide it names point at files that exist (also installed)
    from urllib.parse import unquote, urlparse

    schema = text.split("\n", 1)[0].split("$schema=", 1)[1]
    assert Path(unquote(urlparse(schema).path)).is_file()
    guide = text.split("it is\n# installed at\n#   ", 1)[1].split("\n", 1)[0]
    assert Path(guide).is_file() and guide.endswith("scenario-format.md")
    assert text.count("#") > 30, "the starting file explains itself in comments"
    assert validate_paths([path]) == []
    scenario = load_scenario(path)
    assert scenario.id == "mevrouw_jansen"
    for model in MODELS:
        game = play_random_game(Game(scenario, 2, model), RandomBot(2))
        assert game.is_over()
    endings = {play(Game(scenario, s, MODELS[s % 4]), make_bot("heuristic", s)).result().ending
               for s in range(8)}
    assert endings <= {e.id for e in scenario.casus.endings}


def test_the_template_is_the_same_for_every_id_but_the_id() -> None:
    a, b = template("a"), template("b_2")
    assert a.replace("id: a ", "id: b_2 ", 1).replace("new-scenario a", "new-scenario b_2") == b
    with pytest.raises(ValueError):
        template("Niet Goed")


def test_new_scenario_command_writes_and_never_overwrites(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path / "home"))
    assert main(["new-scenario", "jan"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Nieuwe casus: ") and "Volgende stappen" in out and "next" not in out
    path = tmp_path / "home" / "scenarios" / "jan.yaml"  # the user's own casus folder
    assert path.is_file()
    assert "home/scenarios/jan.yaml" in out and "krachtenveld validate" in out
    assert "--scenario jan " in out  # found by its id from there
    from game.content import list_scenarios, load_scenario

    assert "jan" in [c.id for c in list_scenarios()]
    assert load_scenario("jan").id == "jan"
    path.write_text("# my own work\n", encoding="utf-8")
    assert main(["new-scenario", "jan", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err
    assert main(["new-scenario", "jan"]) == 1  # Dutch by default
    err = capsys.readouterr().err
    assert "bestaat al en is niet veranderd" in err and "already" not in err
    assert path.read_text(encoding="utf-8") == "# my own work\n", "never overwrite"


def test_new_scenario_command_with_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    assert main(["new-scenario", "piet", "--out", "map"]) == 0
    assert (tmp_path / "map" / "piet.yaml").is_file()
    assert main(["new-scenario", "piet", "--out", "elders/casus.yaml"]) == 0
    written = tmp_path / "elders" / "casus.yaml"
    assert written.is_file()
    assert [e.message for e in validate_paths([written])] == [
        ("the file name 'casus.yaml' differs from its id 'piet': name the file piet.yaml (the "
        "game finds a casus by its id)")]
    assert main(["new-scenario", "piet", "--out", "elders/casus.yaml"]) == 1


def test_new_scenario_refuses_a_name_that_is_no_id(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new-scenario", "Mevrouw Özdemir-2", "--lang", "en"]) == 2
    assert "did you mean 'mevrouw_ozdemir_2'?" in capsys.readouterr().err
    assert main(["new-scenario", "Mevrouw Özdemir-2"]) == 2
    assert "Bedoel je 'mevrouw_ozdemir_2'?" in capsys.readouterr().err
    assert not (tmp_path / "scenarios").exists()
    assert not (paths.user_scenarios_dir() / "mevrouw_ozdemir_2.yaml").exists()


def test_slug_and_target_path(tmp_path: Path) -> None:
    assert slug("Mevrouw Özdemir-2") == "mevrouw_ozdemir_2"
    assert slug("2e casus") == "casus_2e_casus"
    assert slug("!!!") == "mijn_casus"
    assert target_path("x", None, tmp_path) == paths.user_scenarios_dir() / "x.yaml"
    assert target_path("x", "a/b.yaml", tmp_path) == tmp_path / "a" / "b.yaml"
    assert target_path("x", "dir/", tmp_path) == tmp_path / "dir" / "x.yaml"
