"""Recorded games out of the database: a CSV with one row per game (for a teacher's
spreadsheet) and xAPI statements (for a hogeschool's Learning Record Store).

xAPI: the actor is the group of teams that played one game (an xAPI Group identified by an
account, no e-mail address: teams are named, not students), the verb is "completed", the
object is the casus as an Activity with a stable IRI (https://krachtenveld.nl/casus/ron), and
the result holds the ending and the scores. score.scaled is the ending's rank (best 1, good
2/3, neutral 1/3, bad 0); the other figures are result extensions.
"""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from game.engine.defs import DIMENSIONS
from game.lang.intentions import split_intentions
from game.store.safetext import spreadsheet_safe
from game.store.saves import ROLES

HOME = "https://krachtenveld.nl"
CASUS_IRI = HOME + "/casus/{scenario}"
EXT = HOME + "/xapi/extensions/{name}"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
RANK_POINTS = {"best": 3, "good": 2, "neutral": 1, "bad": 0}
# uuid5 namespace for statement ids: the same game always gives the same statement id, so an
# LRS that already has it will not store it twice.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, HOME + "/xapi")
COUNTERS = ("gp_visits", "crises", "medicalisation", "emergency_visits")
POTS = ("zvw", "wmo", "wlz")


def csv_columns() -> list[str]:
    return (["id", "finished_at", "scenario", "model", "difficulty", "seed", "ending", "rank",
             "wish_known", "wish_met", "health_gain", "rounds_played", "actions"]
            + [f"team_{r}" for r in ROLES] + ["bots"]
            + [f"health_start_{d}" for d in DIMENSIONS] + [f"health_end_{d}" for d in DIMENSIONS]
            + list(COUNTERS) + [f"paid_{p}" for p in POTS] + [f"saved_{p}" for p in POTS]
            + ["wrong_pocket_total", "secured", "falls_over"]
            + [f"application_{r}" for r in ROLES] + ["game_key"])


# How a spreadsheet in each language reads a CSV: Dutch Excel and LibreOffice expect ';'
# between cells and a decimal comma (a ',' file opens in one column there).
CSV_STYLES = {"nl": (";", ","), "en": (",", ".")}


def _text(value: Any) -> str:
    """A free text for a spreadsheet: never a formula (see safetext.spreadsheet_safe)."""
    return spreadsheet_safe(value)


def _cell(value: Any, decimal: str) -> Any:
    """Numbers stay numbers (a decimal comma where the spreadsheet wants one), every text
    is made safe: a hand-edited database can hold a formula in any column."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(value).replace(".", decimal) if decimal != "." else repr(value)
    if isinstance(value, int):
        return value
    return _text(value)


def csv_row(g: Mapping[str, Any]) -> dict[str, Any]:
    sc = g.get("scores") or {}
    row: dict[str, Any] = {
        "id": g["id"], "finished_at": g["finished_at"], "scenario": g["scenario"],
        "model": g["model"], "difficulty": g["difficulty"], "seed": g["seed"],
        "ending": g["ending"] or "", "rank": g["rank"] or "",
        "wish_known": _bool(sc.get("wish_known")), "wish_met": _bool(sc.get("wish_met")),
        "health_gain": sc.get("health_gain", ""), "rounds_played": sc.get("rounds_played", ""),
        "actions": g["n_actions"], "bots": " ".join(g["bots"]), "game_key": g["game_key"],
        "wrong_pocket_total": sum(f.get("amount", 0) for f in sc.get("wrong_pocket", []))
        if sc else "",
        "secured": " ".join(sc.get("secured", [])), "falls_over": " ".join(
            sc.get("falls_over", [])),
    }
    for r in ROLES:
        row[f"team_{r}"] = _text(g["teams"].get(r, ""))
        row[f"application_{r}"] = _text(g["application"].get(r, ""))
    for d in DIMENSIONS:
        row[f"health_start_{d}"] = (sc.get("health_start") or {}).get(d, "")
        row[f"health_end_{d}"] = (sc.get("health_end") or {}).get(d, "")
    for c in COUNTERS:
        row[c] = (sc.get("counters") or {}).get(c, "")
    for p in POTS:
        row[f"paid_{p}"] = (sc.get("paid") or {}).get(p, "")
        row[f"saved_{p}"] = (sc.get("saved") or {}).get(p, "")
    return row


def _bool(v: Any) -> str:
    return "" if v is None else ("1" if v else "0")


def write_csv(games: Iterable[Mapping[str, Any]], path: Path, delimiter: str = ",",
              decimal: str = ".") -> int:
    """One row per game; UTF-8 with a byte-order mark so spreadsheets read the accents.
    ``delimiter`` ';' and ``decimal`` ',' for a Dutch spreadsheet (CSV_STYLES). Written
    atomically (a reader sees the old file or the new one)."""
    if decimal == delimiter:
        raise ValueError("the decimal sign cannot be the separator")
    rows = ({k: _cell(v, decimal) for k, v in csv_row(g).items()} for g in games)
    return _write_rows(Path(path), csv_columns(), rows, delimiter)


def _write_rows(path: Path, columns: list[str], rows: Iterable[Mapping[str, Any]],
                delimiter: str) -> int:
    """A CSV for a spreadsheet: UTF-8 with a byte-order mark, written atomically. Returns
    the number of rows."""
    import io

    from game.store.saves import write_shared_text

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, delimiter=delimiter)
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow(row)
        n += 1
    write_shared_text(path, "\ufeff" + buf.getvalue(), prefix=".csv-", newline="")
    return n


def intention_columns() -> list[str]:
    return ["id", "finished_at", "scenario", "role", "team", "student", "intention",
            "game_key"]


def intention_rows(g: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per student's intention of one recorded game (game.lang.intentions): the
    answer of each team, split by the names the students wrote."""
    rows = []
    for r in ROLES:
        for student, text in split_intentions(str(g["application"].get(r, "") or "")):
            rows.append({"id": g["id"], "finished_at": g["finished_at"],
                         "scenario": g["scenario"], "role": r,
                         "team": _text(g["teams"].get(r, "")), "student": _text(student),
                         "intention": _text(text), "game_key": g["game_key"]})
    return rows


def write_intentions(games: Iterable[Mapping[str, Any]], path: Path,
                     delimiter: str = ",") -> int:
    """Every student's intention of every recorded game, one row each, for the next lesson
    (UTF-8 with a byte-order mark, written atomically like write_csv). Returns the rows."""
    rows = (row for g in games for row in intention_rows(g))
    return _write_rows(Path(path), intention_columns(), rows, delimiter)


def xapi_statement(g: Mapping[str, Any], titles: Mapping[str, Mapping[str, str]] | None = None,
                   ) -> dict[str, Any]:
    """One xAPI 1.0.3 statement for one recorded game."""
    sc = g.get("scores") or {}
    key = g["game_key"]
    scenario = g["scenario"]
    members = [{"objectType": "Agent",
                "name": _member_name(g["teams"].get(r, ""), r),
                "account": {"homePage": HOME + "/team", "name": f"{key}/{r}"}}
               for r in ROLES]
    actor = {"objectType": "Group", "name": f"Krachtenveld {scenario} #{g['id']}",
             "account": {"homePage": HOME + "/team", "name": key},
             "member": members}
    points = RANK_POINTS.get(g.get("rank") or "", None)
    result: dict[str, Any] = {"completion": bool(g.get("ending")),
                              "extensions": {EXT.format(name="ending"): g.get("ending"),
                                             EXT.format(name="rank"): g.get("rank")}}
    if points is not None:
        result["score"] = {"scaled": round(points / 3, 4), "raw": points, "min": 0, "max": 3}
        result["success"] = points >= 2
    for name in ("wish_known", "wish_met", "health_gain", "health_start", "health_end",
                 "counters", "paid", "saved", "wrong_pocket", "relations", "secured",
                 "falls_over", "blocked_by", "rounds_played"):
        if name in sc:
            result["extensions"][EXT.format(name=name)] = sc[name]
    title = (titles or {}).get(scenario) or {"nl": scenario, "en": scenario}
    statement = {
        "id": str(uuid.uuid5(NAMESPACE, key)),
        "actor": actor,
        "verb": {"id": COMPLETED, "display": {"en-US": "completed", "nl-NL": "voltooid"}},
        "object": {"objectType": "Activity", "id": CASUS_IRI.format(scenario=scenario),
                   "definition": {"type": SIMULATION,
                                  "name": {"nl-NL": title.get("nl", scenario),
                                           "en-US": title.get("en", scenario)}}},
        "result": result,
        "context": {"platform": "Krachtenveld", "extensions": {
            EXT.format(name="model"): g["model"],
            EXT.format(name="difficulty"): g["difficulty"],
            EXT.format(name="seed"): g["seed"],
            EXT.format(name="bots"): g["bots"],
            EXT.format(name="actions"): g["n_actions"],
            EXT.format(name="application"): g["application"],
            EXT.format(name="version"): g.get("app_version") or "",
        }},
        "timestamp": g["finished_at"],
    }
    return statement


def _member_name(team: str, role: str) -> str:
    return f"{team} ({role})" if team.strip() else role


def scenario_titles(ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """The casus titles for the xAPI activity names (a casus that no longer loads keeps its
    id as its name)."""
    out: dict[str, dict[str, str]] = {}
    for sid in set(ids):
        try:
            from game.content import load_scenario

            c = load_scenario(sid).casus
            out[sid] = {"nl": c.title.nl, "en": c.title.en}
        except Exception:  # noqa: BLE001 - a missing casus must not stop the export
            out[sid] = {"nl": sid, "en": sid}
    return out


def write_xapi(games: Sequence[Mapping[str, Any]], path: Path) -> int:
    """A JSON array of statements, written atomically."""
    titles = scenario_titles(g["scenario"] for g in games)
    statements = [xapi_statement(g, titles) for g in games]
    _write_json_array(Path(path), statements)
    return len(statements)


def _write_json_array(path: Path, items: list[Any]) -> None:
    from game.store.saves import write_shared_text

    write_shared_text(path, json.dumps(items, ensure_ascii=False, indent=1) + "\n",
                      prefix=".xapi-")


__all__ = ["csv_columns", "csv_row", "write_csv", "write_xapi", "xapi_statement"]
