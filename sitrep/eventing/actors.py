"""Who did it and to whom.

The agent and the target of a trigger are read from the parse (subject or
"by" agent; object, passive subject, or the object of at/on/against), then
resolved to one canonical actor:

1. a named actor of ``events_actors.tsv`` in the phrase ("DPR", "Wagner");
2. a country (an entity of the entities stage, a demonym, a country name) with
   a head noun of a role ("Russian forces", "Ukraine's army", "Russian
   civilians") → "Military Forces of Russia", "Civilians (Russia)";
3. a country alone acting in a violent event → its military forces, otherwise
   its government; a person or organisation entity → its canonical name;
4. nothing resolvable → ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from sitrep.eventing.lexicon import Lexicon, load, words
from sitrep.eventing.triggers import lemma
from sitrep.lexicons import international_officials

VIOLENT_FAMILIES = frozenset({"remote", "fire", "launch", "attack", "clash", "capture", "recapture", "fall",
                              "withdraw", "disrupt", "kill", "explosive", "sabotage", "abduct", "sexual",
                              "loot", "surrender", "mobilize", "base"})
_CITY_ACTORS = frozenset({"moscow", "kyiv", "kiev"})


@dataclass(slots=True)
class Actor:
    name: str
    country: str | None  # ISO3
    acled: str | None = None
    role: str | None = None  # military, police, civilians, protesters, rioters, government, named, entity
    inter: int | None = None
    start: int | None = None
    end: int | None = None


def _agent_of_passive(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _is_passive(head: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)


# verbs whose object is said to have done what their "of"/"for" gerund names
_CHARGING = frozenset({"accuse", "blame", "suspect", "convict", "charge", "condemn", "criticise", "criticize",
                       "denounce", "fault", "punish", "sanction"})


def _own_subject(head: Token) -> Token | None:
    t = head
    for _ in range(4):
        subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) > 1:
            # a dateline ("MOSCOW, June 25 — Wagner fighters left ...") or a headline the
            # parser joined to the lead may parse as a subject: the verb's own line's
            subjects = [c for c in subjects if not _dateline_word(c) and not _other_line(c, t)] or subjects
        if subjects:
            return subjects[0]
        if t.dep_ == "pcomp" and t.head.lower_ in {"of", "for"} and lemma(t.head.head) in _CHARGING:
            # "accused Russia of blowing up the dam", "Russia was accused of shelling": the
            # accused is the one said to act, not the accuser
            verb = t.head.head
            accused = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            if accused is not None:
                return accused
        if (t.dep_ == "acl" and lemma(t.head) in {"willingness", "readiness", "intention", "decision", "bid", "offer"}
                and t.head.head.pos_ == "VERB"):
            t = t.head.head  # "expressed willingness to hold talks": who expressed it
            continue
        if (t.dep_ in {"conj", "advcl", "xcomp"} or (t.dep_ == "acomp" and t.head.pos_ == "AUX")) and t.head != t:
            t = t.head
        elif t.dep_ == "pcomp" and t.head.lower_ == "by" and t.head.head.pos_ == "VERB":
            t = t.head.head  # "responded by shelling Kharkiv": the means has the verb's subject
        elif t.dep_ == "pcomp" and t.tag_ == "VBG" and gerund_verb(t) is not None:
            t = gerund_verb(t)  # type: ignore[assignment]  # "cited them as the basis for requesting membership"
        else:
            return None
    return None


def gerund_verb(t: Token) -> Token | None:
    """The verb a gerund hangs from through prepositions and nouns, whose subject is the
    gerund's: "cited them as the basis for requesting membership" -> "cited"."""
    x, through_noun = t, False
    for _ in range(5):
        if x.head == x:
            return None
        x = x.head
        if x.pos_ in {"VERB", "AUX"}:
            return x if through_noun else None  # not "accused X of killing": X did it
        if x.pos_ == "NOUN":
            if any(c.dep_ == "poss" for c in x.children) or x.dep_ in {"dobj", "nsubjpass"}:
                return None  # "Egypt's role in brokering", "accused the warplanes of killing": they did it
            through_noun = True
        elif x.pos_ != "ADP":
            return None
    return None


def _other_line(a: Token, b: Token) -> bool:
    """A line break lies between the two tokens."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])


def _dateline_word(tok: Token) -> bool:
    """The place of a dateline: an upper-case word opening its line, before a comma."""
    doc = tok.doc
    line_start = tok.i == 0 or "\n" in doc[tok.i - 1].whitespace_ + doc[tok.i - 1].text
    return tok.text.isupper() and len(tok.text) > 2 and line_start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


# verbs that speak of an act without doing it ("called the attack a provocation")
_JUDGING = frozenset({"reveal", "disclose", "call", "describe", "condemn", "denounce", "decry", "criticize",
                      "criticise", "blame", "praise", "welcome", "hail", "acknowledge", "mention", "discuss"})
_SPEECH = frozenset({"say", "announce", "warn", "insist", "declare", "state", "confirm", "add", "deny", "claim",
                     "vow", "threaten", "pledge", "promise", "tell", "report", "reply", "respond"})


def _speaker_for_pronoun(subj: Token | None, head: Token) -> Token | None:
    """ "Iran said it would ...": the pronoun subject of a reported clause is its speaker."""
    if subj is None or not (subj.lower_ in {"it", "they", "we"}
                            or any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"} for c in subj.children)):
        return subj  # "Iran said it would ...", "the army chief said his forces were ready ..."
    clause = subj.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "ccomp" and lemma(clause.head) in _SPEECH:
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ in {"PROPN", "NOUN"}:
            return speaker
    return subj


def arguments(head: Token, family: str) -> tuple[Token | None, Token | None]:
    """(agent, target) tokens of a trigger."""
    agent: Token | None = None
    target: Token | None = None
    if family == "aid" and lemma(head) == "receive":
        return None, _own_subject(head)  # "Ukraine received F-16s": the recipient, not the giver
    if family == "accuse" and lemma(head) == "try" and head.dep_ == "ccomp":
        # "Zelensky said Russia was trying to destroy us": the speaker accuses the one said to try
        speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return speaker, next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head.pos_ == "VERB":
        subj = _speaker_for_pronoun(_own_subject(head), head)
        if _is_passive(head):
            agent = _agent_of_passive(head)
            target = subj
            if family == "clash":  # "were repulsed": the repelled side is the attacker
                agent, target = subj, agent
        else:
            agent = subj
            for child in head.children:
                if child.dep_ in {"dobj", "obj"}:
                    target = child
                    break
            if target is None:
                for child in head.children:
                    if child.dep_ == "prep" and child.lower_ in {"at", "on", "upon", "against", "into", "from"}:
                        # not a date: "pulled back ... on Monday"
                        target = next((c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in {"DATE", "TIME"}), None)
                        if target is not None:
                            break
            if family == "fall":
                agent, target = None, subj
                for child in head.children:
                    if child.dep_ == "prep" and child.lower_ in {"to", "into"}:
                        agent = next((c for c in child.children if c.dep_ == "pobj"), None)
        if head.dep_ in {"acl", "relcl"} and (agent is None or agent.lower_ in {"who", "which", "that"}):
            agent = head.head if head.dep_ == "relcl" else None  # "Putin, who congratulated the troops"
        if family == "consult":
            # "discussed the crisis with Ghana's president": the partner, not the topic
            holders = [head] + ([target] if target is not None else [])
            partner = next((x for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                            for c in p.children if c.dep_ == "pobj" for x in [_national(c)] if x is not None), None)
            target = partner or target
        if family in _VERBAL_FAMILIES and (target is None or not _party(target)):
            # "pledged $200 million to Indonesia", "recalled its ambassador from Ankara",
            # "praised Poland's handling": the party is the recipient, origin or possessor
            target = _recipient(head, target, family) or target
        if family == "mobilize":
            # the force moved is no target; the side it faces is ("along its border with Pakistan"),
            # or the country it is sent to ("dispatched 3,000 troops to Kuwait")
            target = _faced(head) or next((c for p in head.children if p.dep_ == "prep" and p.lower_ in {"to", "into"}
                                           for c in p.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
        if family in {"protest", "riot"}:
            # "threw stones at Israeli soldiers": what is thrown is no target, whom it is thrown at is
            aimed = next((c for p in head.children if p.dep_ == "prep" and p.lower_ in {"at", "against"}
                          for c in p.children if c.dep_ == "pobj"), None)
            target = aimed or target
        if family in {"protest", "riot"} and target is not None and not _party(target) and target.head.lower_ in {"against", "at"}:
            target = _national(target) or target  # "demonstrated against the Israeli blockade"
        if family == "withdraw" and target is None:
            target = _faced(head)  # "pulled back from the Kuwaiti border"
        if family == "endorse" and target is None:
            # "stood by Sudan", "sided with Venezuela": the object of the verb's own particle
            target = next((c for p in head.children if p.dep_ == "prep" and p.lower_ in {"by", "with", "behind"}
                           for c in p.children if c.dep_ == "pobj" and _party(c)), None)
        if target is None and family in _VERBAL_FAMILIES:
            # "found the former spy chief guilty": the clause's subject, even unresolved
            target = next((x for c in head.children if c.dep_ in {"ccomp", "xcomp"} for x in c.children
                           if x.dep_ in {"nsubj", "nsubjpass"} and x.pos_ in {"NOUN", "PROPN"}), None)
    else:
        for child in head.children:
            if (child.dep_ == "poss" and child.pos_ != "PRON") or (
                    child.dep_ in {"amod", "compound"} and (child.ent_type_ in {"NORP", "GPE", "ORG"} or child.pos_ == "PROPN")):
                agent = agent or child  # not "their talks": the pronoun's antecedent is the verb's subject
            elif child.dep_ == "prep" and child.lower_ == "by":
                agent = next((c for c in child.children if c.dep_ == "pobj"), agent)
            elif child.dep_ == "prep" and (child.lower_ in {"on", "against", "at", "of", "with"}
                                           or (child.lower_ == "to" and family == "consult")):
                # "talks with Syria's president", "a visit to Tokyo"
                target = target or next((c for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ == "prep" and child.lower_ == "between":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    agent, target = _between(pobj)
        of_objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if agent is None and target is not None and target in of_objects:
            # "the signing of a peace accord between Ethiopia and Eritrea": the parties of the
            # act's object are the act's
            pobj = next((c for p in target.children if p.dep_ == "prep" and p.lower_ == "between"
                         for c in p.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                agent, target = _between(pobj)
        if family in _VERBAL_FAMILIES and (target is None or not _party(target)):
            # "the extradition of the drug baron from Colombia to the United States": who hands
            # over, and to whom; "its demand that Britain negotiate": the party asked
            holders = [head] + of_objects
            origin = next((c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                           for c in p.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
            dest = next((c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                         for c in p.children if c.dep_ == "pobj" and _party(c)), None)
            asked = next((x for c in head.children if c.dep_ in {"acl", "ccomp"} for x in c.children
                          if x.dep_ in {"nsubj", "nsubjpass"} and _party(x)), None)
            if dest is not None and origin is not None and agent is None:
                agent = origin
            target = dest or asked or target
        if agent is None:
            # "the expulsion of two diplomats by Poland": the parser hangs the doer on the object
            agent = next((x for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"
                          for b in o.children if b.dep_ in {"prep", "agent"} and b.lower_ == "by"
                          for x in b.children if x.dep_ == "pobj" and _party(x)), None)
        phrase_head = head
        while phrase_head.dep_ == "compound" and phrase_head.head != phrase_head:
            phrase_head = phrase_head.head  # "approved a military aid package"
        if (agent is None and phrase_head.dep_ == "dobj" and lemma(phrase_head.head) in UNDERGOING
                and family in VIOLENT_FAMILIES):
            # "Kyiv faced a massive missile attack", "the city suffered heavy shelling": who
            # undergoes the attack is its target, never its doer
            return None, target or _own_subject(phrase_head.head)
        if (agent is None and phrase_head.dep_ in {"dobj", "attr"} and phrase_head.head.pos_ in {"VERB", "AUX"}
                and not (family in VIOLENT_FAMILIES - {"withdraw", "surrender", "mobilize", "base"}
                         and lemma(phrase_head.head) in _SPEECH | _JUDGING)):
            # (who reports a capture did not make it: "Shoigu reported the capture to Putin")
            agent = _speaker_for_pronoun(_own_subject(phrase_head.head), phrase_head.head)
        if (agent is None and family == "mobilize" and head.dep_ == "pobj" and head.head.dep_ == "prep"
                and head.head.head.pos_ == "VERB" and not _is_passive(head.head.head)):
            agent = _own_subject(head.head.head)  # "placed its troops on high alert"
        if (agent is None and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "in"
                and (head.head.head.like_num or head.head.head.ent_type_ == "MONEY") and head.head.head.head.pos_ == "VERB"):
            # "announced $30 million in humanitarian aid for Somalia": the sum's verb carries the parties
            verb = head.head.head.head
            agent = _own_subject(verb)
            target = target or _recipient(verb, None, family)
        if (family == "clash" and agent is None and head.dep_ == "pobj" and head.head.lower_ in {"in", "during"}
                and head.head.head.pos_ == "VERB" and not _is_passive(head.head.head)):
            # "soldiers killed 12 guerrillas in a clash": the sides are the verb's
            verb = head.head.head
            agent = _own_subject(verb)
            target = target or next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        if family == "mobilize":
            target = _faced(head)
            if target is None and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
                target = _faced(head.head.head)  # "put its army on alert as tension with India rose"
        elif target is None and family in _VERBAL_FAMILIES:
            # "a military aid package for Sudan", "a rescue package for Thailand"
            target = next((_national(x) for p in phrase_head.children if p.dep_ == "prep" and p.lower_ in {"to", "for", "with"}
                           for x in p.children if x.dep_ == "pobj" and _national(x) is not None), None)
        if (family == "consult" and head.dep_ == "pobj" and head.head.dep_ == "prep"
                and (head.head.head.pos_ == "VERB" or head.head.head.pos_ == "AUX" and head.head.lower_ == "on")
                and not _is_passive(head.head.head)):  # "is on a visit to Moscow"
            # "flew to Athens for talks", "arrived in Tokyo for a visit": who travelled, and where to
            verb = head.head.head
            agent = agent or _own_subject(verb)
            if target is None:
                target = next((c for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "in"}
                               for c in p.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"}), None)
        if agent is None and head.dep_ == "nsubj":
            for child in head.head.children:
                if child.dep_ == "prep" and child.lower_ == "between":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        agent, target = _between(pobj)
    return agent, target


# acts two parties do together: each is the other's counterpart
MUTUAL_FAMILIES = frozenset({"consult", "agree", "cooperate", "exchange", "clash"})


def co_party(agent: Token) -> Token | None:
    """The second of coordinated parties: "Israel and Syria", "Indian and Pakistani
    troops", "the foreign ministers of Egypt and Jordan"."""
    conj = next((c for c in agent.children if c.dep_ == "conj"), None)
    if conj is not None:
        return conj
    for child in agent.children:
        if child.dep_ in {"amod", "compound"} and child.i < agent.i:
            inner = next((c for c in child.children if c.dep_ == "conj"), None)
            if inner is not None:
                return inner
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                inner = next((c for c in pobj.children if c.dep_ == "conj"), None)
                if inner is not None:
                    return inner
    return None


_VERBAL_FAMILIES = frozenset({"aid", "sanction", "energy", "endorse", "request", "concede", "cooperate", "intend", "agree", "condemn",
                              "offer", "consult", "accuse", "reject", "threaten", "support", "retreat"})
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _party(token: Token) -> bool:
    return token.ent_type_ in _PARTY_ENTS


_RECIPIENT_PREPS = frozenset({"to", "from", "with", "against", "for", "on", "toward", "towards", "over", "between"})


def _faced(head: Token) -> Token | None:
    """The country a force posture faces: "along its border with Pakistan", "near the
    Kuwaiti border", "towards the frontier with Georgia"."""
    for tok in head.subtree:
        if tok.lower_ in {"border", "borders", "frontier", "boundary"} and tok.head.dep_ == "prep":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    return next((x for x in c.children if x.dep_ == "pobj"), None)
                if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}:
                    return c
    for tok in head.subtree:
        if lemma(tok) == "face" and tok.pos_ == "VERB" and tok.dep_ in {"acl", "relcl", "advcl"}:
            # "moved missile batteries to the coast facing Taiwan"
            faced = next((c for c in tok.children if c.dep_ == "dobj" and _party(c)), None)
            if faced is not None:
                return faced
        if lemma(tok) in _STRAINS and tok.pos_ == "NOUN":
            # "mobilised reservists as tension with Eritrea mounted", "after clashes with Ethiopian troops"
            other = next((_national(x) for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                          for x in c.children if x.dep_ == "pobj" and _national(x) is not None), None)
            if other is not None:
                return other
    return None


# strained relations with a party that a force posture answers
_STRAINS = frozenset({"tension", "dispute", "standoff", "stand-off", "row", "confrontation", "clash", "conflict"})


# nouns that name a state party even when the parser misses their national modifier
# ("the Ugandan government" with "Ugandan" tagged a person)
_STATE_NOUNS = frozenset({"government", "president", "minister", "leader", "authority", "authorities", "army",
                          "military", "police", "parliament", "regime", "junta", "delegation", "envoy",
                          "counterpart", "official", "force", "troop", "people", "embassy"})


def _national(token: Token) -> Token | None:
    """The token itself when it names a party, or its possessor or national modifier:
    "Syria", "Syria's right", "a South Korean proposal", "the Yugoslav people"."""
    if _party(token) or (token.pos_ == "NOUN" and lemma(token) in _STATE_NOUNS):
        return token
    for c in token.children:
        if c.dep_ == "poss" and _party(c):
            return c
        if c.dep_ == "poss" and c.pos_ == "NOUN" and lemma(c) in _STATE_NOUNS and _national(c) is not None:
            return _national(c)  # "the Afghan government's reconstruction efforts"
        if c.dep_ in {"amod", "compound"} and (c.ent_type_ in {"NORP", "GPE"} or c.lower_ in load().demonyms):
            # people ("the Yugoslav people", "Greek jets") are the party; of a thing or an act
            # (the demonym read from the list when the tagger takes it for a name: "Moldovan wine")
            # ("Syrian shelling") the state its modifier names is
            return token if token.pos_ == "NOUN" and token.tag_ == "NNS" or lemma(token) in _STATE_NOUNS else c
        if c.dep_ == "compound" and any(x.dep_ == "amod" and x.ent_type_ in {"NORP", "GPE"} for x in c.children):
            return token  # "Greek fighter jets": the demonym hangs from the compound
    return None


# a stance whose possessor is the one who takes it: "reiterated Egypt's backing for the
# Palestinians" is Egypt's, for the Palestinians
_STANCES = frozenset({"support", "backing", "solidarity", "commitment", "sympathy", "condolence", "opposition"})


def _recipient(head: Token, obj: Token | None, family: str = "") -> Token | None:
    """The party a verbal act is addressed to when its object is not one: "pledged $200
    million to Indonesia", "voiced support for Lebanon's demand", "threatened military
    action against Syria", "demanded that the Palestinian Authority arrest ...",
    "refused to hand him over to the United States"."""
    candidates: list[Token] = []
    late: list[Token] = []
    if obj is not None:
        for c in obj.children:
            if c.dep_ == "poss" and _party(c) and lemma(obj) not in _STANCES:
                return c
            if c.dep_ == "poss" and c.pos_ == "NOUN" and lemma(obj) not in _STANCES and _national(c) is not None:
                return _national(c)  # "welcomed the Philippine government's peace deal"
            if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}:
                return c  # "rejected a South Korean proposal"
    for holder in [head] + ([obj] if obj is not None else []):
        for child in holder.children:
            if child.dep_ in {"prep", "dative"} and (child.lower_ in _RECIPIENT_PREPS or (holder is obj and child.lower_ == "of")):
                candidates.extend(c for c in child.children if c.dep_ == "pobj")  # "the independence of Croatia"
    for child in [c for c in head.children] + [x for c in head.children if c.dep_ == "xcomp" for x in c.children]:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in child.children):
            # "threatened to retaliate if the United States imposed sanctions"
            candidates.extend(c for c in child.children if c.dep_ == "nsubj")
    for child in head.children:
        if child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN"}:
            candidates.insert(0, child)  # "will give Bangladesh $50 million"
        if child.dep_ == "ccomp":
            candidates.extend(c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"})
        elif child.dep_ == "xcomp":
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in _RECIPIENT_PREPS | {"between"}:
                    candidates.extend(c for c in prep.children if c.dep_ == "pobj")
            # "agreed to let Russian peacekeepers remain"
            late.extend(c for c in child.children if c.dep_ in {"dobj", "nsubj", "ccomp"} and c.pos_ in {"NOUN", "PROPN"})
            late.extend(x for c in child.children if c.dep_ == "ccomp" for x in c.children if x.dep_ == "nsubj")
    if family == "aid":
        # "sent relief supplies to earthquake survivors in Pakistan"
        candidates += [x for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                       for x in p.children if x.dep_ == "pobj" and x.ent_type_ == "GPE"]
    # one level deeper: "eased restrictions on trade with North Korea"
    candidates += [x for c in candidates for p in c.children if p.dep_ == "prep" and p.lower_ in _RECIPIENT_PREPS | {"in"}
                   for x in p.children if x.dep_ == "pobj"]  # "to earthquake victims in Turkey"
    # the goods a restriction is on name their nation: "lifted its ban on imports of American beef"
    candidates += [x for c in candidates if lemma(c) in {"import", "export", "trade", "shipment", "sale"}
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
    candidates += late
    found = [f for f in (_national(c) for c in candidates) if f is not None]
    # a named state before an international body ("complained to the Security Council over Israeli raids")
    found.sort(key=lambda f: f.ent_type_ == "ORG")
    return found[0] if found else None


def _between(pobj: Token) -> tuple[Token | None, Token | None]:
    """ "between Russian and Ukrainian forces" / "between Russian forces and Ukrainian troops" """
    conj = next((c for c in pobj.children if c.dep_ == "conj"), None)
    first = next((c for c in pobj.children if c.dep_ in {"amod", "compound"} and c.i < pobj.i), None)
    if first is not None:
        inner = next((c for c in first.children if c.dep_ == "conj"), None)
        if inner is not None:
            return first, inner  # adjectives carry the sides; the shared head gives the role
    return pobj, conj


def _phrase_tokens(token: Token) -> list[Token]:
    """The noun phrase of a token, without relative clauses and long prepositional tails."""
    keep = {"compound", "amod", "poss", "det", "nmod", "case", "nummod", "quantmod", "flat", "prep", "pobj", "appos"}
    lo, hi = _line_bounds(token)
    out = [token]
    for child in token.children:
        if child.dep_ in keep and abs(child.i - token.i) <= 6:
            if child.dep_ == "prep" and child.lower_ not in {"of"}:
                continue
            out.extend(t for t in child.subtree if abs(t.i - token.i) <= 6)
    return sorted({t for t in out if lo <= t.i < hi}, key=lambda t: t.i)


def _line_bounds(token: Token) -> tuple[int, int]:
    """Token indices of the line (paragraph, heading, caption) holding a token: an actor's
    span never crosses a line break ("Izium and Kupiansk\n\nUkrainian troops")."""
    doc = token.doc
    lo = token.i
    while lo > 0 and lo > token.i - 12 and not (doc[lo - 1].is_space and "\n" in doc[lo - 1].text) and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = token.i + 1
    while hi < len(doc) and hi < token.i + 12 and not (doc[hi].is_space and "\n" in doc[hi].text) and "\n" not in doc[hi].text:
        hi += 1
    return lo, hi


def _country_in(tokens: list[Token], lex: Lexicon, entity_at: dict[int, object]) -> str | None:
    low = [t.lower_ for t in tokens]
    for i in range(len(low) - 1):
        iso = lex.demonym_phrases.get(tuple(low[i:i + 2]))
        if iso:
            return iso  # "Greek Cypriot", "South Korean"
    # the first country named, by an entity or a demonym ("the Ghanaian and Nigerian ministers")
    for t in tokens:
        ent = entity_at.get(t.i)
        if ent is not None and getattr(ent, "country", None) and getattr(ent, "kind", "") == "country":
            return ent.country  # type: ignore[no-any-return]
        iso = lex.demonyms.get(t.lower_) or lex.demonyms.get(t.text.lower().rstrip("'s").rstrip("’s"))
        if iso:
            return iso
    for n in (3, 2, 1):
        for i in range(len(low) - n + 1):
            iso = lex.country_names.get(tuple(low[i:i + n])) or (n > 1 and lex.demonym_phrases.get(tuple(low[i:i + n])))
            if iso:
                return iso
    for t in tokens:
        if t.pos_ == "PROPN" and t.dep_ in {"compound", "poss"}:
            iso = lex.leaders.get((t.lower_,))
            if iso:
                return iso  # "the Trump administration", "Putin's government"
    return None


def _seat(tokens: list[Token], head: Token, lex: Lexicon) -> str | None:
    """The country whose seat of government the phrase's head names ("Washington",
    "the White House"), or None."""
    low = [t.lower_ for t in tokens]
    k = tokens.index(head) if head in tokens else -1
    for n in (3, 2, 1):
        for i in range(max(0, k - n + 1), min(k + 1, len(low) - n + 1)):
            iso = lex.seats.get(tuple(low[i:i + n]))
            if iso and (tokens[i].is_title or tokens[i].is_upper):
                return iso
    return None


# roles of people who act where they live: their country is the place named with them
# ("rebels in Sierra Leone", "farmers in South Korea") or the event's place
_LOCAL_ROLES = frozenset({"civilians", "protesters", "rioters", "rebels", "opposition", "police"})


def _country_of_setting(token: Token, lex: Lexicon, entity_at: dict[int, object],
                        places_at: dict[int, str] | None) -> str | None:
    """The country of a place that qualifies the phrase: "opposition leaders in Kenya",
    "workers in Seoul", "prisoners at a jail in Lima"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "at", "from"}:
            sub = [t for t in child.subtree if abs(t.i - token.i) <= 10]
            iso = _country_in(sub, lex, entity_at)
            if iso is None and places_at:
                iso = next((places_at[t.i] for t in sub if t.i in places_at), None)
            if iso is None:
                iso = next((lex.seats[(t.lower_,)] for t in sub if (t.lower_,) in lex.seats and t.is_title), None)
            if iso:
                return iso
    return None


def _role_of(tokens: list[Token], head: Token, lex: Lexicon) -> str | None:
    low = [lemma(t) for t in tokens]
    hi = tokens.index(head) if head in tokens else len(tokens) - 1
    for n in (3, 2, 1):
        first = hi - n + 1
        if first >= 0:
            role = lex.heads.get(tuple(low[first:hi + 1]))
            if role:
                return role
    role = lex.heads.get((lemma(head),)) or lex.heads.get((head.lower_,))
    return role


def resolve(token: Token | None, lex: Lexicon, entity_at: dict[int, object], family: str,
            agent_side: bool, location_country: str | None = None,
            places_at: dict[int, str] | None = None) -> Actor | None:
    if token is None:
        return None
    if token.lower_ in {"he", "she"} and token.pos_ == "PRON":
        # "he urged Congress ...": the person the pronoun continues; the mention stays the pronoun
        antecedent = _person_antecedent(token, entity_at)
        found = resolve(antecedent, lex, entity_at, family, agent_side, location_country, places_at) if antecedent else None
        if found is not None:
            found.start, found.end = token.idx, token.idx + len(token.text)
        return found
    token = _counted(token)
    tokens = _phrase_tokens(token)
    low = [t.lower_ for t in tokens]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    # 1. named actors
    for named in lex.named:
        n = len(named.words)
        for i in range(len(low) - n + 1):
            if tuple(low[i:i + n]) == named.words:
                if named.words[0] in _CITY_ACTORS and not agent_side:
                    continue
                return Actor(named.canonical, named.iso3, named.acled, "named", named.inter, start, end)
    # a seat of government as a party ("Washington accused Khartoum"); a capital that is
    # struck or fought over is a place, not its government
    if agent_side or family not in VIOLENT_FAMILIES:
        seat = _seat(tokens, token, lex)
        if seat is not None:
            sub = "military" if family in VIOLENT_FAMILIES else "government"
            return _state_actor(sub, seat, lex, start, end)
    role = _role_of(tokens, token, lex)
    country = _country_in(tokens, lex, entity_at)
    ent = entity_at.get(token.i)
    if role == "civilians" and family in {"protest", "riot"} and agent_side:
        role = "protesters"  # "students demonstrated": civilians who protest are protesters
    if role and country is None and role in _LOCAL_ROLES:
        country = _country_of_setting(token, lex, entity_at, places_at) or location_country
    elif role == "government" and country is None:
        country = _country_of_setting(token, lex, entity_at, places_at)  # "officials in Baghdad"
    elif role == "military" and country is None and any(lemma(t) == "enemy" for t in tokens):
        country = _enemy_of(token.doc)  # "the enemy launched 5 missile strikes"
    elif role == "military" and country is None and any(t.lower_ == "our" for t in tokens):
        # "our defenders destroyed 15 tanks": the side the text speaks for
        country = {"RUS": "UKR", "UKR": "RUS"}.get(_enemy_of(token.doc) or "")
    if role and country:
        template = lex.templates.get(role)
        if template is not None:
            cname = lex.country_name_of.get(country, country)
            era = f" ({lex.eras[country]})" if country in lex.eras else ""
            inter = template.inter
            if role in {"military", "police"} and location_country and country != location_country:
                inter = 8
            return Actor(template.canonical.format(country=cname, era=""), country,
                         template.acled.format(country=cname, era=era), role, inter, start, end)
    if (token.tag_ == "NNPS" and token.ent_type_ == "NORP" and family not in VIOLENT_FAMILIES
            and (country or getattr(ent, "country", None)) and "civilians" in lex.templates):
        # "tens of thousands of Russians have fled", "Russians protested": people of the
        # country, not its state ("the Russians shelled" stays the forces)
        return role_actor("protesters" if family in {"protest", "riot"} and "protesters" in lex.templates
                          else "civilians", country or getattr(ent, "country", None) or "", lex, token)
    if ent is not None:
        kind = getattr(ent, "kind", "")
        name = getattr(ent, "name", None)
        ecountry = getattr(ent, "country", None)
        if kind == "country" and ecountry:
            sub = "military" if family in VIOLENT_FAMILIES else "government"
            template = lex.templates[sub]
            cname = lex.country_name_of.get(ecountry, name or ecountry)
            era = f" ({lex.eras[ecountry]})" if ecountry in lex.eras else ""
            inter = 8 if sub == "military" and location_country and ecountry != location_country else 1
            return Actor(template.canonical.format(country=cname), ecountry,
                         template.acled.format(country=cname, era=era), sub, inter, start, end)
        if name:
            # "Egyptian President Hosni Mubarak": the phrase's demonym gives a person's country;
            # a leader of the period's news needs no demonym ("Milosevic rejected")
            leader = _leader(name, lex) or _leader(" ".join(t.text for t in tokens if t.pos_ == "PROPN"), lex)
            pcountry = ecountry or country or leader
            if kind == "person":
                office = _office(getattr(ent, "roles", ()), pcountry, lex, start, end, family in VIOLENT_FAMILIES)
                if office is None and pcountry is None:
                    office = _international_office(name, getattr(ent, "roles", ()), start, end)
                if office is not None:
                    return office
            return Actor(name, pcountry, name, "entity", None, start, end)
    if country and token.lower_ in {t for t in (token.lower_,)} and (token.ent_type_ in {"GPE", "NORP"} or lex.country_names.get((token.lower_,))):
        sub = "military" if family in VIOLENT_FAMILIES else "government"
        template = lex.templates[sub]
        cname = lex.country_name_of.get(country, country)
        era = f" ({lex.eras[country]})" if country in lex.eras else ""
        return Actor(template.canonical.format(country=cname), country,
                     template.acled.format(country=cname, era=era), sub, 1, start, end)
    if token.ent_type_ in {"PERSON", "ORG"} and token.pos_ == "PROPN":
        span = [t for t in tokens if t.ent_type_ == token.ent_type_]
        text = " ".join(t.text for t in span) if span else token.text
        return Actor(text, country or _leader(text, lex), text, "entity", None, start, end)
    if token.pos_ == "PROPN" and _leader(" ".join(t.text for t in tokens if t.pos_ == "PROPN"), lex):
        text = " ".join(t.text for t in tokens if t.pos_ == "PROPN")
        return Actor(text, _leader(text, lex), text, "entity", None, start, end)
    if role == "civilians":
        return Actor("Civilians", None, "Civilians", role, 7, start, end)
    if (country and token.pos_ == "NOUN" and (agent_side or family not in VIOLENT_FAMILIES)
            and (token.tag_ == "NNS" or lemma(token) in _GROUP_NOUNS) and (lemma(token),) not in lex.classes.get("territory", ())
            and _country_in([c for c in token.children if c.dep_ in {"amod", "compound", "poss", "nmod"}], lex, entity_at)):
        # "Philippine prosecutors", "Palestinian factions", "China's state media": a party
        # of no known role, of the country its phrase names
        text = " ".join(t.text for t in tokens if t.dep_ not in {"det"} and t.tag_ != "POS")
        return Actor(text, country, None, "group", None, start, end)
    return None


# how far back (tokens) a "he" or "she" looks for the person it continues
_PRONOUN_REACH = 80


def _person_antecedent(pronoun: Token, entity_at: dict[int, object]) -> Token | None:
    """The person a he/she continues: the nearest earlier person that is a clause subject
    within ``_PRONOUN_REACH`` tokens, else the nearest earlier person; None when the text
    names none (never a guess beyond that)."""
    doc = pronoun.doc
    nearest = None
    for i in range(pronoun.i - 1, max(-1, pronoun.i - _PRONOUN_REACH), -1):
        ent = entity_at.get(i)
        if ent is None or getattr(ent, "kind", "") != "person":
            continue
        tok = doc[i]
        head = tok
        while head.dep_ in {"compound", "flat", "appos"} and head.head != head:
            head = head.head
        if head.dep_ in {"nsubj", "nsubjpass"}:
            return tok
        nearest = nearest or tok
    return nearest


_QUANTITY_NOUNS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores",
                             "million", "millions", "number", "group", "band", "crowd", "handful", "some", "many",
                             "most", "several", "all", "none", "one", "two", "three"})


def _counted(token: Token) -> Token:
    """ "thousands of students", "a group of rebels", "dozens of opposition activists":
    the people counted, not the count."""
    if token.like_num or token.lower_ in _QUANTITY_NOUNS or lemma(token) in _QUANTITY_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
                    return pobj
    return token


# roles that belong to one country's domestic scene: a bare "the rebels", "the ruling
# party", "the government" facing a party of known country is of that country
DOMESTIC_ROLES = frozenset({"civilians", "protesters", "rioters", "rebels", "opposition", "government", "police"})


def bare_role(token: Token | None, lex: Lexicon) -> str | None:
    """The role of an argument that names no country ("the rebels", "the ruling party")."""
    if token is None:
        return None
    token = _counted(token)
    tokens = _phrase_tokens(token)
    if _country_in(tokens, lex, {}) is not None or any(t.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"} for t in tokens):
        return None  # "the Trump administration" is no bare office
    if lemma(token) == "party" or token.lower_ in {"party", "parties"}:
        return "opposition" if any(c.lower_ == "opposition" for c in token.children) else "government"
    return _role_of(tokens, token, lex)


def compatriot(token: Token | None, country: str, lex: Lexicon) -> Actor | None:
    """The party a bare domestic role names ("the rebels", "the ruling party", "the
    president"), as an actor of ``country``; None for any other argument."""
    role = bare_role(token, lex)
    if token is None or role not in DOMESTIC_ROLES:
        return None
    return role_actor(role or "", country, lex, token)


def role_actor(role: str, country: str, lex: Lexicon, token: Token) -> Actor | None:
    template = lex.templates.get(role)
    if template is None:
        return None
    tokens = _phrase_tokens(_counted(token))
    cname = lex.country_name_of.get(country, country)
    era = f" ({lex.eras[country]})" if country in lex.eras else ""
    return Actor(template.canonical.format(country=cname, era=""), country,
                 template.acled.format(country=cname, era=era), role, template.inter,
                 tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def country_of_phrase(token: Token, lex: Lexicon, entity_at: dict[int, object]) -> str | None:
    return _country_in(_phrase_tokens(token), lex, entity_at)


# collective nouns that act as a party ("China's state media", "the Kenyan press")
_GROUP_NOUNS = frozenset({"media", "press", "leadership", "side", "camp", "community", "company", "firm", "bank",
                          "team", "establishment", "clergy", "public", "youth"})


def _leader(name: str | None, lex: Lexicon) -> str | None:
    """The country a head of state or government of the period led ("Slobodan Milosevic",
    "Milosevic", "King Hussein"): the full name first, then its last word."""
    if not name:
        return None
    key = words(name)
    if key in lex.leaders:
        return lex.leaders[key]  # "King Hussein"
    while key and key[0] in {"president", "king", "prime", "minister", "premier", "chancellor", "pope", "sheikh", "gen", "general"}:
        key = key[1:]
    return lex.leaders.get(key) or (lex.leaders.get(key[-1:]) if len(key) > 1 else None)


# How each side of the Russia-Ukraine war names its own forces and the other's: a
# text that calls its side "defenders" and the other "occupiers" is Ukrainian, one
# that speaks of the "Kyiv regime" or "nationalist formations" is Russian.
_UKRAINIAN_VOICE = re.compile(r"\b(?:our defenders|Ukrainian defenders|occupiers|invaders|ruscists|"
                              r"our (?:troops|forces|units|soldiers|warriors) (?:repelled|held|destroyed))\b", re.I)
_RUSSIAN_VOICE = re.compile(r"\b(?:Kyiv regime|Kiev regime|nationalist formations|neo-Nazis?|"
                            r"special military operation zone|Ukrainian formations)\b", re.I)


def _enemy_of(doc: object) -> str | None:
    """"The enemy" in a war report: the other side of the voice the text speaks in;
    None when the text does not show whose voice it is."""
    cache = doc.user_data  # type: ignore[attr-defined]
    if "sitrep_enemy" not in cache:
        text = doc.text  # type: ignore[attr-defined]
        ua, ru = bool(_UKRAINIAN_VOICE.search(text)), bool(_RUSSIAN_VOICE.search(text))
        cache["sitrep_enemy"] = "RUS" if ua and not ru else "UKR" if ru and not ua else None
    return cache["sitrep_enemy"]  # type: ignore[no-any-return]


_OFFICES = frozenset({"government", "military", "police"})
# verbs whose subject undergoes the act named by their object ("Kyiv faced an attack")
UNDERGOING = frozenset({"face", "suffer", "endure", "withstand", "survive", "undergo", "weather", "sustain"})
_NOT_IN_OFFICE = frozenset({"former", "ex", "late", "retired", "then", "would", "next", "future", "candidate"})


def _office(roles: object, country: str | None, lex: Lexicon, start: int, end: int,
            violent: bool = False) -> Actor | None:
    """A person acting in office is coded as the body they act for, as ACLED and
    PLOVER code events: "Russian President Vladimir Putin" -> Government of Russia,
    "the army's commander, Colonel General Oleksandr Syrskyi" -> Military Forces of
    Ukraine, "Wagner chief Yevgeny Prigozhin" -> Wagner Group. The title must be in the
    text (the entity's roles) and current ("former president" acts for no one); the
    mention stays the actor's evidence. Violence a leader orders is the forces'
    ("Putin unleashed an assault on Ukrainian cities": Military Forces of Russia)."""
    for role in roles or ():  # type: ignore[attr-defined]
        key = words(getattr(role, "text", ""))
        if not key or set(key) & _NOT_IN_OFFICE:
            continue
        for named in lex.named:
            n = len(named.words)
            if any(key[i:i + n] == named.words for i in range(len(key) - n + 1)):
                return Actor(named.canonical, named.iso3, named.acled, "named", named.inter, start, end)
        sub = next((lex.heads[key[-n:]] for n in (3, 2, 1) if len(key) >= n and key[-n:] in lex.heads), None)
        if sub in _OFFICES and country:
            return _state_actor("military" if violent and sub == "government" else sub, country, lex, start, end)
    return None


# An international body's organs act as the body ("European Council President Charles
# Michel said" is the EU's statement)
_BODY_OF = {"European Commission": "European Union", "European Council": "European Union",
            "European Parliament": "European Union", "IAEA": "International Atomic Energy Agency",
            "ICRC": "International Committee of the Red Cross", "OSCE": "Organization for Security and "
            "Co-operation in Europe"}


@cache
def _officials() -> dict[tuple[str, ...], str]:
    return international_officials(words)


def _international_office(name: str, roles: object, start: int, end: int) -> Actor | None:
    """An officer of an international body (people.tsv) acts for it: "UN Secretary-General
    António Guterres said" -> United Nations; not a former officer."""
    body = _officials().get(words(name))
    if body is None or any(set(words(getattr(r, "text", ""))) & _NOT_IN_OFFICE for r in roles or ()):  # type: ignore[attr-defined]
        return None
    body = _BODY_OF.get(body, body)
    return Actor(body, None, body, "named", 8, start, end)


def _state_actor(sub: str, country: str, lex: Lexicon, start: int | None, end: int | None) -> Actor:
    template = lex.templates[sub]
    cname = lex.country_name_of.get(country, country)
    era = f" ({lex.eras[country]})" if country in lex.eras else ""
    return Actor(template.canonical.format(country=cname), country,
                 template.acled.format(country=cname, era=era), sub, 1, start, end)


def acled_name(canonical: str | None, iso3: str | None, lex: Lexicon) -> str | None:
    """The ACLED actor name of a canonical actor ("Military Forces of Russia" ->
    "Military Forces of Russia (2000-)")."""
    if not canonical:
        return None
    for named in lex.named:
        if named.canonical == canonical:
            return named.acled
    for role, template in lex.templates.items():
        if iso3:
            cname = lex.country_name_of.get(iso3, iso3)
            if template.canonical.format(country=cname) == canonical:
                era = f" ({lex.eras[iso3]})" if iso3 in lex.eras else ""
                return template.acled.format(country=cname, era=era)
    return canonical


def inter_code(canonical: str | None, iso3: str | None, location_iso3: str | None, lex: Lexicon) -> int | None:
    """ACLED inter code of a canonical actor in an event located in a country."""
    if not canonical:
        return None
    for named in lex.named:
        if named.canonical == canonical:
            return named.inter
    for role, template in lex.templates.items():
        if iso3 and template.canonical.format(country=lex.country_name_of.get(iso3, iso3)) == canonical:
            if role in {"military", "police"} and location_iso3 and iso3 != location_iso3:
                return 8
            return template.inter
    return None
