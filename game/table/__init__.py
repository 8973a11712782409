"""The table layer: one game in progress at one table, for every front end.

Public API (docs/architecture.md, /work/notes/table.md)::

    from game.table import Table, Move, load_any_scenario
    table = Table.new(scenario, seed, model, difficulty, teams={...}, bots=["inwoner"],
                      bot_level="normaal", save_path=path)
    table = Table.from_save(path)                # continue a save
    table.to_move()                              # roles of people that may act now
    table.bot_to_move()                          # the bot role to move now, or None
    table.apply(action, role=seat)               # -> events; autosaved; observers told
    table.play_bots()                            # bots play until people are to move
    table.set_bot(role, on, level=None)          # a bot takes a seat or gives it back
    table.subscribe(lambda move: ...)            # -> unsubscribe()
    table.record(); table.set_answers({...}); table.debrief(lang); table.write_report(lang)

    from game.table.hand import hand, Card      # the hand of cards, shared by all front ends
"""

from game.store.saves import SaveFileError, default_save_path
from game.table.table import (
    BOT_LEVELS,
    ROLES,
    Bot,
    Move,
    Observer,
    ScenarioLoader,
    Table,
    last_save,
    load_any_scenario,
    next_professional,
    save_summary,
)

__all__ = [
    "BOT_LEVELS",
    "ROLES",
    "Bot",
    "Move",
    "Observer",
    "SaveFileError",
    "ScenarioLoader",
    "Table",
    "default_save_path",
    "last_save",
    "load_any_scenario",
    "next_professional",
    "save_summary",
]
