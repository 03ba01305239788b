//! Text and spans: lines, sentences and word tokens, all as byte offsets
//! into the input as given. Every span produced here starts and ends on a
//! character boundary.

use crate::json::json_fields;

/// A half-open byte range `[start, end)` into the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

json_fields!(Span { start, end });

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers (empty if it does not fit `text`).
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One line of the input, without its line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub span: Span,
}

/// Splits `text` into lines at `\n` (a trailing `\r` is left out of the
/// span). Every byte of the input belongs to a line or to a line break.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            out.push(Line {
                span: Span::new(start, end),
            });
            start = i + 1;
        }
    }
    if start < text.len() || text.is_empty() || text.ends_with('\n') {
        out.push(Line {
            span: Span::new(start, text.len()),
        });
    }
    out
}

/// Abbreviations that end with a full stop but do not end a sentence
/// (compared lower-case, without the final dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm",
    "cmdr", "gov", "sen", "rep", "rev", "fr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no",
    "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept",
    "est", "fig", "vol", "pp", "ca", "cf", "al", "op", "ed", "eds", "pres", "supt", "insp",
    "messrs",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // A single letter is an initial ("J. Smith"); an inner dot is an
    // abbreviation ("U.S.", "e.g.").
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    if w.contains('.') {
        return true;
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// Characters that may close a sentence after its final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '_' | '›' | '」' | '』'
    )
}

/// Characters that may open a sentence before its first letter.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '«'
            | '('
            | '['
            | '*'
            | '_'
            | '‹'
            | '「'
            | '『'
            | '¿'
            | '¡'
            | '-'
            | '—'
    )
}

/// Splits the line `span` of `text` into sentence spans, trimmed of
/// surrounding white space. A line break always ends a sentence.
pub fn sentences_in(text: &str, span: Span, out: &mut Vec<Span>) {
    let line = span.of(text);
    let bytes = line.as_bytes();
    let base = span.start;
    let skip_space = |from: usize| from + (line[from..].len() - line[from..].trim_start().len());
    let mut start = skip_space(0);
    let mut i = start;
    // Only bytes that can begin a sentence mark are looked at closely: the
    // ASCII marks, and the first bytes of "…", "。", "！", "？", "؟", "۔".
    while i < bytes.len() {
        if !matches!(
            bytes[i],
            b'.' | b'!' | b'?' | 0xD8 | 0xDB | 0xE2 | 0xE3 | 0xEF
        ) {
            i += 1;
            continue;
        }
        let Some(c) = line[i..].chars().next() else {
            break;
        };
        let at = i;
        i += c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '۔') {
            continue;
        }
        // Swallow repeated marks and closers: `?!`, `."`, `.)**`.
        let mut end = i;
        while let Some(d) = line[end..].chars().next() {
            if matches!(d, '.' | '!' | '?' | '…') || is_closer(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        // A boundary needs white space, then an upper-case letter, a digit
        // or an opener (or the end of the line).
        let rest = &line[end..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() && !rest.is_empty() {
            continue; // "3.5", "U.S.-led", "...and"
        }
        let next = after_space.chars().next();
        let starts_new = match next {
            None => true,
            // Scripts without case (Arabic, Hebrew, CJK) start anywhere.
            Some(n) => {
                n.is_uppercase()
                    || n.is_numeric()
                    || is_opener(n)
                    || (n.is_alphabetic() && !n.is_lowercase() && !n.is_ascii())
            }
        };
        if !starts_new {
            continue;
        }
        if c == '.' && next.is_some() {
            let word_start = line[..at]
                .char_indices()
                .rev()
                .find(|(_, ch)| ch.is_whitespace())
                .map_or(0, |(p, ch)| p + ch.len_utf8());
            if is_abbreviation(&line[word_start..at]) {
                continue;
            }
        }
        if start < end {
            out.push(Span::new(base + start, base + end));
        }
        start = skip_space(end);
        i = start;
    }
    let trimmed = line[start.min(line.len())..].trim_end();
    if !trimmed.is_empty() {
        out.push(Span::new(base + start, base + start + trimmed.len()));
    }
}

/// A word with the punctuation around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word without surrounding punctuation ("Zakharova" in "**Zakharova**,").
    pub word: &'a str,
    /// Where `word` is in the input.
    pub span: Span,
    /// Punctuation before the word ("**", "“", "(").
    pub lead: &'a str,
    /// Punctuation after the word (",", ".”", ")").
    pub trail: &'a str,
    /// The word lists it belongs to ([`super::cues::Lex`] bits).
    pub lex: u32,
}

impl Token<'_> {
    /// True when the word starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        // Scripts without case (Arabic, Hebrew, CJK): a word of theirs in
        // running text reads like a name.
        self.word.chars().next().is_some_and(|c| {
            c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase() && !c.is_ascii())
        })
    }

    /// True when the word is all upper-case letters, two or more ("SANA").
    pub fn is_acronym(&self) -> bool {
        self.word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && self
                .word
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
    }

    /// True when punctuation after the word ends a clause: a comma, a
    /// semicolon, a colon, a closing quote, a dash or a full stop.
    pub fn ends_clause(&self) -> bool {
        // "Dr. Hannah Lee", "J. Smith": the dot of a title or an initial.
        if self.trail == "." && is_abbreviation(self.word) && self.word.len() <= 4 {
            return false;
        }
        self.trail.chars().any(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '”' | '"' | '.' | '!' | '?' | '—' | '–' | '，' | '،' | '؛'
            )
        })
    }

    /// True when punctuation before the word opens a quote or a clause.
    pub fn starts_clause(&self) -> bool {
        self.lead
            .chars()
            .any(|c| matches!(c, '“' | '"' | '—' | '–' | '‘'))
    }

    /// The word in lower case (ASCII only; other letters unchanged).
    pub fn lower(&self) -> String {
        self.word.to_ascii_lowercase()
    }

    /// True when the word equals `w`, ignoring ASCII case.
    pub fn is(&self, w: &str) -> bool {
        self.word.eq_ignore_ascii_case(w)
    }
}

/// Is this character part of a word? Letters, digits and marks.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Characters that join two parts of one word: "al-Hasakah", "U.S.",
/// "country’s", "AT&T", and the zero-width joiners of some scripts.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '-' | '‐' | '.' | '&' | '\u{200c}' | '\u{200d}'
    )
}

/// Combining marks (accents typed as separate code points, Arabic vowels).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Length of markup at the start of `s` that is not words: an HTML tag
/// ("<p>", "</a>", "<a href=...>"), a markdown link target ("](https://...)")
/// or a bare address ("https://...", "www.x.org"). Zero if there is none.
fn markup_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    // Within the first 2000 bytes, on a character boundary.
    let window = |limit: usize| {
        let mut end = s.len().min(limit);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        &s[..end]
    };
    match bytes.first() {
        Some(b'<')
            if bytes
                .get(1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!') =>
        {
            match window(2000).find(['>', '\n']) {
                Some(close) if bytes[close] == b'>' => close + 1,
                _ => 0,
            }
        }
        Some(b']') if s.starts_with("](") => {
            match window(2000).find(|c: char| c == ')' || c.is_whitespace()) {
                Some(close) if bytes[close] == b')' => close + 1,
                _ => 0,
            }
        }
        Some(b'h' | b'H' | b'w' | b'W') => {
            let starts = |p: &str| {
                bytes.len() >= p.len() && bytes[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            };
            if starts("http://") || starts("https://") || starts("www.") {
                s.find(|c: char| c.is_whitespace() || c == ')' || c == ']')
                    .unwrap_or(s.len())
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// Splits `span` of `text` into word tokens: the words, with the
/// punctuation (and markup) before and after each.
pub fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    let s = span.of(text);
    let mut out = Vec::new();
    let mut i = 0;
    let n = s.len();
    while i < n {
        // Lead: punctuation and markup since the last white space, up to
        // the next word character.
        let mut lead_start = i;
        let bytes = s.as_bytes();
        while i < n {
            // A space: the lead starts after it.
            if bytes[i] == b' ' {
                i += 1;
                lead_start = i;
                continue;
            }
            let rest = &s[i..];
            let m = markup_len(rest);
            if m > 0 {
                i += m;
                continue;
            }
            let Some(c) = rest.chars().next() else { break };
            if is_word_char(c) {
                break;
            }
            i += c.len_utf8();
            if c.is_whitespace() {
                lead_start = i;
            }
        }
        if i >= n {
            break;
        }
        let lead = &s[lead_start..i];
        // The word: word characters, and joiners between them.
        let word_start = i;
        let mut j = i;
        let bytes = s.as_bytes();
        while j < n {
            // ASCII letters and digits need no decoding.
            if bytes[j].is_ascii_alphanumeric() {
                j += 1;
                continue;
            }
            let rest = &s[j..];
            let Some(c) = rest.chars().next() else { break };
            if is_word_char(c) {
                j += c.len_utf8();
            } else if is_joiner(c) && markup_len(rest) == 0 {
                // One or two joiners, then more word: "al-Hasakah", "U.S.-led".
                let joined: usize = rest
                    .chars()
                    .take_while(|c| is_joiner(*c))
                    .take(3)
                    .map(char::len_utf8)
                    .sum();
                if joined <= 2 * '’'.len_utf8()
                    && rest[joined..].chars().next().is_some_and(is_word_char)
                {
                    j += joined;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let word_end = j;
        // Trail: punctuation and markup up to white space or a word.
        while j < n {
            let rest = &s[j..];
            let m = markup_len(rest);
            if m > 0 {
                j += m;
                continue;
            }
            let Some(c) = rest.chars().next() else { break };
            if c.is_whitespace() || is_word_char(c) {
                break;
            }
            j += c.len_utf8();
        }
        let word = &s[word_start..word_end];
        out.push(Token {
            word,
            span: Span::new(span.start + word_start, span.start + word_end),
            lead,
            trail: &s[word_end..j],
            lex: super::cues::lex_mask(word),
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for line in lines(text) {
            sentences_in(text, line.span, &mut out);
        }
        out.iter().map(|s| s.of(text)).collect()
    }

    macro_rules! sentence_cases {
        ($($name:ident: $text:expr => [$($want:expr),* $(,)?];)*) => {
            $(#[test] fn $name() { let want: Vec<&str> = vec![$($want),*]; assert_eq!(split($text), want); })*
        };
    }

    sentence_cases! {
        two_plain: "It rained. Then it stopped." => ["It rained.", "Then it stopped."];
        title_abbreviation: "Mr. Smith said so. Gen. Lee agreed." => ["Mr. Smith said so.", "Gen. Lee agreed."];
        country_abbreviation: "The U.S. is evacuating them, SANA said." => ["The U.S. is evacuating them, SANA said."];
        initials: "Walter J. Pels took it. Done." => ["Walter J. Pels took it.", "Done."];
        quote_closer: "“It is false,” he said. “We deny it.” Then silence." =>
            ["“It is false,” he said.", "“We deny it.”", "Then silence."];
        markdown_bold: "**They reportedly rescued several.** Next one." => ["**They reportedly rescued several.**", "Next one."];
        decimals_and_lowercase: "It cost 3.5 million. and more" => ["It cost 3.5 million. and more"];
        line_breaks_end_sentences: "First line\nsecond line" => ["First line", "second line"];
        crlf: "One.\r\nTwo." => ["One.", "Two."];
        arabic: "قال المتحدث. ثم غادر." => ["قال المتحدث.", "ثم غادر."];
        question_exclamation: "Really?! Yes. OK" => ["Really?!", "Yes.", "OK"];
        empty: "" => [];
        spaces_only: "   \n  " => [];
    }

    #[test]
    fn lines_cover_the_input() {
        let text = "a\r\nbc\n\nd";
        let got: Vec<&str> = lines(text).iter().map(|l| l.span.of(text)).collect();
        assert_eq!(got, vec!["a", "bc", "", "d"]);
        assert_eq!(lines("").len(), 1);
    }

    #[test]
    fn tokens_keep_punctuation_apart() {
        let text = "“We deny it,” Spokeswoman **Maria Zakharova** said (SOHR).";
        let toks = tokens(text, Span::new(0, text.len()));
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            [
                "We",
                "deny",
                "it",
                "Spokeswoman",
                "Maria",
                "Zakharova",
                "said",
                "SOHR"
            ]
        );
        assert_eq!(toks[0].lead, "“");
        assert_eq!(toks[2].trail, ",”");
        assert!(toks[2].ends_clause());
        assert_eq!(toks[4].lead, "**");
        assert_eq!(toks[5].span.of(text), "Zakharova");
        assert!(toks[7].is_acronym());
        assert_eq!(toks[7].lead, "(");
    }

    #[test]
    fn tokens_skip_markup() {
        let text = "<p>The <b>ministry</b> said, according to [Reuters](https://reuters.com/a-b), https://x.org/y ok.</p>";
        let toks = tokens(text, Span::new(0, text.len()));
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            [
                "The",
                "ministry",
                "said",
                "according",
                "to",
                "Reuters",
                "ok"
            ]
        );
        assert_eq!(toks[0].lead, "<p>");
        assert_eq!(toks[5].lead, "[");
        assert_eq!(toks[5].trail, "](https://reuters.com/a-b),");
    }

    #[test]
    fn tokens_handle_non_ascii_and_inner_punctuation() {
        let text = "Rüdiger Preiss, al-Hasakah’s U.S.-led Сергей";
        let toks = tokens(text, Span::new(0, text.len()));
        let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            ["Rüdiger", "Preiss", "al-Hasakah’s", "U.S.-led", "Сергей"]
        );
        for t in &toks {
            assert_eq!(t.span.of(text), t.word);
        }
    }
}
