"""A tiny, valid catalogue and casus written as YAML text, for the content tests.

The texts are written by hand (not dumped) so the tests can point at exact lines. ``write``
puts them in a folder laid out like scenarios/: ``<dir>/mini.yaml`` and ``<dir>/catalogue/``.
"""

from __future__ import annotations

from pathlib import Path

ACTIONS = """\
format: 1
actions:
  - id: consult
    role: huisarts
    name: {nl: Consult, en: Consultation}
    text: {nl: Een consult., en: A consultation.}
    cost: {time: 1, pot: zvw, money: 1}
    effects:
      - ask: medisch
  - id: voorschrijven
    role: huisarts
    name: {nl: Voorschrijven, en: Prescribe}
    text: {nl: Pillen., en: Pills.}
    effects:
      - treat: {kind: psychisch, by: -1}
  - id: huisbezoek
    role: wijkverpleegkundige
    name: {nl: Huisbezoek, en: Home visit}
    text: {nl: Op bezoek., en: A visit.}
    effects:
      - ask: medisch
  - id: keukentafelgesprek
    role: sociaal_werker
    name: {nl: Keukentafelgesprek, en: Kitchen-table talk}
    text: {nl: Praten., en: Talking.}
    requires:
      - trust_at_least: 1
    effects:
      - ask: alles
      - ask_wish: true
  - id: schuldhulp
    role: sociaal_werker
    op: bied_aan
    arrangement: schuldhulpverlening
    name: {nl: Schuldhulp, en: Debt help}
    text: {nl: Hulp bij schulden., en: Help with debts.}
  - id: rusten
    role: inwoner
    name: {nl: Rusten, en: Rest}
    text: {nl: Even rust., en: Some rest.}
    effects:
      - health: {dim: mentaal_welbevinden, by: 1}
  - {id: klaar, role: huisarts, op: klaar, name: {nl: Klaar, en: Done}, text: {nl: k, en: d}}
  - {id: klaar, role: wijkverpleegkundige, op: klaar, name: {nl: Klaar, en: Done},
     text: {nl: k, en: d}}
  - {id: klaar, role: sociaal_werker, op: klaar, name: {nl: Klaar, en: Done},
     text: {nl: k, en: d}}
  - {id: klaar, role: inwoner, op: klaar, name: {nl: Klaar, en: Done}, text: {nl: k, en: d}}
arrangements:
  - id: schuldhulpverlening
    name: {nl: Schuldhulpverlening, en: Debt counselling}
    text: {nl: Een plan voor de schulden., en: A plan for the debts.}
    pot: wmo
    cost_per_round: 1
    wait: 1
    per_round:
      - treat: {kind: schulden, by: -1}
"""

FORCES = """\
format: 1
forces:
  - id: schotten
    kind: belemmerend
    area: "3.2"
    name: {nl: Schotten, en: Walls}
    text: {nl: Geld zit in potjes., en: Money sits in pots.}
    duration: 3
    modifiers:
      flags: [schotten]
      block: [schuldhulp]
    reflection: {nl: "Wat zie je?", en: "What do you see?"}
  - id: subsidie
    kind: bevorderend
    area: "3.5"
    name: {nl: Subsidie, en: Grant}
    text: {nl: Geld voor een project., en: Money for a project.}
    choice:
      question: {nl: "Subsidie aanvragen?", en: "Apply for the grant?"}
      yes:
        label: {nl: Ja, en: "Yes"}
        effects:
          - pot: {pot: wmo, by: 5}
      no:
        label: {nl: Nee, en: "No"}
    reflection: {nl: "Wie betaalt?", en: "Who pays?"}
"""

MODELS = """\
format: 1
models:
  - id: netwerkmodel
    name: {nl: Netwerkmodel, en: Network model}
    text: {nl: Los van elkaar., en: Apart.}
    strength: {nl: Vrij., en: Free.}
    weakness: {nl: Los., en: Loose.}
    relations: 1
  - id: brugfunctiemodel
    name: {nl: Brugfunctiemodel, en: Bridge model}
    text: {nl: Een brug., en: A bridge.}
    strength: {nl: Snel., en: Fast.}
    weakness: {nl: Kwetsbaar., en: Fragile.}
    relations: 1
    relations_override: {huisarts+sociaal_werker: 2}
    modifiers: {flags: [brugfunctionaris]}
  - id: teammodel
    name: {nl: Teammodel, en: Team model}
    text: {nl: Een team., en: A team.}
    strength: {nl: Samen., en: Together.}
    weakness: {nl: Duur., en: Costly.}
    relations: 2
  - id: gemeenschapsmodel
    name: {nl: Gemeenschapsmodel, en: Community model}
    text: {nl: De wijk., en: The neighbourhood.}
    strength: {nl: Dichtbij., en: Close.}
    weakness: {nl: Traag., en: Slow.}
    relations: 0
"""

CASUS = """\
format: 1
id: mini
title: {nl: Mini, en: Mini}
inwoner: Mo
age: 50
summary: {nl: Mo heeft het zwaar., en: Mo has a hard time.}
story: {nl: Een kort verhaal., en: A short story.}
epilogue: {nl: Zo liep het af., en: This is how it ended.}
rounds: 4
start:
  health:
    lichaamsfuncties: 5
    mentaal_welbevinden: 5
    zingeving: 5
    kwaliteit_van_leven: 5
    meedoen: 4
    dagelijks_functioneren: 5
  trust: {huisarts: 1}
  pots: {zvw: 30, wmo: 20, wlz: 20}
problems:
  - id: depressie
    name: {nl: Depressie, en: Depression}
    text: {nl: Somber., en: Low.}
    kind: psychisch
    domain: medisch
    severity: 3
    known_to: [huisarts, inwoner]
    drains: [mentaal_welbevinden]
    escalation:
      name: {nl: Opname, en: Admission}
      text: {nl: Crisis., en: Crisis.}
      pot: zvw
      cost: 20
      ending: crisis
  - id: schulden
    name: {nl: Schulden, en: Debts}
    text: {nl: Rekeningen., en: Bills.}
    kind: schulden
    domain: sociaal
    severity: 3
    known_to: [inwoner]
    sensitivity: 2
    drains: [kwaliteit_van_leven]
    feeds: [depressie]
signals:
  - id: post
    problem: schulden
    text: {nl: Ongeopende post., en: Unopened mail.}
    found_by: [huisbezoek]
wish:
  text: {nl: Meedoen., en: Taking part.}
  dims: [meedoen]
network:
  - id: zus
    name: {nl: Zus, en: Sister}
    text: {nl: Zijn zus., en: His sister.}
    kind: familie
    per_round:
      - health: {dim: zingeving, by: 1}
endings:
  - id: crisis
    rank: bad
    name: {nl: Crisis, en: Crisis}
    text: {nl: Opname., en: Admission.}
    when: immediate
  - id: goed
    rank: best
    name: {nl: Goed, en: Good}
    text: {nl: Het gaat goed., en: It goes well.}
    condition:
      all:
        - wish_met: true
        - severity_at_most: {problem: schulden, value: 2}
  - id: matig
    rank: neutral
    name: {nl: Matig, en: So-so}
    text: {nl: Het gaat matig., en: It goes so-so.}
deck: [schotten, subsidie]
"""


def write(folder: Path, casus: str = CASUS, actions: str = ACTIONS, forces: str = FORCES,
          models: str = MODELS, name: str = "mini.yaml") -> Path:
    """Lay out a scenarios folder in ``folder``; returns the casus file."""
    cat = folder / "catalogue"
    cat.mkdir(parents=True, exist_ok=True)
    (cat / "actions.yaml").write_text(actions, encoding="utf-8")
    (cat / "forces.yaml").write_text(forces, encoding="utf-8")
    (cat / "models.yaml").write_text(models, encoding="utf-8")
    path = folder / name
    path.write_text(casus, encoding="utf-8")
    return path


def line_of(text: str, fragment: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line containing ``fragment``."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if fragment in line]
    return hits[nth - 1]
