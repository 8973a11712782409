"""QR codes for the projector: the join link of a table as SVG (segno: pure Python)."""

from __future__ import annotations

import io


def qr_svg(url: str) -> str:
    import segno

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=8, border=2, xmldecl=False,
                                    svgns=True, title="QR", dark="#000", light="#fff")
    return out.getvalue().decode("utf-8")
