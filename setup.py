"""Build hook: ship the top-level scenarios/, assets/ and the guides inside the package.

The repository keeps content where teachers find it (scenarios/, assets/ at the top), but a
normal, non-editable install must find it from any working directory. build_py copies both
folders into game/data/ of the built package; game/paths.py looks there first. The guides a
teacher needs (docs/*.md and the JSON Schemas in docs/schema/) go to game/data/docs, so
`krachtenveld guide` opens them after an install.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py as _build_py

HERE = Path(__file__).resolve().parent


class build_py(_build_py):  # noqa: N801 - setuptools command name
    def run(self) -> None:
        super().run()
        for name in ("scenarios", "assets"):
            src = HERE / name
            if src.is_dir():
                dst = Path(self.build_lib) / "game" / "data" / name
                shutil.copytree(src, dst, dirs_exist_ok=True)
        docs = HERE / "docs"
        if docs.is_dir():
            dst = Path(self.build_lib) / "game" / "data" / "docs"
            shutil.copytree(docs, dst, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("screenshots", "*.png"))


setup(cmdclass={"build_py": build_py})
