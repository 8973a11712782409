"""The words of solo practice (bots for some roles, the coach's tip), added to the board's
own words so ``Scene.t`` finds them; Dutch first, English second."""

from __future__ import annotations

from game.ui.i18n import UI

SOLO_UI: dict[str, tuple[str, str]] = {
    "player_people": ("mensen", "people"),
    "player_bot": ("bot", "bot"),
    "player_toggle": ("Klik of Enter: mensen of bot voor {role}",
                      "Click or Enter: people or bot for {role}"),
    "bot_level": ("Hoe slim spelen de bots?", "How clever do the bots play?"),
    "bots_hint": ("Klik op een rol om er een bot van te maken (alleen oefenen).",
                  "Click a role to let a bot play it (solo practice)."),
    "need_human": ("Minstens één rol moet door mensen gespeeld worden.",
                   "At least one role must be played by people."),
    "bot_played": ("Bot {team}: {action}", "Bot {team}: {action}"),
    "bots_playing": ("De bots zijn aan zet…", "The bots are playing…"),
    "tip": ("Tip", "Tip"),
    "tip_key": ("T: tip van de coach", "T: the coach's tip"),
    "tip_title": ("Tip van de coach voor team {team}", "The coach's tip for team {team}"),
    "tip_move": ("Deze zet zou ik nu doen:", "The move I would make now:"),
    "tip_lesson": ("Les: {name}", "Lesson: {name}"),
    "tip_none": ("Nu is er geen tip: jullie zijn niet aan zet.",
                 "No tip now: it is not your turn."),
    "tip_play": ("Doe deze zet", "Make this move"),
}

for _k, _v in SOLO_UI.items():
    UI.setdefault(_k, _v)
