"""Pure domain rules: identity numbers, areas, categories, eligibility, premium, record status.

No Qt, no SQL, no I/O beyond reading the packaged area list. Functions return codes and values;
the GUI turns codes into words.
"""
