"""The board: everything the team at the table may see, and its action cards.

What is drawn comes only from ``game.view(role)``, ``legal_actions(role)``,
``blocked_actions(role)`` and ``time_cost(action)`` of the team at the board (the
facilitator's "reveal all" draws ``view("facilitator")`` instead). Cards are grouped per
action; an action with targets opens a small chooser. A blocked card stays focusable and
carries its whole reason on its face; its size follows what it has to say.

Nothing a class must read is cut: the force card, the casus card and the trust line use the
largest font that fits (never below 20 px at 1080p) and otherwise offer their whole text in a
reader; a long dossier or list of forces has a button that shows all of it.

When the team's own action changes something, it is animated briefly (money flies to the pot
that pays and its number counts, a new dossier line slides in, a relation beats); any key or
click finishes the animation, and the board is drawn again only while something moves.

The package: layout.py (where things sit), words.py (how targets and costs are named),
panels.py (the panels), scene.py (the scene), overlays.py (target chooser, ledger).
"""

from game.ui.scenes.board.layout import (
    ACTIVE,
    CARD_GAP,
    CARD_H,
    CARD_WIDTHS,
    CASUS,
    FORCE,
    HAND_W,
    HAND_X,
    HAND_Y,
    LOG,
    POTS,
    RELATIONS,
    ROWS,
    SIDE_W,
    SIDE_X,
    TEAM_P,
    WEB,
    _wrap_around,
    wrap_around,
)
from game.ui.scenes.board.overlays import LedgerScene, TargetScene
from game.ui.scenes.board.panels import BoardPanels
from game.ui.scenes.board.scene import BOT_DELAY, BoardScene, Group, Snapshot
from game.ui.scenes.board.words import cost_text, describe_target, thing_name, time_word

__all__ = ["ACTIVE", "BOT_DELAY", "CARD_GAP", "CARD_H", "CARD_WIDTHS", "CASUS", "FORCE", "HAND_W", "HAND_X", "HAND_Y", "LOG", "POTS", "RELATIONS", "ROWS", "SIDE_W", "SIDE_X", "TEAM_P", "WEB", "BoardPanels", "BoardScene", "Group", "LedgerScene", "Snapshot", "TargetScene", "_wrap_around", "cost_text", "describe_target", "thing_name", "time_word", "wrap_around"]
