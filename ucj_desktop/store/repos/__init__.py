"""Repositories: the only place with SQL. Named rows in, named rows out, one function a question.

Each function takes the transaction (a :class:`ucj_desktop.store.unit_of_work.Transaction`)
first; dialect differences (SQLite FTS5 / ``INSERT OR IGNORE`` against PostgreSQL) stay inside.
"""
