"""spaCy pipeline components that turn a parsed Doc into sitrep records.

Importing a stage module registers its component factory with spaCy.
"""
