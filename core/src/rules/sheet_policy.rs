//! The sheet policy: how a sheet's capaian is judged (the formula of negative indicators and
//! the cap), decided once per sheet from the model and the user's options, before any rule
//! runs. The rules read it from their [`RuleContext`](super::RuleContext); `fix` reads the
//! same decision from the report to write its "Indikator (rakit)" formulas.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{capaian, NegFormula, Options};
use crate::model::SheetModel;

/// Where a sheet's choice came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// the user's flag (`--negatif`, `--cap`)
    User,
    /// inferred from this many stated values that only this choice explains
    Inferred(usize),
    /// nothing in the sheet decided it: the default
    Default,
}

/// How one sheet is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SheetPolicy {
    /// the formula of negative-polarity indicators
    pub negative: NegFormula,
    pub negative_basis: Basis,
    /// the cap of stated capaian (`None`: uncapped)
    pub cap: Option<Decimal>,
    pub cap_basis: Basis,
    /// whether the sheet writes 0 for a negative result (floors capaian at 0)
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub floors: bool,
}

impl Default for SheetPolicy {
    fn default() -> SheetPolicy {
        SheetPolicy {
            negative: NegFormula::Lkjip,
            negative_basis: Basis::Default,
            cap: None,
            cap_basis: Basis::Default,
            floors: false,
        }
    }
}

/// Decides the policy of one sheet.
pub fn decide(sm: &SheetModel, opts: &Options) -> SheetPolicy {
    let (negative, negative_basis) = capaian::negative_formula(sm, opts);
    let (cap, cap_basis) = capaian::sheet_cap(sm, negative, opts);
    let floors = capaian::sheet_floors(sm, negative);
    SheetPolicy {
        negative,
        negative_basis,
        cap,
        cap_basis,
        floors,
    }
}

/// The policy of every sheet, in the models' order.
pub fn decide_all(models: &[SheetModel], opts: &Options) -> Vec<SheetPolicy> {
    models.iter().map(|m| decide(m, opts)).collect()
}
