use super::*;
use crate::corpus::Corpus;
use crate::factcheck::{DiscrepancyKind, VerbMatcher};

/// Each quote of the corpus as "speaker | verb | words | direct/reported".
fn ledger_of(texts: &[&str]) -> Vec<String> {
    let corpus = Corpus::from_texts(
        "test",
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("{i}.txt"), t.to_string()))
            .collect(),
    );
    let built =
        crate::app::indexing::build(&corpus, &crate::entities::Corrections::default(), |_, _| {});
    let ledger = QuoteLedger::build(&corpus, &built.index, VerbMatcher::embedded().verbs());
    ledger
        .quotes()
        .iter()
        .map(|q| {
            let text = corpus.articles[q.article().0].text();
            let name = built
                .index
                .entity(q.speaker())
                .map_or("", |e| e.name.as_str());
            format!(
                "{name} | {} | {} | {}",
                q.verb().slice(text),
                q.words().slice(text),
                q.speech.as_str()
            )
        })
        .collect()
}

#[test]
fn a_quotation_with_the_speaker_after_it() {
    assert_eq!(
        ledger_of(&["“This is not how negotiations are supposed to work,” Freeman said."]),
        ["Freeman | said | This is not how negotiations are supposed to work, | direct"]
    );
}

#[test]
fn a_quotation_with_the_verb_first_and_a_title_before_the_name() {
    assert_eq!(
        ledger_of(&["“Markets had priced in a cut,” said Economy Minister Huda Al-Rashid."]),
        ["Huda Al-Rashid | said | Markets had priced in a cut, | direct"]
    );
}

#[test]
fn a_quotation_after_its_attribution() {
    assert_eq!(
        ledger_of(&["Laura Jones told reporters: “We will not move first.”"]),
        ["Laura Jones | told | We will not move first. | direct"]
    );
}

#[test]
fn a_quotation_that_goes_on_after_its_attribution_keeps_its_speaker() {
    let text = "“Tariff negotiations are tariff negotiations,” Shigeru Ishiba told lawmakers on 20 April. “If we don’t keep them separate, we risk distorting both.”";
    assert_eq!(
        ledger_of(&[text]),
        [
            "Shigeru Ishiba | told | Tariff negotiations are tariff negotiations, | direct",
            "Shigeru Ishiba | told | If we don’t keep them separate, we risk distorting both. | direct",
        ]
    );
}

#[test]
fn he_said_is_the_person_named_last() {
    let text = "Chas Freeman spoke at length. “It was chaos,” he said.";
    assert_eq!(
        ledger_of(&[text]),
        ["Chas Freeman | said | It was chaos, | direct"]
    );
}

#[test]
fn an_unnamed_speaker_and_what_follows_are_not_in_the_ledger() {
    let text = "Officials met Laura Jones on Monday. “The Japanese side has been trying,” one source familiar with the negotiations stated. “But there is no clear answer.”";
    assert_eq!(ledger_of(&[text]), Vec::<String>::new());
}

#[test]
fn scare_quotes_in_narration_are_nobodys_words() {
    let text = "The notion of Japan “dumping” its Treasury holdings is unlikely.";
    assert_eq!(ledger_of(&[text]), Vec::<String>::new());
}

#[test]
fn reported_speech_after_a_reporting_verb() {
    let text =
        "Shigeru Ishiba recently emphasised that Tokyo has no plans to cancel the agreements.";
    assert_eq!(
        ledger_of(&[text]),
        ["Shigeru Ishiba | emphasised | Tokyo has no plans to cancel the agreements | reported"]
    );
}

#[test]
fn reported_speech_after_saying_is_the_sentences_first_speaker() {
    let text = "But Shigeru Ishiba pushed back, saying such gestures should not be conflated with security talks.";
    assert_eq!(
        ledger_of(&[text]),
        [
            "Shigeru Ishiba | saying | such gestures should not be conflated with security talks | reported"
        ]
    );
}

#[test]
fn a_name_in_someone_elses_description_does_not_speak() {
    let text = "Lee Ji-eun, a student at Yonsei University, said she came early to see the band. Guinea’s electoral commission announced results, saying the president won the vote.";
    assert_eq!(ledger_of(&[text]), Vec::<String>::new());
}

#[test]
fn told_without_that_skips_the_listener() {
    let text =
        "Laura Jones told reporters the deal was dead. Bakary Fofana told a news conference.";
    assert_eq!(
        ledger_of(&[text]),
        ["Laura Jones | told | the deal was dead | reported"]
    );
}

#[test]
fn according_to_a_name_at_either_end_of_the_sentence() {
    let text = "Trade slowed to a crawl, according to the World Trade Organization. According to Laura Jones, the deal will be signed in May.";
    assert_eq!(
        ledger_of(&[text]),
        [
            "World Trade Organization | according to | Trade slowed to a crawl | reported",
            "Laura Jones | According to | the deal will be signed in May | reported",
        ]
    );
}

#[test]
fn one_speaker_is_listed_across_articles() {
    let texts = [
        "“We will not dump Treasuries,” Katsunobu Kato said.",
        "Kato said Japan would keep buying bonds for years.",
    ];
    assert_eq!(
        ledger_of(&texts),
        [
            "Katsunobu Kato | said | We will not dump Treasuries, | direct",
            "Katsunobu Kato | said | Japan would keep buying bonds for years | reported",
        ]
    );
}

#[test]
fn the_seed_corpus_quotes_freeman_and_ishiba() {
    let corpus = Corpus::embedded();
    let built =
        crate::app::indexing::build(&corpus, &crate::entities::Corrections::default(), |_, _| {});
    let ledger = QuoteLedger::build(&corpus, &built.index, VerbMatcher::embedded().verbs());
    let said_by = |name: &str| -> Vec<String> {
        let id = built.index.find(name).expect(name).id;
        ledger
            .of(id)
            .map(|q| {
                q.words()
                    .slice(corpus.articles[q.article().0].text())
                    .to_string()
            })
            .collect()
    };
    let freeman = said_by("Chas Freeman");
    assert!(
        freeman.contains(&"This is not how negotiations are supposed to work,".to_string()),
        "{freeman:?}"
    );
    let ishiba = said_by("Shigeru Ishiba");
    assert!(
        ishiba
            .iter()
            .any(|w| w.starts_with("If we don’t keep them separate")),
        "{ishiba:?}"
    );
    assert!(
        ishiba
            .iter()
            .any(|w| w.starts_with("Tokyo has no plans to cancel")),
        "{ishiba:?}"
    );
}

/// Articles `0.txt`, `1.txt`… each opening with one of `texts` and going on about other
/// things, so that the words the openings share are rare in the corpus, as in real news.
pub(crate) fn corpus_with_other_news(texts: &[&str]) -> Corpus {
    const OTHER_NEWS: &str = "Rice prices fell in June. The yen weakened against the euro. \
        Shares in Osaka closed higher. A typhoon delayed flights on Friday.";
    Corpus::from_texts(
        "test",
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("{i}.txt"), format!("{t} {OTHER_NEWS}")))
            .collect(),
    )
}

#[test]
fn one_speaker_quoted_differently_on_one_matter_is_shown_side_by_side() {
    let texts = [
        "“We will never sell our Treasury holdings as leverage in tariff talks,” Katsunobu Kato said.",
        "Katsunobu Kato said Japan could use its Treasury holdings as a card in tariff talks.",
        "Katsunobu Kato said the weather in Osaka was pleasant all week.",
    ];
    let corpus = corpus_with_other_news(&texts);
    let built =
        crate::app::indexing::build(&corpus, &crate::entities::Corrections::default(), |_, _| {});
    let findings = crate::factcheck::findings(&corpus, &built.index, &[]);
    let groups: Vec<_> = findings
        .discrepancies
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Quotes)
        .collect();
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let files: Vec<&str> = groups[0].members.iter().map(|m| m.file(&corpus)).collect();
    assert_eq!(files, ["0.txt", "1.txt"]);
    assert_eq!(
        groups[0].members[1].text(&corpus),
        "Japan could use its Treasury holdings as a card in tariff talks"
    );
    assert!(
        groups[0]
            .explanation
            .starts_with("Katsunobu Kato quoted in different words in 0.txt and 1.txt, all about"),
        "{}",
        groups[0].explanation
    );
}

/// The corpus of [`corpus_with_other_news`] and its `quotes` discrepancies.
fn quote_groups(texts: &[&str]) -> (Corpus, Vec<crate::factcheck::Discrepancy>) {
    let corpus = corpus_with_other_news(texts);
    let built =
        crate::app::indexing::build(&corpus, &crate::entities::Corrections::default(), |_, _| {});
    let findings = crate::factcheck::findings(&corpus, &built.index, &[]);
    let groups = findings
        .discrepancies
        .into_iter()
        .filter(|d| d.kind == DiscrepancyKind::Quotes)
        .collect();
    (corpus, groups)
}

#[test]
fn the_same_words_reprinted_are_not_a_difference() {
    let (_, groups) = quote_groups(&[
        "“We will never sell our Treasury holdings in tariff talks,” Katsunobu Kato said.",
        "“We will never sell our Treasury holdings in tariff talks!” Katsunobu Kato said.",
    ]);
    assert!(groups.is_empty(), "{groups:#?}");
}

#[test]
fn the_same_words_in_other_capitals_are_not_a_difference() {
    let (_, groups) = quote_groups(&[
        "“We will never sell our Treasury holdings in tariff talks,” Katsunobu Kato said.",
        "“We Will Never Sell Our Treasury Holdings In Tariff Talks,” Katsunobu Kato said.",
    ]);
    assert!(groups.is_empty(), "{groups:#?}");
}

#[test]
fn a_much_quoted_speaker_still_pairs_through_rarer_words() {
    // More quotes sharing "tariff talks" than one word may pair by itself, each about a
    // matter of its own; two of them share rarer words besides.
    let matters = [
        "rice", "steel", "beef", "cars", "chips", "ships", "wheat", "oil",
    ];
    let mut texts: Vec<String> = (0..450)
        .map(|i| {
            let a = matters[i % matters.len()];
            let b = matters[(i / matters.len()) % matters.len()];
            format!("Katsunobu Kato said tariff talks in round {i} covered {a} and {b}.")
        })
        .collect();
    texts.push("Katsunobu Kato said tariff talks would raise soybean quotas.".to_string());
    texts.push(
        "Katsunobu Kato said Japan wants soybean quotas settled in tariff talks.".to_string(),
    );
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (corpus, groups) = quote_groups(&texts);
    let soybeans: Vec<Vec<&str>> = groups
        .iter()
        .filter(|d| {
            d.members
                .iter()
                .any(|m| m.text(&corpus).contains("soybean"))
        })
        .map(|d| d.members.iter().map(|m| m.file(&corpus)).collect())
        .collect();
    assert_eq!(soybeans, [["450.txt", "451.txt"]]);
}

#[test]
fn a_quote_is_kept_small_and_gives_back_its_positions() {
    // A large corpus has hundreds of thousands: 80 bytes each before they were packed.
    assert!(std::mem::size_of::<Quote>() <= 40);
    let quote = Quote::new(
        ArticleId(3),
        7,
        EntityId(70_000),
        ByteSpan::new(100, 106),
        ByteSpan::new(107, 111),
        ByteSpan::new(20, 90),
        Speech::Direct,
    );
    assert_eq!(
        (quote.article(), quote.sentence(), quote.speaker()),
        (ArticleId(3), 7, EntityId(70_000))
    );
    assert_eq!(
        (quote.named_at(), quote.verb(), quote.words()),
        (
            ByteSpan::new(100, 106),
            ByteSpan::new(107, 111),
            ByteSpan::new(20, 90)
        )
    );
}
