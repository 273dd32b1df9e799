"""What clerks exchange with Excel: the register written to .xlsx/.csv, and a sheet read back in.

No Qt here: the command line, the window (through desktop/tasks.py) and the tests call the same
functions, which take a progress callback and a cancel check.
"""
