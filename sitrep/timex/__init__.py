"""Time expressions: detection (``patterns``), reference times (``anchoring``),
normalization to TIMEX3 values (``resolve``, ``calendar``), and the tagger that
puts them together (``tagger.tag``). Vocabulary lives in
``sitrep/lexicons/times_*.tsv`` (``lexicon``). Nothing here imports spaCy."""

from sitrep.timex.anchoring import Context
from sitrep.timex.tagger import paragraph_starts, parse_date, tag

__all__ = ["Context", "paragraph_starts", "parse_date", "tag"]
