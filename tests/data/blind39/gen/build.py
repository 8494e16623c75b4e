"""Build all three agencies (raw xlsx -> LibreOffice -> delivered folders + key.json), then README/NAMES."""
import agency_a, agency_b, agency_c
from common import deliver
import docs

ags = []
for m in (agency_a, agency_b, agency_c):
    ag = m.build()
    deliver(ag)
    ags.append(ag)
docs.write(ags)
