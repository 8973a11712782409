"""Test-wide set-up: every test writes saves and the games database into a temporary
folder, never into the user's real data folder (KRACHTENVELD_HOME is always replaced, even
when the user has set it: a teacher's history never gets a test game)."""

from __future__ import annotations

import os
import tempfile

_home = tempfile.mkdtemp(prefix="krachtenveld-tests-")
os.environ["KRACHTENVELD_HOME"] = _home
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
