"""The debrief as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts,
no fonts or images to fetch. It prints on A4 with each DATA part on its own page.

Every text that comes from the game, the content or the teams goes through ``escape``
(``html.escape`` without bidi override characters, game.store.safetext).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from game.engine.defs import POTS
from game.lang import name_of, pot_name, team_label
from game.lang import t as lang_t
from game.lang.intentions import split_intentions
from game.report import charts
from game.report.texts import ROLES
from game.report.whatif_html import section_html
from game.store.safetext import html_escape as escape

CSS = """
.notice { border-left: 4px solid #b35900; padding: .4em .8em; background: #fff4e5; }
:root { --ink: #1d2330; --muted: #5a6270; --line: #d5d8dc; --accent: #1f6fb2;
  --bad: #b03a2e; --good: #2e8b57; --warn: #e67e22; --soft: #f4f6f8; }
* { box-sizing: border-box; }
html { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial,
  sans-serif; color: var(--ink); line-height: 1.45; font-size: 15px; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.45rem; margin: 0 0 .6rem; color: var(--accent); }
h3 { font-size: 1.12rem; margin: 1.2rem 0 .4rem; }
h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
p { margin: .3rem 0 .6rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted);
  font-size: .8rem; margin: 0; }
.muted, .src, .why { color: var(--muted); font-size: .88rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .8rem 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left;
  vertical-align: top; }
th { background: var(--soft); }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.ending { border-left: 6px solid var(--accent); background: var(--soft); padding: .6rem .9rem;
  margin: .8rem 0; }
.rank-best, .rank-good { border-color: var(--good); }
.rank-bad { border-color: var(--bad); }
.rank-neutral { border-color: var(--warn); }
.badge { display: inline-block; border-radius: .3rem; padding: 0 .4rem; font-size: .8rem;
  background: var(--soft); border: 1px solid var(--line); white-space: nowrap; }
.badge.belemmerend { color: #fff; background: var(--bad); border-color: var(--bad); }
.badge.bevorderend { color: #fff; background: var(--good); border-color: var(--good); }
.private { color: var(--muted); font-style: italic; }
ul.events { margin: 0; padding-left: 1.1rem; }
ul.events li { margin: 0; }
figure { margin: .6rem 0 1rem; break-inside: avoid; }
figcaption { color: var(--muted); font-size: .88rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
td.missing { background: #fbe3e0; color: var(--bad); font-weight: 600; }
td.known { background: #e8f4ec; }
td.needed-known { background: #d4ecdc; font-weight: 600; }
.via { display: block; color: var(--muted); font-size: .78rem; font-weight: normal; }
.round { border-top: 2px solid var(--line); margin-top: 1rem; padding-top: .3rem; }
.round h3 { margin-top: .4rem; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.question { break-inside: avoid; margin: .2rem 0 .8rem; }
.question p { margin: .1rem 0; }
blockquote.epilogue { margin: .6rem 0; padding: .6rem 1rem; background: var(--soft);
  border-left: 6px solid var(--good); }
.answer { white-space: pre-wrap; border: 1px solid var(--line); padding: .6rem .8rem;
  background: #fff; }
.write-lines { height: 7.5rem; border: 1px solid var(--line); background:
  repeating-linear-gradient(#fff, #fff 1.45rem, #c9ced6 1.45rem, #c9ced6 1.5rem); }
nav.toc ol { margin: .2rem 0; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: .6rem; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  section.part { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .round { break-inside: auto; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  .cols { grid-template-columns: 1fr 1fr; }
}
@media (max-width: 40rem) { .cols { grid-template-columns: 1fr; } }
"""


def render_html(d: Mapping[str, Any], generated: str = "", version: str = "") -> str:
    """The whole report as one HTML document (a string)."""
    lang = d.get("lang", "nl")
    r = _R(lang, d.get("meta", {}).get("roles"))
    meta = d["meta"]
    title = f"{r.t('doc')}: {meta['title']}"
    body = [
        _cover(r, d, generated),
        *(f'<p class="notice">{r.e("content_" + n["code"], file=n.get("file", ""))}</p>'
          for n in d.get("content_notices", ())),
        _summary(r, d),
        _description(r, d, rounds=False),
        _analysis(r, d),
        section_html(d.get("what_if") or [], lang),
        _transfer(r, d),
        _application(r, d),
        _description(r, d, rounds=True),
        _footer(r, d, version),
    ]
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


class _R:
    """Small helpers bound to one language."""

    def __init__(self, lang: str, roles: Mapping[str, str] | None = None) -> None:
        self.lang = lang
        self.roles = dict(roles or {})  # the roles' names in this casus (the debrief's)

    def role(self, role: str) -> str:
        return self.roles.get(role) or team_label(role, self.lang)

    def t(self, key: str, **kw: Any) -> str:
        return lang_t(f"report.{key}", self.lang, **kw)

    def e(self, key: str, **kw: Any) -> str:
        return escape(self.t(key, **kw))


def _yes(r: _R, v: bool) -> str:
    return r.e("yes") if v else r.e("no")


def _cover(r: _R, d: Mapping[str, Any], generated: str) -> str:
    meta, res = d["meta"], d["result"]
    lang = r.lang
    rows = [(r.t("model"), meta["model_name"]),
            (r.t("difficulty"), difficulty_name(meta["difficulty"], lang)),
            (r.t("seed"), str(meta["seed"])),
            (r.t("rounds_played"), f"{res['rounds_played']} / {res['rounds']}"),
            (r.t("moves"), str(meta["actions"]))]
    if generated:
        rows.insert(0, (r.t("date"), generated))
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    teams = "".join(
        f"<tr><td>{escape(r.role(role))}</td>"
        f"<td>{escape(meta['team_names'].get(role, '') or '–')}</td>"
        f"<td>{r.e('bot') if role in meta['bots'] else r.e('human')}</td></tr>"
        for role in ROLES)
    if res["over"]:
        ending = (f'<div class="ending rank-{escape(str(res["rank"]))}">'
                  f"<h2>{r.e('ending')}: {escape(res['ending_name'])} "
                  f'<span class="badge">{escape(res["rank_name"])}</span></h2>'
                  f"<p>{escape(res['ending_text'])}</p></div>")
    else:
        ending = f'<div class="ending"><h2>{r.e("unfinished")}</h2></div>'
    counters = "".join(f"<li>{escape(c['name'])}: {c['value']}</li>"
                       for c in res["counters"].values())
    secured = ", ".join(a["name"] for a in res["secured"]) or r.t("none")
    falls = ", ".join(a["name"] for a in res["falls_over"]) or r.t("none")
    gain = res["health_gain"]
    scores = (f"<ul><li>{r.e('wish_known')}: {_yes(r, res['wish_known'])}</li>"
              f"<li>{r.e('wish_met')}: {_yes(r, res['wish_met'])}</li>"
              f"<li>{r.e('health_gain')}: {'+' if gain > 0 else ''}{gain:.2f}</li>{counters}"
              f"<li>{r.e('secured')}: {escape(secured)}</li>"
              f"<li>{r.e('falls_over')}: {escape(falls)}</li></ul>")
    toc = "".join(f'<li><a href="#{k}">{r.e(k)}</a></li>' for k in ("p1", "p2", "p3", "p4"))
    toc = (f'<li><a href="#summary">{r.e("summary")}</a></li>{toc}'
           f'<li><a href="#moves">{r.e("moves_title")}</a></li>')
    return (f'<header class="cover"><p class="kicker">Krachtenveld · {r.e("doc")}</p>'
            f"<h1>{escape(meta['title'])}</h1><p>{escape(meta['summary'])}</p>"
            f'<dl class="meta">{dl}</dl>'
            f"<h3>{r.e('teams')}</h3><table><thead><tr><th>{r.e('role')}</th>"
            f"<th>{r.e('team')}</th><th>{r.e('player')}</th></tr></thead>"
            f"<tbody>{teams}</tbody></table>{ending}{scores}"
            f'<nav class="toc"><h3>{r.e("contents")}</h3><ul>{toc}</ul></nav></header>')


def difficulty_name(level: str, lang: str) -> str:
    """A difficulty in words ("licht"); an unknown one as it is."""
    return name_of(None, level, lang, "difficulty")


def _visible(r: _R, ev: Mapping[str, Any]) -> str:
    text = escape(ev["text"])
    vis = ev.get("visible_to")
    if vis:
        who = ", ".join(r.role(x) for x in vis)
        text += f' <span class="private">({r.e("only_for")}: {escape(who)})</span>'
    return text


def _change_list(r: _R, changes: list[Mapping[str, Any]], names: Mapping[str, str]) -> str:
    if not changes:
        return r.e("no_change")
    return ", ".join(f"{escape(names.get(c['id'], c['id']))} {c['from']} → {c['to']}"
                     for c in changes)


def _summary(r: _R, d: Mapping[str, Any]) -> str:
    """Two pages a teacher can grade from: the figures that tell how it went, what never
    reached the role that needed it, what held the table back, each team's questions and
    its Monday answer. The rest of the report is the evidence behind it."""
    res, a = d["result"], d["analysis"]
    spider = a["spider"]
    dims = spider["dims"]

    def mean(h: Mapping[str, int]) -> str:
        return f"{sum(h[x] for x in dims) / max(1, len(dims)):.1f}"

    wrong = sum(int(f.get("amount", 0)) for f in a["ledger"].get("wrong_pocket", []))
    counters = {k: c["value"] for k, c in res["counters"].items()}
    figures = [(r.t("sum_health"), f"{mean(spider['start'])} → {mean(spider['end'])}"),
               (r.t("sum_crises"), str(counters.get("crises", 0))),
               (r.t("sum_medicalisation"), str(counters.get("medicalisation", 0))),
               (r.t("sum_wrong_pocket"), str(wrong)),
               (r.t("wish_known"), _yes(r, res["wish_known"])),
               (r.t("wish_met"), _yes(r, res["wish_met"]))]
    rows = "".join(f"<tr><td>{escape(k)}</td><td class=\"num\">{escape(v)}</td></tr>"
                   for k, v in figures)
    teams = d["meta"]["teams"]
    missed = a["information"]["missed"]
    miss = "".join(
        f"<li><strong>{escape(m['name'])}</strong>: "
        f"{escape(', '.join(teams.get(x, x) for x in m['missing']))}</li>"
        for m in missed) or f"<li>{r.e('none')}</li>"
    held = "".join(f"<li>{escape(f['name'])}: {r.e('sum_blocked', n=f['count'])}</li>"
                   for f in a["blocked"][:3]) or f"<li>{r.e('none')}</li>"
    per_team = []
    for role in ROLES:
        qs = d["transfer"]["questions"].get(role, [])
        first = escape(qs[0]["text"]) if qs else r.e("no_questions")
        answer = d["application"].get(role, "").strip()
        per_team.append(
            f"<tr><td>{escape(teams.get(role, role))}</td><td>{first}</td>"
            f"<td>{escape(answer) if answer else r.e('sum_empty')}</td></tr>")
    return (f'<section class="part summary" id="summary"><h2>{r.e("summary")}</h2>'
            f"<p>{r.e('summary_intro')}</p>"
            f"<table><tbody>{rows}</tbody></table>"
            f"<h3>{r.e('sum_missed')}</h3><ul>{miss}</ul>"
            f"<h3>{r.e('sum_held')}</h3><ul>{held}</ul>"
            f"<h3>{r.e('sum_teams')}</h3><table><thead><tr><th>{r.e('team')}</th>"
            f"<th>{r.e('sum_question')}</th><th>{r.e('sum_monday')}</th></tr></thead>"
            f"<tbody>{''.join(per_team)}</tbody></table></section>")


def _description(r: _R, d: Mapping[str, Any], rounds: bool = True) -> str:
    """Part 1 (the timeline chart), or with ``rounds`` the appendix: every round with every
    move, at the end of the report (the per-move tables are evidence, not the reading)."""
    desc = d["description"]
    lang = r.lang
    spider_names = d["analysis"]["spider"]["names"]
    problems = {f["fact"]: f["name"] for f in d["analysis"]["information"]["facts"]}
    pots = {k: pot_name(k, lang) for k in POTS}
    roles = {k: r.role(k) for k in ROLES}
    pairs = {f"{a}+{b}": f"{roles[a]} – {roles[b]}" for a in ROLES for b in ROLES}
    chart = charts.timeline(desc["rounds"], desc["start"]["health"], r.t("timeline_title"),
                            {"round": r.t("round"), "health": r.t("mean_health")})
    if not rounds:
        return (f'<section class="part" id="p1"><h2>{r.e("p1")}</h2><p>{r.e("p1_intro")}</p>'
                f"<figure>{chart}<figcaption>{r.e('timeline_title')}</figcaption></figure>"
                f'<p><a href="#moves">{r.e("moves_link")}</a></p></section>')
    out = [f'<section class="part appendix" id="moves"><h2>{r.e("moves_title")}</h2>']
    for rd in desc["rounds"]:
        out.append(f'<article class="round"><h3>{r.e("round")} {rd["round"]}</h3>')
        if rd["forces"]:
            for f in rd["forces"]:
                inj = f" · {r.e('injected')}" if f.get("injected") else ""
                out.append(f"<p><strong>{r.e('force')}: {escape(f['name'])}</strong> "
                           f'<span class="badge {escape(f["kind"])}">{escape(f["kind_name"])}'
                           f"</span> <span class=\"muted\">{r.e('area')} {escape(f['area'])} "
                           f"{escape(f['area_name'])}{inj}</span><br>{escape(f['text'])}</p>")
        else:
            out.append(f"<p class=\"muted\">{r.e('no_force')}</p>")
        for c in rd["choices"]:
            out.append(f"<p>{escape(c)}</p>")
        if rd["actions"]:
            rows = []
            for a in rd["actions"]:
                evs = "".join(f"<li>{_visible(r, ev)}</li>" for ev in a["events"])
                rows.append(f'<tr><td class="num">{a["n"]}</td><td>{escape(a["team"])}</td>'
                            f"<td>{escape(a['label'])}</td>"
                            f'<td><ul class="events">{evs}</ul></td></tr>')
            out.append(f"<table><thead><tr><th class=\"num\">{r.e('nr')}</th>"
                       f"<th>{r.e('team')}</th><th>{r.e('action')}</th>"
                       f"<th>{r.e('effect')}</th></tr></thead><tbody>{''.join(rows)}</tbody>"
                       f"</table>")
        else:
            out.append(f"<p class=\"muted\">{r.e('no_actions')}</p>")
        auto = [ev for evs in rd["automatic"].values() for ev in evs
                if ev["code"] not in ("health", "severity", "paid", "counter", "trust",
                                      "relation", "phase")]
        if auto:
            items = "".join(f"<li>{_visible(r, ev)}</li>" for ev in auto)
            out.append(f"<h4>{r.e('by_itself')}</h4><ul class=\"events\">{items}</ul>")
        out.append(f"<h4>{r.e('revealed')}</h4>")
        if rd["revealed"]:
            items = "".join(
                f"<li>{escape(x['team'])} {r.e('knows_now')}: <strong>{escape(x['name'])}"
                f"</strong> <span class=\"muted\">({r.e('via')} {escape(x['via'])})</span></li>"
                for x in rd["revealed"])
            out.append(f'<ul class="events">{items}</ul>')
        else:
            out.append(f"<p class=\"muted\">{r.e('nothing_revealed')}</p>")
        out.append(
            f"<h4>{r.e('changes')}</h4><ul class=\"events\">"
            f"<li>{r.e('health')}: {_change_list(r, rd['health']['changes'], spider_names)}</li>"
            f"<li>{r.e('money')}: {_change_list(r, rd['pots']['changes'], pots)}</li>"
            f"<li>{r.e('trust')}: {_change_list(r, rd['trust'], roles)}</li>"
            f"<li>{r.e('relations')}: {_change_list(r, rd['relations'], pairs)}</li>"
            f"<li>{r.e('severity')}: {_change_list(r, rd['severity'], problems)}</li></ul>")
        out.append("</article>")
    out.append("</section>")
    return "".join(out)


def _analysis(r: _R, d: Mapping[str, Any]) -> str:
    a = d["analysis"]
    sp = a["spider"]
    out = [f'<section class="part" id="p2"><h2>{r.e("p2")}</h2>',
           f"<h3>{r.e('spider')}</h3><figure>"
           + charts.spider(sp["dims"], sp["names"], sp["start"], sp["end"],
                           r.t("spider_title"), (r.t("start"), r.t("end")))
           + f"<figcaption>{r.e('spider_title')}</figcaption></figure>"]
    # information map
    info = a["information"]
    head = "".join(f"<th>{escape(r.role(role))}</th>" for role in info["roles"])
    rows = []
    for f in info["facts"]:
        cells = []
        for role in info["roles"]:
            rnd = f["known"][role]
            needed = role in f["needed_by"]
            tag = f" <span class=\"badge\">{r.e('needed')}</span>" if needed else ""
            if rnd is None:
                cls = ' class="missing"' if role in f["missing"] else ""
                cells.append(f"<td{cls}>{r.e('never')}{tag}</td>")
            else:
                cls = "needed-known" if needed else "known"
                via = f.get("via", {}).get(role, "")
                cells.append(f'<td class="{cls}">{r.e("round")} {rnd}{tag}'
                             f'<span class="via">{escape(via)}</span></td>')
        rows.append(f"<tr><th>{escape(f['name'])}</th>{''.join(cells)}</tr>")
    out.append(f"<h3>{r.e('info')}</h3><p>{r.e('info_intro')}</p><table class=\"infomap\">"
               f"<thead><tr><th>{r.e('fact')}</th>{head}</tr></thead>"
               f"<tbody>{''.join(rows)}</tbody></table>")
    out.append(f"<h4>{r.e('missed')}</h4>")
    if info["missed"]:
        out.append('<ul class="missed">' + "".join(
            f"<li>{escape(m['text'])}"
            + (f" <em>{escape(m['could'])}</em>" if m.get("could") else "") + "</li>"
            for m in info["missed"]) + "</ul>")
    else:
        out.append(f"<p>{r.e('nothing_missed')}</p>")
    # ledger
    led = a["ledger"]
    bar_rows = [(p["name"], [(p["start"], "#9aa5b1", f"{r.t('start')} {p['start']}"),
                             (p["paid"], charts.PAID_COLOUR, f"{r.t('paid')} {p['paid']}"),
                             (p["saved"], charts.SAVED_COLOUR, f"{r.t('saved')} {p['saved']}"),
                             (p["end"], charts.END_COLOUR, f"{r.t('end')} {p['end']}")])
                for p in led["pots"]]
    legend = [(r.t("start"), "#9aa5b1"), (r.t("paid"), charts.PAID_COLOUR),
              (r.t("saved"), charts.SAVED_COLOUR), (r.t("end"), charts.END_COLOUR)]
    out.append(f"<h3>{r.e('ledger')}</h3><figure>"
               + charts.hbars(bar_rows, r.t("ledger_title"), legend)
               + f"<figcaption>{r.e('ledger_title')}</figcaption></figure>")
    trs = "".join(f"<tr><td>{escape(p['name'])}</td><td class=\"num\">{p['start']}</td>"
                  f"<td class=\"num\">{p['paid']}</td><td class=\"num\">{p['saved']}</td>"
                  f"<td class=\"num\">{p['end']}</td><td>"
                  + escape(", ".join(f"{i['name']} {i['amount']}" for i in p["items"][:6])
                           or "–") + "</td></tr>" for p in led["pots"])
    out.append(f"<table><thead><tr><th>{r.e('pot')}</th><th class=\"num\">{r.e('start')}</th>"
               f"<th class=\"num\">{r.e('paid')}</th><th class=\"num\">{r.e('saved')}</th>"
               f"<th class=\"num\">{r.e('end')}</th><th>{r.e('spent_on')}</th></tr></thead>"
               f"<tbody>{trs}</tbody></table>")
    out.append(f"<h4>{r.e('wrong_pocket')}</h4>")
    if led["wrong_pocket"]:
        out.append('<ul class="wrong-pocket">' + "".join(
            "<li>" + r.e("wrong_pocket_line", payer=f["payer_name"], saver=f["saver_name"],
                         amount=f["amount"], problem=f["problem_name"]) + "</li>"
            for f in led["wrong_pocket"]) + "</ul>")
    else:
        out.append(f"<p>{r.e('no_wrong_pocket')}</p>")
    # lesson L6: the time for working together that no pot paid, per professional
    unpaid = led.get("unpaid")
    if unpaid:
        out.append(f"<h4>{escape(unpaid['title'])}</h4><p>{escape(unpaid['explain'])}</p>"
                   '<ul class="unpaid">' + "".join(f"<li>{escape(line)}</li>"
                                                   for line in unpaid["lines"]) + "</ul>")
    # blocking forces
    out.append(f"<h3>{r.e('blocked')}</h3>")
    if a["blocked"]:
        rows_b = [(f["name"], [(f["count"], charts.BLOCK_COLOUR if f["kind"] == "belemmerend"
                                else charts.ENABLE_COLOUR, f"{f['count']} {r.t('moves_blocked')}")])
                  for f in a["blocked"]]
        out.append("<figure>" + charts.hbars(rows_b, r.t("blocked_title"))
                   + f"<figcaption>{r.e('blocked_title')}</figcaption></figure>")
    else:
        out.append(f"<p>{r.e('blocked_none')}</p>")
    met = "".join(f'<tr><td class="num">{f["round"]}</td><td>{escape(f["name"])}</td>'
                  f'<td><span class="badge {escape(f["kind"])}">{escape(f["kind_name"])}</span>'
                  f"</td><td>{escape(f['area'])} {escape(f['area_name'])}</td>"
                  f"<td>{escape(f['source_title'])}</td></tr>" for f in a["forces_met"])
    out.append(f"<h4>{r.e('forces_met')}</h4><table><thead><tr><th class=\"num\">"
               f"{r.e('round')}</th><th>{r.e('force')}</th><th>{r.e('kind')}</th>"
               f"<th>{r.e('area')}</th><th>{r.e('source')}</th></tr></thead><tbody>{met}"
               f"</tbody></table>")
    # organisation model
    m = a["model"]
    rel_rows = "".join(
        f"<tr><td>{escape(' – '.join(r.role(x) for x in pair.split('+')))}</td>"
        f"<td class=\"num\">{m['relations_start'][pair]}</td>"
        f"<td class=\"num\">{m['relations_end'].get(pair, 0)}</td></tr>"
        for pair in m["relations_start"])
    lines = "".join(f"<li>{escape(x)}</li>" for x in m["lines"])
    out.append(f"<h3>{r.e('model_h')}: {escape(m['name'])}</h3><p>{escape(m['text'])}</p>"
               f"<div class=\"cols\"><p><strong>{r.e('strength')}:</strong> "
               f"{escape(m['strength'])}</p><p><strong>{r.e('weakness')}:</strong> "
               f"{escape(m['weakness'])}</p></div>"
               f"<h4>{r.e('what_happened')}</h4><ul>{lines}</ul>"
               f"<table><thead><tr><th>{r.e('pair')}</th><th class=\"num\">{r.e('start')}</th>"
               f"<th class=\"num\">{r.e('end')}</th></tr></thead><tbody>{rel_rows}</tbody>"
               f"</table><p class=\"src\">{r.e('source')}: {escape(m['source_title'])}</p>")
    out.append("</section>")
    return "".join(out)


def _transfer(r: _R, d: Mapping[str, Any]) -> str:
    tr = d["transfer"]
    out = [f'<section class="part" id="p3"><h2>{r.e("p3")}</h2><h3>{r.e("questions")}</h3>']
    for role in ROLES:
        qs = tr["questions"].get(role, [])
        out.append(f'<div class="role-questions" data-role="{escape(role)}">'
                   f"<h3>{escape(d['meta']['teams'].get(role, role))}</h3>")
        if not qs:
            out.append(f"<p class=\"muted\">{r.e('no_questions')}</p>")
        out.append("<ol>")
        for q in qs:
            area = f", {r.t('area')} {q['area']} {q['area_name']}" if q["area"] else ""
            out.append(f'<li class="question"><p>{escape(q["text"])}</p>'
                       f'<p class="src">{r.e("source")}: {escape(q["source_title"])}'
                       f"{escape(area)}</p>"
                       f'<p class="why">{r.e("why")}: {escape(q["why"])}</p></li>')
        out.append("</ol></div>")
    out.append(f"<h3>{r.e('your_ending')}</h3><p>{escape(tr['ending'])}</p>")
    out.append(f"<h3>{r.e('epilogue')}</h3><blockquote class=\"epilogue\">"
               f"<p>{escape(tr['epilogue'])}</p></blockquote>")
    out.append("</section>")
    return "".join(out)


def _application(r: _R, d: Mapping[str, Any]) -> str:
    out = [(f'<section class="part" id="p4"><h2>{r.e("p4")}</h2>'
           f"<p>{r.e('application_intro')}</p>")]
    for role in ROLES:
        answer = d["application"].get(role, "")
        out.append(f"<h3>{escape(d['meta']['teams'].get(role, role))}</h3>")
        said = split_intentions(answer)
        if any(student for student, _text in said):  # each student's own intention
            out.append('<ul class="answer intentions">' + "".join(
                f"<li><strong>{escape(student)}</strong>: {escape(text)}</li>" if student
                else f"<li>{escape(text)}</li>" for student, text in said) + "</ul>")
        elif answer.strip():
            out.append(f'<p class="answer">{escape(answer)}</p>')
        else:
            out.append(f"<p class=\"muted\">{r.e('not_filled')}</p>"
                       f'<div class="write-lines"></div>')
    out.append("</section>")
    return "".join(out)


def _footer(r: _R, d: Mapping[str, Any], version: str) -> str:
    items = "".join(f"<li>{escape(s['title'])}</li>" for s in d["transfer"]["sources"])
    made = r.t("made_with") + (f" {version}" if version else "")
    return (f"<footer><h4>{r.e('sources')}</h4><ul>{items}</ul>"
            f'<p class="muted">{escape(made)}</p></footer>')
