"""Write NAMES.md: every indicator name per id per year, per agency."""
import os

from common import ROOT


def cell(s):
    return s.replace("\n", "⏎").replace("|", "\\|").replace(" ", " ") if s else ""


def write(recs):
    out = ["# blind61: indicator names per id and year", "",
           "Names are the key's `written` values (a line break is shown as ⏎; a trailing space "
           "is kept). A blank cell: the indicator is absent that year. Ids ending in `b` are the "
           "second member of an ambiguous pair.", ""]
    for rec in recs:
        out.append("## %s (`%s`)" % (rec.agency, rec.slug))
        out.append("")
        out.append("Flow ids: %s. Ambiguous pairs: %s." % (
            ", ".join(rec.flow_ids), "; ".join(" / ".join(p) for p in rec.ambiguous)))
        out.append("")
        ids = []
        for r in rec.rows:
            if r["same_as"] not in ids:
                ids.append(r["same_as"])
        ids.sort(key=lambda s: (s.rstrip("b"), s))
        out.append("| id | " + " | ".join(str(y) for y in rec.years) + " |")
        out.append("|---|" + "---|" * len(rec.years))
        for i in ids:
            byyear = {r["year"]: r["written"] for r in rec.rows if r["same_as"] == i}
            out.append("| %s | " % i + " | ".join(cell(byyear.get(y, "")) for y in rec.years)
                       + " |")
        out.append("")
        counts = {y: sum(1 for r in rec.rows if r["year"] == y) for y in rec.years}
        out.append("Rows per year: " + ", ".join("%d: %d" % (y, c) for y, c in counts.items())
                   + "; total %d." % len(rec.rows))
        out.append("")
    with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
