"""Files on disk: the one atomic writer, and the readers of the spreadsheets officers bring."""
