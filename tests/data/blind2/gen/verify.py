"""Convert every workbook with soffice to CSV (one file per sheet, values as shown) and check each key row."""
import csv, glob, json, os, re, subprocess, sys

BASE = "/work/blind2"
FILT = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1"


def candidates(s):
    """All numbers a displayed cell could mean (either separator convention)."""
    s = s.strip()
    if not s or s == "-":
        return set()
    s2 = re.sub(r"^(Rp\.?)\s*", "", s)
    s2 = re.sub(r"\s*(%|[A-Za-z]+)$", "", s2).strip()
    if not re.fullmatch(r"-?[\d.,]+", s2):
        return set()
    out = set()
    for th, de in ((",", "."), (".", ",")):
        t = s2.replace(th, "").replace(de, ".")
        try:
            out.add(round(float(t), 6))
        except ValueError:
            pass
    return out


def main():
    bad = 0; total = 0
    for agency in sorted(glob.glob(f"{BASE}/*/key.json")):
        folder = os.path.dirname(agency)
        key = json.load(open(agency))
        csvdir = f"/tmp/blind2_csv/{os.path.basename(folder)}"
        os.makedirs(csvdir, exist_ok=True)
        for f in key["files"]:
            subprocess.run(["soffice", "--headless", "--convert-to", FILT, "--outdir", csvdir,
                            os.path.join(folder, f)], check=True, capture_output=True)
        sheets = {}
        for f in key["files"]:
            stem = os.path.splitext(f)[0]
            for p in glob.glob(f"{csvdir}/{glob.escape(stem)}-*.csv"):
                sheets[(f, p[len(csvdir) + len(stem) + 2:-4])] = list(csv.reader(open(p, encoding="utf-8")))
        listed = {}
        for r in key["rows"]:
            total += 1
            g = sheets.get((r["file"], r["sheet"]))
            if g is None:
                print("NO SHEET", r); bad += 1; continue
            row = g[r["row"] - 1]
            listed.setdefault((r["file"], r["sheet"]), set()).add(r["row"])
            errs = []
            if r["written"] not in row:
                errs.append("name")
            nums = set().union(*[candidates(c) for c in row])
            if r["target"] is not None and round(float(r["target"]), 6) not in nums:
                errs.append("target")
            # realisasi: same row, or (quarter blocks) the TW IV line four rows below
            rn = nums
            quarter_block = any(c.strip() == "Target Tahunan" for c in row)
            if quarter_block:
                rn = set().union(*[candidates(c) for c in g[r["row"] + 3]])
                lab = [c for c in g[r["row"] + 3] if c.startswith("TW")]
                if not lab or "IV" not in lab[0] and "4" not in lab[0]:
                    errs.append("tw4-label")
            if r["realisasi"] is not None and round(float(r["realisasi"]), 6) not in rn:
                errs.append("realisasi")
            if errs:
                bad += 1
                print("MISMATCH", errs, r, row)
        # completeness: every numbered row of each sheet is keyed
        for (f, sh), g in sheets.items():
            numbered = {i + 1 for i, row in enumerate(g) if row and re.fullmatch(r"\d+\.?", row[0].strip())}
            have = listed.get((f, sh), set())
            if numbered != have:
                bad += 1
                print("COMPLETENESS", f, sh, sorted(numbered ^ have))
        print(os.path.basename(folder), "rows", len(key["rows"]), "sheets", sorted(sheets))
    print("checked", total, "bad", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
