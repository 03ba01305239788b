//! JSON for the app's own formats: the analysis and result files, the
//! messages to a host page and the saved work.
//!
//! A value tree, a writer (compact or indented) and a reader. It is this
//! small on purpose: moving from serde and serde_json to this module made
//! the browser build 23.9 KB (gzip) smaller, of 225 KB; miniserde would
//! have cost 10 KB more than no JSON library at all.
//! What it leaves out, it refuses in plain words: numbers other than
//! whole numbers from 0 to 2^64 - 1 (the formats hold counts and byte
//! offsets only) and nesting deeper than [`MAX_DEPTH`].
//!
//! ```
//! use evidence_checklist::json::{obj, Value};
//!
//! let v = obj(vec![("score", Value::from(72u8)), ("band", Value::from("mostly-sourced"))]);
//! assert_eq!(v.to_string(), r#"{"score":72,"band":"mostly-sourced"}"#);
//! assert_eq!(Value::parse(&v.to_string()), Ok(v));
//! ```

use std::fmt;

/// A JSON value. Objects keep their keys in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A whole number; the only numbers the formats hold.
    Num(u64),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

/// Nesting deeper than this is refused, so hostile input cannot exhaust
/// the stack. The formats nest four deep.
pub const MAX_DEPTH: usize = 64;

/// Why a text is not JSON the app reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Byte offset where reading stopped.
    pub at: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not JSON this app reads (at byte {})", self.at)
    }
}

/// An object from its fields, in order.
pub fn obj(fields: Vec<(&str, Value)>) -> Value {
    Value::Obj(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Things written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_json)
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Arr(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::Str(self.clone())
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Num(n as u64)
            }
        }
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::from(*self)
            }
        }
    )*};
}
whole_numbers!(u8, u16, u32, u64, usize);

/// `ToJson` for a struct: an object of the listed fields, in that order,
/// each under its own name.
macro_rules! json_fields {
    ($t:ty { $($field:ident),* $(,)? }) => {
        impl $crate::json::ToJson for $t {
            fn to_json(&self) -> $crate::json::Value {
                $crate::json::obj(vec![
                    $((stringify!($field), $crate::json::ToJson::to_json(&self.$field))),*
                ])
            }
        }
    };
}
pub(crate) use json_fields;

/// `ToJson` for enums written as their stable `id()`.
macro_rules! json_by_id {
    ($($t:ty),*) => {$(
        impl $crate::json::ToJson for $t {
            fn to_json(&self) -> $crate::json::Value {
                $crate::json::Value::from(self.id())
            }
        }
    )*};
}
pub(crate) use json_by_id;

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.to_string())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl Value {
    /// The field `key` of an object; `None` for a missing field or a value
    /// that is not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The field `key` of an object, to change.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Obj(fields) => fields.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Sets the field `key` of an object (replacing it, or adding it at the
    /// end). Does nothing to a value that is not an object.
    pub fn set(&mut self, key: &str, value: Value) {
        if let Value::Obj(fields) = self {
            match fields.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) => *v = value,
                None => fields.push((key.to_string(), value)),
            }
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Num(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Arr(a) => Some(a),
            _ => None,
        }
    }

    /// Indented by two spaces, one field or item per line.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        write(self, &mut out, Some(0));
        out
    }

    /// Reads a whole text as one value.
    pub fn parse(text: &str) -> Result<Value, ParseError> {
        let mut r = Reader {
            s: text.as_bytes(),
            i: 0,
        };
        let v = r.value(0)?;
        r.space();
        if r.i == r.s.len() {
            Ok(v)
        } else {
            Err(r.error())
        }
    }
}

/// Compact: no spaces, no line breaks.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write(self, &mut out, None);
        f.write_str(&out)
    }
}

fn write(v: &Value, out: &mut String, indent: Option<usize>) {
    let inner = indent.map(|n| n + 1);
    // Before an item or field: a line break and the indentation.
    let line = |out: &mut String, depth: Option<usize>| {
        if let Some(d) = depth {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", d));
        }
    };
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(n) => out.push_str(&n.to_string()),
        Value::Str(s) => write_str(s, out),
        Value::Arr(items) if items.is_empty() => out.push_str("[]"),
        Value::Obj(fields) if fields.is_empty() => out.push_str("{}"),
        Value::Arr(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                line(out, inner);
                write(item, out, inner);
            }
            line(out, indent);
            out.push(']');
        }
        Value::Obj(fields) => {
            out.push('{');
            for (n, (key, item)) in fields.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                line(out, inner);
                write_str(key, out);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write(item, out, inner);
            }
            line(out, indent);
            out.push('}');
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Other control characters, and the two line separators that
            // old JavaScript parsers reject inside strings.
            c if c < ' ' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str("\\u");
                let n = c as u32;
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[(n >> shift) as usize & 15] as char);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn error(&self) -> ParseError {
        ParseError { at: self.i }
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    /// Skips `word` if the text goes on with it.
    fn eat(&mut self, word: &[u8]) -> bool {
        let found = self.s[self.i..].starts_with(word);
        if found {
            self.i += word.len();
        }
        found
    }

    /// After an opening bracket: items read by `item`, separated by commas,
    /// up to the closing `close`.
    fn items(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), ParseError>,
    ) -> Result<(), ParseError> {
        self.i += 1;
        self.space();
        if self.eat(&[close]) {
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            if self.eat(&[close]) {
                return Ok(());
            }
            if !self.eat(b",") {
                return Err(self.error());
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error());
        }
        self.space();
        match self.s.get(self.i) {
            Some(b'{') => {
                let mut fields = Vec::new();
                self.items(b'}', |r| {
                    r.space();
                    let key = r.string()?;
                    r.space();
                    if !r.eat(b":") {
                        return Err(r.error());
                    }
                    fields.push((key, r.value(depth + 1)?));
                    Ok(())
                })?;
                Ok(Value::Obj(fields))
            }
            Some(b'[') => {
                let mut items = Vec::new();
                self.items(b']', |r| {
                    items.push(r.value(depth + 1)?);
                    Ok(())
                })?;
                Ok(Value::Arr(items))
            }
            Some(b'"') => self.string().map(Value::Str),
            Some(b'0'..=b'9') => self.number(),
            _ if self.eat(b"null") => Ok(Value::Null),
            _ if self.eat(b"true") => Ok(Value::Bool(true)),
            _ if self.eat(b"false") => Ok(Value::Bool(false)),
            _ => Err(self.error()),
        }
    }

    /// A whole number; a leading zero, a fraction or an exponent is
    /// refused, as is anything above `u64::MAX`.
    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        let digits = &self.s[start..self.i];
        let leading_zero = digits.len() > 1 && digits[0] == b'0';
        let more = matches!(self.s.get(self.i), Some(b'.' | b'e' | b'E'));
        let n = std::str::from_utf8(digits)
            .ok()
            .and_then(|d| d.parse().ok());
        match n {
            Some(n) if !leading_zero && !more => Ok(Value::Num(n)),
            _ => Err(ParseError { at: start }),
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self.s.get(self.i..self.i + 4).ok_or(self.error())?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error())?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error());
        }
        self.i += 4;
        u32::from_str_radix(text, 16).map_err(|_| self.error())
    }

    fn string(&mut self) -> Result<String, ParseError> {
        if !self.eat(b"\"") {
            return Err(self.error());
        }
        let mut out = Vec::new();
        loop {
            let Some(&b) = self.s.get(self.i) else {
                return Err(self.error());
            };
            self.i += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let Some(&e) = self.s.get(self.i) else {
                        return Err(self.error());
                    };
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let n = if (0xd800..0xdc00).contains(&hi) {
                                // A surrogate pair: the low half must follow.
                                if !self.eat(b"\\u") {
                                    return Err(self.error());
                                }
                                let lo = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&lo) {
                                    return Err(self.error());
                                }
                                0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)
                            } else {
                                hi
                            };
                            char::from_u32(n).ok_or(self.error())?
                        }
                        _ => return Err(self.error()),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                // Raw control characters are not allowed inside strings.
                0..=0x1f => return Err(self.error()),
                _ => out.push(b),
            }
        }
        // The input is a &str and escapes add whole characters, so this
        // holds; the check costs nothing next to a panic.
        String::from_utf8(out).map_err(|_| self.error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_compact_and_pretty() {
        let v = obj(vec![
            ("a", Value::Arr(vec![Value::from(1u8), Value::Null])),
            ("b", obj(vec![])),
            ("c", Value::Arr(vec![])),
            ("d", Value::from("x\"\\\n\u{1}\u{2028}é")),
        ]);
        assert_eq!(
            v.to_string(),
            r#"{"a":[1,null],"b":{},"c":[],"d":"x\"\\\n\u0001\u2028é"}"#
        );
        assert_eq!(
            v.to_pretty(),
            "{\n  \"a\": [\n    1,\n    null\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": \"x\\\"\\\\\\n\\u0001\\u2028é\"\n}"
        );
    }

    #[test]
    fn reads_what_it_writes_and_standard_json() {
        let text = r#" { "k" : [ true , false , null , 0 , 18446744073709551615 ,
            "\u00e9\ud83d\ude00\/\b\f\n\r\t" ] , "" : {} } "#;
        let v = Value::parse(text).unwrap();
        assert_eq!(
            v.get("k").and_then(Value::as_array).map(<[_]>::len),
            Some(6)
        );
        assert_eq!(
            v.get("k").unwrap().as_array().unwrap()[4].as_u64(),
            Some(u64::MAX)
        );
        assert_eq!(
            v.get("k").unwrap().as_array().unwrap()[5].as_str(),
            Some("é😀/\u{8}\u{c}\n\r\t")
        );
        assert_eq!(Value::parse(&v.to_string()), Ok(v.clone()));
        assert_eq!(Value::parse(&v.to_pretty()), Ok(v));
    }

    #[test]
    fn refuses_what_it_does_not_read() {
        for bad in [
            "",
            " ",
            "{",
            "}",
            "[1,]",
            "[1 2]",
            "{\"a\"}",
            "{\"a\":}",
            "{a:1}",
            "01",
            "-1",
            "1.5",
            "1e3",
            "18446744073709551616",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"\\udc00\"",
            "\"\u{1}\"",
            "\"open",
            "nul",
            "truth",
            "[] []",
            "\"\\u12\"",
        ] {
            assert!(Value::parse(bad).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert!(Value::parse(&deep).is_err());
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(Value::parse(&ok).is_ok());
        assert_eq!(
            Value::parse("[1,x]").unwrap_err().to_string(),
            "not JSON this app reads (at byte 3)"
        );
    }

    #[test]
    fn set_replaces_or_appends() {
        let mut v = obj(vec![("a", Value::from(1u8))]);
        v.set("a", Value::from(2u8));
        v.set("b", Value::Null);
        assert_eq!(v.to_string(), r#"{"a":2,"b":null}"#);
        let mut not_obj = Value::Null;
        not_obj.set("a", Value::Null);
        assert_eq!(not_obj, Value::Null);
    }
}
