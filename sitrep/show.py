"""A readable plain-text dump of one document's extraction (`sitrep show`)."""

from __future__ import annotations

from sitrep.records import Extraction


def _snippet(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_extraction(ex: Extraction) -> str:
    doc = ex.document
    lines = [
        f"document   {doc.id}" + (f"  (input id {doc.external_id})" if doc.external_id else ""),
        f"title      {doc.title or '-'}",
        f"authors    {', '.join(doc.authors) or '-'}",
        f"outlet     {doc.outlet or '-'}",
        f"published  {doc.publication_date or '-'}",
        f"url        {doc.url or '-'}",
        f"source     {doc.source_path or '-'}",
        f"language   {doc.language or '-'}",
        f"length     {len(doc.text)} characters, sha256 {doc.content_hash[:16]}",
        "",
        f"entities ({len(ex.entities)})",
    ]
    for e in ex.entities:
        extra = f" [{e.country}]" if e.country else ""
        lines.append(f"  {e.id:<4} {e.kind:<12} {e.name}{extra}  ×{len(e.mentions)}")
        for r in e.roles:
            lines.append(f"         role  {r.text!r} @{r.start}-{r.end}")
        mentions = ", ".join(f"{m.text!r}@{m.start}" + ("" if m.form == "name" else f"({m.form})")
                             for m in e.mentions)
        lines.append(f"         {mentions}")
    sections = (
        ("places", [f"{p.start}-{p.end} {p.text!r} → {p.name} ({p.feature or '?'}, {p.country or '?'}"
                    f"{', %.4f %.4f' % (p.lat, p.lon) if p.lat is not None and p.lon is not None else ''})"
                    + (" metonym" if p.metonym else "") for p in ex.places]),
        ("times", [f"{t.start}-{t.end} {t.text!r} → {t.type} {t.value}" for t in ex.times]),
        ("quotes", [f"{q.start}-{q.end} {'direct' if q.direct else 'indirect'} "
                    f"speaker={q.speaker or '-'} cue={q.cue or '-'} "
                    f"relayed_by={q.relayed_by or '-'}: {_snippet(q.text)!r}" for q in ex.quotes]),
        ("citations", [f"{c.start}-{c.end} {c.text!r} → {c.source} ({c.role})" for c in ex.citations]),
        ("events", [f"{e.start}-{e.end} {e.type}/{e.mode or '-'} {e.modality} "
                    f"{e.acled_event_type or '-'} / {e.acled_sub_event_type or '-'} "
                    f"actors={_actor(e.actor1, e.actor1_country)}→{_actor(e.actor2, e.actor2_country)} "
                    f"date={e.date_start or '-'} "
                    f"at={e.location_name or '-'} fatalities={e.fatalities}" for e in ex.events]),
    )
    for name, items in sections:
        lines += ["", f"{name} ({len(items)})"]
        lines += [f"  {item}" for item in items]
    return "\n".join(lines)


def _actor(name: str | None, country: str | None) -> str:
    """"Vladimir Putin [RUS]", "Military Forces of Russia [RUS]", "-"."""
    if not name:
        return "-"
    return f"{name} [{country}]" if country else name
