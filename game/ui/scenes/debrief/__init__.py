"""The debrief after the end screen, in the four steps of the DATA model, on six pages,
opened by the reactions ("Hoe was het?") and closed by de-roling ("Uit je rol"),
debrief/bookends.py:

1. Verloop (Description): the rounds to step through, with the force drawn, every move with
   its team, what it did, and the board as it was after that move (replayed from the save).
2. Gezondheid en geld (Analysis): the spider web at the start and the end, and the three pots
   with what each paid and saved, and the money that went to the wrong pocket.
3. Informatie en krachten (Analysis): who knew what since when (and what never reached the
   role that needed it), the forces that held back most moves, what the organisation model did.
4. Wat als? (between Analysis and Transfer): the class's own game replayed to a moment with
   one change and played on by bots, beside what really happened (debrief/whatif.py).
5. In het echt (Transfer): reflection questions per team, each with its source, and the real
   story of the casus.
6. Maandag (Application): a field per team for "wat doe je maandag anders?", saved with the
   game and in the games list; and the report as HTML for the teacher.

Every page reads the same data as the HTML report (game/report/analysis.py), so what the
class sees on the projector is what the teacher grades afterwards.

One module per page (timeline, money, info, whatif, transfer, monday); base.py holds the frame.
"""

from __future__ import annotations

from game.ui.scenes.debrief.base import DebriefScene, open_debrief
from game.ui.scenes.debrief.bookends import DeroleScene, ReactionsScene
from game.ui.scenes.debrief.info import InfoScene
from game.ui.scenes.debrief.monday import MondayScene
from game.ui.scenes.debrief.money import MoneyScene
from game.ui.scenes.debrief.timeline import TimelineScene
from game.ui.scenes.debrief.transfer import TransferScene
from game.ui.scenes.debrief.whatif import WhatIfScene

PAGE_SCENES: dict[str, type[DebriefScene]] = {
    "timeline": TimelineScene, "money": MoneyScene, "info": InfoScene,
    "whatif": WhatIfScene, "transfer": TransferScene, "monday": MondayScene,
    "reactions": ReactionsScene, "derole": DeroleScene}

__all__ = ["PAGE_SCENES", "DebriefScene", "DeroleScene", "InfoScene", "MondayScene",
           "MoneyScene", "ReactionsScene", "TimelineScene", "TransferScene", "WhatIfScene",
           "open_debrief"]
