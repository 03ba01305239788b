//! English.

use super::{BandText, ChoiceText, StepText, Strings};

pub(super) const EN: Strings = Strings {
    code: "en",
    dir: "ltr",
    native_name: "English",

    app_title: "Evidence checklist",
    tagline: "How well is this article sourced? Paste it, answer five questions, and see the sentences behind each answer.",
    privacy_note: "Nothing you paste leaves this page: there is no server, and nothing is sent anywhere.",

    paste_heading: "Paste an article",
    paste_label: "Paste the whole article",
    paste_hint: "The whole page is fine: menus, share buttons and comments can come along.",
    word_count: "{n} words",
    word_count_one: "1 word",
    start: "Check this article",
    start_disabled_reason: "Paste an article first: the box is empty.",

    progress: "Question {n} of {total}",
    back: "Back",
    next: "Next",
    to_summary: "See the score",
    why_heading: "Why this matters",
    choose_first: "Choose one answer to go on.",
    source_name_label: "Name of the source (optional)",
    source_name_hint: "As the article gives it, for example \"local sources\" or \"Maria Zakharova\".",
    edit_article: "Edit the article",

    article_heading: "The article",
    article_show: "Show the article",
    article_hide: "Hide the article",

    summary_heading: "Summary",
    score_label: "Score",
    out_of: "out of 100",
    col_question: "Question",
    col_answer: "Your answer",
    col_points: "Points",
    col_why: "Why",
    not_answered: "Not answered",
    change: "Change",
    change_label: "Change the answer to: {question}",
    check_another: "Check another article",
    source_named_as: "Source as you named it: {name}",
    score_explainer: "Each answer earns points from a fixed table (see \"How the score works\"); the five questions add up to 100.",

    suggestion_heading: "The app's suggestion",
    suggested_badge: "suggested",
    behind_heading: "The sentences behind it",
    go_to_sentence: "Show this sentence in the article: {sentence}",
    found_sources_heading: "Sources the app found",
    found_sources_hint: "Pick one to answer with it; you can still change the answer.",
    relayed_by: "relayed by {relay}",
    named_word: "named",
    unnamed_word: "unnamed",
    source_kinds: ["person", "organisation", "outlet", "unnamed people"],
    set_aside_summary: "Set aside: {n} lines of comments and page furniture",
    set_aside_none: "Nothing was set aside: the whole text is read.",
    show: "Show",
    hide: "Hide",
    put_back: "Put back",
    set_aside_again: "Set aside again",
    block_label: "{kind}, {n} lines",
    aside_inline: "{kind}: {n} lines set aside",
    put_back_note: "put back into the analysis",
    noise_kinds: [
        "Menus and links",
        "Donation appeal",
        "Share prompt",
        "Related links",
        "Copyright and disclaimers",
        "Byline and date",
        "Comments",
    ],
    app_suggested: "The app suggested: {choice}",
    you_agree: "Your answers and the app's suggestions agree on every question.",
    hedges_heading: "Words in the article that mark unconfirmed claims",
    analysed_note: "The suggestions read the article itself; comments and page furniture are set aside.",

    mode_heading: "How do you want to work?",
    mode_guided: "Guided: the app suggests an answer to each question",
    mode_practice: "Practice: answer first, then compare with the app",
    reveal: "Check my answer",
    practice_note: "Practice: choose your answer first; then the app shows what it found.",
    you_agree_one: "You and the app agree on this one.",
    you_differ_one: "The app's answer is different: {choice}.",
    practice_summary: "You agreed with the app on {n} of {total} questions.",
    start_over: "Start over",
    start_over_confirm: "Start over? This clears the article and your answers from this page and from this browser.",
    confirm_yes: "Yes, start over",
    cancel: "Cancel",
    saving_off: "Saving is off in this browser, so your work will not come back after a reload. Everything on this page stays as it is.",
    saved_unreadable: "Saved work could not be read, so the checklist starts fresh.",
    resumed: "Welcome back: your work was restored.",
    share_heading: "Share and export",
    copy_link: "Copy link",
    copy_link_answers: "Copy link with answers only",
    link_copied: "Link copied. The article travels inside the link, after the #, which browsers never send to a server.",
    link_too_long: "With the article inside, the link would be {n} characters long: too long to paste comfortably. Use the link with answers only; whoever opens it pastes the article again.",
    answers_link_copied: "Link with answers only copied.",
    copy_failed: "This page may not copy to the clipboard. Select the text below and copy it yourself.",
    copy_text: "Copy as text",
    text_copied: "Report copied as text (Markdown), ready to paste into an assignment.",
    download_json: "Download JSON",
    print: "Print",
    link_opened: "Opened from a shared link.",
    link_answers_only: "This link holds the answers only. Paste the article to see the sentences behind them.",
    link_broken: "This link is damaged or incomplete, so it could not be opened. The checklist starts fresh.",
    language_label: "Language",
    english_only: "The app's suggestions are made for English text, and this text does not look English. The checklist works the same: answer each question from your own reading.",
    report_title: "Evidence checklist: report",
    report_score: "Score: {score} out of 100 ({band})",
    crash_message: "Something went wrong, but your text is safe: it is kept in this browser. Reload the page to go on where you were.",
    reload: "Reload the page",
    truncated_note: "This text is very long: the app read the first {n} characters of {total}. The checklist covers the whole article; only the suggestions are limited.",

    steps: [
        StepText {
            question: "Who is the source of the main claim?",
            help: "The main claim is what the headline and the first paragraph say happened. Who says so?",
            why: "Rules 1 and 2: what the writer did not see must be attributed, and sources have a rank: the reporter's own observation first, then a named source on the record; anonymous sources are the weakest.",
        },
        StepText {
            question: "Is the source named?",
            help: "Look at the source you picked: does the article say who they are, what position they hold, and why they would know?",
            why: "Rules 3 and 5: \"a source\" on its own is not acceptable. An unnamed source is described as precisely as possible, and the article says why they are not named.",
        },
        StepText {
            question: "Is there corroboration?",
            help: "Does anyone else, with their own knowledge, confirm the main claim?",
            why: "Rules 6 and 7: one source is not enough, and repetition is not corroboration. Several outlets repeating one unnamed origin count as one source.",
        },
        StepText {
            question: "Is there a denial or reply from the accused?",
            help: "If the claim accuses someone, does the article give them a chance to answer?",
            why: "Rule 8: people accused of wrongdoing get the chance to respond in the same piece. A denial the article waves away without evidence is a warning sign.",
        },
        StepText {
            question: "Is there evidence beyond what people say?",
            help: "Documents, footage, data: something the outlet checked, not only quotes.",
            why: "Rule 9: evidence beats assertion. A stock or file photo is not evidence of the event: look at its caption and date.",
        },
    ],

    choices: [
        // Source
        ChoiceText {
            label: "The outlet's own reporters saw it or hold the documents",
            hint: "\"our correspondent saw\", \"documents seen by\"",
            reason: "First-hand reporting ranks highest (rule 2).",
        },
        ChoiceText {
            label: "A named person or organisation",
            hint: "a minister, a police force, a company, on the record",
            reason: "A named, on-the-record source can be checked and held to account (rule 2).",
        },
        ChoiceText {
            label: "Another outlet's report",
            hint: "\"the agency reported\", \"according to state media\"",
            reason: "Relaying another outlet passes on its sourcing without checking it (rules 1 and 7).",
        },
        ChoiceText {
            label: "Unnamed people",
            hint: "\"sources\", \"residents\", \"experts\", \"officials\"",
            reason: "Anonymous sources are the weakest kind (rule 2).",
        },
        ChoiceText {
            label: "No source given",
            hint: "the claim is stated as fact, with nobody behind it",
            reason: "A disputable fact that nobody is said to have seen is not attributed (rule 1).",
        },
        // Named
        ChoiceText {
            label: "Named, with role or position",
            hint: "\"Maria Zakharova, Foreign Ministry spokeswoman\"",
            reason: "A name and a position say who is speaking and why they would know (rule 3).",
        },
        ChoiceText {
            label: "Partly: an organisation but no person, or a name without a role",
            hint: "\"the ministry said\", \"John Smith said\"",
            reason: "The reader can check who spoke, but not quite who or why they would know (rule 3).",
        },
        ChoiceText {
            label: "Unnamed, but described: why they know and why they are not named",
            hint: "\"an official who attended the meeting, speaking on condition of anonymity because ...\"",
            reason: "An unnamed source with a position and a stated reason is the best an anonymous source can be (rules 3 and 5).",
        },
        ChoiceText {
            label: "Unnamed and vague",
            hint: "\"sources said\", \"local sources\", \"some experts\"",
            reason: "\"A source\" on its own cannot be checked or weighed (rule 3).",
        },
        ChoiceText {
            label: "There is no source to name",
            hint: "",
            reason: "With no source, there is nobody to name (rule 1).",
        },
        // Corroboration
        ChoiceText {
            label: "Independent sources confirm it",
            hint: "a second source with their own knowledge, or a document",
            reason: "Two or more independent sources are better than one (rule 6).",
        },
        ChoiceText {
            label: "Other outlets only repeat the same report",
            hint: "a relay, not confirmation",
            reason: "Repetition is not corroboration: outlets relaying one origin count as one source (rule 7).",
        },
        ChoiceText {
            label: "No corroboration",
            hint: "",
            reason: "The claim rests on a single source (rule 6).",
        },
        // Reply
        ChoiceText {
            label: "Their reply is reported",
            hint: "\"the ministry denied the report\", \"a spokesperson said ...\"",
            reason: "The accused had their say in the same piece (rule 8).",
        },
        ChoiceText {
            label: "A reply was sought",
            hint: "\"declined to comment\", \"did not respond to a request\"",
            reason: "Asking for a reply is what fairness requires, even when none comes (rule 8).",
        },
        ChoiceText {
            label: "A denial is mentioned, then dismissed without evidence",
            hint: "\"denied it, which is an obvious lie\"",
            reason: "A denial waved away without evidence is a warning sign, not a point in the article's favour (rule 8).",
        },
        ChoiceText {
            label: "No reply is mentioned",
            hint: "",
            reason: "The accused party was not given a voice (rule 8).",
        },
        ChoiceText {
            label: "Nobody is accused",
            hint: "the claim accuses no person or organisation",
            reason: "There is nobody who needs a right of reply (rule 8).",
        },
        // Evidence
        ChoiceText {
            label: "Documents, footage or data the outlet checked",
            hint: "\"a copy of which was seen by\", \"footage verified by\"",
            reason: "Evidence the outlet checked is stronger than any quote (rule 9).",
        },
        ChoiceText {
            label: "Pictures or documents of unclear origin, file photos",
            hint: "a caption dated years earlier, \"image from social media\"",
            reason: "Material of unknown origin, or a file photo, does not show the event (rule 9).",
        },
        ChoiceText {
            label: "None: only what people say",
            hint: "",
            reason: "Without evidence, the claim is only as good as its sources (rule 9).",
        },
    ],

    bands: [
        BandText {
            name: "Well sourced",
            meaning: "Named, checked and corroborated: the claim can be traced and weighed.",
        },
        BandText {
            name: "Mostly sourced",
            meaning: "The claim is sourced, with gaps worth knowing about.",
        },
        BandText {
            name: "Weakly sourced",
            meaning: "Important parts of the sourcing are missing: treat the claim with care.",
        },
        BandText {
            name: "Unsupported",
            meaning: "The claim rests on sources that cannot be checked: it is not established.",
        },
    ],

    reasons: [
        // Source
        "The article reports what its own reporters saw or examined.",
        "The claim comes from {source}, a named source.",
        "The claim comes from another outlet, {source}, which gives no source of its own.",
        "The claim comes from \"{source}\", relayed by {relay}: unnamed.",
        "The claim comes from \"{source}\": unnamed.",
        "No attribution was found in the article: nobody is said to be the source.",
        // Named
        "{source} is named, with a role: {relay}.",
        "{source} is named as an organisation or outlet, with no person behind it.",
        "{source} is named, but no role or position is given.",
        "\"{source}\" is unnamed, but the article says why they know or why they are not named.",
        "\"{source}\" is unnamed and vague: no position, no reason for anonymity.",
        "There is no source to name.",
        // Corroboration
        "{source} confirms it, and does not rely on the same origin.",
        "Other outlets or sources ({count}, such as {source}) tell similar stories, but none confirms this one independently.",
        "The claim travels through {count} outlets, all relaying the same origin: one source, repeated.",
        "No other source supports the main claim.",
        // Reply
        "A reply from the accused is reported: \"{source}\".",
        "A reply was sought: \"{source}\".",
        "A denial (\"{source}\") is reported, then dismissed: \"{detail}\".",
        "The article says the accused \"{source}\" it, but reports no reply.",
        "No denial or reply from the accused was found.",
        "No accusation was found: nobody seems to be accused of anything.",
        // Evidence
        "The article cites evidence that was checked: \"{source}\".",
        "The only picture is a file photo dated {detail}, before the events: it does not show them.",
        "There is material of unclear origin: \"{source}\".",
        "The article says evidence is missing: \"{source}\".",
        "No documents, footage or data were found.",
    ],
};
