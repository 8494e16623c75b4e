"""Convert the raw openpyxl workbooks in gen/raw/<slug>/ through LibreOffice into the
delivered formats (so formulas carry cached values), then write NAMES.md."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROFILE = "-env:UserInstallation=file:///tmp/lo-blind57"


def soffice(src, ext, outdir):
    cmd = ["soffice", PROFILE, "--headless", "--convert-to", ext, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert_all():
    for man in sorted(glob.glob(os.path.join(HERE, "raw", "*", "manifest.json"))):
        slug = os.path.basename(os.path.dirname(man))
        out = os.path.join(ROOT, slug)
        os.makedirs(out, exist_ok=True)
        for e in json.load(open(man)):
            src = os.path.join(os.path.dirname(man), e["raw"])
            ext = e["final"].rsplit(".", 1)[1]
            with tempfile.TemporaryDirectory(dir=os.path.join(HERE)) as td:
                soffice(src, ext, td)
                produced = os.path.join(td, os.path.splitext(e["raw"])[0] + "." + ext)
                if not os.path.exists(produced):
                    sys.exit(f"conversion failed: {src} -> {ext}")
                shutil.move(produced, os.path.join(out, e["final"]))
            print(f"  {slug}/{e['final']}")


def names_table():
    lines = ["# blind57 NAMES: every indicator name per id per year", "",
             "Names exactly as written in the name cell (line breaks shown as ⏎, "
             "a trailing space as ␠). Ids ending in `b` are the second member of an "
             "ambiguous pair.", ""]
    for kp in sorted(glob.glob(os.path.join(ROOT, "*", "key.json"))):
        k = json.load(open(kp, encoding="utf-8"))
        slug = os.path.basename(os.path.dirname(kp))
        years = k["years"]
        lines += [f"## {k['agency']} (`{slug}`)", "",
                  f"Ambiguous pairs: {', '.join(' / '.join(p) for p in k['ambiguous'])}", "",
                  "| id | " + " | ".join(str(y) for y in years) + " |",
                  "|---|" + "---|" * len(years)]
        ids = []
        for r in k["rows"]:
            if r["same_as"] not in ids:
                ids.append(r["same_as"])
        ids.sort(key=lambda s: (s.rstrip("b"), s))
        for i in ids:
            cells = []
            for y in years:
                w = [r["written"] for r in k["rows"] if r["same_as"] == i and r["year"] == y]
                s = w[0] if w else ""
                s = s.replace("\n", "⏎").replace("|", "\\|")
                if s.endswith(" "):
                    s = s.rstrip(" ") + "␠"
                cells.append(s if s else "—")
            lines.append(f"| {i} | " + " | ".join(cells) + " |")
        n = len(k["rows"])
        per = {y: sum(1 for r in k["rows"] if r["year"] == y) for y in years}
        lines += ["", f"Key rows: {n} (" + ", ".join(f"{y}: {per[y]}" for y in years) + ")", ""]
    with open(os.path.join(ROOT, "NAMES.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    convert_all()
    names_table()
