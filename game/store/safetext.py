"""Text from players (team names, answers) made safe for where it is shown.

Team names and answers are typed by anyone at the keyboard, and a save or a games database
can be edited by hand. Shown raw they can

- drive the terminal (``history``): an escape sequence such as ``ESC ] 0 ;`` retitles the
  window, ``ESC [ 2 J`` clears it, a carriage return overwrites the line;
- spoof text in a report: U+202E (right-to-left override) shows "Team exe.txt" as
  "Team txt.exe"; the isolates and marks do the same in smaller steps;
- run in a spreadsheet: a cell that starts with ``=``, ``+``, ``-`` or ``@`` (also after
  spaces or a line break) is a formula in Excel and LibreOffice.
"""

from __future__ import annotations

import re
from html import escape as _escape

# Explicit bidirectional formatting characters (Unicode UAX #9): embeddings, overrides,
# isolates and the marks. Dropped: a name never needs them to be read correctly.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
_BIDI_RE = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
# C0 controls (tab, newline, escape, ...), DEL and the C1 controls (U+0080-U+009F, which
# include the 8-bit CSI U+009B).
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")
FORMULA_START = ("=", "+", "-", "@")


def strip_bidi(text: str) -> str:
    """The text without bidi override, embedding, isolate and mark characters."""
    return _BIDI_RE.sub("", text)


def html_escape(text: object, quote: bool = True) -> str:
    """html.escape, and the bidi controls dropped: a report shows what the teams typed and
    cannot be made to spoof it (U+202E shows "Team exe.txt" as "Team txt.exe")."""
    return _escape(strip_bidi("" if text is None else str(text)), quote)


def terminal_safe(text: object) -> str:
    """One line for a terminal: every control character shown as a visible escape
    (``\\x1b``) so it does nothing, bidi controls dropped."""
    s = strip_bidi("" if text is None else str(text))
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


def spreadsheet_safe(text: object) -> str:
    """A text cell a spreadsheet will not run: a leading ' when the first character that
    is not white space starts a formula, or when the cell starts with a tab or a carriage
    return (both are read as the start of a formula by some spreadsheets)."""
    s = strip_bidi("" if text is None else str(text))
    if s[:1] in ("\t", "\r") or s.lstrip(" \t\r\n\v\f\u00a0")[:1] in FORMULA_START:
        return "'" + s
    return s


__all__ = ["BIDI_CONTROLS", "html_escape", "spreadsheet_safe", "strip_bidi", "terminal_safe"]
