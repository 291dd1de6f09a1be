"""The parts of the events stage (``sitrep/stages/events.py``), one module per concern.

* ``lexicon``    reads the events_*.tsv data files (triggers, context words, actors, quantities)
* ``triggers``   finds the words that report an occurrence in a sentence
* ``classify``   turns a trigger and its context into PLOVER and ACLED types, or rejects it
* ``modality``   asserted, reported, alleged, hypothetical, threatened, planned or negated; who says so
* ``actors``     who did it and to whom, as canonical actors with ISO3 countries
* ``quantities`` counts with units (killed, injured, detained, displaced, km², prison terms)
* ``anchors``    the date and the place that govern the event

Nothing here depends on store, export, report, run or cli.
"""
