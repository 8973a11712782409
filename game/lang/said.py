"""A text for the user that can be said again in another language: ``Said``.

Layers below a front end (the store, the bots' tools, the content's author tools) tell the
user things (a notice, a list of differences, an error) without knowing the user's language.
They make a ``Said(key, **params)``: a ``str`` whose value is the English text (for logs,
JSON and ``str(error)``) and which keeps its catalogue key and parameters, so that whoever
shows it says it in the reader's language with ``say(text, lang)``:

    notice = Said("save.casus_changed", path=path, file=file)
    print(say(notice, "nl"))                      # the Dutch sentence
    raise StoreError(Said("store.busy", path=p))  # error_text(e, "nl") says it in Dutch

A parameter may itself be a ``Said``; ``Said.joined(sep, items)`` joins texts and stays
sayable. A plain ``str`` is said as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Self

from game.lang.catalogue import CATALOGUES, _in, content_words, lang_of


class Said(str):
    key: str | None
    params: dict[str, Any]
    sep: str
    parts: tuple[str, ...]

    def __new__(cls, key: str, /, **params: Any) -> Self:
        self = super().__new__(cls, _words(key, params, "en"))
        self.key, self.params, self.sep, self.parts = key, dict(params), "", ()
        return self

    @classmethod
    def joined(cls, sep: str, items: Iterable[str]) -> Self:
        """The texts joined by ``sep``, each said in the reader's language."""
        parts = tuple(items)
        self = str.__new__(cls, sep.join(parts))
        self.key, self.params, self.sep, self.parts = None, {}, sep, parts
        return self

    def in_lang(self, lang: str) -> str:
        if self.key is None:
            return self.sep.join(say(p, lang) for p in self.parts)
        return _words(self.key, self.params, lang)

    def __reduce__(self) -> tuple[Any, ...]:  # (pickled with its key, not its English words)
        if self.key is None:
            return (Said.joined, (self.sep, self.parts))
        return (_said, (self.key, self.params))


def _said(key: str, params: dict[str, Any]) -> Said:
    return Said(key, **params)


def _words(key: str, params: dict[str, Any], lang: str) -> str:
    """Like ``t`` (a Said parameter said in the language), for any parameter name."""
    text = CATALOGUES[lang_of(lang)][key]
    return text.format(**{k: _in(v, lang) for k, v in params.items()}) if params else text


def say(text: Any, lang: str) -> str:
    """A text in ``lang``: a ``Said`` (or the content layer's words) in that language,
    anything else as it is."""
    return text.in_lang(lang) if isinstance(text, Said) else content_words(text, lang)
