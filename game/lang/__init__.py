"""Every word a player reads, in Dutch (first) and English: the language layer.

Layer: engine <- content <- lang <- bots <- store/report <- table <- ui/net <- cli. The
package imports only the engine's data types; everything else may use it.

    from game.lang import t, render, name_of
    t("ui.start", "en")                        # 'New game'; placeholders from keywords
    render(message, scenario, "nl")            # an engine reason or event as a sentence
    name_of(scenario, "schulden", "nl")        # a problem, action, force, role, pot, ... by id
    team_label("huisarts", "en"), role_name(...), pot_name(...), dim_name(...), phase_name(...)
    pronoun(scenario, "subject", "nl")         # the inwoner's pronoun (casus field pronouns)
    error_text(save_error, "nl", scenario)      # an error a user reads, in their language
    content_error_text(content_error, "en")    # a scenario file's mistake: FILE:LINE:COL: ...
    file_error(path, error)                    # ... about a file, as a Said: "path: why"
    Said("save.casus_changed", path=p, file=f)  # a text a lower layer tells; str() is English
    say(text, "nl")                            # ... said in the reader's language
    number(1.25, "nl")                         # '1,2' (a decimal as the reader writes it)
    unpaid_lines(scenario, by_role, "nl")      # the unpaid time of working together (L6)

The catalogues are ``game/lang/nl.py`` and ``game/lang/en.py``; tests/lang checks that both
have the same keys and that every key is used.
"""

from game.lang.catalogue import CATALOGUES, LANGS, has, lang_of, number, pair, sections, t
from game.lang.errors import ErrorSaid, content_error_text, error_text, file_error
from game.lang.messages import render
from game.lang.names import (
    dim_name,
    law_name,
    law_of,
    name_of,
    phase_name,
    pot_law_name,
    pot_name,
    pronoun,
    pronouns,
    role_name,
    role_scope,
    role_short,
    team_label,
)
from game.lang.said import Said, say
from game.lang.unpaid import unpaid_line, unpaid_lines

__all__ = [
    "CATALOGUES",
    "LANGS",
    "ErrorSaid",
    "Said",
    "content_error_text",
    "dim_name",
    "error_text",
    "file_error",
    "has",
    "lang_of",
    "law_name",
    "law_of",
    "name_of",
    "number",
    "pair",
    "phase_name",
    "pot_law_name",
    "pot_name",
    "pronoun",
    "pronouns",
    "render",
    "role_name",
    "role_scope",
    "role_short",
    "say",
    "sections",
    "t",
    "team_label",
    "unpaid_line",
    "unpaid_lines",
]
