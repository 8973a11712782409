"""The report's part "Wat als?": the comparisons the class made in the debrief (kept in the
save under "wat_als", game/whatif/core.py ``for_save``), each beside what really happened.

Plain data in, escaped HTML out; the titles and names come with the comparison in both
languages, so the report needs nothing from game/whatif (which sits above the report). The
words are the catalogue's ``whatif_report.*`` (game/lang)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from game.lang import dim_name, pot_name, t
from game.store.safetext import html_escape as escape


def _t(key: str, lang: str, **kw: Any) -> str:
    return t(f"whatif_report.{key}", lang, **kw)


def _name(names: Mapping[str, Any], kind: str, ident: str, lang: str) -> str:
    entry = names.get(kind, {}).get(ident)
    return str(entry.get(lang, ident)) if isinstance(entry, dict) else ident


def _num(v: Any) -> str:
    return f"{v:.1f}" if isinstance(v, float) else str(v)


def comparison_html(c: Mapping[str, Any], lang: str) -> str:
    real, w, names = c["real"], c["whatif"], c.get("names", {})
    games = int(c.get("games", 0)) or 1
    title = c["title"].get(lang, "")
    who = (_t("who_keep", lang, mean=_num(w.get("kept", {}).get("mean", 0)),
              after=c.get("class_moves_after", 0)) if c.get("keep") else _t("who_bots", lang))
    rows = []
    endings = ", ".join(f"{_name(names, 'endings', e, lang)} {round(100 * n / games)}%"
                        for e, n in w.get("endings", {}).items())
    rows.append((_t("ending", lang), _name(names, "endings", str(real.get("ending")), lang),
                 endings))
    for d, v in real.get("health", {}).items():
        rows.append((dim_name(d, lang), _num(v),
                     _num(w.get("health", {}).get(d, ""))))
    for p, v in real.get("paid", {}).items():
        rows.append((_t("paid", lang, pot=pot_name(p, lang)), _num(v),
                     _num(w.get("paid", {}).get(p, ""))))
    rows.append((_t("wrong_pocket", lang), _num(real.get("wrong_pocket", 0)),
                 _num(w.get("wrong_pocket", 0))))
    rows.append((_t("crises", lang), _num(real.get("crises", 0)), _num(w.get("crises", 0))))
    real_blocked = sorted(real.get("blocked_by", {}).items(), key=lambda x: -x[1])[:3]
    rows.append((_t("blocked", lang),
                 ", ".join(_name(names, "forces", f, lang) for f, _ in real_blocked)
                 or _t("none", lang),
                 ", ".join(_name(names, "forces", f, lang) for f in w.get("blocked_by", {}))
                 or _t("none", lang)))
    out = [f"<h3>{escape(title)}</h3>",
           "<p>" + escape(_t("how", lang, move=c["moment"]["move"], round=c["moment"]["round"],
                             games=games, level=c.get("level", ""), who=who)) + "</p>",
           (f"<table><tr><th></th><th>{escape(_t('real', lang))}</th>"
           f"<th>{escape(_t('whatif', lang))}</th></tr>")]
    for label, a, b in rows:
        out.append(f"<tr><td>{escape(label)}</td><td class=\"num\">{escape(a)}</td>"
                   f"<td class=\"num\">{escape(b)}</td></tr>")
    out.append("</table>")
    dropped = w.get("first_dropped") or []
    if c.get("keep") and dropped:
        out.append(f"<p>{escape(_t('dropped', lang))}:</p><ul>")
        for d in dropped:
            text = d.get("text", {}).get(lang, "") if isinstance(d.get("text"), dict) else ""
            line = _t("dropped_line", lang, move=d.get("move"), text=text, games=d.get("games"))
            out.append(f"<li>{escape(line)}</li>")
        out.append("</ul>")
    return "\n".join(out)


def section_html(comparisons: list[Mapping[str, Any]], lang: str) -> str:
    """The whole part, or "" when the class made no comparison."""
    if not comparisons:
        return ""
    body = []
    for c in comparisons:
        try:
            body.append(comparison_html(c, lang))
        except (KeyError, TypeError, AttributeError, ValueError):
            continue  # a hand-edited comparison is left out, never a broken report
    if not body:
        return ""
    return (f'<section class="part" id="wat-als"><h2>{escape(_t("head", lang))}</h2>'
            f"<p>{escape(_t('intro', lang))}</p>" + "\n".join(body) + "</section>")
