"""The records of SángKiến: models, sessions, migrations, queries, search and sync.

Nothing in this package imports Qt: the command line, the tests and the GUI all use it alike.
"""
