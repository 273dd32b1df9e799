"""Read and write operations the GUI and the command line call: one function per user action."""
