"""Citations: every outlet, agency, organisation or document the article cites
as a source of information, with one canonical name each.

Writes ``doc._.citations`` (list of ``Citation``). Three sources of evidence:

1. Credits in parentheses: "(Photo: Reuters)", "(Glen Garanich / Reuters)",
   "(Photos: Top: Al Jazeera; Bottom left - Maxar Technologies)", "(Source:
   Institute for the Study of War)", "(Photo: Screenshot from Telegraph video)".
   The agency after the last "/" is the source, never the photographer.
2. Known outlets and agencies (``lexicons/outlets.tsv``) wherever the text
   names them; "the Times" is the Times-named outlet the article names in
   full, else The Times; "NYT", "WaPo", "AP" are expanded.
3. Other organisations in a citing construction, read off the parse: the
   object of "according to" and "citing", the subject of report/publish/
   find/estimate-type verbs, and the owner of a report noun ("a UN tally").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.attribution import EntityIndex, find_outlets, mention_span, normalize_name, outlets
from sitrep.records import Citation

if not Doc.has_extension("citations"):
    Doc.set_extension("citations", default=None)

CREDIT_RE = re.compile(
    r"\((?:(?P<label>Photos?|Images?|Pictures?|Sources?|Sourse|Maps?|Graphics?|Charts?|Videos?|Credits?|Data)"
    r"\s*[:\-\u2013\u2014]\s*)?(?P<body>[^()\n]{2,300})\)")
POSITION_RE = re.compile(
    r"^\s*(?:(?:top|bottom|left|right|above|below|inset|main|center|centre|middle)\b[\w ]{0,12}?)"
    r"\s*[:\-\u2013\u2014]\s*", re.I)
SCREENSHOT_RE = re.compile(r"^(?:screenshots?|stills?|frames?|images?|photos?)\s+(?:from|of|via)\s+(?P<src>.+?)"
                           r"(?:\s+(?:video|footage|broadcast|report|tv|channel))?$", re.I)
ROLE_OF_LABEL = {"photo": "photo_credit", "image": "photo_credit", "picture": "photo_credit",
                 "video": "video_credit", "map": "map_credit", "graphic": "graphic_credit",
                 "chart": "graphic_credit", "source": "source_credit", "sourse": "source_credit",
                 "credit": "photo_credit", "data": "source_credit"}
SOURCE_VERBS = frozenset({"report", "publish", "write", "find", "estimate", "document", "count",
                          "tally", "record", "confirm", "verify", "reveal", "obtain", "show",
                          "analyse", "analyze", "note", "observe", "cite", "quote", "say", "tell",
                          "state", "announce", "claim"})
REPORT_NOUNS = frozenset({"report", "tally", "count", "estimate", "data", "analysis", "survey",
                          "poll", "investigation", "assessment", "figures", "statement",
                          "footage", "video", "article", "story", "interview", "map",
                          "satellite", "imagery", "images", "review", "study", "update"})


GOVERNMENT_RE = re.compile(r"\b(ministry|ministries|government|department|kremlin|white house|pentagon|"
                           r"armed forces|army|general staff|embassy|parliament|council|cabinet|"
                           r"office of|state department|police|prosecutor|administration|governor)\b", re.I)
RESEARCH_RE = re.compile(r"\b(institute|university|center|centre|foundation|observatory|monitor|"
                         r"watch|group|project|council on|study|research|amnesty|human rights)\b", re.I)


def _citing_context(span) -> bool:  # type: ignore[no-untyped-def]
    """The mention is the source of something: according to X, X reported, X's report, citing X."""
    for t in span:
        head = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SOURCE_VERBS | {"warn", "assess"}:
            return True
        if t.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if t.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in SOURCE_VERBS:
            return True
        if t.dep_ in ("poss", "compound") and head.lemma_.lower() in REPORT_NOUNS:
            return True
        if t.dep_ == "dobj" and head.lemma_.lower() in ("cite", "quote"):
            return True
    return False


PUBLISH_VERBS = SOURCE_VERBS | {"post", "share", "publish", "appear", "circulate", "upload", "broadcast",
                                "stream", "release", "add", "warn", "urge", "write"}
POST_NOUNS = frozenset({"post", "message", "video", "statement", "channel", "account", "page", "address",
                        "update", "footage", "clip", "photo", "photos", "image", "images", "tweet", "thread"})


def _platform_cited(span) -> bool:  # type: ignore[no-untyped-def]
    """"wrote on Telegram", "said in a post on X", "a video posted to Telegram", "on his
    Telegram channel": the platform a statement or image was published on. A platform
    only named ("Telegram was blocked") is no source."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "on Facebook and Twitter"
    head = root.head
    if root.dep_ in ("compound", "poss", "nmod") and head.lemma_.lower() in POST_NOUNS:
        root, head = head, head.head  # "his Telegram channel"
    if not (root.dep_ == "pobj" and head.lower_ in ("on", "to", "via", "in", "through")):
        return False
    up = head.head
    if up.lemma_.lower() in POST_NOUNS:  # "in a post on X", "a video on Telegram"
        return True
    return up.pos_ in ("VERB", "AUX") and up.lemma_.lower() in PUBLISH_VERBS


def _clean_source(part: str) -> str:
    part = POSITION_RE.sub("", part).strip(" .;,-\u2013\u2014")
    if "/" in part:
        part = part.rsplit("/", 1)[1].strip()
    m = SCREENSHOT_RE.match(part)
    if m:
        part = m.group("src").strip()
    return part.strip(" .;,")


class CitationFinder:
    def __init__(self) -> None:
        self.table = outlets()

    def canonical(self, text: str, index: EntityIndex | None = None, start: int = 0, end: int = 0) -> str:
        known = self.table.canonical_of(text)
        if known:
            return known
        if index is not None:
            hit = index.at(start, end)
            if hit is not None and hit[3] in ("organisation", "group") and hit[0] <= start + 4 and hit[1] >= end - 4:
                return hit[2]
        return re.sub(r"^(the|The)\s+", "", text).strip()

    def __call__(self, doc: Doc) -> list[Citation]:
        text = doc.text
        found: dict[tuple[int, int], Citation] = {}
        credit_spans: list[tuple[int, int]] = []
        index = EntityIndex(doc, text)

        # 1. credits
        for m in CREDIT_RE.finditer(text):
            label = (m.group("label") or "").lower().rstrip("s")
            body = m.group("body")
            if not label and not (" / " in body and len(body) <= 80):
                continue
            role = ROLE_OF_LABEL.get(label, "photo_credit")
            credit_spans.append((m.start(), m.end()))
            offset = m.start("body")
            for part_m in re.finditer(r"[^;]+", body):
                part = part_m.group(0)
                source = _clean_source(part)
                if not source or not any(c.isupper() for c in source[:2]):
                    continue
                rel = part.find(source)
                if rel < 0:
                    continue
                s = offset + part_m.start() + rel
                e = s + len(source)
                found[(s, e)] = Citation(s, e, text[s:e], self.canonical(source, index, s, e), role)

        def in_credit(pos: int) -> bool:
            return any(a <= pos < b for a, b in credit_spans)

        # 2. known outlets anywhere
        for om in find_outlets(doc):
            if in_credit(om.start) or (om.kind == "platform" and not _platform_cited(doc[om.first:om.last])):
                continue
            if om.kind not in ("news", "agency", "photo", "platform") and not _citing_context(doc[om.first:om.last]):
                continue  # a think tank in an author's biography is not a source
            found.setdefault((om.start, om.end), Citation(om.start, om.end, text[om.start:om.end],
                                                          om.canonical, "text_source"))

        # 3. organisations in citing constructions
        for t in doc:
            low = t.lower_
            target: Token | None = None
            if low == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                target = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
            elif t.lemma_.lower() in ("cite", "quote") and t.pos_ == "VERB":
                target = next((c for c in t.children if c.dep_ == "dobj"), None)
            elif t.pos_ == "VERB" and t.lemma_.lower() in SOURCE_VERBS:
                target = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if target is None:
                    agent = next((c for c in t.children if c.dep_ == "agent"), None)
                    if agent is not None:
                        target = next((c for c in agent.children if c.dep_ == "pobj"), None)
            elif t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_NOUNS:
                target = next((c for c in t.children if c.dep_ in ("poss", "compound")
                               and c.pos_ == "PROPN"), None)
            if target is None:
                continue
            if target.pos_ == "NOUN" and t.lower_ == "according":
                # "according to a report in the Washington Post": the owner of the report
                inner = [c for c in target.subtree if c.pos_ == "PROPN"]
                target = inner[-1] if inner else None
                if target is None:
                    continue
            if target.pos_ != "PROPN":
                continue
            s, e = mention_span(target)
            if (s, e) in found or in_credit(s) or any(a <= s < b or s <= a < e for a, b in found):
                continue
            hit = index.at(s, e)
            if hit is not None and hit[3] not in ("organisation", "group"):
                continue
            if hit is None and not (target.ent_type_ in ("ORG", "") and target.ent_type_ == "ORG"):
                continue
            found[(s, e)] = Citation(s, e, text[s:e], self.canonical(text[s:e], index, s, e), "text_source")
        for c in found.values():
            hit = index.at(c.start, c.end)
            if hit is not None and hit[4] and hit[0] < c.end and c.start < hit[1]:
                c.entity_id = hit[4]
            c.kind = self.kind_of(c)
        return sorted(found.values(), key=lambda c: (c.start, c.end))

    def kind_of(self, c: Citation) -> str:
        """news | agency | photo | research | platform (the outlet table), else
        government / research / organisation guessed from the name."""
        known = self.table.kinds.get(c.source)
        if known:
            return known
        if GOVERNMENT_RE.search(c.source):
            return "government"
        if RESEARCH_RE.search(c.source):
            return "research"
        return "photo" if c.role == "photo_credit" else "organisation"


class CitationsStage:
    def __init__(self) -> None:
        self.find = CitationFinder()

    def __call__(self, doc: Doc) -> Doc:
        doc._.citations = self.find(doc)
        return doc


@Language.factory("sitrep_citations", assigns=["doc._.citations"], requires=["token.dep"])
def make_citations_stage(nlp: Language, name: str) -> CitationsStage:
    return CitationsStage()


__all__ = ["CitationFinder", "CitationsStage", "normalize_name"]
