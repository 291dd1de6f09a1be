"""Quotes: who said what, directly or in reported speech, and who passed it on.

Writes ``doc._.quotes`` (list of ``Quote``) and ``doc._.scare_quotes`` (quoted
words nobody is said to say, and titles). Two passes over the one parse:

1. Direct quotes. Quotation-mark segments (``attribution.quote_segments``:
   curly and straight marks, nested single quotes, passages left open at a
   paragraph's end) are attributed to the nearest speech cue outside quotation
   marks in the same sentence(s) ("...," she said / said Petraeus, "..."), else
   to a cue ending the previous paragraph with a colon ("X replied:"), else
   they continue the previous quote (same paragraph: the record grows; the
   next paragraph reopened: same speaker). Short phrases with no cue of their
   own are scare quotes or titles, not quotes.
2. Reported speech. Every token the cue model (``quotes_cues.tsv``, trained on
   PolNeAR) scores as a reporting cue and that no direct quote claimed gives a
   record whose content is its clausal complement (ccomp), else its object,
   infinitive or prepositional complement ("called for ..."); "according to
   X" takes the clause it modifies; an inserted "he said" takes its host.

Speakers are the cue's subject (agent for passives, the pobj of "according
to", the subject of the governing verb for "adding"/"telling", the antecedent
of "who"), resolved to the canonical entity (``attribution.resolve_speaker``).
Outlet chains: a record inside the content of a record spoken by an outlet is
relayed by it (outermost first); "told Reuters" and "X, citing Y, reported"
make X the relay and Y the source.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.attribution import (QUOTE_CHARS, CueModel, EntityIndex, RecordModel, Segment, Speaker,
                                outlets, quote_segments, record_features, resolve_speaker,
                                REPORT_NOUNS, role_nouns, speech_verbs)
from sitrep.records import Quote, ScareQuote
from sitrep.stages.context import line_starts

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("scare_quotes"):
    Doc.set_extension("scare_quotes", default=None)

CUE_THRESHOLD = 0.35  # without the record model
CANDIDATE_THRESHOLD = 0.08  # with it: weaker cues are kept for the record model to judge
RECORD_THRESHOLD = 0.45  # lower gains F1 in 5-fold CV on train but costs speaker accuracy
KEEP_CUE_THRESHOLD = 1.1  # (tuning knob) cues at least this strong skip the record model; 1.1 = none
DEBUG_RECORDS = False
USE_RECORD_MODEL = True
RECORD_SINK: list | None = None  # type: ignore[type-arg]  # training: collect, do not filter
_COLON_LINE = re.compile(r"^[ \t]*([A-Z][^\n:]{0,40}?):[ \t]+(\S[^\n]*)$", re.M)
COLON_LABELS = frozenset({
    "breaking", "correction", "editor’s note", "editor's note", "editors note", "twitter", "email", "look",
    "the latest", "busted", "update", "updated", "watch", "view", "photo", "photos", "source", "sources",
    "note", "related", "read more", "read", "video", "exclusive", "warning", "credit", "image", "follow",
    "listen", "also", "opinion", "analysis", "tags", "see also", "more", "facebook", "instagram",
    "clarification", "contact", "phone", "website", "date", "location", "when", "where", "time",
    "bottom line", "the bottom line", "why", "what", "how", "who", "question", "answer", "q", "a",
    "live", "developing", "just in", "fact check", "factbox", "explainer", "timeline", "paid notice",
    "name", "age", "city", "job", "stat of the week", "quote of the day", "map", "chart", "graphic",
    "live updates", "watch live", "in pictures", "recap", "preview", "review", "transcript", "full text"})
COLON_VERBS = frozenset({"says", "said", "adds", "added", "asks", "asked", "continued", "continues",
                         "wrote", "writes", "told", "tells", "replied", "is", "are", "was", "were"})
_DASH_CREDIT = re.compile(r"[ \t\u00a0]*(\u2015|\u2014|--)[ \t\u00a0]*"
                          r"([A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*){0,3})(?=[ \t\u00a0]*[,.]?[ \t\u00a0]*(?:\n|$))")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):[ \t]+")
SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
CITED_SOURCES = frozenset({
    "official", "source", "report", "document", "person", "people", "aide", "diplomat", "officer",
    "spokesman", "spokeswoman", "spokesperson", "statement", "analyst", "expert", "witness",
    "resident", "memo", "letter", "data", "figure", "estimate", "study", "survey", "poll", "record",
    "intelligence", "agency", "ministry", "media", "outlet", "newspaper", "account", "interview",
    "filing", "government", "authority", "authorities", "police", "military", "army", "commander",
    "investigator", "prosecutor", "lawyer", "member", "insider", "observer", "monitor", "group"})
PREP_CUES = frozenset({"in"})  # "for"/"to" ("For many voters, ...") cost precision on dev: off
VIEW_NOUNS = frozenset({"view", "eyes", "opinion", "estimation", "judgment", "judgement", "mind", "telling",
                        "words", "account", "assessment"})
HOLDER_NOUNS = frozenset({
    "voter", "people", "supporter", "critic", "official", "analyst", "expert", "democrat", "republican",
    "lawmaker", "leader", "resident", "many", "some", "others", "citizen", "activist", "observer",
    "conservative", "liberal", "progressive", "diplomat", "investor", "economist", "historian",
    "veteran", "soldier", "family", "parent", "worker", "member", "candidate", "politician", "american"})
SURVEY_NOUNS = frozenset({"poll", "survey", "polling", "tally", "count", "census"})
DEDUPE = True  # drop reported speech that a direct quote already stands for
DIRECT_CUE_THRESHOLD = 0.2
CONTENT_PREPS = frozenset({"about", "for", "of", "on", "against", "to", "with", "over", "that", "as",
                           "like"})
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "who", "you"})
HOST_DEPS = frozenset({"parataxis", "advcl", "ccomp", "relcl", "acl"})
CONTENT_DEPS = frozenset({"dobj", "xcomp", "attr", "oprd", "acomp"})
TITLE_WORDS = frozenset({"podcast", "book", "report", "article", "film", "documentary", "series",
                         "show", "programme", "program", "titled", "entitled", "headlined",
                         "headline", "column", "essay", "song", "album", "novel", "op-ed",
                         "editorial", "study", "paper", "newsletter", "movie", "play"})
RELAY_KINDS = frozenset({"news", "agency"})


class _Rec:
    __slots__ = ("start", "end", "direct", "speaker", "cue", "relays", "segment", "cue_text",
                 "fragments")

    def __init__(self, start: int, end: int, direct: bool, speaker: Speaker | None,
                 cue: tuple[int, int] | None, segment: int | None = None,
                 fragments: list[tuple[int, int]] | None = None) -> None:
        self.start, self.end, self.direct = start, end, direct
        self.speaker, self.cue, self.segment = speaker, cue, segment
        self.relays: list[str] = []
        self.fragments: list[tuple[int, int]] = list(fragments or [(start, end)])

    def extend(self, start: int, end: int) -> None:
        """Add a later piece of the same content ("…," she said, "…")."""
        self.end = max(self.end, end)
        self.fragments.append((start, end))


def inverted_subject(cue: Token) -> Token | None:
    """The speaker after the verb in "…," reported the Washington Post /
    "…," said the minister: a name or definite noun right after a speech verb
    that follows a comma or closing quotation mark and has no subject."""
    doc = cue.doc
    if cue.i == 0 or cue.lemma_.lower() not in speech_verbs():
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    if doc[cue.i - 1].text not in (",", "\u201d", '"', "''", "\u2019", "?", "!"):
        return None
    for c in cue.children:
        if c.ent_type_ in ("DATE", "TIME"):
            continue  # "..., the chief said Monday": a day is not a speaker
        if c.i > cue.i and c.i <= cue.i + 5 and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dative", "appos") \
                and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(d.lower_ == "the" for d in c.lefts)):
            return c
    return None


def subject_of(cue: Token, depth: int = 0) -> Token | None:
    """The token naming who speaks through ``cue``."""
    inverted = inverted_subject(cue) if depth == 0 else None
    if inverted is not None:
        return inverted
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None
    if cue.lemma_.lower() in RAISING_CUES and any(c.dep_ in ("xcomp", "oprd") for c in cue.children):
        # "prices seem to rise": what seems is reported, nobody speaks; but in
        # "he appeared to suggest that ..." he is the one suggesting
        if not any(c.dep_ == "xcomp" and c.lemma_.lower() in speech_verbs() for c in cue.children):
            return None
    agent = None
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # "ZAPORIZHZHIA, Ukraine (AP) — Regional officials warned ...": a
        # dateline read as a second subject; the one nearest the verb speaks
        before = [c for c in subjects if c.i < cue.i]
        return before[-1] if before else subjects[0]
    for child in cue.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            agent = next((o for o in child.children if o.dep_ == "pobj"), None)
    if agent is not None:
        return agent
    if cue.pos_ == "NOUN":  # "his promise to ...", "Graham's endorsement of ...", "a warning from X"
        for child in cue.children:
            if child.dep_ == "poss":
                return child
        if cue.dep_ == "ROOT" and cue.lower_.endswith("s"):
            # "Trump claims that ...": a verb misread as a plural noun with the
            # name as its compound; the name is the subject
            names = [c for c in cue.lefts if c.dep_ == "compound" and c.i == cue.i - 1
                     and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))]
            if names and not any(c.dep_ == "det" for c in cue.lefts):
                return names[0]
        for child in cue.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from") and child.i > cue.i:
                obj = next((o for o in child.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("PROPN", "PRON") or obj is not None and obj.ent_type_:
                    return obj
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON") and cue.tag_ == "VBG":
        return cue.head
    if cue.dep_ == "advcl" and cue.tag_ == "VBN":
        return None  # "Asked about the talks, Kuleba said ...": Kuleba is the one asked, not the asker
    if depth < 2 and cue.dep_ in ("conj", "xcomp", "advcl", "acomp") and cue.head is not cue:
        # (acomp: in "advisers are quick to point out ..." the advisers point it out)
        return subject_of(cue.head, depth + 1)
    if depth < 2 and cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.head.pos_ in ("VERB", "AUX"):
        # "she answered by saying that ...", "after telling them ...": the one
        # who does the governing verb says it
        return subject_of(cue.head.head, depth + 1)
    if depth < 2 and cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.pos_ == "VERB":
        # "he raised questions about ...", "the ad references criticism of ...";
        # not through a concession ("despite growing opposition to X, Washington ...")
        if cue.head.dep_ == "pcomp" and cue.head.head.lower_ in ("despite", "notwithstanding"):
            return None
        return subject_of(cue.head, depth + 1)
    return None


def _adjacent_name(cue: Token, seg: Segment) -> Token | None:
    """The name next to a speech verb outside the quote: "...," said X / reported the Times."""
    doc = cue.doc
    hi = seg.close_at if seg.close_at is not None else seg.end
    for i in list(range(cue.i + 1, min(len(doc), cue.i + 6))) + list(range(cue.i - 1, max(-1, cue.i - 6), -1)):
        t = doc[i]
        if seg.open_at <= t.idx <= hi or t.text in "\u201c\u201d\"\n" or t.is_space:
            break
        if t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i")):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.pos_ == "PROPN":
                t = t.head
            return t
    return None


def _same_line_subject(subj: Token, cue: Token) -> Token | None:
    """The subject on the cue's own line: a parse that runs a dateline or a
    timestamp line ("5:45 p.m.", "The Latest:") into the next sentence makes
    it the subject; the phrase after the line break is the speaker."""
    doc = cue.doc
    breaks = [i for i in range(subj.i, cue.i) if "\n" in doc[i].text or doc[i].text == ":" and i < cue.i - 1]
    if not breaks:
        return subj
    first = breaks[-1] + 1
    while first < cue.i and (doc[first].is_space or doc[first].is_punct):
        first += 1
    roots = [t for t in doc[first:cue.i] if not (first <= t.head.i < cue.i)
             and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return roots[0] if roots else None


def citing_source(cue: Token) -> Token | None:
    """Y in "X, citing Y, reported ..."."""
    for child in cue.children:
        if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("advcl", "xcomp", "conj", "acl"):
            obj = next((o for o in child.children if o.dep_ == "dobj"), None)
            if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in SOURCE_ENTS
                                    or obj.lemma_.lower() in CITED_SOURCES):
                return obj  # not "citing the cost of the war": a reason, not a source
    return None


def _trim_tokens(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Char span of tokens first..last without edge punctuation and quotes."""
    while first <= last and (doc[first].is_punct or doc[first].is_space) and doc[first].text not in "$%":
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


LAST_PARTS: list[tuple[int, int]] = []  # the pieces of the last host-clause content


def indirect_fragments(cue: Token) -> list[tuple[int, int]]:
    """What ``cue`` reports, as the pieces around an inserted cue ("X, he said,
    Y" gives X and Y) or one span; empty when there is nothing."""
    LAST_PARTS.clear()
    span = indirect_content(cue)
    if span is None:
        return []
    parts = [p for p in LAST_PARTS if span[0] <= p[0] and p[1] <= span[1]]
    LAST_PARTS.clear()
    return parts or [span]


RAISING_CUES = frozenset({"seem", "appear"})
SCHEDULE_PASSIVES = frozenset({"expect", "schedule", "set", "slate", "plan", "due"})
# (dependency, first word) of a cue's right-hand modifiers that follow its
# content and lie inside the gold content in more than half the cases on train
TRAILING_CONTENT = frozenset({("advcl", "to"), ("advcl", "if"), ("prep", "than"), ("prep", "since"),
                              ("prep", "including"), ("prep", "among"), ("prep", "by")})


def _stray_conjunct(cue: Token, conj: Token) -> bool:
    """A conjunct the parser hung on the cue that cannot be coordinated with
    it, so it continues the content: a noun ("stressing the cost of shelters,
    generators and fuel") or a bare infinitive after a finite or
    -ing cue ("wants to double X, rebuild Y and open Z"). A conjunct with a
    subject of its own ("..., but the police overruled her") is left out."""
    if any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in conj.children):
        return False
    if conj.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return cue.pos_ in ("VERB", "AUX")
    return conj.tag_ == "VB" and cue.tag_ in ("VBD", "VBZ", "VBG", "VBN")


def _reported_subject(cue: Token, kids: list[Token]) -> Token | None:
    """The subject that PolNeAR-style annotation counts as part of the content:
    the passive subject of a cue whose complement is not a clause ("X is
    expected to Y", "X was described as Y") and the subject of a raising verb
    ("X seems to Y"). On train these subjects are inside the gold content in
    about three cases of four; active subjects (the speakers) almost never."""
    if any(c.dep_ == "ccomp" for c in kids) or cue.pos_ not in ("VERB", "AUX"):
        return None
    for c in cue.children:
        if c.i > cue.i:
            continue
        if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and cue.lemma_.lower() in RAISING_CUES
                                     and any(k.dep_ in ("xcomp", "oprd") for k in kids)):
            if c.lower_ in PRONOUN_SUBJECTS and c.dep_ != "nsubjpass":
                return None
            return c
    return None


def indirect_content(cue: Token) -> tuple[int, int] | None:
    """Char span of what ``cue`` reports (see the module docstring)."""
    doc = cue.doc
    if cue.lower_ == "according":
        host = cue.head
        if host is cue:
            return None
        if host.dep_ == "ccomp" and host.head.lemma_.lower() in speech_verbs():
            host = host.head  # "X said Y, according to Z": Z reports X's saying
        skip_first, skip_last = cue.left_edge.i, cue.right_edge.i
        sent = cue.sent
        lo, hi = (host.left_edge.i, host.right_edge.i) if host.pos_ in ("VERB", "AUX") else (sent.start, sent.end - 1)
        before = (lo, skip_first - 1)
        after = (skip_last + 1, hi)
        first, last = after if after[1] - after[0] >= before[1] - before[0] else before
        if last < first:
            return None
        return _trim_tokens(doc, first, last)
    inverted = inverted_subject(cue)
    if inverted is not None:
        before = [c for c in cue.children if c.i < cue.i and c.dep_ not in ("punct",)]
        first = min((c.left_edge.i for c in before), default=cue.sent.start)
        return _trim_tokens(doc, min(first, cue.sent.start), cue.i - 1)
    kids = [c for c in cue.children if c.dep_ == "ccomp"]
    if not kids:
        kids = [c for c in cue.children
                if c.dep_ in CONTENT_DEPS
                or (c.dep_ == "nsubjpass" and cue.pos_ == "VERB" and c.lower_ not in PRONOUN_SUBJECTS)
                or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and c.i > cue.i)
                or (cue.pos_ in ("NOUN", "PROPN") and c.dep_ in ("acl", "ccomp") and c.i > cue.i)]
        if kids and all(c.dep_ == "nsubjpass" for c in kids) and cue.lemma_.lower() in SCHEDULE_PASSIVES:
            return None  # "the vote is expected next week": a timetable, nothing reported
    if not kids and cue.lemma_.lower() in speech_verbs():
        # "Language unclear on single mothers, experts say": the words before
        # the comma, misparsed as a loose dependent, are what is said
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        kids = [c for c in cue.children if subj is not None and c.i < subj.left_edge.i
                and c.dep_ in ("dep", "nsubj", "npadvmod", "parataxis", "advcl")
                and c.right_edge.i + 1 < subj.left_edge.i and doc[c.right_edge.i + 1].text == ","
                and c.right_edge.i - c.left_edge.i >= 2][:1]
    if not kids:
        if cue.dep_ in HOST_DEPS and cue.head is not cue:
            # "X, he said, Y" / "as she put it, X" / "the plan proposed by X":
            # the content is the host clause around the cue
            host = cue.head
            lo, hi = host.left_edge.i, host.right_edge.i
            if cue.dep_ in ("relcl", "acl") and host.pos_ in ("NOUN", "PROPN"):
                lo = host.left_edge.i
                hi = cue.left_edge.i - 1
            before = _trim_tokens(doc, lo, cue.left_edge.i - 1) if cue.left_edge.i > lo else None
            after = _trim_tokens(doc, cue.right_edge.i + 1, hi) if hi > cue.right_edge.i else None
            parts = [x for x in (before, after) if x is not None and x[1] - x[0] > 1]
            if not parts:
                return None
            LAST_PARTS[:] = parts
            return parts[0][0], parts[-1][1]
        return None
    right = [c for c in kids if c.i > cue.i]
    left = [c for c in kids if c.i < cue.i]
    if right and left:
        kids = left if any(c.dep_ == "ccomp" for c in left) and not any(c.dep_ == "ccomp" for c in right) else right
    first = min(c.left_edge.i for c in kids)
    last = max(c.right_edge.i for c in kids)
    topic = _reported_subject(cue, kids)
    if topic is not None and topic.left_edge.i < first:
        # "the company is expected to ...", "the plan was billed as ...",
        # "prices seem to ...": the subject belongs to what is reported
        subj = subject_of(cue)
        if subj is None or not (topic.left_edge.i <= subj.i < first):
            first = topic.left_edge.i
    for c in sorted((c for c in cue.children if c.i > last), key=lambda t: t.i):
        # trailing modifiers of the cue that train annotation mostly counts as
        # content ("... to avoid a fight", "... if it passes", "... since May")
        if c.dep_ in ("punct", "cc"):
            continue
        if c.dep_ == "conj" and first > cue.i and _stray_conjunct(cue, c) and \
                all(doc[i].is_punct or doc[i].is_space or doc[i].dep_ == "cc" for i in range(last + 1, c.left_edge.i)):
            last = c.right_edge.i
            continue
        if (c.dep_, c.left_edge.lower_) not in TRAILING_CONTENT or \
                any(not (doc[i].is_punct or doc[i].is_space) for i in range(last + 1, c.left_edge.i)):
            break
        last = c.right_edge.i
    for i in range(first, last + 1):  # a trailing "according to Z" is not content
        if doc[i].lower_ == "according" and doc[i].right_edge.i >= last - 1 and i > first:
            last = i - 1
            break
    # the speaker is never part of the content
    subj = subject_of(cue)
    if subj is not None and first <= subj.i <= last:
        # "which he said were ...", "what Trump says his plan would do": the
        # complement's wh-word stands before the speaker; the content is the
        # wh-word and the words after the cue
        lead = doc[first]
        if subj.i > first and cue.i < last and lead.tag_ in ("WDT", "WP", "WRB") \
                and all(doc[i].is_punct or doc[i].is_space for i in range(first + 1, subj.left_edge.i)):
            after = _trim_tokens(doc, cue.i + 1, last)
            if after is None:
                return None
            parts = [(lead.idx, lead.idx + len(lead.text)), after]
            LAST_PARTS[:] = parts
            return parts[0][0], parts[-1][1]
        return None
    head = _gap_head(cue)
    if head is not None and first > cue.i:
        # "a decision they say allowed X to ...": the noun is the reported
        # clause's missing subject or object, so it is content too
        lead = _trim_tokens(doc, head.left_edge.i, cue.left_edge.i - 1)
        after = _trim_tokens(doc, first, last)
        if lead is not None and after is not None:
            LAST_PARTS[:] = [lead, after]
            return lead[0], after[1]
    return _trim_tokens(doc, first, last)


def _gap_head(cue: Token) -> Token | None:
    """The noun a relative clause or participle cue modifies when that noun is
    what is reported, not who reports it: "the decision they say allowed
    ...", "the contests known as ...", "questions she preferred not to
    answer" (not "the minister, who said ...", "officials saying ...")."""
    head = cue.head
    if head is cue or head.i > cue.i or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if cue.dep_ not in ("relcl", "acl") or any(c.tag_ == "WRB" for c in cue.children):
        return None  # ("the day when Russia declared ...": a time, not what is declared)
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return None if subj.tag_ in ("WDT", "WP", "WP$") or subj.lower_ == "that" else head
    return head if cue.dep_ == "acl" and cue.tag_ == "VBN" else None


class QuoteExtractor:
    def __init__(self) -> None:
        self.model = CueModel.load()
        self.records = RecordModel.load() if USE_RECORD_MODEL else None
        self.verbs = speech_verbs()
        self.outlets = outlets()

    # -- helpers ---------------------------------------------------------
    def is_relay(self, speaker: Speaker | None) -> bool:
        if speaker is None or speaker.name is None:
            return False
        return self.outlets.kinds.get(speaker.name) in RELAY_KINDS

    def direct_cue_ok(self, token: Token) -> bool:
        if token.lower_ == "according":
            return any(c.lower_ == "to" for c in token.children)
        if token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = token.lemma_.lower()
        return lemma in self.verbs or self.model.prob(token) >= DIRECT_CUE_THRESHOLD

    def speaker_for(self, cue: Token, index: EntityIndex, context: Speaker | None = None,
                    seg: Segment | None = None) -> tuple[Speaker | None, list[str]]:
        relays: list[str] = []
        subj = subject_of(cue)
        if seg is not None:
            hi = seg.close_at if seg.close_at is not None else seg.end
            if subj is not None and seg.open_at <= subj.idx <= hi:
                subj = None
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)
            if cue.lower_ != "according" and not (passive and subj is None) and (
                    subj is None or (subj.dep_ != "nsubj" and subj.pos_ not in ("PROPN", "PRON"))):
                # (a passive cue without an agent names no speaker: in "he was asked about
                # Cuba's policy, '...'" the asker is unnamed, not Cuba)
                subj = _adjacent_name(cue, seg) or subj
        if subj is not None and subj.i < cue.i:
            subj = _same_line_subject(subj, cue)
        cited = citing_source(cue)
        speaker = resolve_speaker(subj, index, context) if subj is not None else None
        if cited is not None:
            if self.is_relay(speaker) and speaker is not None and speaker.name:
                relays.append(speaker.name)
            speaker = resolve_speaker(cited, index, context)
        for child in cue.children:  # "told Reuters", "told the Times"
            if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ("tell", "say"):
                hit = index.at(child.idx, child.idx + len(child.text))
                if hit is not None and self.outlets.kinds.get(hit[2]) in RELAY_KINDS:
                    relays.append(hit[2])
        return speaker, relays

    # -- the passes ------------------------------------------------------
    def __call__(self, doc: Doc) -> tuple[list[Quote], list[ScareQuote]]:
        text = doc.text
        self._text = (doc, text)  # doc.text rebuilds the string on every access
        index = EntityIndex(doc, text)
        segs = quote_segments(text)
        starts = [t.idx for t in doc]
        para_starts = line_starts(text)

        def tok_at(pos: int) -> int:
            return max(0, bisect.bisect_right(starts, pos) - 1)

        def para_of(pos: int) -> int:
            return bisect.bisect_right(para_starts, pos) - 1

        outer = [k for k, s in enumerate(segs) if s.parent is None]
        quoted = bytearray(len(doc))  # 1 = inside an outer quotation
        for k in outer:
            s = segs[k]
            hi = s.close_at if s.close_at is not None else s.end
            for i in range(tok_at(s.open_at), min(len(doc), tok_at(max(hi, s.open_at)) + 1)):
                if s.open_at <= doc[i].idx <= hi:
                    quoted[i] = 1

        records: list[_Rec] = []
        scare: list[ScareQuote] = []
        claimed: set[int] = set()
        seg_rec: dict[int, _Rec] = {}

        for k in outer:
            s = segs[k]
            first_tok, last_tok = tok_at(s.start), tok_at(max(s.start, s.end - 1))
            words = sum(1 for i in range(first_tok, last_tok + 1) if doc[i].is_alpha)
            p = para_of(s.open_at)
            p_lo = para_starts[p]
            p_hi = para_starts[p + 1] if p + 1 < len(para_starts) else len(text)
            lo_tok = doc[first_tok].sent.start
            hi_tok = doc[last_tok].sent.end
            after = (s.close_at or s.end) + 1
            if after < len(text) and text[s.end - 1:s.end] in (",", "?", "!", "\u2026") and hi_tok < len(doc):
                hi_tok = doc[hi_tok].sent.end
            best: Token | None = None
            best_d = 10 ** 9
            for i in range(lo_tok, hi_tok):
                t = doc[i]
                if quoted[i] or not (p_lo <= t.idx < p_hi) or not self.direct_cue_ok(t):
                    continue
                d = s.open_at - t.idx if t.idx < s.open_at else t.idx - (s.close_at or s.end)
                if subject_of(t) is None and t.dep_ != "acl":
                    d += 60
                if t.tag_ in ("VBG", "VBN") and t.dep_ in ("advcl", "xcomp", "conj", "acl") and t.lemma_.lower() not in self.verbs:
                    # '“A,” he said, referring to the strikes, “B”', 'As X explained in an editorial
                    # opposing the war, “B”': an adjunct or a noun's participle is no cue
                    d += 60
                if d < best_d:
                    best, best_d = t, d
            prev_text = text[p_lo:s.open_at].rstrip()
            mid_sentence = bool(prev_text) and prev_text[-1] not in ".:,!?\u2014-" and not prev_text.endswith(("said", "says"))
            credit = self._credit(doc, s, k, index, text) if words >= 3 else None
            named = self._colon_name(doc, s, tok_at) if words >= 4 and credit is None else None
            if named is not None and (best is None or best.i < named[0].i):  # "… - Jane Roe: “…”": the label names the speaker
                rec = _Rec(s.start, s.end, True, resolve_speaker(named[0], index), named[1], k)
                rec.relays = []
                records.append(rec)
                seg_rec[k] = rec
                continue
            if credit is not None:
                pos = outer.index(k)
                prev = seg_rec.get(outer[pos - 1]) if pos > 0 else None
                if prev is not None and prev.direct and para_of(prev.start) == p \
                        and (prev.cue is None or prev.cue == credit.cue):
                    prev.extend(credit.start, credit.end)  # the credit closes the whole passage
                    prev.speaker, prev.cue = credit.speaker, credit.cue
                    seg_rec[k] = prev
                else:
                    records.append(credit)
                    seg_rec[k] = credit
                continue
            if best is not None and (words >= 4 and not mid_sentence
                                     or words >= 2 and best.lemma_.lower() in self.verbs
                                     and (best_d <= 3 or self._speaker_tag(doc, s, best, mid_sentence))):
                speaker, relays = self.speaker_for(best, index, seg=s)
                cue_span = (best.idx, best.idx + len(best.text))
                if best.lower_ == "according":
                    cue_span = (best.idx, best.nbor(1).idx + len(best.nbor(1).text)) if best.i + 1 < len(doc) else cue_span
                rec = _Rec(s.start, s.end, True, speaker, cue_span, k)
                rec.relays = relays
                prev = seg_rec.get(outer[outer.index(k) - 1]) if outer.index(k) > 0 else None
                if (prev is not None and prev.cue == cue_span and para_of(prev.start) == p):
                    prev.extend(s.start, s.end)  # "...," she said, "..." : one record
                    seg_rec[k] = prev
                else:
                    records.append(rec)
                    seg_rec[k] = rec
                claimed.add(best.i)
                tail = self._unquoted_tail(doc, s, best)
                if tail is not None:
                    seg_rec[k].extend(*tail)
                lead = None
                if seg_rec[k] is rec:
                    if mid_sentence or prev_text.endswith(","):
                        lead = self._unquoted_lead(doc, s, best, verbless=not mid_sentence)
                    if lead is None:
                        lead = self._complement_lead(doc, s, best)
                if lead is not None:
                    rec.start = lead[0]
                    rec.fragments.insert(0, lead)
                continue
            if best is not None and (words < 4 or mid_sentence):
                # a partial quote inside reported speech: the reported-speech pass covers it
                if words <= 6 and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(first_tok, last_tok + 1)):
                    scare.append(self._scare(doc, s, first_tok))
                continue
            # no cue of its own: a continuation, a colon introduction, or no speaker
            pos = outer.index(k)
            prev_k = outer[pos - 1] if pos > 0 else None
            prev = seg_rec.get(prev_k) if prev_k is not None else None
            if prev is not None and words >= 2:
                pp = para_of(segs[prev_k].open_at)
                between = text[(segs[prev_k].close_at or segs[prev_k].end) + 1:s.open_at]
                reopened = pp < p and text[para_starts[pp + 1] if pp + 1 < len(para_starts) else p_lo:p_lo].strip() == ""
                tag_between = prev.cue is not None and segs[prev_k].end <= prev.cue[0] < s.open_at
                if pp == p and prev.direct and (len(between.split()) <= 15
                                                or tag_between and len(between.split()) <= 45):
                    prev.extend(s.start, s.end)  # "...," she said. "..." : one record
                    seg_rec[k] = prev
                    continue
                left_open = segs[prev_k].close_at is None and p - pp <= 3 and p_lo == s.open_at
                reopened = reopened and segs[prev_k].close_at is None
                if (reopened and p_lo == s.open_at or left_open) and prev.direct \
                        and not text[prev.end:s.start].strip(" \t\n\r\u00a0" + QUOTE_CHARS):
                    # a quotation left open at a paragraph's end and reopened at the
                    # next one's start goes on: one record (news style)
                    prev.extend(s.start, s.end)
                    seg_rec[k] = prev
                    continue
                if pp == p and prev.direct or reopened and p_lo == s.open_at or left_open:
                    rec = _Rec(s.start, s.end, True, prev.speaker, prev.cue, k)
                    rec.relays = list(prev.relays)
                    records.append(rec)
                    seg_rec[k] = rec
                    continue
            intro = self._colon_cue(doc, s, p, para_starts, quoted, tok_at)
            carried = False
            if intro is None and words >= 4 and not mid_sentence:
                intro = self._previous_tag(doc, s, p, para_starts, quoted, tok_at)
                carried = intro is not None
            if intro is not None and words >= 2:
                speaker, relays = self.speaker_for(intro, index)
                rec = _Rec(s.start, s.end, True, speaker, (intro.idx, intro.idx + len(intro.text)), k)
                rec.relays = relays
                records.append(rec)
                seg_rec[k] = rec
                if not carried:  # a carried-over tag keeps its own sentence's record
                    claimed.add(intro.i)
                continue
            if words <= 5 or mid_sentence:
                scare.append(self._scare(doc, s, first_tok))
                continue
            # a passage right after an outlet's report: the outlet's words
            source = None
            j = tok_at(s.open_at) - 1
            while j >= 0 and s.open_at - doc[j].idx < 400:
                t = doc[j]
                if text[t.idx:t.idx + 1] == "\n" and source is None and j < tok_at(s.open_at) - 1:
                    break  # not past the paragraph
                if not quoted[j] and self.direct_cue_ok(t):
                    sp, relays = self.speaker_for(t, index)
                    if self.is_relay(sp):  # "the Times reported, X announced ... “..."
                        source = (sp, (t.idx, t.idx + len(t.text)), relays)
                        break
                j -= 1
            if source is not None:
                rec = _Rec(s.start, s.end, True, source[0], source[1], k)
                rec.relays = list(source[2])
                records.append(rec)
                seg_rec[k] = rec
                continue
            rec = _Rec(s.start, s.end, True, None, None, k)
            records.append(rec)
            seg_rec[k] = rec

        # nested quotes inside outer ones that carry a cue of their own
        for k, s in enumerate(segs):
            if s.parent is None:
                continue
            first_tok, last_tok = tok_at(s.start), tok_at(max(s.start, s.end - 1))
            words = sum(1 for i in range(first_tok, last_tok + 1) if doc[i].is_alpha)
            if words < 4:
                continue
            par = segs[s.parent]
            best = None
            for i in range(doc[first_tok].sent.start, min(len(doc), doc[last_tok].sent.end)):
                t = doc[i]
                if not (par.start <= t.idx < par.end) or (s.open_at <= t.idx <= (s.close_at or s.end)):
                    continue
                if self.direct_cue_ok(t) and t.lemma_.lower() in self.verbs:
                    if best is None or abs(t.idx - s.open_at) < abs(best.idx - s.open_at):
                        best = t
            if best is None:
                continue
            speaker, relays = self.speaker_for(best, index, seg=s)
            if best.tag_ in ("VBG", "VBN") and best.dep_ == "advcl" \
                    and not (par.open_at <= best.head.idx <= (par.close_at or par.end)):
                # “Describing X as ‘…,’” the Times reported, “Mr. Putin noted …”: the
                # participle's subject is the one of the passage that continues the quote
                speaker = self._continued_subject(doc, segs, s.parent, index) or speaker
            rec = _Rec(s.start, s.end, True, speaker, (best.idx, best.idx + len(best.text)), k)
            rec.relays = relays
            records.append(rec)
            claimed.add(best.i)

        # reported speech: candidates first, then the record model judges each
        # knowing the others (a report nested in another one's content)
        pending: list[tuple[_Rec, list[str] | None, float, Token]] = []
        for t in doc:
            if t.i in claimed or not _candidate(t):
                continue
            cue_p = self.model.prob(t)
            if cue_p < (CUE_THRESHOLD if self.records is None else CANDIDATE_THRESHOLD):
                continue
            if t.lemma_.lower() in ("cite", "quote") and t.dep_ in ("advcl", "xcomp", "conj", "acl"):
                # "X, citing Y, reported": Y is the source of X's report; the
                # citing itself is a record of its own (X cites Y)
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if obj is not None and t.lower_ == "citing" and not quoted[t.i]:
                    cited = _trim_tokens(doc, obj.left_edge.i, obj.right_edge.i)
                    if cited is not None and not any(r.start <= cited[0] and cited[1] <= r.end and r.cue == (t.idx, t.idx + len(t.text))
                                                     for r in records):
                        subj = subject_of(t, depth=1)  # not the cited object read as an inverted subject
                        speaker = resolve_speaker(subj, index) if subj is not None else None
                        rec = _Rec(cited[0], cited[1], False, speaker, (t.idx, t.idx + len(t.text)))
                        rec.relays = []
                        records.append(rec)
                continue
            pieces = indirect_fragments(t)
            if not pieces:
                continue
            span = (pieces[0][0], pieces[-1][1])
            if span[1] - span[0] < 2:
                continue
            p = para_of(t.idx)
            p_lo = para_starts[p]
            p_hi = para_starts[p + 1] - 1 if p + 1 < len(para_starts) else len(text)
            span = (max(span[0], p_lo), min(span[1], p_hi))
            while span[0] < span[1] and (text[span[0]].isspace() or text[span[0]] in "\u201c\u201d\"\u2018\u2019'"):
                span = (span[0] + 1, span[1])
            while span[1] > span[0] and (text[span[1] - 1].isspace() or text[span[1] - 1] in "\u201c\u201d\"\u2018\u2019'"):
                span = (span[0], span[1] - 1)
            if span[1] - span[0] < 2:
                continue
            if DEDUPE and any(r.direct and r.segment is not None and min(r.end, span[1]) - max(r.start, span[0])
                   > 0.5 * (span[1] - span[0]) and not (r.start <= t.idx < r.end) for r in records):
                continue
            if not quoted[t.i] and any(segs[k].start <= span[0] and span[1] <= segs[k].end + 1
                                       for k in outer if k in seg_rec):
                continue  # the direct quote already stands for it
            speaker, relays = self.speaker_for(t, index)
            if self.records is not None and quoted[t.i]:
                # reported speech inside a quoted passage (an outlet quoting an
                # official): PolNeAR does not annotate it, so the record model
                # has not learnt it; the cue model alone decides
                subj = subject_of(t)
                if cue_p < CUE_THRESHOLD or t.lemma_.lower() not in self.verbs or subj is None \
                        or subj.lower_ in ("i", "we", "you"):
                    continue
            feats = None
            if self.records is not None and not quoted[t.i]:
                feats = record_features(t, span, speaker, cue_p, bool(quoted[t.i]), text)
            cue_span = (t.idx, t.idx + len(t.text))
            if t.lower_ == "according" and t.i + 1 < len(doc):
                cue_span = (t.idx, t.nbor(1).idx + len(t.nbor(1).text))
            direct = text[span[0] - 1:span[0]] in "\u201c\"" and span[0] > 0
            pieces = [(max(a, span[0]), min(b, span[1])) for a, b in pieces]
            rec = _Rec(span[0], span[1], direct, speaker, cue_span,
                       fragments=[(a, b) for a, b in pieces if a < b] or [span])
            rec.relays = relays
            if WEAK_FILTER and _weak_record(t, speaker):
                continue
            pending.append((rec, feats, cue_p, t))
        records.extend(self._judge(pending, records))

        records.extend(self._colon_lines(doc, records, index))
        records.extend(self._survey_preps(doc, records, index, quoted))
        return self._finish(doc, records, index), scare

    def _judge(self, pending: list[tuple[_Rec, list[str] | None, float, Token]],
               records: list[_Rec]) -> list[_Rec]:
        """The reported-speech candidates the record model keeps. A candidate
        whose cue and content lie inside another record's content is a report
        within a report; PolNeAR annotates the outer one far more often."""
        spans = [(r.start, r.end, r.cue) for r in records] + [(r.start, r.end, r.cue) for r, *_ in pending]
        kept: list[_Rec] = []
        for rec, feats, cue_p, t in pending:
            if feats is None:
                kept.append(rec)
                continue
            anchor = rec.cue[0] if rec.cue else rec.start
            nested = any(s <= anchor < e and s <= rec.start and rec.end <= e + 2 and cue != rec.cue
                         and (s, e) != (rec.start, rec.end) for s, e, cue in spans)
            inner = any(cue is not None and cue != rec.cue and rec.start <= cue[0] < rec.end
                        and rec.start <= s and e <= rec.end + 2 for s, e, cue in spans)
            lemma = t.lemma_.lower()
            feats = feats + [f"nest={int(nested)}{int(inner)}", f"Lnest={lemma}|{int(nested)}",
                             f"dup={self._rival(rec, cue_p, pending)}",
                             f"dq={int(any(r.direct and _shared(r, rec) >= 0.5 for r in records))}"]
            if RECORD_SINK is not None:
                RECORD_SINK.append((feats, rec.cue, (rec.start, rec.end), cue_p))
                continue
            if self.records is not None and self.records.prob(feats) < RECORD_THRESHOLD \
                    and cue_p < KEEP_CUE_THRESHOLD:
                if DEBUG_RECORDS:
                    print("drop", t.text, round(cue_p, 2), round(self.records.prob(feats), 2), feats)
                continue
            kept.append(rec)
        return kept

    @staticmethod
    def _rival(rec: _Rec, cue_p: float, pending: list[tuple[_Rec, list[str] | None, float, Token]]) -> str:
        """Whether another cue offers mostly the same content ("weaker" when that
        cue is stronger): two cues rarely both report one content in PolNeAR."""
        best: float | None = None
        for other, _f, other_p, _t in pending:
            if other is rec or other.cue == rec.cue or _shared(other, rec) < 0.5:
                continue
            best = other_p if best is None else max(best, other_p)
        if best is None:
            return "none"
        return "weaker" if best > cue_p else "stronger"

    def _credit(self, doc: Doc, s: Segment, k: int, index: EntityIndex, text: str) -> _Rec | None:
        """A quotation whose speaker is given by a dash credit after it
        ("“…” ― Jane Roe") or by a transcript label opening it ("“SMITH: …")."""
        if s.close_at is not None:
            m = _DASH_CREDIT.match(text, s.close_at + 1, min(len(text), s.close_at + 80))
            if m is not None:
                span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
                if span is not None and len(span) and any(t.pos_ == "PROPN" for t in span):
                    speaker = resolve_speaker(span[-1], index)
                    speaker = Speaker(speaker.name, m.start(2), m.end(2), speaker.entity_id, speaker.kind)
                    rec = _Rec(s.start, s.end, True, speaker, (m.start(1), m.end(1)), k)
                    rec.relays = []
                    return rec
        m = _TRANSCRIPT.match(text, s.start, s.end)
        if m is not None and m.group(1).strip().lower() not in COLON_LABELS and m.end() < s.end - 2:
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is not None and len(span):
                speaker = resolve_speaker(span[-1], index)
                speaker = Speaker(speaker.name, m.start(1), m.end(1), speaker.entity_id, speaker.kind)
                colon = m.end(1)
                rec = _Rec(m.end(), s.end, True, speaker, (colon, colon + 1), k)
                rec.relays = []
                return rec
        return None

    def _survey_preps(self, doc: Doc, records: list[_Rec], index: EntityIndex,
                      quoted: bytearray) -> list[_Rec]:
        """A finding attributed to a poll or survey by a preposition: "In the
        latest poll, X leads Y by ten points" (the source is the poll, the cue
        "in", the content the rest of the clause)."""
        out: list[_Rec] = []
        for t in doc:
            if t.lower_ not in PREP_CUES or t.dep_ != "prep" or quoted[t.i]:
                continue
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            cue_tok = t
            holder: Token | None = obj
            if t.lower_ == "in" and obj.lemma_.lower() in VIEW_NOUNS:
                # "in X's view, ...", "in the eyes of X, ...": X holds the view
                cue_tok = obj
                holder = next((c for c in obj.children if c.dep_ == "poss"), None)
                if holder is None:
                    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if holder is None:
                    continue
            elif t.lower_ == "in":
                if obj.lemma_.lower() not in SURVEY_NOUNS:
                    continue
            else:
                # "For many voters, the race is over": set off by a comma, the
                # one it is for is a person or group
                nxt = t.right_edge.i + 1
                if nxt >= len(doc) or doc[nxt].text != "," or not (t.i == t.sent.start or doc[t.i - 1].text == ","):
                    continue
                if not (obj.lower_ in ("him", "her", "them", "me", "us")
                        or obj.lemma_.lower() in HOLDER_NOUNS and obj.pos_ != "PROPN"):
                    continue
            host = t.head
            if host.pos_ not in ("VERB", "AUX") or host.lemma_.lower() in self.verbs:
                continue
            skip_first, skip_last = t.left_edge.i, t.right_edge.i
            lo, hi = host.left_edge.i, host.right_edge.i
            before = (lo, skip_first - 1)
            after = (skip_last + 1, hi)
            first, last = after if after[1] - after[0] >= before[1] - before[0] else before
            if last - first < 2 or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and first <= c.i <= last
                                            for c in host.children):
                continue  # the content is a whole clause, not a fragment of one
            span = _trim_tokens(doc, first, last)
            if span is None:
                continue
            start, end = span
            overlapping = [r for r in records if r.start < end and start < r.end]
            if any(r.direct or not (start <= r.start and r.end <= end) for r in overlapping):
                continue
            for r in overlapping:  # "support for X" inside the poll's finding is part of it
                records.remove(r)
            found = resolve_speaker(holder, index)
            if holder is obj:
                right = obj.right_edge
                speaker = Speaker(found.name, obj.left_edge.idx, right.idx + len(right.text),
                                  found.entity_id, found.kind)  # the whole "the latest X poll"
            else:
                speaker = found
            rec = _Rec(start, end, False, speaker, (cue_tok.idx, cue_tok.idx + len(cue_tok.text)))
            rec.relays = []
            out.append(rec)
        return out

    def _colon_lines(self, doc: Doc, records: list[_Rec], index: EntityIndex) -> list[_Rec]:
        """Attribution by a colon: a headline "Name: what they said" (the first
        line of the article) and a transcript line "NAME: what they said". The
        prefix must look like a name (capitalised words, no verb), and labels
        ("Update:", "Photo:", "Q:") are not speakers."""
        text = self._doc_text(doc)
        out: list[_Rec] = []
        for m in _COLON_LINE.finditer(text):
            head = m.start() == 0
            pre = m.group(1).strip()
            words = pre.split()
            body = m.group(2).rstrip()
            if len(words) > 4 or pre.lower().rstrip(".") in COLON_LABELS or len(body.split()) < 3:
                continue
            if not all(w[:1].isupper() or w in ("of", "and", "&", "de", "von", "van") for w in words):
                continue
            if not head and not (pre.isupper() and len(pre) > 1 and pre.lower() not in ("q", "a")):
                continue
            if not head and len(body.split()) < 4:
                continue
            if any(w.lower().rstrip(".,") in COLON_VERBS for w in words):
                continue
            start, end = m.start(2), m.start(2) + len(body)
            while end > start and text[end - 1] in ".;, ":
                end -= 1
            inside = [r for r in records if r.start < end and start < r.end]
            if inside and not (head and all(start <= r.start and r.end <= end + 2 for r in inside)):
                continue
            span = doc.char_span(m.start(1), m.start(1) + len(pre), alignment_mode="expand")
            if span is None or not len(span):
                continue
            if any(t.pos_ in ("VERB", "AUX", "PRON", "DET", "NUM") for t in span):
                continue
            speaker = resolve_speaker(span[-1], index)
            colon = m.end(1)
            rec = _Rec(start, end, text[start:start + 1] in "\u201c\u2018\"'", speaker, (colon, colon + 1))
            rec.relays = []
            out.append(rec)
            for r in inside:  # a quotation inside the headline is part of what is said
                records.remove(r)
        return out

    def _unquoted_tail(self, doc: Doc, s: Segment, cue: Token) -> tuple[int, int] | None:
        """The unquoted rest of a sentence that a quotation runs into ("“…the
        breaking point” to drive up the price, she said"): the quote closes with
        no punctuation of its own and the sentence goes on in lower case. The
        tail ends before the speaker tag or at the sentence end."""
        text = self._doc_text(doc)
        if s.close_at is None or s.end <= s.start or text[s.end - 1] in ",.!?;:\u2026\u2014-":
            return None
        m = re.match(r"[ \t]+[a-z]", text[s.close_at + 1:s.close_at + 4])
        if m is None:
            return None
        first = self._tok_at(doc, s.close_at + 1 + len(m.group(0)) - 1)
        if first >= len(doc) or doc[first].idx <= s.close_at:
            return None
        last = doc[first].sent.end - 1
        if first < cue.i <= last:
            subj = subject_of(cue)
            stop = min(cue.left_edge.i if cue.left_edge.i > first else cue.i,
                       subj.left_edge.i if subj is not None and subj.i > first else cue.i)
            j = stop - 1
            while j >= first and not (doc[j].text == "," or doc[j].is_space):
                j -= 1
            if j < first:
                return None  # the tag is not set off: the tail is not the quote's
            last = j
        if last < first:
            return None
        return _trim_tokens(doc, first, last)

    def _unquoted_lead(self, doc: Doc, s: Segment, cue: Token, verbless: bool = False) -> tuple[int, int] | None:
        """The unquoted start of the sentence a quotation continues ("X issued a
        notice and “…,” she said"), when the cue follows the quotation. With
        ``verbless``, only a lead without a verb ("With three lines of trenches,
        “the town will not fall this winter,” he said"): a lead with
        a verb of its own before a comma is more often a sentence of its own."""
        if cue.idx < (s.close_at or s.end):
            return None
        open_tok = self._tok_at(doc, s.open_at)
        first = doc[open_tok].sent.start
        if first >= open_tok or self._doc_text(doc)[doc[first].idx:s.open_at].count("\u201c") \
                + self._doc_text(doc)[doc[first].idx:s.open_at].count('"') > 0:
            return None
        if verbless and any(doc[i].pos_ in ("VERB", "AUX") for i in range(first, open_tok)):
            return None
        return _trim_tokens(doc, first, open_tok - 1)

    def _complement_lead(self, doc: Doc, s: Segment, cue: Token) -> tuple[int, int] | None:
        """The unquoted start of the reported clause a quotation ends, when the
        cue comes first ("the mayor said the city would shelter
        everyone -- “the child but also the grandmother”"): the cue's clausal
        complement begins after the cue and runs up to the quotation."""
        if cue.idx > s.open_at:
            return None
        open_tok = self._tok_at(doc, s.open_at)
        if doc[open_tok].sent != cue.sent:
            return None
        comp = next((c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.left_edge.i < open_tok
                     and all(doc[i].is_punct or doc[i].is_space for i in range(c.right_edge.i + 1, open_tok))),
                    None)  # the complement reaches the quotation, bar a dash or colon
        if comp is None:
            return None
        text = self._doc_text(doc)
        between = text[doc[comp.left_edge.i].idx:s.open_at]
        if any(ch in between for ch in "\u201c\u201d\"\n"):
            return None
        return _trim_tokens(doc, comp.left_edge.i, open_tok - 1)

    def _doc_text(self, doc: Doc) -> str:
        cached = getattr(self, "_text", None)
        return cached[1] if cached is not None and cached[0] is doc else doc.text

    @staticmethod
    def _tok_at(doc: Doc, pos: int) -> int:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def _speaker_tag(self, doc: Doc, s: Segment, cue: Token, mid_sentence: bool) -> bool:
        """A short quote closed by a comma and followed by just its speaker and
        the verb ("“Not yet,” the deputy defence minister said.")."""
        if mid_sentence or s.close_at is None or cue.idx < s.close_at:
            return False
        if doc[self._tok_at(doc, s.end - 1)].text[-1:] not in (",", "?", "!") \
                and doc[self._tok_at(doc, s.end - 1)].text not in (",", "?", "!"):
            return False
        subj = subject_of(cue)
        if subj is None:
            return False
        inside = {t.i for t in subj.subtree}
        i = cue.i - 1
        while i >= 0 and doc[i].idx > s.close_at:
            t = doc[i]
            if t.i not in inside and not (t.is_punct or t.is_space):
                return False
            i -= 1
        return True

    def _continued_subject(self, doc: Doc, segs: list[Segment], parent: int,
                           index: EntityIndex) -> Speaker | None:
        """The subject of the first clause of the quoted passage that continues
        passage ``parent`` in the same sentence ("…,” the Times reported, “X noted …")."""
        par = segs[parent]
        end = par.close_at if par.close_at is not None else par.end
        nxt = [g for g in segs if g.parent is None and end < g.open_at <= end + 80
               and "\n" not in self._doc_text(doc)[end:g.open_at]]
        if not nxt:
            return None
        g = nxt[0]
        for t in doc.char_span(g.start, g.end, alignment_mode="expand") or []:
            if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and t.pos_ in ("PROPN", "PRON", "NOUN"):
                sp = resolve_speaker(t, index)
                return sp if sp.name else None
        return None

    def _colon_before(self, doc: Doc, s: Segment) -> int | None:
        """The offset of a colon that ends the text right before the quotation."""
        before = self._doc_text(doc)[:s.open_at].rstrip()
        return len(before) - 1 if before.endswith(":") else None

    def _colon_cue(self, doc: Doc, s: Segment, p: int, para_starts: list[int],
                   quoted: bytearray, tok_at) -> Token | None:  # type: ignore[no-untyped-def]
        """A cue in the text just before the quote that ends with a colon
        ("Fernandez de Cossio replied:"), in this paragraph or the previous one."""
        colon = self._colon_before(doc, s)
        if colon is None:
            return None
        i = tok_at(colon)
        sent = doc[i].sent
        for j in range(i - 1, max(sent.start, i - 40) - 1, -1):
            t = doc[j]
            if not quoted[j] and self.direct_cue_ok(t):
                return t
        return None

    def _colon_name(self, doc: Doc, s: Segment, tok_at) -> tuple[Token, tuple[int, int]] | None:  # type: ignore[no-untyped-def]
        """A name right before a colon that introduces the quotation ("Pollsters
        disagree - Jane Roe: “…”"): the name is the speaker, the colon the cue."""
        colon = self._colon_before(doc, s)
        if colon is None:
            return None
        i = tok_at(colon)
        j = i - 1 if doc[i].text == ":" else i
        if j < 0 or doc[j].pos_ != "PROPN" or doc[j].ent_type_ not in ("PERSON", "ORG", ""):
            return None
        k = j
        while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN" and j - k < 3:
            k -= 1
        if not doc[j].ent_type_ and k == j:
            return None  # a lone capitalised word with no entity type is no name
        prev = doc[k - 1] if k > 0 else None
        if prev is not None and not (prev.is_punct or prev.is_space or prev.lower_ in ("here", "'s", "\u2019s", "is")):
            return None  # "... met with Jane Roe:" is not a speaker label
        return doc[j], (colon, colon + 1)

    def _previous_tag(self, doc: Doc, s: Segment, p: int, para_starts: list[int],
                      quoted: bytearray, tok_at) -> Token | None:  # type: ignore[no-untyped-def]
        """A quotation opening its own paragraph right after a paragraph that
        ends on a speech tag ("... , Lee said.\n\n“…”"): the same speaker goes on."""
        text = self._doc_text(doc)
        if para_starts[p] != s.open_at and text[para_starts[p]:s.open_at].strip():
            return None
        q = p - 1
        while q >= 0 and not text[para_starts[q]:para_starts[q + 1]].strip():
            q -= 1
        if q < 0:
            return None
        prev_text = text[para_starts[q]:para_starts[q + 1]].rstrip()
        if not prev_text.endswith("."):
            return None
        last = tok_at(para_starts[q] + len(prev_text) - 1)
        sent = doc[last].sent
        for j in range(last - 1, max(sent.start, last - 8) - 1, -1):
            t = doc[j]
            if quoted[j]:
                break
            if t.lemma_.lower() in self.verbs and t.pos_ in ("VERB", "AUX") and subject_of(t) is not None \
                    and subject_of(t).pos_ in ("PROPN", "PRON", "NOUN") and subject_of(t).lower_ not in ("it", "i", "we", "you"):
                return t
        return None

    def _scare(self, doc: Doc, s: Segment, first_tok: int) -> ScareQuote:
        text = self._doc_text(doc)
        before = text[max(0, s.open_at - 40):s.open_at].lower().split()
        inner = text[s.start:s.end]
        kind = "scare"
        if before and before[-1].strip(",:") in TITLE_WORDS:
            kind = "title"
        elif sum(w[:1].isupper() for w in inner.split()) >= max(2, len(inner.split()) - 1) and len(inner.split()) > 1:
            kind = "title"
        return ScareQuote(s.start, s.end, inner, kind)

    def _finish(self, doc: Doc, records: list[_Rec], index: EntityIndex) -> list[Quote]:
        text = self._doc_text(doc)
        # outlet chains: a record inside the content of a record spoken by an outlet
        order = sorted(range(len(records)), key=lambda r: -(records[r].end - records[r].start))
        for pos, r in enumerate(order):
            rec = records[r]
            anchor = rec.cue[0] if rec.cue else rec.start
            for q in order[:pos]:
                outer = records[q]
                if outer is rec or not (outer.start <= anchor < outer.end and outer.start <= rec.start
                                        and rec.end <= outer.end + 2):
                    continue
                chain = list(outer.relays)
                if self.is_relay(outer.speaker) and outer.speaker is not None and outer.speaker.name:
                    chain.append(outer.speaker.name)
                if chain:
                    merged = chain + [x for x in rec.relays if x not in chain]
                    if rec.speaker is not None and rec.speaker.name in merged and merged[-1] == rec.speaker.name:
                        merged.pop()
                    rec.relays = merged
        for rec in records:
            if not rec.relays:
                outlet = _trailing_outlet(text, rec, index)
                if outlet is not None and (rec.speaker is None or rec.speaker.name != outlet):
                    rec.relays = [outlet]  # '"...," he said, Reuters reported.'
        dropped: set[int] = set()
        for rec in records:
            longer = [o for o in records if o is not rec and o.direct and abs(o.start - rec.start) <= 2
                      and o.end > rec.end + 2 and not self.is_relay(o.speaker)]
            if rec.direct and not rec.relays and longer:
                # the same quotation read twice, once running on past its closing
                # mark: keep the longer, with this reading's cue and speaker if it has none
                if longer[0].cue is None and longer[0].speaker is None:
                    longer[0].cue, longer[0].speaker = rec.cue, rec.speaker
                dropped.add(id(rec))
        quotes: list[Quote] = []
        seen: set[tuple[int, int]] = set()
        for rec in sorted(records, key=lambda r: (r.start, r.end)):
            if (rec.start, rec.end) in seen or id(rec) in dropped:
                continue
            seen.add((rec.start, rec.end))
            sp = rec.speaker
            frags = sorted(set(rec.fragments))
            quotes.append(Quote(
                start=rec.start, end=rec.end, text=text[rec.start:rec.end],
                direct=rec.direct and not _runs_past_its_close(text[rec.start:rec.end]),
                speaker=sp.name if sp else None,
                speaker_start=sp.start if sp else None, speaker_end=sp.end if sp else None,
                cue=text[rec.cue[0]:rec.cue[1]] if rec.cue else None,
                cue_start=rec.cue[0] if rec.cue else None, cue_end=rec.cue[1] if rec.cue else None,
                relayed_by=[x for x in rec.relays if not (sp and x == sp.name)],
                speaker_entity_id=sp.entity_id if sp else None,
                speaker_role=index.role_of(sp.entity_id, sp.start) if sp and sp.entity_id else None,
                fragments=frags if len(frags) > 1 else [(rec.start, rec.end)]))
        return quotes


WEAK_FILTER = True
IMPERATIVE_OFF = True
EVIDENCE_VERBS = frozenset({"show", "suggest", "indicate", "demonstrate", "prove", "mean"})
EVIDENCE_SUBJECTS = frozenset({
    "map", "video", "image", "footage", "photo", "photograph", "picture", "chart", "graphic", "evidence",
    "test", "result", "research", "number", "figure", "data", "record", "document", "analysis", "finding",
    "poll", "survey", "study", "report", "statement", "estimate", "assessment", "review", "investigation",
    "count", "tally", "census", "model", "forecast", "calculation", "audit", "filing", "email", "memo",
    "letter", "tweet", "post", "message", "transcript", "recording", "testimony", "account", "log",
    "datum", "story", "slide", "list", "average", "table", "graph", "paper", "book", "article", "list"})


def _weak_record(cue: Token, speaker: Speaker | None) -> bool:
    """Reported-speech candidates that say nothing about anyone saying
    anything: "it seems likely ...", "support for X seems to ..." (a raising
    verb with nobody behind it), "the war shows no sign of ending" (an
    evidence verb whose subject is neither a speaker nor a record)."""
    lemma = cue.lemma_.lower()
    if lemma not in speech_verbs() and cue.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "that", "these", "those") for c in cue.children):
        return True  # "this would allow Russia to ...": a demonstrative does not speak
    if IMPERATIVE_OFF and cue.tag_ == "VB" and cue.dep_ == "ROOT" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") or c.tag_ == "MD"
            or c.dep_ == "aux" and c.lemma_.lower() != "do" for c in cue.children):
        return True  # an imperative ("Don't blame Bush", "Now tell us ...") reports nobody
    if lemma == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in cue.children):
        return True  # "it was unclear whether ...": nobody is reported
    if lemma in RAISING_CUES:  # "it seems clear that ...", not "the offer seems to ..."
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in cue.children)
    if lemma in EVIDENCE_VERBS and cue.pos_ in ("VERB", "AUX"):
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
            return False
        low = subj.lemma_.lower()
        if low in EVIDENCE_SUBJECTS or low in CITED_SOURCES or low in REPORT_NOUNS or low in role_nouns():
            return False
        # "Kyiv's figures show", "the Ukrinform average shows", "12 percent indicated": a source
        return not any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ or t.dep_ == "poss" for t in subj.subtree)
    return False


def _shared(a: _Rec, b: _Rec) -> float:
    """The share of b's content that a's content covers."""
    return max(0, min(a.end, b.end) - max(a.start, b.start)) / max(1, b.end - b.start)


def _candidate(t: Token) -> bool:
    return t.pos_ in ("VERB", "NOUN", "AUX", "ADJ", "PROPN") or t.lower_ == "according"


class QuotesStage:
    def __init__(self) -> None:
        self.extract = QuoteExtractor()

    def __call__(self, doc: Doc) -> Doc:
        quotes, scare = self.extract(doc)
        doc._.quotes = quotes
        doc._.scare_quotes = scare
        return doc


@Language.factory("sitrep_quotes", assigns=["doc._.quotes", "doc._.scare_quotes"],
                  requires=["token.dep", "token.lemma"])
def make_quotes_stage(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage()


_CLOSE_THEN_WORD = re.compile(r"^[^\u201c\u201d\"]*\u201d\s+\w")


def _runs_past_its_close(content: str) -> bool:
    """Content that closes a quotation mark it never opened and goes on ("annexing” more
    territory, ..." after ‘include “’): reported words around a scare quote, not a
    direct quotation."""
    if not _CLOSE_THEN_WORD.match(content):
        return False
    rest = content.split("\u201d", 1)[1]
    # '“A,” the Times continued, “B.”': a quotation split by its speaker reopens
    return len(rest.split()) > 2 and "\u201c" not in rest


_TRAILING_REPORT = re.compile(r"^\s*(?:reported|reports|said|says|wrote|writes|quoted|told)\b")


def _trailing_outlet(text: str, rec: "_Rec", index: EntityIndex) -> str | None:
    """An outlet that reports the whole sentence after its speaker's own cue: '"We will
    win," he said, Reuters reported.', 'he asked on Monday, the BBC reported.'"""
    if not rec.cue:
        return None
    cue_end = rec.cue[1]
    stop = text.find(".", max(cue_end, rec.end))
    stop = len(text) if stop == -1 else stop
    if stop - cue_end > 160:
        return None
    for item in index.items[bisect.bisect_right(index.starts, cue_end):]:
        if item[0] >= stop:
            break
        if item[2] in index.outlet_names and text[cue_end:item[0]].rstrip().endswith(","):
            if _TRAILING_REPORT.match(text[item[1]:stop + 1]):
                return item[2]
    return None
