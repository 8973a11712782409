"""Issue 13, Language: every policy word a player meets on a card or in a casus has an entry
in the shared glossary (F1), so a student can look it up."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2] / "scenarios"
# the words of the system a student cannot be expected to know, as they appear in the texts
# (stems: "geborgd" is found by "borg"), and the glossary id that explains each
JARGON = {
    "mandaat": "mandaat", "doorzettingsmacht": "doorzettingsmacht", "lumpsum": "lumpsum",
    "aanbesteding": "aanbesteding", "consultatiefunctie": "consultatiefunctie",
    "borg": "borgen", "ravijnjaar": "ravijnjaar", "betaaltitel": "betaaltitel",
    "schotten": "schotten", "wmo": "wmo", "zvw": "zvw", "wlz": "wlz", "avg": "avg",
    "keukentafelgesprek": "keukentafelgesprek", "mdo": "mdo", "wams": "wams",
    "sociale kaart": "sociale_kaart", "mantelzorg": "mantelzorger",
    "welzijn op recept": "welzijn_op_recept", "herstelacademie": "herstelacademie",
    "ervaringsdeskundig": "ervaringsdeskundige", "brugfunctionaris": "brugfunctionaris",
    "jeugdwet": "jeugdwet", "wpg": "wpg", "wet publieke gezondheid": "wpg", "wgs": "wgs",
    "wet gemeentelijke schuldhulp": "wgs", "nza": "nza", "slingerbeweging": "slingerbeweging",
    "preventieparadox": "preventieparadox",
}


def dutch_texts(node: Any) -> list[str]:
    """Every Dutch player text in a YAML tree (the ``nl`` of each text)."""
    out: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "nl" and isinstance(v, str):
                out.append(v)
            else:
                out.extend(dutch_texts(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(dutch_texts(v))
    return out


def test_every_policy_word_on_a_card_is_in_the_glossary() -> None:
    glossary = yaml.safe_load((ROOT / "catalogue" / "glossary.yaml").read_text(encoding="utf-8"))
    ids = {t["id"] for t in glossary["terms"]}
    files = [p for p in sorted(ROOT.glob("*.yaml")) + sorted((ROOT / "catalogue").glob("*.yaml"))
             if p.name != "glossary.yaml"]
    texts = " ".join(t for p in files
                     for t in dutch_texts(yaml.safe_load(p.read_text(encoding="utf-8")))).lower()
    met = {word for word in JARGON if re.search(r"\b" + re.escape(word), texts)}
    assert {"mandaat", "lumpsum", "ravijnjaar", "borg", "jeugdwet",
            "wet gemeentelijke schuldhulp", "nza", "slingerbeweging",
            "preventieparadox"} <= met, "the texts changed: check JARGON"
    missing = sorted(f"{word} (expected id {JARGON[word]})" for word in met
                     if JARGON[word] not in ids)
    assert not missing, f"words in the texts without a glossary entry: {missing}"
