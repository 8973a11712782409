"""Every word a player reads, in English (second language).

Keys are ``section.name``; the same keys are in every language (a test checks).
Placeholders in braces are filled by ``game.lang.t`` and ``game.lang.render``.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- The board and its scenes (game/ui; ``game.ui.i18n.t(key)`` is ``t('ui.' + key)``)
    "ui.tagline": "Stronger together for the resident: a cooperative game about care and welfare",
    "ui.start": "New game",
    "ui.continue": "Continue",
    "ui.continue_none": "There is no saved game yet.",
    "ui.continue_what": "Last game: {casus}, {n} moves played",
    "ui.language": "Nederlands",
    "ui.language_tip": "Schakel naar Nederlands",
    "ui.quit": "Quit",
    "ui.glossary": "Glossary",
    "ui.keys_title": (
        "Tab and arrows: choose · Enter: do · F1: glossary · F2: facilitator · F11: full screen"
    ),
    "ui.load_failed": "The saved game cannot go on: {why}",
    "ui.setup": "Set up a new game",
    "ui.step_casus": "1. Choose a case",
    "ui.step_model": "2. Choose the organisation model",
    "ui.step_teams": "3. Teams",
    "ui.step_level": "4. Difficulty",
    "ui.age": "age {age}",
    "ui.minutes": "about {n} minutes, {r} rounds (first time: {first})",
    "ui.goals": "What you learn: {x}",
    "ui.content_warning": "Please note: {x}",
    "ui.strength": "Strength: {x}",
    "ui.weakness": "Weak spot: {x}",
    "ui.level_licht": "Light",
    "ui.level_normaal": "Normal",
    "ui.level_zwaar": "Heavy",
    "ui.level_text": "{n} blocking forces",
    "ui.play": "Play",
    "ui.back": "Back",
    "ui.no_scenarios": "No cases found.",
    "ui.team_name": "Name of team {role}",
    "ui.team_name_hint": "Team name (optional)",
    "ui.handover": "Hand over to team {team}",
    "ui.handover_role": "You play {role}.",
    "ui.handover_hint": "The previous team looks away. Ready? Press Enter or click.",
    "ui.handover_go": "We are ready",
    "ui.who_next": "Professionals: choose which team plays now",
    "ui.round_over": "Round {r} is over",
    "ui.round_public": "What everyone saw:",
    "ui.next": "Next",
    "ui.force_moment": "Round {r}: a new force",
    "ui.force_injected": "The facilitator brings in a force",
    "ui.round": "Round {r}/{n}",
    "ui.team": "Team {team}",
    "ui.time_left": "Time",
    "ui.energy_left": "Energy",
    "ui.force_now": "This round's force",
    "ui.active_forces": "Active forces",
    "ui.rounds_left": "rounds left: {n}",
    "ui.lasting": "lasting",
    "ui.no_force": "No force this round.",
    "ui.blocking": "BLOCKING",
    "ui.enabling": "ENABLING",
    "ui.pots": "Budgets",
    "ui.ledger": "Ledger",
    "ui.ledger_title": "Ledger: who paid what",
    "ui.ledger_empty": "Nothing paid yet.",
    "ui.paid_total": "paid {n}",
    "ui.relations": "Collaboration",
    "ui.rel_0": "strangers",
    "ui.rel_1": "acquainted",
    "ui.rel_2": "trust",
    "ui.rel_3": "one team",
    "ui.trust": "{n}'s trust",
    "ui.web": "Positive Health",
    "ui.web_hidden": "not visible to you",
    "ui.web_legend_now": "now",
    "ui.web_legend_start": "start",
    "ui.dossier": "Dossier of team {team}",
    "ui.dossier_empty": "Nothing known yet.",
    "ui.severity": "severity {n}/5",
    "ui.wish": "Wish: {x}",
    "ui.arrangements": "Support running",
    "ui.arr_offered": "offered",
    "ui.arr_waiting": "starts in {n}",
    "ui.arr_running": "running",
    "ui.arr_done": "done",
    "ui.arr_stopped": "stopped",
    "ui.secured": "secured",
    "ui.project": "project",
    "ui.network": "Network",
    "ui.inbox": "For {n}: offers and requests",
    "ui.offer_by": "{what} (from {role})",
    "ui.request": "{role} wants to share with {other}",
    "ui.log": "This round",
    "ui.log_empty": "Nothing happened yet.",
    "ui.log_leven": "{n}'s life: what happened by itself",
    "ui.log_moves": "Your moves",
    "ui.actions": "Actions of team {team}",
    "ui.done": "Done (end turn)",
    "ui.switch": "Other team",
    "ui.switch_tip": "Let another team play first; you come back later.",
    "ui.blocked_by": "Not possible now: {why}",
    "ui.more": "Read more",
    "ui.more_casus": "The whole story of the case",
    "ui.whole_card": "Whole card",
    "ui.all": "All",
    "ui.all_forces": "All active forces and support running",
    "ui.whole_dossier": "Whole dossier",
    "ui.more_lines": "+{n} more",
    "ui.no_target": "There is nothing to do this on now.",
    "ui.choose_target": "{action}: choose",
    "ui.cancel": "Cancel",
    "ui.unfunded": "unfunded",
    "ui.choice_for": "Choice for team {team}: {q}",
    "ui.yes": "Yes",
    "ui.moment_round": "Round {r}",
    "ui.moment.escalation": "Crisis",
    "ui.moment.overleg_held": "Meeting together (MDO)",
    "ui.moment.consent_asked": "A request for consent",
    "ui.moment.relations_reset": "A new colleague",
    "ui.moment.bridge_lost": "The bridge person leaves",
    "ui.moment_hint.escalation": "Everyone sees the crisis. What was behind it comes in the debrief.",
    "ui.moment_hint.overleg_held": "The professionals sit at one table. Whoever knows something can help now.",
    "ui.moment_hint.consent_asked": "The resident's team decides in its own turn: yes or no.",
    "ui.moment_hint.relations_reset": "You do not know each other yet. Working together starts again.",
    "ui.moment_hint.bridge_lost": "What rested on one person must now be arranged differently.",
    "ui.target_to": "{a} to {b}",
    "ui.target_pair": "{a} and {b}",
    "ui.no": "No",
    "ui.keys_board": (
        "Tab/arrows: choose · Enter: play · 1–9 and A, B, …: the card with that key · "
        "T: tip · F1: glossary · F2: facilitator"
    ),
    "ui.banner_move": "{team}: {action}",
    "ui.banner_turn": "Team {team}, your turn",
    "ui.recap_title": "Since your last turn",
    "ui.classroom_on": "Classroom view: on",
    "ui.classroom_off": "Classroom view: off",
    "ui.classroom_tip": "Large type for the projector. Less is on the screen at once.",
    "ui.class_page_table": "Table (F3)",
    "ui.class_page_cards": "Cards (F3)",
    "ui.class_page_tip": "F3: switch between the cards and the table",
    "ui.class_prev": "Back",
    "ui.class_next": "More",
    "ui.class_list_keys": "Page Up and Page Down: the other cards",
    "ui.class_list_head": "Cards {a}–{b} of {n}",
    "ui.inspect_can": "Possible now.",
    "ui.inspect_key": "key {k}",
    "ui.inspect_cost": "Costs now: {cost}",
    "ui.inspect_pays": "{pot} pays {n}",
    "ui.inspect_pays_round": "{pot} pays {n} a round",
    "ui.inspect_targets": "Possible for: {what}",
    "ui.save_failed": "Saving failed: {why}",
    "ui.facilitator": "Facilitator",
    "ui.fac_title": "Facilitator menu",
    "ui.fac_pause": "Pause (F5)",
    "ui.fac_reveal": "Reveal everything (F6)",
    "ui.fac_hide": "Hide everything (F6)",
    "ui.fac_inject": "Inject a force (F7)",
    "ui.fac_end": "End the game (F8)",
    "ui.fac_close": "Close (Esc)",
    "ui.fac_pick_force": "Which force does the facilitator bring in?",
    "ui.fac_confirm_end": "End the game now? The ending is decided as after the last round.",
    "ui.fac_end_yes": "Yes, end it",
    "ui.fac_no_game": "No game is running yet.",
    "ui.fac_game_id": "{casus} · game number {seed} · {model}",
    "ui.fac_same_game": (
        "The same game at another table: krachtenveld play --scenario {sid} --seed {seed} "
        "--model {mid}"
    ),
    "ui.paused": "Paused",
    "ui.paused_hint": "The game is paused. Press F5 or Enter to continue.",
    "ui.reveal_banner": "FACILITATOR: everything visible (F6 to hide)",
    "ui.end_title": "End of the game",
    "ui.rank_best": "Best ending",
    "ui.rank_good": "Good ending",
    "ui.rank_neutral": "Neutral ending",
    "ui.rank_bad": "Bad ending",
    "ui.wish_met": "{n}'s wish came true.",
    "ui.wish_not_met": "{n}'s wish did not come true.",
    "ui.wish_unknown": "Nobody knew what {n} wanted.",
    "ui.care_use": "GP visits {gp} · crises {cr} · medicalisation {med}",
    "ui.money": "Money per budget (start » end)",
    "ui.debrief": "To the debrief",
    "ui.debrief_tip": "Talk together about what happened, why, and what it means in real work.",
    "ui.again": "Same game, other model",
    "ui.again_tip": (
        "Play this case again with the same game number: the same force cards. Choose another "
        "organisation model and compare."
    ),
    "ui.record_failed": "The game is not in the list of played games: {why}",
    "ui.to_title": "Back to the start",
    "ui.epilogue": "What really happened",
    "ui.db_title": "Debrief",
    "ui.db_tab_timeline": "Timeline",
    "ui.db_tab_money": "Health and money",
    "ui.db_tab_info": "Who knew what",
    "ui.db_tab_whatif": "What if?",
    "ui.db_tab_transfer": "Real life",
    "ui.db_tab_monday": "Monday",
    "ui.db_to_timeline": "Next: Timeline",
    "ui.db_step_reactions": "First: how was it?",
    "ui.db_step_derole": "Last: step out of your role",
    "ui.db_reactions_title": "How was it?",
    "ui.db_derole_title": "Out of your role",
    "ui.db_react_word": "Each team: say in one word how this game felt. No explanations yet: the feeling first.",
    "ui.db_react_inwoner": "Team {team}: how was it to be {n}? What did it do to you that others talked and decided about you?",
    "ui.db_react_crisis": "There was a crisis. How was that for the team of {n}? And for the professionals who saw it happen?",
    "ui.db_react_bad": "It did not end well for {n}. How do you feel about that? There is no wrong answer.",
    "ui.db_react_heavy": "This story was about heavy things. Does anyone want to say something, or take a break? That is fine.",
    "ui.db_react_pros": "Professionals: where did you get stuck? And what were you glad about?",
    "ui.db_derole_card": "Put your role down. You are no longer a GP, nurse, social worker or resident.",
    "ui.db_derole_name": "In turn, say your own name and what you study.",
    "ui.db_derole_leave": "Name one thing of your role or of {n} that you leave here and do not take home.",
    "ui.db_derole_keep": "Name one thing you do take to your placement or your work.",
    "ui.db_step_timeline": "Describe: what happened?",
    "ui.db_step_money": "Analyse: how did {n} and the money do?",
    "ui.db_step_info": "Analyse: who knew what, and what held you back?",
    "ui.db_step_whatif": "Analyse: what if one thing had been different?",
    "ui.db_step_transfer": "Transfer: what does this mean for your work?",
    "ui.db_step_monday": "Apply: what will you do differently on Monday?",
    "ui.db_back_end": "Back to the ending",
    "ui.db_next": "Next",
    "ui.db_round": "Round {r}",
    "ui.db_round_of": "Round {r} of {n}",
    "ui.db_force": "Force",
    "ui.db_no_force": "No force drawn.",
    "ui.db_moves": "Moves ({n})",
    "ui.db_no_moves": "Nothing was played this round.",
    "ui.db_keys": "Arrow keys left/right: round · up/down: move",
    "ui.db_move_did": "Move {n}: what happened",
    "ui.db_round_did": "Round {r}: what changed",
    "ui.db_board_after": "The board after move {n}",
    "ui.db_board_round": "The board at the end of round {r}",
    "ui.db_learned": "{team} now knows: {fact}",
    "ui.db_health": "Health",
    "ui.db_money": "Money",
    "ui.db_trust": "Trust",
    "ui.db_nothing_changed": "No changes.",
    "ui.db_web_title": "Positive health: start and end",
    "ui.db_web_end": "end",
    "ui.db_money_title": "Money: who paid, who saved?",
    "ui.db_saved": "saved {n}",
    "ui.db_wrong_pocket": "Money in the wrong pocket",
    "ui.db_wrong_line": "{payer} paid, {saver} saved {amount} ({problem}).",
    "ui.db_no_wrong": "No money in the wrong pocket: who paid also gained from it.",
    "ui.db_could_title": "What would have been possible?",
    "ui.db_info_title": "Who knew what, and since when?",
    "ui.db_fact": "What",
    "ui.db_start": "start",
    "ui.db_never": "never",
    "ui.db_info_legend": "Thick edge: this role needed it. Red: it never got there.",
    "ui.db_all_reached": "Everything that was needed reached the right place.",
    "ui.db_blocked_title": "Forces that held you back most",
    "ui.db_blocked_n": "held back {n} move(s)",
    "ui.db_no_blocked": "No force held back a move.",
    "ui.db_model_title": "The organisation model: {m}",
    "ui.db_questions": "Questions for team {team}",
    "ui.db_no_questions": "No questions for this role.",
    "ui.db_source": "Source",
    "ui.db_monday_intro": (
        "What will you do differently on Monday, in your placement or work? Everyone writes "
        "a line of their own: your name, a colon, then what you will do, when and with whom. "
        "Like this: \"Sam: on Tuesday I ask at every home visit what matters to the person.\""
    ),
    "ui.db_monday_bot": "{team} (played by the computer)",
    "ui.db_save": "Save the answers",
    "ui.db_saved_ok": "Saved with the game and in the list of played games.",
    "ui.db_saved_game_only": "Saved with the game (not in the list: {why}).",
    "ui.db_not_saved": "Not saved: {why}. Your text is still on screen.",
    "ui.db_no_save_file": "this game has no file",
    "ui.db_report": "Make the report (HTML)",
    "ui.db_report_tip": "A report to print or hand in, with the answers in it.",
    "ui.db_report_ok": "Report made: {path}",
    "ui.db_report_failed": "The report could not be made: {why}",
    "ui.glossary_title": "Shared glossary",
    "ui.glossary_hint": "Words from the medical and the social domain, in plain language.",
    "ui.close": "Close (Esc)",
    "ui.domain_medisch": "medical",
    "ui.domain_sociaal": "social",
    "ui.domain_beide": "both",
    "ui.no_display_found": "no display found (DISPLAY and WAYLAND_DISPLAY are not set)",
    "ui.no_display": (
        "krachtenveld: no window can be opened ({why}). Play in the terminal with: krachtenveld "
        "play --text"
    ),
    "ui.reload_errors_title": "Mistakes in the scenario files",
    "ui.reload_errors_summary": (
        "{n} mistake(s) found in {dir}. The game has not changed. Fix the files and press F9 "
        "again."
    ),
    "ui.reload_crash_title": "Reloading failed",
    "ui.reload_crash_summary": (
        "Something unexpected went wrong while reloading. The game has not changed."
    ),
    "ui.reload_ok_title": "Reloaded: OK",
    "ui.reload_ok_summary": "The scenario files in {dir} were read again; no mistakes.",
    "ui.reload_scroll_hint": "Arrows, PgUp/PgDn or mouse wheel: scroll",
    "ui.player_people": "people",
    "ui.player_bot": "bot",
    "ui.player_switch": "click: {other}",
    "ui.player_toggle": "Click or Enter: people or bot for {role}",
    "ui.bot_level": "How clever do the bots play?",
    "ui.bots_hint": "Click a role to let a bot play it (solo practice).",
    "ui.need_human": "At least one role must be played by people.",
    "ui.bot_played": "Bot {team}: {action}",
    "ui.bots_playing": "The bots are playing…",
    "ui.tip": "Tip",
    "ui.tip_key": "T: the coach's tip",
    "ui.tip_title": "The coach's tip for team {team}",
    "ui.tip_move": "The move I would make now:",
    "ui.tip_lesson": "Lesson: {name}",
    "ui.tip_none": "No tip now: it is not your turn.",
    "ui.tip_play": "Make this move",
    "ui.word_time": "time",
    "ui.word_energy": "energy",
    "ui.wrong_pocket_short": "Wrong pocket: {x}",
    "ui.title_card_blocking": "Walls",
    "ui.title_card_enabling": "Shared budget",
    "ui.title_card_blocking_text": "The Zvw, Wmo and Wlz each pay from their own pot. Help can fall between them.",
    "ui.title_card_enabling_text": "One budget for care and welfare. The money follows what the resident needs.",
    # -- The text mode (game/ui/text.py)
    "text.round": "Round {r} of {n} — phase: {p}",
    "text.turn": "Turn: team {t}",
    "text.leven_heading": "-- Round {r} · Life: what happened to {n} by itself (not by a move) --",
    "text.moves_heading": "-- Round {r}: the moves --",
    "text.force": "Force card: {name} ({kind})",
    "text.active": "Active forces: {x}",
    "text.time": "Time left: {x}",
    "text.energy": "Energy left: {x}",
    "text.health": "Health (what you see): {x}",
    "text.dossier": "Your dossier: {x}",
    "text.empty": "empty",
    "text.wish": "{n}'s wish: {x}",
    "text.pots": "Budgets: {x}",
    "text.relations": "Relations: {x}",
    "text.trust": "{n}'s trust: {x}",
    "text.offers": "Offers and requests for {n}: {x}",
    "text.legal": "What can you do? Type a number.",
    "text.blocked": "Not possible now:",
    "text.blocked_line": "Not possible now: {x}. Type b to see why.",
    "text.blocked_none": "Every move is possible now.",
    "text.which": "Which team goes now? {x}",
    "text.intro_role": "Team {t} in this casus: {x}",
    "text.handover": "Hand over to team {t}. Press Enter when team {t} is ready.",
    "text.bad": "I don't understand. Type a number from the list.",
    "text.unreadable": (
        "I cannot read that: it has characters that are not text. Please type it again."
    ),
    "text.saved": "Game saved in {p}. Continue: {cmd}",
    "text.end": "The game is over.",
    "text.ending": "Ending: {name}",
    "text.choice": "Choice: {q}",
    "text.tip": "Coach's tip ({lesson}): {action}",
    "text.bot_played": "{team} (bot): {action}",
    "text.solo": "Practice: you play team {t}. The other teams are bots.",
    "text.monday_intro": (
        "Debrief, last question: what will you do differently on Monday, in your placement or "
        "work? Everyone writes an intention of their own: your name, a colon, what you will do "
        "and when. More students: put a / between the intentions. Enter alone: skip."
    ),
    "text.monday_ask": "Team {team}: ",
    "text.monday_saved": "The answers are saved with the game.",
    "text.report_hint": (
        "The whole debrief as a report: krachtenveld report {p} --out report.html --lang en"
    ),
    "text.prompt": "Choice (number, h = help and all keys, s = stop): ",
    "text.prompt_coach": "Choice (number, t = coach's tip, h = help, s = stop): ",
    "text.help": "Type the number of a move. A move keeps its number for the whole turn. h 3 explains move 3: what it does and what it costs now. b shows what is not possible now, and why. u takes back your last move, if the rules allow it. v shows everything again. In the Professionals phase, w chooses which team plays. s saves the game and stops.",
    "text.resume": "Going on with {title}: round {r} of {n}.",
    "text.intro_warning": "Please note: {x}",
    "text.intro_goal": "All teams play together, not against each other. The goal: at the end, {n} is doing better than now. Also find out what the wish of {n} is. The professionals do not know it yet.",
    "text.intro_rounds": "The game lasts {r} rounds. Each round starts with a force card: something from real care that helps or works against you. Then something happens by itself in the life of {n}. Then team Resident plays, and then the professionals.",
    "text.intro_end": "At the end, what counts is how {n} is doing: {x}.",
    "text.intro_worse": "If that is worse than at the start, there is no good ending.",
    "text.intro_early": "If everything goes wrong, the game stops early.",
    "text.intro_time": "Time: each professional has {t} time per round. Every move costs time. Sometimes a move costs more, for example because of a force.",
    "text.intro_energy_cycle": "Energy: team Resident has energy. For {n} it changes: sometimes {lo}, sometimes {hi} per round. Telling something or calling someone yourself costs energy. When {n} is not doing well mentally, there is less.",
    "text.intro_energy": "Energy: team Resident has energy, usually {e} per round. Telling something or calling someone yourself costs energy. When {n} is not doing well mentally, there is less.",
    "text.intro_trust": "Trust (from 0 to 3): a professional only hears something from {n} when the trust is high enough. Help, too, is only accepted with enough trust.",
    "text.intro_pots": "Money: there are {k} pots: {x}. A professional pays from their own pot. Paying from another pot is only allowed when something arranges it, such as a shared budget.",
    "text.intro_keys": "How to play: type the number of a move. h 3 explains move 3. b: what is not possible now. u: take back your last move. v: see everything again. s: save and stop.",
    "text.since": "Since your last turn (what team {t} may see):",
    "text.gone": "Move {n} is no longer possible. Choose another number.",
    "text.undone": "Taken back: {action}.",
    "text.explain_head": "Move {n}: {x}",
    "text.explain_does": "What it does: {x}",
    "text.explain_cost": "Costs {n} {unit} now. You have {left} left.",
    "text.explain_extra": "That is {n} more than usual.",
    "text.explain_less": "That is {n} less than usual.",
    "text.explain_pays": "{pot} pays {n}. It has {left} left.",
    "text.explain_lesson": "Learning goal: {x}",
    "msg.undo_nothing": "There is no move of yours to take back.",
    "msg.undo_turn_over": "You can only take back a move in the same turn, before another team acts.",
    "msg.undo_learned": "This move cannot be taken back: someone heard or saw something because of it.",
    "text.so_far": "What happened so far (what team {t} may see):",
    "text.monday_was": "Team {team} wrote before: “{x}”. Press Enter to keep it, or type a new answer.",
    "card.title": "Casus card: {n}",
    "card.secret": "For the teacher. This page shows every secret of the casus: do not show it to players before the game.",
    "card.facts": "{age} years old · {rounds} rounds · about {minutes} minutes",
    "card.tension": "What makes this casus different",
    "card.decline": "Time is running out. Every {every} rounds {n} loses 1 on: {dims}, whatever anyone does. Help does not bring it back, so the game leaves those points out when it judges whether things went better.",
    "card.window": "A window that closes: after round {r}, help no longer makes '{x}' smaller.",
    "card.energy_cycle": "Moods change. {n}'s energy follows, round by round: {cycle}. Plan help in the good periods and stay in touch in the low ones.",
    "card.trust_through": "Trust through a key person: {x}. Without them, trust does not rise above {max}.",
    "card.looks_like": "One thing looks like another: {x} looks like {y}. Whoever misses {x} helps with {y} in vain.",
    "card.strained": "Those who help can wear out: {x}. From severity {at} of '{y}' on, that help gives nothing.",
    "card.deadline": "A deadline from outside. If '{x}' has not been addressed after round {r}, this follows: {name}.",
    "card.warning": "Tell this before the game: {x}",
    "card.problems": "What the players do not know at the start",
    "card.col_problem": "Problem",
    "card.col_knows": "Who knows it at the start",
    "card.col_trust": "Trust needed to tell it",
    "card.col_drains": "Wears down",
    "card.and": "{n} and {x}",
    "card.nobody": "only {n}",
    "card.not_even": "nobody, not even {n}",
    "card.trust_need": "{n} of 3",
    "card.signals": "Signals, and which moves find them",
    "card.signal_of": "points to {problem}; found with: {moves}",
    "card.wish": "The wish",
    "card.wish_how": "Team Resident can tell the wish to a professional with at least {trust} trust.",
    "card.network": "The network",
    "card.active": "takes part from the start",
    "card.endings": "The endings",
    "card.rank_best": "Best",
    "card.rank_good": "Good",
    "card.rank_neutral": "Neutral",
    "card.rank_bad": "Bad",
    "card.lessons": "Learning goals",
    "card.roles": "Who plays the roles in this casus",
    "card.simplified": "What the game makes simpler than practice",
    "card.general_blocks": "Time and money are blocks. Real hours, rates and claims are not in the game.",
    "card.general_one_person": "Each role is one person. In practice it is often more people, such as a practice nurse, a neighbourhood team or colleagues.",
    "card.general_round": "A round is about two weeks. A waiting time of four rounds is about two months.",
    "card.general_consent": "Asking for consent is one move in the game. In practice it is a conversation, and you record it.",
    "card.general_pots": "The game has three pots. The gemeente's pot stands for more laws: the Wmo, but also the Jeugdwet, the Wpg, the Wgs and the Participatiewet.",
    "file.card": "casus-card-{id}.html",
    "cli.card_out_folder": "krachtenveld: with more than one casus, --out must be an existing folder.",
    "cli.card_secret": "Note: a casus card shows every secret. Do not give it to players before the game.",
    "help.teacher_card": "write the teacher's casus card (secrets, signals, what the game simplifies)",
    "help.teacher_card_about": "Write one page per casus for the teacher: what the players do not know, the signals, the wish, the endings, the learning goals and what the game makes simpler than practice. Without a casus: every casus.",
    "help.teacher_card.casus": "the casus (for example ron); without: every casus",
    "help.teacher_card.out": "the file, or a folder for more than one casus",
    "text.severity": "severity {n}",
    "text.save_failed": (
        "Note: the game is not saved. {why} The game goes on. After the next move it tries "
        "to save again."
    ),
    "text.saved_elsewhere": (
        "Note: {why} So the game is saved in {p} instead. Continue: {cmd}"
    ),
    "text.not_saved": "The game could not be saved anywhere. {why}",
    # -- What the engine tells: reasons an action is blocked, and events (``render``)
    "msg.not_your_turn": "It is not {role}'s turn now.",
    "msg.game_over": "The game is over.",
    "msg.unknown_action": "No such move: {text}.",
    "msg.bad_target": "Not a valid target: {text}.",
    "msg.no_time": "Not enough time: need {need}, left {left}.",
    "msg.no_energy": "Not enough energy: need {need}, left {left}.",
    "msg.used": "Already done this round.",
    "msg.does_not_fit": "Does not fit now: {role} knows no problem this helps with.",
    "msg.blocked_by": "Blocked by {force}.",
    "msg.no_payment_title": "No payment title: {role} may not charge {pot}.",
    "msg.schotten": "Blocked by {force}: no money from {pot} across the walls.",
    "msg.pot_empty": "The {pot} budget is empty.",
    "msg.no_consent": "No consent from {inwoner} to share with {other}.",
    "msg.condition": "Not possible yet: {what}.",
    "msg.trust_low": "{inwoner} does not trust {role} enough yet (need {need}, now {have}).",
    "msg.not_known": "{role} does not know this yet.",
    "msg.already_offered": "Already offered or running.",
    "msg.other_busy": "{other} has no time left this round.",
    "msg.others_busy": "Not everyone has time left for a meeting.",
    "msg.relation_max": "You are already one team.",
    "msg.needs_sociale_kaart": "Blocked by {force}: look at the social map first.",
    "msg.needs_force": "Only possible while the force '{force}' is in play.",
    "msg.no_mandate": "No mandate: only where a force grants it.",
    "msg.wrong_pocket": (
        "Blocked by {force}: the municipality won't pay prevention without the insurer."
    ),
    "msg.consent_exists": "Consent already given.",
    "msg.no_consent_to_withdraw": "There is no consent to withdraw.",
    "msg.not_alone": "{inwoner} cannot do this alone. A professional can help.",
    "msg.no_wams": "One general consent is only possible when the Wams applies.",
    "msg.avg_onzeker": "Blocked by {force}: consent is needed per pair.",
    "msg.avg_onzeker_presumed": (
        "Blocked by {force}: the law (WGBO) allows this, but nobody dares. "
        "Ask for consent anyway."),
    "msg.no_consent_not_medical": (
        "Without consent from {inwoner} you share with {other} only what care needs "
        "for a medical problem."),
    "msg.no_consent_medical_secrecy": (
        "Medical secrecy: sharing with {other} needs explicit consent "
        "from {inwoner}."),
    "msg.requested": "Already asked.",
    "msg.not_secured": "Only a running project can be secured.",
    "msg.no_choice": "There is no choice to make now.",
    "msg.force_drawn": "Force: {force}.",
    "msg.force_choice": "{force}: {choice}.",
    "msg.force_ended": "{force} has ended.",
    "msg.force_cancelled": "{force} was cancelled.",
    "msg.round_start": "Round {round} begins.",
    "msg.played": "{role}: {action}.",
    "msg.learned": "{role} now knows: {fact}.",
    "msg.signal": "{role} notices something: {signal}",
    "msg.shared": "{role} shares {fact} with {other}.",
    "msg.already_knew": "{other} already knew this: {fact}.",
    "msg.ignored": "{other} does not take {role}'s signal seriously.",
    "msg.told_nothing": "{inwoner} tells nothing new.",
    "msg.wish": "{inwoner} tells what matters most to {object}.",
    "msg.severity": "{problem}: severity {old} → {new}.",
    "msg.window_closed": "The time for {problem} is over. Help no longer makes it smaller. It can still get worse.",
    "msg.mood_up": "{inwoner} is in a good period, with more energy. This is a good moment to start something together.",
    "msg.mood_down": "{inwoner} is in a low period and has little energy. Stay in touch, now too.",
    "msg.misread": "The help for {problem} does not take. Perhaps it only looks that way. Ask about mood as well.",
    "msg.strained": "{what} is worn out and cannot do anything for now. Who helps the helper?",
    "msg.trust_capped": "{inwoner} still keeps {role} at a distance. Someone from {possessive} own circle can build a bridge: {what}.",
    "msg.deadline": "{deadline}: nobody took up {problem} before the end of round {round}.",
    "msg.health": "{dim}: {old} → {new}.",
    "msg.trust": "Trust in {role}: {old} → {new}.",
    "msg.relation": "Relation {role} – {other}: {old} → {new}.",
    "msg.relations_reset": "{role} has a new colleague: relations back to {value}.",
    "msg.bridge_lost": "The bridge person has left.",
    "msg.paid": "{pot} pays {amount} for {what}.",
    "msg.pot_changed": "Budget {pot}: {old} → {new}.",
    "msg.offered": "{role} offers: {what}.",
    "msg.accepted": "{inwoner} accepts {what}.",
    "msg.refused": "{inwoner} refuses {what}.",
    "msg.arr_waiting": "{what} starts in {rounds} round(s).",
    "msg.arr_started": "{what} has started.",
    "msg.arr_done": "{what} is finished.",
    "msg.arr_stopped": "{what} stops: {why}.",
    "msg.arr_secured": "{what} is secured: structural money.",
    "msg.network_on": "{what} is now involved.",
    "msg.network_off": "{what} is no longer involved.",
    "msg.consent_given": "{inwoner} gives consent: {pair}.",
    "msg.consent_withdrawn": "{inwoner} withdraws consent: {pair}.",
    "msg.consent_general": "{inwoner} gives one general consent.",
    "msg.consent_asked": "{role} asks consent to share with {other}.",
    "msg.referred": "{role} refers {inwoner} to {other}.",
    "msg.met": "{role} and {other} get to know each other.",
    "msg.sociale_kaart": "{role} now knows which help and activities the neighbourhood has. Referrals to the social domain can now be aimed.",
    "msg.offer_ignores_wish": "This help is not about what {inwoner} wants. Then it helps less. First ask what matters to {object}.",
    "msg.advice": "Advice without a name: for {problem}, {role} helps with {action}.",
    "msg.advice_two": "Advice without a name: for {problem}, {role} helps with {action} or {action2}.",
    "msg.advice_three": "Advice without a name: for {problem}, {role} helps with {action}, {action2} or {action3}.",
    "msg.advice_none": "Advice without a name: nobody knows help yet for what {role} knows.",
    "msg.overleg_planned": "{role} plans a meeting (MDO).",
    "msg.overleg_held": "Meeting: the professionals talk together.",
    "msg.shared_frame": "Everyone now sees {inwoner} with the same web.",
    "msg.gp_visit": "{inwoner} visits the GP with complaints.",
    "msg.escalation": "Crisis: {escalation}",
    "msg.time_lost": "Workload: {role} loses {amount} time.",
    "msg.turn_done": "{role} is done.",
    "msg.counter": "{counter}: {old} → {new}.",
    "msg.ending": "Ending: {ending}.",
    "msg.facilitator_end": "The facilitator ends the game.",
    "msg.force_struck": "The facilitator takes {force} out of the game.",
    "msg.model_changed": "From now on the team works by the {model}.",
    "msg.crisis_near": "Watch out: {problem} is serious (4 out of 5). A crisis is near.",
    "health_cause.problem": "{what}: {dim} {old} → {new}.",
    "health_cause.recovery": "Recovery, as {what} is being tackled: {dim} {old} → {new}.",
    "health_cause.crisis": "After the crisis ({what}): {dim} {old} → {new}.",
    "health_cause.arrangement": "{what}: {dim} {old} → {new}.",
    "health_cause.network": "{what}: {dim} {old} → {new}.",
    "health_cause.community": "{what}, together in the neighbourhood: {dim} {old} → {new}.",
    "health_cause.force": "Force {what}: {dim} {old} → {new}.",
    "health_cause.decline": "The illness goes on, whatever anyone does. {what} grows weaker: {dim} {old} → {new}.",
    "health_cause.deadline": "{what}: {dim} {old} → {new}.",
    "health_cause.hidden": "Caused by something nobody knows yet: {dim} {old} → {new}.",
    # -- Names the scenario does not hold (``name_of``)
    "name.wens": "{inwoner}'s wish",
    "name.spreekuur": "a visit to the GP",
    # -- Why an arrangement stops (a reason's ``why``)
    "why.pot_leeg": "the budget is empty",
    "why.projectgeld_op": "the project money has run out",
    "why.kartrekker_weg": "the person who drove it left and nobody else had it in their tasks",
    "why.preventie_eerst": "the municipality cuts prevention first",
    # -- A role as a team's name
    "team.huisarts": "GP",
    "team.wijkverpleegkundige": "District nurse",
    "team.sociaal_werker": "Social worker",
    "team.inwoner": "Resident",
    "team.facilitator": "Facilitator",
    "team.leven": "Life",
    # -- A role in a sentence
    "role.huisarts": "the GP",
    "role.wijkverpleegkundige": "the district nurse",
    "role.sociaal_werker": "the social worker",
    "role.inwoner": "the resident",
    "name.role_casus": "the {label}",
    "role.facilitator": "the facilitator",
    # -- The inwoner's pronouns (the casus field ``pronouns``)
    "pronoun.hij.subject": "he",
    "pronoun.hij.object": "him",
    "pronoun.hij.possessive": "his",
    "pronoun.zij.subject": "she",
    "pronoun.zij.object": "her",
    "pronoun.zij.possessive": "her",
    "pronoun.die.subject": "they",
    "pronoun.die.object": "them",
    "pronoun.die.possessive": "their",
    "pronoun.meervoud.subject": "they",
    "pronoun.meervoud.object": "them",
    "pronoun.meervoud.possessive": "their",
    # -- The three budgets
    "pot.zvw": "Zvw (health insurer)",
    "pot.wmo": "Municipality",
    "pot.wlz": "Wlz (long-term care office)",
    # -- The laws the municipality's pot pays for (an action or arrangement names its law)
    "law.wmo": "Wmo",
    "law.jeugdwet": "Jeugdwet",
    "law.wpg": "Wpg",
    "law.wgs": "Wgs",
    "law.participatiewet": "Participatiewet",
    "pot_law.under": "{pot} ({law})",
    # -- Who holds each budget
    "pot_short.zvw": "Zvw",
    "pot_short.wmo": "Municipality",
    "pot_short.wlz": "Wlz",
    "pot_who.zvw": "health insurer",
    "pot_who.wmo": "5 laws",
    "pot_who.wlz": "care office",
    # -- The six dimensions of Positive Health
    "dim.lichaamsfuncties": "bodily functions",
    "dim.mentaal_welbevinden": "mental wellbeing",
    "dim.zingeving": "meaningfulness",
    "dim.kwaliteit_van_leven": "quality of life",
    "dim.meedoen": "participation",
    "dim.dagelijks_functioneren": "daily functioning",
    # -- The phases of a round
    "phase.kracht": "Force",
    "phase.leven": "Life",
    "phase.inwoner": "Resident",
    "phase.professionals": "Professionals",
    "phase.overleg": "Meeting",
    "phase.afronding": "Wrap-up",
    "phase.einde": "End",
    # -- The counters of care use
    "counter.gp_visits": "GP visits",
    "counter.crises": "crises",
    "counter.medicalisation": "medicalisation",
    "counter.emergency_visits": "emergency visits",
    # -- The domain strip on a card
    "domain_word.medisch": "MEDICAL",
    "domain_word.sociaal": "SOCIAL",
    "domain_word.inwoner": "RESIDENT",
    "domain_word.beide": "BOTH",
    # -- Difficulty (forces in the deck)
    "difficulty.licht": "light",
    "difficulty.normaal": "normal",
    "difficulty.zwaar": "hard",
    # -- The six areas of the force-field analysis
    "area.3.1": "structure and organisation",
    "area.3.2": "financing",
    "area.3.3": "perspectives and logics",
    "area.3.4": "relational and human forces",
    "area.3.5": "training, knowledge and professionalism",
    "area.3.6": "forces in the environment",
    # -- The five source documents (docs/sources.md)
    "source.000_810897c70a538cc2.txt": (
        "Krachten en kansen: a force-field analysis (Werkplaatsen Sociaal Domein / Movisie, "
        "2026)"
    ),
    "source.001_c6ee2cb795b6718e.txt": (
        "Factsheet Samenwerking sociaal & medisch domein (Gezond en Gelukkig Den Haag)"
    ),
    "source.002_76acbc7ebcc13e20.txt": (
        "Analysis of 30 social-medical initiatives (Platform Sociaal Domein)"
    ),
    "source.003_c8f19f16a7602428.txt": "Report of the 11th Dialoog Passende zorg (November 2024)",
    "source.004_7d6c601b4000df11.txt": (
        "Samenwerking sociaal en medisch domein, een verkenning (Hilhorst & Van den Wijngaart, "
        "2024)"
    ),
    # -- Kinds of force
    "kind.belemmerend": "blocking",
    "kind.bevorderend": "enabling",
    # -- Ranks of an ending
    "rank.best": "best ending",
    "rank.good": "good ending",
    "rank.neutral": "neutral ending",
    "rank.bad": "bad ending",
    # -- How well the bots play (solo practice)
    "level.makkelijk": "Easy",
    "level.makkelijk.text": (
        "The other roles play by simple rules of thumb and sometimes do something clumsy."
    ),
    "level.normaal": "Normal",
    "level.normaal.text": "The other roles think a few rounds ahead.",
    "level.moeilijk": "Hard",
    "level.moeilijk.text": "The other roles think longer and further ahead.",
    # -- The coach's lessons (L1-L9)
    "lesson.L1": "Social problems need a social answer",
    "lesson.L2": "Each domain looks differently",
    "lesson.L3": "Start from what the resident wants",
    "lesson.L4": "Sharing with consent",
    "lesson.L5": "Walls between budgets",
    "lesson.L6": "Collaboration takes time",
    "lesson.L7": "Every organisation model has strengths and weak spots",
    "lesson.L8": "The network and the neighbourhood matter",
    "lesson.L9": "When the driving person leaves",
    # -- The coach (game/bots/coach.py)
    "coach.choice": "Think ahead: what happens when this money or rule stops?",
    # -- The debrief report (game/report/html.py)
    "report.doc": "Debrief",
    "report.date": "Date",
    "report.model": "Organisation model",
    "report.difficulty": "Difficulty",
    "report.seed": "Seed",
    "report.rounds_played": "Rounds played",
    "report.moves": "Moves",
    "report.teams": "Teams",
    "report.role": "Role",
    "report.team": "Team",
    "report.player": "Played by",
    "report.human": "people",
    "report.bot": "computer (bot)",
    "report.ending": "Ending",
    "report.unfinished": "The game is not finished yet.",
    "report.wish_known": "Wish known to a professional",
    "report.wish_met": "Wish met",
    "report.yes": "yes",
    "report.no": "no",
    "report.health_gain": "Health (mean change)",
    "report.secured": "Secured for good",
    "report.falls_over": "Falls over after the game",
    "report.none": "nothing",
    "report.contents": "Contents",
    "report.summary": 'Summary for the teacher',
    "report.summary_intro": 'These two pages hold what you need to discuss and grade the game. The rest of the report is the evidence; every move is in the appendix.',
    "report.sum_health": 'Health (mean, start → end)',
    "report.sum_crises": 'Crises',
    "report.sum_medicalisation": 'Medicalisation (counter)',
    "report.sum_wrong_pocket": 'Money in the wrong pocket',
    "report.sum_missed": 'What never reached whoever needed it',
    "report.sum_held": 'What held the table back most',
    "report.sum_blocked": 'blocked a move {n} times',
    "report.sum_teams": "Per team: the first question and the answer for 'Monday'",
    "report.sum_question": 'First question',
    "report.sum_monday": 'What will you do differently on Monday?',
    "report.sum_empty": "not filled in yet",
    "report.moves_link": 'Every move per round is in the appendix.',
    "report.moves_title": 'Appendix: every move per round',
    "report.p1": "1. Description: what happened?",
    "report.p1_intro": (
        "Every round in order: the force card, what each team did, who found out what, and what "
        "changed."
    ),
    "report.p2": "2. Analysis: why did it happen?",
    "report.p3": "3. Transfer: what does this mean for your work?",
    "report.p4": "4. Application: what will you do differently on Monday?",
    "report.timeline_title": (
        "Timeline: force cards (red blocking, green enabling), mean health and crises"
    ),
    "report.round": "Round",
    "report.mean_health": "mean health (0-10)",
    "report.force": "Force card",
    "report.no_force": "No force card.",
    "report.area": "area",
    "report.injected": "added by the facilitator",
    "report.nr": "No.",
    "report.action": "Action",
    "report.effect": "What happened",
    "report.only_for": "only visible to",
    "report.no_actions": "No moves in this round.",
    "report.by_itself": "By itself",
    "report.revealed": "Who found out what?",
    "report.nothing_revealed": "Nobody found out anything new.",
    "report.knows_now": "now knows",
    "report.via": "via",
    "report.changes": "What changed?",
    "report.health": "Health",
    "report.money": "Money",
    "report.trust": "Trust",
    "report.relations": "Relations",
    "report.severity": "Severity of the problems",
    "report.no_change": "no change",
    "report.spider": "The spider web: start and end",
    "report.spider_title": "Spider web of Positive Health: start and end",
    "report.start": "start",
    "report.end": "end",
    "report.info": "Who knew what, and when?",
    "report.info_intro": (
        "Per problem and per role: the round in which the role found out (0: from the start). "
        "Red: the role needed this, but never knew it."
    ),
    "report.fact": "Problem or wish",
    "report.needed": "needed",
    "report.never": "never",
    "report.missed": "Did not reach where it was needed",
    "report.nothing_missed": "Everything that was needed reached the right role.",
    "report.ledger": "The money: three budgets",
    "report.ledger_title": "Money per budget: start, paid, saved and end",
    "report.pot": "Budget",
    "report.paid": "paid",
    "report.saved": "saved",
    "report.spent_on": "Where did the money go?",
    "unpaid.title": "Unpaid time for working together",
    "unpaid.explain": "Usually nobody pays for the time it takes to work together. This is how much each professional gave.",
    "unpaid.line": "{role}: unpaid time for working together: {n} ({moves})",
    "unpaid.move": "{name} {n}",
    "unpaid.none": "Nobody spent unpaid time on working together.",
    "report.wrong_pocket": "Money in the wrong pocket",
    "report.wrong_pocket_line": "{payer} paid, {saver} saved {amount} ({problem}).",
    "report.no_wrong_pocket": "No money in the wrong pocket.",
    "report.blocked": "The forces that blocked most",
    "report.blocked_title": "Blocked moves per force",
    "report.blocked_none": "No force blocked a move.",
    "report.moves_blocked": "blocked moves",
    "report.forces_met": "All force cards in this game",
    "report.kind": "Kind",
    "report.source": "Source",
    "report.model_h": "The organisation model",
    "report.strength": "Strength",
    "report.weakness": "Weakness",
    "report.what_happened": "What happened?",
    "report.pair": "Pair",
    "report.questions": "Questions to discuss together",
    "report.why": "Why this question",
    "report.no_questions": "No questions for this role.",
    "report.epilogue": "The real story",
    "report.your_ending": "Your ending",
    "report.application_intro": (
        "Each team writes down what it will do differently on Monday in its own work. Short and "
        "concrete."
    ),
    "report.not_filled": "Not filled in yet. Write your answer here:",
    "report.sources": "Sources",
    "report.made_with": "Made with Krachtenveld",
    "report.content_changed": (
        "Note: the casus file {file} has changed since this game. This report uses the casus as "
        "it was in the game."
    ),
    "report.content_missing": (
        "Note: the casus file {file} is no longer there. This report uses the casus as it was "
        "in the game (the save holds a copy)."
    ),
    "report.content_old": (
        "Note: a game from an older version, without a copy of its casus. The report uses the "
        "casus as it is now."
    ),
    # -- The comparison of tables (game/report/compare.py)
    "compare.doc": "Comparing the tables",
    "compare.intro": (
        "Each row is the game of one table. Compare the endings, the health and the money, and "
        "ask: what did the organisation model do, and what did your choices do?"
    ),
    "compare.same_game": (
        "Every table played the same game (same case and game number {seed}). They drew the "
        "same force cards, until the tables' choices made the game different."
    ),
    "compare.table": "Table",
    "compare.casus": "Case",
    "compare.model": "Model",
    "compare.difficulty": "Difficulty",
    "compare.seed": "Game number",
    "compare.ending": "Ending",
    "compare.unfinished": "not finished",
    "compare.health": "Health",
    "compare.wish": "Wish met",
    "compare.crises": "Crises",
    "compare.gp": "GP visits",
    "compare.wrong": "Wrong pocket",
    "compare.missed": "Never arrived",
    "compare.blocked": "Held back most",
    "compare.nothing": "nothing",
    "compare.yes": "yes",
    "compare.no": "no",
    "compare.results": "The results",
    "compare.webs": "The spider web per table",
    "compare.web_title": "Spider web of {table}: start and end",
    "compare.start": "start",
    "compare.end": "end",
    "compare.per_model": "Per organisation model",
    "compare.games": "Games",
    "compare.best": "Best ending",
    "compare.mean_gain": "Health (mean)",
    "compare.mean_wrong": "Wrong pocket (mean)",
    "compare.answers": "What will the teams do on Monday?",
    "compare.no_answers": "No answers filled in yet.",
    "compare.made_with": "Made with Krachtenveld",
    # -- The debrief's analysis (game/report/analysis.py)
    "analysis.visit_gp": "Visit to the GP",
    "analysis.crisis": "Crisis: {x}",
    "analysis.end_game": "End the game",
    "analysis.extra_card": "Extra card: {x}",
    "analysis.choice_yes": "Choice: yes",
    "analysis.choice_no": "Choice: no",
    "analysis.via_overleg": "Meeting (MDO)",
    "analysis.via_force": "Force card",
    "analysis.from_start": "from the start",
    "analysis.missed_any": "No professional knew {name}.",
    "analysis.missed_any_so_far": "No professional knew {name} (so far).",
    "analysis.and": "{a} and {b}",
    "analysis.missed_one_never": "{who} never knew about {name}",
    "analysis.missed_many_never": "{who} never knew about {name}",
    "analysis.missed_one_yet": "{who} did not (yet) know about {name}",
    "analysis.missed_many_yet": "{who} did not (yet) know about {name}",
    "analysis.role_round": "{role} (round {n})",
    "analysis.missed_but": "{text}, but {others} did.",
    "analysis.could_presumed": "{who} could share it with {to} without asking (WGBO).",
    "analysis.could_consent_given": "{inwoner} consented to sharing it with {to}, but nobody did.",
    "analysis.could_consent": "That was possible with {inwoner}'s consent. {who} could have asked for it.",
    "analysis.missed_only_inwoner": "{text}. Only {inwoner} knew.",
    "analysis.missed_nobody": "{text}. Nobody knew, not even {inwoner}.",
    "analysis.model_relations": (
        "The relations between the professionals started at {start} on average and ended at "
        "{end} (from 0 to 3)."
    ),
    "analysis.model_turnover": (
        "In round {round} a colleague left: {who} started again. The relations fell back to "
        "{value}."
    ),
    "analysis.model_bridge_lost": "In round {round} the bridge person disappeared.",
    "analysis.model_overleg": "There was a meeting in round {rounds}.",
    "analysis.model_no_overleg": "There was no meeting at all.",
    "analysis.model_free_overleg": "In this model the meeting was free every round.",
    "analysis.model_bridge_refs": (
        "The GP referred to the social worker {n} time(s), via the bridge."
    ),
    "analysis.model_share_cost": (
        "Sharing information cost {extra} extra time each time. You shared {n} time(s)."
    ),
    "analysis.model_community": "The neighbourhood network took part from the start: {x}.",
    "analysis.why_card": "Card in round {round}: {name}",
    "analysis.why_blocked_one": "{why} (blocked {n} move)",
    "analysis.why_blocked_many": "{why} (blocked {n} moves)",
    "analysis.why_no_consent": "No consent given",
    "analysis.why_never_asked": "Never asked for consent",
    "analysis.why_counter": "{name}: {n}",
    "analysis.why_wish_unknown": "The wish stayed unknown",
    "analysis.why_wish_late": "The wish came late",
    "analysis.why_never_knew": "Never knew: {x}",
    "analysis.why_wrong_pocket": "Money in the wrong pocket",
    "analysis.why_not_secured": "Not secured",
    "analysis.why_round": "Round {round}: {name}",
    "analysis.why_transfer": "A question for after every game: the game beside practice",
    "analysis.why_relation": "Relation {n}",
    "analysis.why_no_overleg": "No meeting",
    "analysis.why_no_network": "No network",
    "analysis.why_told_wish": "Told the wish",
    "analysis.why_accepted": "Help accepted",
    "analysis.why_trust": "Trust {n}",
    "analysis.why_refused": "Help refused",
    # -- Reflection questions from the choices made (game/report/analysis.py)
    "question.no_consent": (
        "{inwoner} never gave consent to share information. What did {inwoner} need to say yes? "
        "What does the GDPR allow when the resident gives consent?"
    ),
    "question.consent_never_asked": (
        "You never asked {inwoner} for consent to share. Why not? How do you ask in a way "
        "{inwoner} understands?"
    ),
    "question.medicalisation": (
        "The medicalisation counter is at {n}. Problems of {inwoner} that were not medical "
        "reached the GP. Which question could you have asked? Who could you have referred to?"
    ),
    "question.practice_gap": (
        "What does {role} do in your placement or work that this game could not do? And what "
        "was easier in the game than in real life?"
    ),
    "question.game_critique": (
        "The game makes care simpler than it is. Which rule or force did not match what you "
        "see? What would you add to the game?"
    ),
    "question.inwoner_real": (
        "Is {inwoner} like people you know? What did not fit? What would such a person say "
        "about how the professionals did?"
    ),
    "question.wish_never_known": (
        "Nobody knew what mattered to {inwoner}. When do you ask someone that? What changes "
        "when you know?"
    ),
    "question.wish_late": (
        "You only heard in round {round} what {inwoner} wanted. What would you have done "
        "differently if you had known at once?"
    ),
    "question.missed_fact": (
        "{role} never knew about {fact}. Who did know? What would it have taken to share it?"
    ),
    "question.hidden_fact": (
        "{role} never knew about {fact}, and nobody else did either. How could you have found "
        "out? Which signs could you have looked for?"
    ),
    "question.wrong_pocket": (
        "{payer} paid for the help, but {saver} saved {amount} (on {problem}). Is that fair? "
        "How can the municipality and the insurer make agreements about this together?"
    ),
    "question.falls_over": (
        "{what} stops after the game, because it runs on temporary project money. How could you "
        "have secured it from the start?"
    ),
    "question.escalation": (
        "There was a crisis: {what}. When could you have seen it coming? Who knew what was "
        "going on?"
    ),
    "question.weak_relation": (
        "{role} and {other} hardly knew each other at the end. How much time do you get to know "
        "colleagues from the other domain? Who pays for that time?"
    ),
    "question.no_overleg": (
        "You never met together about {inwoner}. What would a meeting have brought? What stops "
        "you in real life?"
    ),
    "question.no_network": (
        "Nobody from {inwoner}'s network took part: no family, neighbours or group. Who could "
        "you have asked? What can the neighbourhood do that a professional cannot?"
    ),
    "question.told_wish": (
        "{inwoner} told {role} what mattered to {inwoner}. Why that person? What did {inwoner} "
        "need to tell it?"
    ),
    "question.accepted": "{inwoner} said yes to {what}. What made {inwoner} trust this help?",
    "question.trust_low": (
        "At the end {inwoner} still did not trust {role}. How do you win the trust of someone "
        "who does not ask for help?"
    ),
    "question.refused": "{inwoner} said no to {what}. Why? Did it fit what {inwoner} wanted?",
    "question.turnover": (
        "{role} got a new colleague in round {round} and the contacts were gone. How do you "
        "make collaboration depend less on one person?"
    ),
    # -- "Wat als?" on the command line and its errors (game/whatif/texts.py)
    "whatif.title": "What if? {change}",
    "whatif.moment": (
        "From move {move} (round {round}). Played on {games} times, bots at level {level}, seed "
        "{seed}."
    ),
    "whatif.col_real": "What happened",
    "whatif.col_whatif": "What if (mean)",
    "whatif.endings": "Endings",
    "whatif.ending_line": "  {name}: {count} of {games} ({pct}%)",
    "whatif.real_ending": "What happened: {name}.",
    "whatif.web": "The spider web at the end (0-10)",
    "whatif.money": "Money spent per pot",
    "whatif.wrong_pocket": "Money in the wrong pocket",
    "whatif.crises": "Crises",
    "whatif.crisis_rate": "Games with a crisis",
    "whatif.blocked": "Forces that blocked most afterwards (moves per game)",
    "whatif.blocked_none": "  No force blocked a move.",
    "whatif.kept": (
        "Your own moves after this moment: {after}. On average {mean} kept (fewest {min}, most "
        "{max}); all of them in {all} of {games} games."
    ),
    "whatif.bots_only": "The bots played every role from this moment on.",
    "whatif.bot_moves": "Bots made {n} moves on average where you had no move left.",
    "whatif.dropped": "Moves of yours that could no longer be played:",
    "whatif.dropped_line": "  Move {move} ({action}), in {games} games: {reason}",
    "whatif.too_late": "that turn was already over",
    "whatif.one_outcome": (
        "Every game went the same way: all your moves could still be played, so there is only one"
        " outcome."
    ),
    "whatif.seconds": "Done in {s} seconds.",
    "whatif.not_finished": "not finished",
    "whatif.left_out": "(instead of: {action})",
    "whatif.change_force_on": "{force} in play from round {round}",
    "whatif.change_force_off": "no {force} from round {round}",
    "whatif.change_model": "the {model} from round {round}",
    "whatif.change_answer": "at move {move} the answer goes the other way: {action}",
    "whatif.change_answer_none": "at move {move} the resident gives no consent",
    "whatif.change_move": "move {move} becomes: {action}",
    "whatif.err_round_range": (
        "Round {round} was not played in this game. Choose a round from 1 to {last}."
    ),
    "whatif.err_unknown_force": "'{what}' is not a force of this game.",
    "whatif.err_unknown_model": "'{what}' is not an organisation model.",
    "whatif.err_same_model": "The team already worked by the {what} in that round.",
    "whatif.err_force_already_on": "{what} was already in play in round {round}.",
    "whatif.err_force_not_in_game": (
        "{what} is not in play from round {round} on; there is nothing to switch off."
    ),
    "whatif.err_needs_round": "Say from which round (--round).",
    "whatif.err_needs_move": "Say at which move (its number in the timeline).",
    "whatif.err_move_range": "Move {move} does not exist. This game has moves 1 to {last}.",
    "whatif.err_not_an_answer": "Move {move} ({action}) is not an answer of the resident.",
    "whatif.err_bad_notation": "'{what}' is not a move.",
    "whatif.err_same_move": "That is the same move as in the real game.",
    "whatif.err_illegal_move": "{what} was not possible at move {move}: {reason}",
    "whatif.err_games_range": "Choose 1 to {most} games.",
    "whatif.err_unknown_kind": "Unknown change '{kind}'.",
    "whatif.allowed": "You can choose from: {items}",
    "whatif.allowed_answers": "The resident's answers in this game: {items}",
    "whatif.allowed_none": "This game has no answers of the resident.",
    "whatif.cli_one_change": "Choose one change: --force, --model, --answer or --move.",
    "whatif.cli_off_needs_force": "--off goes with --force.",
    "whatif.cli_round_needs": "--round goes with --force or --model.",
    "whatif.cli_needs_round": "Say from which round: --round N.",
    "whatif.cli_bad_level": "Unknown level '{level}'. Choose from: {levels}.",
    "whatif.cli_bad_number": "'{value}' is not a whole number.",
    # -- "Wat als?" in the report (game/report/whatif_html.py)
    "whatif_report.head": "What if?",
    "whatif_report.intro": (
        "The class replayed its own game to a moment, changed one thing and let the bots play on."
        " Left what really happened, right what happened on average in the other games."
    ),
    "whatif_report.how": (
        "From move {move} (round {round}), played on {games} times, bots at level {level}. {who}"
    ),
    "whatif_report.who_keep": (
        "The class's moves were kept while they could be played (on average {mean} of {after})."
    ),
    "whatif_report.who_bots": "The bots played every role from that moment on.",
    "whatif_report.real": "What happened",
    "whatif_report.whatif": "What if",
    "whatif_report.ending": "Ending",
    "whatif_report.wrong_pocket": "Money in the wrong pocket",
    "whatif_report.paid": "Spent: {pot}",
    "whatif_report.crises": "Crises",
    "whatif_report.blocked": "Blocked most",
    "whatif_report.dropped": "Moves of the class that could no longer be played",
    "whatif_report.dropped_line": "move {move}: {text} ({games} games)",
    "whatif_report.none": "none",
    # -- "Wat als?" as a debrief page (game/ui/scenes/debrief/whatif.py)
    "whatif_page.intro": (
        "Replay your game to a moment, change one thing and see what happens then."
    ),
    "whatif_page.moment": "Moment",
    "whatif_page.moment_line": "Round {round}, move {move} of {last}",
    "whatif_page.round_back": "« Round",
    "whatif_page.round_on": "Round »",
    "whatif_page.move_back": "« Move",
    "whatif_page.move_on": "Move »",
    "whatif_page.change": "Change",
    "whatif_page.kind_force_on": "A force on",
    "whatif_page.kind_force_off": "A force off",
    "whatif_page.kind_model": "Another model",
    "whatif_page.kind_answer": "Answer the other way",
    "whatif_page.kind_move": "Another move",
    "whatif_page.what_back": "«",
    "whatif_page.what_on": "»",
    "whatif_page.no_answer": "No answer of the resident in this game.",
    "whatif_page.no_move": "No other move possible here.",
    "whatif_page.answer_at": "Answer at move {move}: {action}",
    "whatif_page.bots": "Bots",
    "whatif_page.level": "Level: {level}",
    "whatif_page.keep_on": "Keep your moves",
    "whatif_page.keep_off": "Bots play everything",
    "whatif_page.games": "{n} games",
    "whatif_page.slow": "This level thinks long: expect minutes, not seconds.",
    "whatif_page.run": "Play on {n} times (R)",
    "whatif_page.running": "Working: {done} of {total}",
    "whatif_page.keep": "Keep for the report",
    "whatif_page.kept": "Kept with the game and in the report.",
    "whatif_page.not_kept": "Not kept: {why}",
    "whatif_page.no_file": "this game has no file",
    "whatif_page.empty": "Choose a moment and one change on the left, and press Play on.",
    "whatif_page.real": "What happened",
    "whatif_page.whatif": "What if",
    "whatif_page.endings": "Endings",
    "whatif_page.real_ending": "Really: {name}",
    "whatif_page.money": "Money and crises (real » what if)",
    "whatif_page.paid": "{pot}: {a} » {b}",
    "whatif_page.wrong": "Wrong pocket: {a} » {b}",
    "whatif_page.crises": "Crises: {a} » {b}",
    "whatif_page.blocked": "Blocked most afterwards: {names}",
    "whatif_page.blocked_none": "No force blocked a move.",
    "whatif_page.kept_moves": (
        "Your moves after this moment: {after}; on average {mean} kept (all of them in {all} of "
        "{games} games)."
    ),
    "whatif_page.bots_all": "The bots played every role from this moment on.",
    "whatif_page.dropped": "No longer possible: move {move} ({action}): {reason}",
    "whatif_page.one_outcome": (
        "All moves stayed possible: there is only one outcome. Choose 'Bots play everything' for "
        "a spread."
    ),
    # -- The classroom server's notes (game/net/present.py)
    "net.too_big": "This message is too large.",
    "net.not_json": "The host cannot read this message.",
    "net.not_object": "The host cannot read this message.",
    "net.unknown_type": "The host does not know this message.",
    "net.unknown_field": "This message has an unknown field.",
    "net.bad_field": "A field in this message is not valid.",
    "net.missing_field": "Something is missing in this message.",
    "net.no_room": "The host does not know this code. Look at the screen again.",
    "net.seat_taken": "Another team has already chosen this role.",
    "net.bad_token": "This seat is not (or no longer) yours. Choose a free role.",
    "net.no_seat": "Choose a role first.",
    "net.not_yours": "You may only play moves for your own role.",
    "net.paused": "The teacher has paused the game.",
    "net.bot_seat": "The computer plays this role now.",
    "net.replaced": "Your team now plays on another device.",
    "net.kicked": "The teacher has removed this device from the table.",
    "net.no_console": "This teacher key is not valid.",
    "net.proposed": "Your proposal is ready for the table.",
    "net.no_proposals": "Proposals are off in this game.",
    "net.saved_answer": "Your answer is saved.",
    "net.not_over": "This is only possible after the game.",
    "net.wat_als_busy": "A what-if is already running for this table.",
    "net.bad_control": "That is not possible now.",
    "net.slow_down": "Slow down: too many messages.",
    "web.cost_t": "{c} time",
    "web.cost_e": "{c} energy",
    "web.klaar": "Done: end my turn",
    "web.health_end": "Health: start → end",
    "web.unpaid": "Unpaid time for working together",
    "web.questions": "Questions for your team",
    "web.story": "The real story",
    "web.followed": "Proposals the table followed",
    "web.followed_item": "Round {r}: {a} — proposed by {p}, played by {b}",
    "web.lang_short": "NL",
    "web_console.assign": "Assign this role (link)",
    "web_console.link": "Link for the team:",
    "web_console.other_device": "Other device (new link)",
    "web_console.model_h": "Model",
    "web_console.round_h": "Round",
    "web_console.crises": "Crises",
    "web_console.gp": "GP visits",
    "net.host_error": "That went wrong on the host. See below how the game stands now.",
    "net.short.huisarts": "GP",
    "net.short.wijkverpleegkundige": "Nurse",
    "net.short.sociaal_werker": "Soc. worker",
    "net.short.inwoner": "Resident",
    "net.status.offered": "offered",
    "net.status.waiting": "on the waiting list",
    "net.status.running": "running",
    "net.status.done": "completed",
    "net.status.refused": "refused",
    "net.status.stopped": "stopped",
    # -- The classroom server's team page (game/net/static; served as /words.js)
    "web.online": "Connected",
    "web.offline": "No connection — reconnecting…",
    "web.connecting": "Connecting…",
    "web.lang": "Nederlands",
    "web.join": "Join",
    "web.code": "Your table's code",
    "web.code_hint": "Four characters, on the teacher's screen.",
    "web.team": "Your team's name (optional)",
    "web.choose": "Choose your role",
    "web.taken": "taken",
    "web.free": "free",
    "web.bot": "computer",
    "web.away": "away",
    "web.here": "here",
    "web.round": "Round {r} of {n}",
    "web.phase": "Phase: {p}",
    "web.turn": "Turn: {t}",
    "web.nobody": "nobody",
    "web.your_turn": "It is your turn.",
    "web.wait": "Waiting for the other teams.",
    "web.time": "Time left",
    "web.energy": "Energy left",
    "web.hand": "Your cards",
    "web.play": "Play",
    "web.blocked": "Not possible now",
    "web.money": "{m} from {p}",
    "web.dossier": "Your dossier",
    "web.empty": "Nothing yet.",
    "web.severity": "severity {s}",
    "web.signals": "What you noticed",
    "web.wish": "{n}'s wish",
    "web.health": "Health (what you see)",
    "web.pots": "Budgets",
    "web.relations": "Relations",
    "web.trust": "{n}'s trust",
    "web.offers": "Offers for {n}",
    "web.requests": "Consent requests",
    "web.consent": "Consent",
    "web.force": "Force card",
    "web.active": "Active forces",
    "web.log": "What happened",
    "web.end": "The game is over",
    "web.monday": "What will you do differently on Monday?",
    "web.monday_hint": "Everyone a line of their own: your name, a colon, and what you will do, when and with whom. Like this: Sam: on Tuesday I ask at every home visit what matters to the person.",
    "web.save": "Save my answer",
    "web.paused": "Paused: the teacher has stopped the game.",
    "web.propose": "As a proposal",
    "web.proposal_mode": "Make a proposal first (do not play)",
    "web.my_proposal": "Your proposal: {a}",
    "web.proposals": "Proposals from: {x}",
    "web.new_offer": "New for {n}: {x}",
    "web.arrangements": "Arrangements",
    "web.leave": "Other table",
    "web.seat": "You play: {r}",
    "web.none": "none",
    "web.connected": "Who is here?",
    "web.replaced": "Your team now plays on another device.",
    "web.ending": "Ending: {e}",
    "web.wrong_code": "Type the four characters from the screen.",
    # -- The classroom server's public board page
    "web_board.join": "Join",
    "web_board.round": "Round {r} of {n}",
    "web_board.turn": "Turn",
    "web_board.nobody": "nobody",
    "web_board.force": "Force card",
    "web_board.active": "Active forces",
    "web_board.pots": "Budgets",
    "web_board.health": "Health",
    "web_board.hidden": "Each team sees its own part of the health.",
    "web_board.relations": "Relations",
    "web_board.time": "Time",
    "web_board.log": "What happened",
    "web_board.who": "Teams",
    "web_board.here": "here",
    "web_board.away": "away",
    "web_board.free": "free",
    "web_board.bot": "computer",
    "web_board.consent": "Consent",
    "web_board.none": "none yet",
    "web_board.paused": "PAUSED",
    "web_board.end": "End",
    "web_board.lang": "Nederlands",
    "web_board.tables": "Choose your table: scan the code or type it in",
    "web_board.open": "This table's board",
    "web_board.revealed": "Everything shown (teacher)",
    "web_board.online": "Connected",
    "web_board.offline": "No connection",
    "web_board.connecting": "Connecting…",
    # -- The public board as a window on the teacher's screen (game/ui/projector.py)
    "projector.table": "Table {n} of {m}",
    "projector.number": "Table {n}",
    "projector.keys": "Tab: next · 0: all tables · L: {other} · H: teacher · Esc: close window",
    "projector.here": "{k} of {n} teams here",
    "projector.none": "No tables yet.",
    "projector.teacher_pick": "Choose a table first (Tab or 1–9); the teacher's keys work on the table shown.",
    "projector.teacher_keys": "Teacher: P pause · R show · I force · E end · T team, then K, M or B · H: hide help",
    "projector.teacher_team_pick": "First choose a team with T.",
    "projector.teacher_team": "Team: {name}. K: disconnect · M: other device · B: {bot} · T: next",
    "projector.teacher_kick_ask": "Disconnect the device of {name}? Press K again. Any other key: no.",
    "projector.teacher_release_ask": "Move {name} to another device? Press M again. Any other key: no.",
    "projector.teacher_kicked": "{name} is disconnected. The seat is free now.",
    "projector.teacher_released": "{name} is free. On the new device: type code {code} and pick {name}.",
    "projector.teacher_bot": "The computer now plays for {name}. B: the team plays again.",
    "projector.teacher_human": "{name}: the team plays again itself.",
    "projector.teacher_no_device": "{name} has no device at this table yet.",
    "projector.teacher_bot_first": "The computer plays for {name}. Press B first.",
    "projector.teacher_failed": "That did not work. See the host's terminal window.",
    "projector.help_title": "The teacher's keys, on the table shown",
    "projector.help_pause": "Pause, or go on.",
    "projector.help_reveal": "Show everything on the board, or hide it again.",
    "projector.help_inject": "Choose a force (I again: the next one). Enter injects it.",
    "projector.help_end": "Twice: the game ends.",
    "projector.help_team": "Choose a team (T again: the next one). Then K, M or B:",
    "projector.help_kick": "Twice: disconnect the team's device. Its seat is free then.",
    "projector.help_move": "Twice: the team goes on on another device. There it types the code and picks its role again.",
    "projector.help_bot": "The computer plays for the team. B again: the team plays again.",
    "projector.help_help": "Hide this help. Tab or 1–9: another table. 0: all tables.",
    "projector.help_links": "A team's link is never on the projector. You find it in the teacher's console.",
    "projector.teacher_end": "End the game of table {code}? Press E again. Any other key: no.",
    "projector.teacher_inject": "Inject a force: {name}. Enter: inject · I: next · any other key: no.",
    "projector.address": "Or go to {url} and type the code.",
    "projector.general_consent": "General consent",
    # -- The classroom server's teacher console page
    "web_console.round": "Round {r}/{n}",
    "web_console.phase": "phase {p}",
    "web_console.turn": "turn: {t}",
    "web_console.pause": "Pause",
    "web_console.resume": "Resume",
    "web_console.reveal": "Show everything on the board",
    "web_console.hide": "Board public again",
    "web_console.inject": "Inject force",
    "web_console.end": "End the game",
    "web_console.kick": "Disconnect device",
    "web_console.bot": "Computer plays",
    "web_console.human": "Team plays again",
    "web_console.ending": "Ending so far",
    "web_console.gain": "Health (mean change)",
    "web_console.wrong": "Wrong pocket",
    "web_console.none": "none yet",
    "web_console.here": "here",
    "web_console.away": "away",
    "web_console.free": "free",
    "web_console.botw": "computer",
    "web_console.overview": "Class overview",
    "web_console.board": "Board",
    "web_console.proposals": "Proposals on/off",
    "web_console.lang": "Nederlands",
    "web_console.online": "Connected",
    "web_console.offline": "No connection",
    "web_console.connecting": "Connecting…",
    "web_console.sure": "Really end the game of table {c}?",
    "web_console.nokey": "Open the link with the key the host printed.",
    "web_console.watals": "What if?",
    "web_console.wa_kind": "Change",
    "web_console.wa_at": "Round or move",
    "web_console.wa_what": "Force, model or move",
    "web_console.wa_bots": "Bots play everything",
    "web_console.wa_busy": "Playing 200 games…",
    "web_console.force_on": "Force on (round)",
    "web_console.force_off": "Force off (round)",
    "web_console.model": "Another model (round)",
    "web_console.answer": "Answer the other way (move)",
    "web_console.move": "Another move (move)",
    # -- What krachtenveld host prints (game/net/command.py)
    "host.listen": "Krachtenveld host listens on {url}",
    "host.table": "Table {n}: code {code} — {url}",
    "host.board": "Public board (projector): {url}",
    "host.console": "Teacher console (secret, only for you): {url}",
    "host.stop": (
        "Stop: Ctrl-C. Everything is saved after every move; continue with: krachtenveld host "
        "--resume"
    ),
    "host.board_title": "public board",
    "host.window": (
        "The public board is in a window on this screen (the projector). Esc or the close "
        "button closes only the window; the server runs on."
    ),
    "host.window_closed": (
        "Board window closed. The server runs on; the board stays at {url}. Stop: Ctrl-C."
    ),
    "host.window_failed": "No window for the board ({why}). The board opens in the browser.",
    "host.resumed": "{n} table(s) resumed from the autosave.",
    "host.port": (
        "Port {port} on {bind} is taken or not available: {e}. Choose another with --port."
    ),
    "host.stopped": "Host stopped. Continue: krachtenveld host --resume",
    "host.error": "krachtenveld host: {why}",
    "host.tables_range": "krachtenveld host: --tables must be between 1 and {most}",
    "host.scenario_not_found": "krachtenveld host: scenario '{scenario}' not found",
    "host.no_class": (
        "there is no earlier class to resume ({path} does not exist); start one with "
        "'krachtenveld host'"
    ),
    "host.manifest_unreadable": "{path}: cannot be read ({why})",
    "host.not_a_manifest": "{path}: not a Krachtenveld host file",
    "host.table_unreadable": "table {code}: {why}",
    "host.save_failed": "krachtenveld host: could not save table {code}: {why}",
    "host.manifest_failed": "krachtenveld host: could not write {path}: {why}",
    "host.record_note": "krachtenveld host: table {code}: {note}",
    "host.window_error": "krachtenveld host: the board window failed: {why}",
    "host.control_failed": "krachtenveld host: {do} on table {code} did not work: {why}",
    "host.frame_failed": "krachtenveld host: a {type} message failed: {why}",
    # -- The command line's help (game/cli.py and the commands' add_parser)
    "help.about": (
        "Krachtenveld: a cooperative game about working together across the social and medical "
        "domain."
    ),
    "help.lang": "the language: nl (Dutch, the default) or en (English)",
    "help.top.lang": "the language of what krachtenveld says (also after the command)",
    "help.play": "play a game (text mode: --text)",
    "help.play.text": "play in the terminal",
    "help.play.scenario": "the casus (default ron; the board: chosen at set-up)",
    "help.play.seed": (
        "the game number: the same number gives the same game (default 1; the board: a new "
        "number each game)"
    ),
    "help.play.model": "the organisation model (default netwerkmodel)",
    "help.play.difficulty": "default normaal",
    "help.play.load": "continue a saved game",
    "help.play.save": "where to save (default: user data dir)",
    "help.play.no_handover": "skip the 'hand over to team X' pause (one player)",
    "help.play.size": "a window of this size (default: the board fills the screen)",
    "help.play.classroom": "classroom view: large type for a projector (--no-classroom: off)",
    "help.play.fullscreen": "the board in full screen (the default without --size)",
    "help.screenshot": "render a scene of the board to a PNG (headless)",
    "help.solo": "practise one role alone; bots play the others",
    "help.solo.level": "how strong the bots of the other teams play",
    "help.solo.load": "continue a saved practice game",
    "help.solo.no_coach": "no tips",
    "help.simulate": "play many games with bots and print figures",
    "help.simulate.model": "default: every model in turn",
    "help.simulate.processes": (
        "worker processes (default: every core); figures do not depend on it"
    ),
    "help.simulate.progress": "show a progress bar (default: when the terminal shows it)",
    "help.simulate.save_dir": "write every game as a save",
    "help.simulate.lang": "the language of error messages",
    "help.simulate.vary": (
        "a sensitivity sweep over one number of the casus, e.g. pots.wmo=24..32 (also "
        "FROM..TO:STEP or A,B,C)"
    ),
    "help.simulate.html": (
        "write a balance page with charts per model, difficulty, round and force card (every "
        "difficulty is played)"
    ),
    "help.replay": "replay a save and print its result and state hash",
    "help.replay.lang": "the language of error messages",
    "help.validate": "check scenario files; one line per problem",
    "help.validate.lang": "the language of the count (the problems themselves are in English)",
    "help.scenarios": "list the casussen (shipped and your own) and say where your own go",
    "help.scenarios.folder": "print only the folder for your own casussen",
    "help.guide": (
        "where the guides are (handleiding, scenario format, JSON Schemas); --open shows one"
    ),
    "help.guide.open": "open it in the browser",
    "help.new_scenario": "write a commented starting file for a new casus",
    "help.new_scenario_about": (
        "Write a small, complete casus with comments that validates and plays as it is. Never "
        "overwrites a file."
    ),
    "help.new_scenario.name": (
        "the casus id: lowercase letters, digits and '_' (e.g. mevrouw_jansen)"
    ),
    "help.new_scenario.out": (
        "the file to write, or a folder for NAME.yaml (default: your own casus folder, see "
        "krachtenveld scenarios)"
    ),
    "help.history": "list the finished games in the games database",
    "help.history.lang": "the language of what is said (nl: Dutch, the default)",
    "help.history.rebuild": (
        "first record every finished game among the saves (default: the user's save folder)"
    ),
    "help.history.delete": "remove a game from the games database (its save stays)",
    "help.export": "finished games as CSV (one row per game) or xAPI",
    "help.export.xapi": "a JSON array of xAPI statements",
    "help.export.intentions": "a CSV with each student's intention (Monday), one row per student",
    "help.export.lang": (
        "nl (default): ';' between cells and a decimal comma, as Dutch Excel and LibreOffice "
        "read it; en: ',' and a decimal point"
    ),
    "help.export.excel": "for Dutch Excel: ';' and a decimal comma (whatever --lang)",
    "help.export.sep": (
        "the CSV separator: ';', ',' or tab (the decimal sign is ',' unless the separator is "
        "',')"
    ),
    "help.report": (
        "the debrief of a saved game as one HTML file; with several saves (one per table) a "
        "comparison of the tables"
    ),
    "help.report.out": "default: the save's name with .html",
    "help.report.json": "also write the full structured log beside it (FILE.json)",
    "help.host": (
        "the classroom server: every team on its own phone or laptop, the public board in a "
        "browser"
    ),
    "help.host.scenario": "the casus (default ron)",
    "help.host.model": "the organisation model (default netwerkmodel)",
    "help.host.difficulty": "the difficulty (default normaal)",
    "help.host.port": "the port (default 8765)",
    "help.host.seed": "the first table's game number (table n plays seed+n-1)",
    "help.host.tables": "how many tables (1-12)",
    "help.host.bind": (
        "the address to listen on (default: this laptop's address on the local network; "
        "127.0.0.1 for this laptop only)"
    ),
    "help.host.bots": "how strong a bot plays when the teacher lets one take a seat",
    "help.host.resume": (
        "restart every table of the last class from its autosave; devices rejoin by themselves"
    ),
    "help.host.no_board": (
        "do not open the public board on this laptop's screen (otherwise it opens as a "
        "full-screen window when there is a display; the web page /board is always there)"
    ),
    "help.host.proposals": (
        "each team may first put a private proposal on its device before the table decides"
    ),
    "help.wat_als": "what if? replay a save with one change and let bots play on many times",
    "help.wat_als.save": "a save file (.json)",
    "help.wat_als.round": "from this round (with --force or --model)",
    "help.wat_als.force": "a force card on (or, with --off, off) from --round",
    "help.wat_als.off": "the force off instead of on",
    "help.wat_als.model": "another organisation model from --round",
    "help.wat_als.answer": "the inwoner's answer at move N the other way",
    "help.wat_als.move": "move N replaced by another legal move (action notation)",
    "help.wat_als.games": "continuations (default 200)",
    "help.wat_als.level": "bot level: makkelijk (default), normaal, moeilijk",
    "help.wat_als.bots": "bots play every role from the moment (the class's moves are not kept)",
    "help.wat_als.processes": "worker processes (default: all cores)",
    "help.wat_als.json": "the figures as JSON",
    "cli.help_positionals": "positional arguments",
    "cli.help_options": "options",
    "cli.help_help": "show this help message and exit",
    "cli.help_version": "show program's version number and exit",
    # -- The command line's messages (game/cli.py, game/report/command.py)
    "cli.scenario_not_found": "krachtenveld: scenario '{scenario}' not found ({why})",
    "cli.path_error": "krachtenveld: {path}: {why}",
    "cli.error": "krachtenveld: {why}",
    "cli.file_missing": "krachtenveld: a file the board needs is missing: {why}",
    "cli.cannot_write": "krachtenveld: cannot write {path}: {why}",
    "cli.unknown_model": (
        "krachtenveld: unknown organisation model '{model}'; choose from {choices}"
    ),
    "cli.games_min": "krachtenveld: --games must be at least 1",
    "cli.fix_files": "krachtenveld: fix these files (krachtenveld validate scenarios/)",
    "cli.validate_ok_one": "OK: 1 file valid",
    "cli.validate_ok_many": "OK: {n} files valid",
    "cli.problems_one": "1 problem",
    "cli.problems_many": "{n} problems",
    "cli.files_one": "1 file",
    "cli.files_many": "{n} files",
    "cli.validate_problems": "{problems} in {files}",
    "cli.would_overwrite_save": "krachtenveld: --out {path} would overwrite the save",
    "cli.would_overwrite_a_save": "krachtenveld: --out {path} would overwrite a save",
    "cli.no_comparison": "krachtenveld: no comparison written; leave this save out or fix it",
    "cli.save_scenario_not_found": "krachtenveld: {path}: scenario not found ({why})",
    # -- The games database tells (game/store/db.py; ``Said`` texts)
    "store.busy": (
        "The games database {path} is busy: another program is using it (another "
        "Krachtenveld, a backup tool). Nothing is wrong with it."
    ),
    "store.disk_full": (
        "Disk full: the game could not be recorded in {path}. The database and your save are "
        "intact. Free some space, then run 'krachtenveld history --rebuild'."
    ),
    "store.read_only": (
        "The games database {path} cannot be written: the folder is read-only (or not yours to "
        "write). The database and your save are intact."
    ),
    "store.unusable": "The games database {path} cannot be used now ({why}).",
    "store.cannot_read": "The games database {path} cannot be read ({why}).",
    "store.too_new": (
        "{path} was made by a newer Krachtenveld (schema {version}, this one knows {known}); it "
        "is left as it is. Update Krachtenveld to use it."
    ),
    "store.damaged": (
        "The games database {path} could not be read ({why}). It was set aside as {moved} and a "
        "new one was started. Your saved games are untouched; 'krachtenveld history --rebuild' "
        "fills the new database from them."
    ),
    "store.not_queued": "{error} The game was not recorded ({why}); your save is kept.",
    "store.queued": (
        "{error} The game is queued in {folder} and will be recorded as soon as the database is "
        "free."
    ),
    "store.not_recorded": "The game was not recorded: {why}",
    "store.queue_unreadable": "A queued game could not be read: {name} ({why}).",
    "store.queue_recorded_one": "1 queued game recorded in the games database.",
    "store.queue_recorded_many": "{n} queued games recorded in the games database.",
    # -- krachtenveld history and export (game/store/commands.py)
    "history.removed": "{n} game(s) removed from the games database",
    "history.rebuilt": (
        "{n} finished game(s) recorded from the saves, {unfinished} unfinished skipped{other}"
    ),
    "history.rebuilt_other": ", {n} other file(s) (reports, exports) left alone",
    "history.none": "No finished games yet.",
    "history.line": (
        "#{id} {when} {scenario} {model} {difficulty}: {ending} ({rank}), {actions} moves; "
        "teams: {teams}{bots}"
    ),
    "history.bots": " bots: {bots}",
    "history.export_needs": "krachtenveld: export needs --csv FILE, --xapi FILE or --intentions FILE",
    "history.intentions_written": "{path}: {n} intention(s), one row per student",
    "history.csv_written": "{path}: {n} game(s) ({sep}, decimal {decimal})",
    "history.xapi_written": "{path}: {n} statement(s)",
    "history.cannot_write": "krachtenveld: cannot write: {why}",
    # -- What a save tells when it is read and replayed (game/store/saves.py; ``Said`` texts)
    "save.too_deep": "nested more than {depth} levels deep; a save is not",
    "save.long_number": "a number of {digits} digits; a save holds no number that long",
    "save.lone_surrogate": (
        "{path}:{line}:{col}: not valid text: {where} holds a lone surrogate ({text}), which no "
        "file or report can store"
    ),
    "save.too_many_actions": (
        "{path}:{line}:{col}: the save has {n} actions; a game has at most {most} (a real game "
        "has a few hundred)"
    ),
    "save.long_seed": (
        "{path}:{line}:{col}: the seed has {n} digits; a seed is a whole number of at most "
        "{most} digits"
    ),
    "save.casus_changed": (
        "{path}: the casus file {file} has changed since this game was played; the game uses "
        "the copy in the save"
    ),
    "save.casus_missing": (
        "{path}: the casus file {file} is no longer there; the game uses the copy in the save"
    ),
    "save.copy_unreadable": (
        "{path}: the copy of the casus in the save cannot be read ({why}); the file on disk is "
        "used"
    ),
    "save.copy_other_casus": (
        "{path}: the save is for scenario {scenario}, but its copy of the casus is {copy}"
    ),
    "save.older": (
        "{path}: an older save without a copy of its casus; it is replayed with the files now "
        "on disk"
    ),
    "save.casus_errors": "{path}: the casus {scenario} has errors:\n{errors}",
    "save.write_full": "The disk is full, so {path} cannot be written.",
    "save.write_read_only": (
        "The folder {folder} may not be written (read-only), so {path} cannot be written."
    ),
    "save.write_failed": "{path} cannot be written ({why}).",
    "save.cannot_replay": "{path}: the save cannot be replayed ({kind})",
    "save.differs": "{path}: this save does not replay the game it recorded:\n  - {lines}",
    "save.field_seed": "seed",
    "save.field_model": "organisation model",
    "save.field_difficulty": "difficulty",
    "save.diff_default_used": (
        "the save names no {what}: the default {used} was used, but the game was played with "
        "{played}"
    ),
    "save.diff_changed": (
        "the {what} was changed: the game was played with {played}, the save now says {now}"
    ),
    "save.diff_actions_missing": (
        "{n} action(s) are missing at the end: the game had {had}, the save has {has} (the last "
        "one was {last})"
    ),
    "save.diff_actions_added": "{n} action(s) were added: the game had {had}, the save has {has}",
    "save.diff_last_action": "the last action was changed from {was} to {now}",
    "save.diff_copy_edited": (
        "the copy of {name} in the save was edited (its text no longer matches its hash)"
    ),
    "save.diff_hashes_edited": "the content hashes in the save were edited",
    "save.diff_other_content": (
        "the content in the save is not the content the game was played with"
    ),
    "save.diff_copy_removed": (
        "the copy of the casus was removed from the save; the files on disk were used"
    ),
    "save.diff_state": (
        "the replay ends in another state than the one recorded (state {got}, recorded "
        "{recorded})"
    ),
    "save.diff_state_unexplained": (
        "the replay ends in another state than the one recorded (state {got}, recorded "
        "{recorded}) although the save itself looks unchanged: the casus on disk or the rules "
        "of this version differ"
    ),
    # -- krachtenveld simulate --html: the balance page (game/report/balance.py)
    "balance.doc": "Balance {scenario}",
    "balance.head": "Balance: {title}",
    "balance.how": "{n} games per difficulty, bots {bots}, seed {seed}",
    "balance.best": "best ending",
    "balance.crisis": "crisis",
    "balance.per_difficulty": "Per difficulty",
    "balance.per_model": "Per organisation model ({difficulty})",
    "balance.per_round": "Per round ({difficulty})",
    "balance.per_round_note": "In which round games end, and in which round a crisis comes.",
    "balance.early": "{early} of {n} games have a crisis in round 1–2.",
    "balance.round": "round {r}",
    "balance.crises_per_round": "Crises per round",
    "balance.crisis_in_round": "games with a crisis in that round",
    "balance.ending_per_round": "Ending per round",
    "balance.ending": "ending",
    "balance.per_force": "Per force card",
    "balance.per_force_note": (
        "How many points more (or less) often the best ending comes when the card was drawn."
    ),
    "balance.helps": "helps",
    "balance.hurts": "hurts",
    "balance.sensitivity": "Sensitivity: {vary}",
    # -- The command line's own words (game/cli.py): argparse's messages, simulate, replay
    "cli.usage": "usage: ",
    "cli.arg_error": "{prog}: error: {message}",
    "cli.arg_of": "argument {arg}: {problem}",
    "cli.arg_unknown_command": "{value} is not a command of krachtenveld; choose from {choices}",
    "cli.arg_invalid_choice": "invalid choice: {value} (choose from {choices})",
    "cli.arg_invalid_number": "{value} is not a number",
    "cli.arg_invalid_value": "invalid {type} value: {value}",
    "cli.arg_expected_one": "expected one argument",
    "cli.arg_expected_at_most_one": "expected at most one argument",
    "cli.arg_expected_at_least_one": "expected at least one argument",
    "cli.arg_expected_n": "expected {n} arguments",
    "cli.arg_not_allowed_with": "not allowed with argument {other}",
    "cli.arg_ignored_value": "ignored explicit argument {value}",
    "cli.arg_required": "the following arguments are required: {args}",
    "cli.arg_unrecognized": "unrecognized arguments: {args}",
    "cli.arg_one_of_required": "one of the arguments {args} is required",
    "cli.arg_ambiguous": "ambiguous option: {option} could match {matches}",
    "cli.arg_unexpected_option": "unexpected option string: {option}",
    "cli.size_form": "size '{text}' is not WIDTHxHEIGHT, e.g. 1920x1080",
    "cli.size_range": "size '{text}' is out of range",
    "cli.sim_head": "{scenario}: {n} games, bots {bots}, {seconds} s",
    "cli.sim_rates": "  best ending: {best}, crisis: {crisis}, health gain: {gain}",
    "cli.sim_model": "  {model}: best {best}, crisis {crisis}, gain {gain}",
    "cli.sim_round": "r{r}: {n}",
    "cli.sim_ending_rounds": "  round of the ending:",
    "cli.sim_crisis_rounds": "  games with a crisis, per round: {rows}",
    "cli.sim_first_crisis": "  first crisis: {rows}",
    "cli.vary_head": "{scenario}: {vary}, {games} games per value",
    "cli.vary_row": "  {vary} = {value}: best {best}, crisis {crisis}, gain {gain}",
    "cli.replay_line": "{scenario}: {n} actions, ending {ending}, hash {hash}{verdict}",
    "cli.replay_same": " (the game it recorded)",
    "cli.replay_differs": " (not the game it recorded)",
    "cli.replay_unchecked": " (an older save: nothing recorded to check against)",
    "cli.scenarios_own_mark": " [own]",
    "cli.scenarios_own": "Your own casussen: {folder}{exists}",
    "cli.scenarios_not_yet": " (does not exist yet)",
    "cli.scenarios_new": "  krachtenveld new-scenario NAME  (writes a start there)",
    "cli.guides": "Guides: {folder}",
    "cli.guide_open": "  krachtenveld guide TOPIC --open   (opens it)",
    "cli.guide_missing": "krachtenveld: {path} is missing from this installation",
    "cli.no_browser": "krachtenveld: no browser to open it with; open the file above yourself",
    # -- simulate --vary: what is wrong with a sweep (game/bots/simulate.py; ``Said`` texts)
    "vary.form": "--vary {text}: write KEY=FROM..TO, e.g. pots.wmo=24..32",
    "vary.not_numbers": (
        "--vary {text}: {values} is not a range of whole numbers (FROM..TO, FROM..TO:STEP or "
        "A,B,C)"
    ),
    "vary.too_many": "--vary {text}: {n} values; at most {most}",
    "vary.no_such_key": (
        "--vary: the casus {scenario} has no {key} (try pots.wmo, pots.zvw, rounds, "
        "start.health.meedoen, problems.ID.severity)"
    ),
    "vary.not_whole": "--vary: {key} is {old}, not a whole number",
    "vary.not_allowed": "--vary: {key}={value} is not allowed in a casus: {why}",
    # -- krachtenveld new-scenario (game/cli.py)
    "cli.new_not_an_id": (
        "krachtenveld: '{name}' is not a casus id: use lowercase letters, digits and '_', "
        "starting with a letter; did you mean '{slug}'?"
    ),
    "cli.new_exists": (
        "krachtenveld: {path} already exists; it was not changed. Choose another name, or write "
        "elsewhere with --out PATH."
    ),
    "cli.new_cannot_write": "krachtenveld: cannot write the new casus: {why}",
    "cli.new_written": "New casus: {path}",
    "cli.new_listed": "  {name} is now among the casussen (krachtenveld scenarios)",
    "cli.new_next": "Next steps (krachtenveld guide format, chapter 8):",
    # -- Names of files the game writes for the user
    "file.report": "{stem}-report.html",
    "file.comparison": "comparison.html",
    # -- Errors a user reads (``error_text``): error.<kind>.<code>
    "error.content.no_file": "no such file: {path}",
    "error.content.no_scenario": "no scenario with id '{id}' in {where}",
    "error.save.not_object": "a save is a JSON object with format, scenario, seed and actions",
    "error.save.format": "not a Krachtenveld save (format is {found})",
    "error.save.version": (
        "save version {found} is not supported (this game reads version {version})"
    ),
    "error.save.scenario": "the save is for scenario {found}, not '{scenario}'",
    "error.save.seed": "seed must be a whole number, found {found}",
    "error.save.actions": "actions must be a list of action notations (text)",
    "error.save.model": "unknown organisation model '{model}'; choose from {choices}",
    "error.save.difficulty": "unknown difficulty '{difficulty}'; choose from {choices}",
    "error.save.invalid": "{text}",
    "error.save.action": "action {n} ('{action}') cannot be replayed: {reason}",
    "error.notation.notation": (
        "'{text}' is not a valid move; expected for example 'huisarts:consult' or "
        "'sociaal_werker:deel(schulden->huisarts)'"
    ),
    "error.notation.role": "'{role}' is not a role; choose from {roles}",
    "error.notation.parts": "an action is made of texts, not {parts}",
    "error.notation.read_back": (
        "'{text}' is not an action: its notation does not read back as the same action"
    ),
    "error.notation.not_text": "{text} is not a move: a move is text, such as 'huisarts:consult'",
    "error.savefile.replay": "{path}: {why}",
    "error.savefile.not_json": "{path}:{line}:{col}: not valid JSON ({why})",
    "error.savefile.not_found": "{path}: file not found",
    "error.savefile.unreadable": "{path}: cannot read the file ({why})",
    "error.savefile.empty": "{path}: the file is empty",
    "error.savefile.not_object": "{path}: a save is a JSON object, found {found}",
    "error.savefile.no_scenario": "{path}: the save names no scenario",
    "error.savefile.scenario_not_found": "{path}: scenario '{scenario}' not found ({why})",
    # the content layer's words for a scenario file's mistakes (game/content, issue 10)
    "error.content.no_catalogue_file": 'no {name} at {path}',
    "error.content.v_null": 'nothing (null)',
    "error.content.v_none": 'none',
    "error.content.v_digits": 'a number of {n} digits',
    "error.content.v_long_text": '{start}... ({n} characters)',
    "error.content.v_empty_text": 'empty text',
    "error.content.v_list": 'a list',
    "error.content.v_empty_list": 'an empty list',
    "error.content.v_mapping": 'a mapping',
    "error.content.v_empty_mapping": 'an empty mapping',
    "error.content.either": '{items} or {last}',
    "error.content.or": '{a} or {b}',
    "error.content.comma": '{a}, {b}',
    "error.content.then": '{first}{then}',
    "error.content.found_expected": 'found {found}, expected {expected}',
    "error.content.found_other": 'found {found}: {why}',
    "error.content.found_not_id": (
        'found {found}, expected an id: lowercase letters, digits '
        "and '_', starting with a letter"),
    "error.content.found_not_pattern": 'found {found}, expected text matching {pattern}',
    "error.content.found_empty": 'found {found}, expected text that is not empty',
    "error.content.found_no_item": 'found {found}, expected at least 1 item',
    "error.content.found_few_items": 'found {found}, expected at least {n} items',
    "error.content.found_not_text": (
        'found {found}, expected text; put it in quotes (YAML reads '
        'yes, no, on, off, null and numbers as values, not text)'),
    "error.content.x_whole_number": 'a whole number',
    "error.content.x_number": 'a number',
    "error.content.x_bool": 'true or false',
    "error.content.x_text": 'text',
    "error.content.x_list": 'a list',
    "error.content.x_mapping": 'a mapping',
    "error.content.x_nothing": 'nothing',
    "error.content.x_condition": (
        'a condition (a mapping with one key, such as '
        "'trust_at_least: 1')"),
    "error.content.x_effect": (
        "an effect (a mapping with one key, such as 'health: {{dim: "
        "meedoen, by: 1}}')"),
    "error.content.x_mapping_keys": 'a mapping with the keys {keys}',
    "error.content.x_at_least": 'a number of at least {n}',
    "error.content.x_above": 'a number above {n}',
    "error.content.x_at_most": 'a number of at most {n}',
    "error.content.x_below": 'a number below {n}',
    "error.content.x_in_range": 'a number in range',
    "error.content.x_from_to": 'a whole number from {lo} to {hi}',
    "error.content.hint_close": '; did you mean {close}?',
    "error.content.hint_close_brackets": ' (did you mean {close}?)',
    "error.content.hint_quote": "; write it as text in quotes: '{value}'",
    "error.content.unknown_key_close": 'unknown key {key}; did you mean {close}?',
    "error.content.unknown_key_allowed": 'unknown key {key}; allowed keys: {keys}',
    "error.content.unknown_key": 'unknown key {key}',
    "error.content.missing_key": 'missing key {key}',
    "error.content.a_condition": 'a condition',
    "error.content.an_effect": 'an effect',
    "error.content.one_key": '{what} has exactly one key, found {n}: {keys}',
    "error.content.unknown_close": 'unknown {what} {value}; did you mean {close}?',
    "error.content.unknown_none": 'unknown {what} {value}; there are none defined',
    "error.content.unknown_expected": 'unknown {what} {value}; expected {expected}',
    "error.content.thing_problem": 'problem',
    "error.content.thing_arrangement": 'arrangement',
    "error.content.thing_action": 'action',
    "error.content.thing_ending": 'ending',
    "error.content.thing_force": 'force',
    "error.content.thing_kind": 'kind',
    "error.content.thing_problem_kind": 'problem kind',
    "error.content.thing_network": 'network resource (id or kind)',
    "error.content.thing_network_id": 'network resource',
    "error.content.thing_action_or_op": 'action id or op',
    "error.content.thing_pair": 'pair of professionals',
    "error.content.duplicate": 'duplicate {what} {id} (also at line {line})',
    "error.content.dup_id": 'id',
    "error.content.dup_action": 'action',
    "error.content.dup_arrangement": 'arrangement id',
    "error.content.dup_force": 'force id',
    "error.content.dup_model": 'model id',
    "error.content.dup_problem": 'problem id',
    "error.content.dup_signal": 'signal id',
    "error.content.dup_network": 'network id',
    "error.content.dup_ending": 'ending id',
    "error.content.dup_deck_force": 'force',
    "error.content.dup_term": 'term id',
    "error.content.tag_refused": (
        'the tag {tag} is not allowed: scenario files hold plain '
        'data only (text, numbers, true/false, lists and mappings)'),
    "error.content.too_many_aliased": (
        'too many values (more than {n}); are aliases (*name) '
        'repeating a large part of the file?'),
    "error.content.alias_loop": 'an alias (*name) refers to a value that contains it',
    "error.content.too_long": '{what} is too long for a scenario file',
    "error.content.not_valid": '{value} is not a valid {tag}',
    "error.content.key_not_text": 'a key must be plain text, not a list or mapping',
    "error.content.merge_key": "merge keys ('<<') are not supported; write the keys out",
    "error.content.duplicate_key": (
        'duplicate key {key} (first at line {line}); YAML would '
        'silently keep only the last one'),
    "error.content.show_line": 'line {n}: "{text}"',
    "error.content.spaces_one": '1 space',
    "error.content.spaces_many": '{n} spaces',
    "error.content.hint_indent_more": (
        '; line {row} is indented {spaces}, more than the line above '
        '({above}, {above_spaces}); a key at the same level starts with {above_spaces}'),
    "error.content.indent_like": '{spaces} (like {line})',
    "error.content.hint_indent_none": (
        '; line {row} is indented {spaces}, which matches no line '
        'above it: indent it {options}'),
    "error.content.hint_tabs": '; indent with spaces, not tabs',
    "error.content.hint_colon": "; put text that contains ': ' in quotes",
    "error.content.hint_question": "; put text that contains '?' inside {{ }} in quotes",
    "error.content.hint_dash": (
        "; line {row} starts with '-' without a space: a list item "
        "is '- ' (a dash and a space)"),
    "error.content.too_big": (
        'the file is too big ({size} bytes; a scenario file is at '
        'most {most}, a casus is usually 15-25 kB)'),
    "error.content.yaml_syntax": 'YAML syntax error: {what}{hint}',
    "error.content.yaml_invalid": 'invalid YAML',
    "error.content.yaml_simple_key": 'while scanning a simple key',
    "error.content.yaml_no_colon": "could not find expected ':'",
    "error.content.yaml_colon_here": 'mapping values are not allowed here',
    "error.content.yaml_in_mapping": 'while parsing a block mapping',
    "error.content.yaml_in_list": 'while parsing a block collection',
    "error.content.yaml_in_flow_mapping": 'while parsing a flow mapping',
    "error.content.yaml_in_flow_list": 'while parsing a flow sequence',
    "error.content.yaml_block_end": 'expected <block end>, but found {found}',
    "error.content.yaml_no_key": 'did not find expected key',
    "error.content.yaml_no_dash": "did not find expected '-' indicator",
    "error.content.yaml_bad_start": 'found character {char} that cannot start any token',
    "error.content.yaml_in_quotes": 'while scanning a quoted scalar',
    "error.content.yaml_stream_end": 'found unexpected end of stream',
    "error.content.yaml_no_alias": 'found undefined alias {name}',
    "error.content.yaml_flow_map_end": "expected ',' or '}}', but got {found}",
    "error.content.yaml_flow_list_end": "expected ',' or ']', but got {found}",
    "error.content.yaml_next_token": 'while scanning for the next token',
    "error.content.yaml_no_content": 'expected the node content, but found {found}',
    "error.content.bad_character": (
        'the character {char} is not allowed in a YAML file (is the '
        'file damaged?)'),
    "error.content.too_deep": 'the file is nested too deeply',
    "error.content.empty_file": (
        'the file is empty; expected a mapping with the keys of a '
        'casus or a catalogue'),
    "error.content.too_many_values": (
        'too many values (more than {n}); a scenario file has a few '
        'thousand at most'),
    "error.content.cannot_read": 'cannot read the file: {why}',
    "error.content.os_denied": 'permission denied',
    "error.content.os_missing": 'no such file',
    "error.content.os_folder": 'it is a folder',
    "error.content.not_utf8": 'the file is not UTF-8 text; save it as UTF-8',
    "error.content.in_casus": ' (in casus {casus}, {file})',
    "error.content.target_in_condition": (
        '{target} only works in effects, not in conditions; name the '
        'problem'),
    "error.content.offer_needs_arrangement": (
        "an action with op 'bied_aan' needs an 'arrangement' (the id "
        'of the arrangement it offers)'),
    "error.content.no_klaar": (
        "no action with op 'klaar' for role {role}: that team could "
        'never end its turn'),
    "error.content.missing_model": (
        'missing organisation model {model} (players can choose '
        'every model)'),
    "error.content.feeds_itself": 'problem {problem} cannot feed itself',
    "error.content.looks_like_itself": 'problem {problem} cannot look like itself; name the other problem it is mistaken for',
    "error.content.deadline_late": 'a deadline after round {round} never passes: the casus has {rounds} rounds (use a round before the last)',
    "error.content.signal_kind": (
        '{kind} is a problem kind, not a problem id: a signal names '
        'the problem it points to by its id ({ids} has this kind)'),
    "error.content.schedule_late": (
        'round {round} is after the last round (the casus has '
        '{rounds} rounds)'),
    "error.content.schedule_twice": (
        'round {round} already draws {force}; one force card per '
        'round'),
    "error.content.leave_out_klaar": (
        "a role cannot leave out 'klaar': it ends the turn"),
    "error.content.schedule_not_in_deck": (
        "{force} is not in the deck; add it to 'deck' or leave it "
        "out of 'schedule'"),
    "error.content.card_never_fits": (
        'card {card} is help for problems of kind {kinds}, and this '
        'casus has none: it can never be played (format 3: help must fit the person)'),
    "error.content.ending_needs_offer": (
        'ending {ending} asks for arrangement {arrangement}, but no '
        'card can offer it in this casus (it is help for problems this casus does not have) and no effect starts it'),
    "error.content.missing_dimension": (
        'missing dimension {dim} (the start needs all six health '
        'dimensions)'),
    "error.content.need_bad_end": (
        "format 3 needs an ending of rank 'bad' with 'when: end': "
        'the game ends there when the web has collapsed (the six dimensions average below 2), so no ending says the inwoner is doing well or holding on while the web says otherwise'),
    "error.content.fallback_too_good": (
        "format 4: the fallback ending must not be 'best' or 'good': "
        'it is also the ending when the web ended lower than it started, and then no ending may say the inwoner is doing better'),
    "error.content.fallback_condition": (
        'the last ending is the fallback and must have no condition '
        '(it is the result when no other ending holds)'),
    "error.content.ending_hides": (
        'ending {ending} has no condition, so the endings after it '
        'can never happen: {later}'),
    "error.content.not_treated": (
        'no action, arrangement or network resource treats or holds '
        'problems of kind {kind}'),
    "error.content.unknown_kind": (
        "cannot tell what this file is: a casus has 'id', "
        "'problems', 'start'...; a catalogue file has 'actions', 'forces', 'models', 'terms' or 'tips'"),
    "error.content.need_catalogue": (
        'the catalogue needs actions.yaml, forces.yaml and '
        'models.yaml'),
    "error.content.file_not_found": 'file not found ({what})',
    "error.content.no_such_path": 'no such file or folder',
    "error.content.no_yaml_files": 'no .yaml files in this folder',
    "error.content.save_no_content": "the embedded content needs 'casus' and 'catalogue'",
    "error.content.save_no_text": 'the save has no text for this file',
    "error.content.id_twice": (
        'the casus id {id} is also the id of {other} (line {line}); '
        'every casus needs its own id'),
    "error.content.name_not_id": (
        'the file name {name} differs from its id {id}: name the '
        'file {file} (the game finds a casus by its id)'),
    "error.content.negative_extra_time": (
        'found {value}, expected a number of at least 0: extra time that gives '
        'time back lets a team play cards without end, and the round would never end'),
    "error.content.endless_card": (
        'card {card} may be played again and again in a round (once_per_round: '
        'false) and in the end costs no {what}: a team could play it without end and the round would never end; give it a cost in {what} or leave out once_per_round: false'),
    "error.content.cost_time": 'time',
    "error.content.cost_energy": 'energy',
}
