"""The hub desk (``ucj-desktop --hub``): the Disnaker operator's window on the city hub."""
