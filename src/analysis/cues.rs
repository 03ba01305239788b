//! The cue words, as data. Each phrase maps to the cues it signals; one
//! automaton finds them all in one pass (see [`super::matcher`]).
//!
//! Starting lists are those of SOURCING.md, extended with what the example
//! articles show (including the misspelling "Accoridng to" that a real page
//! carries). Matching is case-insensitive and on word boundaries; a phrase
//! with an apostrophe also matches its curly form.

/// What a cue phrase signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    /// "X said": the source comes before the verb.
    Says,
    /// "according to X", "citing X": the source comes after.
    SourceAfter,
    /// "X cited Y": X relays Y.
    Cites,
    /// "Y told X", "Y revealed to X": Y speaks; an outlet X relays.
    Tells,
    /// "claiming", "saying": belongs to the clause's subject.
    Participle,
    /// The accused denies: "denied", "rejected".
    Denial,
    /// A reply that is not a denial: "apologised", "accepts the ruling".
    Response,
    /// A reply was sought: "declined to comment".
    Sought,
    /// "has never acknowledged": mentioned, but no reply.
    NonAcknowledgement,
    /// The article waves a denial away: "which is an obvious lie".
    Dismissal,
    /// Why a source is unnamed: "on condition of anonymity".
    AnonymityReason,
    /// Why a source would know: "familiar with", "who attended".
    Knowledge,
    /// Confirmation by another source: "confirmed", "independently verified".
    Confirmation,
    /// A hedge word: "reportedly", "allegedly".
    Hedge,
    /// Vague attribution: "sources say", "reports appeared".
    Vague,
    /// A kind of evidence: "documents", "footage".
    EvidenceNoun,
    /// Evidence that was checked: "seen by", "verified".
    Verified,
    /// Material of unclear origin: "file photo", "circulating online".
    Unclear,
    /// Stated absence of evidence: "could not take pictures".
    NoEvidence,
    /// First-hand reporting: "our correspondent".
    Witnessed,
    /// A picture credit: "photo by".
    PhotoCredit,
    /// Someone is accused of something.
    Accusation,
}

use std::sync::OnceLock;
use Cue::*;

impl Cue {
    /// Every cue, in declaration order (bit `n` of a [`CueSet`] is `ALL[n]`).
    const ALL: [Cue; 22] = [
        Says,
        SourceAfter,
        Cites,
        Tells,
        Participle,
        Denial,
        Response,
        Sought,
        NonAcknowledgement,
        Dismissal,
        AnonymityReason,
        Knowledge,
        Confirmation,
        Hedge,
        Vague,
        EvidenceNoun,
        Verified,
        Unclear,
        NoEvidence,
        Witnessed,
        PhotoCredit,
        Accusation,
    ];

    /// True for the cues that attribute words to someone ("said",
    /// "according to", "citing", "told", "claiming", "denied").
    pub fn attributes(self) -> bool {
        matches!(
            self,
            Says | SourceAfter | Cites | Tells | Participle | Denial
        )
    }
}

/// The cues a phrase signals, one bit per [`Cue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueSet(u32);

impl CueSet {
    pub fn contains(self, cue: Cue) -> bool {
        self.0 & (1 << cue as u32) != 0
    }

    /// The cues in the set, in declaration order.
    pub fn iter(self) -> impl Iterator<Item = Cue> {
        Cue::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

/// Writes the table of cue phrases as two pieces of data: every phrase in
/// one string, one per line, and what each signals as a [`CueSet`]. A table
/// of `(&str, &[Cue])` would be 16 bytes of pointers per row in the built
/// app, which compress poorly.
macro_rules! cue_table {
    ($( ($phrase:literal, &[$($cue:ident),+ $(,)?]) ),* $(,)?) => {
        /// Every cue phrase, each followed by a line break, in table order.
        const PHRASES: &str = concat!($($phrase, "\n"),*);
        /// What each line of [`PHRASES`] signals.
        const SIGNALS: &[CueSet] = &[$(CueSet(0 $(| 1 << $cue as u32)+)),*];
    };
}

/// Every cue phrase and what it signals, in table order.
pub fn cues() -> impl Iterator<Item = (&'static str, CueSet)> {
    PHRASES.lines().zip(SIGNALS.iter().copied())
}

/// What the phrase at `index` of [`cues`] signals.
pub fn signals(index: usize) -> CueSet {
    SIGNALS.get(index).copied().unwrap_or(CueSet(0))
}

// Every cue phrase and what it signals.
cue_table! {
    // Attribution: the source before the verb.
    ("said", &[Says]),
    ("says", &[Says]),
    ("say", &[Says]),
    ("tells", &[Says]),
    ("added", &[Says]),
    ("adds", &[Says]),
    ("stated", &[Says]),
    ("states", &[Says]),
    ("explained", &[Says]),
    ("reported", &[Says]),
    ("reports", &[Says]),
    ("claimed", &[Says, Hedge]),
    ("claims", &[Says, Hedge]),
    ("claim", &[Says]),
    ("alleged", &[Says, Hedge, Accusation]),
    ("alleges", &[Says, Accusation]),
    ("confirmed", &[Says, Confirmation]),
    ("confirms", &[Says, Confirmation]),
    ("announced", &[Says]),
    ("announces", &[Says]),
    ("wrote", &[Says]),
    ("writes", &[Says]),
    ("accused", &[Says, Accusation]),
    ("accuses", &[Says, Accusation]),
    ("argued", &[Says]),
    ("argue", &[Says]),
    ("argues", &[Says]),
    ("insisted", &[Says]),
    ("insists", &[Says]),
    ("noted", &[Says]),
    ("warned", &[Says]),
    ("asserted", &[Says]),
    ("asserts", &[Says]),
    ("maintained", &[Says]),
    ("stressed", &[Says]),
    ("testified", &[Says]),
    ("tweeted", &[Says]),
    ("acknowledged", &[Says]),
    ("admitted", &[Says]),
    ("admits", &[Says]),
    ("conceded", &[Says]),
    ("replied", &[Says]),
    ("responded", &[Says]),
    ("estimated", &[Says]),
    // Attribution: the source after.
    ("according to", &[SourceAfter]),
    ("accoridng to", &[SourceAfter]),
    ("acording to", &[SourceAfter]),
    ("accroding to", &[SourceAfter]),
    ("as reported by", &[SourceAfter]),
    ("citing", &[SourceAfter]),
    ("quoting", &[SourceAfter]),
    ("quoted by", &[SourceAfter]),
    // Relays.
    ("cited", &[Cites]),
    ("cites", &[Cites]),
    ("quoted", &[Cites]),
    ("quotes", &[Cites]),
    ("told", &[Tells]),
    ("revealed", &[Tells]),
    ("reveals", &[Tells]),
    // Participles: they belong to the clause's subject.
    ("claiming", &[Participle, Hedge]),
    ("saying", &[Participle]),
    ("adding", &[Participle]),
    ("alleging", &[Participle, Accusation]),
    ("asserting", &[Participle]),
    ("accusing", &[Participle, Accusation]),
    ("insisting", &[Participle]),
    ("arguing", &[Participle]),
    ("noting", &[Participle]),
    ("stating", &[Participle]),
    ("warning", &[Participle]),
    ("reporting", &[Participle]),
    ("confirming", &[Participle, Confirmation]),
    // Denials and replies.
    ("denied", &[Denial]),
    ("denies", &[Denial]),
    ("deny", &[Denial]),
    ("denying", &[Denial]),
    ("rejected", &[Denial]),
    ("reject", &[Denial]),
    ("rejects", &[Denial]),
    ("refuted", &[Denial]),
    ("refutes", &[Denial]),
    ("rebutted", &[Denial]),
    ("disputed", &[Denial]),
    ("disputes", &[Denial]),
    ("dismissed the", &[Denial]),
    ("dismissed these", &[Denial]),
    ("dismissed this", &[Denial]),
    ("dismissed such", &[Denial]),
    ("dismissed as", &[Denial]),
    ("called the allegations", &[Denial]),
    ("called the accusations", &[Denial]),
    ("called the claims", &[Denial]),
    ("called the report", &[Denial]),
    ("called the reports", &[Denial]),
    ("no comment", &[Denial]),
    ("said it had no information", &[Denial]),
    ("declined to comment", &[Sought]),
    ("declined to respond", &[Sought]),
    ("declined comment", &[Sought]),
    ("refused to comment", &[Sought]),
    ("did not respond", &[Sought]),
    ("did not immediately respond", &[Sought]),
    ("didn't respond", &[Sought]),
    ("has not responded", &[Sought]),
    ("have not responded", &[Sought]),
    ("had not responded", &[Sought]),
    ("did not reply", &[Sought]),
    ("did not return", &[Sought]),
    ("could not be reached", &[Sought]),
    ("could not immediately be reached", &[Sought]),
    ("not available for comment", &[Sought]),
    ("did not answer", &[Sought]),
    ("apologised", &[Response]),
    ("apologized", &[Response]),
    ("apologises", &[Response]),
    ("apologizes", &[Response]),
    ("accepts the ruling", &[Response]),
    ("accepted the ruling", &[Response]),
    ("accepts the findings", &[Response]),
    ("accepted the findings", &[Response]),
    ("in response to", &[Response]),
    ("said in response", &[Response]),
    ("has never acknowledged", &[NonAcknowledgement]),
    ("have never acknowledged", &[NonAcknowledgement]),
    ("never acknowledged", &[NonAcknowledgement]),
    ("has not acknowledged", &[NonAcknowledgement]),
    ("has not commented", &[NonAcknowledgement]),
    // The article waves a denial away.
    ("obvious lie", &[Dismissal]),
    ("blatant lie", &[Dismissal]),
    ("which is a lie", &[Dismissal]),
    ("which is false", &[Dismissal]),
    ("clearly false", &[Dismissal]),
    ("nonsense", &[Dismissal]),
    ("laughable", &[Dismissal]),
    ("absurd", &[Dismissal]),
    ("ridiculous", &[Dismissal]),
    ("no one believes", &[Dismissal]),
    ("nobody believes", &[Dismissal]),
    ("cannot be trusted", &[Dismissal]),
    ("of course, untrue", &[Dismissal]),
    // Unnamed sources, described.
    ("on condition of anonymity", &[AnonymityReason]),
    ("on the condition of anonymity", &[AnonymityReason]),
    ("on condition that they not be named", &[AnonymityReason]),
    ("asked not to be named", &[AnonymityReason]),
    ("asked not to be identified", &[AnonymityReason]),
    ("declined to be named", &[AnonymityReason]),
    ("declined to be identified", &[AnonymityReason]),
    ("not authorized to speak", &[AnonymityReason]),
    ("not authorised to speak", &[AnonymityReason]),
    ("not authorized to discuss", &[AnonymityReason]),
    ("not authorised to discuss", &[AnonymityReason]),
    ("not allowed to speak", &[AnonymityReason]),
    ("not permitted to speak", &[AnonymityReason]),
    ("spoke on background", &[AnonymityReason]),
    ("speaking on background", &[AnonymityReason]),
    ("off the record", &[AnonymityReason]),
    ("for fear of", &[AnonymityReason]),
    ("requested anonymity", &[AnonymityReason]),
    ("granted anonymity", &[AnonymityReason]),
    ("asked for anonymity", &[AnonymityReason]),
    ("familiar with", &[Knowledge]),
    ("briefed on", &[Knowledge]),
    ("with knowledge of", &[Knowledge]),
    ("with direct knowledge", &[Knowledge]),
    ("who attended", &[Knowledge]),
    ("who witnessed", &[Knowledge]),
    ("who was present", &[Knowledge]),
    ("who were present", &[Knowledge]),
    ("involved in", &[Knowledge]),
    ("who saw", &[Knowledge]),
    ("who took part", &[Knowledge]),
    ("who took part in", &[Knowledge]),
    ("who participated", &[Knowledge]),
    ("who worked on", &[Knowledge]),
    // Corroboration.
    ("independently confirmed", &[Confirmation]),
    ("independently verified", &[Confirmation, Verified]),
    ("independently corroborated", &[Confirmation]),
    ("corroborated", &[Confirmation]),
    ("separately confirmed", &[Confirmation]),
    ("also confirmed", &[Confirmation]),
    // Hedges and vague attribution.
    ("reportedly", &[Hedge]),
    ("allegedly", &[Hedge]),
    ("apparently", &[Hedge]),
    ("purportedly", &[Hedge]),
    ("supposedly", &[Hedge]),
    ("so-called", &[Hedge]),
    ("supposed", &[Hedge]),
    ("rumoured", &[Hedge]),
    ("rumored", &[Hedge]),
    ("unconfirmed", &[Hedge]),
    ("unverified", &[Hedge, Unclear]),
    ("could not confirm", &[Hedge]),
    ("could not independently confirm", &[Hedge]),
    ("could not be independently verified", &[Hedge]),
    ("could not be verified", &[Hedge]),
    ("cannot be verified", &[Hedge]),
    ("cannot be independently verified", &[Hedge]),
    ("it is believed", &[Vague]),
    ("it is reported", &[Vague]),
    ("it is said", &[Vague]),
    ("it was reported", &[Vague]),
    ("it was said", &[Vague]),
    ("is said to", &[Vague]),
    ("are said to", &[Vague]),
    ("is believed to", &[Vague]),
    ("are believed to", &[Vague]),
    ("reports appeared", &[Vague]),
    ("reports say", &[Vague]),
    ("reports suggest", &[Vague]),
    ("reports emerged", &[Vague]),
    ("there have been reports", &[Vague]),
    ("sources say", &[Vague]),
    ("some people say", &[Vague]),
    ("some say", &[Vague]),
    ("many say", &[Vague]),
    ("many believe", &[Vague]),
    ("many people believe", &[Vague]),
    ("people are saying", &[Vague]),
    ("experts say", &[Vague]),
    ("critics say", &[Vague]),
    ("it has been described as", &[Vague]),
    ("it is being reported", &[Vague]),
    ("according to reports", &[Vague]),
    ("according to media reports", &[Vague]),
    // Evidence.
    ("documents", &[EvidenceNoun]),
    ("document", &[EvidenceNoun]),
    ("a copy of", &[EvidenceNoun]),
    ("footage", &[EvidenceNoun]),
    ("video", &[EvidenceNoun]),
    ("videos", &[EvidenceNoun]),
    ("photographs", &[EvidenceNoun]),
    ("photograph", &[EvidenceNoun]),
    ("photos", &[EvidenceNoun]),
    ("pictures", &[EvidenceNoun]),
    ("satellite images", &[EvidenceNoun]),
    ("satellite imagery", &[EvidenceNoun]),
    ("records", &[EvidenceNoun]),
    ("data", &[EvidenceNoun]),
    ("audit", &[EvidenceNoun, Verified]),
    ("court filing", &[EvidenceNoun, Verified]),
    ("court filings", &[EvidenceNoun, Verified]),
    ("court documents", &[EvidenceNoun, Verified]),
    ("court records", &[EvidenceNoun, Verified]),
    ("public records", &[EvidenceNoun, Verified]),
    ("emails", &[EvidenceNoun]),
    ("recordings", &[EvidenceNoun]),
    ("recording", &[EvidenceNoun]),
    ("transcript", &[EvidenceNoun]),
    ("invoices", &[EvidenceNoun]),
    ("receipts", &[EvidenceNoun]),
    ("flight records", &[EvidenceNoun]),
    ("flight data", &[EvidenceNoun]),
    ("radar data", &[EvidenceNoun]),
    ("seen by", &[Verified, Witnessed]),
    ("reviewed by", &[Verified, Witnessed]),
    ("obtained by", &[Verified, Witnessed]),
    ("examined by", &[Verified, Witnessed]),
    ("verified by", &[Verified]),
    ("verified", &[Verified]),
    ("authenticated", &[Verified]),
    ("geolocated", &[Verified]),
    ("analysed by", &[Verified]),
    ("analyzed by", &[Verified]),
    ("a copy of which", &[Verified]),
    ("published by", &[Verified]),
    ("file photo", &[Unclear]),
    ("stock photo", &[Unclear]),
    ("archive photo", &[Unclear]),
    ("illustrative photo", &[Unclear]),
    ("for illustration", &[Unclear]),
    ("image from social media", &[Unclear]),
    ("circulating online", &[Unclear]),
    ("circulated online", &[Unclear]),
    ("posted online", &[Unclear]),
    ("posted on social media", &[Unclear]),
    ("shared on social media", &[Unclear]),
    ("purported video", &[Unclear]),
    ("purported footage", &[Unclear]),
    ("could not take pictures", &[NoEvidence]),
    ("could not take photos", &[NoEvidence]),
    ("no pictures", &[NoEvidence]),
    ("no photos", &[NoEvidence]),
    ("no evidence", &[NoEvidence]),
    ("without evidence", &[NoEvidence]),
    ("provided no evidence", &[NoEvidence]),
    ("offered no evidence", &[NoEvidence]),
    ("did not provide any evidence", &[NoEvidence]),
    ("did not provide evidence", &[NoEvidence]),
    ("did not provide any further details", &[NoEvidence]),
    ("didn't provide any further details", &[NoEvidence]),
    ("did not provide further details", &[NoEvidence]),
    ("did not provide any details", &[NoEvidence]),
    ("gave no details", &[NoEvidence]),
    ("gave no further details", &[NoEvidence]),
    ("no proof", &[NoEvidence]),
    ("without providing evidence", &[NoEvidence]),
    // First-hand reporting.
    ("our correspondent", &[Witnessed]),
    ("our reporter", &[Witnessed]),
    ("our reporters", &[Witnessed]),
    ("this reporter", &[Witnessed]),
    ("reporters saw", &[Witnessed]),
    ("journalists saw", &[Witnessed]),
    ("correspondent saw", &[Witnessed]),
    ("reporter saw", &[Witnessed]),
    ("witnessed by", &[Witnessed]),
    ("we saw", &[Witnessed]),
    ("we visited", &[Witnessed]),
    // Picture credits (captions).
    ("photo by", &[PhotoCredit]),
    ("photo:", &[PhotoCredit]),
    ("photo credit", &[PhotoCredit]),
    ("photograph by", &[PhotoCredit]),
    ("image by", &[PhotoCredit]),
    ("picture by", &[PhotoCredit]),
    ("ap photo", &[PhotoCredit]),
    ("afp photo", &[PhotoCredit]),
    ("getty images", &[PhotoCredit]),
    // Accusations.
    ("accusation", &[Accusation]),
    ("accusations", &[Accusation]),
    ("allegation", &[Accusation]),
    ("allegations", &[Accusation]),
    ("blamed", &[Accusation]),
    ("blames", &[Accusation]),
    ("charged with", &[Accusation]),
    ("wrongdoing", &[Accusation]),
    ("corruption", &[Accusation]),
    ("fraud", &[Accusation]),
    ("crimes", &[Accusation]),
    ("killed", &[Accusation]),
    ("abuse", &[Accusation]),
    ("violated", &[Accusation]),
    ("illegal", &[Accusation]),
    ("complicit", &[Accusation]),
    ("collusion", &[Accusation]),
    ("cover-up", &[Accusation]),
    ("bribes", &[Accusation]),
    ("embezzlement", &[Accusation]),
    ("misconduct", &[Accusation]),
    ("terrorists", &[Accusation]),
    ("terrorist", &[Accusation]),
}

/// A word list as one string, a word per line, written with [`words!`]:
/// a slice of `&str` would cost 8 bytes of pointers per word in the built
/// app. Lists are sorted and lower case (a test checks).
#[derive(Clone, Copy, Debug)]
pub struct Words(&'static str);

impl Words {
    /// The words, in order.
    pub fn iter(self) -> std::str::Lines<'static> {
        self.0.lines()
    }
}

/// A [`Words`] list from string literals.
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        Words(concat!($($word, "\n"),*))
    };
}

/// People nobody names: the head of an unnamed-source phrase.
#[rustfmt::skip]
pub const UNNAMED_PEOPLE: Words = words![
    "activist", "activists", "aides", "analysts", "authorities", "bloggers", "citizens",
    "commanders", "critics", "diplomats", "doctors", "employees", "expert", "experts",
    "eyewitness", "eyewitnesses", "families", "fighters", "individuals", "inhabitants", "insider",
    "insiders", "investigators", "locals", "medics", "members", "militants", "observer",
    "observers", "official", "officials", "people", "person", "persons", "relatives", "rescuers",
    "resident", "residents", "scholars", "soldiers", "somebody", "someone", "source", "sources",
    "specialists", "staff", "users", "villagers", "witness", "witnesses", "workers",
];

/// Outlets nobody names: "the media", "Syrian media", "reports".
#[rustfmt::skip]
pub const UNNAMED_OUTLETS: Words = words![
    "blogs", "channels", "media", "newspapers", "outlets", "press", "reports", "websites",
];

/// Roles and titles of people ("Spokeswoman", "governor", "Gen").
#[rustfmt::skip]
pub const PERSON_ROLES: Words = words![
    "activist", "administrator", "admiral", "adviser", "advisor", "ambassador", "analyst",
    "archbishop", "attorney", "auditor", "author", "bishop", "capt", "captain", "ceo", "chair",
    "chairman", "chairwoman", "chancellor", "chief", "cleric", "col", "colonel", "commander",
    "commissioner", "consultant", "coordinator", "correspondent", "councillor", "councilor",
    "counsel", "curator", "dean", "deputy", "diplomat", "director", "doctor", "dr", "economist",
    "editor", "emir", "engineer", "engineers", "envoy", "expert", "founder", "gen", "general",
    "governor", "head", "historian", "imam", "inspector", "judge", "king", "lawmaker", "lawyer",
    "leader", "legislator", "lieutenant", "lt", "maj", "major", "manager", "master", "mayor",
    "minister", "mp", "mr", "mrs", "ms", "mufti", "negotiator", "officer", "official", "premier",
    "president", "prince", "prof", "professor", "prosecutor", "queen", "rabbi", "reporter",
    "representative", "researcher", "resident", "scientist", "secretary", "senator", "sergeant",
    "sheikh", "sheriff", "specialist", "spokesman", "spokespeople", "spokesperson", "spokeswoman",
    "superintendent", "witness",
];

/// Words that make a phrase an organisation ("Ministry", "center").
#[rustfmt::skip]
pub const ORGANISATION_WORDS: Words = words![
    "administration", "ag", "agencies", "agency", "airlines", "alliance", "army", "association",
    "authority", "bank", "bureau", "cabinet", "center", "centre", "charity", "club", "co",
    "coalition", "college", "command", "commission", "committee", "company", "congress", "corp",
    "corporation", "corps", "council", "court", "department", "directorate", "embassy", "energy",
    "eu", "federation", "firm", "forces", "foundation", "gmbh", "government", "group", "groups",
    "guard", "holdings", "hospital", "iaea", "icrc", "inc", "industries", "institute",
    "international", "kremlin", "llc", "ltd", "military", "ministries", "ministry", "mission",
    "monitor", "motors", "nato", "navy", "network", "ngo", "observatory", "office", "organisation",
    "organization", "parliament", "partners", "party", "pentagon", "plc", "police", "presidency",
    "railways", "regulator", "sa", "secretariat", "senate", "service", "services", "solutions",
    "systems", "technologies", "trust", "un", "unhcr", "unicef", "union", "university", "watchdog",
];

/// Words that make an organisation an outlet ("news agency", "TV").
#[rustfmt::skip]
pub const OUTLET_WORDS: Words = words![
    "broadcaster", "channel", "daily", "gazette", "herald", "journal", "magazine", "media", "news",
    "newspaper", "outlet", "post", "press", "radio", "television", "times", "tribune", "tv",
    "website", "wire",
];

/// Countries and capitals, which speak as governments ("Russia said").
#[rustfmt::skip]
pub const PLACES_AS_ACTORS: Words = words![
    "afghanistan", "america", "ankara", "beijing", "berlin", "britain", "china", "damascus",
    "egypt", "eu", "france", "germany", "india", "iran", "iraq", "israel", "japan", "kiev", "kyiv",
    "london", "moscow", "pakistan", "paris", "russia", "syria", "tehran", "turkey", "u.k", "u.s",
    "uk", "ukraine", "us", "usa", "washington",
];

/// Outlets known by name (lower case; several words allowed).
#[rustfmt::skip]
pub const KNOWN_OUTLETS: Words = words![
    "abc news", "afp", "agence france-presse", "al arabiya", "al jazeera", "al-masdar",
    "aljazeera", "anadolu", "ansa", "ap", "associated press", "axios", "bbc", "bloomberg",
    "cbs news", "cgtn", "cnn", "der spiegel", "deutsche welle", "dpa", "dw", "efe", "euronews",
    "fars", "financial times", "fox news", "france 24", "global research", "guardian", "haaretz",
    "interfax", "irna", "kyodo", "le monde", "nbc news", "new york times", "nhk", "npr",
    "politico", "press tv", "reuters", "ria", "ria novosti", "rt", "sana", "sky news",
    "south front", "southfront", "sputnik", "syrian arab news agency", "tasnim", "tass",
    "the economist", "wall street journal", "washington post", "xinhua", "yonhap",
];

/// Small words that may sit inside a proper name ("Observatory for Human
/// Rights", "Abu Bakr al-Baghdadi", "Charles de Gaulle").
#[rustfmt::skip]
pub const NAME_CONNECTORS: Words = words![
    "&", "abu", "al", "and", "ben", "bin", "da", "das", "de", "del", "den", "der", "di", "do",
    "dos", "du", "el", "for", "ibn", "la", "le", "of", "van", "von", "y",
];

/// Words that count people: "one of the officials".
#[rustfmt::skip]
pub const QUANTIFIERS: Words = words![
    "all", "another", "both", "each", "either", "few", "five", "four", "many", "most", "neither",
    "none", "one", "several", "some", "three", "two",
];

/// Determiners, dropped from the front of a named source.
#[rustfmt::skip]
pub const DETERMINERS: Words = words![
    "a", "all", "an", "another", "any", "both", "each", "every", "few", "her", "his", "its",
    "many", "most", "no", "other", "our", "several", "some", "such", "that", "the", "their",
    "these", "this", "those",
];

/// Words that end a subject when reading backwards from a verb.
#[rustfmt::skip]
pub const CLAUSE_WORDS: Words = words![
    "after", "although", "are", "as", "because", "before", "but", "can", "could", "how", "however",
    "i", "if", "is", "it", "may", "meanwhile", "might", "must", "never", "nor", "not", "once",
    "or", "should", "since", "so", "than", "that", "there", "though", "to", "unless", "until",
    "was", "we", "were", "what", "when", "where", "whether", "which", "while", "whilst", "who",
    "whom", "whose", "why", "will", "would", "yet", "you",
];

/// Adverbs and auxiliaries between a subject and its verb ("has also said").
#[rustfmt::skip]
pub const SKIPPABLE: Words = words![
    "again", "allegedly", "already", "also", "always", "apparently", "categorically", "did",
    "directly", "do", "does", "earlier", "even", "finally", "first", "flatly", "formally",
    "further", "had", "has", "have", "immediately", "independently", "initially", "jointly",
    "last", "later", "month", "now", "officially", "once", "openly", "previously", "privately",
    "publicly", "quickly", "recently", "repeatedly", "reportedly", "separately", "still",
    "strongly", "subsequently", "then", "today", "week", "year", "yesterday",
];

/// Words that mark a passive ("have been accused", "was reported").
#[rustfmt::skip]
pub const PASSIVE: Words = words![
    "are", "be", "been", "being", "is", "was", "were",
];

/// Pronouns: a source already met, not a new one.
#[rustfmt::skip]
pub const PRONOUNS: Words = words![
    "all", "both", "he", "him", "i", "it", "many", "most", "one", "others", "she", "some", "them",
    "they", "we", "which", "who", "you",
];

/// Months and week days: a date, not part of a source.
#[rustfmt::skip]
pub const DATE_WORDS: Words = words![
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday", "jan",
    "january", "jul", "july", "jun", "june", "mar", "march", "may", "monday", "nov", "november",
    "oct", "october", "saturday", "sep", "sept", "september", "sunday", "thursday", "tuesday",
    "wednesday",
];

/// Prepositions that end a source phrase read forwards ("SANA on Monday"),
/// except inside a capitalised name ("Observatory for Human Rights").
#[rustfmt::skip]
pub const PREPOSITIONS: Words = words![
    "about", "across", "against", "at", "between", "by", "during", "for", "from", "in", "into",
    "near", "on", "over", "to", "under", "via", "with", "within", "without",
];

/// The word lists a token can belong to, as bits of one mask: each token's
/// mask is looked up once (one binary search) when it is cut, and every
/// later question about it is a bit test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lex {
    UnnamedPeople,
    UnnamedOutlets,
    PersonRoles,
    OrganisationWords,
    OutletWords,
    PlacesAsActors,
    NameConnectors,
    Quantifiers,
    Determiners,
    ClauseWords,
    Skippable,
    Passive,
    Pronouns,
    DateWords,
    Prepositions,
}

impl Lex {
    const ALL: [Lex; 15] = [
        Lex::UnnamedPeople,
        Lex::UnnamedOutlets,
        Lex::PersonRoles,
        Lex::OrganisationWords,
        Lex::OutletWords,
        Lex::PlacesAsActors,
        Lex::NameConnectors,
        Lex::Quantifiers,
        Lex::Determiners,
        Lex::ClauseWords,
        Lex::Skippable,
        Lex::Passive,
        Lex::Pronouns,
        Lex::DateWords,
        Lex::Prepositions,
    ];

    /// The list's words.
    pub fn words(self) -> Words {
        match self {
            Lex::UnnamedPeople => UNNAMED_PEOPLE,
            Lex::UnnamedOutlets => UNNAMED_OUTLETS,
            Lex::PersonRoles => PERSON_ROLES,
            Lex::OrganisationWords => ORGANISATION_WORDS,
            Lex::OutletWords => OUTLET_WORDS,
            Lex::PlacesAsActors => PLACES_AS_ACTORS,
            Lex::NameConnectors => NAME_CONNECTORS,
            Lex::Quantifiers => QUANTIFIERS,
            Lex::Determiners => DETERMINERS,
            Lex::ClauseWords => CLAUSE_WORDS,
            Lex::Skippable => SKIPPABLE,
            Lex::Passive => PASSIVE,
            Lex::Pronouns => PRONOUNS,
            Lex::DateWords => DATE_WORDS,
            Lex::Prepositions => PREPOSITIONS,
        }
    }

    pub const fn bit(self) -> u32 {
        1 << self as u32
    }

    /// True when `word` (any case; a final apostrophe ignored) is in the
    /// list. For a token, its `lex` bits say the same at no cost.
    pub fn contains(self, word: &str) -> bool {
        lex_mask(word) & self.bit() != 0
    }
}

/// Rows of (word, list bits), sorted; and per first byte, its rows' range.
type LexTable = (Vec<(&'static str, u32)>, [(u16, u16); 256]);

/// Which lists `word` (any case; a final apostrophe ignored) belongs to.
pub fn lex_mask(word: &str) -> u32 {
    // The table, and for each first byte the range of rows starting with it.
    static TABLE: OnceLock<LexTable> = OnceLock::new();
    let (table, by_first) = TABLE.get_or_init(|| {
        let mut t: Vec<(&'static str, u32)> = Lex::ALL
            .iter()
            .flat_map(|l| l.words().iter().map(move |w| (w, l.bit())))
            .collect();
        crate::order::sort_by(&mut t, |a, b| compare(a.0.as_bytes(), b.0.as_bytes()));
        // One row per word, with the bits of every list it is in.
        let mut merged: Vec<(&'static str, u32)> = Vec::with_capacity(t.len());
        for (w, bit) in t {
            match merged.last_mut() {
                Some((last, bits)) if *last == w => *bits |= bit,
                _ => merged.push((w, bit)),
            }
        }
        let mut by_first = [(0u16, 0u16); 256];
        for (i, (w, _)) in merged.iter().enumerate() {
            let b = usize::from(w.as_bytes().first().copied().unwrap_or(0));
            if by_first[b].1 == 0 {
                by_first[b].0 = i as u16;
            }
            by_first[b].1 = i as u16 + 1;
        }
        (merged, by_first)
    });
    let word = word.trim_end_matches(['’', '\'']);
    let mut buf = [0u8; 40];
    let Some(dst) = buf.get_mut(..word.len()) else {
        return 0;
    };
    dst.copy_from_slice(word.as_bytes());
    dst.make_ascii_lowercase();
    let Some(first) = dst.first() else {
        return 0;
    };
    let (from, to) = by_first[usize::from(*first)];
    let rows = &table[usize::from(from)..usize::from(to)];
    rows.binary_search_by(|(w, _)| compare(w.as_bytes(), dst))
        .map_or(0, |i| rows[i].1)
}

/// True when `name` (any case) is one of [`KNOWN_OUTLETS`]: a binary search
/// (the list is sorted) on the name lowered into a small buffer.
pub fn is_known_outlet(name: &str) -> bool {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    let list = LIST.get_or_init(|| KNOWN_OUTLETS.iter().collect());
    let mut buf = [0u8; 40];
    let Some(dst) = buf.get_mut(..name.len()) else {
        return false; // longer than any listed name
    };
    dst.copy_from_slice(name.as_bytes());
    dst.make_ascii_lowercase();
    list.binary_search_by(|w| compare(w.as_bytes(), dst))
        .is_ok()
}

/// Byte order of two short words, without a call to `memcmp` (which costs
/// more than the comparison for words this short; most differ at once).
#[inline]
fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_has_its_bit() {
        // ALL[n] is the cue of bit n, and a set has room for all of them.
        for (n, cue) in Cue::ALL.iter().enumerate() {
            assert_eq!(*cue as usize, n, "{cue:?}");
            assert_eq!(CueSet(1 << n).iter().collect::<Vec<_>>(), [*cue]);
        }
        assert!(Cue::ALL.len() <= 32);
        // Every cue some phrase signals is in ALL (a cue missing from ALL
        // would be dropped by CueSet::iter).
        let all = CueSet(cues().fold(0, |acc, (_, set)| acc | set.0));
        assert_eq!(all.iter().fold(0, |acc, c| acc | 1 << c as u32), all.0);
    }

    #[test]
    fn one_line_and_one_set_of_signals_per_cue_phrase() {
        assert_eq!(PHRASES.lines().count(), SIGNALS.len());
        assert_eq!(cues().count(), SIGNALS.len());
        for (phrase, set) in cues() {
            assert!(
                !phrase.trim().is_empty() && phrase.trim() == phrase,
                "{phrase:?}"
            );
            assert!(set.iter().next().is_some(), "{phrase:?} signals nothing");
        }
        let (_, said) = cues().find(|(p, _)| *p == "said").unwrap();
        assert_eq!(said.iter().collect::<Vec<_>>(), [Cue::Says]);
        let (_, alleged) = cues().find(|(p, _)| *p == "alleged").unwrap();
        assert_eq!(
            alleged.iter().collect::<Vec<_>>(),
            [Cue::Says, Cue::Hedge, Cue::Accusation]
        );
        assert_eq!(signals(SIGNALS.len()), CueSet(0));
    }

    #[test]
    fn word_lists_are_sorted_lower_case_and_short() {
        let lists: &[(&str, Words)] = &[
            ("UNNAMED_PEOPLE", UNNAMED_PEOPLE),
            ("UNNAMED_OUTLETS", UNNAMED_OUTLETS),
            ("PERSON_ROLES", PERSON_ROLES),
            ("ORGANISATION_WORDS", ORGANISATION_WORDS),
            ("OUTLET_WORDS", OUTLET_WORDS),
            ("PLACES_AS_ACTORS", PLACES_AS_ACTORS),
            ("KNOWN_OUTLETS", KNOWN_OUTLETS),
            ("NAME_CONNECTORS", NAME_CONNECTORS),
            ("QUANTIFIERS", QUANTIFIERS),
            ("DETERMINERS", DETERMINERS),
            ("CLAUSE_WORDS", CLAUSE_WORDS),
            ("SKIPPABLE", SKIPPABLE),
            ("PASSIVE", PASSIVE),
            ("PRONOUNS", PRONOUNS),
            ("DATE_WORDS", DATE_WORDS),
            ("PREPOSITIONS", PREPOSITIONS),
        ];
        for (name, list) in lists {
            let list: Vec<&str> = list.iter().collect();
            assert!(!list.is_empty(), "{name}");
            for pair in list.windows(2) {
                assert!(
                    pair[0].as_bytes() < pair[1].as_bytes(),
                    "{name}: {pair:?} out of order"
                );
            }
            for w in &list {
                assert_eq!(w.to_ascii_lowercase(), *w, "{name}: {w}");
                assert!(w.len() <= 40, "{name}: {w}");
            }
        }
    }

    #[test]
    fn masks_agree_with_the_lists() {
        for l in Lex::ALL {
            for w in l.words().iter() {
                assert!(lex_mask(w) & l.bit() != 0, "{l:?} {w}");
                assert!(
                    lex_mask(&w.to_ascii_uppercase()) & l.bit() != 0,
                    "{l:?} {w}"
                );
            }
        }
        assert_eq!(lex_mask("zebra"), 0);
        assert_ne!(lex_mask("official’"), 0);
    }

    #[test]
    fn lookups_ignore_ascii_case() {
        let role = |w: &str| Lex::PersonRoles.contains(w);
        assert!(role("Spokeswoman"));
        assert!(role("SPOKESWOMAN"));
        assert!(!role("spokes"));
        assert!(!role(&"x".repeat(100)));
        assert!(!role("Ärztin"));
        assert!(is_known_outlet("al jazeera"));
        assert!(is_known_outlet("Al Jazeera"));
        assert!(is_known_outlet("reuters"));
        assert!(!is_known_outlet("al"));
        assert!(!is_known_outlet(&"x".repeat(100)));
    }
}
