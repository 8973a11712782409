"""Every word a player reads, in Dutch (first language; B1: short sentences, everyday words).

Keys are ``section.name``; the same keys are in every language (a test checks).
Placeholders in braces are filled by ``game.lang.t`` and ``game.lang.render``.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- The board and its scenes (game/ui; ``game.ui.i18n.t(key)`` is ``t('ui.' + key)``)
    "ui.tagline": "Samen sterk voor de inwoner: een coöperatief spel over zorg en welzijn",
    "ui.start": "Nieuw spel",
    "ui.continue": "Verder spelen",
    "ui.continue_none": "Er is nog geen bewaard spel.",
    "ui.continue_what": "Laatste spel: {casus}, {n} zetten gespeeld",
    "ui.language": "English",
    "ui.language_tip": "Switch to English",
    "ui.quit": "Stoppen",
    "ui.glossary": "Woordenlijst",
    "ui.keys_title": (
        "Tab en pijltjes: kiezen · Enter: doen · F1: woordenlijst · F2: docent · F11: volledig "
        "scherm"
    ),
    "ui.load_failed": "Het bewaarde spel kan niet verder: {why}",
    "ui.setup": "Nieuw spel klaarzetten",
    "ui.step_casus": "1. Kies een casus",
    "ui.step_model": "2. Kies het organisatiemodel",
    "ui.step_teams": "3. Teams",
    "ui.step_level": "4. Moeilijkheid",
    "ui.age": "{age} jaar",
    "ui.minutes": "± {n} minuten, {r} rondes (eerste keer ± {first})",
    "ui.goals": "Je leert: {x}",
    "ui.content_warning": "Let op: {x}",
    "ui.strength": "Sterk: {x}",
    "ui.weakness": "Zwak: {x}",
    "ui.level_licht": "Licht",
    "ui.level_normaal": "Normaal",
    "ui.level_zwaar": "Zwaar",
    "ui.level_text": "{n} belemmerende krachten",
    "ui.play": "Spelen",
    "ui.back": "Terug",
    "ui.no_scenarios": "Geen casussen gevonden.",
    "ui.team_name": "Naam van team {role}",
    "ui.team_name_hint": "Teamnaam (mag leeg)",
    "ui.handover": "Geef door aan team {team}",
    "ui.handover_role": "Jullie spelen {role}.",
    "ui.handover_hint": "Het vorige team kijkt even weg. Klaar? Druk op Enter of klik.",
    "ui.handover_go": "Wij zitten klaar",
    "ui.who_next": "Professionals: kies welk team nu speelt",
    "ui.round_over": "Ronde {r} is voorbij",
    "ui.round_public": "Wat iedereen zag:",
    "ui.next": "Verder",
    "ui.force_moment": "Ronde {r}: een nieuwe kracht",
    "ui.force_injected": "De docent speelt een kracht in",
    "ui.round": "Ronde {r}/{n}",
    "ui.team": "Team {team}",
    "ui.time_left": "Tijd",
    "ui.energy_left": "Energie",
    "ui.force_now": "Kracht van deze ronde",
    "ui.active_forces": "Actieve krachten",
    "ui.rounds_left": "rondes over: {n}",
    "ui.lasting": "blijvend",
    "ui.no_force": "Geen kracht deze ronde.",
    "ui.blocking": "BELEMMEREND",
    "ui.enabling": "BEVORDEREND",
    "ui.pots": "Potjes",
    "ui.ledger": "Kasboek",
    "ui.ledger_title": "Kasboek: wie betaalde wat",
    "ui.ledger_empty": "Nog niets betaald.",
    "ui.paid_total": "betaald {n}",
    "ui.relations": "Samenwerking",
    "ui.rel_0": "onbekend",
    "ui.rel_1": "kennen elkaar",
    "ui.rel_2": "vertrouwen",
    "ui.rel_3": "één team",
    "ui.trust": "Vertrouwen van {n}",
    "ui.web": "Positieve Gezondheid",
    "ui.web_hidden": "niet zichtbaar voor jullie",
    "ui.web_legend_now": "nu",
    "ui.web_legend_start": "begin",
    "ui.dossier": "Dossier van team {team}",
    "ui.dossier_empty": "Nog niets bekend.",
    "ui.severity": "ernst {n}/5",
    "ui.wish": "Wens: {x}",
    "ui.arrangements": "Lopende hulp",
    "ui.arr_offered": "aangeboden",
    "ui.arr_waiting": "start over {n}",
    "ui.arr_running": "loopt",
    "ui.arr_done": "klaar",
    "ui.arr_stopped": "gestopt",
    "ui.secured": "geborgd",
    "ui.project": "project",
    "ui.network": "Netwerk",
    "ui.inbox": "Voor {n}: aanbod en vragen",
    "ui.offer_by": "{what} (van {role})",
    "ui.request": "{role} wil delen met {other}",
    "ui.log": "Deze ronde",
    "ui.log_empty": "Nog niets gebeurd.",
    "ui.log_leven": "Leven van {n}: wat er vanzelf gebeurde",
    "ui.log_moves": "Jullie zetten",
    "ui.actions": "Acties van team {team}",
    "ui.done": "Klaar (einde beurt)",
    "ui.switch": "Ander team",
    "ui.switch_tip": "Laat een ander team eerst spelen; jullie komen later terug.",
    "ui.blocked_by": "Kan nu niet: {why}",
    "ui.more": "Lees meer",
    "ui.more_casus": "Het hele verhaal van de casus",
    "ui.whole_card": "Hele kaart",
    "ui.all": "Alles",
    "ui.all_forces": "Alle actieve krachten en lopende hulp",
    "ui.whole_dossier": "Heel dossier",
    "ui.more_lines": "+{n} meer",
    "ui.no_target": "Nu is er niets om dit op te doen.",
    "ui.choose_target": "{action}: kies",
    "ui.cancel": "Annuleren",
    "ui.unfunded": "onbetaald",
    "ui.choice_for": "Keuze voor team {team}: {q}",
    "ui.yes": "Ja",
    "ui.moment_round": "Ronde {r}",
    "ui.moment.escalation": "Crisis",
    "ui.moment.overleg_held": "Overleg met elkaar (MDO)",
    "ui.moment.consent_asked": "Een vraag om toestemming",
    "ui.moment.relations_reset": "Een nieuwe collega",
    "ui.moment.bridge_lost": "De brugfunctionaris vertrekt",
    "ui.moment_hint.escalation": (
        "Iedereen ziet de crisis. Wat erachter zat, komt in de nabespreking."
    ),
    "ui.moment_hint.overleg_held": "De professionals zitten samen aan tafel. Wie wat weet, kan nu helpen.",
    "ui.moment_hint.consent_asked": "Het team van de inwoner beslist in zijn eigen beurt: ja of nee.",
    "ui.moment_hint.relations_reset": "Jullie kennen elkaar nog niet. Samenwerken begint opnieuw.",
    "ui.moment_hint.bridge_lost": "Wat aan één persoon hing, moet nu anders geregeld worden.",
    "ui.target_to": "{a} naar {b}",
    "ui.target_pair": "{a} en {b}",
    "ui.no": "Nee",
    "ui.keys_board": (
        "Tab/pijltjes: kiezen · Enter: spelen · 1–9 en A, B, …: de kaart met die toets · "
        "T: tip · F1: woordenlijst · F2: docent"
    ),
    "ui.banner_move": "{team}: {action}",
    "ui.banner_turn": "Team {team} is aan zet",
    "ui.recap_title": "Sinds jullie vorige beurt",
    "ui.classroom_on": "Klasweergave: aan",
    "ui.classroom_off": "Klasweergave: uit",
    "ui.classroom_tip": "Grote letters voor het digibord. Er staat minder tegelijk op het scherm.",
    "ui.class_page_table": "Tafel (F3)",
    "ui.class_page_cards": "Kaarten (F3)",
    "ui.class_page_tip": "F3: wissel tussen de kaarten en de tafel",
    "ui.class_prev": "Vorige",
    "ui.class_next": "Verder",
    "ui.class_list_keys": "Page Up en Page Down: de andere kaarten",
    "ui.class_list_head": "Kaarten {a}–{b} van {n}",
    "ui.inspect_can": "Kan nu.",
    "ui.inspect_key": "toets {k}",
    "ui.inspect_cost": "Kost nu: {cost}",
    "ui.inspect_pays": "{pot} betaalt {n}",
    "ui.inspect_pays_round": "{pot} betaalt {n} per ronde",
    "ui.inspect_targets": "Kan voor: {what}",
    "ui.save_failed": "Bewaren mislukt: {why}",
    "ui.facilitator": "Docent",
    "ui.fac_title": "Docentmenu",
    "ui.fac_pause": "Pauze (F5)",
    "ui.fac_reveal": "Alles tonen (F6)",
    "ui.fac_hide": "Alles verbergen (F6)",
    "ui.fac_inject": "Kracht inspelen (F7)",
    "ui.fac_end": "Spel beëindigen (F8)",
    "ui.fac_close": "Sluiten (Esc)",
    "ui.fac_pick_force": "Welke kracht speelt de docent in?",
    "ui.fac_confirm_end": (
        "Het spel nu beëindigen? Het einde wordt bepaald zoals na de laatste ronde."
    ),
    "ui.fac_end_yes": "Ja, beëindigen",
    "ui.fac_no_game": "Er loopt nog geen spel.",
    "ui.fac_game_id": "{casus} · spelnummer {seed} · {model}",
    "ui.fac_same_game": (
        "Hetzelfde spel aan een andere tafel: krachtenveld play --scenario {sid} --seed {seed} "
        "--model {mid}"
    ),
    "ui.paused": "Pauze",
    "ui.paused_hint": "Het spel staat stil. Druk op F5 of Enter om verder te gaan.",
    "ui.reveal_banner": "DOCENT: alles zichtbaar (F6 om te verbergen)",
    "ui.end_title": "Einde van het spel",
    "ui.rank_best": "Beste einde",
    "ui.rank_good": "Goed einde",
    "ui.rank_neutral": "Neutraal einde",
    "ui.rank_bad": "Slecht einde",
    "ui.wish_met": "De wens van {n} is uitgekomen.",
    "ui.wish_not_met": "De wens van {n} is niet uitgekomen.",
    "ui.wish_unknown": "Niemand wist wat {n} zelf wilde.",
    "ui.care_use": "Huisartsbezoeken {gp} · crises {cr} · medicalisering {med}",
    "ui.money": "Geld per potje (begin » eind)",
    "ui.debrief": "Naar de nabespreking",
    "ui.debrief_tip": "Bespreek samen wat er gebeurde, waarom, en wat je er in het echt mee doet.",
    "ui.again": "Zelfde spel, ander model",
    "ui.again_tip": (
        "Speel deze casus opnieuw met hetzelfde spelnummer: dezelfde krachtkaarten. Kies een "
        "ander organisatiemodel en vergelijk."
    ),
    "ui.record_failed": "Het spel staat niet in de lijst van gespeelde spellen: {why}",
    "ui.to_title": "Naar het begin",
    "ui.epilogue": "Zo ging het echt",
    "ui.db_title": "Nabespreking",
    "ui.db_tab_timeline": "Verloop",
    "ui.db_tab_money": "Gezondheid en geld",
    "ui.db_tab_info": "Wie wist wat",
    "ui.db_tab_whatif": "Wat als?",
    "ui.db_tab_transfer": "In het echt",
    "ui.db_tab_monday": "Maandag",
    "ui.db_to_timeline": "Verder: Verloop",
    "ui.db_step_reactions": "Eerst: hoe was het?",
    "ui.db_step_derole": "Tot slot: stap uit je rol",
    "ui.db_reactions_title": "Hoe was het?",
    "ui.db_derole_title": "Uit je rol",
    "ui.db_react_word": "Zeg per team in één woord hoe dit spel voelde. Nog geen uitleg: eerst het gevoel.",
    "ui.db_react_inwoner": "Team {team}: hoe was het om {n} te zijn? Wat deed het met jullie dat anderen over jullie praatten en beslisten?",
    "ui.db_react_crisis": "Er was een crisis. Hoe was dat voor het team van {n}? En voor de professionals die het zagen gebeuren?",
    "ui.db_react_bad": "Het liep niet goed af voor {n}. Wat voel je daarbij? Er is geen fout antwoord.",
    "ui.db_react_heavy": "Dit verhaal ging over zware dingen. Wil iemand iets kwijt, of even pauze? Dat mag.",
    "ui.db_react_pros": "Professionals: waar liep je vast? En waar was je blij mee?",
    "ui.db_derole_card": "Leg je rol neer. Je bent geen huisarts, verpleegkundige, sociaal werker of inwoner meer.",
    "ui.db_derole_name": "Zeg om de beurt je eigen naam en je opleiding.",
    "ui.db_derole_leave": (
        "Noem één ding van je rol of van {n} dat je hier laat. Dat neem je niet mee naar huis."
    ),
    "ui.db_derole_keep": "Noem één ding dat je wel meeneemt naar je stage of je werk.",
    "ui.db_step_timeline": "Beschrijven: wat gebeurde er?",
    "ui.db_step_money": "Analyseren: hoe ging het met {n} en met het geld?",
    "ui.db_step_info": "Analyseren: wie wist wat, en wat hield jullie tegen?",
    "ui.db_step_whatif": "Analyseren: wat als één ding anders was geweest?",
    "ui.db_step_transfer": "Overbrengen: wat betekent dit voor je werk?",
    "ui.db_step_monday": "Toepassen: wat doe je maandag anders?",
    "ui.db_back_end": "Terug naar het einde",
    "ui.db_next": "Verder",
    "ui.db_round": "Ronde {r}",
    "ui.db_round_of": "Ronde {r} van {n}",
    "ui.db_force": "Kracht",
    "ui.db_no_force": "Geen kracht getrokken.",
    "ui.db_moves": "Zetten ({n})",
    "ui.db_no_moves": "In deze ronde is niets gespeeld.",
    "ui.db_keys": "Pijltjes links/rechts: ronde · op/neer: zet",
    "ui.db_move_did": "Zet {n}: wat er gebeurde",
    "ui.db_round_did": "Ronde {r}: wat veranderde",
    "ui.db_board_after": "Het bord na zet {n}",
    "ui.db_board_round": "Het bord aan het eind van ronde {r}",
    "ui.db_learned": "{team} weet nu: {fact}",
    "ui.db_health": "Gezondheid",
    "ui.db_money": "Geld",
    "ui.db_trust": "Vertrouwen",
    "ui.db_nothing_changed": "Geen veranderingen.",
    "ui.db_web_title": "Positieve gezondheid: begin en einde",
    "ui.db_web_end": "einde",
    "ui.db_money_title": "Geld: wie betaalde, wie bespaarde?",
    "ui.db_saved": "bespaard {n}",
    "ui.db_wrong_pocket": "Geld in de verkeerde zak",
    "ui.db_wrong_line": "{payer} betaalde, {saver} bespaarde {amount} ({problem}).",
    "ui.db_no_wrong": "Geen geld in de verkeerde zak: wie betaalde, had er ook zelf profijt van.",
    "ui.db_could_title": "Wat had wel gekund?",
    "ui.db_info_title": "Wie wist wat, en vanaf wanneer?",
    "ui.db_fact": "Wat",
    "ui.db_start": "begin",
    "ui.db_never": "nooit",
    "ui.db_info_legend": "Dikke rand: deze rol had het nodig. Rood: het kwam er nooit.",
    "ui.db_all_reached": "Alles wat nodig was, kwam op de goede plek.",
    "ui.db_blocked_title": "Krachten die het meest tegenhielden",
    "ui.db_blocked_n": "{n} zet(ten) tegengehouden",
    "ui.db_no_blocked": "Geen kracht hield een zet tegen.",
    "ui.db_model_title": "Het organisatiemodel: {m}",
    "ui.db_questions": "Vragen voor team {team}",
    "ui.db_no_questions": "Geen vragen voor deze rol.",
    "ui.db_source": "Bron",
    "ui.db_monday_intro": (
        "Wat doe je maandag anders, in je stage of je werk? Ieder schrijft een eigen regel. "
        "Eerst je naam, dan een dubbele punt. Zeg wat je doet, wanneer en bij wie. Zo: "
        "\"Sam: dinsdag vraag ik bij elk huisbezoek wat iemand zelf wil.\""
    ),
    "ui.db_monday_bot": "{team} (gespeeld door de computer)",
    "ui.db_save": "Antwoorden bewaren",
    "ui.db_saved_ok": "Bewaard bij het spel en in de lijst van gespeelde spellen.",
    "ui.db_saved_game_only": "Bewaard bij het spel (niet in de lijst: {why}).",
    "ui.db_not_saved": "Niet bewaard: {why}. Je tekst staat nog op het scherm.",
    "ui.db_no_save_file": "dit spel heeft geen bestand",
    "ui.db_report": "Verslag maken (HTML)",
    "ui.db_report_tip": "Een verslag om te printen of in te leveren, met de antwoorden erin.",
    "ui.db_report_ok": "Verslag gemaakt: {path}",
    "ui.db_report_failed": "Het verslag kon niet worden gemaakt: {why}",
    "ui.glossary_title": "Gezamenlijke woordenlijst",
    "ui.glossary_hint": "Woorden uit het medisch en het sociaal domein, in gewone taal.",
    "ui.close": "Sluiten (Esc)",
    "ui.domain_medisch": "medisch",
    "ui.domain_sociaal": "sociaal",
    "ui.domain_beide": "beide",
    "ui.no_display_found": "geen scherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet gezet)",
    "ui.no_display": (
        "krachtenveld: er kan geen venster worden geopend ({why}). Speel in de terminal met: "
        "krachtenveld play --text"
    ),
    "ui.reload_errors_title": "Fouten in de scenariobestanden",
    "ui.reload_errors_summary": (
        "{n} fout(en) gevonden in {dir}. Het spel is niet veranderd. Verbeter de bestanden en "
        "druk opnieuw op F9."
    ),
    "ui.reload_crash_title": "Herladen mislukt",
    "ui.reload_crash_summary": (
        "Er ging iets onverwachts mis bij het herladen. Het spel is niet veranderd."
    ),
    "ui.reload_ok_title": "Herladen: OK",
    "ui.reload_ok_summary": "De scenariobestanden in {dir} zijn opnieuw gelezen; geen fouten.",
    "ui.reload_scroll_hint": "Pijltjes, PgUp/PgDn of muiswiel: scrollen",
    "ui.player_people": "mensen",
    "ui.player_bot": "bot",
    "ui.player_switch": "klik: {other}",
    "ui.player_toggle": "Klik of Enter: mensen of bot voor {role}",
    "ui.bot_level": "Hoe slim spelen de bots?",
    "ui.bots_hint": "Klik op een rol om er een bot van te maken (alleen oefenen).",
    "ui.need_human": "Minstens één rol moet door mensen gespeeld worden.",
    "ui.bot_played": "Bot {team}: {action}",
    "ui.bots_playing": "De bots zijn aan zet…",
    "ui.tip": "Tip",
    "ui.tip_key": "T: tip van de coach",
    "ui.tip_title": "Tip van de coach voor team {team}",
    "ui.tip_move": "Deze zet zou ik nu doen:",
    "ui.tip_lesson": "Les: {name}",
    "ui.tip_none": "Nu is er geen tip: jullie zijn niet aan zet.",
    "ui.tip_play": "Doe deze zet",
    "ui.word_time": "tijd",
    "ui.word_energy": "energie",
    "ui.wrong_pocket_short": "Verkeerde zak: {x}",
    "ui.title_card_blocking": "Schotten",
    "ui.title_card_enabling": "Grijs budget",
    "ui.title_card_blocking_text": "Zvw, Wmo en Wlz betalen elk uit een eigen pot. Hulp blijft dan soms liggen.",
    "ui.title_card_enabling_text": "Eén budget voor zorg en welzijn. Het geld volgt wat de inwoner nodig heeft.",
    # -- The text mode (game/ui/text.py)
    "text.round": "Ronde {r} van {n} — fase: {p}",
    "text.turn": "Beurt: team {t}",
    "text.leven_heading": "-- Ronde {r} · Leven: wat er vanzelf gebeurde bij {n} (niet door een zet) --",
    "text.moves_heading": "-- Ronde {r}: de zetten --",
    "text.force": "Krachtkaart: {name} ({kind})",
    "text.active": "Actieve krachten: {x}",
    "text.time": "Tijd over: {x}",
    "text.energy": "Energie over: {x}",
    "text.health": "Gezondheid (wat jij ziet): {x}",
    "text.dossier": "Jouw dossier: {x}",
    "text.empty": "leeg",
    "text.wish": "Wens van {n}: {x}",
    "text.pots": "Potjes: {x}",
    "text.relations": "Relaties: {x}",
    "text.trust": "Vertrouwen van {n}: {x}",
    "text.offers": "Aanbod en vragen voor {n}: {x}",
    "text.legal": "Wat kan je doen? Typ een nummer.",
    "text.blocked": "Kan nu niet:",
    "text.blocked_line": "Kan nu niet: {x}. Typ b om te zien waarom.",
    "text.blocked_none": "Alle zetten kunnen nu.",
    "text.which": "Welk team is aan de beurt? {x}",
    "text.intro_role": "Team {t} in deze casus: {x}",
    "text.handover": "Geef door aan team {t}. Druk op Enter als team {t} klaar zit.",
    "text.bad": "Dat begrijp ik niet. Typ een nummer uit de lijst.",
    "text.unreadable": (
        "Dat kan ik niet lezen: er staan tekens in die geen tekst zijn. Typ het opnieuw."
    ),
    "text.saved": "Spel bewaard in {p}. Verder spelen: {cmd}",
    "text.end": "Het spel is afgelopen.",
    "text.ending": "Einde: {name}",
    "text.choice": "Keuze: {q}",
    "text.tip": "Tip van de coach ({lesson}): {action}",
    "text.bot_played": "{team} (bot): {action}",
    "text.solo": "Oefenen: jij speelt team {t}. De andere teams zijn bots.",
    "text.monday_intro": (
        "Nabespreking, laatste vraag: wat doe je maandag anders, in je stage of je werk? Ieder "
        "schrijft zijn eigen voornemen: je naam, een dubbele punt, wat je doet en wanneer. Meer "
        "studenten: zet een / tussen de voornemens. Enter zonder tekst: overslaan."
    ),
    "text.monday_ask": "Team {team}: ",
    "text.monday_saved": "De antwoorden zijn bewaard bij het spel.",
    "text.report_hint": (
        "De hele nabespreking als verslag: krachtenveld report {p} --out verslag.html"
    ),
    "text.prompt": "Keuze (nummer, h = hulp en alle toetsen, s = stoppen): ",
    "text.prompt_coach": "Keuze (nummer, t = tip van de coach, h = hulp, s = stoppen): ",
    "text.help": "Typ het nummer van een zet. Een zet houdt zijn nummer de hele beurt. h 3 legt zet 3 uit: wat hij doet en wat hij nu kost. b laat zien wat nu niet kan, en waarom. u neemt je laatste zet terug, als dat mag. v laat alles nog eens zien. In de fase Professionals kies je met w welk team speelt. Met s bewaar je het spel en stop je.",
    "text.resume": "Verder met {title}: ronde {r} van {n}.",
    "text.intro_warning": "Let op: {x}",
    "text.intro_goal": "Alle teams spelen samen, niet tegen elkaar. Het doel: aan het eind gaat het beter met {n} dan nu. Zoek ook uit wat de wens is van {n}. De professionals weten die nog niet.",
    "text.intro_rounds": "Het spel duurt {r} rondes. Elke ronde begint met een krachtkaart: iets uit de echte zorg dat helpt of tegenwerkt. Dan gebeurt er vanzelf iets in het leven van {n}. Daarna speelt team Inwoner, en dan de professionals.",
    "text.intro_end": "Aan het eind telt hoe het gaat met {n}: {x}.",
    "text.intro_worse": "Gaat het dan slechter dan bij het begin, dan is er geen goed einde.",
    "text.intro_early": "Loopt het helemaal mis, dan stopt het spel eerder.",
    "text.intro_time": "Tijd: elke professional heeft {t} tijd per ronde. Elke zet kost tijd. Soms kost een zet meer, bijvoorbeeld door een kracht.",
    "text.intro_energy_cycle": "Energie: team Inwoner heeft energie. Bij {n} wisselt die: soms {lo}, soms {hi} per ronde. Iets vertellen of zelf iemand bellen kost energie. Gaat het mentaal slecht met {n}, dan is er minder.",
    "text.intro_energy": "Energie: team Inwoner heeft energie, meestal {e} per ronde. Iets vertellen of zelf iemand bellen kost energie. Gaat het mentaal slecht met {n}, dan is er minder.",
    "text.intro_trust": "Vertrouwen gaat van 0 tot 3. Een professional hoort alleen iets van {n} bij genoeg vertrouwen. Ook hulp wordt pas aangenomen met genoeg vertrouwen.",
    "text.intro_pots": "Geld: er zijn {k} potjes: {x}. Een professional betaalt uit het eigen potje. Uit een ander potje mag alleen als iets dat regelt, zoals een gedeeld budget.",
    "text.intro_keys": "Zo speel je: typ het nummer van een zet. h 3 legt zet 3 uit. b: wat nu niet kan. u: je laatste zet terugnemen. v: alles nog eens zien. s: bewaren en stoppen.",
    "text.since": "Sinds jullie vorige beurt (wat team {t} mag zien):",
    "text.gone": "Zet {n} kan nu niet meer. Kies een ander nummer.",
    "text.undone": "Teruggenomen: {action}.",
    "text.explain_head": "Zet {n}: {x}",
    "text.explain_does": "Wat het doet: {x}",
    "text.explain_cost": "Kost nu {n} {unit}. Je hebt nog {left}.",
    "text.explain_extra": "Dat is {n} meer dan normaal.",
    "text.explain_less": "Dat is {n} minder dan normaal.",
    "text.explain_pays": "{pot} betaalt {n}. Daar zit nog {left} in.",
    "text.explain_lesson": "Leerdoel: {x}",
    "msg.undo_nothing": "Er is geen zet van jullie om terug te nemen.",
    "msg.undo_turn_over": "Terugnemen kan alleen in dezelfde beurt, voor een ander team iets doet.",
    "msg.undo_learned": "Deze zet kan niet terug: iemand heeft er iets door gehoord of gezien.",
    "text.so_far": "Wat er tot nu toe gebeurde (wat team {t} mag zien):",
    "text.monday_was": "Team {team} schreef eerder: “{x}”. Druk op Enter om dat te houden, of typ een nieuw antwoord.",
    "card.title": "Casuskaart: {n}",
    "card.secret": "Voor de docent. Hier staan alle geheimen van de casus: niet aan spelers laten zien voor het spel.",
    "card.facts": "{age} jaar · {rounds} rondes · ongeveer {minutes} minuten",
    "card.tension": "Wat deze casus anders maakt",
    "card.decline": "De tijd loopt af. Elke {every} rondes gaat bij {n} vanzelf 1 af van: {dims}. Hulp brengt dat niet terug. Het spel kijkt daarom niet naar die punten als het zegt of het beter ging.",
    "card.window": "Een venster dat dichtgaat: na ronde {r} maakt hulp '{x}' niet meer kleiner.",
    "card.energy_cycle": "Stemmingen wisselen. De energie van {n} volgt per ronde: {cycle}. Plan hulp in de goede periodes en blijf in contact in de sombere.",
    "card.trust_through": "Vertrouwen via een sleutelpersoon: {x}. Doet die niet mee, dan komt vertrouwen niet boven {max}.",
    "card.looks_like": "Het ene lijkt op het andere: {x} lijkt op {y}. Wie {x} mist, helpt tevergeefs bij {y}.",
    "card.strained": "Wie helpt, kan op raken: {x}. Vanaf ernst {at} van '{y}' geeft die hulp niets meer.",
    "card.deadline": "Een termijn van buiten. Is '{x}' na ronde {r} niet aangepakt, dan volgt: {name}.",
    "card.warning": "Vertel dit voor het spel: {x}",
    "card.problems": "Wat de spelers aan het begin niet weten",
    "card.col_problem": "Probleem",
    "card.col_knows": "Wie het weet bij de start",
    "card.col_trust": "Vertrouwen nodig om het te vertellen",
    "card.col_drains": "Kost gezondheid op",
    "card.and": "{n} en {x}",
    "card.nobody": "alleen {n}",
    "card.not_even": "niemand, ook {n} zelf niet",
    "card.trust_need": "{n} van 3",
    "card.signals": "Signalen, en welke zetten ze vinden",
    "card.signal_of": "wijst op {problem}; gevonden met: {moves}",
    "card.wish": "De wens",
    "card.wish_how": "Team Inwoner kan de wens vertellen aan een professional met minstens {trust} vertrouwen.",
    "card.network": "Het netwerk",
    "card.active": "doet mee vanaf de start",
    "card.endings": "De eindes",
    "card.rank_best": "Best",
    "card.rank_good": "Goed",
    "card.rank_neutral": "Neutraal",
    "card.rank_bad": "Slecht",
    "card.lessons": "Leerdoelen",
    "card.roles": "Wie de rollen spelen in deze casus",
    "card.simplified": "Wat het spel eenvoudiger maakt dan de praktijk",
    "card.general_blocks": "Tijd en geld zijn blokjes. Echte uren, tarieven en declaraties zitten niet in het spel.",
    "card.general_one_person": "Elke rol is één persoon. In het echt zijn het vaak meer mensen, zoals een POH, een wijkteam of collega's.",
    "card.general_round": "Een ronde is ongeveer twee weken. Een wachttijd van vier rondes is dus ongeveer twee maanden.",
    "card.general_consent": "Toestemming vragen is in het spel één zet. In het echt is het een gesprek, en je legt het vast.",
    "card.general_pots": "Het spel heeft drie potjes. Het potje van de gemeente staat voor meer wetten. Dat zijn de Wmo, de Jeugdwet, de Wpg, de Wgs en de Participatiewet.",
    "file.card": "casuskaart-{id}.html",
    "cli.card_out_folder": "krachtenveld: met meer dan één casus moet --out een bestaande map zijn.",
    "cli.card_secret": "Let op: een casuskaart laat alle geheimen zien. Geef hem niet aan spelers voor het spel.",
    "help.teacher_card": "schrijf de casuskaart voor de docent (geheimen, signalen, wat het spel vereenvoudigt)",
    "help.teacher_card_about": (
        "Schrijf per casus één pagina voor de docent. Daarop: wat de spelers niet weten, de "
        "signalen, de wens en de eindes. Ook de leerdoelen, en wat het spel eenvoudiger maakt "
        "dan de praktijk. Zonder casus: alle casussen."
    ),
    "help.teacher_card.casus": "de casus (bijvoorbeeld ron); zonder: alle casussen",
    "help.teacher_card.out": "het bestand, of bij meer casussen een map",
    "text.severity": "ernst {n}",
    "text.save_failed": (
        "Let op: het spel is niet bewaard. {why} Het spel gaat door. Na de volgende zet "
        "probeert het spel weer te bewaren."
    ),
    "text.saved_elsewhere": (
        "Let op: {why} Daarom is het spel bewaard in {p}. Verder spelen: {cmd}"
    ),
    "text.not_saved": "Het spel kon nergens worden bewaard. {why}",
    # -- What the engine tells: reasons an action is blocked, and events (``render``)
    "msg.not_your_turn": "Het is nu niet de beurt van {role}.",
    "msg.game_over": "Het spel is afgelopen.",
    "msg.unknown_action": "Deze zet bestaat niet: {text}.",
    "msg.bad_target": "Dit doel kan niet: {text}.",
    "msg.no_time": "Te weinig tijd: nodig {need}, over {left}.",
    "msg.no_energy": "Te weinig energie: nodig {need}, over {left}.",
    "msg.used": "Al gedaan deze ronde.",
    "msg.does_not_fit": "Past nu niet: {role} kent geen probleem waar dit bij helpt.",
    "msg.blocked_by": "Geblokkeerd door {force}.",
    "msg.no_payment_title": "Geen betaaltitel: {role} mag niet betalen uit {pot}.",
    "msg.schotten": "Geblokkeerd door {force}: geen geld uit {pot} over de schotten.",
    "msg.pot_empty": "Het potje {pot} is leeg.",
    "msg.no_consent": "Geen toestemming van {inwoner} om te delen met {other}.",
    "msg.condition": "Nog niet mogelijk: {what}.",
    "msg.trust_low": "{inwoner} vertrouwt {role} nog niet genoeg (nodig {need}, nu {have}).",
    "msg.not_known": "{role} weet dit nog niet.",
    "msg.already_offered": "Dit is al aangeboden of loopt al.",
    "msg.other_busy": "{other} heeft geen tijd meer deze ronde.",
    "msg.others_busy": "Niet iedereen heeft nog tijd voor een overleg.",
    "msg.relation_max": "Jullie zijn al één team.",
    "msg.needs_sociale_kaart": "Geblokkeerd door {force}: kijk eerst op de sociale kaart.",
    "msg.needs_force": "Kan alleen als de kracht '{force}' speelt.",
    "msg.no_mandate": "Geen mandaat: alleen waar een kracht dat geeft.",
    "msg.wrong_pocket": (
        "Geblokkeerd door {force}: de gemeente betaalt geen preventie zonder de "
        "zorgverzekeraar."
    ),
    "msg.consent_exists": "Er is al toestemming.",
    "msg.no_consent_to_withdraw": "Er is geen toestemming om in te trekken.",
    "msg.not_alone": "{inwoner} kan dit niet alleen. Een professional kan helpen.",
    "msg.no_wams": "Eén algemene toestemming kan alleen als de Wams geldt.",
    "msg.avg_onzeker": "Geblokkeerd door {force}: per paar toestemming nodig.",
    "msg.avg_onzeker_presumed": (
        "Geblokkeerd door {force}: de wet (WGBO) staat dit toe, maar niemand durft. "
        "Vraag toch toestemming."),
    "msg.no_consent_not_medical": (
        "{inwoner} gaf geen toestemming. Dan deel je met {other} alleen wat nodig is "
        "voor een medisch probleem."),
    "msg.no_consent_medical_secrecy": (
        "Medisch beroepsgeheim: voor delen met {other} is duidelijke toestemming "
        "van {inwoner} nodig."),
    "msg.requested": "Al gevraagd.",
    "msg.not_secured": "Alleen een lopend project kan je borgen.",
    "msg.no_choice": "Er is nu geen keuze te maken.",
    "msg.force_drawn": "Kracht: {force}.",
    "msg.force_choice": "{force}: {choice}.",
    "msg.force_ended": "{force} is voorbij.",
    "msg.force_cancelled": "{force} is opgeheven.",
    "msg.round_start": "Ronde {round} begint.",
    "msg.played": "{role}: {action}.",
    "msg.learned": "{role} weet nu: {fact}.",
    "msg.signal": "{role} ziet iets: {signal}",
    "msg.shared": "{role} deelt {fact} met {other}.",
    "msg.already_knew": "{other} wist dit al: {fact}.",
    "msg.ignored": "{other} neemt het signaal van {role} niet serieus.",
    "msg.told_nothing": "{inwoner} vertelt niets nieuws.",
    "msg.wish": "{inwoner} vertelt wat voor {object} het belangrijkst is.",
    "msg.severity": "{problem}: ernst {old} → {new}.",
    "msg.window_closed": "De tijd voor {problem} is voorbij. Hulp maakt het nu niet meer kleiner. Het kan nog wel erger worden.",
    "msg.mood_up": "{inwoner} heeft een goede periode, met meer energie. Dit is een goed moment om samen iets te beginnen.",
    "msg.mood_down": "{inwoner} zit in een sombere periode en heeft weinig energie. Blijf in contact, ook nu.",
    "msg.misread": "De hulp voor {problem} slaat niet aan. Misschien lijkt het alleen zo. Vraag ook naar de stemming.",
    "msg.strained": "{what} is op en kan even niets meer doen. Wie helpt de helper?",
    "msg.trust_capped": "{inwoner} houdt nog afstand tot {role}. Iemand uit {possessive} eigen kring kan een brug slaan: {what}.",
    "msg.deadline": "{deadline}: niemand pakte {problem} op voor het einde van ronde {round}.",
    "msg.health": "{dim}: {old} → {new}.",
    "msg.trust": "Vertrouwen in {role}: {old} → {new}.",
    "msg.relation": "Relatie {role} – {other}: {old} → {new}.",
    "msg.relations_reset": "{role} heeft een nieuwe collega: relaties terug naar {value}.",
    "msg.bridge_lost": "De brugfunctionaris is weg.",
    "msg.paid": "{pot} betaalt {amount} voor {what}.",
    "msg.pot_changed": "Budget {pot}: {old} → {new}.",
    "msg.offered": "{role} biedt aan: {what}.",
    "msg.accepted": "{inwoner} zegt ja tegen {what}.",
    "msg.refused": "{inwoner} zegt nee tegen {what}.",
    "msg.arr_waiting": "{what} start over {rounds} ronde(n).",
    "msg.arr_started": "{what} is gestart.",
    "msg.arr_done": "{what} is afgerond.",
    "msg.arr_stopped": "{what} stopt: {why}.",
    "msg.arr_secured": "{what} is geborgd: structureel geld.",
    "msg.network_on": "{what} doet nu mee.",
    "msg.network_off": "{what} doet niet meer mee.",
    "msg.consent_given": "{inwoner} geeft toestemming: {pair}.",
    "msg.consent_withdrawn": "{inwoner} trekt toestemming in: {pair}.",
    "msg.consent_general": "{inwoner} geeft één algemene toestemming.",
    "msg.consent_asked": "{role} vraagt toestemming om te delen met {other}.",
    "msg.referred": "{role} verwijst {inwoner} naar {other}.",
    "msg.met": "{role} en {other} maken kennis.",
    "msg.sociale_kaart": "{role} weet nu welke hulp en activiteiten er in de wijk zijn. Doorverwijzen naar het sociaal domein kan nu gericht.",
    "msg.offer_ignores_wish": "Deze hulp gaat niet over wat {inwoner} zelf wil. Dan helpt hij minder. Vraag eerst wat voor {object} belangrijk is.",
    "msg.advice": "Advies zonder naam: bij {problem} helpt {role} met {action}.",
    "msg.advice_two": "Advies zonder naam: bij {problem} helpt {role} met {action} of {action2}.",
    "msg.advice_three": "Advies zonder naam: bij {problem} helpt {role} met {action}, {action2} of {action3}.",
    "msg.advice_none": "Advies zonder naam: niemand weet nog hulp bij wat {role} weet.",
    "msg.overleg_planned": "{role} plant een overleg (MDO).",
    "msg.overleg_held": "Overleg: de professionals praten samen.",
    "msg.shared_frame": "Iedereen kijkt nu met hetzelfde web naar {inwoner}.",
    "msg.gp_visit": "{inwoner} komt op het spreekuur met klachten.",
    "msg.escalation": "Crisis: {escalation}",
    "msg.time_lost": "Werkdruk: {role} verliest {amount} tijd.",
    "msg.turn_done": "{role} is klaar.",
    "msg.counter": "{counter}: {old} → {new}.",
    "msg.ending": "Einde: {ending}.",
    "msg.facilitator_end": "De docent beëindigt het spel.",
    "msg.force_struck": "De docent haalt {force} uit het spel.",
    "msg.model_changed": "Vanaf nu werkt het team volgens het {model}.",
    "msg.crisis_near": "Let op: {problem} is ernstig (4 van de 5). Er dreigt een crisis.",
    "health_cause.problem": "{what}: {dim} {old} → {new}.",
    "health_cause.recovery": "Herstel, want {what} wordt aangepakt: {dim} {old} → {new}.",
    "health_cause.crisis": "Na de crisis ({what}): {dim} {old} → {new}.",
    "health_cause.arrangement": "{what}: {dim} {old} → {new}.",
    "health_cause.network": "{what}: {dim} {old} → {new}.",
    "health_cause.community": "{what}, samen in de buurt: {dim} {old} → {new}.",
    "health_cause.force": "Kracht {what}: {dim} {old} → {new}.",
    "health_cause.decline": "De ziekte gaat door, wat iemand ook doet. {what} wordt zwakker: {dim} {old} → {new}.",
    "health_cause.deadline": "{what}: {dim} {old} → {new}.",
    "health_cause.hidden": "Door iets wat nog niet bekend is: {dim} {old} → {new}.",
    # -- Names the scenario does not hold (``name_of``)
    "name.wens": "de wens van {inwoner}",
    "name.spreekuur": "een bezoek aan de huisarts",
    # -- Why an arrangement stops (a reason's ``why``)
    "why.pot_leeg": "het potje is leeg",
    "why.projectgeld_op": "het projectgeld is op",
    "why.kartrekker_weg": "wie het trok, is weg en niemand anders had het in zijn taken",
    "why.preventie_eerst": "de gemeente bezuinigt eerst op preventie",
    # -- A role as a team's name
    "team.huisarts": "Huisarts",
    "team.wijkverpleegkundige": "Wijkverpleegkundige",
    "team.sociaal_werker": "Sociaal werker",
    "team.inwoner": "Inwoner",
    "team.facilitator": "Docent",
    "team.leven": "Het leven",
    # -- A role in a sentence
    "role.huisarts": "de huisarts",
    "role.wijkverpleegkundige": "de wijkverpleegkundige",
    "role.sociaal_werker": "de sociaal werker",
    "role.inwoner": "de inwoner",
    "name.role_casus": "de {label}",
    "role.facilitator": "de docent",
    # -- The inwoner's pronouns (the casus field ``pronouns``)
    "pronoun.hij.subject": "hij",
    "pronoun.hij.object": "hem",
    "pronoun.hij.possessive": "zijn",
    "pronoun.zij.subject": "zij",
    "pronoun.zij.object": "haar",
    "pronoun.zij.possessive": "haar",
    "pronoun.die.subject": "die",
    "pronoun.die.object": "hen",
    "pronoun.die.possessive": "hun",
    "pronoun.meervoud.subject": "zij",
    "pronoun.meervoud.object": "hen",
    "pronoun.meervoud.possessive": "hun",
    # -- The three budgets
    "pot.zvw": "Zvw (zorgverzekeraar)",
    "pot.wmo": "Gemeente",
    "pot.wlz": "Wlz (zorgkantoor)",
    # -- The laws the gemeente's pot pays for (an action or arrangement names its law)
    "law.wmo": "Wmo",
    "law.jeugdwet": "Jeugdwet",
    "law.wpg": "Wpg",
    "law.wgs": "Wgs",
    "law.participatiewet": "Participatiewet",
    "pot_law.under": "{pot} ({law})",
    # -- Who holds each budget
    "pot_short.zvw": "Zvw",
    "pot_short.wmo": "Gemeente",
    "pot_short.wlz": "Wlz",
    "pot_who.zvw": "zorgverzekeraar",
    "pot_who.wmo": "5 wetten",
    "pot_who.wlz": "zorgkantoor",
    # -- The six dimensions of Positive Health
    "dim.lichaamsfuncties": "lichaamsfuncties",
    "dim.mentaal_welbevinden": "mentaal welbevinden",
    "dim.zingeving": "zingeving",
    "dim.kwaliteit_van_leven": "kwaliteit van leven",
    "dim.meedoen": "meedoen",
    "dim.dagelijks_functioneren": "dagelijks functioneren",
    # -- The phases of a round
    "phase.kracht": "Kracht",
    "phase.leven": "Leven",
    "phase.inwoner": "Inwoner",
    "phase.professionals": "Professionals",
    "phase.overleg": "Overleg",
    "phase.afronding": "Afronding",
    "phase.einde": "Einde",
    # -- The counters of care use
    "counter.gp_visits": "bezoeken huisarts",
    "counter.crises": "crises",
    "counter.medicalisation": "medicalisering",
    "counter.emergency_visits": "spoedbezoeken",
    # -- The domain strip on a card
    "domain_word.medisch": "MEDISCH",
    "domain_word.sociaal": "SOCIAAL",
    "domain_word.inwoner": "INWONER",
    "domain_word.beide": "BEIDE",
    # -- Difficulty (forces in the deck)
    "difficulty.licht": "licht",
    "difficulty.normaal": "normaal",
    "difficulty.zwaar": "zwaar",
    # -- The six areas of the force-field analysis
    "area.3.1": "structuur en organisatie",
    "area.3.2": "financiering",
    "area.3.3": "perspectieven en logica's",
    "area.3.4": "relationele en menselijke krachten",
    "area.3.5": "opleiding, kennis en professionalisering",
    "area.3.6": "omgevingskrachten",
    # -- The five source documents (docs/sources.md)
    "source.000_810897c70a538cc2.txt": (
        "Krachten en kansen: een krachtenveldanalyse (Werkplaatsen Sociaal Domein / Movisie, "
        "2026)"
    ),
    "source.001_c6ee2cb795b6718e.txt": (
        "Factsheet Samenwerking sociaal & medisch domein (Gezond en Gelukkig Den Haag)"
    ),
    "source.002_76acbc7ebcc13e20.txt": (
        "Analyse van 30 sociaal-medische initiatieven (Platform Sociaal Domein)"
    ),
    "source.003_c8f19f16a7602428.txt": "Verslag 11e Dialoog Passende zorg (november 2024)",
    "source.004_7d6c601b4000df11.txt": (
        "Samenwerking sociaal en medisch domein, een verkenning (Hilhorst & Van den Wijngaart, "
        "2024)"
    ),
    # -- Kinds of force
    "kind.belemmerend": "belemmerend",
    "kind.bevorderend": "bevorderend",
    # -- Ranks of an ending
    "rank.best": "beste einde",
    "rank.good": "goed einde",
    "rank.neutral": "neutraal einde",
    "rank.bad": "slecht einde",
    # -- How well the bots play (solo practice)
    "level.makkelijk": "Makkelijk",
    "level.makkelijk.text": (
        "De andere rollen spelen met eenvoudige vuistregels en doen soms iets onhandigs."
    ),
    "level.normaal": "Normaal",
    "level.normaal.text": "De andere rollen denken een paar rondes vooruit.",
    "level.moeilijk": "Moeilijk",
    "level.moeilijk.text": "De andere rollen denken langer en verder vooruit.",
    # -- The coach's lessons (L1-L9)
    "lesson.L1": "Sociale problemen vragen een sociale aanpak",
    "lesson.L2": "Elk domein kijkt anders",
    "lesson.L3": "Begin bij wat de inwoner wil",
    "lesson.L4": "Delen met toestemming",
    "lesson.L5": "Schotten in de financiering",
    "lesson.L6": "Samenwerken kost tijd",
    "lesson.L7": "Elk organisatiemodel heeft sterke en zwakke kanten",
    "lesson.L8": "Het netwerk en de buurt doen mee",
    "lesson.L9": "Als de trekker vertrekt",
    # -- The coach (game/bots/coach.py)
    "coach.choice": "Denk aan later: wat gebeurt er als dit geld of deze regel stopt?",
    # -- The debrief report (game/report/html.py)
    "report.doc": "Nabespreking",
    "report.date": "Datum",
    "report.model": "Organisatiemodel",
    "report.difficulty": "Moeilijkheid",
    "report.seed": "Seed",
    "report.rounds_played": "Rondes gespeeld",
    "report.moves": "Zetten",
    "report.teams": "Teams",
    "report.role": "Rol",
    "report.team": "Team",
    "report.player": "Gespeeld door",
    "report.human": "mensen",
    "report.bot": "computer (bot)",
    "report.ending": "Einde",
    "report.unfinished": "Het spel is nog niet af.",
    "report.wish_known": "Wens bekend bij een professional",
    "report.wish_met": "Wens vervuld",
    "report.yes": "ja",
    "report.no": "nee",
    "report.health_gain": "Gezondheid (gemiddelde verandering)",
    "report.secured": "Duurzaam geregeld",
    "report.falls_over": "Valt om na het spel",
    "report.none": "niets",
    "report.contents": "Inhoud",
    "report.summary": 'Samenvatting voor de docent',
    "report.summary_intro": "Deze twee pagina's zijn genoeg om het spel te bespreken en te beoordelen. De rest van het verslag is de onderbouwing; alle zetten staan in de bijlage.",
    "report.sum_health": 'Gezondheid (gemiddeld, begin → eind)',
    "report.sum_crises": 'Crises',
    "report.sum_medicalisation": 'Medicalisering (teller)',
    "report.sum_wrong_pocket": 'Geld in de verkeerde zak',
    "report.sum_missed": 'Wat kwam nooit bij wie het nodig had',
    "report.sum_held": 'Wat hield de tafel het meest tegen',
    "report.sum_blocked": '{n} keer een zet geblokkeerd',
    "report.sum_teams": "Per team: de eerste vraag en het antwoord op 'maandag'",
    "report.sum_question": 'Eerste vraag',
    "report.sum_monday": 'Wat doe je maandag anders?',
    "report.sum_empty": "nog niet ingevuld",
    "report.moves_link": 'Alle zetten per ronde staan in de bijlage.',
    "report.moves_title": 'Bijlage: alle zetten per ronde',
    "report.p1": "1. Beschrijving: wat gebeurde er?",
    "report.p1_intro": (
        "Alle rondes op een rij: de krachtkaart en wat elk team deed. Ook: wie wat te weten "
        "kwam, en wat er veranderde."
    ),
    "report.p2": "2. Analyse: hoe kwam dat?",
    "report.p3": "3. Transfer: wat betekent dit voor jouw werk?",
    "report.p4": "4. Toepassing: wat doe je maandag anders?",
    "report.timeline_title": (
        "Tijdlijn: krachtkaarten (rood belemmerend, groen bevorderend), gemiddelde gezondheid "
        "en crises"
    ),
    "report.round": "Ronde",
    "report.mean_health": "gemiddelde gezondheid (0-10)",
    "report.force": "Krachtkaart",
    "report.no_force": "Geen krachtkaart.",
    "report.area": "gebied",
    "report.injected": "ingebracht door de docent",
    "report.nr": "Nr.",
    "report.action": "Actie",
    "report.effect": "Wat er gebeurde",
    "report.only_for": "alleen te zien voor",
    "report.no_actions": "Geen zetten in deze ronde.",
    "report.by_itself": "Vanzelf",
    "report.revealed": "Wie kwam wat te weten?",
    "report.nothing_revealed": "Niemand kwam iets nieuws te weten.",
    "report.knows_now": "weet nu",
    "report.via": "via",
    "report.changes": "Wat veranderde er?",
    "report.health": "Gezondheid",
    "report.money": "Geld",
    "report.trust": "Vertrouwen",
    "report.relations": "Relaties",
    "report.severity": "Ernst van de problemen",
    "report.no_change": "geen verandering",
    "report.spider": "Het spinnenweb: begin en eind",
    "report.spider_title": "Spinnenweb Positieve Gezondheid: begin en eind",
    "report.start": "begin",
    "report.end": "eind",
    "report.info": "Wie wist wat, en wanneer?",
    "report.info_intro": (
        "Per probleem en per rol: in welke ronde kwam de rol het te weten? 0 betekent: al "
        "bij de start. Rood: de rol had dit nodig, maar wist het nooit."
    ),
    "report.fact": "Probleem of wens",
    "report.needed": "nodig",
    "report.never": "nooit",
    "report.missed": "Niet aangekomen waar het nodig was",
    "report.nothing_missed": "Alles wat nodig was, kwam aan bij de juiste rol.",
    "report.ledger": "Het geld: drie potjes",
    "report.ledger_title": "Geld per potje: begin, betaald, bespaard en eind",
    "report.pot": "Potje",
    "report.paid": "betaald",
    "report.saved": "bespaard",
    "report.spent_on": "Waar ging het geld naartoe?",
    "unpaid.title": "Onbetaalde tijd voor samenwerken",
    "unpaid.explain": "Tijd om samen te werken betaalt meestal niemand. Zoveel tijd gaf elke professional eraan.",
    "unpaid.line": "{role}: onbetaalde tijd voor samenwerken: {n} ({moves})",
    "unpaid.move": "{name} {n}",
    "unpaid.none": "Niemand gaf onbetaalde tijd aan samenwerken.",
    "report.wrong_pocket": "Geld in de verkeerde zak (wrong pocket)",
    "report.wrong_pocket_line": "{payer} betaalde, {saver} bespaarde {amount} ({problem}).",
    "report.no_wrong_pocket": "Geen geld in de verkeerde zak.",
    "report.blocked": "De krachten die het meest blokkeerden",
    "report.blocked_title": "Geblokkeerde zetten per kracht",
    "report.blocked_none": "Geen kracht blokkeerde een zet.",
    "report.moves_blocked": "geblokkeerde zetten",
    "report.forces_met": "Alle krachtkaarten in dit spel",
    "report.kind": "Soort",
    "report.source": "Bron",
    "report.model_h": "Het organisatiemodel",
    "report.strength": "Sterk",
    "report.weakness": "Zwak",
    "report.what_happened": "Wat gebeurde er?",
    "report.pair": "Duo",
    "report.questions": "Vragen om samen te bespreken",
    "report.why": "Waarom deze vraag",
    "report.no_questions": "Geen vragen voor deze rol.",
    "report.epilogue": "Het echte verhaal",
    "report.your_ending": "Jullie einde",
    "report.application_intro": (
        "Elk team schrijft op wat het maandag anders gaat doen in het eigen werk. Kort en "
        "concreet."
    ),
    "report.not_filled": "Nog niet ingevuld. Schrijf hier jullie antwoord:",
    "report.sources": "Bronnen",
    "report.made_with": "Gemaakt met Krachtenveld",
    "report.content_changed": (
        "Let op: het casusbestand {file} is veranderd sinds dit spel. Dit verslag gebruikt de "
        "casus zoals die in het spel was."
    ),
    "report.content_missing": (
        "Let op: het casusbestand {file} is er niet meer. Dit verslag gebruikt de casus zoals "
        "die in het spel was. Die staat in het spel-bestand."
    ),
    "report.content_old": (
        "Let op: dit is een spel uit een oudere versie, zonder kopie van de casus. Het verslag "
        "gebruikt de casus zoals die nu is."
    ),
    # -- The comparison of tables (game/report/compare.py)
    "compare.doc": "Vergelijking van de tafels",
    "compare.intro": (
        "Elke rij is het spel van één tafel. Vergelijk de einden, de gezondheid en het geld. "
        "Vraag: wat deed het organisatiemodel, en wat deden jullie keuzes?"
    ),
    "compare.same_game": (
        "Alle tafels speelden hetzelfde spel (zelfde casus en spelnummer {seed}). Ze trokken "
        "dezelfde krachtkaarten, tot de keuzes van de tafels het spel anders maakten."
    ),
    "compare.table": "Tafel",
    "compare.casus": "Casus",
    "compare.model": "Model",
    "compare.difficulty": "Moeilijkheid",
    "compare.seed": "Spelnummer",
    "compare.ending": "Einde",
    "compare.unfinished": "nog niet af",
    "compare.health": "Gezondheid",
    "compare.wish": "Wens vervuld",
    "compare.crises": "Crises",
    "compare.gp": "Huisarts­bezoeken",
    "compare.wrong": "Verkeerde zak",
    "compare.missed": "Niet aangekomen",
    "compare.blocked": "Hield het meest tegen",
    "compare.nothing": "niets",
    "compare.yes": "ja",
    "compare.no": "nee",
    "compare.results": "De uitkomsten",
    "compare.webs": "Het spinnenweb per tafel",
    "compare.web_title": "Spinnenweb van {table}: begin en eind",
    "compare.start": "begin",
    "compare.end": "eind",
    "compare.per_model": "Per organisatiemodel",
    "compare.games": "Spellen",
    "compare.best": "Beste einde",
    "compare.mean_gain": "Gezondheid (gemiddeld)",
    "compare.mean_wrong": "Verkeerde zak (gemiddeld)",
    "compare.answers": "Wat doen de teams maandag anders?",
    "compare.no_answers": "Nog geen antwoorden ingevuld.",
    "compare.made_with": "Gemaakt met Krachtenveld",
    # -- The debrief's analysis (game/report/analysis.py)
    "analysis.visit_gp": "Bezoek aan de huisarts",
    "analysis.crisis": "Crisis: {x}",
    "analysis.end_game": "Het spel beëindigen",
    "analysis.extra_card": "Kaart erbij: {x}",
    "analysis.choice_yes": "Keuze: ja",
    "analysis.choice_no": "Keuze: nee",
    "analysis.via_overleg": "Overleg (MDO)",
    "analysis.via_force": "Krachtkaart",
    "analysis.from_start": "bij de start",
    "analysis.missed_any": "Geen enkele professional wist {name}.",
    "analysis.missed_any_so_far": "Geen enkele professional wist {name} (tot nu toe).",
    "analysis.and": "{a} en {b}",
    "analysis.missed_one_never": "{who} wist nooit van {name}",
    "analysis.missed_many_never": "{who} wisten nooit van {name}",
    "analysis.missed_one_yet": "{who} wist (nog) niet van {name}",
    "analysis.missed_many_yet": "{who} wisten (nog) niet van {name}",
    "analysis.role_round": "{role} (ronde {n})",
    "analysis.missed_but": "{text}, maar {others} wel.",
    "analysis.could_presumed": "{who} mocht het met {to} delen zonder te vragen (WGBO).",
    "analysis.could_consent_given": "{inwoner} gaf toestemming om het met {to} te delen, maar niemand deed het.",
    "analysis.could_consent": "Dat kon met toestemming van {inwoner}. {who} had die kunnen vragen.",
    "analysis.missed_only_inwoner": "{text}. Alleen {inwoner} wist het.",
    "analysis.missed_nobody": "{text}. Niemand wist het, ook {inwoner} zelf niet.",
    "analysis.model_relations": (
        "De relaties tussen de professionals begonnen gemiddeld op {start} (van 0 tot 3). "
        "Ze eindigden op {end}."
    ),
    "analysis.model_turnover": (
        "In ronde {round} vertrok een collega: {who} begon opnieuw. De relaties vielen terug "
        "naar {value}."
    ),
    "analysis.model_bridge_lost": "In ronde {round} verdween de brugfunctionaris.",
    "analysis.model_overleg": "Er was overleg in ronde {rounds}.",
    "analysis.model_no_overleg": "Er was geen enkel overleg.",
    "analysis.model_free_overleg": "In dit model was het overleg elke ronde gratis.",
    "analysis.model_bridge_refs": (
        "De huisarts verwees {n} keer naar de sociaal werker, via de brug."
    ),
    "analysis.model_share_cost": (
        "Informatie delen kostte steeds {extra} tijd extra. Jullie deelden {n} keer."
    ),
    "analysis.model_community": "Het netwerk in de buurt deed vanaf het begin mee: {x}.",
    "analysis.why_card": "Kaart in ronde {round}: {name}",
    "analysis.why_blocked_one": "{why} (blokkeerde {n} zet)",
    "analysis.why_blocked_many": "{why} (blokkeerde {n} zetten)",
    "analysis.why_no_consent": "Geen toestemming gegeven",
    "analysis.why_never_asked": "Nooit om toestemming gevraagd",
    "analysis.why_counter": "{name}: {n}",
    "analysis.why_wish_unknown": "De wens bleef onbekend",
    "analysis.why_wish_late": "De wens kwam laat",
    "analysis.why_never_knew": "Nooit geweten: {x}",
    "analysis.why_wrong_pocket": "Geld in de verkeerde zak",
    "analysis.why_not_secured": "Niet geborgd",
    "analysis.why_round": "Ronde {round}: {name}",
    "analysis.why_transfer": "Een vraag voor na elk spel: het spel naast de praktijk",
    "analysis.why_relation": "Relatie {n}",
    "analysis.why_no_overleg": "Geen overleg",
    "analysis.why_no_network": "Geen netwerk",
    "analysis.why_told_wish": "De wens zelf verteld",
    "analysis.why_accepted": "Hulp aangenomen",
    "analysis.why_trust": "Vertrouwen {n}",
    "analysis.why_refused": "Hulp geweigerd",
    # -- Reflection questions from the choices made (game/report/analysis.py)
    "question.no_consent": (
        "{inwoner} gaf nooit toestemming om informatie te delen. Wat had {inwoner} nodig om ja "
        "te zeggen? Wat mag er volgens de AVG wel, als de inwoner toestemming geeft?"
    ),
    "question.consent_never_asked": (
        "Jij hebt {inwoner} nooit om toestemming gevraagd om te delen. Waarom niet? Hoe vraag "
        "je dat op een manier die {inwoner} begrijpt?"
    ),
    "question.medicalisation": (
        "De teller medicalisering staat op {n}. Bij de huisarts kwamen problemen van {inwoner} "
        "die niet medisch waren. Welke vraag had je kunnen stellen? Naar wie had je kunnen "
        "verwijzen?"
    ),
    "question.practice_gap": (
        "Wat doet {role} in jouw stage of werk dat in dit spel niet kon? En wat ging in het "
        "spel makkelijker dan in het echt?"
    ),
    "question.game_critique": (
        "Het spel maakt de zorg eenvoudiger dan hij is. Welke regel of kracht klopte niet met "
        "wat jij ziet? Wat zou jij aan het spel toevoegen?"
    ),
    "question.inwoner_real": (
        "Lijkt {inwoner} op mensen die je kent? Wat klopte er niet aan? Wat zou zo iemand "
        "zelf zeggen over hoe de professionals het deden?"
    ),
    "question.wish_never_known": (
        "Niemand wist wat {inwoner} zelf belangrijk vond. Wanneer vraag jij dat aan iemand? Wat "
        "verandert er als je het weet?"
    ),
    "question.wish_late": (
        "Jullie hoorden pas in ronde {round} wat {inwoner} zelf wilde. Wat had je eerder anders "
        "gedaan als je het meteen wist?"
    ),
    "question.missed_fact": (
        "{role} wist nooit van {fact}. Wie wist het wel? Wat was er nodig geweest om het te "
        "delen?"
    ),
    "question.hidden_fact": (
        "{role} wist nooit van {fact}, en niemand anders ook niet. Hoe had je het kunnen "
        "ontdekken? Op welke signalen had je kunnen letten?"
    ),
    "question.wrong_pocket": (
        "{payer} betaalde de hulp, maar {saver} bespaarde {amount} (bij {problem}). Is dat "
        "eerlijk? Hoe kunnen gemeente en zorgverzekeraar hier samen afspraken over maken?"
    ),
    "question.falls_over": (
        "{what} stopt na het spel, want het draait op tijdelijk projectgeld. Hoe had je dit "
        "vanaf het begin kunnen borgen?"
    ),
    "question.escalation": (
        "Er was een crisis: {what}. Wanneer had je dit kunnen zien aankomen? Wie wist wat er "
        "speelde?"
    ),
    "question.weak_relation": (
        "{role} en {other} kenden elkaar aan het eind nog nauwelijks. Hoeveel tijd krijg jij om "
        "collega's uit het andere domein te leren kennen? Wie betaalt die tijd?"
    ),
    "question.no_overleg": (
        "Jullie hebben nooit samen overlegd over {inwoner}. Wat had een overleg opgeleverd? Wat "
        "houdt jullie in het echt tegen?"
    ),
    "question.no_network": (
        "Niemand uit het netwerk van {inwoner} deed mee: geen familie, buren of groep. Wie had "
        "je kunnen vragen? Wat kan de buurt wat een professional niet kan?"
    ),
    "question.told_wish": (
        "{inwoner} vertelde zelf aan {role} wat {inwoner} belangrijk vond. Waarom aan die "
        "persoon? Wat had {inwoner} nodig om het te vertellen?"
    ),
    "question.accepted": (
        "{inwoner} zei ja tegen {what}. Wat maakte dat {inwoner} deze hulp vertrouwde?"
    ),
    "question.trust_low": (
        "{inwoner} vertrouwde {role} aan het eind nog steeds niet. Hoe win je het vertrouwen "
        "van iemand die niet zelf om hulp vraagt?"
    ),
    "question.refused": (
        "{inwoner} zei nee tegen {what}. Waarom? Paste het bij wat {inwoner} zelf wilde?"
    ),
    "question.turnover": (
        "{role} kreeg in ronde {round} een nieuwe collega en de contacten waren weg. Hoe maak "
        "je samenwerking minder afhankelijk van één persoon?"
    ),
    # -- "Wat als?" on the command line and its errors (game/whatif/texts.py)
    "whatif.title": "Wat als? {change}",
    "whatif.moment": (
        "Vanaf zet {move} (ronde {round}). {games} keer verder gespeeld, bots op niveau {level}, "
        "seed {seed}."
    ),
    "whatif.col_real": "Echt gebeurd",
    "whatif.col_whatif": "Wat als (gemiddeld)",
    "whatif.endings": "Afloop",
    "whatif.ending_line": "  {name}: {count} van de {games} ({pct}%)",
    "whatif.real_ending": "Echt gebeurd: {name}.",
    "whatif.web": "Het spinnenweb aan het eind (0-10)",
    "whatif.money": "Geld uitgegeven per potje",
    "whatif.wrong_pocket": "Geld in de verkeerde zak",
    "whatif.crises": "Crises",
    "whatif.crisis_rate": "Spellen met een crisis",
    "whatif.blocked": "Krachten die daarna het meest blokkeerden (zetten per spel)",
    "whatif.blocked_none": "  Geen enkele kracht blokkeerde een zet.",
    "whatif.kept": (
        "Jullie eigen zetten na dit moment: {after}. Gemiddeld {mean} gehouden (minste {min}, "
        "meeste {max}); in {all} van de {games} spellen alle."
    ),
    "whatif.bots_only": "De bots speelden alle rollen vanaf dit moment.",
    "whatif.bot_moves": "Bots deden gemiddeld {n} zetten waar jullie geen zet meer hadden.",
    "whatif.dropped": "Zetten van jullie die niet meer konden:",
    "whatif.dropped_line": "  Zet {move} ({action}), in {games} spellen: {reason}",
    "whatif.too_late": "die beurt was al voorbij",
    "whatif.one_outcome": (
        "Alle spellen liepen hetzelfde: jullie zetten bleven allemaal mogelijk, dus er is maar "
        "één afloop."
    ),
    "whatif.seconds": "Klaar in {s} seconden.",
    "whatif.not_finished": "nog niet afgelopen",
    "whatif.left_out": "(in plaats van: {action})",
    "whatif.change_force_on": "{force} speelt mee vanaf ronde {round}",
    "whatif.change_force_off": "geen {force} vanaf ronde {round}",
    "whatif.change_model": "het {model} vanaf ronde {round}",
    "whatif.change_answer": "bij zet {move} gaat het antwoord andersom: {action}",
    "whatif.change_answer_none": "bij zet {move} geeft de inwoner geen toestemming",
    "whatif.change_move": "zet {move} wordt: {action}",
    "whatif.err_round_range": (
        "Ronde {round} is niet gespeeld in dit spel. Kies een ronde van 1 tot en met {last}."
    ),
    "whatif.err_unknown_force": "'{what}' is geen kracht van dit spel.",
    "whatif.err_unknown_model": "'{what}' is geen organisatiemodel.",
    "whatif.err_same_model": "Het team werkte in die ronde al volgens het {what}.",
    "whatif.err_force_already_on": "{what} speelde in ronde {round} al mee.",
    "whatif.err_force_not_in_game": (
        "{what} speelt vanaf ronde {round} niet mee; er valt niets uit te zetten."
    ),
    "whatif.err_needs_round": "Zeg vanaf welke ronde (--round).",
    "whatif.err_needs_move": "Zeg bij welke zet (het nummer in de tijdlijn).",
    "whatif.err_move_range": "Zet {move} bestaat niet. Dit spel heeft zet 1 tot en met {last}.",
    "whatif.err_not_an_answer": "Zet {move} ({action}) is geen antwoord van de inwoner.",
    "whatif.err_bad_notation": "'{what}' is geen zet.",
    "whatif.err_same_move": "Dat is dezelfde zet als in het echte spel.",
    "whatif.err_illegal_move": "{what} kon bij zet {move} niet: {reason}",
    "whatif.err_games_range": "Kies 1 tot en met {most} spellen.",
    "whatif.err_unknown_kind": "Onbekende verandering '{kind}'.",
    "whatif.allowed": "Je kunt kiezen uit: {items}",
    "whatif.allowed_answers": "Antwoorden van de inwoner in dit spel: {items}",
    "whatif.allowed_none": "Dit spel heeft geen antwoorden van de inwoner.",
    "whatif.cli_one_change": "Kies één verandering: --force, --model, --answer of --move.",
    "whatif.cli_off_needs_force": "--off hoort bij --force.",
    "whatif.cli_round_needs": "--round hoort bij --force of --model.",
    "whatif.cli_needs_round": "Zeg vanaf welke ronde: --round N.",
    "whatif.cli_bad_level": "Onbekend niveau '{level}'. Kies uit: {levels}.",
    "whatif.cli_bad_number": "'{value}' is geen geheel getal.",
    # -- "Wat als?" in the report (game/report/whatif_html.py)
    "whatif_report.head": "Wat als?",
    "whatif_report.intro": (
        "De klas speelde het eigen spel opnieuw tot een moment en veranderde één ding. Daarna "
        "speelden de bots verder. Links wat echt gebeurde, rechts wat er gemiddeld gebeurde in "
        "de andere spellen."
    ),
    "whatif_report.how": (
        "Vanaf zet {move} (ronde {round}), {games} keer verder gespeeld, bots op niveau {level}. "
        "{who}"
    ),
    "whatif_report.who_keep": (
        "De zetten van de klas bleven staan zolang ze konden (gemiddeld {mean} van de {after})."
    ),
    "whatif_report.who_bots": "De bots speelden alle rollen vanaf dat moment.",
    "whatif_report.real": "Echt gebeurd",
    "whatif_report.whatif": "Wat als",
    "whatif_report.ending": "Afloop",
    "whatif_report.wrong_pocket": "Geld in de verkeerde zak",
    "whatif_report.paid": "Uitgegeven: {pot}",
    "whatif_report.crises": "Crises",
    "whatif_report.blocked": "Blokkeerde het meest",
    "whatif_report.dropped": "Zetten van de klas die niet meer konden",
    "whatif_report.dropped_line": "zet {move}: {text} ({games} spellen)",
    "whatif_report.none": "geen",
    # -- "Wat als?" as a debrief page (game/ui/scenes/debrief/whatif.py)
    "whatif_page.intro": (
        "Speel jullie spel opnieuw tot een moment. Verander één ding en kijk wat er dan gebeurt."
    ),
    "whatif_page.moment": "Moment",
    "whatif_page.moment_line": "Ronde {round}, zet {move} van {last}",
    "whatif_page.round_back": "« Ronde",
    "whatif_page.round_on": "Ronde »",
    "whatif_page.move_back": "« Zet",
    "whatif_page.move_on": "Zet »",
    "whatif_page.change": "Verandering",
    "whatif_page.kind_force_on": "Een kracht erbij",
    "whatif_page.kind_force_off": "Een kracht eruit",
    "whatif_page.kind_model": "Een ander model",
    "whatif_page.kind_answer": "Antwoord andersom",
    "whatif_page.kind_move": "Een andere zet",
    "whatif_page.what_back": "«",
    "whatif_page.what_on": "»",
    "whatif_page.no_answer": "Geen antwoord van de inwoner in dit spel.",
    "whatif_page.no_move": "Geen andere zet mogelijk bij deze zet.",
    "whatif_page.answer_at": "Antwoord bij zet {move}: {action}",
    "whatif_page.bots": "Bots",
    "whatif_page.level": "Niveau: {level}",
    "whatif_page.keep_on": "Jullie zetten houden",
    "whatif_page.keep_off": "Bots spelen alles",
    "whatif_page.games": "{n} spellen",
    "whatif_page.slow": "Dit niveau denkt lang na: reken op minuten, niet seconden.",
    "whatif_page.run": "Speel {n} keer verder (R)",
    "whatif_page.running": "Bezig: {done} van {total}",
    "whatif_page.keep": "Bewaar voor het verslag",
    "whatif_page.kept": "Bewaard bij het spel en in het verslag.",
    "whatif_page.not_kept": "Niet bewaard: {why}",
    "whatif_page.no_file": "dit spel heeft geen bestand",
    "whatif_page.empty": "Kies links een moment en één verandering, en druk op Speel verder.",
    "whatif_page.real": "Echt gebeurd",
    "whatif_page.whatif": "Wat als",
    "whatif_page.endings": "Afloop",
    "whatif_page.real_ending": "Echt: {name}",
    "whatif_page.money": "Geld en crises (echt » wat als)",
    "whatif_page.paid": "{pot}: {a} » {b}",
    "whatif_page.wrong": "Verkeerde zak: {a} » {b}",
    "whatif_page.crises": "Crises: {a} » {b}",
    "whatif_page.blocked": "Blokkeerde daarna het meest: {names}",
    "whatif_page.blocked_none": "Geen kracht blokkeerde een zet.",
    "whatif_page.kept_moves": (
        "Jullie zetten na dit moment: {after}; gemiddeld {mean} gehouden (in {all} van de {games}"
        " spellen alle)."
    ),
    "whatif_page.bots_all": "De bots speelden alle rollen vanaf dit moment.",
    "whatif_page.dropped": "Kon niet meer: zet {move} ({action}): {reason}",
    "whatif_page.one_outcome": (
        "Alle zetten bleven mogelijk: er is maar één afloop. Kies 'Bots spelen alles' voor een "
        "verdeling."
    ),
    # -- The classroom server's notes (game/net/present.py)
    "net.too_big": "Dit bericht is te groot.",
    "net.not_json": "Dit bericht kan de host niet lezen.",
    "net.not_object": "Dit bericht kan de host niet lezen.",
    "net.unknown_type": "Dit soort bericht kent de host niet.",
    "net.unknown_field": "Dit bericht heeft een onbekend veld.",
    "net.bad_field": "Een veld in dit bericht klopt niet.",
    "net.missing_field": "Er ontbreekt iets in dit bericht.",
    "net.no_room": "Deze code kent de host niet. Kijk nog eens op het scherm.",
    "net.seat_taken": "Deze rol is al gekozen door een ander team.",
    "net.bad_token": "Deze plek is niet (meer) van jou. Kies een vrije rol.",
    "net.no_seat": "Kies eerst een rol.",
    "net.not_yours": "Je mag alleen zetten doen voor je eigen rol.",
    "net.paused": "De docent heeft het spel gepauzeerd.",
    "net.bot_seat": "Deze rol wordt nu door de computer gespeeld.",
    "net.replaced": "Je team speelt nu op een ander apparaat.",
    "net.kicked": "De docent heeft dit apparaat van de tafel gehaald.",
    "net.no_console": "Deze sleutel van de docent klopt niet.",
    "net.proposed": "Je voorstel staat klaar voor de tafel.",
    "net.no_proposals": "Voorstellen staan uit in dit spel.",
    "net.saved_answer": "Je antwoord is bewaard.",
    "net.not_over": "Dit kan pas na het spel.",
    "net.wat_als_busy": "Er loopt al een wat-als voor deze tafel.",
    "net.bad_control": "Dat kan nu niet.",
    "net.slow_down": "Rustig aan: te veel berichten.",
    "web.cost_t": "{c} tijd",
    "web.cost_e": "{c} energie",
    "web.klaar": "Klaar: einde van mijn beurt",
    "web.health_end": "Gezondheid: begin → einde",
    "web.unpaid": "Onbetaalde tijd voor samenwerken",
    "web.questions": "Vragen voor jullie team",
    "web.story": "Het echte verhaal",
    "web.followed": "Voorstellen die de tafel volgde",
    "web.followed_item": "Ronde {r}: {a} — voorstel van {p}, gespeeld door {b}",
    "web.lang_short": "EN",
    "web_console.assign": "Rol toewijzen (link)",
    "web_console.link": "Link voor het team:",
    "web_console.other_device": "Ander apparaat (nieuwe link)",
    "web_console.model_h": "Model",
    "web_console.round_h": "Ronde",
    "web_console.crises": "Crises",
    "web_console.gp": "Huisartsbezoeken",
    "net.host_error": "Dat ging mis op de host. Kijk hieronder hoe het spel nu staat.",
    "net.short.huisarts": "Huisarts",
    "net.short.wijkverpleegkundige": "Wijkverpl.",
    "net.short.sociaal_werker": "Soc. werker",
    "net.short.inwoner": "Inwoner",
    "net.status.offered": "aangeboden",
    "net.status.waiting": "op de wachtlijst",
    "net.status.running": "loopt",
    "net.status.done": "afgerond",
    "net.status.refused": "geweigerd",
    "net.status.stopped": "gestopt",
    # -- The classroom server's team page (game/net/static; served as /words.js)
    "web.online": "Verbonden",
    "web.offline": "Geen verbinding — opnieuw verbinden…",
    "web.connecting": "Verbinden…",
    "web.lang": "English",
    "web.join": "Meedoen",
    "web.code": "Code van je tafel",
    "web.code_hint": "Vier tekens, op het scherm van de docent.",
    "web.team": "Naam van je team (mag leeg)",
    "web.choose": "Kies je rol",
    "web.taken": "bezet",
    "web.free": "vrij",
    "web.bot": "computer",
    "web.away": "weg",
    "web.here": "aanwezig",
    "web.round": "Ronde {r} van {n}",
    "web.phase": "Fase: {p}",
    "web.turn": "Aan de beurt: {t}",
    "web.nobody": "niemand",
    "web.your_turn": "Jij bent aan de beurt.",
    "web.wait": "Wacht op de andere teams.",
    "web.time": "Tijd over",
    "web.energy": "Energie over",
    "web.hand": "Jouw kaarten",
    "web.play": "Speel",
    "web.blocked": "Kan nu niet",
    "web.money": "{m} uit {p}",
    "web.dossier": "Jouw dossier",
    "web.empty": "Nog niets.",
    "web.severity": "ernst {s}",
    "web.signals": "Wat je zag",
    "web.wish": "Wens van {n}",
    "web.health": "Gezondheid (wat jij ziet)",
    "web.pots": "Potjes",
    "web.relations": "Relaties",
    "web.trust": "Vertrouwen van {n}",
    "web.offers": "Aanbod voor {n}",
    "web.requests": "Vragen om toestemming",
    "web.consent": "Toestemming",
    "web.force": "Krachtkaart",
    "web.active": "Actieve krachten",
    "web.log": "Wat er gebeurde",
    "web.end": "Het spel is afgelopen",
    "web.monday": "Wat doe je maandag anders?",
    "web.monday_hint": "Ieder schrijft een eigen regel. Eerst je naam en een dubbele punt. Dan wat je doet, wanneer en bij wie. Zo: Sam: dinsdag vraag ik bij elk huisbezoek wat iemand zelf wil.",
    "web.save": "Bewaar mijn antwoord",
    "web.paused": "Pauze: de docent heeft het spel stilgezet.",
    "web.propose": "Als voorstel",
    "web.proposal_mode": "Eerst een voorstel doen (niet spelen)",
    "web.my_proposal": "Jouw voorstel: {a}",
    "web.proposals": "Voorstellen van: {x}",
    "web.new_offer": "Nieuw voor {n}: {x}",
    "web.arrangements": "Afspraken",
    "web.leave": "Andere tafel",
    "web.seat": "Jij speelt: {r}",
    "web.none": "geen",
    "web.connected": "Wie is er?",
    "web.replaced": "Je team speelt nu op een ander apparaat.",
    "web.ending": "Einde: {e}",
    "web.wrong_code": "Typ de vier tekens van het scherm.",
    # -- The classroom server's public board page
    "web_board.join": "Doe mee",
    "web_board.round": "Ronde {r} van {n}",
    "web_board.turn": "Aan de beurt",
    "web_board.nobody": "niemand",
    "web_board.force": "Krachtkaart",
    "web_board.active": "Actieve krachten",
    "web_board.pots": "Potjes",
    "web_board.health": "Gezondheid",
    "web_board.hidden": "Elk team ziet zijn eigen deel van de gezondheid.",
    "web_board.relations": "Relaties",
    "web_board.time": "Tijd",
    "web_board.log": "Wat er gebeurde",
    "web_board.who": "Teams",
    "web_board.here": "aanwezig",
    "web_board.away": "weg",
    "web_board.free": "vrij",
    "web_board.bot": "computer",
    "web_board.consent": "Toestemming",
    "web_board.none": "nog geen",
    "web_board.paused": "PAUZE",
    "web_board.end": "Einde",
    "web_board.lang": "English",
    "web_board.tables": "Kies je tafel: scan de code of typ hem in",
    "web_board.open": "Bord van deze tafel",
    "web_board.revealed": "Alles open (docent)",
    "web_board.online": "Verbonden",
    "web_board.offline": "Geen verbinding",
    "web_board.connecting": "Verbinden…",
    # -- The public board as a window on the teacher's screen (game/ui/projector.py)
    "projector.table": "Tafel {n} van {m}",
    "projector.number": "Tafel {n}",
    "projector.keys": "Tab: volgende · 0: alle tafels · L: {other} · H: docent · Esc: venster dicht",
    "projector.here": "{k} van {n} teams er",
    "projector.none": "Nog geen tafels.",
    "projector.teacher_pick": "Kies eerst een tafel (Tab of 1–9); de docenttoetsen werken op de tafel in beeld.",
    "projector.teacher_keys": "Docent: P pauze · R tonen · I kracht · E einde · T team, dan K, M of B · H: hulp weg",
    "projector.teacher_team_pick": "Kies eerst een team met T.",
    "projector.teacher_team": "Team: {name}. K: loskoppelen · M: ander apparaat · B: {bot} · T: volgende",
    "projector.teacher_kick_ask": "Apparaat van {name} loskoppelen? Druk nog een keer op K. Een andere toets: niet.",
    "projector.teacher_release_ask": "{name} naar een ander apparaat? Druk nog een keer op M. Een andere toets: niet.",
    "projector.teacher_kicked": "{name} is losgekoppeld. De plek is nu vrij.",
    "projector.teacher_released": "{name} is vrij. Op het nieuwe apparaat: code {code} typen en {name} kiezen.",
    "projector.teacher_bot": "De computer speelt nu voor {name}. B: het team speelt weer.",
    "projector.teacher_human": "{name}: het team speelt weer zelf.",
    "projector.teacher_no_device": "{name} heeft nog geen apparaat aan deze tafel.",
    "projector.teacher_bot_first": "De computer speelt voor {name}. Druk eerst op B.",
    "projector.teacher_failed": "Dat lukte niet. Kijk in het terminalvenster van de host.",
    "projector.help_title": "Toetsen voor de docent, op de tafel in beeld",
    "projector.help_pause": "Pauze, of weer verder.",
    "projector.help_reveal": "Alles tonen op het bord, of weer verbergen.",
    "projector.help_inject": "Kracht kiezen (nog eens I: de volgende). Enter brengt hem in.",
    "projector.help_end": "Twee keer: het spel stopt.",
    "projector.help_team": "Team kiezen (nog eens T: het volgende). Dan K, M of B:",
    "projector.help_kick": "Twee keer: het apparaat van het team loskoppelen. De plek is dan vrij.",
    "projector.help_move": "Twee keer: het team gaat verder op een ander apparaat. Daar typt het de code en kiest het de rol weer.",
    "projector.help_bot": "De computer speelt voor het team. Nog eens B: het team speelt weer.",
    "projector.help_help": "Deze hulp weg. Tab of 1–9: een andere tafel. 0: alle tafels.",
    "projector.help_links": "Een link voor een team staat nooit op de beamer. Die vind je in de docentconsole.",
    "projector.teacher_end": "Spel van tafel {code} beëindigen? Druk nog een keer op E. Een andere toets: niet.",
    "projector.teacher_inject": "Kracht inbrengen: {name}. Enter: inbrengen · I: volgende · een andere toets: niet.",
    "projector.address": "Of ga naar {url} en typ de code.",
    "projector.general_consent": "Algemene toestemming",
    # -- The classroom server's teacher console page
    "web_console.round": "Ronde {r}/{n}",
    "web_console.phase": "fase {p}",
    "web_console.turn": "beurt: {t}",
    "web_console.pause": "Pauze",
    "web_console.resume": "Verder",
    "web_console.reveal": "Alles tonen op het bord",
    "web_console.hide": "Bord weer openbaar",
    "web_console.inject": "Kracht inbrengen",
    "web_console.end": "Spel beëindigen",
    "web_console.kick": "Apparaat loskoppelen",
    "web_console.bot": "Computer speelt",
    "web_console.human": "Team speelt weer",
    "web_console.ending": "Einde tot nu toe",
    "web_console.gain": "Gezondheid (gemiddeld verschil)",
    "web_console.wrong": "Verkeerde portemonnee",
    "web_console.none": "nog geen",
    "web_console.here": "aanwezig",
    "web_console.away": "weg",
    "web_console.free": "vrij",
    "web_console.botw": "computer",
    "web_console.overview": "Klasoverzicht",
    "web_console.board": "Bord",
    "web_console.proposals": "Voorstellen aan/uit",
    "web_console.lang": "English",
    "web_console.online": "Verbonden",
    "web_console.offline": "Geen verbinding",
    "web_console.connecting": "Verbinden…",
    "web_console.sure": "Het spel van tafel {c} echt beëindigen?",
    "web_console.nokey": "Open de link met de sleutel die de host liet zien.",
    "web_console.watals": "Wat als?",
    "web_console.wa_kind": "Verandering",
    "web_console.wa_at": "Ronde of zet",
    "web_console.wa_what": "Kracht, model of zet",
    "web_console.wa_bots": "Bots spelen alles",
    "web_console.wa_busy": "Bezig met 200 spellen…",
    "web_console.force_on": "Kracht erbij (ronde)",
    "web_console.force_off": "Kracht eruit (ronde)",
    "web_console.model": "Ander model (ronde)",
    "web_console.answer": "Antwoord andersom (zet)",
    "web_console.move": "Andere zet (zet)",
    # -- What krachtenveld host prints (game/net/command.py)
    "host.listen": "Krachtenveld host luistert op {url}",
    "host.table": "Tafel {n}: code {code} — {url}",
    "host.board": "Openbaar bord (projector): {url}",
    "host.console": "Docentconsole (geheim, alleen voor jou): {url}",
    "host.stop": (
        "Stoppen: Ctrl-C. Alles wordt na elke zet bewaard; verder met: krachtenveld host "
        "--resume"
    ),
    "host.board_title": "openbaar bord",
    "host.window": (
        "Het openbare bord staat in een venster op dit scherm (de beamer). Esc of het kruisje "
        "sluit alleen het venster; de server loopt door."
    ),
    "host.window_closed": (
        "Bordvenster gesloten. De server loopt door; het bord blijft op {url}. Stoppen: Ctrl-C."
    ),
    "host.window_failed": "Geen venster voor het bord ({why}). Het bord opent in de browser.",
    "host.resumed": "{n} tafel(s) hervat uit de autosave.",
    "host.port": (
        "Poort {port} op {bind} is bezet of niet beschikbaar: {e}. Kies een andere met --port."
    ),
    "host.stopped": "Host gestopt. Verder: krachtenveld host --resume",
    "host.error": "krachtenveld host: {why}",
    "host.tables_range": "krachtenveld host: kies met --tables 1 tot {most} tafels",
    "host.scenario_not_found": "krachtenveld host: casus '{scenario}' niet gevonden",
    "host.no_class": (
        "er is geen eerdere les om verder te spelen ({path} bestaat niet); begin een les met "
        "'krachtenveld host'"
    ),
    "host.manifest_unreadable": "{path}: dit bestand kan niet worden gelezen ({why})",
    "host.not_a_manifest": "{path}: dit is geen bestand van krachtenveld host",
    "host.table_unreadable": "tafel {code}: {why}",
    "host.save_failed": "krachtenveld host: tafel {code} is niet bewaard: {why}",
    "host.manifest_failed": "krachtenveld host: {path} kan niet worden geschreven: {why}",
    "host.record_note": "krachtenveld host: tafel {code}: {note}",
    "host.window_error": "krachtenveld host: het venster van het bord ging mis: {why}",
    "host.control_failed": "krachtenveld host: {do} op tafel {code} lukte niet: {why}",
    "host.frame_failed": "krachtenveld host: een bericht '{type}' ging mis: {why}",
    # -- The command line's help (game/cli.py and the commands' add_parser)
    "help.about": (
        "Krachtenveld: een coöperatief spel over samenwerken tussen sociaal en medisch domein."
    ),
    "help.lang": "de taal: nl (Nederlands, standaard) of en (Engels)",
    "help.top.lang": "de taal van wat krachtenveld zegt (mag ook na de opdracht)",
    "help.play": "speel een spel (in de terminal: --text)",
    "help.play.text": "speel in de terminal",
    "help.play.scenario": "de casus (standaard ron; op het bord kies je bij het begin)",
    "help.play.seed": (
        "het spelnummer: hetzelfde nummer geeft hetzelfde spel (standaard 1; op het bord: elk "
        "spel een nieuw nummer)"
    ),
    "help.play.model": "het organisatiemodel (standaard netwerkmodel)",
    "help.play.difficulty": "standaard normaal",
    "help.play.load": "speel verder met een bewaard spel",
    "help.play.save": "waar het spel wordt bewaard (standaard: de map van de gebruiker)",
    "help.play.no_handover": "sla de pauze 'geef door aan team X' over (één speler)",
    "help.play.size": "een venster van deze maat (standaard: het bord vult het scherm)",
    "help.play.classroom": "klasweergave: grote letters voor het digibord (--no-classroom: uit)",
    "help.play.fullscreen": "het bord op het hele scherm (standaard zonder --size)",
    "help.screenshot": "teken een scherm van het bord als PNG (zonder venster)",
    "help.solo": "oefen alleen met één rol; bots spelen de andere",
    "help.solo.level": "hoe sterk de bots van de andere teams spelen",
    "help.solo.load": "speel verder met een bewaard oefenspel",
    "help.solo.no_coach": "geen tips",
    "help.simulate": "laat bots veel spellen spelen en toon de cijfers",
    "help.simulate.model": "standaard: elk model om de beurt",
    "help.simulate.processes": (
        "aantal processen (standaard: elke kern); de cijfers hangen er niet van af"
    ),
    "help.simulate.progress": "toon een voortgangsbalk (standaard: als de terminal hem toont)",
    "help.simulate.save_dir": "bewaar elk spel als bestand in deze map",
    "help.simulate.lang": "de taal van de foutmeldingen",
    "help.simulate.vary": (
        "verander één getal van de casus en vergelijk, bijvoorbeeld pots.wmo=24..32 (ook "
        "VAN..TOT:STAP of A,B,C)"
    ),
    "help.simulate.html": (
        "schrijf een balanspagina met grafieken per model, moeilijkheid, ronde en krachtkaart "
        "(elke moeilijkheid wordt gespeeld)"
    ),
    "help.replay": "speel een bewaard spel opnieuw af en toon de uitkomst en de state hash",
    "help.replay.lang": "de taal van de foutmeldingen",
    "help.validate": "controleer casusbestanden; één regel per probleem",
    "help.validate.lang": "de taal van de telling (de problemen zelf zijn in het Engels)",
    "help.scenarios": (
        "toon de casussen (meegeleverd en eigen) en zeg waar je eigen casussen horen"
    ),
    "help.scenarios.folder": "toon alleen de map voor je eigen casussen",
    "help.guide": (
        "waar de handleidingen staan (handleiding, casusformaat, JSON Schemas); --open toont "
        "er een"
    ),
    "help.guide.open": "open hem in de browser",
    "help.new_scenario": "schrijf een beginbestand met uitleg voor een nieuwe casus",
    "help.new_scenario_about": (
        "Schrijf een kleine, complete casus met uitleg. Hij is meteen geldig en speelbaar. Een "
        "bestaand bestand wordt nooit overschreven."
    ),
    "help.new_scenario.name": (
        "de id van de casus: kleine letters, cijfers en '_' (bijvoorbeeld mevrouw_jansen)"
    ),
    "help.new_scenario.out": (
        "het bestand om te schrijven, of een map voor NAAM.yaml (standaard: de map voor je "
        "eigen casussen, zie krachtenveld scenarios)"
    ),
    "help.history": "toon de afgeronde spellen in de lijst van spellen",
    "help.history.lang": "de taal van wat er gezegd wordt (nl: Nederlands, standaard)",
    "help.history.rebuild": (
        "zet eerst elk afgerond spel uit de bewaarde spellen in de lijst; standaard uit de map "
        "met bewaarde spellen van de gebruiker"
    ),
    "help.history.delete": "haal een spel uit de lijst van spellen (het bewaarde bestand blijft)",
    "help.export": "afgeronde spellen als CSV (één regel per spel) of xAPI",
    "help.export.xapi": "een JSON-lijst met xAPI-statements",
    "help.export.intentions": "een CSV met het voornemen van elke student (maandag), één regel per student",
    "help.export.lang": (
        "nl (standaard): ';' tussen de cellen en een decimale komma, zoals Nederlandse Excel "
        "en LibreOffice het lezen; en: ',' en een decimale punt"
    ),
    "help.export.excel": "voor Nederlandse Excel: ';' en een decimale komma (wat --lang ook is)",
    "help.export.sep": (
        "het scheidingsteken: ';', ',' of tab (het decimale teken is ',' behalve als het "
        "scheidingsteken ',' is)"
    ),
    "help.report": (
        "de nabespreking van een bewaard spel als één HTML-bestand; met meer bewaarde spellen "
        "(één per tafel) een vergelijking van de tafels"
    ),
    "help.report.out": "standaard: de naam van het bewaarde spel met .html",
    "help.report.json": "schrijf ook het volledige logboek ernaast (BESTAND.json)",
    "help.host": (
        "de klassenserver: elk team op een eigen telefoon of laptop; het openbare bord in een "
        "browser"
    ),
    "help.host.scenario": "de casus (standaard ron)",
    "help.host.model": "het organisatiemodel (standaard netwerkmodel)",
    "help.host.difficulty": "de moeilijkheid (standaard normaal)",
    "help.host.port": "de poort (standaard 8765)",
    "help.host.seed": "het spelnummer van de eerste tafel (tafel n speelt seed+n-1)",
    "help.host.tables": "hoeveel tafels (1-12)",
    "help.host.bind": (
        "het adres waarop de server luistert (standaard: deze laptop in het lokale netwerk; "
        "127.0.0.1 voor alleen deze laptop)"
    ),
    "help.host.bots": "hoe sterk een bot speelt als de docent er een laat meespelen",
    "help.host.resume": (
        "start elke tafel van de vorige les opnieuw vanaf de autosave; apparaten doen vanzelf "
        "weer mee"
    ),
    "help.host.no_board": (
        "open het openbare bord niet op deze laptop; anders opent het over het hele scherm (als "
        "er een is); de webpagina /board is er altijd"
    ),
    "help.host.proposals": (
        "elk team mag eerst een eigen voorstel op zijn apparaat zetten, voordat de tafel "
        "beslist"
    ),
    "help.wat_als": (
        "wat als? speel een bewaard spel opnieuw met één verandering en laat bots vaak verder "
        "spelen"
    ),
    "help.wat_als.save": "een bewaard spel (.json)",
    "help.wat_als.round": "vanaf deze ronde (met --force of --model)",
    "help.wat_als.force": "een krachtkaart aan (of, met --off, uit) vanaf --round",
    "help.wat_als.off": "de kracht uit in plaats van aan",
    "help.wat_als.model": "een ander organisatiemodel vanaf --round",
    "help.wat_als.answer": "het antwoord van de inwoner bij zet N andersom",
    "help.wat_als.move": "zet N vervangen door een andere zet die mag (in actienotatie)",
    "help.wat_als.games": "hoe vaak verder spelen (standaard 200)",
    "help.wat_als.level": "niveau van de bots: makkelijk (standaard), normaal, moeilijk",
    "help.wat_als.bots": "bots spelen vanaf dat moment elke rol (de zetten van de klas vervallen)",
    "help.wat_als.processes": "aantal processen (standaard: alle kernen)",
    "help.wat_als.json": "de cijfers als JSON",
    "cli.help_positionals": "argumenten",
    "cli.help_options": "opties",
    "cli.help_help": "toon deze hulp en stop",
    "cli.help_version": "toon het versienummer en stop",
    # -- The command line's messages (game/cli.py, game/report/command.py)
    "cli.scenario_not_found": "krachtenveld: casus '{scenario}' niet gevonden ({why})",
    "cli.path_error": "krachtenveld: {path}: {why}",
    "cli.error": "krachtenveld: {why}",
    "cli.file_missing": "krachtenveld: een bestand dat het bord nodig heeft, ontbreekt: {why}",
    "cli.cannot_write": "krachtenveld: {path} kan niet worden geschreven: {why}",
    "cli.unknown_model": "krachtenveld: onbekend organisatiemodel '{model}'; kies uit {choices}",
    "cli.games_min": "krachtenveld: --games moet minstens 1 zijn",
    "cli.fix_files": "krachtenveld: verbeter deze bestanden (krachtenveld validate scenarios/)",
    "cli.validate_ok_one": "OK: 1 bestand is goed",
    "cli.validate_ok_many": "OK: {n} bestanden zijn goed",
    "cli.problems_one": "1 fout",
    "cli.problems_many": "{n} fouten",
    "cli.files_one": "1 bestand",
    "cli.files_many": "{n} bestanden",
    "cli.validate_problems": "{problems} in {files}",
    "cli.would_overwrite_save": "krachtenveld: --out {path} zou het bewaarde spel overschrijven",
    "cli.would_overwrite_a_save": "krachtenveld: --out {path} zou een bewaard spel overschrijven",
    "cli.no_comparison": (
        "krachtenveld: geen vergelijking geschreven; laat dit spel weg of verbeter het"
    ),
    "cli.save_scenario_not_found": "krachtenveld: {path}: casus niet gevonden ({why})",
    # -- The games database tells (game/store/db.py; ``Said`` texts)
    "store.busy": (
        "De spellen-database {path} is bezet. Een ander programma gebruikt hem (nog een "
        "Krachtenveld, een back-up). Er is niets mee mis."
    ),
    "store.disk_full": (
        "De schijf is vol: het spel kon niet worden vastgelegd in {path}. De database en je "
        "save zijn heel gebleven. Maak ruimte vrij en kies daarna 'krachtenveld history "
        "--rebuild'."
    ),
    "store.read_only": (
        "De spellen-database {path} kan niet worden bijgewerkt. De map is alleen-lezen (of je "
        "mag er niet schrijven). De database en je save zijn heel gebleven."
    ),
    "store.unusable": "De spellen-database {path} kan nu niet worden gebruikt ({why}).",
    "store.cannot_read": "De spellen-database {path} kan niet worden gelezen ({why}).",
    "store.too_new": (
        "{path} is gemaakt door een nieuwere Krachtenveld (schema {version}; deze kent schema "
        "{known}). Het bestand blijft zoals het is. Werk Krachtenveld bij om het te gebruiken."
    ),
    "store.damaged": (
        "De spellen-database {path} was beschadigd ({why}). Hij is opzij gezet als {moved} en er "
        "is een nieuwe begonnen. Je saves zijn niet aangeraakt; 'krachtenveld history "
        "--rebuild' vult de nieuwe database weer."
    ),
    "store.not_queued": "{error} Het spel is niet vastgelegd ({why}); je save is bewaard.",
    "store.queued": (
        "{error} Het spel wacht in {folder} en wordt vastgelegd zodra de database vrij is."
    ),
    "store.not_recorded": "Het spel is niet vastgelegd: {why}",
    "store.queue_unreadable": "Een spel in de wachtrij kon niet worden gelezen: {name} ({why}).",
    "store.queue_recorded_one": "1 spel uit de wachtrij is vastgelegd in de spellen-database.",
    "store.queue_recorded_many": (
        "{n} spellen uit de wachtrij zijn vastgelegd in de spellen-database."
    ),
    # -- krachtenveld history and export (game/store/commands.py)
    "history.removed": "{n} spel(len) uit de spellen-database gehaald",
    "history.rebuilt": (
        "{n} afgeronde spel(len) uit de saves vastgelegd, {unfinished} niet afgerond en "
        "overgeslagen{other}"
    ),
    "history.rebuilt_other": ", {n} ander(e) bestand(en) (verslagen, exports) niet aangeraakt",
    "history.none": "Nog geen afgeronde spellen.",
    "history.line": (
        "#{id} {when} {scenario} {model} {difficulty}: {ending} ({rank}), {actions} zetten; "
        "teams: {teams}{bots}"
    ),
    "history.bots": " bots: {bots}",
    "history.export_needs": "krachtenveld: export heeft --csv BESTAND, --xapi BESTAND of --intentions BESTAND nodig",
    "history.intentions_written": "{path}: {n} voornemen(s), één regel per student",
    "history.csv_written": "{path}: {n} spel(len) ({sep}, decimaalteken {decimal})",
    "history.xapi_written": "{path}: {n} xAPI-regel(s)",
    "history.cannot_write": "krachtenveld: kan niet schrijven: {why}",
    # -- What a save tells when it is read and replayed (game/store/saves.py; ``Said`` texts)
    "save.too_deep": "meer dan {depth} lagen diep genest; zo is een bewaard spel niet",
    "save.long_number": "een getal van {digits} cijfers; zo'n lang getal staat niet in een spel",
    "save.lone_surrogate": (
        "{path}:{line}:{col}: geen geldige tekst: in {where} staat een half teken ({text}); geen "
        "bestand of verslag kan dat bewaren"
    ),
    "save.too_many_actions": (
        "{path}:{line}:{col}: het bewaarde spel heeft {n} zetten; een spel heeft er hooguit "
        "{most} (een echt spel een paar honderd)"
    ),
    "save.long_seed": (
        "{path}:{line}:{col}: het spelnummer (seed) heeft {n} cijfers; het mag er hooguit {most} "
        "hebben"
    ),
    "save.casus_changed": (
        "{path}: het casusbestand {file} is veranderd sinds dit spel; het spel gebruikt de "
        "kopie in het bewaarde spel"
    ),
    "save.casus_missing": (
        "{path}: het casusbestand {file} is er niet meer; het spel gebruikt de kopie in het "
        "bewaarde spel"
    ),
    "save.copy_unreadable": (
        "{path}: de kopie van de casus in het bewaarde spel kan niet worden gelezen ({why}); het "
        "bestand op de schijf wordt gebruikt"
    ),
    "save.copy_other_casus": (
        "{path}: het bewaarde spel hoort bij casus {scenario}, maar de kopie erin is casus "
        "{copy}"
    ),
    "save.older": (
        "{path}: een ouder bewaard spel zonder kopie van de casus; het wordt opnieuw gespeeld "
        "met de bestanden die er nu zijn"
    ),
    "save.casus_errors": "{path}: in de casus {scenario} zitten fouten:\n{errors}",
    "save.write_full": "De schijf is vol, dus {path} kan niet worden geschreven.",
    "save.write_read_only": (
        "In de map {folder} mag niet worden geschreven (alleen-lezen). Daarom kan {path} niet "
        "worden geschreven."
    ),
    "save.write_failed": "{path} kan niet worden geschreven ({why}).",
    "save.cannot_replay": "{path}: het bewaarde spel kan niet opnieuw gespeeld worden ({kind})",
    "save.differs": (
        "{path}: dit bewaarde spel speelt niet meer het spel dat het vastlegde:\n  - {lines}"
    ),
    "save.field_seed": "het spelnummer (seed)",
    "save.field_model": "het organisatiemodel",
    "save.field_difficulty": "de moeilijkheid",
    "save.diff_default_used": (
        "het bewaarde spel noemt {what} niet; de standaardwaarde {used} is gebruikt, maar het "
        "spel is gespeeld met {played}"
    ),
    "save.diff_changed": (
        "{what} is veranderd: het spel is gespeeld met {played}, het bewaarde spel zegt nu {now}"
    ),
    "save.diff_actions_missing": (
        "er ontbreken {n} zet(ten) aan het eind; het spel had er {had}, het bewaarde spel heeft "
        "er {has} (de laatste was {last})"
    ),
    "save.diff_actions_added": (
        "er zijn {n} zet(ten) bijgekomen; het spel had er {had}, het bewaarde spel heeft er {has}"
    ),
    "save.diff_last_action": "de laatste zet is veranderd van {was} in {now}",
    "save.diff_copy_edited": (
        "de kopie van {name} in het bewaarde spel is veranderd; de tekst past niet meer bij de "
        "hash"
    ),
    "save.diff_hashes_edited": "de hashes van de inhoud in het bewaarde spel zijn veranderd",
    "save.diff_other_content": (
        "de inhoud in het bewaarde spel is niet de inhoud waarmee het spel is gespeeld"
    ),
    "save.diff_copy_removed": (
        "de kopie van de casus is uit het bewaarde spel gehaald; de bestanden op de schijf zijn "
        "gebruikt"
    ),
    "save.diff_state": (
        "het opnieuw spelen eindigt anders dan vastgelegd (stand {got}, vastgelegd {recorded})"
    ),
    "save.diff_state_unexplained": (
        "het opnieuw spelen eindigt anders dan vastgelegd (stand {got}, vastgelegd {recorded}); "
        "toch lijkt het bewaarde spel zelf niet veranderd; dus zijn de casus op de schijf of de "
        "regels van deze versie anders"
    ),
    # -- krachtenveld simulate --html: the balance page (game/report/balance.py)
    "balance.doc": "Balans {scenario}",
    "balance.head": "Balans: {title}",
    "balance.how": "{n} spellen per moeilijkheid, bots {bots}, seed {seed}",
    "balance.best": "beste einde",
    "balance.crisis": "crisis",
    "balance.per_difficulty": "Per moeilijkheid",
    "balance.per_model": "Per organisatiemodel ({difficulty})",
    "balance.per_round": "Per ronde ({difficulty})",
    "balance.per_round_note": "In welke ronde spellen eindigen, en in welke ronde een crisis komt.",
    "balance.early": "{early} van {n} spellen hebben al een crisis in ronde 1–2.",
    "balance.round": "ronde {r}",
    "balance.crises_per_round": "Crises per ronde",
    "balance.crisis_in_round": "spellen met een crisis in die ronde",
    "balance.ending_per_round": "Einde per ronde",
    "balance.ending": "einde",
    "balance.per_force": "Per krachtenkaart",
    "balance.per_force_note": (
        "Hoeveel procentpunt vaker (of minder vaak) het beste einde komt als de kaart getrokken "
        "werd."
    ),
    "balance.helps": "helpt",
    "balance.hurts": "schaadt",
    "balance.sensitivity": "Gevoeligheid: {vary}",
    # -- The command line's own words (game/cli.py): argparse's messages, simulate, replay
    "cli.usage": "gebruik: ",
    "cli.arg_error": "{prog}: fout: {message}",
    "cli.arg_of": "bij {arg}: {problem}",
    "cli.arg_unknown_command": "{value} is geen opdracht van krachtenveld; kies uit {choices}",
    "cli.arg_invalid_choice": "{value} kan niet; kies uit {choices}",
    "cli.arg_invalid_number": "{value} is geen getal",
    "cli.arg_invalid_value": "{value} is geen geldige waarde ({type})",
    "cli.arg_expected_one": "hier hoort één waarde achter",
    "cli.arg_expected_at_most_one": "hier hoort hooguit één waarde achter",
    "cli.arg_expected_at_least_one": "hier hoort minstens één waarde achter",
    "cli.arg_expected_n": "hier horen {n} waarden achter",
    "cli.arg_not_allowed_with": "dit kan niet samen met {other}",
    "cli.arg_ignored_value": "hier hoort geen waarde achter (gevonden: {value})",
    "cli.arg_required": "dit moet je nog opgeven: {args}",
    "cli.arg_unrecognized": "dit kent krachtenveld hier niet: {args}",
    "cli.arg_one_of_required": "geef een van deze op: {args}",
    "cli.arg_ambiguous": "{option} kan meer betekenen: {matches}",
    "cli.arg_unexpected_option": "{option} hoort hier niet",
    "cli.size_form": "maat '{text}' is niet BREEDTExHOOGTE, bijvoorbeeld 1920x1080",
    "cli.size_range": "maat '{text}' is te klein of te groot",
    "cli.sim_head": "{scenario}: {n} spellen, bots {bots}, {seconds} s",
    "cli.sim_rates": "  beste einde: {best}, crisis: {crisis}, gezondheidswinst: {gain}",
    "cli.sim_model": "  {model}: beste {best}, crisis {crisis}, winst {gain}",
    "cli.sim_round": "r{r}: {n}",
    "cli.sim_ending_rounds": "  ronde van het einde:",
    "cli.sim_crisis_rounds": "  spellen met een crisis, per ronde: {rows}",
    "cli.sim_first_crisis": "  eerste crisis: {rows}",
    "cli.vary_head": "{scenario}: {vary}, {games} spellen per waarde",
    "cli.vary_row": "  {vary} = {value}: beste {best}, crisis {crisis}, winst {gain}",
    "cli.replay_line": "{scenario}: {n} zetten, einde {ending}, hash {hash}{verdict}",
    "cli.replay_same": " (het spel dat het vastlegde)",
    "cli.replay_differs": " (niet het spel dat het vastlegde)",
    "cli.replay_unchecked": " (een ouder bewaard spel: niets vastgelegd om mee te vergelijken)",
    "cli.scenarios_own_mark": " [eigen]",
    "cli.scenarios_own": "Eigen casussen: {folder}{exists}",
    "cli.scenarios_not_yet": " (bestaat nog niet)",
    "cli.scenarios_new": "  krachtenveld new-scenario NAAM  (schrijft daar een begin)",
    "cli.guides": "Handleidingen: {folder}",
    "cli.guide_open": "  krachtenveld guide ONDERWERP --open   (opent het)",
    "cli.guide_missing": "krachtenveld: {path} ontbreekt in deze installatie",
    "cli.no_browser": (
        "krachtenveld: er is geen browser om het mee te openen; open het bestand hierboven zelf"
    ),
    # -- simulate --vary: what is wrong with a sweep (game/bots/simulate.py; ``Said`` texts)
    "vary.form": "--vary {text}: schrijf SLEUTEL=VAN..TOT, bijvoorbeeld pots.wmo=24..32",
    "vary.not_numbers": (
        "--vary {text}: {values} is geen reeks hele getallen (VAN..TOT, VAN..TOT:STAP of A,B,C)"
    ),
    "vary.too_many": "--vary {text}: {n} waarden; hooguit {most}",
    "vary.no_such_key": (
        "--vary: de casus {scenario} heeft geen {key} (probeer pots.wmo, pots.zvw, rounds, "
        "start.health.meedoen, problems.ID.severity)"
    ),
    "vary.not_whole": "--vary: {key} is {old}, geen heel getal",
    "vary.not_allowed": "--vary: {key}={value} mag niet in een casus: {why}",
    # -- krachtenveld new-scenario (game/cli.py)
    "cli.new_not_an_id": (
        "krachtenveld: '{name}' is geen casus-id. Gebruik kleine letters, cijfers en '_', en "
        "begin met een letter. Bedoel je '{slug}'?"
    ),
    "cli.new_exists": (
        "krachtenveld: {path} bestaat al en is niet veranderd. Kies een andere naam, of schrijf "
        "ergens anders met --out PAD."
    ),
    "cli.new_cannot_write": "krachtenveld: de nieuwe casus kan niet worden geschreven: {why}",
    "cli.new_written": "Nieuwe casus: {path}",
    "cli.new_listed": "  {name} staat nu in de lijst van casussen (krachtenveld scenarios)",
    "cli.new_next": "Volgende stappen (krachtenveld guide format, hoofdstuk 8):",
    # -- Names of files the game writes for the user
    "file.report": "{stem}-verslag.html",
    "file.comparison": "vergelijking.html",
    # -- Errors a user reads (``error_text``): error.<kind>.<code>
    "error.content.no_file": "dit bestand bestaat niet: {path}",
    "error.content.no_scenario": "er is geen casus met id '{id}' in {where}",
    "error.save.not_object": (
        "een bewaard spel is een JSON-object met format, scenario, seed en actions"
    ),
    "error.save.format": "dit is geen bewaard spel van Krachtenveld (format is {found})",
    "error.save.version": (
        "versie {found} van een bewaard spel kan dit spel niet lezen (het leest versie "
        "{version})"
    ),
    "error.save.scenario": "dit spel hoort bij casus {found}, niet bij '{scenario}'",
    "error.save.seed": "het spelnummer (seed) moet een heel getal zijn, gevonden: {found}",
    "error.save.actions": "actions moet een lijst met zetten zijn (tekst)",
    "error.save.model": "onbekend organisatiemodel '{model}'; kies uit {choices}",
    "error.save.difficulty": "onbekende moeilijkheid '{difficulty}'; kies uit {choices}",
    "error.save.invalid": "{text}",
    "error.save.action": "zet {n} ('{action}') kan niet opnieuw gespeeld worden: {reason}",
    "error.notation.notation": (
        "'{text}' is geen geldige zet; verwacht bijvoorbeeld 'huisarts:consult' of "
        "'sociaal_werker:deel(schulden->huisarts)'"
    ),
    "error.notation.role": "'{role}' is geen rol; kies uit {roles}",
    "error.notation.parts": "een zet bestaat uit tekst, niet uit {parts}",
    "error.notation.read_back": (
        "'{text}' is geen zet: die notatie leest niet terug als dezelfde zet"
    ),
    "error.notation.not_text": "{text} is geen zet: een zet is tekst, zoals 'huisarts:consult'",
    "error.savefile.replay": "{path}: {why}",
    "error.savefile.not_json": "{path}:{line}:{col}: dit is geen geldige JSON ({why})",
    "error.savefile.not_found": "{path}: bestand niet gevonden",
    "error.savefile.unreadable": "{path}: het bestand kan niet worden gelezen ({why})",
    "error.savefile.empty": "{path}: het bestand is leeg",
    "error.savefile.not_object": "{path}: een bewaard spel is een JSON-object, gevonden: {found}",
    "error.savefile.no_scenario": "{path}: het bewaarde spel noemt geen casus",
    "error.savefile.scenario_not_found": "{path}: casus '{scenario}' niet gevonden ({why})",
    # the content layer's words for a scenario file's mistakes (game/content, issue 10)
    "error.content.no_catalogue_file": '{name} ontbreekt: {path}',
    "error.content.v_null": 'niets (null)',
    "error.content.v_none": 'geen',
    "error.content.v_digits": 'een getal van {n} cijfers',
    "error.content.v_long_text": '{start}... ({n} tekens)',
    "error.content.v_empty_text": 'lege tekst',
    "error.content.v_list": 'een lijst',
    "error.content.v_empty_list": 'een lege lijst',
    "error.content.v_mapping": 'een blok met sleutels',
    "error.content.v_empty_mapping": 'een leeg blok met sleutels',
    "error.content.either": '{items} of {last}',
    "error.content.or": '{a} of {b}',
    "error.content.comma": '{a}, {b}',
    "error.content.then": '{first}{then}',
    "error.content.found_expected": 'hier staat {found}, maar er hoort {expected} te staan',
    "error.content.found_other": 'hier staat {found}: {why}',
    "error.content.found_not_id": (
        'hier staat {found}, maar er hoort een id te staan: kleine '
        "letters, cijfers en '_', en de eerste is een letter"),
    "error.content.found_not_pattern": (
        'hier staat {found}, maar er hoort tekst volgens het patroon '
        '{pattern} te staan'),
    "error.content.found_empty": 'hier staat {found}, maar de tekst mag niet leeg zijn',
    "error.content.found_no_item": 'hier staat {found}, maar er hoort minstens 1 item te staan',
    "error.content.found_few_items": (
        'hier staat {found}, maar er horen minstens {n} items te '
        'staan'),
    "error.content.found_not_text": (
        'hier staat {found}, maar er hoort tekst te staan; zet het '
        'tussen aanhalingstekens (YAML leest yes, no, on, off, null en getallen als waarden, niet als tekst)'),
    "error.content.x_whole_number": 'een heel getal',
    "error.content.x_number": 'een getal',
    "error.content.x_bool": 'true of false',
    "error.content.x_text": 'tekst',
    "error.content.x_list": 'een lijst',
    "error.content.x_mapping": 'een blok met sleutels',
    "error.content.x_nothing": 'niets',
    "error.content.x_condition": (
        'een voorwaarde (een blok met één sleutel, zoals '
        "'trust_at_least: 1')"),
    "error.content.x_effect": (
        "een effect (een blok met één sleutel, zoals 'health: {{dim: "
        "meedoen, by: 1}}')"),
    "error.content.x_mapping_keys": 'een blok met de sleutels {keys}',
    "error.content.x_at_least": 'een getal van minstens {n}',
    "error.content.x_above": 'een getal boven {n}',
    "error.content.x_at_most": 'een getal van hoogstens {n}',
    "error.content.x_below": 'een getal onder {n}',
    "error.content.x_in_range": 'een getal binnen de grenzen',
    "error.content.x_from_to": 'een heel getal van {lo} tot en met {hi}',
    "error.content.hint_close": '; bedoel je {close}?',
    "error.content.hint_close_brackets": ' (bedoel je {close}?)',
    "error.content.hint_quote": "; schrijf het als tekst tussen aanhalingstekens: '{value}'",
    "error.content.unknown_key_close": 'de sleutel {key} bestaat hier niet; bedoel je {close}?',
    "error.content.unknown_key_allowed": (
        'de sleutel {key} bestaat hier niet; hier mogen deze '
        'sleutels: {keys}'),
    "error.content.unknown_key": 'de sleutel {key} bestaat hier niet',
    "error.content.missing_key": 'de sleutel {key} ontbreekt',
    "error.content.a_condition": 'een voorwaarde',
    "error.content.an_effect": 'een effect',
    "error.content.one_key": '{what} heeft precies één sleutel, maar hier zijn het er {n}: {keys}',
    "error.content.unknown_close": '{what} {value} bestaat niet; bedoel je {close}?',
    "error.content.unknown_none": '{what} {value} bestaat niet; er zijn er nog geen',
    "error.content.unknown_expected": '{what} {value} bestaat niet; kies uit {expected}',
    "error.content.thing_problem": 'probleem',
    "error.content.thing_arrangement": 'arrangement',
    "error.content.thing_action": 'actie',
    "error.content.thing_ending": 'einde',
    "error.content.thing_force": 'kracht',
    "error.content.thing_kind": 'soort',
    "error.content.thing_problem_kind": 'soort probleem',
    "error.content.thing_network": 'hulp uit het netwerk (id of soort)',
    "error.content.thing_network_id": 'hulp uit het netwerk',
    "error.content.thing_action_or_op": 'actie-id of op',
    "error.content.thing_pair": 'paar professionals',
    "error.content.duplicate": '{what} {id} staat er twee keer (ook op regel {line})',
    "error.content.dup_id": 'id',
    "error.content.dup_action": 'actie',
    "error.content.dup_arrangement": 'arrangement-id',
    "error.content.dup_force": 'kracht-id',
    "error.content.dup_model": 'model-id',
    "error.content.dup_problem": 'probleem-id',
    "error.content.dup_signal": 'signaal-id',
    "error.content.dup_network": 'netwerk-id',
    "error.content.dup_ending": 'einde-id',
    "error.content.dup_deck_force": 'kracht',
    "error.content.dup_term": 'begrip-id',
    "error.content.tag_refused": (
        'de tag {tag} mag niet: een casusbestand heeft alleen gewone '
        'gegevens (tekst, getallen, true/false, lijsten en blokken met sleutels)'),
    "error.content.too_many_aliased": (
        'te veel waarden (meer dan {n}); herhalen aliassen (*naam) '
        'een groot deel van het bestand?'),
    "error.content.alias_loop": (
        'een alias (*naam) verwijst naar een waarde waar hij zelf in '
        'staat'),
    "error.content.too_long": '{what} is te lang voor een casusbestand',
    "error.content.not_valid": '{value} is geen geldige {tag}',
    "error.content.key_not_text": 'een sleutel moet gewone tekst zijn, geen lijst of blok',
    "error.content.merge_key": "merge-sleutels ('<<') werken hier niet; schrijf de sleutels uit",
    "error.content.duplicate_key": (
        'de sleutel {key} staat er twee keer (eerst op regel '
        '{line}); YAML houdt dan stil alleen de laatste'),
    "error.content.show_line": 'regel {n}: "{text}"',
    "error.content.spaces_one": '1 spatie',
    "error.content.spaces_many": '{n} spaties',
    "error.content.hint_indent_more": (
        '; regel {row} springt {spaces} in, meer dan de regel '
        'erboven ({above}, {above_spaces}); een sleutel op hetzelfde niveau begint na {above_spaces}'),
    "error.content.indent_like": '{spaces} (zoals {line})',
    "error.content.hint_indent_none": (
        '; regel {row} springt {spaces} in, en dat past bij geen '
        'regel erboven: laat hem {options} inspringen'),
    "error.content.hint_tabs": '; spring in met spaties, niet met tabs',
    "error.content.hint_colon": "; zet tekst met ': ' erin tussen aanhalingstekens",
    "error.content.hint_question": "; zet tekst met '?' erin binnen {{ }} tussen aanhalingstekens",
    "error.content.hint_dash": (
        "; regel {row} begint met '-' zonder spatie: een item in een "
        "lijst begint met '- ' (een streepje en een spatie)"),
    "error.content.too_big": (
        'het bestand is te groot ({size} bytes; een casusbestand is '
        'hoogstens {most}, een casus is meestal 15-25 kB)'),
    "error.content.yaml_syntax": 'fout in de YAML: {what}{hint}',
    "error.content.yaml_invalid": 'ongeldige YAML',
    "error.content.yaml_simple_key": 'bij het lezen van een sleutel',
    "error.content.yaml_no_colon": "de ':' ontbreekt",
    "error.content.yaml_colon_here": "hier mag geen ':' staan",
    "error.content.yaml_in_mapping": 'in een blok met sleutels',
    "error.content.yaml_in_list": 'in een lijst',
    "error.content.yaml_in_flow_mapping": 'in een blok tussen {{ }}',
    "error.content.yaml_in_flow_list": 'in een lijst tussen [ ]',
    "error.content.yaml_block_end": 'hier hoort het blok te stoppen, maar er staat {found}',
    "error.content.yaml_no_key": 'hier hoort een sleutel te staan',
    "error.content.yaml_no_dash": "hier hoort een '-' te staan",
    "error.content.yaml_bad_start": 'het teken {char} mag hier niet staan',
    "error.content.yaml_in_quotes": 'in tekst tussen aanhalingstekens',
    "error.content.yaml_stream_end": 'het bestand stopt te vroeg',
    "error.content.yaml_no_alias": 'de alias {name} bestaat niet',
    "error.content.yaml_flow_map_end": "hier hoort ',' of '}}' te staan, maar er staat {found}",
    "error.content.yaml_flow_list_end": "hier hoort ',' of ']' te staan, maar er staat {found}",
    "error.content.yaml_next_token": 'bij het lezen van het volgende stuk',
    "error.content.yaml_no_content": 'hier hoort een waarde te staan, maar er staat {found}',
    "error.content.bad_character": (
        'het teken {char} mag niet in een YAML-bestand (is het '
        'bestand beschadigd?)'),
    "error.content.too_deep": 'het bestand heeft te veel lagen in elkaar',
    "error.content.empty_file": (
        'het bestand is leeg; er hoort een blok met de sleutels van '
        'een casus of een catalogus in te staan'),
    "error.content.too_many_values": (
        'te veel waarden (meer dan {n}); een casusbestand heeft er '
        'hoogstens een paar duizend'),
    "error.content.cannot_read": 'kan het bestand niet lezen: {why}',
    "error.content.os_denied": 'geen toestemming',
    "error.content.os_missing": 'het bestand bestaat niet',
    "error.content.os_folder": 'het is een map',
    "error.content.not_utf8": 'het bestand is geen UTF-8-tekst; sla het op als UTF-8',
    "error.content.in_casus": ' (in casus {casus}, {file})',
    "error.content.target_in_condition": (
        '{target} werkt alleen in effecten, niet in voorwaarden; '
        'noem het probleem'),
    "error.content.offer_needs_arrangement": (
        "een actie met op 'bied_aan' heeft een 'arrangement' nodig "
        '(de id van het arrangement dat ze aanbiedt)'),
    "error.content.no_klaar": (
        "rol {role} heeft geen actie met op 'klaar': dat team kan "
        'zijn beurt nooit afsluiten'),
    "error.content.missing_model": (
        'het organisatiemodel {model} ontbreekt (spelers kunnen elk '
        'model kiezen)'),
    "error.content.feeds_itself": 'probleem {problem} kan zichzelf niet voeden',
    "error.content.looks_like_itself": 'probleem {problem} kan niet op zichzelf lijken; noem het andere probleem waarvoor het wordt aangezien',
    "error.content.deadline_late": 'een termijn na ronde {round} verloopt nooit: de casus heeft {rounds} rondes (kies een ronde voor de laatste)',
    "error.content.signal_kind": (
        '{kind} is een soort probleem, geen id van een probleem: een '
        'signaal noemt zijn probleem bij de id ({ids} is van deze soort)'),
    "error.content.schedule_late": (
        'ronde {round} komt na de laatste ronde (de casus heeft '
        '{rounds} rondes)'),
    "error.content.schedule_twice": (
        'in ronde {round} komt al {force}; er is één krachtkaart per '
        'ronde'),
    "error.content.leave_out_klaar": (
        "een rol kan 'klaar' niet weglaten: daarmee eindigt de beurt"),
    "error.content.schedule_not_in_deck": (
        "{force} zit niet in de stapel; zet hem in 'deck' of haal "
        "hem uit 'schedule'"),
    "error.content.card_never_fits": (
        'kaart {card} helpt bij problemen van soort {kinds}, en die '
        'heeft deze casus niet: de kaart kan nooit gespeeld worden (format 3: hulp moet passen bij de persoon)'),
    "error.content.ending_needs_offer": (
        'einde {ending} vraagt om arrangement {arrangement}, maar '
        'geen kaart kan het aanbieden in deze casus (het helpt bij problemen die deze casus niet heeft) en geen effect start het'),
    "error.content.missing_dimension": (
        'de dimensie {dim} ontbreekt (de start heeft alle zes '
        'dimensies van gezondheid nodig)'),
    "error.content.need_bad_end": (
        "format 3 heeft een einde met rank 'bad' en 'when: end' "
        'nodig: daar stopt het spel als het web is ingestort (de zes dimensies gemiddeld onder 2); zo zegt geen einde dat het goed gaat met de inwoner terwijl het web iets anders laat zien'),
    "error.content.fallback_too_good": (
        "format 4: het laatste einde mag niet 'best' of 'good' zijn: "
        'het is ook het einde als het web lager eindigt dan het begon, en dan mag geen einde zeggen dat het beter gaat met de inwoner'),
    "error.content.fallback_condition": (
        'het laatste einde is het vangnet en heeft geen voorwaarde '
        '(het is de uitkomst als geen ander einde klopt)'),
    "error.content.ending_hides": (
        'einde {ending} heeft geen voorwaarde, dus de eindes erna '
        'kunnen nooit gebeuren: {later}'),
    "error.content.not_treated": (
        'geen actie, arrangement of hulp uit het netwerk behandelt '
        'of remt problemen van soort {kind}'),
    "error.content.unknown_kind": (
        'niet duidelijk wat voor bestand dit is: een casus heeft '
        "'id', 'problems', 'start'...; een bestand van de catalogus heeft 'actions', 'forces', 'models', 'terms' of 'tips'"),
    "error.content.need_catalogue": (
        'de catalogus heeft actions.yaml, forces.yaml en models.yaml '
        'nodig'),
    "error.content.file_not_found": 'bestand niet gevonden ({what})',
    "error.content.no_such_path": 'dit bestand of deze map bestaat niet',
    "error.content.no_yaml_files": 'geen .yaml-bestanden in deze map',
    "error.content.save_no_content": "de meegeleverde inhoud heeft 'casus' en 'catalogue' nodig",
    "error.content.save_no_text": 'het bewaarde spel heeft geen tekst voor dit bestand',
    "error.content.id_twice": (
        'de casus-id {id} is ook de id van {other} (regel {line}); '
        'elke casus heeft een eigen id nodig'),
    "error.content.name_not_id": (
        'de bestandsnaam {name} is anders dan de id {id}: noem het '
        'bestand {file} (het spel vindt een casus via de id)'),
    "error.content.negative_extra_time": (
        'hier staat {value}, maar er hoort een getal van minstens 0 te staan: '
        'extra tijd die tijd teruggeeft laat een team zonder einde kaarten spelen, en dan stopt de ronde nooit'),
    "error.content.endless_card": (
        'kaart {card} mag steeds opnieuw gespeeld worden in een ronde '
        '(once_per_round: false) en kost uiteindelijk geen {what}: een team kan hem zonder einde spelen, en dan stopt de ronde nooit; geef hem een prijs in {what} of haal once_per_round: false weg'),
    "error.content.cost_time": 'tijd',
    "error.content.cost_energy": 'energie',
}
