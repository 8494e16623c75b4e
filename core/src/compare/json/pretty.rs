//! Pretty JSON as `serde_json::to_vec_pretty` writes it (two spaces per level, `": "` after
//! a key): [`Pretty`], the formatter the document's small parts are serialized with, and
//! [`Out`], the writer its long part (the indicators) is written with by hand.

use rust_decimal::Decimal;
use serde::Serialize;

/// `serde_json::to_vec_pretty`, with [`Pretty`] for its formatter, into a buffer of
/// `capacity` bytes to start with.
#[cfg(test)]
pub(super) fn pretty<T: Serialize>(value: &T, capacity: usize) -> Vec<u8> {
    let mut ser =
        serde_json::Serializer::with_formatter(Vec::with_capacity(capacity), Pretty::default());
    match value.serialize(&mut ser) {
        Ok(()) => ser.into_inner(),
        Err(_) => Vec::new(),
    }
}

/// A line break after a comma, and the indentation that follows it.
const LINE: &[u8] = b",\n                                                                ";

/// A line break (after a comma if `comma`) and the indentation of `depth` levels.
#[inline]
fn line<W: ?Sized + std::io::Write>(w: &mut W, depth: usize, comma: bool) -> std::io::Result<()> {
    let spaces = LINE.len() - 2;
    let mut n = depth * 2;
    let first = n.min(spaces);
    w.write_all(&LINE[usize::from(!comma)..2 + first])?;
    n -= first;
    while n > 0 {
        let k = n.min(spaces);
        w.write_all(&LINE[2..2 + k])?;
        n -= k;
    }
    Ok(())
}

/// serde_json's `PrettyFormatter` with its two-space indentation, writing a line break and
/// the indentation after it at once rather than one level at a time.
#[derive(Default)]
pub(super) struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn open<W: ?Sized + std::io::Write>(&mut self, w: &mut W, start: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(start)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, w: &mut W, end: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            line(w, self.depth, false)?;
        }
        w.write_all(end)
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        line(w, self.depth, !first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.begin_array_value(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.end_array_value(w)
    }
}

/// [`line`] into a buffer: as deep as documents go, the line break and indentation are
/// copied as a block of fixed length (a few vector moves, not a call to copy a length known
/// only at run time) and cut to their length.
#[inline]
fn line_into(buf: &mut Vec<u8>, depth: usize, comma: bool) {
    let n = depth * 2;
    if n > LINE.len() - 2 {
        let _ = line(buf, depth, comma);
        return;
    }
    let start = buf.len();
    if comma {
        buf.extend_from_slice(LINE);
        buf.truncate(start + 2 + n);
    } else {
        buf.extend_from_slice(&LINE[1..]);
        buf.truncate(start + 1 + n);
    }
}

/// Pretty JSON written by hand into a buffer, byte for byte what [`Pretty`] makes serde_json
/// write: keys are written as they are (the caller's keys are plain ASCII), strings are
/// escaped by serde_json only where they hold a quote, a backslash or a control character.
/// Objects and arrays are opened with [`Out::open`], each member begun with [`Out::key`] or
/// [`Out::item`] (which track the first), and closed with [`Out::close`].
pub(super) struct Out {
    pub(super) buf: Vec<u8>,
    depth: usize,
    /// whether the object or array open at each level (a bit per level) has had no member
    /// yet; the document is never more than a few levels deep
    first: u64,
    /// a serialization of a part failed (the document is then not printed)
    pub(super) failed: bool,
}

impl Out {
    /// A writer of a document into a buffer of `capacity` bytes to start with, the document
    /// standing `depth` levels deep in another (0: a document of its own).
    pub(super) fn with_capacity_at(capacity: usize, depth: usize) -> Out {
        Out {
            buf: Vec::with_capacity(capacity),
            depth,
            first: 0,
            failed: false,
        }
    }

    /// Opens an object (`b'{'`) or an array (`b'['`).
    #[inline]
    pub(super) fn open(&mut self, bracket: u8) {
        self.depth += 1;
        debug_assert!(self.depth < 64);
        self.first |= 1 << (self.depth % 64);
        self.buf.push(bracket);
    }

    /// Closes what [`Out::open`] opened (`b'}'` or `b']'`), on its own line if it had
    /// members.
    #[inline]
    pub(super) fn close(&mut self, bracket: u8) {
        let bit = 1 << (self.depth % 64);
        let had_members = self.first & bit == 0;
        self.first &= !bit;
        self.depth -= 1;
        if had_members {
            line_into(&mut self.buf, self.depth, false);
        }
        self.buf.push(bracket);
    }

    /// Begins the next member of the open array.
    #[inline]
    pub(super) fn item(&mut self) {
        let bit = 1 << (self.depth % 64);
        let first = self.first & bit != 0;
        self.first &= !bit;
        line_into(&mut self.buf, self.depth, !first);
    }

    /// Begins the next member of the open object: its key (plain ASCII, written as it is).
    #[inline(always)]
    pub(super) fn key(&mut self, key: &str) {
        self.item();
        self.buf.push(b'"');
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"\": ");
    }

    /// Begins the next member of the open object keyed by a year, as serde_json keys a map
    /// by an integer (its digits in quotes).
    pub(super) fn year_key(&mut self, year: i32) {
        let mut digits = itoa::Buffer::new();
        self.item();
        self.buf.push(b'"');
        self.buf.extend_from_slice(digits.format(year).as_bytes());
        self.buf.extend_from_slice(b"\": ");
    }

    /// A string, escaped as serde_json escapes it.
    #[inline]
    pub(super) fn str(&mut self, s: &str) {
        if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
            self.buf.push(b'"');
            self.buf.extend_from_slice(s.as_bytes());
            self.buf.push(b'"');
        } else if serde_json::to_writer(&mut self.buf, s).is_err() {
            self.failed = true;
        }
    }

    pub(super) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.buf.extend_from_slice(b"null"),
        }
    }

    /// A number as a plain decimal string ([`super::plain`]).
    #[inline]
    pub(super) fn num(&mut self, d: Decimal) {
        let mut text = [0u8; 64];
        self.buf.push(b'"');
        self.buf.extend_from_slice(super::plain_bytes(d, &mut text));
        self.buf.push(b'"');
    }

    /// A cell's address as a string (`"C13"`).
    #[inline]
    pub(super) fn cell(&mut self, c: crate::compare::collect::CellRef) {
        let mut text = [0u8; 32];
        self.buf.push(b'"');
        self.buf.extend_from_slice(c.write(&mut text).as_bytes());
        self.buf.push(b'"');
    }

    #[inline]
    pub(super) fn int(&mut self, v: impl itoa::Integer) {
        let mut digits = itoa::Buffer::new();
        self.buf.extend_from_slice(digits.format(v).as_bytes());
    }

    /// Bytes that are JSON already.
    #[inline]
    pub(super) fn raw_bytes(&mut self, json: &[u8]) {
        self.buf.extend_from_slice(json);
    }

    /// Text that is JSON already (a path escaped before).
    #[inline]
    pub(super) fn raw(&mut self, json: &str) {
        self.buf.extend_from_slice(json.as_bytes());
    }

    /// A value serialized by serde_json at the current depth, as it would be nested there.
    pub(super) fn serde<T: Serialize + ?Sized>(&mut self, value: &T) {
        let f = Pretty {
            depth: self.depth,
            has_value: false,
        };
        let mut ser = serde_json::Serializer::with_formatter(&mut self.buf, f);
        if value.serialize(&mut ser).is_err() {
            self.failed = true;
        }
    }
}
