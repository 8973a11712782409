"""``krachtenveld simulate --html FILE``: a balance page for a casus author, read at a glance.

Bots play the casus many times: with every organisation model, at every difficulty; the page
shows per model, per difficulty, per round (when the games end and when crises happen) and per
force card (how much more or less often the best ending comes when the card was drawn), as
bar charts in inline SVG (no scripts, nothing fetched from the internet). A sensitivity sweep
(``--vary pots.wmo=24..32``) adds a chart per value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from game.bots.simulate import simulate
from game.engine.game import DIFFICULTIES
from game.lang import LANGS, lang_of, t
from game.report.charts import hbars
from game.store.safetext import html_escape as escape

BEST, CRISIS, OTHER = "#2e8b57", "#c0392b", "#1f6fb2"

CSS = """
body { font-family: system-ui, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif; margin: 2em auto;
       max-width: 60em; padding: 0 1em; color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5em 0; } td, th { padding: .2em .6em;
  border-bottom: 1px solid #ddd; text-align: right; } th:first-child, td:first-child
  { text-align: left; }
.note { color: #555; font-size: .9em; }
.warn { border-left: 4px solid #b35900; padding: .3em .8em; background: #fff4e5; }
svg.chart { max-width: 100%; height: auto; display: block; margin: .5em 0; }
"""


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def balance_data(scenario: Any, games: int, seed: int, bots: str = "random",
                 processes: int | None = None, scenario_ref: str | None = None,
                 sweep: dict[str, Any] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """The figures of the page: one run per difficulty (every model in turn)."""
    runs = {}
    for difficulty in DIFFICULTIES:
        runs[difficulty] = simulate(scenario, games, seed, None, difficulty, bots=bots,
                                    processes=processes, scenario_ref=scenario_ref,
                                    progress=progress)
    return {"scenario": scenario.id, "title": scenario.casus.title.get("nl"),
            "titles": {lang: scenario.casus.title.get(lang) for lang in LANGS},
            "rounds": scenario.casus.rounds, "games": games, "seed": seed, "bots": bots,
            "runs": runs, "sweep": sweep}


def _per_round(counts: Mapping[str, int], rounds: int) -> list[tuple[str, int]]:
    return [(str(r), int(counts.get(str(r), 0))) for r in range(1, rounds + 1)]


def render_balance(data: Mapping[str, Any], generated: str | None = None,
                   lang: str = "nl") -> str:
    """The balance page as one HTML document, in Dutch ('nl') or English ('en')."""
    def w(key: str, **kw: Any) -> str:
        return escape(t(f"balance.{key}", lang, **kw))

    sid, rounds, n = data["scenario"], int(data["rounds"]), int(data["games"])
    runs: Mapping[str, Mapping[str, Any]] = data["runs"]
    main = runs.get("normaal") or next(iter(runs.values()))
    title = data.get("titles", {}).get(lang) or data["title"] or sid
    best, crisis = t("balance.best", lang), t("balance.crisis", lang)
    out: list[str] = [f"<h1>{w('head', title=title)}</h1>",
                      (f'<p class="note">{w("how", n=n, bots=data["bots"], seed=int(data["seed"]))}'
                       f"; {escape(generated or dt.date.today().isoformat())}.</p>")]

    # per difficulty
    rows = [(d, [(r["best_ending_rate"] * 100, BEST, best),
                 (r["crisis_rate"] * 100, CRISIS, crisis)]) for d, r in runs.items()]
    out.append(f"<h2>{w('per_difficulty')}</h2>")
    out.append(hbars(rows, t("balance.per_difficulty", lang), [(best, BEST), (crisis, CRISIS)],
                     unit="%"))
    out.append(_endings_table(runs, lang))

    # per model (at normaal)
    pm: Mapping[str, Mapping[str, Any]] = main["per_model"]
    rows = [(m, [(f["best_ending_rate"] * 100, BEST, best),
                 (f["crisis_rate"] * 100, CRISIS, crisis)]) for m, f in pm.items()]
    out.append(f"<h2>{w('per_model', difficulty=main['difficulty'])}</h2>")
    out.append(hbars(rows, t("balance.per_model", lang, difficulty=main["difficulty"]),
                     [(best, BEST), (crisis, CRISIS)], unit="%"))

    # per round
    out.append(f"<h2>{w('per_round', difficulty=main['difficulty'])}</h2>")
    out.append(f'<p class="note">{w("per_round_note")}</p>')
    first = dict(_per_round(main.get("first_crisis_rounds", {}), rounds))
    early = sum(first.get(str(r), 0) for r in (1, 2))
    if early:
        out.append(f'<p class="warn">{w("early", early=early, n=n)}</p>')
    rows = [(t("balance.round", lang, r=r), [(float(c), CRISIS, crisis)])
            for r, c in _per_round(main.get("crisis_rounds", {}), rounds)]
    out.append(hbars(rows, t("balance.crises_per_round", lang),
                     [(t("balance.crisis_in_round", lang), CRISIS)]))
    ending_rounds: Mapping[str, Mapping[str, int]] = main.get("ending_rounds", {})
    head = "".join(f"<th>r{r}</th>" for r in range(1, rounds + 1))
    body = "".join(
        f"<tr><td>{escape(e)}</td>"
        + "".join(f"<td>{c or ''}</td>" for _r, c in _per_round(counts, rounds)) + "</tr>"
        for e, counts in ending_rounds.items())
    out.append(f"<h3>{w('ending_per_round')}</h3>")
    out.append(f"<table><tr><th>{w('ending')}</th>{head}</tr>{body}</table>")

    # per force card
    forces: Sequence[Mapping[str, Any]] = main.get("forces_by_effect", [])
    out.append(f"<h2>{w('per_force')}</h2>")
    out.append(f'<p class="note">{w("per_force_note")}</p>')
    rows = [(str(f["force"]), [(abs(f["effect"]) * 100, BEST if f["effect"] >= 0 else CRISIS,
                                f"{f['effect'] * 100:+.1f}")]) for f in forces]
    if rows:
        out.append(hbars(rows, t("balance.per_force", lang),
                         [(t("balance.helps", lang), BEST), (t("balance.hurts", lang), CRISIS)],
                         unit=" pt"))

    sweep = data.get("sweep")
    if sweep:
        out.append(f"<h2>{w('sensitivity', vary=sweep['vary'])}</h2>")
        rows = [(f"{sweep['vary']} = {r['value']}",
                 [(r["best_ending_rate"] * 100, BEST, best),
                  (r["crisis_rate"] * 100, CRISIS, crisis)]) for r in sweep["rows"]]
        out.append(hbars(rows, t("balance.sensitivity", lang, vary=sweep["vary"]),
                         [(best, BEST), (crisis, CRISIS)], unit="%"))
    return (f"<!DOCTYPE html>\n<html lang=\"{escape(lang_of(lang))}\">\n<head>\n"
            "<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{w('doc', scenario=sid)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(out) + "\n</body>\n</html>\n")


def _endings_table(runs: Mapping[str, Mapping[str, Any]], lang: str) -> str:
    endings = sorted({e for r in runs.values() for e in r["endings"]})
    head = "".join(f"<th>{escape(d)}</th>" for d in runs)
    body = []
    for e in endings:
        cells = "".join(f"<td>{_pct(r['endings'].get(e, 0) / max(r['games'], 1))}</td>"
                        for r in runs.values())
        body.append(f"<tr><td>{escape(e)}</td>{cells}</tr>")
    return (f"<table><tr><th>{escape(t('balance.ending', lang))}</th>{head}</tr>"
            f"{''.join(body)}</table>")
