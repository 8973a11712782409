"""What the command line says is in the user's language: --lang before or after the command,
Dutch without it; argparse's own errors and usage line too; the store's notices as well."""

from __future__ import annotations

import json
import pickle
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
