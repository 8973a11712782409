"""What the command line says is in the user's language: --lang before or after the command,
Dutch without it; argparse's own errors and usage line too; the store's notices as well."""

from __future__ import annotations

import io
import json
import pickle
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from game.cli import argparse_text, argv_lang, main
from game.lang import Said, error_text, say


def _code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as e:
        return int(e.code or 0)


def _broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "krachtenveld-save",\n "seed": }', encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["before", "after"])
def test_replay_of_a_broken_save_speaks_the_chosen_language(tmp_path: Path, capsys,
                                                            where: str) -> None:
    broken = str(_broken(tmp_path))
    said = {}
    for lang in ("en", "nl"):
        argv = (["--lang", lang, "replay", broken] if where == "before"
                else ["replay", broken, "--lang", lang])
        assert _code(argv) == 1
        said[lang] = capsys.readouterr().err
    assert f"{broken}:2:10: not valid JSON" in said["en"] and "geen geldige" not in said["en"]
    assert f"{broken}:2:10: dit is geen geldige JSON" in said["nl"]
    assert "not valid" not in said["nl"]
    assert _code(["replay", broken]) == 1  # no --lang: Dutch
    assert capsys.readouterr().err == said["nl"]


def test_an_unknown_command_is_told_in_dutch(capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["speel"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: krachtenveld")
    assert "'speel' is geen opdracht van krachtenveld; kies uit 'play'" in err
    assert "invalid choice" not in err and "usage:" not in err and "error:" not in err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "speel"])
    err = capsys.readouterr().err
    assert err.startswith("usage: krachtenveld") and "'speel' is not a command" in err


def test_argparse_errors_of_a_sub_command_are_dutch_too(capsys) -> None:
    cases = [
        (["replay"], "dit moet je nog opgeven: save"),
        (["simulate", "--games", "veel"], "bij --games: 'veel' is geen getal"),
        (["play", "--model", "x"], "bij --model: 'x' kan niet; kies uit 'netwerkmodel'"),
        (["play", "--size", "groot"], "maat 'groot' is niet BREEDTExHOOGTE"),
        (["replay", "a.json", "--bogus"], "dit kent krachtenveld hier niet: --bogus"),
    ]
    for argv, dutch in cases:
        with pytest.raises(SystemExit) as e:
            main(argv)
        err = capsys.readouterr().err
        assert e.value.code == 2 and dutch in err and "fout:" in err, (argv, err)
        with pytest.raises(SystemExit):
            main([*argv, "--lang", "en"])
        err = capsys.readouterr().err
        assert dutch not in err and "error:" in err, (argv, err)


def test_argparse_messages_are_read_as_python_words_them() -> None:
    assert argparse_text("the following arguments are required: save", "nl") == (
        "dit moet je nog opgeven: save")
    assert argparse_text("argument --seed: invalid int value: 'x'", "nl") == (
        "bij --seed: 'x' is geen getal")
    assert argparse_text("argument --seed: expected one argument", "en") == (
        "argument --seed: expected one argument")
    assert argparse_text("something argparse says one day", "nl") == (
        "something argparse says one day")
    assert argv_lang(["replay", "x", "--lang=en"]) == "en"
    assert argv_lang(["--lang", "en", "play", "--lang", "nl"]) == "nl"  # the last one counts
    assert argv_lang(["play", "--", "--lang", "en"]) == "nl"


def test_a_said_text_is_english_for_logs_and_said_again_in_dutch() -> None:
    busy = Said("store.busy", path=Path("/x/games.sqlite3"))
    queued = Said("store.queued", error=busy, folder="/x/wacht")
    assert str(queued).startswith("The games database /x/games.sqlite3 is busy")
    assert "Het spel wacht in /x/wacht" in say(queued, "nl") and "busy" not in say(queued, "nl")
    both = Said.joined(" ", [queued, "plain"])
    assert say(both, "nl").endswith(" plain") and "bezet" in say(both, "nl")
    again = pickle.loads(pickle.dumps(both))
    assert say(again, "nl") == say(both, "nl") and str(again) == str(both)
    assert json.loads(json.dumps([busy])) == [str(busy)]
    err = ValueError(busy)
    assert "bezet" in error_text(err, "nl") and error_text(err, "en") == str(busy)
    assert say("just text", "en") == "just text"


def _said(argv: list[str], capsys) -> dict[str, tuple[int, str]]:
    """The exit code and stderr of a command in Dutch (no --lang) and in English."""
    out = {}
    for lang, extra in (("nl", []), ("en", ["--lang", "en"])):
        code = _code([*argv, *extra])
        out[lang] = (code, capsys.readouterr().err)
    return out


def test_history_rebuild_names_a_broken_save_in_the_chosen_language(tmp_path: Path,
                                                                    capsys) -> None:
    saves = tmp_path / "saves"
    saves.mkdir()
    broken = _broken(saves)
    (saves / "geen_casus.json").write_text('{"format": "krachtenveld-save", "version": 2}',
                                           encoding="utf-8")
    said = _said(["history", "--rebuild", str(saves)], capsys)
    nl_code, nl = said["nl"]
    en_code, en = said["en"]
    assert nl_code == en_code == 0
    assert f"krachtenveld: {broken}:2:10: dit is geen geldige JSON" in nl
    assert "het bewaarde spel noemt geen casus" in nl
    assert "not valid JSON" not in nl and "names no scenario" not in nl
    assert f"krachtenveld: {broken}:2:10: not valid JSON" in en
    assert "the save names no scenario" in en and "geen geldige" not in en
    assert f"{broken}: {broken}" not in nl + en  # the file is named once


@pytest.mark.parametrize("argv", [["replay"], ["play", "--text", "--load"],
                                  ["report"], ["wat-als", "--round", "2", "--force", "x"]])
def test_every_command_that_reads_a_save_says_it_is_broken_in_the_language(
        tmp_path: Path, capsys, argv: list[str]) -> None:
    broken = str(_broken(tmp_path))
    where = argv.index("--load") + 1 if "--load" in argv else 1
    said = _said([*argv[:where], broken, *argv[where:]], capsys)
    assert said["nl"][0] == said["en"][0] == 1
    assert f"{broken}:2:10: dit is geen geldige JSON" in said["nl"][1], said["nl"]
    assert f"{broken}:2:10: not valid JSON" in said["en"][1], said["en"]
    assert "not valid" not in said["nl"][1]


def test_host_says_what_is_wrong_in_the_chosen_language(tmp_path: Path, capsys,
                                                        monkeypatch) -> None:
    monkeypatch.setenv("KRACHTENVELD_HOME", str(tmp_path))
    said = _said(["host", "--tables", "13"], capsys)
    assert said["nl"] == (2, "krachtenveld host: kies met --tables 1 tot 12 tafels\n")
    assert said["en"] == (2, "krachtenveld host: --tables must be between 1 and 12\n")
    said = _said(["host", "--scenario", "bestaat_niet"], capsys)
    assert said["nl"] == (1, "krachtenveld host: casus 'bestaat_niet' niet gevonden\n")
    assert said["en"] == (1, "krachtenveld host: scenario 'bestaat_niet' not found\n")
    said = _said(["host", "--resume"], capsys)
    assert said["nl"][0] == said["en"][0] == 1
    assert "er is geen eerdere les om verder te spelen" in said["nl"][1]
    assert "there is no earlier class to resume" in said["en"][1]
    assert "no earlier" not in said["nl"][1]
    manifest = tmp_path / "saves" / "classroom" / "host.json"
    manifest.parent.mkdir(parents=True)
    manifest.write_text('{"format": "iets anders"}', encoding="utf-8")
    said = _said(["host", "--resume"], capsys)
    assert said["nl"][1] == f"krachtenveld host: {manifest}: dit is geen bestand van krachtenveld host\n"
    assert said["en"][1] == f"krachtenveld host: {manifest}: not a Krachtenveld host file\n"


def test_a_table_that_does_not_resume_is_named_in_the_language(tmp_path: Path) -> None:
    from game.content import load_scenario
    from game.net.host import Host

    folder = tmp_path / "classroom"
    folder.mkdir()
    broken = _broken(tmp_path)
    (folder / "host.json").write_text(json.dumps({
        "format": "krachtenveld-host", "version": 1,
        "tables": [{"code": "ABCD", "save": str(broken)}]}), encoding="utf-8")
    with pytest.raises(ValueError) as e:
        Host.resume(folder, load_scenario)
    assert error_text(e.value, "nl") == f"tafel ABCD: {broken}:2:10: dit is geen geldige JSON " \
                                        "(Expecting value)"
    assert str(e.value) == f"table ABCD: {broken}:2:10: not valid JSON (Expecting value)"


def test_wat_als_says_its_own_option_errors_in_the_language(capsys, tmp_path: Path) -> None:
    said = _said(["wat-als", str(tmp_path / "x.json")], capsys)
    assert said["nl"] == (2, ("krachtenveld wat-als: Kies één verandering: --force, --model, "
                             "--answer of --move.\n"))
    assert said["en"] == (2, ("krachtenveld wat-als: Choose one change: --force, --model, "
                             "--answer or --move.\n"))


def _help(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as e:
        main([*argv, "--help"])
    assert e.value.code == 0
    return str(capsys.readouterr().out)


@pytest.mark.parametrize("command, dutch, english", [
    ("play", "speel in de terminal", "play in the terminal"),
    ("host", "hoeveel tafels (1-12)", "how many tables (1-12)"),
    ("history", "haal een spel uit de lijst van spellen", "remove a game from the games"),
])
def test_the_help_of_a_command_is_in_the_chosen_language(capsys, command: str, dutch: str,
                                                         english: str) -> None:
    nl = _help([command], capsys)
    assert nl.startswith(f"gebruik: krachtenveld {command}") and "\nopties:\n" in nl
    assert dutch in " ".join(nl.split()) and "toon deze hulp en stop" in nl
    assert english not in " ".join(nl.split()) and "show this help" not in nl
    en = _help([command, "--lang", "en"], capsys)
    assert en.startswith(f"usage: krachtenveld {command}") and "\noptions:\n" in en
    assert english in " ".join(en.split()) and dutch not in " ".join(en.split())
    top = _help([], capsys)
    assert "de klassenserver: elk team" in " ".join(top.split()) and "argumenten:" in top


def test_every_help_text_comes_from_the_catalogue() -> None:
    """No command or option has an English help text of its own: each is a catalogue text
    in the language asked for (so a new option without a catalogue entry fails here)."""
    import argparse

    from game import cli
    from game.lang import CATALOGUES

    for lang in ("nl", "en"):
        cli.Parser.lang = lang
        try:
            parser = cli.build_parser()
        finally:
            cli.Parser.lang = "nl"
        texts = set(CATALOGUES[lang].values())
        [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        helps = {(name, c.help) for name, c in ((c.dest, c) for c in sub._choices_actions)}
        for name, command in sub.choices.items():
            helps |= {(f"{name} {a.option_strings or a.dest}", a.help)
                      for a in command._actions if a.help not in (None, argparse.SUPPRESS)}
        assert len(helps) > 80
        wrong = sorted((where, h) for where, h in helps if h not in texts)
        assert not wrong, (lang, wrong)


def test_the_language_of_one_command_line_does_not_stay_for_the_next(capsys) -> None:
    from game import cli

    _help(["host", "--lang", "en"], capsys)
    assert cli.Parser.lang == "nl"
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit):
        cli.build_parser().parse_args(["host", "--help"])
    assert "hoeveel tafels" in out.getvalue()


def test_a_casus_that_is_not_there_is_told_in_the_language(tmp_path: Path, capsys) -> None:
    from game.content.errors import ScenarioNotFound
    from game.content.loader import find_scenario

    said = _said(["play", "--text", "--scenario", "bestaat_niet"], capsys)
    assert said["nl"][0] == said["en"][0] == 1
    assert "casus 'bestaat_niet' niet gevonden (er is geen casus met id 'bestaat_niet' in " \
        in said["nl"][1] and "no scenario" not in said["nl"][1]
    assert "scenario 'bestaat_niet' not found (no scenario with id 'bestaat_niet' in " \
        in said["en"][1]
    save = tmp_path / "weg.json"  # a save of a casus that is gone
    save.write_text(json.dumps({"format": "krachtenveld-save", "version": 2,
                                "scenario": "bestaat_niet", "seed": 1, "actions": []}),
                    encoding="utf-8")
    said = _said(["replay", str(save)], capsys)
    assert "(er is geen casus met id 'bestaat_niet' in " in said["nl"][1], said["nl"]
    assert "(no scenario with id 'bestaat_niet' in " in said["en"][1], said["en"]
    with pytest.raises(ScenarioNotFound) as e:
        find_scenario("bestaat_niet")
    again = pickle.loads(pickle.dumps(e.value))  # (a worker process hands it back)
    assert error_text(again, "nl") == error_text(e.value, "nl") and str(again) == str(e.value)
    assert isinstance(again, FileNotFoundError)
