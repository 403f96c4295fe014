"""Repositories: the only place with SQL. Named rows in, named rows out, one function a question.

Each function takes the transaction (a :class:`ucj_desktop.store.unit_of_work.Transaction`, the
ORM's session) first; dialect differences (SQLite FTS5 / ``INSERT OR IGNORE`` against
PostgreSQL) stay inside. Those the sign-in and the counter's reads use speak plain SQL on the
transaction's DB-API connection and take either kind (``SqlTransaction``: the session, or the
store opened without SQLAlchemy, store/direct.py).
"""
