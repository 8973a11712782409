"""``python -m game`` runs the same command line as ``krachtenveld``."""

from game.cli import main

raise SystemExit(main())
