//! The language of everything rakit writes for people: Bahasa Indonesia by default, English
//! with `--lang en` (or `RAKIT_LANG=en`).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia
    #[default]
    Id,
    /// English
    En,
}

impl Lang {
    /// Picks the text of this language.
    pub fn t<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}
