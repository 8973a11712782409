"""Regenerate docs/balance.md: the balance figures of every shipped casus.

    python benchmarks/balance_report.py [--games 1000] [--seed 1]

For each casus: random and heuristic bots (every organisation model in turn), the ending
distribution, best-ending and crisis rates, results per model and the force cards with the
largest effect on the best ending. The targets of the bots issue are checked and marked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.bots.heuristic import HeuristicBot
from game.bots.random_bot import RandomBot
from game.bots.simulate import simulate
from game.content import list_scenarios, load_scenario
from game.engine import Game
from game.engine.defs import Scenario
from game.engine.roles import ROLES

ROOT = Path(__file__).resolve().parent.parent


def pct(x: float) -> str:
    return f"{x * 100:.1f}%"


MODELS = ("netwerkmodel", "brugfunctiemodel", "teammodel", "gemeenschapsmodel")


def health_curve(sc: Scenario, games: int, seed: int, bots: str) -> list[float]:
    """The mean of the six health dimensions per round, as the players see it when the
    round's moves start (after its leven phase), and at the end; over ``games`` games,
    every organisation model in turn."""
    rounds = sc.casus.rounds
    sums = [0.0] * (rounds + 1)
    counts = [0] * (rounds + 1)
    for i in range(games):
        game = Game(sc, seed + i, MODELS[i % len(MODELS)])
        make = HeuristicBot if bots == "heuristic" else RandomBot
        players = {r: make(seed + i * 7 + j) for j, r in enumerate(ROLES)}
        seen = {1}
        sums[0] += sum(game.state.health.values()) / 6
        counts[0] += 1
        while not game.is_over():
            role = game.to_move()[0]
            game.apply(players[role].choose(game, role))
            if game.round not in seen and not game.is_over():
                seen.add(game.round)
                sums[game.round - 1] += sum(game.state.health.values()) / 6
                counts[game.round - 1] += 1
        sums[rounds] += sum(game.state.health.values()) / 6
        counts[rounds] += 1
    return [x / n if n else float("nan") for x, n in zip(sums, counts, strict=True)]


def curve_lines(sc: Scenario, games: int, seed: int) -> list[str]:
    rounds = sc.casus.rounds
    start = sum(sc.casus.start.health.values()) / 6
    head = " | ".join(f"r{r}" for r in range(1, rounds + 1))
    lines = ["", (f"Mean health per round (the six dimensions; start {start:.1f}; a round's "
             f"figure is what the players see when its moves start, after its leven phase, over the games still going; "
             f"{games} games per row):"), "",
             f"| bots | {head} | end |", "|---|" + "---|" * (rounds + 1)]
    for bots in ("random", "heuristic"):
        c = health_curve(sc, games, seed, bots)
        lines.append(f"| {bots} | " + " | ".join(f"{x:.1f}" for x in c) + " |")
    return lines


def section(sid: str, games: int, seed: int) -> tuple[list[str], bool]:
    sc = load_scenario(sid)
    rnd = simulate(sc, games, seed, bots="random")
    heu = simulate(sc, games, seed, bots="heuristic")
    # a first-time table: the rule of thumb with one move in four at random (the easy level)
    easy = simulate(sc, games, seed, bots="makkelijk")
    hb, rb = heu["best_ending_rate"], rnd["best_ending_rate"]
    models = heu["per_model"]
    spread = max(m["best_ending_rate"] for m in models.values()) - min(
        m["best_ending_rate"] for m in models.values())
    gain_spread = max(m["mean_health_gain"] for m in models.values()) - min(
        m["mean_health_gain"] for m in models.values())
    checks = {
        "best ending reachable (heuristic ≥ 5%)": hb >= 0.05,
        "not automatic (heuristic ≤ 60%)": hb <= 0.60,
        "heuristic ≥ 2 × random": hb >= 2 * rb and hb > 0,
        "models differ (best-ending spread ≥ 5 points or health-gain spread ≥ 0.5)":
            spread >= 0.05 or gain_spread >= 0.5,
    }
    ok = all(checks.values())
    # the lessons' own targets (issue 13): L7 no model dominates, L9 every game meets turnover
    rates = {m: f["best_ending_rate"] for m, f in models.items()}
    top, low = max(rates, key=lambda m: rates[m]), min(rates, key=lambda m: rates[m])
    l7 = rates[top] <= 2 * rates[low]
    l9 = heu["turnover_rate"] >= 0.999 and rnd["turnover_rate"] >= 0.999
    lines = [f"## {sc.casus.title.nl} (`{sid}`)", ""]
    lines += [f"- {'✓' if v else '✗'} {k}" for k, v in checks.items()]
    lines += [(f"- {'✓' if l7 else '✗'} L7: the best model ({top}, {pct(rates[top])}) "
               f"reaches the best ending at most twice as often as the worst ({low}, "
               f"{pct(rates[low])})"),
              (f"- {'✓' if l9 else '✗'} L9: every game that reaches round 5 meets a colleague who leaves "
               f"(heuristic {pct(heu['turnover_rate'])}, random {pct(rnd['turnover_rate'])})")]
    lines += ["", "| bots | best ending | crisis | health gain | rounds | endings |",
              "|---|---|---|---|---|---|"]
    for name, d in (("random", rnd), ("makkelijk (first time)", easy), ("heuristic", heu)):
        ends = ", ".join(f"{e} {c}" for e, c in d["endings"].items())
        lines.append(f"| {name} | {pct(d['best_ending_rate'])} | {pct(d['crisis_rate'])} | "
                     f"{d['mean_health_gain']:+.2f} | {d['mean_rounds']:.1f} | {ends} |")
    lines += ["", "Heuristic bots per organisation model:", "",
              "| model | best ending | crisis | health gain |", "|---|---|---|---|"]
    for m, f in models.items():
        lines.append(f"| {m} | {pct(f['best_ending_rate'])} | {pct(f['crisis_rate'])} | "
                     f"{f['mean_health_gain']:+.2f} |")
    lines += curve_lines(sc, min(games, 200), seed)
    forces = heu["forces_by_effect"]
    if forces:
        lines += ["", "Force cards with the largest effect on the best ending (heuristic): "
                  + ", ".join(f"{f['force']} {f['effect']:+.2f}"
                              for f in (forces[:2] + forces[-2:]))]
    lines.append("")
    return lines, ok, (top, l7, l9)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--games", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default=str(ROOT / "docs" / "balance.md"))
    args = p.parse_args()
    body: list[str] = []
    summary: list[str] = []
    best_models: set[str] = set()
    for casus in list_scenarios():
        lines, ok, (top, l7, l9) = section(casus.id, args.games, args.seed)
        body += lines
        best_models.add(top)
        summary.append(f"| `{casus.id}` | {'✓' if ok else '✗ (see below)'} | "
                       f"{'✓' if l7 else '✗'} ({top} best) | {'✓' if l9 else '✗'} |")
        print(f"{casus.id}: {'ok' if ok else 'misses a target'}", file=sys.stderr)
    head = [
        "# Balance", "",
        "Figures from the balance simulator, regenerated with:", "",
        f"    python benchmarks/balance_report.py --games {args.games} --seed {args.seed}", "",
        ("or per casus: `krachtenveld simulate --scenario ron --games 10000 --bots heuristic "
         "--seed 1 --json`."), "",
        ("Targets (bots issue): with heuristic bots the best ending is reachable (at least 5% "
         "of games) but not automatic (at most 60%); heuristic bots reach it at least twice as "
         "often as random ones; the organisation models differ measurably. Every model is "
         "played in turn, at difficulty normaal. The row *makkelijk (first time)* stands for a "
         "table that plays for the first time: the rule of thumb, with one move in four at "
         "random (the easy level of solo practice); it has no target, it shows whether a "
         "first game can reach the best ending at all."), "",
        ("Health per round: under the rules of casus format 3 the web moves step by step "
         "(help gives a dimension at most 1 a round, a dimension loses only its heaviest "
         "drain, a problem someone works on does not drain), so with heuristic bots the web "
         "turns within two or three rounds and rises gradually; random bots stay low."), "",
        ("Lesson targets (issue 13): L7 — for every casus the best organisation model reaches "
         "the best ending at most twice as often as the worst, and each model is the best one "
         "for at least one casus; L9 — every game that reaches round 5 meets a colleague "
         "who leaves (the casus schedules it there), and a project nobody secured stops then."),
        "",
        "| casus | targets | L7 models | L9 turnover |", "|---|---|---|---|", *summary, "",
        (f"Models that are the best for some casus: {', '.join(sorted(best_models))}"
         f" ({'✓' if len(best_models) == 4 else '✗'} every model at least once)."), "",
    ]
    Path(args.out).write_text("\n".join(head + body), encoding="utf-8")


if __name__ == "__main__":
    main()
