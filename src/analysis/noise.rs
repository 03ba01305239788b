//! Page noise: what a whole pasted page carries around the article.
//!
//! Each line is classified on its own (navigation, donation widget, share
//! prompt, related links, legal boilerplate, byline) and a comment thread
//! runs from its first marker ("Notify of", "Leave a Reply", "12 Comments",
//! "Name says:") to the end of the text. Consecutive noise lines of one
//! kind form a block; the reader can put any block back. Nothing is
//! deleted: blocks are spans of the input.

use super::text::{Line, Span};
use crate::json::{json_by_id, json_fields};

/// What a block of noise is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoiseKind {
    /// Menus, tags, link lists.
    Navigation,
    /// Donation widgets and appeals: "0 $ 2,500 $", "Support SouthFront".
    Donation,
    /// Share, subscribe and follow prompts.
    Share,
    /// "Related", "Read more".
    Related,
    /// Copyright, disclaimers, republishing notes, image credits.
    Legal,
    /// Bylines and datelines.
    Byline,
    /// A reader comment thread.
    Comments,
}

/// A block of lines set aside from the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noise {
    pub kind: NoiseKind,
    pub start: usize,
    pub end: usize,
    /// Non-blank lines in the block.
    pub lines: usize,
}

impl NoiseKind {
    /// The stable identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            NoiseKind::Navigation => "navigation",
            NoiseKind::Donation => "donation",
            NoiseKind::Share => "share",
            NoiseKind::Related => "related",
            NoiseKind::Legal => "legal",
            NoiseKind::Byline => "byline",
            NoiseKind::Comments => "comments",
        }
    }
}

json_by_id!(NoiseKind);

json_fields!(Noise {
    kind,
    start,
    end,
    lines
});

impl Noise {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// How one line reads on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Article text.
    Content,
    /// Blank, or punctuation only ("*", "---"): belongs to its neighbours.
    Neutral,
    Noise(NoiseKind),
    /// The first line of a comment thread.
    ThreadStart,
    /// A lone "Reply" under a comment: the comment is the block above it.
    ReplyLink,
}

const THREAD_MARKERS: &[&str] = &[
    "notify of",
    "newest most voted",
    "oldest newest most voted",
    "inline feedbacks",
    "view all comments",
    "leave a reply",
    "leave a reply cancel reply",
    "leave a comment",
    "join the discussion",
    "comments",
    "comment",
    "show comments",
    "add a comment",
    "post a comment",
    "login to comment",
    "log in to comment",
    "be the first to comment",
    "reader comments",
    "discussion",
    "responses",
];

const REPLY_LINKS: &[&str] = &[
    "reply",
    "reply ↓",
    "report",
    "like",
    "quote",
    "report comment",
];

const DONATION_PREFIXES: &[&str] = &[
    "support ",
    "donate",
    "make a donation",
    "become a member",
    "become a patron",
    "buy me a coffee",
    "support us",
];

const SHARE_WORDS: &[&str] = &[
    "share",
    "tweet",
    "subscribe",
    "newsletter",
    "follow us",
    "sign up",
    "email this",
    "print this",
    "whatsapp",
    "telegram",
    "crosspost",
];

const RELATED_PREFIXES: &[&str] = &[
    "related",
    "read more",
    "read also",
    "see also",
    "you may also like",
    "recommended",
    "more from",
    "most read",
    "more stories",
    "trending",
];

const LEGAL_PREFIXES: &[&str] = &[
    "copyright",
    "©",
    "(c) ",
    "disclaimer",
    "all rights reserved",
    "the original source of this article",
    "for media inquiries",
    "featured image",
    "terms of use",
    "terms of service",
    "privacy policy",
    "this article was originally published",
    "originally published",
    "this article was republished",
    "republished with permission",
];

const LEGAL_INSIDE: &[&str] = &[
    "all rights reserved",
    "copyrighted material",
    "fair use",
    "sole responsibility of the author",
];

const NAVIGATION_PREFIXES: &[&str] = &[
    "region:",
    "theme:",
    "in-depth report:",
    "tags:",
    "tag:",
    "categories:",
    "category:",
    "filed under",
    "topics:",
    "articles by:",
    "posted in",
    "skip to",
    "menu",
    "home",
    "search",
    "log in",
    "login",
    "sign in",
    "next article",
    "previous article",
    "next post",
    "previous post",
];

const BYLINE_PREFIXES: &[&str] = &[
    "by ",
    "posted by",
    "written by",
    "reporting by",
    "additional reporting by",
    "editing by",
    "author:",
    "published",
    "updated:",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Lines longer than this (in bytes) are read as paragraphs.
const LONG_LINE: usize = 160;

/// Words in a line: runs between spaces that hold a letter or a digit (any
/// non-ASCII byte counts as one). Byte-level, as it runs on every line.
fn words(s: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    let mut counted = false;
    for &b in s.as_bytes() {
        if b.is_ascii_whitespace() {
            in_word = false;
            counted = false;
        } else {
            in_word = true;
            if !counted && (b.is_ascii_alphanumeric() || b >= 0x80) {
                n += 1;
                counted = true;
            }
        }
    }
    let _ = in_word;
    n
}

/// The line without its markdown links' targets: "[South Front](#) 14 May"
/// becomes "South Front 14 May"; also returns how many links there were
/// and the words outside them.
fn unlink(s: &str) -> (String, usize, usize) {
    let mut plain = String::with_capacity(s.len());
    let mut outside = String::new();
    let mut links = 0;
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else {
            break;
        };
        plain.push_str(&rest[..open]);
        outside.push_str(&rest[..open]);
        plain.push_str(&rest[open + 1..close]);
        links += 1;
        rest = &rest[end + 1..];
    }
    plain.push_str(rest);
    outside.push_str(rest);
    (strip_tags(&plain), links, words(&strip_tags(&outside)))
}

/// The text without HTML tags: "<p>By <a href=x>Jane</a></p>" -> "By Jane".
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        let is_tag = rest[open + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match rest[open..].find('>') {
            Some(close) if is_tag => {
                out.push_str(&rest[..open]);
                out.push(' ');
                rest = &rest[open + close + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_money_line(t: &str) -> bool {
    let has_currency = t.contains(['$', '€', '£']);
    has_currency
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | ',' | '.' | ' ' | '\u{a0}')
        })
}

/// "Name says:" or "Name says: March 3, 2020 at 5:12 pm".
fn is_says_line(lower: &str) -> bool {
    match lower.find(" says:") {
        Some(p) => {
            let name = &lower[..p];
            let n = words(name);
            (1..=5).contains(&n) && !name.contains(['.', ',', '"', '“'])
        }
        None => false,
    }
}

/// A short line that is a date or "Outlet, date".
fn is_dateline(lower: &str, n: usize) -> bool {
    if n == 0 || n > 7 {
        return false;
    }
    let has_month = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| MONTHS.contains(&w));
    let has_number = lower.chars().any(|c| c.is_ascii_digit());
    has_month && has_number && !lower.contains(" said") && !lower.ends_with('.')
}

fn classify(line: &str) -> Class {
    let t = line.trim();
    // A long line is a paragraph: of the noise kinds only legal text and
    // share notes run that long. Checking them cheaply keeps the pass fast
    // where the bytes are.
    if t.len() > LONG_LINE {
        let lower = t.to_ascii_lowercase();
        return if LEGAL_PREFIXES.iter().any(|p| lower.starts_with(p))
            || LEGAL_INSIDE.iter().any(|p| lower.contains(p))
        {
            Class::Noise(NoiseKind::Legal)
        } else if lower.starts_with("note to readers") || lower.contains("share buttons") {
            Class::Noise(NoiseKind::Share)
        } else {
            Class::Content
        };
    }
    if !t.chars().any(char::is_alphanumeric) {
        return Class::Neutral;
    }
    // Markup is rare: only undo links and tags where there are some.
    let (plain, links, outside_words) = if t.contains(['[', '<']) {
        unlink(t)
    } else {
        (t.to_string(), 0, 0)
    };
    let lower = plain.trim().to_ascii_lowercase();
    let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    let n = words(&lower);

    if THREAD_MARKERS.contains(&bare)
        || lower.starts_with("would love your thoughts")
        || is_count_of_comments(bare)
        || is_says_line(&lower)
    {
        return Class::ThreadStart;
    }
    if REPLY_LINKS.contains(&bare) {
        return Class::ReplyLink;
    }
    // "Support SouthFront" is short; "Support for the plan fell" is not noise.
    let donation_prefix = DONATION_PREFIXES
        .iter()
        .any(|p| lower.starts_with(p) && n <= if p.ends_with(' ') { 3 } else { 6 });
    if is_money_line(t) || donation_prefix {
        return Class::Noise(NoiseKind::Donation);
    }
    if n <= 8
        && (lower.contains("donate") || lower.contains("donation") || lower.contains("patreon"))
    {
        return Class::Noise(NoiseKind::Donation);
    }
    if LEGAL_PREFIXES.iter().any(|p| lower.starts_with(p))
        || LEGAL_INSIDE.iter().any(|p| lower.contains(p))
    {
        return Class::Noise(NoiseKind::Legal);
    }
    if lower.starts_with("note to readers")
        || lower.contains("share buttons")
        || lower.contains("forward this article")
        || (n <= 6 && SHARE_WORDS.iter().any(|w| lower.contains(w)))
    {
        return Class::Noise(NoiseKind::Share);
    }
    if n <= 8 && RELATED_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return Class::Noise(NoiseKind::Related);
    }
    if n <= 8 && BYLINE_PREFIXES.iter().any(|p| lower.starts_with(p)) || is_dateline(&lower, n) {
        return Class::Noise(NoiseKind::Byline);
    }
    if NAVIGATION_PREFIXES
        .iter()
        .any(|p| lower.starts_with(p) && (p.ends_with(':') || n <= 4))
    {
        return Class::Noise(NoiseKind::Navigation);
    }
    // A line of links and little else, or "Home | World | Politics".
    if (links > 0 && outside_words < 3) || (t.matches('|').count() >= 2 && n <= 12) {
        return Class::Noise(NoiseKind::Navigation);
    }
    Class::Content
}

fn is_count_of_comments(bare: &str) -> bool {
    let mut parts = bare.split_whitespace();
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let counted = |num: &str, word: &str| {
        num.chars().all(|c| c.is_ascii_digit())
            && matches!(
                word,
                "comment" | "comments" | "responses" | "replies" | "reactions"
            )
    };
    counted(a, b) || counted(b.trim_matches(|c| c == '(' || c == ')'), a)
}

/// The result of reading the page's lines.
pub struct Layout {
    /// The article body: first to last content line.
    pub body: Span,
    /// Blocks set aside, in order.
    pub noise: Vec<Noise>,
    /// For each line: the index of its noise block, if it has one.
    pub block_of_line: Vec<Option<usize>>,
    /// For each line: true when it is article text.
    pub content: Vec<bool>,
}

/// Reads the layout of `text`, split into `lines`.
pub fn layout(text: &str, lines: &[Line]) -> Layout {
    // Lines are read in order until the thread starts: its first marker
    // after some article text. From there to the end everything is the
    // thread, so those lines are not read one by one.
    let mut classes: Vec<Class> = Vec::with_capacity(lines.len());
    let mut first_content: Option<usize> = None;
    let mut thread: Option<(usize, Class)> = None;
    for (i, l) in lines.iter().enumerate() {
        let class = classify(l.span.of(text));
        classes.push(class);
        match class {
            Class::Content if first_content.is_none() => first_content = Some(i),
            Class::ThreadStart | Class::ReplyLink if first_content.is_some() => {
                thread = Some((i, class));
                break;
            }
            _ => {}
        }
    }
    if let (Some((mut start, class)), Some(fc)) = (thread, first_content) {
        if class == Class::ReplyLink {
            // The comment is the block of lines just above its "Reply".
            while start > fc + 1 && classes[start - 1] != Class::Neutral {
                start -= 1;
            }
        }
        classes.truncate(start);
        classes.extend(lines[start..].iter().map(|l| {
            if l.span.of(text).trim().is_empty() {
                Class::Neutral
            } else {
                Class::Noise(NoiseKind::Comments)
            }
        }));
    }

    let mut noise: Vec<Noise> = Vec::new();
    let mut block_of_line = vec![None; lines.len()];
    let mut content = vec![false; lines.len()];
    let mut open: Option<usize> = None;
    for (i, class) in classes.iter().enumerate() {
        let span = lines[i].span;
        match class {
            Class::Neutral => {}
            Class::Content => {
                content[i] = true;
                open = None;
            }
            Class::ThreadStart | Class::ReplyLink | Class::Noise(_) => {
                let kind = match class {
                    Class::Noise(k) => *k,
                    // Markers before any article text: page furniture.
                    _ => NoiseKind::Navigation,
                };
                match open {
                    Some(b) if noise[b].kind == kind => {
                        noise[b].end = span.end;
                        noise[b].lines += 1;
                    }
                    _ => {
                        noise.push(Noise {
                            kind,
                            start: span.start,
                            end: span.end,
                            lines: 1,
                        });
                        open = Some(noise.len() - 1);
                    }
                }
                block_of_line[i] = open;
            }
        }
    }
    let first = content.iter().position(|c| *c);
    let last = content.iter().rposition(|c| *c);
    let body = match (first, last) {
        (Some(a), Some(b)) => Span::new(lines[a].span.start, lines[b].span.end),
        _ => Span::new(0, 0),
    };
    Layout {
        body,
        noise,
        block_of_line,
        content,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::text::lines;

    macro_rules! line_cases {
        ($($name:ident: $line:expr => $want:expr;)*) => {
            $(#[test] fn $name() { assert_eq!(classify($line), $want, "{:?}", $line); })*
        };
    }

    use Class::*;
    use NoiseKind::*;

    line_cases! {
        donation_amount: "2,500 $" => Noise(Donation);
        donation_zero: "0 $" => Noise(Donation);
        support_outlet: "Support SouthFront" => Noise(Donation);
        become_member: "[Become a Member of Global Research](#)" => Noise(Donation);
        byline_markdown: "By [South Front](#)" => Noise(Byline);
        dateline_outlet: "Global Research, November 19, 2018" => Noise(Byline);
        dateline_link: "[South Front](#) 14 November 2018" => Noise(Byline);
        month_year: "JUNE 2021" => Noise(Byline);
        region_tag: "Region: [Middle East & North Africa](#)" => Noise(Navigation);
        link_only: "[Comment on Global Research Articles on our Facebook page](#)" => Noise(Navigation);
        share_note: "Note to readers: please click the share buttons above. Forward this article to your email lists." => Noise(Share);
        copyright: "Copyright © [South Front](#), 2018" => Noise(Legal);
        disclaimer: "Disclaimer: The contents of this article are of sole responsibility of the author(s)." => Noise(Legal);
        fair_use: "www.example.org contains copyrighted material the use of which has not always been authorized." => Noise(Legal);
        featured_image: "Featured image is from New Eastern Outlook" => Noise(Legal);
        notify_of: "Notify of" => ThreadStart;
        n_comments: "12 Comments" => ThreadStart;
        comments_count_paren: "Comments (3)" => ThreadStart;
        says_line: "Maria Lopez says: March 3, 2020 at 5:12 pm" => ThreadStart;
        lone_reply: "Reply" => ReplyLink;
        separator: "*" => Neutral;
        blank: "   " => Neutral;
        plain_sentence: "Civil sources said that three US helicopters on Monday landed in the area." => Content;
        headline: "US-led Coalition Evacuated Another Group Of ISIS Commanders From Deir Ezzor – Report" => Content;
        sentence_with_date: "On December 28, local sources revealed to the Syrian Arab News Agency (SANA) that helicopters landed." => Content;
        sentence_saying_share: "The company's share price fell by a third after the ministry said it would investigate the deal." => Content;
        support_in_a_sentence: "Support for the plan fell sharply." => Content;
    }

    #[test]
    fn the_thread_runs_to_the_end() {
        let text = "Title\n\nThe minister said it.\n\nNotify of\nNewest\n\nJohn Smith\n\nGreat article, said nobody.\n";
        let ls = lines(text);
        let l = layout(text, &ls);
        assert_eq!(l.body.of(text), "Title\n\nThe minister said it.");
        let comments: Vec<_> = l.noise.iter().filter(|n| n.kind == Comments).collect();
        assert_eq!(comments.len(), 1);
        assert!(comments[0].span().of(text).starts_with("Notify of"));
        assert!(comments[0].span().of(text).ends_with("said nobody."));
        assert_eq!(comments[0].lines, 4);
    }

    #[test]
    fn a_lone_reply_takes_the_comment_above_it() {
        let text = "Title\n\nThe minister said it.\n\nJane\nI disagree, experts said.\nReply\n";
        let l = layout(text, &lines(text));
        assert_eq!(l.body.of(text), "Title\n\nThe minister said it.");
        assert!(l.noise[0].span().of(text).starts_with("Jane"));
    }

    #[test]
    fn markers_before_the_article_are_not_a_thread() {
        let text = "Comments\nHome\n\nThe minister said it.\n";
        let l = layout(text, &lines(text));
        assert_eq!(l.body.of(text), "The minister said it.");
    }
}
