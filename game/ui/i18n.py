"""The board's own words, Dutch first and English second (game text comes from the scenario).

``t("start", "en")`` gives a string; placeholders are filled from keyword arguments.
"""

from __future__ import annotations

from game.engine.messages import DIM_NAMES, PHASE_NAMES, POT_NAMES, ROLE_NAMES

TEAM = {
    "huisarts": ("Huisarts", "GP"),
    "wijkverpleegkundige": ("Wijkverpleegkundige", "District nurse"),
    "sociaal_werker": ("Sociaal werker", "Social worker"),
    "inwoner": ("Inwoner", "Resident"),
    "facilitator": ("Docent", "Facilitator"),
}
ROLES = ("inwoner", "huisarts", "wijkverpleegkundige", "sociaal_werker")

UI: dict[str, tuple[str, str]] = {
    # title
    "tagline": ("Samen sterk voor de inwoner: een coöperatief spel over zorg en welzijn",
                "Stronger together for the resident: a cooperative game about care and welfare"),
    "start": ("Nieuw spel", "New game"),
    "continue": ("Verder spelen", "Continue"),
    "continue_none": ("Er is nog geen bewaard spel.", "There is no saved game yet."),
    "continue_what": ("Laatste spel: {casus}, {n} zetten gespeeld",
                      "Last game: {casus}, {n} moves played"),
    "language": ("English", "Nederlands"),
    "language_tip": ("Switch to English", "Schakel naar Nederlands"),
    "quit": ("Stoppen", "Quit"),
    "glossary": ("Woordenlijst", "Glossary"),
    "keys_title": (("Tab en pijltjes: kiezen · Enter: doen · F1: woordenlijst · F2: docent · "
                    "F11: volledig scherm"),
                   ("Tab and arrows: choose · Enter: do · F1: glossary · F2: facilitator · "
                    "F11: full screen")),
    "load_failed": ("Het bewaarde spel kan niet verder: {why}", "The saved game cannot go on: {why}"),
    # set-up
    "setup": ("Nieuw spel klaarzetten", "Set up a new game"),
    "step_casus": ("1. Kies een casus", "1. Choose a case"),
    "step_model": ("2. Kies het organisatiemodel", "2. Choose the organisation model"),
    "step_teams": ("3. Teams", "3. Teams"),
    "step_level": ("4. Moeilijkheid", "4. Difficulty"),
    "age": ("{age} jaar", "age {age}"),
    "minutes": ("± {n} minuten, {r} rondes", "about {n} minutes, {r} rounds"),
    "goals": ("Leerdoelen: {x}", "Learning goals: {x}"),
    "strength": ("Sterk: {x}", "Strength: {x}"),
    "weakness": ("Zwak: {x}", "Weak spot: {x}"),
    "human": ("mensen", "people"),
    "bots_later": ("Alle rollen worden door mensen gespeeld (bots komen later).",
                   "All roles are played by people (bots come later)."),
    "level_licht": ("Licht", "Light"),
    "level_normaal": ("Normaal", "Normal"),
    "level_zwaar": ("Zwaar", "Heavy"),
    "level_text": ("{n} belemmerende krachten", "{n} blocking forces"),
    "play": ("Spelen", "Play"),
    "back": ("Terug", "Back"),
    "no_scenarios": ("Geen casussen gevonden.", "No cases found."),
    "team_name": ("Naam van team {role}", "Name of team {role}"),
    # hand-over and round summary
    "handover": ("Geef door aan team {team}", "Hand over to team {team}"),
    "handover_role": ("Jullie spelen {role}.", "You play {role}."),
    "handover_hint": ("Het vorige team kijkt even weg. Klaar? Druk op Enter of klik.",
                      "The previous team looks away. Ready? Press Enter or click."),
    "handover_go": ("Wij zitten klaar", "We are ready"),
    "handover_other": ("Of kies een ander team:", "Or choose another team:"),
    "who_next": ("Professionals: kies welk team nu speelt", "Professionals: choose which team plays now"),
    "round_over": ("Ronde {r} is voorbij", "Round {r} is over"),
    "round_public": ("Wat iedereen zag:", "What everyone saw:"),
    "next": ("Verder", "Next"),
    "force_moment": ("Ronde {r}: een nieuwe kracht", "Round {r}: a new force"),
    "force_injected": ("De docent speelt een kracht in", "The facilitator brings in a force"),
    # board
    "round": ("Ronde {r}/{n}", "Round {r}/{n}"),
    "team": ("Team {team}", "Team {team}"),
    "time_left": ("Tijd", "Time"),
    "energy_left": ("Energie", "Energy"),
    "force_now": ("Kracht van deze ronde", "This round's force"),
    "active_forces": ("Actieve krachten", "Active forces"),
    "rounds_left": ("nog {n} r.", "{n} rnd left"),
    "lasting": ("blijvend", "lasting"),
    "no_force": ("Geen kracht deze ronde.", "No force this round."),
    "blocking": ("BELEMMEREND", "BLOCKING"),
    "enabling": ("BEVORDEREND", "ENABLING"),
    "area": ("gebied {a}", "area {a}"),
    "pots": ("Potjes", "Budgets"),
    "ledger": ("Kasboek", "Ledger"),
    "ledger_title": ("Kasboek: wie betaalde wat", "Ledger: who paid what"),
    "ledger_empty": ("Nog niets betaald.", "Nothing paid yet."),
    "paid_total": ("betaald {n}", "paid {n}"),
    "relations": ("Samenwerking", "Collaboration"),
    "rel_0": ("onbekend", "strangers"),
    "rel_1": ("kennen elkaar", "acquainted"),
    "rel_2": ("vertrouwen", "trust"),
    "rel_3": ("één team", "one team"),
    "trust": ("Vertrouwen van {n}", "{n}'s trust"),
    "web": ("Positieve Gezondheid", "Positive Health"),
    "web_you": ("zoals jullie het zien", "as you see it"),
    "web_hidden": ("niet zichtbaar voor jullie", "not visible to you"),
    "web_legend_now": ("nu", "now"),
    "web_legend_start": ("begin", "start"),
    "dossier": ("Dossier van team {team}", "Dossier of team {team}"),
    "dossier_empty": ("Nog niets bekend.", "Nothing known yet."),
    "severity": ("ernst {n}/5", "severity {n}/5"),
    "wish": ("Wens: {x}", "Wish: {x}"),
    "signals": ("Gezien:", "Noticed:"),
    "arrangements": ("Lopende hulp", "Support running"),
    "arr_offered": ("aangeboden", "offered"),
    "arr_waiting": ("start over {n}", "starts in {n}"),
    "arr_running": ("loopt", "running"),
    "arr_done": ("klaar", "done"),
    "arr_stopped": ("gestopt", "stopped"),
    "arr_refused": ("geweigerd", "refused"),
    "secured": ("geborgd", "secured"),
    "project": ("project", "project"),
    "network": ("Netwerk", "Network"),
    "inbox": ("Voor {n}: aanbod en vragen", "For {n}: offers and requests"),
    "inbox_empty": ("Geen open aanbod of vragen.", "No open offers or requests."),
    "offer_by": ("{what} (van {role})", "{what} (from {role})"),
    "request": ("{role} wil delen met {other}", "{role} wants to share with {other}"),
    "log": ("Deze ronde", "This round"),
    "log_empty": ("Nog niets gebeurd.", "Nothing happened yet."),
    "actions": ("Acties van team {team}", "Actions of team {team}"),
    "done": ("Klaar (einde beurt)", "Done (end turn)"),
    "switch": ("Ander team", "Other team"),
    "switch_tip": ("Laat een ander team eerst spelen; jullie komen later terug.",
                   "Let another team play first; you come back later."),
    "blocked_by": ("Kan nu niet: {why}", "Not possible now: {why}"),
    "page": ("pagina {p}/{n}", "page {p}/{n}"),
    "more": ("Lees meer", "Read more"),
    "more_casus": ("Het hele verhaal van de casus", "The whole story of the case"),
    "whole_card": ("Hele kaart", "Whole card"),
    "all": ("Alles", "All"),
    "all_forces": ("Alle actieve krachten en lopende hulp",
                   "All active forces and support running"),
    "whole_dossier": ("Heel dossier", "Whole dossier"),
    "more_lines": ("+{n} meer", "+{n} more"),
    "no_target": ("Nu is er niets om dit op te doen.", "There is nothing to do this on now."),
    "choose_target": ("{action}: kies", "{action}: choose"),
    "cancel": ("Annuleren", "Cancel"),
    "cost_time": ("{n} tijd", "{n} time"),
    "cost_energy": ("{n} energie", "{n} energy"),
    "cost_free": ("gratis", "free"),
    "unfunded": ("onbetaald", "unfunded"),
    "choice_for": ("Keuze voor team {team}: {q}", "Choice for team {team}: {q}"),
    "yes": ("Ja", "Yes"),
    "no": ("Nee", "No"),
    "keys_board": ("Tab/pijltjes: kiezen · Enter: spelen · 1–9: kaart · F1: woordenlijst · F2: docent",
                   "Tab/arrows: choose · Enter: play · 1–9: card · F1: glossary · F2: facilitator"),
    "saved_to": ("Bewaard: {p}", "Saved: {p}"),
    "save_failed": ("Bewaren mislukt: {why}", "Saving failed: {why}"),
    # facilitator
    "facilitator": ("Docent", "Facilitator"),
    "fac_title": ("Docentmenu", "Facilitator menu"),
    "fac_pause": ("Pauze (F5)", "Pause (F5)"),
    "fac_reveal": ("Alles tonen (F6)", "Reveal everything (F6)"),
    "fac_hide": ("Alles verbergen (F6)", "Hide everything (F6)"),
    "fac_inject": ("Kracht inspelen (F7)", "Inject a force (F7)"),
    "fac_end": ("Spel beëindigen (F8)", "End the game (F8)"),
    "fac_close": ("Sluiten (Esc)", "Close (Esc)"),
    "fac_pick_force": ("Welke kracht speelt de docent in?", "Which force does the facilitator bring in?"),
    "fac_confirm_end": ("Het spel nu beëindigen? Het einde wordt bepaald zoals na de laatste ronde.",
                        "End the game now? The ending is decided as after the last round."),
    "fac_end_yes": ("Ja, beëindigen", "Yes, end it"),
    "fac_no_game": ("Er loopt nog geen spel.", "No game is running yet."),
    "fac_game_id": ("{casus} · spelnummer {seed} · {model}", "{casus} · game number {seed} · {model}"),
    "fac_same_game": (("Hetzelfde spel aan een andere tafel: krachtenveld play --scenario {sid} "
                       "--seed {seed} --model {mid}"),
                      ("The same game at another table: krachtenveld play --scenario {sid} "
                       "--seed {seed} --model {mid}")),
    "paused": ("Pauze", "Paused"),
    "paused_hint": ("Het spel staat stil. Druk op F5 of Enter om verder te gaan.",
                    "The game is paused. Press F5 or Enter to continue."),
    "reveal_banner": ("DOCENT: alles zichtbaar (F6 om te verbergen)",
                      "FACILITATOR: everything visible (F6 to hide)"),
    # end
    "end_title": ("Einde van het spel", "End of the game"),
    "rank_best": ("Beste einde", "Best ending"),
    "rank_good": ("Goed einde", "Good ending"),
    "rank_neutral": ("Neutraal einde", "Neutral ending"),
    "rank_bad": ("Slecht einde", "Bad ending"),
    "wish_met": ("De wens van {n} is uitgekomen.", "{n}'s wish came true."),
    "wish_not_met": ("De wens van {n} is niet uitgekomen.", "{n}'s wish did not come true."),
    "wish_unknown": ("Niemand wist wat {n} zelf wilde.", "Nobody knew what {n} wanted."),
    "care_use": ("Huisartsbezoeken {gp} · crises {cr} · medicalisering {med}",
                 "GP visits {gp} · crises {cr} · medicalisation {med}"),
    "money": ("Geld per potje (begin » eind)", "Money per budget (start » end)"),
    "debrief": ("Naar de nabespreking", "To the debrief"),
    "debrief_tip": (("Bespreek samen wat er gebeurde, waarom, en wat je er in het echt mee doet."),
                    ("Talk together about what happened, why, and what it means in real work.")),
    "again": ("Zelfde spel, ander model", "Same game, other model"),
    "again_tip": (("Speel deze casus opnieuw met hetzelfde spelnummer: dezelfde krachtkaarten. "
                   "Kies een ander organisatiemodel en vergelijk."),
                  ("Play this case again with the same game number: the same force cards. "
                   "Choose another organisation model and compare.")),
    "record_failed": ("Het spel staat niet in de lijst van gespeelde spellen: {why}",
                      "The game is not in the list of played games: {why}"),
    "to_title": ("Naar het begin", "Back to the start"),
    "epilogue": ("Zo ging het echt", "What really happened"),
    # debrief (DATA model: description, analysis, transfer, application)
    "db_title": ("Nabespreking", "Debrief"),
    "db_tab_timeline": ("1 Verloop", "1 Timeline"),
    "db_tab_money": ("2 Gezondheid en geld", "2 Health and money"),
    "db_tab_info": ("3 Wie wist wat", "3 Who knew what"),
    "db_tab_transfer": ("4 In het echt", "4 Real life"),
    "db_tab_monday": ("5 Maandag", "5 Monday"),
    "db_step_timeline": ("Beschrijven: wat gebeurde er?", "Describe: what happened?"),
    "db_step_money": ("Analyseren: hoe ging het met {n} en met het geld?",
                      "Analyse: how did {n} and the money do?"),
    "db_step_info": ("Analyseren: wie wist wat, en wat hield jullie tegen?",
                     "Analyse: who knew what, and what held you back?"),
    "db_step_transfer": ("Overbrengen: wat betekent dit voor je werk?",
                         "Transfer: what does this mean for your work?"),
    "db_step_monday": ("Toepassen: wat doe je maandag anders?",
                       "Apply: what will you do differently on Monday?"),
    "db_back_end": ("Terug naar het einde", "Back to the ending"),
    "db_next": ("Verder", "Next"),
    "db_round": ("Ronde {r}", "Round {r}"),
    "db_round_of": ("Ronde {r} van {n}", "Round {r} of {n}"),
    "db_force": ("Kracht", "Force"),
    "db_no_force": ("Geen kracht getrokken.", "No force drawn."),
    "db_moves": ("Zetten ({n})", "Moves ({n})"),
    "db_no_moves": ("In deze ronde is niets gespeeld.", "Nothing was played this round."),
    "db_keys": ("Pijltjes links/rechts: ronde · op/neer: zet",
                "Arrow keys left/right: round · up/down: move"),
    "db_move_did": ("Zet {n}: wat er gebeurde", "Move {n}: what happened"),
    "db_round_did": ("Ronde {r}: wat veranderde", "Round {r}: what changed"),
    "db_board_after": ("Het bord na zet {n}", "The board after move {n}"),
    "db_board_round": ("Het bord aan het eind van ronde {r}", "The board at the end of round {r}"),
    "db_learned": ("{team} weet nu: {fact}", "{team} now knows: {fact}"),
    "db_health": ("Gezondheid", "Health"),
    "db_money": ("Geld", "Money"),
    "db_trust": ("Vertrouwen", "Trust"),
    "db_nothing_changed": ("Geen veranderingen.", "No changes."),
    "db_web_title": ("Positieve gezondheid: begin en einde", "Positive health: start and end"),
    "db_web_end": ("einde", "end"),
    "db_money_title": ("Geld: wie betaalde, wie bespaarde?", "Money: who paid, who saved?"),
    "db_saved": ("bespaard {n}", "saved {n}"),
    "db_wrong_pocket": ("Geld in de verkeerde zak", "Money in the wrong pocket"),
    "db_wrong_line": ("{payer} betaalde, {saver} bespaarde {amount} ({problem}).",
                      "{payer} paid, {saver} saved {amount} ({problem})."),
    "db_no_wrong": ("Geen geld in de verkeerde zak: wie betaalde, had er ook zelf profijt van.",
                    "No money in the wrong pocket: who paid also gained from it."),
    "db_info_title": ("Wie wist wat, en vanaf wanneer?", "Who knew what, and since when?"),
    "db_fact": ("Wat", "What"),
    "db_start": ("begin", "start"),
    "db_never": ("nooit", "never"),
    "db_info_legend": ("Dikke rand: deze rol had het nodig. Rood: het kwam er nooit.",
                       "Thick edge: this role needed it. Red: it never got there."),
    "db_all_reached": ("Alles wat nodig was, kwam op de goede plek.",
                       "Everything that was needed reached the right place."),
    "db_blocked_title": ("Krachten die het meest tegenhielden", "Forces that held you back most"),
    "db_blocked_n": ("{n} zet(ten) tegengehouden", "held back {n} move(s)"),
    "db_no_blocked": ("Geen kracht hield een zet tegen.", "No force held back a move."),
    "db_model_title": ("Het organisatiemodel: {m}", "The organisation model: {m}"),
    "db_questions": ("Vragen voor {team}", "Questions for {team}"),
    "db_no_questions": ("Geen vragen voor deze rol.", "No questions for this role."),
    "db_source": ("Bron", "Source"),
    "db_monday_intro": (("Schrijf per team één ding op dat je maandag anders doet, in je eigen "
                         "werk of in je buurt. Het wordt bewaard bij dit spel."),
                        ("Each team: write one thing you will do differently on Monday, in your "
                         "own work or neighbourhood. It is saved with this game.")),
    "db_monday_bot": ("{team} (gespeeld door de computer)", "{team} (played by the computer)"),
    "db_save": ("Antwoorden bewaren", "Save the answers"),
    "db_saved_ok": ("Bewaard bij het spel en in de lijst van gespeelde spellen.",
                    "Saved with the game and in the list of played games."),
    "db_saved_game_only": ("Bewaard bij het spel (niet in de lijst: {why}).",
                           "Saved with the game (not in the list: {why})."),
    "db_not_saved": ("Niet bewaard: {why}. Je tekst staat nog op het scherm.",
                     "Not saved: {why}. Your text is still on screen."),
    "db_no_save_file": ("dit spel heeft geen bestand", "this game has no file"),
    "db_report": ("Verslag maken (HTML)", "Make the report (HTML)"),
    "db_report_tip": (("Een verslag om te printen of in te leveren, met de antwoorden erin."),
                      ("A report to print or hand in, with the answers in it.")),
    "db_report_ok": ("Verslag gemaakt: {path}", "Report made: {path}"),
    "db_report_failed": ("Het verslag kon niet worden gemaakt: {why}",
                         "The report could not be made: {why}"),
    # glossary
    "glossary_title": ("Gezamenlijke woordenlijst", "Shared glossary"),
    "glossary_hint": ("Woorden uit het medisch en het sociaal domein, in gewone taal.",
                      "Words from the medical and the social domain, in plain language."),
    "close": ("Sluiten (Esc)", "Close (Esc)"),
    "domain_medisch": ("medisch", "medical"),
    "domain_sociaal": ("sociaal", "social"),
    "domain_beide": ("beide", "both"),
    # errors
    "no_display": (("krachtenveld: er kan geen venster worden geopend ({why}). "
                    "Speel in de terminal met: krachtenveld play --text"),
                   ("krachtenveld: no window can be opened ({why}). "
                    "Play in the terminal with: krachtenveld play --text")),
    # author's reload (F9)
    "reload_errors_title": ("Fouten in de scenariobestanden", "Mistakes in the scenario files"),
    "reload_errors_summary": (("{n} fout(en) gevonden in {dir}. Het spel is niet veranderd. "
                               "Verbeter de bestanden en druk opnieuw op F9."),
                              ("{n} mistake(s) found in {dir}. The game has not changed. "
                               "Fix the files and press F9 again.")),
    "reload_crash_title": ("Herladen mislukt", "Reloading failed"),
    "reload_crash_summary": (("Er ging iets onverwachts mis bij het herladen. Het spel is niet "
                              "veranderd."),
                             ("Something unexpected went wrong while reloading. The game has "
                              "not changed.")),
    "reload_ok_title": ("Herladen: OK", "Reloaded: OK"),
    "reload_ok_summary": ("De scenariobestanden in {dir} zijn opnieuw gelezen; geen fouten.",
                          "The scenario files in {dir} were read again; no mistakes."),
    "reload_scroll_hint": ("Pijltjes, PgUp/PgDn of muiswiel: scrollen",
                           "Arrows, PgUp/PgDn or mouse wheel: scroll"),
}


def t(key: str, lang: str = "nl", **kw: object) -> str:
    nl, en = UI[key]
    text = en if lang == "en" else nl
    return text.format(**kw) if kw else text


def idx(lang: str) -> int:
    return 1 if lang == "en" else 0


def team_label(role: str, lang: str) -> str:
    return TEAM[role][idx(lang)]


def role_name(role: str, lang: str) -> str:
    return ROLE_NAMES[role][idx(lang)]


def pot_name(pot: str, lang: str) -> str:
    return POT_NAMES[pot][idx(lang)]


def dim_name(dim: str, lang: str) -> str:
    return DIM_NAMES[dim][idx(lang)]


def phase_name(phase: str, lang: str) -> str:
    return PHASE_NAMES[phase][idx(lang)]
