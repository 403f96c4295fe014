"""``python -m ucj_desktop`` and the frozen bundle's entry point: the GUI."""

from ucj_desktop.gui.app import main

raise SystemExit(main())
