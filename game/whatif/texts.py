"""The words of "wat als?" come from the catalogue's ``whatif.*`` section (game/lang).
``text(result, scenario, lang)`` is what the command line prints; ``error_text(error,
scenario, lang)`` says what is wrong with a change and what may be chosen instead;
``change_text`` names a change in a sentence. Things are named by ``name_of``."""

from __future__ import annotations

from typing import Any

from game.bots.levels import get_level
from game.engine.defs import Scenario
from game.engine.messages import Message
from game.lang import dim_name, name_of, pot_name, render
from game.lang import t as lang_t
from game.report.analysis import action_label

ALLOWED_SHOWN = 30


def t(key: str, lang: str = "nl", **kw: Any) -> str:
    """The catalogue's ``whatif.<key>``."""
    return lang_t(f"whatif.{key}", lang, **kw)


def ending_name(sc: Scenario, ending: str, lang: str) -> str:
    if ending == "none":
        return t("not_finished", lang)
    return name_of(sc, ending, lang, "ending")


def force_name(sc: Scenario, fid: str, lang: str) -> str:
    return name_of(sc, fid, lang, "force")


def model_name(sc: Scenario, mid: str, lang: str) -> str:
    return name_of(sc, mid, lang, "model")


def reason_text(sc: Scenario, why: Any, lang: str) -> str:
    """A reason (a Message, or its dict from a JSON result) in words."""
    if isinstance(why, dict):
        why = Message(str(why.get("code")), tuple((k, v) for k, v in why.items()
                                                   if k not in ("code", "visible_to", "force")))
    if why.code == "too_late":
        return t("too_late", lang)
    return render(why, sc, lang)


def change_text(sc: Scenario, change: dict[str, Any], lang: str,
                inserted: list[str] | None = None) -> str:
    kind, what = change["kind"], change.get("what") or ""
    if kind in ("force_on", "force_off"):
        return t(f"change_{kind}", lang, force=force_name(sc, what, lang), round=change["round"])
    if kind == "model":
        return t("change_model", lang, model=model_name(sc, what, lang), round=change["round"])
    if kind == "answer":
        if inserted:
            return t("change_answer", lang, move=change["move"],
                     action=action_label(sc, inserted[0], lang))
        return t("change_answer_none", lang, move=change["move"])
    return t("change_move", lang, move=change["move"], action=action_label(sc, what, lang))


def error_text(error: Any, sc: Scenario, lang: str = "nl") -> str:
    """A WhatIfError in words, with what may be chosen instead."""
    params = dict(error.params)
    for key in ("what",):
        if error.code in ("same_model",):
            params[key] = model_name(sc, str(params[key]), lang)
        if error.code in ("force_already_on", "force_not_in_game"):
            params[key] = force_name(sc, str(params[key]), lang)
    if "reason" in params:
        params["reason"] = reason_text(sc, params["reason"], lang)
    line = t(f"err_{error.code}", lang, **params)
    allowed = list(error.allowed)
    if error.code == "not_an_answer":
        more = t("allowed_answers", lang, items=", ".join(allowed)) if allowed else t(
            "allowed_none", lang)
        return f"{line}\n{more}"
    if allowed:
        shown = allowed[:ALLOWED_SHOWN]
        items = ", ".join(shown) + (" …" if len(allowed) > len(shown) else "")
        return f"{line}\n{t('allowed', lang, items=items)}"
    return line


def _pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def text(result: dict[str, Any], sc: Scenario, lang: str = "nl") -> str:
    """The comparison for a terminal: what happened beside what would have happened."""
    real, w, n = result["real"], result["whatif"], result["games"]
    out = [t("title", lang, change=change_text(sc, result["change"], lang, result["inserted"]))]
    if result.get("left_out") and result["change"]["kind"] == "move":
        out.append(t("left_out", lang, action=action_label(sc, result["left_out"], lang)))
    out.append(t("moment", lang, move=result["moment"]["move"], round=result["moment"]["round"],
                 games=n, level=get_level(result["level"]).label(lang).lower(),
                 seed=result["seed"]))
    out += ["", t("endings", lang), t("real_ending", lang,
                                       name=ending_name(sc, real["ending"], lang))]
    for ending, count in w["endings"].items():
        out.append(t("ending_line", lang, name=ending_name(sc, ending, lang), count=count,
                     games=n, pct=_pct(count, n)))
    if w["distinct_endings"] == 1 and result["keep"] and w["kept"]["all"] == n:
        out.append(t("one_outcome", lang))
    width = 32
    head = f"{'':{width}} {t('col_real', lang):>14} {t('col_whatif', lang):>20}"
    out += ["", t("web", lang), head]
    for d in real["health"]:
        out.append(f"  {dim_name(d, lang):{width - 2}} {real['health'][d]:>14} "
                   f"{w['health'][d]:>20.1f}")
    out += ["", t("money", lang), head]
    for p in real["paid"]:
        out.append(f"  {pot_name(p, lang):{width - 2}} {real['paid'][p]:>14} "
                   f"{w['paid'][p]:>20.1f}")
    out.append(f"  {t('wrong_pocket', lang):{width - 2}} {real['wrong_pocket']:>14} "
               f"{w['wrong_pocket']:>20.1f}")
    out.append(f"  {t('crises', lang):{width - 2}} {real['crises']:>14} {w['crises']:>20.1f}")
    out.append(f"  {t('crisis_rate', lang):{width - 2}} {'':>14} "
               f"{_pct(round(w['crisis_rate'] * n), n):>19}%")
    out += ["", t("blocked", lang)]
    if not w["blocked_by"]:
        out.append(t("blocked_none", lang))
    real_blocked = real["blocked_by"]
    for fid, per_game in w["blocked_by"].items():
        out.append(f"  {force_name(sc, fid, lang):{width - 2}} {real_blocked.get(fid, 0):>14} "
                   f"{per_game:>20.1f}")
    out.append("")
    k = w["kept"]
    if result["keep"]:
        out.append(t("kept", lang, after=result["class_moves_after"], mean=k["mean"],
                     min=k["min"], max=k["max"], all=k["all"], games=n))
        if w["first_dropped"]:
            out.append(t("dropped", lang))
            for d in w["first_dropped"]:
                out.append(t("dropped_line", lang, move=d["move"],
                             action=action_label(sc, d["action"], lang), games=d["games"],
                             reason=reason_text(sc, d["reason"], lang)))
        if w["bot_moves"]:
            out.append(t("bot_moves", lang, n=w["bot_moves"]))
    else:
        out.append(t("bots_only", lang))
    out.append(t("seconds", lang, s=result["seconds"]))
    return "\n".join(out)
