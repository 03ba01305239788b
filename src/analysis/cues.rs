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

use Cue::*;

/// Every cue phrase and what it signals.
pub const CUES: &[(&str, &[Cue])] = &[
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
];

/// People nobody names: the head of an unnamed-source phrase.
#[rustfmt::skip]
pub const UNNAMED_PEOPLE: &[&str] = &[
    "source", "sources", "resident", "residents", "witness", "witnesses", "eyewitness",
    "eyewitnesses", "activist", "activists", "expert", "experts", "official", "officials",
    "insider", "insiders", "people", "persons", "person", "observers", "observer", "analysts",
    "diplomats", "locals", "villagers", "citizens", "inhabitants", "employees", "staff", "workers",
    "soldiers", "fighters", "militants", "members", "relatives", "families", "doctors", "medics",
    "rescuers", "bloggers", "users", "critics", "someone", "somebody", "individuals", "aides",
    "authorities", "investigators", "commanders", "specialists", "scholars",
];

/// Outlets nobody names: "the media", "Syrian media", "reports".
#[rustfmt::skip]
pub const UNNAMED_OUTLETS: &[&str] = &[
    "media", "press", "outlets", "reports", "newspapers", "websites", "blogs", "channels",
];

/// Roles and titles of people ("Spokeswoman", "governor", "Gen").
#[rustfmt::skip]
pub const PERSON_ROLES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "minister", "governor", "president", "secretary",
    "director", "chief", "head", "general", "commander", "ambassador", "mayor", "senator",
    "official", "officer", "analyst", "professor", "researcher", "ceo", "chairman", "chairwoman",
    "chair", "leader", "deputy", "adviser", "advisor", "envoy", "representative", "lawyer",
    "attorney", "judge", "prosecutor", "colonel", "major", "captain", "lieutenant", "sergeant",
    "admiral", "gen", "col", "lt", "maj", "capt", "mr", "mrs", "ms", "dr", "prof", "sheikh",
    "imam", "king", "queen", "prince", "emir", "mufti", "editor", "correspondent", "reporter",
    "economist", "historian", "scientist", "doctor", "dean", "founder", "manager", "coordinator",
    "counsel", "mp", "lawmaker", "legislator", "councillor", "councilor", "commissioner",
    "inspector", "superintendent", "sheriff", "chancellor", "bishop", "archbishop", "rabbi",
    "cleric", "expert", "diplomat", "activist", "witness", "resident", "specialist", "author",
    "premier", "negotiator", "spokespeople", "curator", "master", "consultant", "engineer",
    "engineers", "administrator", "auditor",
];

/// Words that make a phrase an organisation ("Ministry", "center").
#[rustfmt::skip]
pub const ORGANISATION_WORDS: &[&str] = &[
    "ministry", "ministries", "government", "army", "military", "forces", "police", "department",
    "office", "council", "committee", "observatory", "center", "centre", "coalition", "pentagon",
    "kremlin", "court", "university", "institute", "foundation", "commission", "bank", "company",
    "firm", "group", "party", "union", "organization", "organisation", "association", "authority",
    "service", "guard", "command", "corps", "embassy", "mission", "administration", "parliament",
    "congress", "senate", "navy", "ngo", "charity", "hospital", "federation", "alliance", "bureau",
    "directorate", "secretariat", "cabinet", "presidency", "monitor", "watchdog", "regulator",
    "nato", "un", "unicef", "unhcr", "eu", "iaea", "icrc", "agency", "agencies", "services",
    "systems", "industries", "holdings", "international", "partners", "solutions", "technologies",
    "airlines", "railways", "motors", "energy", "groups", "inc", "ltd", "llc", "plc", "sa", "ag",
    "gmbh", "corp", "corporation", "co", "club", "trust", "network",
];

/// Words that make an organisation an outlet ("news agency", "TV").
#[rustfmt::skip]
pub const OUTLET_WORDS: &[&str] = &[
    "outlet", "newspaper", "news", "channel", "broadcaster", "tv", "television", "radio", "daily",
    "website", "magazine", "media", "wire", "gazette", "times", "post", "tribune", "herald",
    "journal", "press",
];

/// Countries and capitals, which speak as governments ("Russia said").
#[rustfmt::skip]
pub const PLACES_AS_ACTORS: &[&str] = &[
    "russia", "china", "iran", "syria", "israel", "turkey", "ukraine", "france", "germany",
    "britain", "america", "washington", "moscow", "beijing", "tehran", "damascus", "ankara",
    "kyiv", "kiev", "london", "paris", "berlin", "pakistan", "india", "afghanistan", "iraq",
    "egypt", "japan", "us", "usa", "uk", "eu", "u.s", "u.k",
];

/// Outlets known by name (lower case; several words allowed).
#[rustfmt::skip]
pub const KNOWN_OUTLETS: &[&str] = &[
    "reuters", "ap", "afp", "bbc", "cnn", "tass", "sana", "sputnik", "rt", "xinhua", "al jazeera",
    "aljazeera", "ria novosti", "ria", "interfax", "anadolu", "irna", "fars", "tasnim",
    "new york times", "washington post", "guardian", "wall street journal", "bloomberg",
    "associated press", "agence france-presse", "dpa", "efe", "ansa", "kyodo", "yonhap", "nhk",
    "al arabiya", "al-masdar", "southfront", "south front", "global research", "press tv", "cgtn",
    "dw", "deutsche welle", "france 24", "euronews", "le monde", "der spiegel", "haaretz", "axios",
    "politico", "npr", "abc news", "cbs news", "nbc news", "fox news", "sky news",
    "financial times", "the economist", "syrian arab news agency",
];

/// Small words that may sit inside a proper name ("Observatory for Human
/// Rights", "Abu Bakr al-Baghdadi", "Charles de Gaulle").
#[rustfmt::skip]
pub const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "van",
    "von", "der", "den", "al", "el", "bin", "ibn", "abu", "ben", "y", "&",
];

/// Words that count people: "one of the officials".
#[rustfmt::skip]
pub const QUANTIFIERS: &[&str] = &[
    "one", "two", "three", "four", "five", "some", "many", "several", "most", "all", "both",
    "none", "each", "either", "neither", "another", "few", "none",
];

/// Determiners, dropped from the front of a named source.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "such", "many", "several", "some", "other", "another", "each", "every", "any", "no", "all",
    "both", "most", "few",
];

/// Words that end a subject when reading backwards from a verb.
#[rustfmt::skip]
pub const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "whilst", "as", "because",
    "since", "after", "before", "if", "though", "although", "so", "but", "yet", "however",
    "meanwhile", "or", "nor", "than", "what", "whether", "until", "unless", "once", "what", "how",
    "why", "is", "are", "was", "were", "will", "would", "could", "should", "can", "may", "might",
    "must", "to", "not", "never", "it", "there", "we", "i", "you",
];

/// Adverbs and auxiliaries between a subject and its verb ("has also said").
#[rustfmt::skip]
pub const SKIPPABLE: &[&str] = &[
    "has", "have", "had", "also", "even", "repeatedly", "later", "then", "further", "previously",
    "earlier", "again", "recently", "already", "publicly", "privately", "officially", "separately",
    "subsequently", "finally", "initially", "first", "still", "always", "did", "does", "do",
    "once", "now", "today", "yesterday", "reportedly", "allegedly", "apparently", "openly",
    "immediately", "quickly", "last", "week", "month", "year", "directly", "independently",
    "jointly", "formally", "flatly", "strongly", "categorically",
];

/// Words that mark a passive ("have been accused", "was reported").
pub const PASSIVE: &[&str] = &["been", "being", "was", "were", "is", "are", "be"];

/// Pronouns: a source already met, not a new one.
#[rustfmt::skip]
pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "them", "who", "which", "one", "others",
    "some", "many", "most", "all", "both",
];

/// Months and week days: a date, not part of a source.
#[rustfmt::skip]
pub const DATE_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

/// Prepositions that end a source phrase read forwards ("SANA on Monday"),
/// except inside a capitalised name ("Observatory for Human Rights").
#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "from", "for", "to", "near", "with", "about", "by", "during", "over", "into",
    "under", "via", "across", "against", "between", "within", "without",
];

/// True when `word` (any case) is in `list` (lower case).
pub fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}
