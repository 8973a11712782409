"""Short animations where something changes on the board (money moving to the pot that pays,
a pot's number counting, a new dossier line sliding in, a relation line pulsing).

An Animator holds named tweens. Each lasts at most MAX_S seconds (delay included), any key or
click finishes them all at once, and when the last one ends the scene asks for one more frame
and the main loop goes back to idle (no drawing while nothing moves).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

MAX_S = 0.6  # nothing animates longer than this (design: short, never in the way)


@dataclass
class Tween:
    key: str
    dur: float
    delay: float = 0.0
    elapsed: float = 0.0
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def progress(self) -> float:
        """0 before it starts, rising to 1 at its end."""
        if self.elapsed <= self.delay:
            return 0.0
        return min(1.0, (self.elapsed - self.delay) / self.dur) if self.dur > 0 else 1.0

    @property
    def done(self) -> bool:
        return self.elapsed >= self.delay + self.dur


class Animator:
    def __init__(self) -> None:
        self.tweens: dict[str, Tween] = {}

    @property
    def active(self) -> bool:
        return bool(self.tweens)

    def start(self, key: str, dur: float, delay: float = 0.0, **data: Any) -> Tween:
        delay = max(0.0, min(delay, MAX_S - 0.05))
        dur = max(0.05, min(dur, MAX_S - delay))
        tw = Tween(key, dur, delay, 0.0, data)
        self.tweens[key] = tw
        return tw

    def step(self, dt: float) -> bool:
        """Advance; True when something ended in this step (draw one last frame)."""
        if not self.tweens:
            return False
        # a long frame (the window was dragged, the machine was busy) never skips a
        # tween's first frame entirely, but it also never stretches one beyond MAX_S
        dt = max(0.0, min(dt, 0.1))
        ended = False
        for key in list(self.tweens):
            tw = self.tweens[key]
            tw.elapsed += dt
            if tw.done:
                del self.tweens[key]
                ended = True
        return ended

    def skip(self) -> bool:
        """Finish everything now; True when there was something to finish."""
        had = bool(self.tweens)
        self.tweens.clear()
        return had

    def get(self, key: str) -> Tween | None:
        return self.tweens.get(key)

    def progress(self, key: str) -> float | None:
        """The tween's progress, or None when it is not running (draw the end state)."""
        tw = self.tweens.get(key)
        return None if tw is None else tw.progress

    def with_prefix(self, prefix: str) -> list[Tween]:
        return [tw for k, tw in self.tweens.items() if k.startswith(prefix)]


def ease_out(p: float) -> float:
    return 1 - (1 - p) ** 3


def ease_in_out(p: float) -> float:
    return 3 * p * p - 2 * p * p * p


def pulse(p: float) -> float:
    """0 -> 1 -> 0 over the tween (a single soft beat)."""
    return math.sin(math.pi * max(0.0, min(1.0, p)))


def lerp(a: float, b: float, p: float) -> float:
    return a + (b - a) * p
