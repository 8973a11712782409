"""The errors the content layer reports: one ContentError per mistake, with file, line and column.

Every mistake in a scenario file (YAML syntax, an unknown key, a wrong value, a reference to
something that does not exist) becomes a ContentError that prints as ``FILE:LINE:COLUMN: ...``,
the format editors and CI logs understand. ContentErrors carries all of them at once, so an
author sees every mistake in one run instead of one per run.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

PathKey = str | int
DocPath = tuple[PathKey, ...]


class Words(str):
    """A text the content layer tells an author or teacher: a ``str`` of its English words
    (for logs, JSON and ``str(error)``) that keeps a code and its parameters, so that the
    language layer says it in the reader's language (``error.content.<code>``, issue 10).
    A parameter may itself be Words (a described value, a list of choices)."""

    code: str
    params: dict[str, object]

    def __new__(cls, english: str, code: str, /, **params: object) -> Self:
        self = super().__new__(cls, english)
        self.code, self.params = code, dict(params)
        return self

    def __reduce__(self) -> tuple[object, ...]:  # (pickled with its code, for a worker)
        return (_words, (str(self), self.code, self.params))


def _words(english: str, code: str, params: dict[str, object]) -> Words:
    return Words(english, code, **params)


@dataclass(frozen=True)
class ContentError:
    """One mistake in one file. ``line`` and ``column`` are 1-based.

    ``path`` is the place in the document (``problems[2].drains[0]``), empty for the whole
    file; ``message`` says what was found and what was expected.
    """

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}:{self.line}:{self.column}: {where}{self.message}"


class ScenarioNotFound(FileNotFoundError):
    """No casus with this id, or no such file. The message is English (for logs); ``code``
    and ``params`` let the language layer say it in the user's language
    (``error.content.<code>``, game.lang.error_text)."""

    def __init__(self, message: str, code: str = "no_scenario", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[object, ...]:
        return (_not_found, (str(self), self.code, self.params))


def _not_found(message: str, code: str, params: dict[str, str]) -> ScenarioNotFound:
    return ScenarioNotFound(message, code, **params)


class ContentErrors(Exception):
    """Raised when content does not load; ``errors`` holds every mistake found."""

    def __init__(self, errors: Iterable[ContentError]) -> None:
        self.errors: list[ContentError] = unique(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)

    def __reduce__(self) -> tuple[object, ...]:
        # rebuilt from the errors, not from the joined message (a worker process sends it
        # back pickled: otherwise each character of the message became an "error")
        return (type(self), (list(self.errors),))


def unique(errors: Iterable[ContentError]) -> list[ContentError]:
    """The errors without repeats (a catalogue mistake is found once per casus), in order."""
    seen: set[ContentError] = set()
    out: list[ContentError] = []
    for e in errors:
        if e not in seen:
            seen.add(e)
            out.append(e)
    return out


def format_path(path: Iterable[PathKey]) -> str:
    """``("problems", 2, "drains", 0)`` -> ``problems[2].drains[0]``."""
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        elif p.isidentifier():
            out += f".{p}" if out else p
        else:
            out += f"[{p!r}]"
    return out


def suggest(word: object, candidates: Iterable[str]) -> str | None:
    """The candidate closest to ``word``, if any is close enough."""
    if not isinstance(word, str | int | float) or isinstance(word, bool):
        return None
    text = str(word)
    found = difflib.get_close_matches(text, sorted(set(candidates)), n=1, cutoff=0.6)
    if not found:
        return None
    # a misspelling, not merely a word that shares some letters: most of it must match
    # (difflib's 0.6 finds 'hulp' for 'huisbezoek'), or one is the start of the other
    best = found[0]
    ratio = difflib.SequenceMatcher(None, text.lower(), best.lower()).ratio()
    if ratio >= 0.75 or best.startswith(text) or text.startswith(best) \
            or sorted(text) == sorted(best):  # the same parts in another order
        return best
    return None


def describe(value: object) -> str:
    """A short description of a YAML value for a message: ``'meedoenx'``, ``7``, ``a list``."""
    if value is None:
        return Words("nothing (null)", "v_null")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = str(value) if abs(value) < 10**15 or isinstance(value, float) else ""
        n = len(str(abs(int(value))))
        return text or Words(f"a number of {n} digits", "v_digits", n=n)
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return repr(text) if text else Words("empty text", "v_empty_text")
    if isinstance(value, list):
        return Words("a list", "v_list") if value else Words("an empty list", "v_empty_list")
    if isinstance(value, dict):
        return Words("a mapping", "v_mapping") if value else Words("an empty mapping",
                                                                   "v_empty_mapping")
    return type(value).__name__


def one_of(values: Iterable[str], limit: int = 12) -> str:
    """``'a', 'b' or 'c'`` (shortened with ``...`` when long)."""
    items = [repr(v) for v in values]
    if len(items) > limit:
        items = items[:limit] + ["..."]
    return either(items)


def either(items: list[str]) -> str:
    """``a, b or c`` of texts already written as they are shown (Words: 'of' in Dutch)."""
    if len(items) <= 1:
        return "".join(items)
    head, last = ", ".join(items[:-1]), items[-1]
    return Words(f"{head} or {last}", "either", items=head, last=last)


def found_expected(found: str, expected: str) -> Words:
    """``found 7, expected text``: the value an author wrote and what belongs there."""
    return Words(f"found {found}, expected {expected}", "found_expected", found=found,
                 expected=expected)


def then(first: str, hint: str) -> str:
    """A message and a hint after it (``; did you mean 'x'?``), each said in the language."""
    return Words(first + hint, "then", first=first, then=hint) if hint else first


def did_you_mean(close: str | None) -> str:
    return Words(f"; did you mean {close!r}?", "hint_close", close=repr(close)) if close else ""


def unknown(what: str, value: object, candidates: Iterable[str]) -> str:
    """``unknown problem 'schuldn'; did you mean 'schulden'?`` (or the valid choices)."""
    cands = sorted(set(candidates))
    close = suggest(value, cands)
    thing = Words(what, THINGS[what])
    found = describe(value)
    if close is not None:
        return Words(f"unknown {what} {found}; did you mean {close!r}?", "unknown_close",
                     what=thing, value=found, close=repr(close))
    if not cands:
        return Words(f"unknown {what} {found}; there are none defined", "unknown_none",
                     what=thing, value=found)
    expected = one_of(cands)
    return Words(f"unknown {what} {found}; expected {expected}", "unknown_expected",
                 what=thing, value=found, expected=expected)


# the things ``unknown`` names -> their code (error.content.<code>)
THINGS = {
    "problem": "thing_problem", "arrangement": "thing_arrangement", "action": "thing_action",
    "ending": "thing_ending", "force": "thing_force", "kind": "thing_kind",
    "problem kind": "thing_problem_kind", "network resource (id or kind)": "thing_network",
    "network resource": "thing_network_id",
    "action id or op": "thing_action_or_op", "pair of professionals": "thing_pair",
}
