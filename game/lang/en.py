"""Every word a player reads, in English (second language).

Keys are ``section.name``; the same keys are in every language (a test checks).
Placeholders in braces are filled by ``game.lang.t`` and ``game.lang.render``.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- The board and its scenes (game/ui)
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
    "ui.minutes": "about {n} minutes, {r} rounds",
    "ui.goals": "Learning goals: {x}",
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
    "ui.rounds_left": "{n} rnd left",
    "ui.lasting": "lasting",
    "ui.no_force": "No force this round.",
    "ui.blocking": "BLOCKING",
    "ui.enabling": "ENABLING",
    "ui.area": "area {a}",
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
    "ui.actions": "Actions of team {team}",
    "ui.done": "Done (end turn)",
    "ui.switch": "Other team",
    "ui.switch_tip": "Let another team play first; you come back later.",
    "ui.blocked_by": "Not possible now: {why}",
    "ui.page": "page {p}/{n}",
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
    "ui.no": "No",
    "ui.keys_board": (
        "Tab/arrows: choose · Enter: play · 1–9: card · F1: glossary · F2: facilitator"
    ),
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
    "ui.db_tab_timeline": "1 Timeline",
    "ui.db_tab_money": "2 Health and money",
    "ui.db_tab_info": "3 Who knew what",
    "ui.db_tab_transfer": "4 Real life",
    "ui.db_tab_monday": "5 Monday",
    "ui.db_step_timeline": "Describe: what happened?",
    "ui.db_step_money": "Analyse: how did {n} and the money do?",
    "ui.db_step_info": "Analyse: who knew what, and what held you back?",
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
    "ui.db_questions": "Questions for {team}",
    "ui.db_no_questions": "No questions for this role.",
    "ui.db_source": "Source",
    "ui.db_monday_intro": (
        "Each team: write one thing you will do differently on Monday, in your own work or "
        "neighbourhood. It is saved with this game."
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
    # -- Team labels: a role as a team's name
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
    "role.facilitator": "the facilitator",
    # -- The three budgets
    "pot.zvw": "Zvw (health insurer)",
    "pot.wmo": "Wmo (municipality)",
    "pot.wlz": "Wlz (long-term care office)",
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
    # -- What the engine tells: reasons an action is blocked, and events
    "msg.not_your_turn": "It is not {role}'s turn now.",
    "msg.game_over": "The game is over.",
    "msg.unknown_action": "No such move: {text}.",
    "msg.bad_target": "Not a valid target: {text}.",
    "msg.no_time": "Not enough time: need {need}, left {left}.",
    "msg.no_energy": "Not enough energy: need {need}, left {left}.",
    "msg.used": "Already done this round.",
    "msg.blocked_by": "Blocked by {force}.",
    "msg.no_payment_title": "No payment title: {role} may not charge {pot}.",
    "msg.schotten": "Blocked by {force}: no money across the walls ({pot}).",
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
    "msg.no_wams": "One general consent needs a law such as the Wams.",
    "msg.avg_onzeker": "Blocked by {force}: consent is needed per pair.",
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
    # -- The text mode (game/ui/text.py)
    "text.round": "Round {r} of {n} — phase: {p}",
    "text.turn": "Turn: team {t}",
    "text.force": "Force card: {name} ({kind}, area {area})",
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
    "text.prompt": "Choice (number, w = switch team, h = help, s = stop): ",
    "text.which": "Which team goes now? {x}",
    "text.handover": "Hand over to team {t}. Press Enter when team {t} is ready.",
    "text.bad": "I don't understand. Type a number from the list.",
    "text.saved": "Game saved in {p}. Continue: {cmd}",
    "text.end": "The game is over.",
    "text.ending": "Ending: {name}",
    "text.choice": "Choice: {q}",
    "text.prompt_coach": "Choice (number, t = coach's tip, h = help, s = stop): ",
    "text.tip": "Coach's tip ({lesson}): {action}",
    "text.bot_played": "{team} (bot): {action}",
    "text.solo": "Practice: you play team {t}. The other teams are bots.",
    "text.monday_intro": (
        "Debrief, last question: what will you do differently on Monday, in your own work or "
        "neighbourhood? One sentence per team. Enter alone: skip."
    ),
    "text.monday_ask": "Team {team}: ",
    "text.monday_saved": "The answers are saved with the game.",
    "text.report_hint": (
        "The whole debrief as a report: krachtenveld report {p} --out report.html --lang en"
    ),
    "text.help": (
        "Type the number of an action. In the Professionals phase, w chooses which team plays. "
        "s saves the game and stops."
    ),
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
    # -- Reflection questions from the choices made
    "question.no_consent": (
        "{inwoner} never gave consent to share information. What did {inwoner} need to say yes? "
        "What does the GDPR allow when the resident gives consent?"
    ),
    "question.consent_never_asked": (
        "You never asked {inwoner} for consent to share. Why not? How do you ask in a way "
        "{inwoner} understands?"
    ),
    "question.medicalisation": (
        "The medicalisation counter is at {n}. {inwoner} brought problems to the GP that were "
        "not medical. Which question could you have asked? Who could you have referred to?"
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
    # -- How well the bots play (solo practice)
    "level.makkelijk": "Easy",
    "level.makkelijk.text": (
        "The other roles play by simple rules of thumb and sometimes do something clumsy."
    ),
    "level.normaal": "Normal",
    "level.normaal.text": "The other roles think a few rounds ahead.",
    "level.moeilijk": "Hard",
    "level.moeilijk.text": "The other roles think longer and further ahead.",
    # -- Names the scenario does not hold, and the inwoner's pronouns (casus field pronouns)
    "name.wens": "{inwoner}'s wish",
    "name.spreekuur": "a visit to the GP",
    "why.pot_leeg": "the budget is empty",
    "why.projectgeld_op": "the project money has run out",
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
    # -- Inline words of the board (moved from scenes and widgets)
    "ui.word_time": "time",
    "ui.word_energy": "energy",
    "pot_who.zvw": "health insurer",
    "pot_who.wmo": "municipality",
    "pot_who.wlz": "care office",
    "domain_word.medisch": "MEDICAL",
    "domain_word.sociaal": "SOCIAL",
    "domain_word.inwoner": "RESIDENT",
    "domain_word.beide": "BOTH",
    "ui.wrong_pocket_short": "Wrong pocket: {x}",
    "ui.title_card_blocking": "Walls",
    "ui.title_card_enabling": "Grey budget",
    "text.severity": "severity {n}",
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
    "analysis.why_relation": "Relation {n}",
    "analysis.why_no_overleg": "No meeting",
    "analysis.why_no_network": "No network",
    "analysis.why_told_wish": "Told the wish",
    "analysis.why_accepted": "Help accepted",
    "analysis.why_trust": "Trust {n}",
    "analysis.why_refused": "Help refused",
    # -- The coach (game/bots/coach.py)
    "coach.choice": "Think ahead: what happens when this money or rule stops?",
    # -- Errors a user reads (game/lang/errors.py)
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
    "text.save_failed": "Could not save: {why}",
    # -- x
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
}
