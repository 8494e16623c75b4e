"""Build all raw workbooks, save them through LibreOffice, write key.json, cellmap, NAMES.md, README.md."""
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BASE, RAW, ROOT, save_json  # noqa: E402
import gen_dinkes  # noqa: E402
import gen_disperkim  # noqa: E402
import gen_dpmd  # noqa: E402

LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-blind51", "--headless"]


def convert(raw_paths, fmt, outdir):
    os.makedirs(outdir, exist_ok=True)
    cmd = LO + ["--convert-to", fmt, "--outdir", outdir] + raw_paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    allmaps = []
    agencies = []
    for mod in (gen_dinkes, gen_disperkim, gen_dpmd):
        shutil.rmtree(os.path.join(RAW, mod.SLUG), ignore_errors=True)
        os.makedirs(os.path.join(RAW, mod.SLUG), exist_ok=True)
        rec, ambiguous = mod.build()
        dest = os.path.join(ROOT, mod.SLUG)
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(dest)
        byfmt = {}
        for name, rawname, fmt in rec.files:
            byfmt.setdefault(fmt, []).append(os.path.join(RAW, mod.SLUG, rawname))
        for fmt, paths in byfmt.items():
            convert(paths, fmt, dest)
        for name, _, _ in rec.files:
            assert os.path.exists(os.path.join(dest, name)), name
        key = rec.finish(ambiguous)
        save_json(os.path.join(dest, "key.json"), key)
        for m in rec.cellmap:
            m["agency"] = mod.SLUG
        allmaps.extend(rec.cellmap)
        agencies.append((mod, rec, key))
    save_json(os.path.join(BASE, "cellmap.json"), allmaps)
    write_names(agencies)
    write_readme(agencies)


def write_names(agencies):
    out = ["# NAMES: indicator names per id per year", "",
           "Exactly as written in the key row's name cell (line breaks shown as \\n). "
           "An empty cell: the indicator is absent that year.", ""]
    for mod, rec, key in agencies:
        out.append(f"## {key['agency']} (`{mod.SLUG}`)")
        out.append("")
        ys = key["years"]
        out.append("| id | " + " | ".join(str(y) for y in ys) + " |")
        out.append("| --- | " + " | ".join("---" for _ in ys) + " |")
        ids = []
        for r in key["rows"]:
            if r["same_as"] not in ids:
                ids.append(r["same_as"])
        ids.sort(key=lambda s: (s[:3], s))
        for i in ids:
            cells = []
            for y in ys:
                w = [r["written"] for r in key["rows"] if r["same_as"] == i and r["year"] == y]
                cells.append(w[0].replace("\n", "\\n").replace("|", "/") if w else "")
            out.append(f"| {i} | " + " | ".join(cells) + " |")
        out.append("")
        amb = ", ".join("/".join(p) for p in key["ambiguous"])
        out.append(f"Ambiguous pairs (merge or split both accepted): {amb}.")
        out.append("")
        out.append(mod.LOOKALIKES)
        out.append("")
    with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def write_readme(agencies):
    head = open(os.path.join(BASE, "README_head.md"), encoding="utf-8").read()
    out = [head]
    for mod, rec, key in agencies:
        n = len(key["rows"])
        per = {}
        for r in key["rows"]:
            per[r["year"]] = per.get(r["year"], 0) + 1
        out.append(f"## {key['agency']} — folder `{mod.SLUG}/`")
        out.append("")
        out.append(f"Years {key['years']}; {n} key rows ({', '.join(f'{y}: {c}' for y, c in sorted(per.items()))}).")
        out.append("")
        out.append(mod.AGENCY_NOTES)
        out.append("")
        out.append(mod.LOOKALIKES)
        out.append("")
        for name, rawname, fmt in rec.files:
            d = rec.docs[name]
            nk = sum(1 for r in key["rows"] if r["file"] == name)
            out.append(f"### `{name}` ({fmt}, {nk} key rows)")
            out.append("")
            out.append(d["summary"])
            out.append("")
            out.append("Sheets (in workbook order):")
            out.append("")
            for sh, state, text in d["sheets"]:
                if state:
                    out.append(f"- **{sh}** ({state}): {text}")
                else:
                    out.append(f"  {text}")
            out.append("")
            if d["notes"]:
                out.append("Planted mistakes and traps, by row:")
                out.append("")
                for sh, row, text in sorted(d["notes"], key=lambda x: (x[0], x[1])):
                    out.append(f"- `{sh}`!{row}: {text}")
                out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
