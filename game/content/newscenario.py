"""``krachtenveld new-scenario NAME``: write a commented starting file for a new casus.

The file is a small but complete casus (three problems, signals, a wish, a network, four
endings) that validates and plays as it is, with a comment at every section that says what
to change and where the guide (docs/scenario-format.md, installed with the game: see
``krachtenveld guide``) explains it. The file goes to the user's own casus folder by default. A teacher copies the
shape, replaces the texts and numbers, and checks the file with ``krachtenveld validate``.

The command (``cmd_new_scenario`` in game/cli.py, which words it in the user's language)
never overwrites a file that exists.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")

# The starting casus. ``__ID__`` is replaced by the casus id; nothing else changes, so the
# file is the same for every id and is tested once (tests/content/test_new_scenarios.py).
TEMPLATE = """\
# yaml-language-server: $schema=__SCHEMA__
#
# A new casus for Krachtenveld, written by `krachtenveld new-scenario __ID__`.
# It validates and plays as it is. Change it step by step, and check it after every step:
#
#   krachtenveld validate THIS_FILE
#   krachtenveld play --text --scenario THIS_FILE --no-handover
#   krachtenveld simulate --scenario THIS_FILE --games 500 --seed 1
#
# The guide explains every key (section numbers below); its last chapter walks from a real
# case to a playable casus. Open it with `krachtenveld guide format --open`; it is
# installed at
#   __GUIDE__
# Texts: Dutch first (B1: short sentences, everyday words), then English. Everything after #
# is a comment: the game ignores it, so delete these comments when you no longer need them.

format: 6               # the newest rules: WGBO sharing, told health changes, no good ending
                        # while the web fell, who pays follows the laws, help must fit the
                        # wish (guide 3.1, "Format 3", "Format 4", "Format 5", "Format 6")
id: __ID__              # the casus's name in commands; keep it equal to the file name

# --- the cover (guide 3.1) -------------------------------------------------------------
title:
  nl: "Sam: steeds weer moe"
  en: "Sam: tired again and again"
inwoner: Sam            # the name players see
pronouns: die           # hij, zij, die (neutral) or meervoud (two or more people)
age: 58
summary:                # one or two sentences for the list of casussen
  nl: Sam is 58 en woont alleen. Sam komt vaak bij de huisarts omdat Sam moe is. Wat is er echt aan de hand?
  en: Sam is 58 and lives alone. Sam often visits the GP for being tired. What is really going on?
story:                  # what every player reads at the start: only what the first professional sees
  nl: >
    Sam is 58 en woont alleen in een flat. Sam is al maanden moe en heeft hier en daar
    pijn. De huisarts vindt niets. Sam komt toch steeds terug op het spreekuur.
  en: >
    Sam is 58 and lives alone in a flat. Sam has been tired for months and has aches here
    and there. The GP finds nothing. Yet Sam keeps coming back to the surgery.
simplified:             # what the game makes simpler than practice (the teacher's card)
  - nl: In het spel doet de huisarts het onderzoek naar de moeheid alleen. In het echt helpt vaak een praktijkondersteuner.
    en: In the game the GP looks into the tiredness alone. In practice a practice nurse often helps.
epilogue:               # the real story behind the casus, shown in the debrief
  nl: >
    Sam is verzonnen. Schrijf hier het echte verhaal: wat er in de praktijk gebeurde, en
    welk initiatief hielp. Noem de bron in 'sources'.
  en: >
    Sam is invented. Write the real story here: what happened in practice, and which
    initiative helped. Name the source in 'sources'.
sources:                # the documents the casus rests on (docs/sources.md)
  - 004_7d6c601b4000df11.txt
learning_goals: [L1, L3, L8]   # the lessons most at play (guide 4.1)
playing_time: 45        # minutes for a class game
rounds: 8               # a round is about two weeks of Sam's life

# --- how the game begins (guide 3.2) -----------------------------------------------------
start:
  health:               # the spider web: all six dimensions, 0-10
    lichaamsfuncties: 5
    mentaal_welbevinden: 5
    zingeving: 4
    kwaliteit_van_leven: 5
    meedoen: 3
    dagelijks_functioneren: 6
  trust:                # trust of Sam in each professional, 0-3 (left out: 0)
    huisarts: 1
  pots:                 # money per pot: zvw (insurer), wmo (municipality), wlz (long-term care)
    zvw: 40
    wmo: 30
    wlz: 10

# --- what is going on (guide 3.3) --------------------------------------------------------
# A problem drains health every round from severity 3 and grows when nobody treats it.
# `kind` decides which cards treat it: use a kind from guide 5.1 (or add your own cards).
problems:
  - id: moe
    name: {nl: Moe en pijn, en: Tired and aching}
    text:
      nl: Sam is moe en heeft pijn. Een consult helpt even.
      en: Sam is tired and aching. A consultation helps for a while.
    kind: lichamelijk
    domain: medisch
    severity: 2
    known_to: [huisarts, inwoner]   # who knows it at the start
    drains: [lichaamsfuncties]
    grow_every: 3

  - id: alleen
    name: {nl: Alleen, en: Alone}
    text:
      nl: Sinds Sam niet meer werkt, ziet Sam bijna niemand. De dagen zijn lang.
      en: Since Sam stopped working, Sam hardly sees anyone. The days are long.
    kind: eenzaamheid
    domain: sociaal
    severity: 3
    known_to: [inwoner]             # hidden: only Sam knows
    sensitivity: 1                  # Sam tells it only to someone with trust 1 or more
    drains: [meedoen, mentaal_welbevinden]
    grow_every: 3
    feeds: [moe]                    # at 4 or more, 'moe' grows twice as fast
    gp_visits: true                 # until the social domain addresses it: a GP visit every round

  - id: rekeningen
    name: {nl: Onbetaalde rekeningen, en: Unpaid bills}
    text:
      nl: Er liggen rekeningen die Sam niet kan betalen. Sam schaamt zich.
      en: There are bills Sam cannot pay. Sam is ashamed.
    kind: schulden
    domain: sociaal
    severity: 3
    known_to: [inwoner]
    sensitivity: 2                  # shame: trust 2 is needed
    drains: [kwaliteit_van_leven]
    grow_every: 3
    escalation:                     # what happens at severity 5 (guide 3.3)
      name: {nl: Uit huis gezet, en: Evicted}
      text:
        nl: De huur is maanden niet betaald. Sam moet het huis uit.
        en: The rent has not been paid for months. Sam has to leave the flat.
      pot: wmo
      cost: 15
      ending: uit_huis              # this crisis ends the game at once

# --- clues that actions find (guide 3.4) -------------------------------------------------
signals:
  - id: stille_flat
    problem: alleen
    text:
      nl: Er hangt geen enkele kaart op de koelkast. De telefoon gaat de hele ochtend niet.
      en: Not a single card hangs on the fridge. The phone does not ring all morning.
    found_by: [huisbezoek, erop_af]  # action ids from the catalogue (guide 5.1)
  - id: stapel_post
    problem: rekeningen
    text:
      nl: Bij de deur ligt een stapel dichte enveloppen. Bovenop ligt een aanmaning.
      en: By the door lies a pile of closed envelopes. On top is a payment reminder.
    found_by: [huisbezoek, keukentafelgesprek]
    min_trust: 1

# --- what Sam wants (guide 3.5) ----------------------------------------------------------
wish:
  text:
    nl: "Ik wil weer ergens bij horen."
    en: "I want to belong somewhere again."
  min_trust: 1
  dims: [meedoen]       # the wish is met when a professional knows it and these are 6 or more
  threshold: 6

# --- Sam's own people and the neighbourhood (guide 3.6) ----------------------------------
network:
  - id: buurthuis
    name: {nl: Het buurthuis, en: The community centre}
    text:
      nl: Om de hoek is een buurthuis met koffie, een klusgroep en een wandelclub.
      en: Around the corner is a community centre with coffee, a repair group and a walking club.
    kind: buurthuis
    community: true       # part of the sociale basis
    min_trust: 1          # a professional offers it; Sam needs trust 1 in that professional
    per_round:
      - treat: {kind: eenzaamheid, by: -1}
      - health: {dim: meedoen, by: 1}
  - id: broer
    name: {nl: Broer Kees, en: Brother Kees}
    text:
      nl: Kees woont in de buurt. Ze hebben weinig contact, maar hij wil best helpen.
      en: Kees lives nearby. They are not in touch much, but he is willing to help.
    kind: familie
    self_activate: true   # Sam can call him alone
    per_round:
      - health: {dim: kwaliteit_van_leven, by: 1}

# --- how the game can end (guide 3.7) ----------------------------------------------------
# End endings are checked after the last round, best first; the first whose condition
# holds is the result. The last ending has no condition: it is the fallback.
endings:
  - id: weer_erbij
    rank: best
    name: {nl: Weer erbij, en: Belonging again}
    text:
      nl: Sam gaat elke week naar het buurthuis. De rekeningen worden aangepakt. Sam komt minder bij de huisarts.
      en: Sam goes to the community centre every week. The bills are being tackled. Sam sees the GP less.
    condition:
      all:
        - wish_met: true
        - addressed: alleen
        - severity_at_most: {problem: rekeningen, value: 2}
  - id: rekeningen_geregeld
    rank: good
    name: {nl: De rekeningen geregeld, en: The bills sorted}
    text:
      nl: De rekeningen worden aangepakt. Maar Sam is nog veel alleen.
      en: The bills are being tackled. But Sam is still alone a lot.
    condition:            # real help with the bills, not one move (guide 3.9)
      all:
        - addressed: rekeningen
        - severity_at_most: {problem: rekeningen, value: 1}
  - id: uit_huis
    rank: bad
    when: immediate       # reached through the escalation of 'rekeningen'
    name: {nl: Uit huis gezet, en: Evicted}
    text:
      nl: Sam is het huis kwijt. De schulden waren te lang een geheim.
      en: Sam has lost the flat. The debts were a secret for too long.
  - id: ingestort
    rank: bad
    when: end             # (format 3) the game ends here when the web has collapsed
    name: {nl: Het gaat niet meer, en: It has fallen apart}
    text:
      nl: Sam zit thuis en doet bijna niets meer. Niemand zag op tijd hoe slecht het ging.
      en: Sam sits at home and hardly does anything any more. Nobody saw in time how bad it was.
    condition:
      all:
        - health_at_most: {dim: meedoen, value: 1}
        - health_at_most: {dim: mentaal_welbevinden, value: 1}
  - id: nog_moe
    rank: neutral
    name: {nl: Nog steeds moe, en: Still tired}
    text:
      nl: Sam komt nog steeds bij de huisarts. Wat er achter de moeheid zit, heeft niemand gezien.
      en: Sam still comes to the GP. Nobody saw what is behind the tiredness.

# Optional (guide 3.8 and 3.10): `deck:` to choose the force cards, and `actions:`,
# `arrangements:` and `forces:` for cards that only this casus has.
"""


def template(name: str) -> str:
    """The starting file for a casus with this id."""
    if not ID_PATTERN.match(name):
        raise ValueError(f"'{name}' is not an id")
    from game import paths

    docs = paths.docs_dir()
    return (TEMPLATE.replace("__ID__", name)
            .replace("__SCHEMA__", (docs / "schema" / "casus.schema.json").resolve().as_uri())
            .replace("__GUIDE__", str((docs / "scenario-format.md").resolve())))


def slug(text: str) -> str:
    """A valid id close to what someone typed: 'Mevrouw Özdemir-2' -> 'mevrouw_ozdemir_2'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")
    if out and not out[0].isalpha():
        out = f"casus_{out}"
    return out or "mijn_casus"


def target_path(name: str, out: str | Path | None = None, cwd: Path | None = None) -> Path:
    """Where the file goes: ``--out`` (a file, or a folder to put NAME.yaml in), else
    ``NAME.yaml`` in the user's own casus folder (``krachtenveld scenarios --folder``), which
    the game reads beside the shipped casussen."""
    from game import paths

    base = Path.cwd() if cwd is None else cwd
    if out is None:
        return paths.user_scenarios_dir() / f"{name}.yaml"
    path = Path(out)
    if not path.is_absolute():
        path = base / path
    if path.is_dir() or str(out).endswith(("/", "\\")):
        return path / f"{name}.yaml"
    return path


def write_new_scenario(name: str, out: str | Path | None = None, cwd: Path | None = None) -> Path:
    """Write the starting file and return its path.

    Raises ValueError for a name that is not an id, FileExistsError when the file exists
    (it is never overwritten)."""
    text = template(name)
    path = target_path(name, out, cwd)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as f:  # "x": fail if it exists
        f.write(text)
    return path
