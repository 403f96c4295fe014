"""``python -m ucj_desktop.cli`` and the frozen bundle's ``ucj`` program: the same as the
``ucj`` console script."""

import multiprocessing

from ucj_desktop.cli import main

if __name__ == "__main__":
    # Big reference imports read the file in a spawned helper process; in the frozen bundle
    # that process starts this same executable, which must then run the helper, not a command.
    multiprocessing.freeze_support()
    raise SystemExit(main())
