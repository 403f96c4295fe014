"""``python -m ucj_desktop`` and the frozen bundle's entry point: the GUI."""

import multiprocessing

from ucj_desktop.gui.app import main

if __name__ == "__main__":
    # Big reference imports read the file in a spawned helper process; in the frozen app that
    # process starts this same executable, which must then run the helper, not the GUI.
    multiprocessing.freeze_support()
    raise SystemExit(main())
