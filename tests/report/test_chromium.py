"""The report in a real browser: headless Chromium (Debian's chromium; .ci/run installs it).

A tiny script, added to a copy of the report for this test only, writes the size of every
chart into the page; --dump-dom returns the page after it ran. The charts must be there, be
displayed, and have a size. Printing to PDF must give A4 pages, one DATA part per page at
least. Without chromium the test is skipped and says how to install it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from game.report.command import build_report
from tests.report.games import random_game, save_with_extras

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (apt-get install chromium); .ci/run installs "
           "it so CI runs this test")

PROBE = """<script>
(function () {
  var out = [];
  document.querySelectorAll('svg.chart').forEach(function (s) {
    var box = s.getBoundingClientRect();
    var style = getComputedStyle(s);
    var shapes = s.querySelectorAll('polygon, polyline, rect, circle, line');
    var drawn = 0;
    shapes.forEach(function (el) {
      var b = el.getBBox();
      if (b.width > 0 || b.height > 0) { drawn += 1; }
    });
    out.push({cls: s.getAttribute('class'), w: box.width, h: box.height,
              display: style.display, visibility: style.visibility,
              shapes: shapes.length, drawn: drawn});
  });
  var pre = document.createElement('pre');
  pre.id = 'svg-boxes';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage",
           f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    game = random_game("ron", seed=11)
    data = save_with_extras(game, teams={"huisarts": "De <Dokters>"},
                            application={"inwoner": "Eerder zeggen wat ik wil."})
    html = build_report(data, lang="nl", generated="2026-11-24")[0]
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_charts_are_present_and_visible_in_chromium(report: Path, tmp_path: Path) -> None:
    probe = tmp_path / "probe.html"
    probe.write_text(report.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"),
                     encoding="utf-8")
    run = chromium("--window-size=1200,900", "--dump-dom", probe.as_uri(),
                   profile=tmp_path / "profile")
    assert run.returncode == 0, run.stderr[-2000:]
    m = re.search(r'<pre id="svg-boxes">(.*?)</pre>', run.stdout, re.DOTALL)
    assert m, "the probe did not run: " + run.stdout[-500:]
    charts = json.loads(unescape(m.group(1)))
    kinds = " ".join(c["cls"] for c in charts)
    for kind in ("chart-timeline", "chart-spider", "chart-bars"):
        assert kind in kinds
    for c in charts:
        assert c["w"] > 100 and c["h"] > 30, c
        assert c["display"] != "none" and c["visibility"] == "visible", c
        assert c["shapes"] > 0 and c["drawn"] > 0, c
    # the page itself: the four parts and the escaped team name survived the browser
    for part in ('id="p1"', 'id="p2"', 'id="p3"', 'id="p4"'):
        assert part in run.stdout
    assert "De &lt;Dokters&gt;" in run.stdout


def test_prints_on_a4_with_the_parts_on_their_own_pages(report: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    run = chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri(),
                   profile=tmp_path / "profile")
    assert run.returncode == 0 and pdf.exists(), run.stderr[-2000:]
    data = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert pages >= 5  # the cover, then every DATA part starts on a new page
    boxes = {tuple(round(float(x)) for x in b.split())
             for b in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)}
    assert boxes and all(b[2:] == (595, 842) for b in boxes), boxes  # A4 in points
