"""The coach of solo practice: on request, the move a strong bot prefers for this role now,
with one or two sentences that say why, in the language of the lesson it touches.

The coach sees what the student's role sees: its view, its legal actions and the public
content. The explanations are content (scenarios/catalogue/coach.yaml), not code.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from typing import Any

from game.content.coach import CoachDef, TipDef, load_coach
from game.engine import Action, Game
from game.lang import has, name_of, pair, pronouns, role_name


@dataclass(frozen=True)
class Tip:
    action: Action
    lesson: str
    text_nl: str
    text_en: str

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_nl

    def lesson_name(self, lang: str) -> str:
        return name_of(None, self.lesson, lang, "lesson")


def medicalises(d: Any) -> bool:
    """Whether playing this card counts as medicalisation (its effects raise the counter)."""
    return any(e.counter is not None and e.counter.counter == "medicalisation"
               and e.counter.by > 0 for e in d.effects)


def default_bot(seed: int = 0) -> Any:
    """The strongest bot there is: the search bot, or the heuristic one without it."""
    try:
        from game.bots.search import SearchBot
    except ImportError:  # pragma: no cover - the search bot ships with the bots issue
        from game.bots.heuristic import HeuristicBot

        return HeuristicBot(seed)
    return SearchBot(seed)


class Coach:
    def __init__(self, bot: Any | None = None, tips: CoachDef | None = None) -> None:
        self.bot = bot if bot is not None else default_bot()
        self.tips = tips if tips is not None else load_coach()

    def tip(self, game: Game, role: str) -> Tip | None:
        """The preferred move for this role now and why; None when it cannot move.

        The same state gives the same tip: the bot's random numbers are drawn afresh from
        what the role can see (the moves played so far), so asking twice gives one answer.
        The coach never advises what its own lessons call medicalisation, nor bringing in
        the network before its role knows anything of what is going on."""
        legal = game.legal_actions(role)
        if role not in game.to_move() or not legal:
            return None
        seed = zlib.crc32(f"{role}:{len(game.history)}:{game.round}".encode())
        self._reseed(seed)
        action = self.bot.choose(game, role)
        view = game.view(role, log=False)
        if not self._fits(game, view, action):
            action = self._instead(game, view, legal, seed) or action
        d = game.scenario.actions.get(f"{action.role}:{action.name}")
        chosen = self._match(action, d.op if d else None, view)
        if chosen is None:
            if d is None:  # a choice on a force card
                return Tip(action, "L7", *pair("coach.choice"))
            return Tip(action, d.lesson or "L2", d.text.nl, d.text.en)
        # a tip for a kind of move teaches the lesson of the card itself, when it has one
        lesson = chosen.lesson if chosen.action is not None or d is None or not d.lesson \
            else d.lesson
        return Tip(action, lesson, self._fill(chosen.text.nl, game, action, "nl"),
                   self._fill(chosen.text.en, game, action, "en"))

    def _reseed(self, seed: int) -> None:
        for bot in (self.bot, getattr(self.bot, "_policy", None)):
            if bot is not None and hasattr(bot, "rng"):
                bot.rng = random.Random(seed)

    @staticmethod
    def _fits(game: Game, view: Any, action: Action) -> bool:
        """Whether the coach may advise this move: not a card that counts as
        medicalisation, and no network before the role knows anything."""
        d = game.scenario.actions.get(f"{action.role}:{action.name}")
        if d is None:
            return True
        if medicalises(d):
            return False
        return not (d.op == "activeer_netwerk" and not view.problems and not view.wish_known)

    def _instead(self, game: Game, view: Any, legal: list[Action], seed: int) -> Action | None:
        """The move a heuristic player likes best among the ones the coach may advise."""
        from game.bots.heuristic import HeuristicBot

        ok = [a for a in legal if self._fits(game, view, a)]
        if not ok:
            return None
        judge = HeuristicBot(seed)
        scored = [(judge.score(game, view, a), -i, a) for i, a in enumerate(ok)]
        return max(scored, key=lambda x: (x[0], x[1]))[2]

    def _match(self, action: Action, op: str | None, view: Any) -> TipDef | None:
        for t in self.tips.tips:
            if t.action is not None and t.action != action.name:
                continue
            if t.action is None and t.op is not None and t.op != op:
                continue
            if t.wish_unknown and view.wish_known:
                continue
            if t.trust_below is not None and view.trust.get(action.role, 0) >= t.trust_below:
                continue
            left = view.energy if view.time is None else view.time
            if t.no_time and left:
                continue
            return t
        return None

    def _fill(self, text: str, game: Game, action: Action, lang: str) -> str:
        target = action.arg2 or action.arg or ""
        if has(f"role.{target}"):
            name = role_name(target, lang, game.scenario)
        else:
            name = target
            for n in game.scenario.casus.network:
                if n.id == target:
                    name = n.name.get(lang)
        text = text.replace("{inwoner}", game.scenario.casus.name_in(lang)).replace("{doel}", name)
        for form, word in pronouns(game.scenario, lang).items():  # the casus' own pronouns
            text = text.replace(f"{{{form}}}", word)
        return text
