"""The reliability audit as code: shared by the short CI run (tests/reliability/) and the
long one by hand (benchmarks/soak.py).

- ``fuzz_game``: random and hostile players (legal, blocked, out-of-turn, wrong-role, made-up
  and malformed actions) with the invariants checked after every move;
- ``leaks``: other roles' hidden state perturbed; a role's view, legal moves and blocked
  reasons (and what the text mode prints for it) must not change;
- ``corruptions``: damaged versions of a save (truncated, flipped bytes, changed fields,
  nested, huge).

Everything is seeded: the same arguments give the same games and the same findings.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from game.engine import Action, Game, IllegalAction, NotationError
from game.engine.defs import DIMENSIONS, PROFESSIONALS, Scenario

ROLES = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner")
DIFFICULTIES = ("licht", "normaal", "zwaar")
# What a player may get back for a bad move: a reason (IllegalAction), or a refused
# notation / a malformed Action (NotationError and ValueError, both ValueError).
REJECTED = (IllegalAction, ValueError)


@lru_cache(maxsize=16)
def scenario(sid: str) -> Scenario:
    from game.content import load_scenario

    return load_scenario(sid)


def casus_ids() -> list[str]:
    from game.content.loader import list_scenarios

    return sorted(c if isinstance(c, str) else c.id for c in list_scenarios())


def combos() -> list[tuple[str, str, str]]:
    """Every casus × organisation model × difficulty."""
    return [(sid, model, diff) for sid in casus_ids() for model in sorted(scenario(sid).models)
            for diff in DIFFICULTIES]


# ------------------------------------------------------------------- invariants --

def raw_state(game: Game) -> Any:
    """The engine's own (mutable) state: read for the invariants, written only by the leak
    check on a copy of the game."""
    return getattr(game, "_s", None) or game.state


def invariant_violations(game: Game) -> list[str]:
    """Health 0-10, severity 0-5, trust and relations 0-3, the pots consistent with the
    ledger and the forces that changed them (never below 0), time and energy not negative."""
    s = raw_state(game)
    out: list[str] = []
    for d in DIMENSIONS:
        if not 0 <= s.health[d] <= 10:
            out.append(f"health {d} = {s.health[d]}")
    for pid, p in s.problems.items():
        if not 0 <= p.severity <= 5:
            out.append(f"severity {pid} = {p.severity}")
    for r, v in s.trust.items():
        if not 0 <= v <= 3:
            out.append(f"trust {r} = {v}")
    for k, v in s.relations.items():
        if not 0 <= v <= 3:
            out.append(f"relation {k} = {v}")
    for pot, left in s.pots.items():
        paid = sum(e.amount for e in s.ledger if e.pot == pot)
        changed = sum(int(m.param("new") or 0) - int(m.param("old") or 0)
                      for _r, _p, m in s.log if m.code == "pot_changed" and m.param("pot") == pot)
        if left < 0 or left != s.start_pots[pot] - paid + changed:
            out.append(f"pot {pot} = {left} (start {s.start_pots[pot]}, paid {paid}, "
                       f"changed {changed})")
        if any(e.amount < 0 for e in s.ledger):
            out.append("a negative payment in the ledger")
    for r, t in s.time.items():
        if t < 0:
            out.append(f"time {r} = {t}")
    if s.energy < 0:
        out.append(f"energy = {s.energy}")
    if s.over and not s.ending:
        out.append("over without an ending")
    return out


# ------------------------------------------------------------------------ fuzzer --

@dataclass
class FuzzResult:
    scenario: str
    model: str
    difficulty: str
    seed: int
    moves: int = 0  # actions applied
    rejected: int = 0  # bad actions refused as they should be
    ended: bool = False
    crashes: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.scenario}/{self.model}/{self.difficulty}/seed {self.seed}"


GARBAGE = ["", " ", "huisarts", "huisarts:", ":consult", "huisarts:consult(", "x:y(z->)",
           "huisarts:consult(a+b+c)", "HUISARTS:CONSULT", "huisarts:consult()", "\x00",
           "inwoner:vertel(wens->facilitator)", "huisarts:deel(wens->huisarts)",
           "facilitator:injecteer(niets)", "facilitator:einde(x)", "docent:consult",
           "huisarts:consult;drop table games", "a" * 5000, "huisarts:" + "x" * 300,
           "sociaal_werker:deel(" + "z" * 200 + "->huisarts)", "inwoner:toestemming(huisarts)",
           "inwoner:toestemming(huisarts+huisarts)", "huisarts:kies(ja)",
           "\u202ehuisarts:consult", "huisarts:consult\n", "Ron:consult", "💊:consult"]


def _made_up(game: Game, rng: random.Random) -> Action | str:
    """An action from the casus' own vocabulary with arguments that may not fit."""
    sc = game.scenario
    ident = rng.choice(sorted(sc.actions))
    role, name = ident.split(":", 1)
    if rng.random() < 0.3:
        role = rng.choice(ROLES)
    words = (list(sc.arrangements) + [p.id for p in sc.casus.problems] + list(ROLES)
             + ["wens", "nee", "ja", "onbekend", "facilitator"])
    shape = rng.randrange(4)
    if shape == 0:
        return Action(role, name)
    if shape == 1:
        return Action(role, name, rng.choice(words))
    return Action(role, name, rng.choice(words), rng.choice(words), rng.choice(("->", "+")))


def fingerprint(game: Game) -> tuple[Any, ...]:
    """A cheap summary of the state (the full state hash costs a few milliseconds)."""
    s = raw_state(game)
    return (len(s.history), len(s.log), s.round, s.phase, tuple(s.health.values()),
            tuple(s.pots.values()), tuple(s.time.values()), s.energy, tuple(s.trust.values()),
            tuple(s.relations.values()), len(s.ledger), s.over)


def _apply_expecting(game: Game, action: Any, res: FuzzResult, must: bool | None,
                     full_hash: bool = False) -> bool:
    """Apply; ``must`` True: it is legal and must work; False: it must be refused with a
    reason and change nothing; None: either. Returns whether it was applied. A refused move
    must leave the game as it was (its fingerprint, and with ``full_hash`` its state hash)."""
    before = fingerprint(game)
    snapshot = game.state_hash() if full_hash else None
    try:
        if callable(action):
            action = action()
        game.apply(action)
    except REJECTED:
        if must:
            res.crashes.append(f"{res.label}: legal {action} refused")
        if fingerprint(game) != before or (snapshot is not None
                                           and game.state_hash() != snapshot):
            res.violations.append(f"{res.label}: refused {action!s:.80} changed the game")
        res.rejected += 1
        return False
    except Exception as e:  # noqa: BLE001 - a crash is what the fuzzer looks for
        res.crashes.append(f"{res.label}: {action!s:.80} -> {type(e).__name__}: {e}")
        return False
    if must is False:
        res.violations.append(f"{res.label}: {action!s:.80} was played but should be refused")
    res.moves += 1
    return True


def expected(game: Game, action: Action | str) -> bool | None:
    """Whether the engine must play this action (True) or refuse it (False): it must agree
    with its own legal_actions. None for the facilitator (not a team)."""
    try:
        a = action if isinstance(action, Action) else Action.parse(action)
    except NotationError:
        return False
    if a.role not in ROLES:
        return None if a.role == "facilitator" else False
    return str(a) in {str(x) for x in game.legal_actions(a.role)}


def fuzz_game(sid: str, model: str, difficulty: str, seed: int, hostile: float = 0.5,
              max_moves: int = 3000, hash_rate: float = 0.05) -> FuzzResult:
    """One game between random players; with probability ``hostile`` a step is a bad move
    (blocked, out of turn, another role's, made up or malformed) instead of a legal one.
    ``hash_rate``: the share of refused moves checked with the full state hash."""
    res = FuzzResult(sid, model, difficulty, seed)
    rng = random.Random(f"{sid}/{model}/{difficulty}/{seed}")
    try:
        game = Game(scenario(sid), seed, model, difficulty)
    except Exception as e:  # noqa: BLE001
        res.crashes.append(f"{res.label}: new game -> {type(e).__name__}: {e}")
        return res

    def attempt(action: Any, must: bool | None) -> bool:
        return _apply_expecting(game, action, res, must, rng.random() < hash_rate)

    steps = 0
    while not game.is_over() and res.moves < max_moves and steps < max_moves * 4:
        steps += 1
        movers = game.to_move()
        if not movers:
            res.violations.append(f"{res.label}: nobody to move in a game that is not over")
            break
        role = rng.choice(movers)
        legal = game.legal_actions(role)
        if not legal:
            res.violations.append(f"{res.label}: {role} to move without a legal action")
            break
        legal_set = {str(a) for a in legal}
        if rng.random() >= hostile:
            # mostly a useful move, sometimes "klaar" so the game goes on
            pick = rng.choice(legal)
            attempt(pick, True)
        else:
            kind = rng.randrange(6)
            if kind == 0:  # a blocked card
                blocked = game.blocked_actions(role)
                if blocked:
                    a, _why = rng.choice(blocked)
                    attempt(a, str(a) in legal_set and None)
            elif kind == 1:  # out of turn: a role that is not to move
                others = [r for r in ROLES if r not in movers]
                if others:
                    a = rng.choice(legal)
                    other = rng.choice(others)
                    attempt(lambda a=a, other=other: Action(
                        other, a.name, a.arg, a.arg2, a.sep), False)
            elif kind == 2:  # another mover's card under this role's name
                a = rng.choice(legal)
                wrong = rng.choice([r for r in ROLES if r != role])
                text = str(a).replace(f"{role}:", f"{wrong}:", 1)
                wrong_legal = wrong in movers and text in {
                    str(x) for x in game.legal_actions(wrong)}
                attempt(text, bool(wrong_legal))
            elif kind == 3:  # made up from the vocabulary
                try:
                    made = _made_up(game, rng)
                except REJECTED:
                    res.rejected += 1
                    continue
                attempt(made, expected(game, made))
            elif kind == 4:  # malformed text
                text = rng.choice(GARBAGE)
                attempt(text, expected(game, text))
            else:  # the facilitator: a force injected now and then
                if rng.random() < 0.1:
                    force = rng.choice(sorted(game.scenario.forces))
                    attempt(f"facilitator:injecteer({force})", None)
        bad = invariant_violations(game)
        if bad:
            res.violations.extend(f"{res.label} after {len(game.history)} moves: {b}"
                                  for b in bad)
            break
    res.ended = game.is_over()
    if not res.ended:
        res.violations.append(f"{res.label}: no end after {res.moves} moves")
    return res


# -------------------------------------------------------------------------- leaks --

def copy_game(game: Game) -> Game:
    """An independent copy of a game (its whole state), to perturb."""
    return copy.deepcopy(game)


def perturb_hidden(game: Game, role: str, rng: random.Random) -> Game:
    """A copy of the game in which what ``role`` may not see is changed: the other
    professionals' dossiers, signals and the rounds they learned things, their trust (for a
    professional), the health dimensions and problem severities this role cannot see, and
    an event only another role may see."""
    from game.engine.messages import msg

    g = copy_game(game)
    s = raw_state(g)
    facts = [p.id for p in g.scenario.casus.problems] + ["wens"]
    for other in ROLES:
        if other == role:
            continue
        known = s.knows.setdefault(other, set())
        for f in rng.sample(facts, k=min(3, len(facts))):
            if f in known and rng.random() < 0.5:
                known.discard(f)
            else:
                known.add(f)
                s.learned_at.setdefault(other, {})[f] = max(1, s.round - rng.randrange(2))
        sigs = [x.id for x in g.scenario.casus.signals]
        if sigs:
            s.signals.setdefault(other, [])
            s.signals[other] = list(dict.fromkeys([*s.signals[other], rng.choice(sigs)]))
        if role in PROFESSIONALS and other in s.trust:
            s.trust[other] = rng.randrange(4)
    view = g.view(role)
    seen_dims = set(view.health)
    for d in DIMENSIONS:
        if d not in seen_dims:
            s.health[d] = rng.randrange(11)
    own = {p.id for p in view.problems}
    for pid, p in s.problems.items():
        if pid not in own:
            p.severity = rng.randrange(6)
    hidden_from = frozenset(r for r in ROLES if r != role)
    s.log.append((s.round, s.phase, msg("learned", frozenset([next(iter(hidden_from))]),
                                        role=next(iter(hidden_from)), fact=facts[0])))
    return g


def role_surface(game: Game, role: str) -> tuple[Any, list[str], list[tuple[str, Any]]]:
    """What one role gets from the engine: its view, its legal moves, its blocked moves
    with their reasons."""
    view = game.view(role)
    legal = [str(a) for a in game.legal_actions(role)]
    blocked = [(str(a), r) for a, r in game.blocked_actions(role)]
    return view, legal, blocked


def text_mode_lines(game: Game, role: str) -> list[str]:
    """What the text mode prints for this role's turn (its view, legal and blocked cards)
    and the events it is shown."""
    from game.ui.text import TextGame

    lines: list[str] = []

    def stop(_prompt: str) -> str:
        return "s"

    tg = TextGame(game, write=lines.append, read=stop, handover=False)
    tg.seen_log = {r: 0 for r in tg.seen_log}
    tg.show_view(game.view(role))
    legal = game.legal_actions(role)
    for a in legal:
        lines.append(tg.describe(a))
    blocked = [(a, r) for a, r in game.blocked_actions(role)]
    for label, reason in tg.group_blocked(blocked):
        lines.append(f"{label}: {reason}")
    tg.show_events(role)
    return lines


def leak_positions(sid: str, model: str, difficulty: str, seed: int, every: int = 7,
                   limit: int = 40) -> Iterator[Game]:
    """Positions of a random game (every ``every`` moves, at most ``limit``)."""
    from game.bots.random_bot import RandomBot

    game = Game(scenario(sid), seed, model, difficulty)
    bot = RandomBot(seed)
    n = 0
    while not game.is_over() and n < limit * every:
        if n % every == 0:
            yield game
        role = bot.rng.choice(game.to_move())
        game.apply(bot.choose(game, role))
        n += 1


def leaks_at(game: Game, rng: random.Random, text: bool = False) -> tuple[int, list[str]]:
    """Perturb every role's hidden state in turn; returns (views checked, leaks found)."""
    found: list[str] = []
    checked = 0
    for role in ROLES:
        base = role_surface(game, role)
        other = perturb_hidden(game, role, rng)
        after = role_surface(other, role)
        checked += 1
        for name, a, b in zip(("view", "legal moves", "blocked reasons"), base, after,
                              strict=True):
            if a != b:
                found.append(f"{game.scenario.id} round {game.round} {role}: its {name} "
                             f"changed with another role's hidden state")
        if text and text_mode_lines(game, role) != text_mode_lines(other, role):
            found.append(f"{game.scenario.id} round {game.round} {role}: the text mode "
                         f"printed something else")
    return checked, found


# ------------------------------------------------------------------ corrupt saves --

def corruptions(text: str, rng: random.Random, n: int) -> Iterator[tuple[str, bytes]]:
    """``n`` damaged versions of a save's text, each with a name saying what was done:
    truncated, flipped bytes, a changed field, nested deep, made huge."""
    data = json.loads(text)
    raw = text.encode()
    kinds: list[Callable[[], tuple[str, bytes]]] = []

    def truncated() -> tuple[str, bytes]:
        k = rng.randrange(len(raw))
        return f"truncated at {k}", raw[:k]

    def flipped() -> tuple[str, bytes]:
        b = bytearray(raw)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return "flipped bits", bytes(b)

    values: list[Any] = [None, True, -1, 0, 2**70, 1e308, "", "x", "\u202e", [], {}, [[[]]],
                         "ron", "teammodel", "zwaar", {"a": 1}, "huisarts:consult", 3.5]

    def changed() -> tuple[str, bytes]:
        d = copy.deepcopy(data)
        key = rng.choice(sorted(d) + ["seed", "actions", "model", "scenario", "difficulty"])
        how = rng.randrange(5)
        if how == 0:
            d.pop(key, None)
            return f"{key} removed", json.dumps(d).encode()
        if key == "actions" and isinstance(d.get("actions"), list) and d["actions"] and how < 4:
            acts = d["actions"]
            i = rng.randrange(len(acts))
            if how == 1:
                del acts[i]
                return f"action {i} dropped", json.dumps(d).encode()
            if how == 2:
                acts[i], acts[-1] = acts[-1], acts[i]
                return f"action {i} swapped with the last", json.dumps(d).encode()
            acts[i] = rng.choice(GARBAGE[:20] + acts)
            return f"action {i} replaced", json.dumps(d).encode()
        if key == "seed" and how < 3:
            d["seed"] = int(d.get("seed", 0)) + rng.randint(1, 99) if isinstance(
                d.get("seed"), int) else 1
            return "another seed", json.dumps(d).encode()
        d[key] = rng.choice(values)
        return f"{key} = {d[key]!r:.30}", json.dumps(d).encode()

    def nested() -> tuple[str, bytes]:
        depth = rng.choice((50, 1000, 100_000))
        key = rng.choice(("actions", "ui", "application", "seed", "extra"))
        blob = "[" * depth + "]" * depth
        d = json.dumps({**data, key: "@@"}).replace('"@@"', blob)
        return f"{key} nested {depth} deep", d.encode()

    def huge() -> tuple[str, bytes]:
        which = rng.randrange(3)
        if which == 0:
            d = {**data, "actions": list(data.get("actions", [])) * 200}
            return "actions repeated 200×", json.dumps(d).encode()
        if which == 1:
            d = {**data, "ui": {"teams": {"huisarts": "x" * 5_000_000}}}
            return "a 5 MB team name", json.dumps(d).encode()
        if rng.random() < 0.5:  # a number of 5000 digits, as JSON text
            return "a huge seed", json.dumps({**data, "seed": "@@"}).replace(
                '"@@"', "9" * 5000).encode()
        d = {**data, "application": {"inwoner": "ä" * 1_000_000}}
        return "a huge answer", json.dumps(d).encode()

    kinds = [truncated, flipped, changed, changed, nested, huge]
    for _ in range(n):
        yield rng.choice(kinds)()


# ---------------------------------------------------------------- the board draws --

class BoardProbe:
    """Draws the board headless for the team at it, and gives back the drawn texts and the
    pixels. One pygame window for all the probes (SDL's dummy driver)."""

    def __init__(self, size: tuple[int, int] = (1280, 720), lang: str = "nl") -> None:
        import os

        os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        from game.ui.app import App, init_display

        self.screen = init_display(size)
        self.app = App(size, lang, screen=self.screen, loader=scenario,
                       scenario_ids=casus_ids())

    def draw(self, game: Game, role: str) -> tuple[str, bytes]:
        import pygame

        from game.ui import style
        from game.ui.scenes.board import BoardScene
        from game.ui.session import Session

        app = self.app
        session = Session(game, save_path=None)
        session.current = role
        session.revealed_round = game.round
        session.summarised_round = game.round - 1
        app.session = session
        app.replace(BoardScene(app))
        app.keyboard_used = False
        for s in app.scenes:
            s.update(0.016)
        style.TEXT_LOG = []
        try:
            app.draw()
            texts = list(style.TEXT_LOG)
        finally:
            style.TEXT_LOG = None
        for sc in app.scenes:
            if sc.manager is None:
                continue
            for el in sc.manager.get_sprite_group().sprites():
                if hasattr(el, "html_text"):
                    texts.append(str(el.html_text))
                elif hasattr(el, "text"):
                    texts.append(str(el.text))
        return "\n".join(texts), pygame.image.tobytes(app.screen, "RGB")

    def close(self) -> None:
        import pygame

        pygame.quit()


def board_leaks_at(game: Game, probe: BoardProbe, rng: random.Random) -> tuple[int, list[str]]:
    """For each team at the board now: the board drawn for it with the others' hidden state
    perturbed must be the same (texts and pixels)."""
    found: list[str] = []
    checked = 0
    for role in game.to_move():
        if role not in ROLES:
            continue
        texts, pixels = probe.draw(game, role)
        other = perturb_hidden(game, role, rng)
        texts2, pixels2 = probe.draw(other, role)
        checked += 1
        if texts != texts2:
            found.append(f"{game.scenario.id} round {game.round} {role}: the board drew other "
                         f"texts")
        elif pixels != pixels2:
            found.append(f"{game.scenario.id} round {game.round} {role}: the board drew other "
                         f"pixels")
    return checked, found


# ---------------------------------------------------- corrupt saves through the CLI --

@dataclass
class CliRun:
    argv: list[str]
    code: int
    out: str
    err: str
    crash: str | None  # a traceback that escaped main(), or printed by it

    @property
    def told(self) -> str:
        return (self.err + self.out).strip()


def run_main(argv: list[str], stdin: str = "") -> CliRun:
    """The CLI as a user runs it, in this process: ``main(argv)`` with its own stdin,
    stdout and stderr; a traceback (raised, or printed) is a crash."""
    import contextlib
    import sys
    import traceback

    from game.cli import main

    out, err = io_string(), io_string()
    old_in = sys.stdin
    sys.stdin = io_string(stdin)
    crash = None
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = int(main(argv) or 0)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:  # noqa: BLE001 - what the audit looks for
        crash = traceback.format_exc()
        code = -1
    finally:
        sys.stdin = old_in
    text_err = err.getvalue()
    if crash is None and "Traceback (most recent call last)" in text_err + out.getvalue():
        crash = text_err
    return CliRun(argv, code, out.getvalue(), text_err, crash)


def io_string(text: str = "") -> Any:
    import io

    return io.StringIO(text)


@dataclass
class SaveVerdict:
    name: str
    outcome: str  # "error" (a clear message), "identical", "told" (another game, said so),
    #               "silent" (another game without a word), "crash"
    detail: str = ""


def judge_corrupt_save(path: Any, original_hash: str, name: str, out_dir: Any,
                       commands: tuple[str, ...] = ("replay", "report", "play")) -> list[
                           SaveVerdict]:
    """One damaged save through replay, report and play --load."""
    verdicts = []
    for command in commands:
        if command == "replay":
            argv = ["replay", str(path), "--json"]
        elif command == "report":
            argv = ["report", str(path), "--out", str(out_dir / "verslag.html")]
        else:
            argv = ["play", "--text", "--load", str(path), "--save", str(out_dir / "p.json"),
                    "--no-handover"]
        r = run_main(argv, stdin="s\n" * 5)
        label = f"{name} / {command}"
        if r.crash:
            verdicts.append(SaveVerdict(label, "crash", r.crash[-600:]))
        elif r.code != 0:
            clear = bool(r.err.strip()) and len(r.err) < 20_000
            verdicts.append(SaveVerdict(label, "error" if clear else "crash",
                                        r.err[:300] or "an exit code without a message"))
        elif command == "replay":
            try:
                got = json.loads(r.out)["state_hash"]
            except (ValueError, KeyError, TypeError):
                verdicts.append(SaveVerdict(label, "crash", "replay --json printed no hash"))
                continue
            if got == original_hash:
                verdicts.append(SaveVerdict(label, "identical"))
            else:
                verdicts.append(SaveVerdict(label, "told" if r.err.strip() else "silent",
                                            r.err[:300]))
        else:
            verdicts.append(SaveVerdict(label, "loaded", r.err[:200]))
    return verdicts
