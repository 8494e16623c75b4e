//! The language of everything rakit writes for people: Bahasa Indonesia by default, English
//! with `--lang en` (or `RAKIT_LANG=en`).
//!
//! Every text rakit writes for people is a [`Text`]: a stable key (`c101.stated`,
//! `report.errors`), an Indonesian and an English template with `{name}` placeholders
//! (`{{` and `}}` for braces), declared with [`texts!`](crate::texts) next to the code that
//! uses it (a rule's texts in the rule's file). A [`Message`] is a text with its named
//! arguments ([`msg!`](crate::msg)), each plain text or a nested message (the language-dependent
//! pieces); [`Message::render`] writes it in a language, [`Text::get`] gives a text without
//! arguments. [`catalogue::all`](crate::catalogue::all) lists every text.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia
    #[default]
    Id,
    /// English
    En,
}

impl Lang {
    /// Every language, in the order `--help` lists them.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The name `--lang` and `RAKIT_LANG` take: `id`, `en`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language's own name, as `--help` shows it.
    pub fn description(self) -> &'static str {
        match self {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Lang::ALL
            .into_iter()
            .find(|l| l.name() == s)
            .ok_or_else(|| format!("`{s}`: use id or en"))
    }
}

/// A text of rakit's in both languages, under a stable key: the templates name their
/// arguments `{name}` (`{{` and `}}` write braces).
#[derive(Debug)]
pub struct Text {
    /// stable: programs key on it (`c101.stated`)
    pub key: &'static str,
    pub id: &'static str,
    pub en: &'static str,
    /// taken as written, braces and all: a text that never has arguments and is written
    /// elsewhere too as it stands (a rule's summary in the rules table and its docs page)
    pub literal: bool,
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.key == other.key
    }
}

impl Eq for Text {}

impl Text {
    /// The template of a language; for a text without arguments, the text itself.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }

    /// The names of the placeholders of this text's template in a language (none for a
    /// literal text).
    pub fn arguments(&self, lang: Lang) -> Vec<&'static str> {
        if self.literal {
            Vec::new()
        } else {
            Text::placeholders(self.get(lang))
        }
    }

    /// The names of a template's placeholders, in order of appearance.
    pub fn placeholders(template: &str) -> Vec<&str> {
        let mut out = Vec::new();
        fill(template, |piece| {
            if let Piece::Arg(name) = piece {
                out.push(name);
            }
        });
        out
    }
}

/// Declares texts (`NAME = "key", "Indonesian", "English";`) as constants, and `TEXTS`, the
/// list of them the catalogue gathers.
#[macro_export]
macro_rules! texts {
    ($( $(#[$m:meta])* $vis:vis $name:ident = $key:literal, $id:literal, $en:literal; )*) => {
        $( $(#[$m])* $vis const $name: $crate::i18n::Text =
            $crate::i18n::Text { key: $key, id: $id, en: $en, literal: false }; )*
        /// Every text of this module, for the catalogue (`catalogue::all`).
        pub const TEXTS: &[&$crate::i18n::Text] = &[ $( &$name, )* ];
    };
}

/// A message: `msg!(TEXT, name = value, other)` (`other` is `other = &other`); each value is
/// anything [`Arg`] converts from, a nested [`Message`] among them.
#[macro_export]
macro_rules! msg {
    (@arg $name:ident = $val:expr) => { $val };
    (@arg $name:ident) => { &$name };
    ($text:path $(, $name:ident $(= $val:expr)?)* $(,)?) => {
        $crate::i18n::Message::new(&$text)
            $( .arg(stringify!($name), $crate::msg!(@arg $name $(= $val)?)) )*
    };
}

/// An argument of a message: plain text (numbers written as rakit writes them) or a nested
/// message, rendered in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Plain(String),
    Message(Message),
}

impl Arg {
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Plain(s) => s.clone(),
            Arg::Message(m) => m.render(lang),
        }
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(m)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Plain(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Plain(s.to_string())
    }
}

impl From<std::sync::Arc<str>> for Arg {
    fn from(s: std::sync::Arc<str>) -> Arg {
        Arg::Plain(s.to_string())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Plain(s.into_owned())
    }
}

macro_rules! plain_from {
    ($($t:ty),*) => { $( impl From<$t> for Arg {
        fn from(v: $t) -> Arg {
            Arg::Plain(v.to_string())
        }
    } )* };
}

plain_from!(
    u8,
    u16,
    u32,
    u64,
    usize,
    i32,
    i64,
    char,
    rust_decimal::Decimal
);

impl<T: Clone + Into<Arg>> From<&T> for Arg {
    fn from(v: &T) -> Arg {
        v.clone().into()
    }
}

/// A text with its arguments, and notes that follow it (`; ` before each): what later stages
/// add to a rule's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: &'static Text,
    pub args: Vec<(&'static str, Arg)>,
    pub notes: Vec<Message>,
}

impl Message {
    pub fn new(text: &'static Text) -> Message {
        Message {
            text,
            args: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message followed by a note (`message; note`).
    pub fn note(mut self, note: Message) -> Message {
        self.notes.push(note);
        self
    }

    /// The stable key of its text (`c101.stated`).
    pub fn key(&self) -> &'static str {
        self.text.key
    }

    /// Whether every placeholder of its text (in both languages) has its argument and every
    /// argument its placeholder, here and in the nested messages and notes: the error names
    /// the text's key and what is missing.
    pub fn check(&self) -> Result<(), String> {
        for lang in Lang::ALL {
            for name in self.text.arguments(lang) {
                if !self.args.iter().any(|(n, _)| *n == name) {
                    return Err(format!("{}: no argument {{{name}}}", self.text.key));
                }
            }
        }
        for (name, arg) in &self.args {
            if !self.text.arguments(Lang::Id).contains(name) {
                return Err(format!(
                    "{}: argument {name} not in its text",
                    self.text.key
                ));
            }
            if let Arg::Message(m) = arg {
                m.check()?;
            }
        }
        self.notes.iter().try_for_each(Message::check)
    }

    /// The message in a language.
    pub fn render(&self, lang: Lang) -> String {
        debug_assert_eq!(self.check(), Ok(()));
        let mut out = String::new();
        if self.text.literal {
            out.push_str(self.text.get(lang));
        }
        let template = if self.text.literal {
            ""
        } else {
            self.text.get(lang)
        };
        fill(template, |piece| match piece {
            Piece::Literal(s) => out.push_str(s),
            Piece::Arg(name) => {
                if let Some((_, a)) = self.args.iter().find(|(n, _)| *n == name) {
                    out.push_str(&a.render(lang));
                }
            }
        });
        for n in &self.notes {
            out.push_str("; ");
            out.push_str(&n.render(lang));
        }
        out
    }

    /// The arguments, each rendered as plain text in a language.
    pub fn rendered_args(&self, lang: Lang) -> Vec<(&'static str, String)> {
        self.args
            .iter()
            .map(|(n, a)| (*n, a.render(lang)))
            .collect()
    }
}

/// For a program: the key and the arguments (rendered in Indonesian).
impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Message", 2)?;
        st.serialize_field("message_id", self.key())?;
        st.serialize_field("args", &Args(self.rendered_args(Lang::Id)))?;
        st.end()
    }
}

/// Arguments as a JSON object, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Args(pub Vec<(&'static str, String)>);

impl Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

enum Piece<'a> {
    Literal(&'a str),
    Arg(&'a str),
}

/// Walks a template: literal pieces and `{name}` placeholders (`{{`, `}}` are braces).
fn fill<'a>(template: &'a str, mut each: impl FnMut(Piece<'a>)) {
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        each(Piece::Literal(&rest[..i]));
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix("{{") {
            each(Piece::Literal("{"));
            rest = after;
        } else if let Some(after) = tail.strip_prefix("}}") {
            each(Piece::Literal("}"));
            rest = after;
        } else if let (true, Some(end)) = (tail.starts_with('{'), tail.find('}')) {
            each(Piece::Arg(&tail[1..end]));
            rest = &tail[end + 1..];
        } else {
            each(Piece::Literal(&tail[..1]));
            rest = &tail[1..];
        }
    }
    each(Piece::Literal(rest));
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::texts! {
        HELLO = "test.hello", "halo {who}, {{bukan}} {n}", "hello {who}, {{not}} {n}";
        WORLD = "test.world", "dunia", "world";
    }

    #[test]
    fn renders_named_nested_arguments_and_braces() {
        let m = crate::msg!(HELLO, who = crate::msg!(WORLD), n = 3).note(crate::msg!(WORLD));
        assert_eq!(m.render(Lang::Id), "halo dunia, {bukan} 3; dunia");
        assert_eq!(m.render(Lang::En), "hello world, {not} 3; world");
        assert_eq!(Text::placeholders(HELLO.id), ["who", "n"]);
        assert_eq!(TEXTS.len(), 2);
    }
}
