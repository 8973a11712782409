"""The board: everything the team at the table may see, and its action cards.

What is drawn comes only from ``game.view(role)``, ``legal_actions(role)``,
``blocked_actions(role)`` and ``time_cost(action)`` of the team at the board (the
facilitator's "reveal all" draws ``view("facilitator")`` instead). Cards are grouped per
action (one grid of equal cards, all on one page; each keeps its place and its key for the
whole turn and greys out in place); an action with targets opens a small chooser. The
focused card is shown in full in the inspect panel beside the hand: what it does, whether it
can be played now and why not, and what it really costs now.

Nothing a class must read is cut: the force card, the casus card and the trust line use the
largest font that fits (never below 20 px at 1080p) and otherwise offer their whole text in a
reader; a long dossier or list of forces has a button that shows all of it.

When the team's own action changes something, it is animated briefly (money flies to the pot
that pays and its number counts, a new dossier line slides in, a relation beats); any key or
click finishes the animation, and the board is drawn again only while something moves.

The package: layout.py (where things sit), words.py (how targets and costs are named),
panels.py (the panels), scene.py (the scene), overlays.py (target chooser, ledger).
"""

from game.lang.moves import describe_target, thing_name
from game.ui.scenes.board.layout import (
    ACTIVE,
    CARD_GAP,
    CARD_KEYS,
    CASUS,
    FORCE,
    HAND_H,
    HAND_W,
    HAND_X,
    HAND_Y,
    INSPECT,
    KLAAR,
    LOG,
    POTS,
    RELATIONS,
    SIDE_W,
    SIDE_X,
    SWITCH,
    TEAM_P,
    WEB,
    _wrap_around,
    card_cell,
    hand_grid,
    wrap_around,
)
from game.ui.scenes.board.overlays import LedgerScene, TargetScene
from game.ui.scenes.board.panels import BoardPanels
from game.ui.scenes.board.scene import BOT_DELAY, BoardScene, Group, Snapshot
from game.ui.scenes.board.words import cost_text, time_word

__all__ = [
    "ACTIVE",
    "BOT_DELAY",
    "CARD_GAP",
    "CARD_KEYS",
    "CASUS",
    "FORCE",
    "HAND_H",
    "HAND_W",
    "HAND_X",
    "HAND_Y",
    "INSPECT",
    "KLAAR",
    "LOG",
    "POTS",
    "RELATIONS",
    "SIDE_W",
    "SIDE_X",
    "SWITCH",
    "TEAM_P",
    "WEB",
    "BoardPanels",
    "BoardScene",
    "Group",
    "LedgerScene",
    "Snapshot",
    "TargetScene",
    "_wrap_around",
    "card_cell",
    "cost_text",
    "describe_target",
    "hand_grid",
    "thing_name",
    "time_word",
    "wrap_around",
]
