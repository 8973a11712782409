"""The rules of Krachtenveld: pure Python, no pygame, no I/O, no clock.

Public API::

    from game.engine import Game, Action
    game = Game(scenario, seed=1, model="teammodel")
    game.to_move()                 # roles that may act now
    game.legal_actions("huisarts") # [Action(...), ...]
    game.blocked_actions(role)     # [(Action, reason), ...]
    game.apply("huisarts:consult") # -> events
    game.view("huisarts")          # the only way to see the state
    game.is_over(), game.result(), game.history, game.to_save(), Game.from_save(...)
    class Watcher(Game):           # a hook for observers (the debrief's replay)
        def before_round(self): ...  # the board at the end of every round, read-only
"""

from game.engine.actions import Action, NotationError, pair_key
from game.engine.game import DIFFICULTIES, Game, IllegalAction, SaveError
from game.engine.messages import Message

__all__ = [
           "DIFFICULTIES",
           "Action",
           "Game",
           "IllegalAction",
           "Message",
           "NotationError",
           "SaveError",
           "pair_key",
]
