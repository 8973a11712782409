"""The catalogues: every key in both languages with the same placeholders, and no key that the
code never uses (the code is scanned for the keys it names)."""

from __future__ import annotations

import ast
import re
import string
import typing
from collections.abc import Iterator
from pathlib import Path

from game.bots.levels import LEVELS
from game.engine.defs import (
    AREAS,
    DIMENSIONS,
    LESSONS,
    POTS,
    CasusDef,
    EndingDef,
    ForceDef,
    Law,
)
from game.engine.game import DIFFICULTIES
from game.lang import en, nl
from game.report.texts import CHOICE_QUESTIONS

GAME = Path(__file__).resolve().parents[2] / "game"
CATALOGUES = {GAME / "lang" / "nl.py", GAME / "lang" / "en.py"}

ROLES = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner")
PHASES = ("kracht", "leven", "inwoner", "professionals", "overleg", "afronding", "einde")
COUNTERS = ("gp_visits", "crises", "medicalisation", "emergency_visits")
PRONOUNS = typing.get_args(typing.get_type_hints(CasusDef)["pronouns"])
SOURCES = set(re.findall(r"\b(\d{3}_[0-9a-f]{16}\.txt)\b",
                         (GAME.parent / "docs" / "sources.md").read_text(encoding="utf-8")))

# sections whose names are the ids of a closed vocabulary: exactly those ids have a text
VOCABULARY: dict[str, set[str]] = {
    "team": {*ROLES, "facilitator", "leven"},
    "role": {*ROLES, "facilitator"},
    "pot": set(POTS),
    "pot_who": set(POTS),
    "pot_short": set(POTS),
    "law": set(typing.get_args(Law)),  # the laws the gemeente's pot pays under
    "dim": set(DIMENSIONS),
    "phase": set(PHASES),
    "counter": set(COUNTERS),
    "domain_word": {"medisch", "sociaal", "inwoner", "beide"},
    "difficulty": set(DIFFICULTIES),
    "area": set(AREAS),
    "source": SOURCES,
    "kind": set(typing.get_args(typing.get_type_hints(ForceDef)["kind"])),
    "rank": set(typing.get_args(typing.get_type_hints(EndingDef)["rank"])),
    "lesson": set(LESSONS),
    "level": {lv.id for lv in LEVELS} | {f"{lv.id}.text" for lv in LEVELS},
    "question": set(CHOICE_QUESTIONS),
    "pronoun": {f"{p}.{form}" for p in PRONOUNS for form in ("subject", "object", "possessive")},
}

# sections looked up by their short name through a front end's own t(): where that code is
ADAPTERS: dict[str, tuple[Path, ...]] = {
    "ui": (GAME / "ui", GAME / "cli.py"),
    "text": (GAME / "ui" / "text.py",),
    "report": (GAME / "report" / "html.py",),
    "compare": (GAME / "report" / "compare.py",),
    "net": (GAME / "net",),
    "host": (GAME / "net" / "command.py",),
    "cli": (GAME / "cli.py", GAME / "report" / "command.py"),
    "whatif": (GAME / "whatif",),
    "balance": (GAME / "report" / "balance.py",),
    "whatif_report": (GAME / "report" / "whatif_html.py",),
    "whatif_page": (GAME / "ui" / "scenes" / "debrief" / "whatif.py",),
    "card": (GAME / "report" / "casuscard.py",),
}


# sections named by an id that the engine, the content or the store gives (a reason's "why", an error's code)
ENGINE_IDS = ("why", "error")


# the classroom server's web pages look their words up themselves (served as /words.js)
STATIC = GAME / "net" / "static"
JS_ADAPTERS: dict[str, tuple[Path, ...]] = {
    "web": tuple(sorted(STATIC.glob("*.js"))),
    "web_board": (STATIC / "board.js", STATIC / "common.js"),  # common.js: the status names
    "web_console": (STATIC / "console.js", STATIC / "common.js"),
}


def js_literals(paths: tuple[Path, ...]) -> set[str]:
    src = "\n".join(p.read_text(encoding="utf-8") for p in paths)
    return set(re.findall(r"[\"']([a-z_]+)[\"']", src))


def sources(*roots: Path) -> Iterator[Path]:
    for root in roots:
        for p in ([root] if root.is_file() else sorted(root.rglob("*.py"))):
            if p not in CATALOGUES:
                yield p


def literals(*roots: Path) -> tuple[set[str], set[str]]:
    """The string constants, and the fixed starts of f-strings, in the code under roots."""
    consts: set[str] = set()
    prefixes: set[str] = set()
    for p in sources(*roots):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                consts.add(node.value)
                if node.value.endswith(("_", ".")):  # "content_" + code: a key's start
                    prefixes.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    prefixes.add(first.value)
    return consts, prefixes


def message_codes() -> set[str]:
    """Every code the game makes a message with (``msg("code", ...)``, ``_emit("code", ...)``)."""
    src = "\n".join(p.read_text(encoding="utf-8") for p in sources(GAME))
    codes = set(re.findall(r'(?:\bmsg|_emit)\(\s*"([a-z_]+)"', src))
    return codes | set(re.findall(r'"(network_(?:on|off))"', src))


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    assert set(nl.TEXTS) == set(en.TEXTS), (
        f"only Dutch: {sorted(set(nl.TEXTS) - set(en.TEXTS))}; "
        f"only English: {sorted(set(en.TEXTS) - set(nl.TEXTS))}")
    for key, text in nl.TEXTS.items():
        assert text.strip() and en.TEXTS[key].strip(), key
        assert placeholders(text) == placeholders(en.TEXTS[key]), key


def test_the_catalogues_are_flat_section_keys() -> None:
    for key in nl.TEXTS:
        assert re.fullmatch(r"[a-z_]+\.[A-Za-z0-9_.]+", key), key


def test_vocabulary_sections_name_exactly_their_ids() -> None:
    for section, ids in VOCABULARY.items():
        names = {k.split(".", 1)[1] for k in nl.TEXTS if k.split(".", 1)[0] == section}
        assert names == ids, (section, sorted(names ^ ids))


def test_every_message_the_game_makes_has_a_text_and_every_text_a_message() -> None:
    codes = message_codes()
    assert len(codes) > 40
    names = {k[4:] for k in nl.TEXTS if k.startswith("msg.")}
    assert not codes - names, f"messages without a text: {sorted(codes - names)}"
    assert not names - codes, f"texts no message uses: {sorted(names - codes)}"


def test_no_key_is_unused() -> None:
    everywhere, everywhere_prefixes = literals(GAME)
    engine, _ = literals(GAME / "engine", GAME / "content", GAME / "store")
    local = {section: literals(*roots) for section, roots in ADAPTERS.items()}
    unused = []
    for key in nl.TEXTS:
        section, name = key.split(".", 1)
        if section in VOCABULARY or section == "msg":
            continue  # checked against the vocabulary and the engine's codes above
        if key in everywhere or any(key.startswith(p) and len(p) > len(section) + 1
                                    for p in everywhere_prefixes):
            continue
        if section in ENGINE_IDS and name.rsplit(".", 1)[-1] in engine:
            continue
        if section in JS_ADAPTERS and name in js_literals(JS_ADAPTERS[section]):
            continue
        if section in local:
            consts, prefixes = local[section]
            if name in consts or any(name.startswith(p) and len(p) >= 3 for p in prefixes):
                continue
        unused.append(key)
    assert not unused, f"keys the code never uses: {unused}"


def test_an_unknown_key_is_an_error_not_a_silent_text() -> None:
    import pytest

    from game.lang import t

    with pytest.raises(KeyError):
        t("ui.no_such_key", "nl")
    assert t("ui.start", "en") == "New game" and t("ui.start", "xx") == "Nieuw spel"
