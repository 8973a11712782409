"""Each student's own intention ("wat doe je maandag anders?", issue 13): a team's answer is
one text per role, and the debrief asks every student to write a line of their own, their
name first: "Sam: dinsdag vraag ik bij elk huisbezoek wat iemand zelf wil." This module
splits such an answer into (student, intention) pairs, for the report and for
``krachtenveld export --intentions`` (one row per student, so the next lesson can come back
to what each student promised).

A line that starts with a short name and a colon opens a student's intention; a line
without one continues the intention above it. An answer with no names at all is one
intention of the whole team (student "").
"""

from __future__ import annotations

import re

# a name, then a colon: a word of letters (Sam, Anne-Fleur), and at most three more that
# start with a capital or are a tussenvoegsel (Mo de Vries, Sanne van den Berg): so "Ik ga
# dit doen: ..." is a sentence, not a name
_PARTICLES = "de|den|der|van|von|ter|te|ten|het|'t|el|al|bin|ben"
_NAMED = re.compile(r"^\s*(?:[-*•·]\s*|\d{1,2}[.)]\s+)?"
                    r"(?P<name>[^\W\d_][\w'’.-]*"
                    rf"(?:\s+(?:(?:{_PARTICLES})\b|[^\W\d_a-z][\w'’.-]*)){{0,3}})"
                    r"\s*:\s*(?P<text>.+)$")
_BULLET = re.compile(r"^\s*(?:[-*•·]\s*|\d{1,2}[.)]\s+)")
_MAX_NAME = 40


def split_intentions(answer: str) -> list[tuple[str, str]]:
    """The (student, intention) pairs of one team's answer, in the order written."""
    out: list[tuple[str, str]] = []
    lines = [ln.strip() for ln in (answer or "").splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        return []
    named = [_NAMED.match(ln) for ln in lines]
    if not any(m is not None and len(m.group("name")) <= _MAX_NAME for m in named):
        return [("", " ".join(_BULLET.sub("", ln) for ln in lines))]
    for line, m in zip(lines, named, strict=True):
        if m is not None and len(m.group("name")) <= _MAX_NAME:
            out.append((m.group("name").strip(), m.group("text").strip()))
        elif out:
            student, text = out[-1]
            out[-1] = (student, f"{text} {_BULLET.sub('', line)}")
        else:  # text before the first name: the team's own line
            out.append(("", _BULLET.sub("", line)))
    return out


# the text mode asks for one line per team: students put a / between their intentions
_ONE_LINE = re.compile(r"\s*/\s*(?=[^/:]{1,40}:)")


def from_one_line(text: str) -> str:
    """One typed line with the intentions of several students ("Sam: ... / Mo: ...") as
    one line per student; a / inside a sentence ("en/of") stays."""
    return "\n".join(p for p in _ONE_LINE.split(text.strip()) if p)

