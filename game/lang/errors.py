"""Errors a user reads, in the user's language: ``error_text(error, lang, scenario)``.

The engine's and the store's errors carry a code and parameters next to their English text
(for logs); this renders ``error.<kind>.<code>`` from the catalogue. An error made with a
``Said`` (game/lang/said.py) as its message is said in the language; an error without either
reads as its own text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from game.content.errors import ContentError, ContentErrors
from game.content.yamlsafe import YamlError
from game.lang.catalogue import content_words, has, t
from game.lang.messages import render
from game.lang.said import Said, say

if TYPE_CHECKING:
    from game.engine.defs import Scenario

# an error class's name -> its section in the catalogue
KINDS = {"SaveError": "save", "NotationError": "notation", "SaveFileError": "savefile",
         "ScenarioNotFound": "content"}


def content_error_text(error: ContentError, lang: str = "nl") -> str:
    """One mistake in a scenario file in ``lang``: ``FILE:LINE:COLUMN: path: what``."""
    where = f"{error.path}: " if error.path else ""
    return f"{error.file}:{error.line}:{error.column}: {where}{content_words(error.message, lang)}"


def error_text(error: BaseException, lang: str = "nl", scenario: Scenario | None = None) -> str:
    if isinstance(error, ContentErrors):  # every mistake in the files, one per line
        return "\n".join(content_error_text(e, lang) for e in error.errors)
    if isinstance(error, YamlError):
        return content_error_text(error.error, lang)
    if error.args and isinstance(error.args[0], Said):
        return say(error.args[0], lang)
    kind = next((KINDS[c.__name__] for c in type(error).__mro__ if c.__name__ in KINDS), None)
    code = getattr(error, "code", None)
    key = f"error.{kind}.{code}"
    if kind is None or not isinstance(code, str) or not has(key):
        return str(error)
    params = dict(getattr(error, "params", None) or {})
    nested = getattr(error, "save_error", None)
    if isinstance(nested, BaseException):
        params["why"] = error_text(nested, lang, scenario or getattr(error, "scenario", None))
    reason = getattr(error, "reason", None)
    if reason is not None:
        params["reason"] = render(reason, scenario or getattr(error, "scenario", None), lang)
    try:
        return t(key, lang, **params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def file_error(path: object, error: BaseException) -> Said:
    """An error about a file as a Said text: the file first, unless the error's own words
    already start with it (a SaveFileError names its file)."""
    said = ErrorSaid(error)
    return said if said.startswith(str(path)) else Said.joined(": ", [str(path), said])


class ErrorSaid(Said):
    """An error as a ``Said`` text: its English words as a str, ``error_text`` in the
    reader's language (for a list of differences that ends with the engine's reason)."""

    error: BaseException
    scenario: Scenario | None

    def __new__(cls, error: BaseException, scenario: Scenario | None = None) -> Self:
        self = str.__new__(cls, error_text(error, "en", scenario))
        self.key, self.params, self.sep, self.parts = None, {}, "", ()
        self.error, self.scenario = error, scenario
        return self

    def in_lang(self, lang: str) -> str:
        return error_text(self.error, lang, self.scenario)

    def __reduce__(self) -> tuple[Any, ...]:  # (pickled as its English words)
        return (str, (str(self),))
