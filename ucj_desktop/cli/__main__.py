"""``python -m ucj_desktop.cli``: the same as the ``ucj`` console script."""

from ucj_desktop.cli import main

raise SystemExit(main())
