"""Several tables side by side: ``krachtenveld report SAVE SAVE ... --out klas.html``.

In class, tables often play the same casus (and game number) with another organisation model,
and the debrief compares them (les L7). This report puts every table's game in one page:
the ending, the health, the money in the wrong pocket, the facts that never arrived, the force
that held back most, the Monday answers, and a small spider web per table; and, when more
than one model was played, the results per model. Same style as the single report: one
self-contained HTML file, inline SVG, no scripts, prints on A4 (landscape tables fit).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from game.lang import t
from game.report import charts
from game.report.html import CSS, difficulty_name
from game.report.texts import ROLES
from game.store.safetext import html_escape as escape


def _t(key: str, lang: str, **kw: Any) -> str:
    return t(f"compare.{key}", lang, **kw)


def compare_data(games: Sequence[tuple[str, Mapping[str, Any]]], lang: str = "nl"
                 ) -> dict[str, Any]:
    """One row per table from (table name, debrief data in ``lang``) pairs; JSON-ready."""
    rows = []
    for name, d in games:
        meta, res, an = d["meta"], d["result"], d["analysis"]
        blocked = an["blocked"][0] if an["blocked"] else None
        rows.append({
            "table": name, "scenario": meta["scenario"], "title": meta["title"],
            "model": meta["model"], "model_name": meta["model_name"],
            "difficulty": meta["difficulty"], "seed": meta["seed"], "over": res["over"],
            "ending": res.get("ending"), "ending_name": res.get("ending_name"),
            "rank": res.get("rank"), "rank_name": res.get("rank_name"),
            "health_gain": res["health_gain"], "wish_met": res["wish_met"],
            "crises": res["counters"].get("crises", {}).get("value", 0),
            "gp_visits": res["counters"].get("gp_visits", {}).get("value", 0),
            "wrong_pocket": an["ledger"]["wrong_pocket_total"],
            "missed": [m["name"] for m in an["information"]["missed"]],
            "blocked": ({"name": blocked["name"], "count": blocked["count"]}
                        if blocked else None),
            "spider": {"dims": an["spider"]["dims"], "names": an["spider"]["names"],
                       "start": an["spider"]["start"], "end": an["spider"]["end"]},
            "teams": dict(meta["teams"]),
            "application": {r: a for r, a in d["application"].items() if a.strip()},
        })
    models: dict[str, dict[str, Any]] = {}
    for row in rows:
        m = models.setdefault(row["model"], {"model": row["model"],
                                             "model_name": row["model_name"], "games": 0,
                                             "best": 0, "gain": 0.0, "wrong": 0})
        m["games"] += 1
        m["best"] += row["rank"] == "best"
        m["gain"] += row["health_gain"]
        m["wrong"] += row["wrong_pocket"]
    per_model = [{"model": m["model"], "model_name": m["model_name"], "games": m["games"],
                  "best": m["best"], "mean_health_gain": round(m["gain"] / m["games"], 2),
                  "mean_wrong_pocket": round(m["wrong"] / m["games"], 1)}
                 for m in sorted(models.values(), key=lambda x: x["model"])]
    same = len({(r["scenario"], r["seed"], r["difficulty"]) for r in rows}) == 1
    return {"format": "krachtenveld-compare", "version": 1, "lang": lang, "tables": rows,
            "per_model": per_model, "same_game": same and len(rows) > 1}


def _difficulty(level: str, lang: str) -> str:
    return difficulty_name(level, lang)


def render_compare_html(data: Mapping[str, Any], generated: str = "", version: str = "") -> str:
    lang = data.get("lang", "nl")

    def e(key: str, **kw: Any) -> str:
        return escape(_t(key, lang, **kw))

    rows = data["tables"]
    out = [(f'<header class="cover"><p class="kicker">Krachtenveld · {e("doc")}'
           f"{' · ' + escape(generated) if generated else ''}</p><h1>{e('doc')}</h1>"
           f"<p>{e('intro')}</p>")]
    if data["same_game"]:
        out.append(f"<p><strong>{e('same_game', seed=rows[0]['seed'])}</strong></p>")
    out.append("</header>")
    # what every table shares goes above the table; only what differs gets a column
    varies = {k: len({str(r[k]) for r in rows}) > 1 for k in ("title", "difficulty", "seed")}
    shared = [(k, v) for k, v in (("casus", rows[0]["title"]),
                                 ("difficulty", _difficulty(rows[0]["difficulty"], lang)),
                                 ("seed", str(rows[0]["seed"])))
              if not varies[{"casus": "title"}.get(k, k)]]
    if shared:
        out.insert(-1, "<p>" + " · ".join(f"<strong>{e(k)}:</strong> {escape(v)}"
                                          for k, v in shared) + "</p>")
    cols = ["table", *(["casus"] if varies["title"] else []), "model",
            *(["difficulty"] if varies["difficulty"] else []),
            *(["seed"] if varies["seed"] else []),
            "ending", "health", "wish", "crises", "gp", "wrong", "missed", "blocked"]
    head = "".join(f"<th>{e(k)}</th>" for k in cols)
    body = []
    for r in rows:
        ending = (f'<span class="badge">{escape(str(r["rank_name"]))}</span> '
                  f"{escape(str(r['ending_name']))}" if r["over"] else e("unfinished"))
        gain = r["health_gain"]
        blocked = (f"{escape(r['blocked']['name'])} ({r['blocked']['count']})"
                   if r["blocked"] else e("nothing"))
        cells = {
            "table": f"<td>{escape(r['table'])}</td>",
            "casus": f"<td>{escape(r['title'])}</td>",
            "model": f"<td>{escape(r['model_name'])}</td>",
            "difficulty": f"<td>{escape(_difficulty(r['difficulty'], lang))}</td>",
            "seed": f'<td class="num">{r["seed"]}</td>',
            "ending": f"<td>{ending}</td>",
            "health": f'<td class="num">{"+" if gain > 0 else ""}{gain:.2f}</td>',
            "wish": f"<td>{e('yes') if r['wish_met'] else e('no')}</td>",
            "crises": f'<td class="num">{r["crises"]}</td>',
            "gp": f'<td class="num">{r["gp_visits"]}</td>',
            "wrong": f'<td class="num">{r["wrong_pocket"]}</td>',
            "missed": f"<td>{escape(', '.join(r['missed'])) or e('nothing')}</td>",
            "blocked": f"<td>{blocked}</td>",
        }
        body.append("<tr>" + "".join(cells[c] for c in cols) + "</tr>")
    out.append(f'<section><h2>{e("results")}</h2><table class="compare"><thead><tr>{head}'
               f"</tr></thead><tbody>{''.join(body)}</tbody></table></section>")
    if len(data["per_model"]) > 1:
        mh = "".join(f"<th>{e(k)}</th>" for k in ("model", "games", "best", "mean_gain",
                                                  "mean_wrong"))
        mb = "".join(
            f"<tr><td>{escape(m['model_name'])}</td><td class=\"num\">{m['games']}</td>"
            f"<td class=\"num\">{m['best']}</td><td class=\"num\">"
            f"{'+' if m['mean_health_gain'] > 0 else ''}{m['mean_health_gain']:.2f}</td>"
            f"<td class=\"num\">{m['mean_wrong_pocket']}</td></tr>"
            for m in data["per_model"])
        out.append(f"<section><h2>{e('per_model')}</h2><table><thead><tr>{mh}</tr></thead>"
                   f"<tbody>{mb}</tbody></table></section>")
    webs = []
    for r in rows:
        sp = r["spider"]
        title = _t("web_title", lang, table=r["table"])
        svg = charts.spider(sp["dims"], sp["names"], sp["start"], sp["end"], title,
                            (_t("start", lang), _t("end", lang)), size=300)
        webs.append(f"<figure>{svg}<figcaption>{escape(r['table'])} · "
                    f"{escape(r['model_name'])}</figcaption></figure>")
    out.append(f'<section class="part"><h2>{e("webs")}</h2><div class="cols">{"".join(webs)}'
               "</div></section>")
    answers = []
    for r in rows:
        items = "".join(f"<li><strong>{escape(r['teams'].get(role, role))}:</strong> "
                        f"{escape(r['application'][role])}</li>"
                        for role in ROLES if role in r["application"])
        if items:
            answers.append(f"<h3>{escape(r['table'])}</h3><ul>{items}</ul>")
    none = f'<p class="muted">{e("no_answers")}</p>'
    out.append(f'<section class="part"><h2>{e("answers")}</h2>{"".join(answers) or none}'
               "</section>")
    made = _t("made_with", lang) + (f" {version}" if version else "")
    out.append(f'<footer><p class="muted">{escape(made)}</p></footer>')
    extra = ("@page { size: A4 landscape; } body { max-width: 80rem; } "
             "table.compare { font-size: .88rem; }")
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{e('doc')}</title>\n<style>{CSS}\n{extra}</style>\n</head>\n<body>\n"
            + "\n".join(out) + "\n</body>\n</html>\n")
