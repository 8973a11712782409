"""The catalogues of every language and ``t()``, the one way to look a text up.

A catalogue is a module per language (``game/lang/nl.py``, ``game/lang/en.py``) with one flat
dict ``TEXTS`` of ``section.name`` keys. Dutch is the first language: any language that is
not English reads Dutch, as it always has.
"""

from __future__ import annotations

from game.content.errors import Words
from game.lang import en, nl

LANGS = ("nl", "en")
CATALOGUES: dict[str, dict[str, str]] = {"nl": nl.TEXTS, "en": en.TEXTS}


def lang_of(lang: str | None) -> str:
    """The catalogue a language code reads: 'en' is English, everything else Dutch."""
    return "en" if lang == "en" else "nl"


def has(key: str) -> bool:
    return key in nl.TEXTS


def t(key: str, lang: str | None = "nl", **kw: object) -> str:
    """The text of ``key`` in ``lang``, its placeholders filled from ``kw``.

    An unknown key is a programming mistake: it raises KeyError (the catalogue test finds
    every key the code uses). A ``Said`` value (or an error made with one) is said in
    ``lang``."""
    text = CATALOGUES[lang_of(lang)][key]
    return text.format(**{k: _in(v, lang) for k, v in kw.items()}) if kw else text


def number(value: float, lang: str | None, digits: int = 1) -> str:
    """A decimal number as the reader writes it: 1,3 in Dutch, 1.3 in English."""
    text = f"{value:.{digits}f}"
    return text if lang_of(lang) == "en" else text.replace(".", ",")


def _in(value: object, lang: str | None) -> object:
    """A placeholder's value in the language: a ``Said`` text (game/lang/said.py), or an error
    made with one, is said in ``lang``; anything else is formatted as it is."""
    if isinstance(value, BaseException) and value.args:
        value = value.args[0] if hasattr(value.args[0], "in_lang") else value
    if isinstance(value, Words):
        return content_words(value, lang)
    said = getattr(value, "in_lang", None) if isinstance(value, str) else None
    return said(lang_of(lang)) if said is not None else value


def content_words(text: object, lang: str | None) -> str:
    """The content layer's words (a scenario file's mistake, game.content.errors.Words) in
    ``lang``: ``error.content.<code>`` with each parameter said too; anything else, or a
    code without a text, as its own (English) words."""
    if isinstance(text, Words):
        template = CATALOGUES[lang_of(lang)].get(f"error.content.{text.code}")
        if template is not None:
            try:
                return template.format(**{k: content_words(v, lang)
                                          for k, v in text.params.items()})
            except (KeyError, IndexError, ValueError):
                pass
    return str(text)


def sections(*names: str) -> dict[str, dict[str, dict[str, str]]]:
    """Whole sections for a client that looks its words up itself (the classroom server's web
    pages): ``{section: {lang: {name: text}}}``."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for section in names:
        prefix = f"{section}."
        out[section] = {lang: {k[len(prefix):]: v for k, v in texts.items()
                               if k.startswith(prefix)}
                        for lang, texts in CATALOGUES.items()}
    return out


def pair(key: str) -> tuple[str, str]:
    """(Dutch, English) of one key, for code that shows or stores both."""
    return nl.TEXTS[key], en.TEXTS[key]
