//! Attributions: who says what, named or not, and who relays whom.
//!
//! Each attribution cue ("said", "according to", "citing", "told") looks
//! for its speaker in a short window of the sentence: the words before the
//! verb back to the start of the clause ("the country's state-run news
//! agency SANA reported"), or the words after a preposition ("according to
//! SANA"). The phrase found is then read as a named person, organisation or
//! outlet (its capitalised head, with a role when one is given) or as an
//! unnamed source ("local sources", "some experts"). Windows are bounded,
//! so the whole pass stays linear in the length of the text.

use super::cues::*;
use super::matcher::Hit;
use super::text::{tokens, Span, Token};
use super::Sentence;
use crate::json::{json_by_id, json_fields};

/// What kind of source speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    Person,
    Organisation,
    Outlet,
    /// Unnamed people: "sources", "residents", "experts".
    Unnamed,
}

/// One attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The source as written: "local sources", "Maria Zakharova", "SANA".
    pub text: String,
    pub named: bool,
    pub kind: SourceKind,
    /// The cue that attributes: "said", "citing", "according to".
    pub cue: String,
    pub start: usize,
    pub end: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// Role or description when given: "Russian Foreign Ministry Spokeswoman".
    pub role: Option<String>,
    /// For an unnamed source: the article says why they know or why they
    /// are not named.
    pub described: bool,
    /// The source that relays this one ("citing local sources": SANA).
    pub via: Option<usize>,
    /// The source this one relays (SANA: local sources).
    pub cites: Option<usize>,
    /// The first source of this one's origin; sources with the same origin
    /// count as one (relays, "the sources" after "civil sources", the same
    /// outlet again).
    pub origin: usize,
    /// The source speaks to deny.
    pub denies: bool,
}

impl SourceKind {
    /// The stable identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organisation => "organisation",
            SourceKind::Outlet => "outlet",
            SourceKind::Unnamed => "unnamed",
        }
    }
}

json_by_id!(SourceKind);

json_fields!(Source {
    text,
    named,
    kind,
    cue,
    start,
    end,
    sentence_start,
    sentence_end,
    role,
    described,
    via,
    cites,
    origin,
    denies,
});

impl Source {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    pub fn sentence(&self) -> Span {
        Span::new(self.sentence_start, self.sentence_end)
    }
}

/// A phrase read as a source.
#[derive(Clone, Debug, PartialEq)]
struct Reading {
    span: Span,
    named: bool,
    kind: SourceKind,
    role: Option<Span>,
}

/// Why a backwards search found nothing.
enum Back {
    Found(usize, usize),
    /// A punctuation mark or a quote right before the verb.
    Boundary,
    /// "have been accused": nobody is named as the speaker.
    Passive,
    Nothing,
}

fn lower_in(list: Lex, t: &Token) -> bool {
    t.lex & list.bit() != 0
}

/// The tokens that belong to a cue, per token: does any attribution-like
/// cue cover it?
fn cue_cover(toks: &[Token], hits: &[Hit]) -> Vec<bool> {
    let mut cover = vec![false; toks.len()];
    for h in hits {
        // "declined to comment" is not an attribution, but no speaker is
        // read across it either.
        if !h.cues().iter().any(|c| c.attributes() || c == Cue::Sought) {
            continue;
        }
        if let Some((a, b)) = token_range(toks, h.span) {
            cover[a..b].iter_mut().for_each(|c| *c = true);
        }
    }
    cover
}

/// The token range a hit covers (tokens are in text order).
fn token_range(toks: &[Token], span: Span) -> Option<(usize, usize)> {
    let first = toks.partition_point(|t| t.span.end <= span.start);
    let end = toks.partition_point(|t| t.span.start < span.end);
    (first < end).then_some((first, end))
}

const MAX_PHRASE: usize = 12;

/// The subject before the verb at token `verb`, back to the clause start.
fn backward(toks: &[Token], cover: &[bool], verb: usize) -> Back {
    backward_from(toks, cover, verb, false)
}

/// As [`backward`]; with `past_comma`, the token right before `verb` may
/// end with a comma ("A third official, ...": the phrase before the
/// parenthetical).
fn backward_from(toks: &[Token], cover: &[bool], verb: usize, past_comma: bool) -> Back {
    let mut b = verb;
    while b > 0 && lower_in(Lex::Skippable, &toks[b - 1]) && !toks[b - 1].ends_clause() {
        b -= 1;
    }
    if b == 0 {
        return Back::Nothing;
    }
    if lower_in(Lex::Passive, &toks[b - 1]) {
        return Back::Passive;
    }
    if !past_comma && (toks[b - 1].ends_clause() || toks[b].starts_clause() && b < verb) {
        return Back::Boundary;
    }
    if lower_in(Lex::ClauseWords, &toks[b - 1]) || cover[b - 1] {
        return Back::Nothing;
    }
    let mut a = b - 1;
    while a > 0 && b - a < MAX_PHRASE {
        let prev = &toks[a - 1];
        if prev.ends_clause() || toks[a].starts_clause() || cover[a - 1] {
            break;
        }
        if lower_in(Lex::ClauseWords, prev) {
            break;
        }
        if prev.is("and") {
            // "the Afghan media and local residents": both sides are sources.
            let joined = a >= 2 && {
                let before = &toks[a - 2];
                !before.ends_clause()
                    && (lower_in(Lex::UnnamedPeople, before)
                        || lower_in(Lex::UnnamedOutlets, before)
                        || before.is_capitalized())
            };
            if !joined {
                break;
            }
        }
        a -= 1;
    }
    Back::Found(a, b)
}

/// The phrase that starts at token `start`, read forwards.
fn forward(toks: &[Token], cover: &[bool], start: usize) -> Option<(usize, usize)> {
    let mut a = start;
    // "according to, say, ..." is not a source; skip a lone determiner-free
    // opener such as "reports by".
    while a < toks.len() && lower_in(Lex::Skippable, &toks[a]) {
        a += 1;
    }
    if a >= toks.len()
        || cover[a]
        || lower_in(Lex::Pronouns, &toks[a])
            && toks.len() > a + 1
            && lower_in(Lex::ClauseWords, &toks[a + 1])
    {
        return None;
    }
    let mut b = a;
    while b < toks.len() && b - a < MAX_PHRASE {
        let t = &toks[b];
        if b > a {
            let prev = &toks[b - 1];
            if cover[b]
                || t.starts_clause()
                || lower_in(Lex::DateWords, t)
                || (lower_in(Lex::ClauseWords, t) && !t.is("to"))
            {
                break;
            }
            if lower_in(Lex::Prepositions, t) {
                let next = toks.get(b + 1);
                let inside_name = prev.is_capitalized()
                    && next.is_some_and(|n| n.is_capitalized() && !lower_in(Lex::DateWords, n));
                if !inside_name {
                    break;
                }
            }
            // A new determiner after a noun starts a new phrase.
            if lower_in(Lex::Determiners, t)
                && !lower_in(Lex::NameConnectors, prev)
                && !prev.is("of")
            {
                break;
            }
        }
        b += 1;
        if t.ends_clause() {
            break;
        }
    }
    (b > a).then_some((a, b))
}

/// The end of a token run, extended over a closing bracket ("(SOHR)").
fn run_end(toks: &[Token], a: usize, last: usize) -> usize {
    let t = &toks[last];
    let opened = toks[a..=last].iter().any(|t| t.lead.contains('('));
    if opened && t.trail.starts_with(')') {
        t.span.end + 1
    } else {
        t.span.end
    }
}

/// Reads the tokens `[a, b)` as a source, if they are one.
fn read(toks: &[Token], a: usize, b: usize) -> Option<Reading> {
    let mut a = a;
    while a < b && (lower_in(Lex::Skippable, &toks[a]) || toks[a].is("and")) {
        a += 1;
    }
    if a >= b {
        return None;
    }
    let first_meaningful = a;
    // Where the head of the phrase ends: at the first preposition, relative
    // word or knowledge phrase, unless it sits inside a capitalised name.
    let mut split = b;
    for i in a + 1..b {
        let t = &toks[i];
        let breaks = lower_in(Lex::Prepositions, t)
            || t.is("of")
            || t.is("who")
            || t.is("familiar")
            || t.is("briefed")
            || t.is("close")
            || t.is("involved");
        if breaks {
            let inside_name = toks[i - 1].is_capitalized()
                && toks.get(i + 1).is_some_and(|n| n.is_capitalized())
                && i + 1 < b;
            if !inside_name {
                split = i;
                break;
            }
        }
    }
    // "One of the officials", "some of the residents": the people after "of".
    if split < b && toks[split].is("of") && split == a + 1 && lower_in(Lex::Quantifiers, &toks[a]) {
        let mut c = split + 1;
        while c < b && lower_in(Lex::Determiners, &toks[c]) {
            c += 1;
        }
        if c < b {
            return read(toks, c, b).map(|mut r| {
                if !r.named {
                    r.span = Span::new(toks[a].span.start, r.span.end);
                }
                r
            });
        }
    }
    let heads: Vec<usize> = (a..split)
        .filter(|&i| i + 1 == split || toks[i + 1].is("and"))
        .collect();
    let head = *heads.last()?;
    let ht = &toks[head];
    if lower_in(Lex::Pronouns, ht) && head == a {
        return None;
    }
    let unnamed_head = |i: &usize| {
        lower_in(Lex::UnnamedPeople, &toks[*i]) || lower_in(Lex::UnnamedOutlets, &toks[*i])
    };

    // Unnamed: "local sources", "the Afghan media and local residents".
    if heads.iter().all(unnamed_head) {
        // "Pentagon officials": a named organisation speaking through
        // unnamed people is the organisation, named, without a person.
        let org = (a..head).find(|&i| {
            toks[i].is_capitalized()
                && (lower_in(Lex::OrganisationWords, &toks[i]) || is_outlet_name(toks[i].word))
        });
        if let Some(o) = org {
            let kind = if is_outlet_name(toks[o].word) {
                SourceKind::Outlet
            } else {
                SourceKind::Organisation
            };
            return Some(Reading {
                span: toks[o].span,
                named: true,
                kind,
                role: Some(Span::new(toks[o + 1].span.start, toks[head].span.end)),
            });
        }
        let outlet = heads
            .iter()
            .all(|i| lower_in(Lex::UnnamedOutlets, &toks[*i]));
        return Some(Reading {
            span: Span::new(toks[first_meaningful].span.start, run_end(toks, a, b - 1)),
            named: false,
            kind: if outlet {
                SourceKind::Outlet
            } else {
                SourceKind::Unnamed
            },
            role: None,
        });
    }

    // Named: a capitalised head ("SANA", "Maria Zakharova", "(SOHR)").
    if ht.is_capitalized()
        && !lower_in(Lex::DateWords, ht)
        && !lower_in(Lex::Pronouns, ht)
        && !lower_in(Lex::Determiners, ht)
    {
        let mut r = head;
        while r > a {
            let p = &toks[r - 1];
            if p.ends_clause() && !p.trail.starts_with(')') {
                break;
            }
            if lower_in(Lex::Determiners, p) {
                break;
            }
            let connector = lower_in(Lex::NameConnectors, p)
                && r >= 2
                && toks[r - 2].is_capitalized()
                && r - 1 > a;
            if !(p.is_capitalized() || connector) {
                break;
            }
            r -= 1;
        }
        // The name starts after the last role word inside the run:
        // "Russian Foreign Ministry Spokeswoman | Maria Zakharova".
        let role_end = (r..head)
            .rev()
            .find(|&i| lower_in(Lex::PersonRoles, &toks[i]));
        let name_start = role_end.map_or(r, |i| i + 1);
        // "Mark Ellis of King's College London": a person's name, then their
        // institution; the name ends before "of".
        let head = (name_start + 1..head)
            .find(|&k| {
                toks[k].is("of")
                    && (k - name_start) >= 2
                    && (name_start..k).all(|i| !lower_in(Lex::OrganisationWords, &toks[i]))
                    && (k + 1..=head).any(|i| lower_in(Lex::OrganisationWords, &toks[i]))
            })
            .map_or(head, |k| k - 1);
        // The role: what precedes the name in the phrase, less determiners.
        let mut role_start = a;
        while role_start < name_start && lower_in(Lex::Determiners, &toks[role_start]) {
            role_start += 1;
        }
        let role = (role_start < name_start)
            .then(|| Span::new(toks[role_start].span.start, toks[name_start - 1].span.end));
        let name_toks = &toks[name_start..=head];
        let words: Vec<String> = name_toks
            .iter()
            .map(|t| t.word.to_ascii_lowercase())
            .collect();
        let joined = words.join(" ");
        let role_words: Vec<&Token> = toks[role_start..name_start].iter().collect();
        let outlet = is_outlet_name(&joined)
            || name_toks.iter().any(|t| lower_in(Lex::OutletWords, t))
            || role_words
                .iter()
                .any(|t| lower_in(Lex::OutletWords, t) || t.is("agency"));
        let organisation = name_toks
            .iter()
            .any(|t| lower_in(Lex::OrganisationWords, t) || lower_in(Lex::PlacesAsActors, t))
            || (name_toks.len() == 1 && name_toks[0].is_acronym());
        let person = role_end.is_some()
            || role_words.iter().any(|t| lower_in(Lex::PersonRoles, t))
            || name_toks.len() >= 2;
        let kind = if outlet {
            SourceKind::Outlet
        } else if organisation {
            SourceKind::Organisation
        } else if person || name_toks.len() == 1 {
            SourceKind::Person
        } else {
            SourceKind::Organisation
        };
        return Some(Reading {
            span: Span::new(toks[name_start].span.start, run_end(toks, name_start, head)),
            named: true,
            kind,
            role,
        });
    }

    // An organisation by description: "the US military", "The Russian
    // center for reconciliation ...".
    if lower_in(Lex::OrganisationWords, ht) {
        let capitalised = (first_meaningful..=head)
            .any(|i| toks[i].is_capitalized() && !lower_in(Lex::Determiners, &toks[i]));
        let mut s = first_meaningful;
        // "US military" reads as a name; "the regulator" keeps its article.
        while capitalised && s < head && lower_in(Lex::Determiners, &toks[s]) {
            s += 1;
        }
        let definite = toks[first_meaningful].is("the") || capitalised;
        return Some(Reading {
            span: Span::new(toks[s].span.start, run_end(toks, s, b - 1)),
            named: definite,
            kind: SourceKind::Organisation,
            role: None,
        });
    }

    // An organisation's spokesperson: "A Southern Water spokesperson".
    if lower_in(Lex::PersonRoles, ht) {
        let mut o = a;
        while o < head && lower_in(Lex::Determiners, &toks[o]) {
            o += 1;
        }
        if o < head && (o..head).all(|i| toks[i].is_capitalized()) {
            return Some(Reading {
                span: Span::new(toks[o].span.start, toks[head - 1].span.end),
                named: true,
                kind: SourceKind::Organisation,
                role: Some(toks[head].span),
            });
        }
    }
    // A person by role only: "a spokesman", "the governor".
    if lower_in(Lex::PersonRoles, ht) {
        return Some(Reading {
            span: Span::new(toks[first_meaningful].span.start, run_end(toks, a, b - 1)),
            named: false,
            kind: SourceKind::Unnamed,
            role: None,
        });
    }
    None
}

fn is_outlet_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    is_known_outlet(lower.strip_prefix("the ").unwrap_or(&lower))
}

/// "Mohammad Zahir Wahdat, governor of ... province, also claimed": when the
/// subject is a role, the name is the capitalised run before the comma.
fn appositive_name(toks: &[Token], phrase_start: usize) -> Option<(usize, usize)> {
    let head = phrase_start.checked_sub(1)?;
    let t = &toks[head];
    if !t.trail.contains(',') || !t.is_capitalized() {
        return None;
    }
    let mut a = head;
    while a > 0 && toks[a - 1].is_capitalized() && !toks[a - 1].ends_clause() {
        a -= 1;
    }
    Some((a, head + 1))
}

/// Finds the sources of one sentence. `hits` are the cues inside it.
pub(super) fn in_sentence(text: &str, sentence: &Sentence, hits: &[Hit]) -> Vec<Source> {
    let attributes = |h: &Hit| h.cues().iter().any(|c| c.attributes());
    if !hits.iter().any(attributes) {
        return Vec::new();
    }
    let toks = tokens(text, sentence.span);
    let cover = cue_cover(&toks, hits);
    let described = hits
        .iter()
        .any(|h| h.is(Cue::AnonymityReason) || h.is(Cue::Knowledge));
    let mut found: Vec<Source> = Vec::new();

    let add = |reading: Reading, hit: &Hit, found: &mut Vec<Source>| -> usize {
        if let Some(i) = found.iter().position(|s| s.span() == reading.span) {
            return i;
        }
        let role = reading.role.map(|r| r.of(text).to_string());
        found.push(Source {
            text: reading.span.of(text).to_string(),
            named: reading.named,
            kind: reading.kind,
            cue: hit.span.of(text).to_string(),
            start: reading.span.start,
            end: reading.span.end,
            sentence_start: sentence.span.start,
            sentence_end: sentence.span.end,
            role,
            described: !reading.named && described,
            via: None,
            cites: None,
            origin: 0,
            denies: hit.is(Cue::Denial),
        });
        found.len() - 1
    };

    for hit in hits {
        let Some((first, last)) = token_range(&toks, hit.span) else {
            continue;
        };
        // "the United States of ...": a capitalised cue after a capitalised
        // word is part of a name, not a verb.
        if first > 0
            && toks[first].is_capitalized()
            && toks[first - 1].is_capitalized()
            && !toks[first - 1].ends_clause()
        {
            continue;
        }
        let is = |c| hit.is(c);
        if is(Cue::Participle) {
            if !found.is_empty() {
                continue;
            }
            // "The Observatory released reports claiming ...": the clause's
            // subject, read from the clause start.
            let mut s = first;
            while s > 0 && !toks[s - 1].ends_clause() && first - s < MAX_PHRASE {
                s -= 1;
            }
            if let Some(r) = subject_from_start(&toks, &cover, s, first) {
                add(r, hit, &mut found);
            }
        } else if is(Cue::SourceAfter) {
            let Some((a, b)) = forward(&toks, &cover, last) else {
                continue;
            };
            let Some(origin) = read(&toks, a, b) else {
                continue;
            };
            let oi = add(origin, hit, &mut found);
            let relays = hit.span.of(text).to_ascii_lowercase();
            if relays == "citing" || relays == "quoting" {
                // The relay is the clause's speaker: a source already found
                // in the sentence, or the subject before a comma.
                let relay = found[..oi]
                    .iter()
                    .rposition(|s| s.cites.is_none())
                    .or_else(|| {
                        let back = match backward(&toks, &cover, first) {
                            Back::Found(a, b) => Some((a, b)),
                            Back::Boundary => match backward_past_comma(&toks, &cover, first) {
                                Back::Found(a, b) => Some((a, b)),
                                _ => None,
                            },
                            _ => None,
                        };
                        back.and_then(|(a, b)| read(&toks, a, b))
                            .map(|r| add(r, hit, &mut found))
                    });
                if let Some(ri) = relay.filter(|ri| *ri != oi) {
                    found[oi].via = Some(ri);
                    found[ri].cites = Some(oi);
                }
            }
        } else if is(Cue::Cites) {
            // "SANA cited an anonymous source": SANA relays the source;
            // "..., Al-Watan TV, which quoted local sources": the relay is
            // the source just named.
            let relay = match backward(&toks, &cover, first) {
                Back::Found(a, b) => read(&toks, a, b).map(|r| add(r, hit, &mut found)),
                _ if first > 0 && (toks[first - 1].is("which") || toks[first - 1].is("who")) => {
                    found.len().checked_sub(1)
                }
                _ => None,
            };
            let origin = forward(&toks, &cover, last).and_then(|(a, b)| read(&toks, a, b));
            if let (Some(ri), Some(o)) = (relay, origin) {
                let oi = add(o, hit, &mut found);
                if ri != oi {
                    found[oi].via = Some(ri);
                    found[ri].cites = Some(oi);
                }
            }
        } else if is(Cue::Tells) {
            // "local sources revealed to SANA": the sources speak, SANA relays.
            let speaker = match backward(&toks, &cover, first) {
                Back::Found(a, b) => read(&toks, a, b),
                _ => None,
            };
            let Some(speaker) = speaker else {
                continue;
            };
            let si = add(speaker, hit, &mut found);
            let mut after = last;
            if toks.get(after).is_some_and(|t| t.is("to")) {
                after += 1;
            }
            let recipient = forward(&toks, &cover, after).and_then(|(a, b)| read(&toks, a, b));
            if let Some(r) = recipient.filter(|r| r.kind == SourceKind::Outlet) {
                let ri = add(r, hit, &mut found);
                if ri != si {
                    found[si].via = Some(ri);
                    found[ri].cites = Some(si);
                }
            }
        } else if is(Cue::Says) || is(Cue::Denial) {
            match backward(&toks, &cover, first) {
                Back::Found(a, b) => {
                    let reading = read(&toks, a, b);
                    // "X, governor of Y, said": the name before the comma.
                    // "X, governor of Y, also claimed": a role as subject;
                    // the name is before the comma.
                    let role_subject = reading
                        .as_ref()
                        .is_none_or(|r| r.kind == SourceKind::Unnamed)
                        && starts_with_role(&toks, a);
                    let appositive = role_subject
                        .then(|| appositive_name(&toks, a))
                        .flatten()
                        .and_then(|(na, nb)| read(&toks, na, nb))
                        .map(|mut n| {
                            n.role = Some(Span::new(toks[a].span.start, toks[b - 1].span.end));
                            n.kind = SourceKind::Person;
                            n
                        });
                    if let Some(r) = appositive.or(reading) {
                        add(r, hit, &mut found);
                    }
                }
                Back::Boundary => {
                    if let Some(r) = speaker_at_boundary(&toks, &cover, first, last) {
                        add(r, hit, &mut found);
                    }
                }
                Back::Passive | Back::Nothing => {}
            }
        }
    }
    found
}

/// The speaker of a verb that follows a comma or a closing quote:
///
/// * `"...," said John Smith, a spokesman.` (after the verb);
/// * `..., Ana Ferreira, a judge at the court, said` (a name, then its role);
/// * `The mayor of Karsk, Irena Novak, said` (a role, then the name);
/// * `A third official, who was not authorised to speak, confirmed` (past
///   the parenthetical).
fn speaker_at_boundary(
    toks: &[Token],
    cover: &[bool],
    first: usize,
    last: usize,
) -> Option<Reading> {
    let after_quote = first > 0 && toks[first - 1].trail.contains(['”', '"']);
    let inverted = || {
        let (a, b) = forward(toks, cover, last)?;
        let mut r = read(toks, a, b).filter(|r| r.named)?;
        if r.role.is_none() {
            r.role = role_after(toks, b);
        }
        Some(r)
    };
    if after_quote {
        if let Some(r) = inverted() {
            return Some(r);
        }
    }
    // The segment between the previous comma and the verb.
    // The token before the verb (and its adverbs) ends the segment with
    // its comma.
    let mut first = first;
    while first > 0 && lower_in(Lex::Skippable, &toks[first - 1]) && !toks[first - 1].ends_clause()
    {
        first -= 1;
    }
    let mut s = first.saturating_sub(1);
    while s > 0 && !toks[s - 1].ends_clause() && first - s < MAX_PHRASE * 2 {
        s -= 1;
    }
    if s > 0 && s < first && !cover[s..first].iter().any(|c| *c) {
        let segment_named = read(toks, s, first).filter(|r| r.named && r.role.is_none());
        if let Some(mut r) = segment_named {
            // "The mayor of Karsk, Irena Novak,": the role before the name.
            let mut p = s - 1;
            while p > 0 && !toks[p - 1].ends_clause() && s - p < MAX_PHRASE {
                p -= 1;
            }
            if p < s && (starts_with_role(toks, p) || phrase_head_is_role(toks, p, s)) {
                r.role = Some(Span::new(toks[p].span.start, toks[s - 1].span.end));
                r.kind = SourceKind::Person;
            }
            return Some(r);
        }
        if starts_with_role(toks, s) || phrase_head_is_role(toks, s, first) {
            // "Ana Ferreira, a judge at Portugal's Court of Auditors, said".
            if let Some((na, nb)) = appositive_name(toks, s) {
                if let Some(mut n) = read(toks, na, nb).filter(|n| n.named) {
                    n.role = Some(Span::new(toks[s].span.start, toks[first - 1].span.end));
                    n.kind = SourceKind::Person;
                    return Some(n);
                }
            }
        }
    }
    if let Some(r) = inverted() {
        return Some(r);
    }
    match backward_past_comma(toks, cover, first) {
        Back::Found(a, b) => read(toks, a, b),
        _ => None,
    }
}

/// Is the head of the phrase `[a, b)` a role ("Ukraine's negotiator")?
fn phrase_head_is_role(toks: &[Token], a: usize, b: usize) -> bool {
    let end = (a + 1..b)
        .find(|&i| toks[i].is("of") || lower_in(Lex::Prepositions, &toks[i]))
        .unwrap_or(b);
    end > a && lower_in(Lex::PersonRoles, &toks[end - 1])
}

/// Does the phrase at `a` open with a role ("governor of ...", "a spokesman")?
fn starts_with_role(toks: &[Token], a: usize) -> bool {
    let mut i = a;
    while i < toks.len() && lower_in(Lex::Determiners, &toks[i]) {
        i += 1;
    }
    toks.get(i).is_some_and(|t| lower_in(Lex::PersonRoles, t))
}

/// `said John Smith, a spokesman for the ministry.`, `said Anna Lindqvist,
/// the museum's curator.`: the role after a name, when the phrase after the
/// comma is headed by a role.
fn role_after(toks: &[Token], b: usize) -> Option<Span> {
    let prev = toks.get(b.checked_sub(1)?)?;
    if !prev.trail.contains(',') || b >= toks.len() {
        return None;
    }
    let mut e = b;
    while e + 1 < toks.len()
        && !toks[e].ends_clause()
        && e - b < MAX_PHRASE
        && !toks[e + 1].is("who")
    {
        e += 1;
    }
    let role = starts_with_role(toks, b) || phrase_head_is_role(toks, b, e + 1);
    role.then(|| Span::new(toks[b].span.start, toks[e].span.end))
}

/// Past one parenthetical clause: "A senior official, speaking on condition
/// of anonymity, said" finds "A senior official".
fn backward_past_comma(toks: &[Token], cover: &[bool], verb: usize) -> Back {
    let mut i = verb;
    while i > 0 && lower_in(Lex::Skippable, &toks[i - 1]) && !toks[i - 1].ends_clause() {
        i -= 1;
    }
    // Step back over the clause that ends right before the verb.
    if i == 0 {
        return Back::Nothing;
    }
    i -= 1;
    let mut steps = 0;
    while i > 0 && !toks[i - 1].ends_clause() && steps < MAX_PHRASE * 2 {
        i -= 1;
        steps += 1;
    }
    if i == 0 {
        return Back::Nothing;
    }
    backward_from(toks, cover, i, true)
}

/// The subject at the start of a clause, read forwards up to `limit`: a
/// capitalised name with what describes it ("The pro-opposition Syrian
/// Observatory for Human Rights (SOHR)"), or an unnamed phrase.
fn subject_from_start(
    toks: &[Token],
    cover: &[bool],
    start: usize,
    limit: usize,
) -> Option<Reading> {
    let mut s = start;
    while s < limit && (lower_in(Lex::Skippable, &toks[s]) || lower_in(Lex::ClauseWords, &toks[s]))
    {
        s += 1;
    }
    let mut e = s;
    let mut seen_name = false;
    while e < limit && !cover[e] {
        let t = &toks[e];
        if t.is_capitalized() {
            seen_name = true;
        } else if seen_name
            && !(lower_in(Lex::NameConnectors, t)
                && toks.get(e + 1).is_some_and(|n| n.is_capitalized()))
        {
            break;
        }
        e += 1;
        if lower_in(Lex::UnnamedPeople, t) || lower_in(Lex::UnnamedOutlets, t) || t.ends_clause() {
            break;
        }
    }
    (e > s).then(|| read(toks, s, e)).flatten()
}

/// Links sources across sentences: the origin of each, counting relays,
/// "the sources" after "civil sources", and the same name again. Sources
/// linked in any of these ways share one origin: the first of them that
/// relays nobody (or the first of them, if all relay).
pub(super) fn link_origins(sources: &mut [Source]) {
    let n = sources.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(parent, a), root(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    // Each source is known under a few keys: a name's words, its acronym,
    // a full name's last word (for "Pike" after "Graham Pike"), each word
    // of an unnamed phrase (for "the sources" after "civil sources"). A
    // source refers back to the nearest earlier source that is *known*
    // under the key it *looks up*. Sorting (key, index) pairs once finds
    // every nearest earlier one in O(n log n).
    let singular = |w: &str| w.trim_end_matches('s').to_string();
    // (key, index, true for "known under", false for "looks up")
    let mut keys: Vec<(String, usize, bool)> = Vec::new();
    for (i, src) in sources.iter().enumerate() {
        if let Some(c) = src.cites {
            union(&mut parent, i, c);
        }
        let lower = src.text.to_ascii_lowercase();
        if src.named {
            let (words, acronym) = name_keys(&lower);
            // Looked up under its words, its acronym, and (one word) as a
            // last name; known under its words, acronym and last word.
            keys.push((format!("n:{words}"), i, false));
            keys.push((format!("a:{words}"), i, false));
            if let Some(a) = &acronym {
                keys.push((format!("n:{a}"), i, false));
                keys.push((format!("a:{a}"), i, false));
                keys.push((format!("a:{a}"), i, true));
            }
            if !words.contains(' ') {
                keys.push((format!("l:{words}"), i, false));
            }
            if let Some((_, last)) = words.rsplit_once(' ') {
                keys.push((format!("l:{last}"), i, true));
            }
            keys.push((format!("n:{words}"), i, true));
        } else {
            if let Some(h) = anaphora_head(&lower) {
                keys.push((format!("u:{}", singular(h)), i, false));
            }
            for w in lower.split_whitespace() {
                keys.push((format!("u:{}", singular(w)), i, true));
            }
        }
    }
    // Within a key, by index; at equal index "looks up" (false) first, so a
    // source never finds itself.
    crate::order::sort(&mut keys);
    let mut earlier: Vec<Option<usize>> = vec![None; n];
    let mut last_known: Option<(&str, usize)> = None;
    for (key, i, known) in &keys {
        if last_known.is_some_and(|(k, _)| k != key.as_str()) {
            last_known = None;
        }
        if *known {
            last_known = Some((key, *i));
        } else if let Some((_, j)) = last_known {
            if j < *i {
                earlier[*i] = earlier[*i].max(Some(j));
            }
        }
    }
    for (i, j) in earlier.iter().enumerate() {
        if let Some(j) = j {
            union(&mut parent, i, *j);
        }
    }
    let mut representative = vec![usize::MAX; n];
    for i in 0..n {
        let r = root(&mut parent, i);
        let better = representative[r] == usize::MAX
            || (sources[representative[r]].cites.is_some() && sources[i].cites.is_none());
        if better {
            representative[r] = i;
        }
    }
    for (i, s) in sources.iter_mut().enumerate() {
        s.origin = representative[root(&mut parent, i)];
    }
}

/// The words of a name that identify it: all but determiners, plus an
/// acronym in brackets ("Syrian Arab News Agency (SANA)" -> "sana").
fn name_keys(name: &str) -> (String, Option<String>) {
    let acronym = name
        .find('(')
        .and_then(|o| name[o + 1..].split(')').next())
        .map(|a| a.trim().to_string());
    let base = name.split('(').next().unwrap_or(name);
    let words: Vec<&str> = base
        .split_whitespace()
        .filter(|w| !Lex::Determiners.contains(w))
        .collect();
    (words.join(" "), acronym)
}

pub(super) fn same_name(a: &str, b: &str) -> bool {
    let (wa, aa) = name_keys(a);
    let (wb, ab) = name_keys(b);
    wa == wb
        || aa.as_deref() == Some(wb.as_str())
        || ab.as_deref() == Some(wa.as_str())
        || (aa.is_some() && aa == ab)
        // "Zakharova" after "Maria Zakharova".
        || (!wa.contains(' ') && wb.ends_with(&format!(" {wa}")))
}

/// The head word of a phrase that refers back ("the sources", "one of the
/// officials", "the same source"), if the phrase does.
fn anaphora_head(later: &str) -> Option<&str> {
    // "one of the officials" refers back like "the officials".
    let later = match later.split_once(" of ") {
        Some((q, rest)) if Lex::Quantifiers.contains(q) => rest,
        _ => later,
    };
    let rest = ["the same ", "the ", "these ", "those ", "this ", "that "]
        .iter()
        .find_map(|d| later.strip_prefix(d))?;
    // Only a short phrase refers back.
    if rest.split_whitespace().count() > 2 {
        return None;
    }
    rest.split_whitespace().last()
}
