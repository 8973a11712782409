"""Charts as inline SVG text (no scripts, no fonts to fetch): the spider web before and after,
bars for the ledger and the blocking forces, and the timeline of a game.

Every label goes through html.escape. Each chart is an ``<svg class="chart">`` with a viewBox
and a fixed width and height, so it scales down on paper and in a narrow window alike.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from game.store.safetext import html_escape as escape

START_COLOUR = "#8a8f98"
END_COLOUR = "#1f6fb2"
PAID_COLOUR = "#c0392b"
SAVED_COLOUR = "#2e8b57"
BLOCK_COLOUR = "#b03a2e"
ENABLE_COLOUR = "#2e8b57"
FONT = "font-family=\"system-ui, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif\""


def _n(x: float) -> str:
    """A coordinate with at most one decimal (smaller files, same picture)."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _open(kind: str, width: int, height: int, title: str) -> str:
    return (f'<svg class="chart chart-{kind}" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{escape(title)}" {FONT} font-size="12">'
            f"<title>{escape(title)}</title>")


def spider(dims: Sequence[str], names: Mapping[str, str], start: Mapping[str, int],
           end: Mapping[str, int], title: str, legend: tuple[str, str],
           size: int = 420) -> str:
    """The six dimensions of Positieve Gezondheid as a web (0 in the middle, 10 outside)."""
    w, h = size + 300, size + 60
    cx, cy, radius = w / 2, h / 2 + 4, size / 2 - 30
    n = len(dims)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        return cx + radius * value / 10 * math.cos(angle), cy + radius * value / 10 * math.sin(
            angle)

    parts = [_open("spider", w, h, title)]
    for ring in (2, 4, 6, 8, 10):
        pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in (point(i, ring) for i in range(n)))
        parts.append(f'<polygon points="{pts}" fill="none" stroke="#d5d8dc" stroke-width="1"/>')
    for i, d in enumerate(dims):
        x, y = point(i, 10)
        parts.append(f'<line x1="{_n(cx)}" y1="{_n(cy)}" x2="{_n(x)}" y2="{_n(y)}" '
                     f'stroke="#d5d8dc"/>')
        lx, ly = point(i, 11.3)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        if anchor == "middle":
            ly += -10 if ly < cy else 8  # above the top axis, below the bottom one
        parts.append(f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}" fill="#222">'
                     f'<tspan x="{_n(lx)}" font-weight="600">{escape(names.get(d, d))}</tspan>'
                     f'<tspan x="{_n(lx)}" dy="14">{start.get(d, 0)} → {end.get(d, 0)}'
                     f"</tspan></text>")
    for values, colour, dash, fill in ((start, START_COLOUR, ' stroke-dasharray="6 4"',
                                        "none"), (end, END_COLOUR, "", END_COLOUR)):
        pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in
                       (point(i, values.get(d, 0)) for i, d in enumerate(dims)))
        opacity = ' fill-opacity="0.18"' if fill != "none" else ""
        parts.append(f'<polygon class="web" points="{pts}" fill="{fill}"{opacity} '
                     f'stroke="{colour}" stroke-width="2.5"{dash}/>')
    ly = 16
    for (label, colour, dash) in ((legend[0], START_COLOUR, ' stroke-dasharray="6 4"'),
                                  (legend[1], END_COLOUR, "")):
        parts.append(f'<line x1="8" y1="{ly}" x2="36" y2="{ly}" stroke="{colour}" '
                     f'stroke-width="3"{dash}/><text x="42" y="{ly + 4}">{escape(label)}</text>')
        ly += 18
    parts.append("</svg>")
    return "".join(parts)


def hbars(rows: Sequence[tuple[str, Sequence[tuple[float, str, str]]]], title: str,
          legend: Sequence[tuple[str, str]] = (), width: int = 640, unit: str = "") -> str:
    """Horizontal bars: per row a label and one or more (value, colour, caption) bars."""
    label_w, bar_h, gap = 190, 16, 10
    top = 12 + (20 if legend else 0)
    heights = [len(bars) * (bar_h + 2) + gap for _label, bars in rows]
    h = top + sum(heights) + 8
    biggest = max([v for _l, bars in rows for v, _c, _t in bars] + [1])
    scale = (width - label_w - 70) / biggest
    parts = [_open("bars", width, max(h, 40), title)]
    x = 8.0
    for caption, colour in legend:
        parts.append(f'<rect x="{_n(x)}" y="6" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{_n(x + 16)}" y="16">{escape(caption)}</text>')
        x += 24 + 7 * len(caption)
    y = float(top)
    for (label, bars), rh in zip(rows, heights, strict=True):
        parts.append(f'<text x="{label_w - 8}" y="{_n(y + bar_h - 3)}" text-anchor="end" '
                     f'fill="#222">{escape(label)}</text>')
        by = y
        for value, colour, cap in bars:
            bw = max(value * scale, 1.5 if value else 0)
            parts.append(f'<rect class="bar" x="{label_w}" y="{_n(by)}" width="{_n(bw)}" '
                         f'height="{bar_h}" fill="{colour}"><title>{escape(cap)}</title></rect>'
                         f'<text x="{_n(label_w + bw + 4)}" y="{_n(by + bar_h - 3)}" '
                         f'fill="#222">{escape(_num(value) + unit)}</text>')
            by += bar_h + 2
        y += rh
    parts.append(f'<line x1="{label_w}" y1="{top - 4}" x2="{label_w}" y2="{_n(y - gap + 4)}" '
                 f'stroke="#999"/>')
    parts.append("</svg>")
    return "".join(parts)


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


def timeline(rounds: Sequence[Mapping[str, Any]], start_health: Mapping[str, int],
             title: str, labels: Mapping[str, str], width: int = 680) -> str:
    """Per round the force card (red: blocking, green: enabling), the mean health after the
    round (0-10) and a mark for every crisis."""
    n = max(len(rounds), 1)
    left, right, top, chart_h = 46, 16, 56, 150
    h = top + chart_h + 46
    step = (width - left - right) / n
    parts = [_open("timeline", width, h, title)]
    for v in (0, 5, 10):
        y = top + chart_h - chart_h * v / 10
        parts.append(f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" '
                     f'stroke="#e1e4e8"/><text x="{left - 6}" y="{_n(y + 4)}" '
                     f'text-anchor="end" fill="#555">{v}</text>')
    pts: list[tuple[float, float]] = []
    mean0 = sum(start_health.values()) / max(len(start_health), 1)
    pts.append((left, top + chart_h - chart_h * mean0 / 10))
    for i, rd in enumerate(rounds):
        cx = left + step * (i + 0.5)
        health = rd["health"]["end"]
        mean = sum(health.values()) / max(len(health), 1)
        pts.append((cx, top + chart_h - chart_h * mean / 10))
        for j, f in enumerate(rd.get("forces", [])[:2]):
            colour = BLOCK_COLOUR if f.get("kind") == "belemmerend" else ENABLE_COLOUR
            fy = 6 + j * 17
            parts.append(f'<rect class="force" x="{_n(cx - step / 2 + 3)}" y="{fy}" '
                         f'width="{_n(step - 6)}" height="14" rx="3" fill="{colour}">'
                         f'<title>{escape(str(f.get("name", "")))}</title></rect>')
        parts.append(f'<text x="{_n(cx)}" y="{top + chart_h + 18}" text-anchor="middle" '
                     f'fill="#222">{escape(labels["round"])} {rd["round"]}</text>')
        for k, esc in enumerate(rd.get("escalations", [])):
            ey = top + chart_h + 30 + k * 2
            parts.append(f'<polygon class="crisis" points="{_n(cx - 7)},{_n(ey + 10)} '
                         f'{_n(cx + 7)},{_n(ey + 10)} {_n(cx)},{_n(ey - 2)}" fill="#e67e22">'
                         f'<title>{escape(str(esc.get("text", "")))}</title></polygon>')
    line = " ".join(f"{_n(x)},{_n(y)}" for x, y in pts)
    parts.append(f'<polyline class="health" points="{line}" fill="none" stroke="{END_COLOUR}" '
                 f'stroke-width="3"/>')
    for x, y in pts:
        parts.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="3.5" fill="{END_COLOUR}"/>')
    parts.append(f'<text x="{left}" y="{top - 10}" fill="#555">{escape(labels["health"])}</text>')
    parts.append("</svg>")
    return "".join(parts)
