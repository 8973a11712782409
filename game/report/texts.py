"""The debrief's own words in Dutch (first) and English, in B1 language: labels, the names of
the force-field areas and source documents, and the reflection questions that come from the
choices a class made (the questions that come from forces are in the force cards)."""

from __future__ import annotations

from game.engine.messages import COUNTER_NAMES, DIM_NAMES, POT_NAMES, ROLE_NAMES

ROLES = ("huisarts", "wijkverpleegkundige", "sociaal_werker", "inwoner")

TEAM_LABELS = {
    "huisarts": ("Huisarts", "GP"),
    "wijkverpleegkundige": ("Wijkverpleegkundige", "District nurse"),
    "sociaal_werker": ("Sociaal werker", "Social worker"),
    "inwoner": ("Inwoner", "Resident"),
    "facilitator": ("Docent", "Facilitator"),
    "leven": ("Het leven", "Life"),
}

# The six areas of the force-field analysis in 000_810897c70a538cc2.txt.
AREAS = {
    "3.1": ("structuur en organisatie", "structure and organisation"),
    "3.2": ("financiering", "financing"),
    "3.3": ("perspectieven en logica's", "perspectives and logics"),
    "3.4": ("relationele en menselijke krachten", "relational and human forces"),
    "3.5": ("opleiding, kennis en professionalisering", "training, knowledge and professionalism"),
    "3.6": ("omgevingskrachten", "forces in the environment"),
}

# The five source documents (docs/sources.md).
SOURCES = {
    "000_810897c70a538cc2.txt": (
        "Krachten en kansen: een krachtenveldanalyse (Werkplaatsen Sociaal Domein / Movisie, 2026)",
        "Krachten en kansen: a force-field analysis (Werkplaatsen Sociaal Domein / Movisie, 2026)"),
    "001_c6ee2cb795b6718e.txt": (
        "Factsheet Samenwerking sociaal & medisch domein (Gezond en Gelukkig Den Haag)",
        "Factsheet Samenwerking sociaal & medisch domein (Gezond en Gelukkig Den Haag)"),
    "002_76acbc7ebcc13e20.txt": (
        "Analyse van 30 sociaal-medische initiatieven (Platform Sociaal Domein)",
        "Analysis of 30 social-medical initiatives (Platform Sociaal Domein)"),
    "003_c8f19f16a7602428.txt": (
        "Verslag 11e Dialoog Passende zorg (november 2024)",
        "Report of the 11th Dialoog Passende zorg (November 2024)"),
    "004_7d6c601b4000df11.txt": (
        ("Samenwerking sociaal en medisch domein, een verkenning (Hilhorst & Van den "
        "Wijngaart, 2024)"),
        ("Samenwerking sociaal en medisch domein, een verkenning (Hilhorst & Van den "
        "Wijngaart, 2024)")),
}

KINDS = {"belemmerend": ("belemmerend", "blocking"), "bevorderend": ("bevorderend", "enabling")}

RANKS = {"best": ("beste einde", "best ending"), "good": ("goed einde", "good ending"),
         "neutral": ("neutraal einde", "neutral ending"), "bad": ("slecht einde", "bad ending")}

# Reflection questions from the choices made. {inwoner}, {role}, {fact} ... are filled in.
# Each names the source document it comes from (and the area of the force-field analysis).
CHOICE_QUESTIONS: dict[str, tuple[str, str, str, str | None]] = {
    # id: (Dutch, English, source file, area)
    "no_consent": (
        ("{inwoner} gaf nooit toestemming om informatie te delen. Wat had {inwoner} nodig om "
        "ja te zeggen? Wat mag er volgens de AVG wel, als de inwoner toestemming geeft?"),
        ("{inwoner} never gave consent to share information. What did {inwoner} need to say "
        "yes? What does the GDPR allow when the resident gives consent?"),
        "004_7d6c601b4000df11.txt", None),
    "consent_never_asked": (
        ("Jij hebt {inwoner} nooit om toestemming gevraagd om te delen. Waarom niet? Hoe vraag "
        "je dat op een manier die {inwoner} begrijpt?"),
        ("You never asked {inwoner} for consent to share. Why not? How do you ask in a way "
        "{inwoner} understands?"),
        "004_7d6c601b4000df11.txt", None),
    "medicalisation": (
        ("De teller medicalisering staat op {n}. {inwoner} kwam met problemen bij de huisarts "
        "die niet medisch waren. Welke vraag had je kunnen stellen? Naar wie had je kunnen "
        "verwijzen?"),
        ("The medicalisation counter is at {n}. {inwoner} brought problems to the GP that were "
        "not medical. Which question could you have asked? Who could you have referred to?"),
        "004_7d6c601b4000df11.txt", None),
    "wish_never_known": (
        ("Niemand wist wat {inwoner} zelf belangrijk vond. Wanneer vraag jij dat aan iemand? "
        "Wat verandert er als je het weet?"),
        ("Nobody knew what mattered to {inwoner}. When do you ask someone that? What changes "
        "when you know?"),
        "004_7d6c601b4000df11.txt", None),
    "wish_late": (
        ("Jullie hoorden pas in ronde {round} wat {inwoner} zelf wilde. Wat had je eerder "
        "anders gedaan als je het meteen wist?"),
        ("You only heard in round {round} what {inwoner} wanted. What would you have done "
        "differently if you had known at once?"),
        "004_7d6c601b4000df11.txt", None),
    "missed_fact": (
        ("{role} wist nooit van {fact}. Wie wist het wel? Wat was er nodig geweest om het te "
        "delen?"),
        "{role} never knew about {fact}. Who did know? What would it have taken to share it?",
        "004_7d6c601b4000df11.txt", None),
    "hidden_fact": (
        ("{role} wist nooit van {fact}, en niemand anders ook niet. Hoe had je het kunnen "
        "ontdekken? Op welke signalen had je kunnen letten?"),
        ("{role} never knew about {fact}, and nobody else did either. How could you have found "
        "out? Which signs could you have looked for?"),
        "004_7d6c601b4000df11.txt", None),
    "wrong_pocket": (
        ("{payer} betaalde de hulp, maar {saver} bespaarde {amount} (bij {problem}). Is dat "
        "eerlijk? Hoe kunnen gemeente en zorgverzekeraar hier samen afspraken over maken?"),
        ("{payer} paid for the help, but {saver} saved {amount} (on {problem}). Is that fair? "
        "How can the municipality and the insurer make agreements about this together?"),
        "000_810897c70a538cc2.txt", "3.2"),
    "falls_over": (
        ("{what} stopt na het spel, want het draait op tijdelijk projectgeld. Hoe had je dit "
        "vanaf het begin kunnen borgen?"),
        ("{what} stops after the game, because it runs on temporary project money. How could "
        "you have secured it from the start?"),
        "002_76acbc7ebcc13e20.txt", None),
    "escalation": (
        ("Er was een crisis: {what}. Wanneer had je dit kunnen zien aankomen? Wie wist wat er "
        "speelde?"),
        ("There was a crisis: {what}. When could you have seen it coming? Who knew what was "
        "going on?"),
        "004_7d6c601b4000df11.txt", None),
    "weak_relation": (
        ("{role} en {other} kenden elkaar aan het eind nog nauwelijks. Hoeveel tijd krijg jij "
        "om collega's uit het andere domein te leren kennen? Wie betaalt die tijd?"),
        ("{role} and {other} hardly knew each other at the end. How much time do you get to "
        "know colleagues from the other domain? Who pays for that time?"),
        "000_810897c70a538cc2.txt", "3.4"),
    "no_overleg": (
        ("Jullie hebben nooit samen overlegd over {inwoner}. Wat had een overleg opgeleverd? "
        "Wat houdt jullie in het echt tegen?"),
        ("You never met together about {inwoner}. What would a meeting have brought? What "
        "stops you in real life?"),
        "000_810897c70a538cc2.txt", "3.2"),
    "no_network": (
        ("Niemand uit het netwerk van {inwoner} deed mee: geen familie, buren of groep. Wie "
        "had je kunnen vragen? Wat kan de buurt wat een professional niet kan?"),
        ("Nobody from {inwoner}'s network took part: no family, neighbours or group. Who "
        "could you have asked? What can the neighbourhood do that a professional cannot?"),
        "004_7d6c601b4000df11.txt", None),
    "told_wish": (
        ("{inwoner} vertelde zelf aan {role} wat {inwoner} belangrijk vond. Waarom aan die "
        "persoon? Wat had {inwoner} nodig om het te vertellen?"),
        ("{inwoner} told {role} what mattered to {inwoner}. Why that person? What did "
        "{inwoner} need to tell it?"),
        "004_7d6c601b4000df11.txt", None),
    "accepted": (
        "{inwoner} zei ja tegen {what}. Wat maakte dat {inwoner} deze hulp vertrouwde?",
        "{inwoner} said yes to {what}. What made {inwoner} trust this help?",
        "004_7d6c601b4000df11.txt", None),
    "trust_low": (
        ("{inwoner} vertrouwde {role} aan het eind nog steeds niet. Hoe win je het vertrouwen "
        "van iemand die niet zelf om hulp vraagt?"),
        ("At the end {inwoner} still did not trust {role}. How do you win the trust of someone "
        "who does not ask for help?"),
        "004_7d6c601b4000df11.txt", None),
    "refused": (
        "{inwoner} zei nee tegen {what}. Waarom? Paste het bij wat {inwoner} zelf wilde?",
        "{inwoner} said no to {what}. Why? Did it fit what {inwoner} wanted?",
        "004_7d6c601b4000df11.txt", None),
    "turnover": (
        ("{role} kreeg in ronde {round} een nieuwe collega en de contacten waren weg. Hoe "
        "maak je samenwerking minder afhankelijk van één persoon?"),
        ("{role} got a new colleague in round {round} and the contacts were gone. How do you "
        "make collaboration depend less on one person?"),
        "002_76acbc7ebcc13e20.txt", None),
}

# Which roles a force card's question is for, by its lesson (docs: game-design.md, L1-L9).
LESSON_ROLES = {
    "L1": ("huisarts", "sociaal_werker"),
    "L2": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L3": ("inwoner", "sociaal_werker", "huisarts"),
    "L4": ("inwoner", "huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L5": ("sociaal_werker", "huisarts", "wijkverpleegkundige"),
    "L6": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L7": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
    "L8": ("sociaal_werker", "inwoner", "wijkverpleegkundige"),
    "L9": ("huisarts", "wijkverpleegkundige", "sociaal_werker"),
}

WISH_NAME = ("wat {inwoner} zelf wil", "what {inwoner} wants")

__all__ = ["AREAS", "CHOICE_QUESTIONS", "COUNTER_NAMES", "DIM_NAMES", "KINDS", "LESSON_ROLES",
           "POT_NAMES", "RANKS", "ROLES", "ROLE_NAMES", "SOURCES", "TEAM_LABELS", "WISH_NAME"]


def pick(pair: tuple[str, str], lang: str) -> str:
    """The Dutch or English one of a (nl, en) pair."""
    return pair[1] if lang == "en" else pair[0]
