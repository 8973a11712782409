"""Issue 12: a budget's name already carries its payer in brackets ("Zvw (zorgverzekeraar)", "Gemeente (Jeugdwet)"), so a
sentence must never put it in brackets again ("(Wmo (gemeente))")."""

from __future__ import annotations

import re
import string

import pytest

from game.lang import CATALOGUES, pot_law_name

POT_FIELDS = {"pot", "payer", "saver", "from_pot", "to_pot"}
NESTED = re.compile(r"\([^()]*\(")


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_a_budget_name_is_never_bracketed_twice(lang: str) -> None:
    # the gemeente's pot names its law in brackets ("Gemeente (Jeugdwet)")
    name = pot_law_name("wmo", "jeugdwet", lang)
    assert "(" in name, "the test assumes a budget's name has brackets"
    bad = []
    for key, template in CATALOGUES[lang].items():
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        if not fields & POT_FIELDS:
            continue
        text = template
        for f in fields:
            text = text.replace("{" + f + "}", name if f in POT_FIELDS else "x")
        if NESTED.search(text):
            bad.append(f"{key}: {text}")
    assert not bad, "\n".join(bad)
