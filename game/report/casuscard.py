"""``krachtenveld teacher-card [CASUS ...] [--lang nl|en] [--out FILE]``: the teacher's card of
a casus, one printable page (HTML, inline CSS, nothing fetched): the story in short, what the
players do not know at the start (the hidden problems, who knows what, how much trust it
takes), the signals and which moves find them, the wish, the network, the endings, the
lessons, and what the game simplifies compared to real practice (the casus' own
``simplified`` list and what holds for every casus).

It shows every secret of the casus: it is for the teacher, before or after the game.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from game.engine.defs import Scenario
from game.lang import dim_name, name_of, role_name, role_scope, t, team_label

GENERAL = ("blocks", "one_person", "round", "consent", "pots")  # card.general_<key>
RANKS = ("best", "good", "neutral", "bad")

CSS = """
:root { --ink: #1d2330; --muted: #5a6270; --line: #d5d8dc; --accent: #1f6fb2; --soft: #f4f6f8; }
* { box-sizing: border-box; }
html { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial,
  sans-serif; color: var(--ink); line-height: 1.35; font-size: 13px; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.2rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.05rem; margin: .8rem 0 .25rem; color: var(--accent); }
p { margin: .2rem 0 .4rem; }
.secret { border: 2px solid #b03a2e; color: #b03a2e; padding: .2rem .5rem; font-weight: 600;
  display: inline-block; margin: .2rem 0 .4rem; }
.warn { border-left: 4px solid #b35900; background: #fff4e5; padding: .2rem .6rem; }
table { border-collapse: collapse; width: 100%; margin: .2rem 0 .4rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .2rem .35rem; text-align: left;
  vertical-align: top; }
th { background: var(--soft); }
ul { margin: .1rem 0 .3rem; padding-left: 1.1rem; }
.muted { color: var(--muted); }
@page { size: A4; margin: 12mm; }
@media print { body { padding: 0; max-width: none; } section { break-inside: avoid; } }
"""


def card_html(sc: Scenario, lang: str = "nl") -> str:
    """The teacher's card of this casus as one self-contained HTML page."""
    c = sc.casus
    name = c.name_in(lang)

    def w(key: str, **kw: object) -> str:
        return escape(t(f"card.{key}", lang, **kw))

    def roles(ids: Sequence[str]) -> str:
        return ", ".join(role_name(r, lang, sc) for r in ids)

    parts = [f"<h1>{escape(str(c.title.get(lang)))}</h1>",
             f'<p class="secret">{w("secret")}</p>',
             f"<p>{escape(str(c.summary.get(lang)))}</p>",
             f'<p class="muted">{w("facts", age=c.age, rounds=c.rounds, minutes=c.playing_time)}</p>']
    if c.content_warning is not None:
        parts.append(f'<p class="warn">{w("warning", x=str(c.content_warning.get(lang)))}</p>')
    # what makes this casus unlike the others: its central tension and its own rules
    own = [str(c.tension.get(lang))] if c.tension is not None else []
    if c.decline:
        own.append(t("card.decline", lang, n=name, every=c.decline_every,
                     dims=", ".join(dim_name(d, lang) for d in c.decline)))
    if c.energy_cycle:
        own.append(t("card.energy_cycle", lang, n=name,
                     cycle=", ".join(str(e) for e in c.energy_cycle)))
    if c.trust_through is not None:
        own.append(t("card.trust_through", lang, max=c.trust_without,
                     x=name_of(sc, c.trust_through, lang, "network")))
    for p in c.problems:
        x = str(p.name.get(lang))
        if p.window is not None:
            own.append(t("card.window", lang, x=x, r=p.window))
        if p.looks_like is not None:
            own.append(t("card.looks_like", lang, x=x,
                         y=name_of(sc, p.looks_like, lang, "problem")))
        if p.deadline is not None:
            own.append(t("card.deadline", lang, x=x, r=p.deadline.round,
                         name=str(p.deadline.name.get(lang))))
    for n in c.network:
        if n.strained_by is not None:
            own.append(t("card.strained", lang, x=str(n.name.get(lang)), at=n.strained_by.at,
                         y=name_of(sc, n.strained_by.problem, lang, "problem")))
    if own:
        parts.append(f"<section><h2>{w('tension')}</h2>"
                     + "".join(f"<p>{escape(x)}</p>" for x in own) + "</section>")
    # what the players do not know at the start
    rows = []
    for p in c.problems:
        others = [r for r in p.known_to if r != "inwoner"]
        if "inwoner" in p.known_to:
            knows = (t("card.and", lang, n=name, x=roles(others)) if others
                     else t("card.nobody", lang, n=name))
        else:
            knows = roles(others) if others else t("card.not_even", lang, n=name)
        rows.append("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in (
            str(p.name.get(lang)), knows, t("card.trust_need", lang, n=p.sensitivity),
            ", ".join(dim_name(d, lang) for d in p.drains) or "–")) + "</tr>")
    parts.append(f"<section><h2>{w('problems')}</h2><table><tr>"
                 + "".join(f"<th>{w(h)}</th>" for h in ("col_problem", "col_knows",
                                                        "col_trust", "col_drains"))
                 + "</tr>" + "".join(rows) + "</table></section>")
    # the signals and the moves that find them
    items = []
    for s in c.signals:
        moves = ", ".join(action_name(sc, a, lang) for a in s.found_by)
        items.append(f"<li>{escape(str(s.text.get(lang)))} <span class=\"muted\">"
                     f"({w('signal_of', problem=name_of(sc, s.problem, lang, 'problem'), moves=moves)})"
                     "</span></li>")
    if items:
        parts.append(f"<section><h2>{w('signals')}</h2><ul>{''.join(items)}</ul></section>")
    parts.append(f"<section><h2>{w('wish')}</h2><p>{escape(str(c.wish.text.get(lang)))}</p>"
                 f'<p class="muted">{w("wish_how", n=name, trust=c.wish.min_trust)}</p></section>')
    if c.network:
        net = [f"<li>{escape(str(n.name.get(lang)))}"
               + (f" <span class=\"muted\">({w('active')})</span>" if n.active else "")
               + "</li>" for n in c.network]
        parts.append(f"<section><h2>{w('network')}</h2><ul>{''.join(net)}</ul></section>")
    ends = [f"<li><b>{w('rank_' + e.rank)}</b>: {escape(str(e.name.get(lang)))}</li>"
            for rank in RANKS for e in c.endings if e.rank == rank]
    parts.append(f"<section><h2>{w('endings')}</h2><ul>{''.join(ends)}</ul></section>")
    if c.learning_goals:
        goals = "".join(f"<li>{escape(name_of(sc, g, lang, 'lesson'))}</li>"
                        for g in c.learning_goals)
        parts.append(f"<section><h2>{w('lessons')}</h2><ul>{goals}</ul></section>")
    # a role another professional carries in this casus: who she is and what she does
    carried = [(team_label(r, lang, sc), role_scope(sc, r, lang)) for r in c.roles]
    if carried:
        parts.append(f"<section><h2>{w('roles')}</h2><ul>" + "".join(
            f"<li><b>{escape(who)}</b>" + (f": {escape(scope)}" if scope else "") + "</li>"
            for who, scope in carried) + "</ul></section>")
    simple = [str(x.get(lang)) for x in c.simplified] + [
        t(f"card.general_{k}", lang) for k in GENERAL]
    parts.append(f"<section><h2>{w('simplified')}</h2><ul>"
                 + "".join(f"<li>{escape(x)}</li>" for x in simple) + "</ul></section>")
    title = escape(t("card.title", lang, n=name))
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")


def action_name(sc: Scenario, action_id: str, lang: str) -> str:
    """The name players read for an action id (the first role's card of that id)."""
    d = next((d for d in sc.actions.values() if d.id == action_id), None)
    return str(d.name.get(lang)) if d is not None else action_id


def cmd_teacher_card(args: argparse.Namespace) -> int:
    from game.content import ContentErrors, list_scenarios, load_scenario
    from game.lang import error_text
    from game.store.saves import write_shared_text

    lang = args.lang
    ids = args.casus or [c.id for c in list_scenarios(strict=False)]
    if args.out and len(ids) > 1 and not Path(args.out).is_dir():
        print(t("cli.card_out_folder", lang), file=sys.stderr)
        return 2
    for cid in ids:
        try:
            sc = load_scenario(cid)
        except (ContentErrors, FileNotFoundError) as e:
            print(t("cli.error", lang, why=error_text(e, lang)), file=sys.stderr)
            return 1
        out = Path(args.out) if args.out else Path(t("file.card", lang, id=sc.id))
        if out.is_dir():
            out = out / t("file.card", lang, id=sc.id)
        try:
            write_shared_text(out, card_html(sc, lang), prefix=".card-")
        except OSError as e:
            print(t("cli.cannot_write", lang, path=out, why=e), file=sys.stderr)
            return 1
        print(out)
    print(t("cli.card_secret", lang), file=sys.stderr)
    return 0


def add_parser(sub: Any, lang: str = "nl") -> None:
    p = sub.add_parser("teacher-card", help=t("help.teacher_card", lang),
                       description=t("help.teacher_card_about", lang))
    p.add_argument("casus", nargs="*", metavar="CASUS", help=t("help.teacher_card.casus", lang))
    p.add_argument("--out", metavar="PATH", help=t("help.teacher_card.out", lang))
    p.add_argument("--lang", default="nl", choices=["nl", "en"], help=t("help.lang", lang))
    p.set_defaults(func=cmd_teacher_card)
