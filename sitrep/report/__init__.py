"""The HTML report: one self-contained page showing every record next to the
article characters it came from."""

from __future__ import annotations

from sitrep.report.render import render_report, write_report

__all__ = ["render_report", "write_report"]
