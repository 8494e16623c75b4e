//! The comparison as one JSON document: every number a plain decimal string (`.` as the
//! decimal mark, no grouping), every figure with its source.

use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use super::{category, direction, Comparison, Fig, Outcome};
use crate::i18n::Lang;

fn num(d: Decimal) -> Value {
    Value::String(d.normalize().to_string())
}

fn fig(f: &Fig) -> Value {
    num(f.value)
}

fn source(f: &Fig) -> Value {
    json!({"path": f.source.path, "sheet": f.source.sheet, "row": f.source.row, "cell": f.source.cell})
}

fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Auto => "auto",
        Outcome::Confirm => "confirm",
        Outcome::None => "none",
    }
}

impl Comparison {
    /// The comparison as a JSON value (messages in `lang`).
    pub fn to_json_value(&self, lang: Lang) -> Value {
        let mut indicators = Vec::new();
        for g in &self.groups {
            let mut names = Map::new();
            let mut years = Map::new();
            for e in &g.entries {
                names.insert(e.year.to_string(), Value::String(e.name.clone()));
                let f = self.figures(g, e.year);
                let mut y = Map::new();
                if let Some(t) = &e.target {
                    y.insert("target".into(), fig(t));
                }
                if let Some(r) = &e.realisasi {
                    y.insert("realisasi".into(), fig(r));
                }
                if let Some(c) = f.as_ref().and_then(|f| f.capaian) {
                    y.insert("capaian".into(), num(c));
                    y.insert("category".into(), category(c, lang).into());
                }
                if let Some(c) = &e.capaian {
                    y.insert("capaian_stated".into(), fig(c));
                }
                if let Some(ch) = f.as_ref().and_then(|f| f.change) {
                    y.insert("change".into(), num(ch));
                    y.insert(
                        "direction".into(),
                        direction(ch, g.polaritas(), lang).into(),
                    );
                }
                if let Some(p) = f.as_ref().and_then(|f| f.change_pct) {
                    y.insert("change_pct".into(), num(p));
                }
                // against every earlier year with a realisasi, by that year
                let changes: Map<String, Value> = f
                    .iter()
                    .flat_map(|f| &f.changes)
                    .map(|c| {
                        let mut m = Map::new();
                        m.insert("change".into(), num(c.change));
                        if let Some(p) = c.change_pct {
                            m.insert("change_pct".into(), num(p));
                        }
                        m.insert(
                            "direction".into(),
                            direction(c.change, g.polaritas(), lang).into(),
                        );
                        (c.from.to_string(), Value::Object(m))
                    })
                    .collect();
                if !changes.is_empty() {
                    y.insert("changes".into(), Value::Object(changes));
                }
                if let Some(t) = &e.target_akhir {
                    y.insert("target_akhir".into(), fig(t));
                }
                let main = e.target.as_ref().or(e.realisasi.as_ref());
                y.insert(
                    "source".into(),
                    match main {
                        Some(m) => json!({"path": m.source.path, "sheet": m.source.sheet, "row": m.source.row}),
                        None => json!({"path": e.source.path, "sheet": e.source.sheet, "row": e.source.row}),
                    },
                );
                let mut cells = Map::new();
                for (k, v) in [
                    ("target", &e.target),
                    ("realisasi", &e.realisasi),
                    ("capaian", &e.capaian),
                    ("target_akhir", &e.target_akhir),
                ] {
                    if let Some(v) = v {
                        cells.insert(k.into(), source(v));
                    }
                }
                y.insert("cells".into(), Value::Object(cells));
                years.insert(e.year.to_string(), Value::Object(y));
            }
            let mut ind = Map::new();
            ind.insert("name".into(), g.name().into());
            ind.insert("names".into(), Value::Object(names));
            ind.insert(
                "unit".into(),
                g.unit().map(Value::from).unwrap_or(Value::Null),
            );
            ind.insert("match".into(), outcome(g.outcome).into());
            ind.insert("years".into(), Value::Object(years));
            if let Some(r) = self.renstra(g) {
                ind.insert(
                    "renstra".into(),
                    json!({
                        "year": r.year,
                        "target_akhir": fig(&r.target_akhir),
                        "end": r.end,
                        "capaian": r.capaian.map(num),
                        "status": r.status.map(|s| s.label(lang)),
                        "source": source(&r.target_akhir),
                    }),
                );
            }
            indicators.push(Value::Object(ind));
        }
        let mut budget = Map::new();
        for (y, b) in &self.budget {
            let mut m = Map::new();
            if let Some(a) = &b.anggaran {
                m.insert("anggaran".into(), num(a.magnitude()));
                m.insert("anggaran_source".into(), source(a));
            }
            if let Some(r) = &b.realisasi {
                m.insert("realisasi".into(), num(r.magnitude()));
                m.insert("realisasi_source".into(), source(r));
            }
            if let Some(s) = self.serapan(*y) {
                m.insert("serapan".into(), num(s));
            }
            if let Some(c) = self.mean_capaian(*y) {
                m.insert("capaian_rata_rata".into(), num(c));
            }
            if let Some(e) = self.efficiency(*y) {
                m.insert("efisiensi".into(), num(e));
            }
            budget.insert(y.to_string(), Value::Object(m));
        }
        let matches: Vec<Value> = self
            .links
            .iter()
            .map(|l| {
                json!({
                    "year_a": l.from_year, "name_a": l.from_name,
                    "year_b": l.to_year, "name_b": l.to_name,
                    "match": outcome(l.verdict.outcome),
                    "score": format!("{:.2}", l.verdict.score),
                    "reason": l.verdict.reason,
                    "pinned": l.pinned,
                })
            })
            .collect();
        let findings: Vec<Value> = self
            .findings
            .iter()
            .map(|f| {
                json!({
                    "code": f.code, "name": f.name, "severity": f.code.severity(),
                    "indicator": f.indicator, "year": f.year, "message": f.message.render(lang),
                })
            })
            .collect();
        let no_year: Vec<Value> = self
            .no_year
            .iter()
            .map(|(p, s)| json!({"path": p, "sheet": s}))
            .collect();
        json!({
            "years": self.years,
            "files": self.files,
            "indicators": indicators,
            "budget": budget,
            "matches": matches,
            "findings": findings,
            "sheets_without_year": no_year,
        })
    }

    /// The comparison as pretty JSON text.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string_pretty(&self.to_json_value(lang)).unwrap_or_default()
    }
}
