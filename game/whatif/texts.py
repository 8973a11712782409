"""The words of "wat als?": Dutch first (B1), English second. ``text(result, scenario, lang)``
is what the command line prints; ``error_text(error, scenario, lang)`` says what is wrong with
a change and what may be chosen instead; ``change_text`` names a change in a sentence."""

from __future__ import annotations

from typing import Any

from game.bots.levels import get_level
from game.engine.defs import Scenario
from game.engine.messages import Message
from game.lang import dim_name, pot_name, render
from game.report.analysis import action_label

T: dict[str, tuple[str, str]] = {
    "title": ("Wat als? {change}", "What if? {change}"),
    "moment": (("Vanaf zet {move} (ronde {round}). {games} keer verder gespeeld, bots op "
               "niveau {level}, seed {seed}."),
               ("From move {move} (round {round}). Played on {games} times, bots at level "
               "{level}, seed {seed}.")),
    "col_real": ("Echt gebeurd", "What happened"),
    "col_whatif": ("Wat als (gemiddeld)", "What if (mean)"),
    "endings": ("Afloop", "Endings"),
    "ending_line": ("  {name}: {count} van de {games} ({pct}%)",
                    "  {name}: {count} of {games} ({pct}%)"),
    "real_ending": ("Echt gebeurd: {name}.", "What happened: {name}."),
    "web": ("Het spinnenweb aan het eind (0-10)", "The spider web at the end (0-10)"),
    "money": ("Geld uitgegeven per potje", "Money spent per pot"),
    "wrong_pocket": ("Geld in de verkeerde zak", "Money in the wrong pocket"),
    "crises": ("Crises", "Crises"),
    "crisis_rate": ("Spellen met een crisis", "Games with a crisis"),
    "blocked": ("Krachten die daarna het meest blokkeerden (zetten per spel)",
                "Forces that blocked most afterwards (moves per game)"),
    "blocked_none": ("  Geen enkele kracht blokkeerde een zet.", "  No force blocked a move."),
    "kept": (("Jullie eigen zetten na dit moment: {after}. Gemiddeld {mean} gehouden "
             "(minste {min}, meeste {max}); in {all} van de {games} spellen alle."),
             ("Your own moves after this moment: {after}. On average {mean} kept "
             "(fewest {min}, most {max}); all of them in {all} of {games} games.")),
    "bots_only": ("De bots speelden alle rollen vanaf dit moment.",
                  "The bots played every role from this moment on."),
    "bot_moves": ("Bots deden gemiddeld {n} zetten waar jullie geen zet meer hadden.",
                  "Bots made {n} moves on average where you had no move left."),
    "dropped": ("Zetten van jullie die niet meer konden:",
                "Moves of yours that could no longer be played:"),
    "dropped_line": ("  Zet {move} ({action}), in {games} spellen: {reason}",
                     "  Move {move} ({action}), in {games} games: {reason}"),
    "too_late": ("die beurt was al voorbij", "that turn was already over"),
    "one_outcome": (("Alle spellen liepen hetzelfde: jullie zetten bleven allemaal mogelijk, "
                    "dus er is maar één afloop."),
                    ("Every game went the same way: all your moves could still be played, so "
                    "there is only one outcome.")),
    "seconds": ("Klaar in {s} seconden.", "Done in {s} seconds."),
    "left_out": ("(in plaats van: {action})", "(instead of: {action})"),
    # the changes
    "change_force_on": ("{force} speelt mee vanaf ronde {round}",
                        "{force} in play from round {round}"),
    "change_force_off": ("geen {force} vanaf ronde {round}",
                         "no {force} from round {round}"),
    "change_model": ("het {model} vanaf ronde {round}", "the {model} from round {round}"),
    "change_answer": ("bij zet {move} gaat het antwoord andersom: {action}",
                      "at move {move} the answer goes the other way: {action}"),
    "change_answer_none": ("bij zet {move} geeft de inwoner geen toestemming",
                           "at move {move} the resident gives no consent"),
    "change_move": ("zet {move} wordt: {action}", "move {move} becomes: {action}"),
    # errors
    "err_round_range": (("Ronde {round} is niet gespeeld in dit spel. Kies een ronde van 1 "
                        "tot en met {last}."),
                        ("Round {round} was not played in this game. Choose a round from 1 "
                        "to {last}.")),
    "err_unknown_force": ("'{what}' is geen kracht van dit spel.",
                          "'{what}' is not a force of this game."),
    "err_unknown_model": ("'{what}' is geen organisatiemodel.",
                          "'{what}' is not an organisation model."),
    "err_same_model": ("Het team werkte in die ronde al volgens het {what}.",
                       "The team already worked by the {what} in that round."),
    "err_force_already_on": ("{what} speelde in ronde {round} al mee.",
                             "{what} was already in play in round {round}."),
    "err_force_not_in_game": (("{what} speelt vanaf ronde {round} niet mee; er valt niets uit "
                              "te zetten."),
                              ("{what} is not in play from round {round} on; there is "
                              "nothing to switch off.")),
    "err_needs_round": ("Zeg vanaf welke ronde (--round).", "Say from which round (--round)."),
    "err_needs_move": ("Zeg bij welke zet (het nummer in de tijdlijn).",
                       "Say at which move (its number in the timeline)."),
    "err_move_range": ("Zet {move} bestaat niet. Dit spel heeft zet 1 tot en met {last}.",
                       "Move {move} does not exist. This game has moves 1 to {last}."),
    "err_not_an_answer": ("Zet {move} ({action}) is geen antwoord van de inwoner.",
                          "Move {move} ({action}) is not an answer of the resident."),
    "err_bad_notation": ("'{what}' is geen zet.", "'{what}' is not a move."),
    "err_same_move": ("Dat is dezelfde zet als in het echte spel.",
                      "That is the same move as in the real game."),
    "err_illegal_move": ("{what} kon bij zet {move} niet: {reason}",
                         "{what} was not possible at move {move}: {reason}"),
    "err_games_range": ("Kies 1 tot en met {most} spellen.", "Choose 1 to {most} games."),
    "err_unknown_kind": ("Onbekende verandering '{kind}'.", "Unknown change '{kind}'."),
    "allowed": ("Je kunt kiezen uit: {items}", "You can choose from: {items}"),
    "allowed_answers": ("Antwoorden van de inwoner in dit spel: {items}",
                        "The resident's answers in this game: {items}"),
    "allowed_none": ("Dit spel heeft geen antwoorden van de inwoner.",
                     "This game has no answers of the resident."),
}
ALLOWED_SHOWN = 30


def t(key: str, lang: str = "nl", **kw: Any) -> str:
    nl, en = T[key]
    return (en if lang == "en" else nl).format(**kw)


def ending_name(sc: Scenario, ending: str, lang: str) -> str:
    for e in sc.casus.endings:
        if e.id == ending:
            return e.name.get(lang)
    return {"none": ("nog niet afgelopen", "not finished")}.get(ending, (ending, ending))[
        1 if lang == "en" else 0]


def force_name(sc: Scenario, fid: str, lang: str) -> str:
    f = sc.forces.get(fid)
    return f.name.get(lang) if f is not None else fid


def model_name(sc: Scenario, mid: str, lang: str) -> str:
    m = sc.models.get(mid)
    return m.name.get(lang) if m is not None else mid


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
