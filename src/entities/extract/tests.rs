//! Extraction rules, written in inline span notation: `[text]LABEL` marks a mention.

use super::*;
use std::sync::OnceLock;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::embedded().unwrap())
}

/// The text with its mentions written inline: "the [Bank of Japan]ORG said".
fn marked(text: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for m in extract(text, gazetteer()) {
        out.push_str(&text[at..m.span().start]);
        out.push('[');
        out.push_str(m.text(text));
        out.push(']');
        out.push_str(m.label.as_str());
        at = m.span().end;
    }
    out.push_str(&text[at..]);
    out
}

#[track_caller]
fn check(text: &str, expected: &str) {
    assert_eq!(marked(text), expected);
}

#[test]
fn initials_before_a_surname_make_a_person() {
    check(
        "The films were directed by J.J. Abrams. Abrams was a producer.",
        "The films were directed by [J.J. Abrams]PERSON. [Abrams]PERSON was a producer.",
    );
    // Initials before a word of the language name something else.
    check(
        "Fans of the club F.C. United cheered.",
        "Fans of the club F.C. United cheered.",
    );
}

#[test]
fn titles_stay_outside_person_spans() {
    check(
        "Prime Minister Shigeru Ishiba met Minister Akazawa.",
        "Prime Minister [Shigeru Ishiba]PERSON met Minister [Akazawa]PERSON.",
    );
    check(
        "Public Ombudsman Nadia Cruz’s office said so.",
        "Public Ombudsman [Nadia Cruz]PERSON’s office said so.",
    );
    check(
        "The Honourable Natalio Wheatley spoke for the Hon. Mark Vanterpool.",
        "The Honourable [Natalio Wheatley]PERSON spoke for the Hon. [Mark Vanterpool]PERSON.",
    );
    check(
        "Former Assistant Secretary of Defence Chas Freeman disagreed.",
        "Former Assistant Secretary of Defence [Chas Freeman]PERSON disagreed.",
    );
    // Capitalised words up to an occupation are more of the title...
    check(
        "The Chief Medical Officer Professor Paul Kelly said so.",
        "The Chief Medical Officer Professor [Paul Kelly]PERSON said so.",
    );
    check(
        "The Chief Medical Officer Paul Kelly said so.",
        "The Chief Medical Officer [Paul Kelly]PERSON said so.",
    );
    // ... unless they open with a given name.
    check(
        "Coach Donald King said so.",
        "Coach [Donald King]PERSON said so.",
    );
}

#[test]
fn a_place_or_organisation_before_a_title_is_marked_but_a_portfolio_is_not() {
    check(
        "US Treasury Secretary Bessent and Japan’s Finance Minister Katayama met.",
        "[US Treasury]ORG Secretary [Bessent]PERSON and [Japan]GPE’s Finance Minister [Katayama]PERSON met.",
    );
    check(
        "Japanese Prime Minister Shigeru Ishiba spoke.",
        "[Japanese]NORP Prime Minister [Shigeru Ishiba]PERSON spoke.",
    );
}

#[test]
fn possessives_stay_outside_with_straight_curly_and_bare_apostrophes() {
    check(
        "Japan’s debt, Japan's bonds and the US’ approach.",
        "[Japan]GPE’s debt, [Japan]GPE's bonds and the [US]GPE’ approach.",
    );
}

#[test]
fn a_leading_the_stays_outside_and_nested_names_are_not_marked() {
    check(
        "They watched the Bank of Japan closely.",
        "They watched the [Bank of Japan]ORG closely.",
    );
}

#[test]
fn a_title_after_an_organisation_head_and_of_the_is_inside_the_name() {
    check(
        "He called the Office of the Governor and the Office of the Prime Minister.",
        "He called the [Office of the Governor]ORG and the [Office of the Prime Minister]ORG.",
    );
    // A title after "of the" with no organisation head before it stays a title.
    check(
        "A Minister of the Crown, Secretary of the Treasury Janet Yellen, spoke.",
        "A Minister of the Crown, Secretary of the [Treasury]ORG [Janet Yellen]PERSON, spoke.",
    );
}

#[test]
fn a_saint_s_name_without_a_given_name_is_a_place() {
    check(
        "They sailed to St Eustatius, where Saint Tropez's fans met.",
        "They sailed to [St Eustatius]GPE, where [Saint Tropez]GPE's fans met.",
    );
    // With a given name it is the saint.
    check(
        "It was there that St Francis preached.",
        "It was there that [St Francis]PERSON preached.",
    );
}

#[test]
fn a_region_s_adjective_before_a_noun_is_said_of_its_peoples() {
    check(
        "Caribbean nations met in the Caribbean; the Caribbean has grown.",
        "[Caribbean]NORP nations met in the [Caribbean]LOC; the [Caribbean]LOC has grown.",
    );
    check(
        "They sailed the Caribbean sea on a Mediterranean diet.",
        "They sailed the [Caribbean]LOC sea on a [Mediterranean]NORP diet.",
    );
}

#[test]
fn a_canadian_province_written_short_after_a_town_is_the_province() {
    check(
        "Sales fell in Toronto, Ont., and Montreal, Que.",
        "Sales fell in [Toronto]GPE, [Ont.]GPE, and [Montreal]GPE, [Que.]GPE",
    );
}

#[test]
fn a_place_listed_with_its_article_is_found_without_it() {
    check(
        "Police in the Bronx met judges from The Hague.",
        "Police in the [Bronx]GPE met judges from The [Hague]GPE.",
    );
    // "The Valley" (Anguilla) is listed, but "Valley" alone is an ordinary word.
    check(
        "Rain hit the Valley on Monday.",
        "Rain hit the Valley on [Monday]DATE.",
    );
}

#[test]
fn a_party_named_by_a_noun_is_an_org_and_its_members_are_norp() {
    check(
        "Labour and the Liberal Democrats attacked Tory plans; Democrats and Social Democrats agreed.",
        "[Labour]ORG and the [Liberal Democrats]ORG attacked [Tory]NORP plans; [Democrats]NORP and [Social Democrats]ORG agreed.",
    );
}

#[test]
fn a_company_named_with_a_possessive_is_a_person_after_a_title() {
    check(
        "President Carter's aides met. Shares in Carter's rose.",
        "President [Carter]PERSON's aides met. Shares in [Carter's]ORG rose.",
    );
}

#[test]
fn a_year_before_an_event_belongs_to_it_unless_it_dates_the_sentence() {
    check(
        "She won at the 2004 Brit Awards. Since 2004 Eurovision has grown.",
        "She won at the [2004 Brit Awards]EVENT. Since [2004]DATE [Eurovision]EVENT has grown.",
    );
    check(
        "England's 2011 World Cup campaign began. In 2011 World Cup crowds grew.",
        "[England]GPE's [2011 World Cup]EVENT campaign began. In [2011]DATE [World Cup]EVENT crowds grew.",
    );
}

#[test]
fn a_host_city_belongs_to_the_games_but_a_country_stays_a_team() {
    check(
        "She ran at the 2012 London Olympics and the Tokyo Games. The England World Cup squad flew.",
        "She ran at the [2012 London Olympics]EVENT and the [Tokyo Games]EVENT. The [England]GPE [World Cup]EVENT squad flew.",
    );
}

#[test]
fn an_abbreviation_that_speaks_is_no_person() {
    check(
        "The Institute of Policy Research (IPR) met. Later IPR said yes. CBI said no.",
        "The [Institute of Policy Research]ORG ([IPR]ORG) met. Later [IPR]ORG said yes. [CBI]ORG said no.",
    );
}

#[test]
fn a_listed_abbreviation_is_known_in_title_case() {
    check(
        "Fifa and Nato officials met Unicef staff.",
        "[Fifa]ORG and [Nato]ORG officials met [Unicef]ORG staff.",
    );
}

#[test]
fn a_listed_abbreviation_is_known_with_full_stops() {
    check(
        "The F.B.I. and the C.I.A. declined to comment, the E.P.A. said. He called the F.B.I.",
        "The [F.B.I.]ORG and the [C.I.A.]ORG declined to comment, the [E.P.A.]ORG said. He called the [F.B.I.]ORG",
    );
}

#[test]
fn a_place_named_before_a_word_for_a_craft_is_the_craft_throughout() {
    check(
        "Rosetta collides with the comet today. The Rosetta spacecraft and the Philae lander were built in Germany.",
        "[Rosetta]PRODUCT collides with the comet today. The [Rosetta]PRODUCT spacecraft and the [Philae]PRODUCT lander were built in [Germany]GPE.",
    );
    // A country keeps its label; so does a place no craft word follows.
    check(
        "A China satellite flew over Rosetta.",
        "A [China]GPE satellite flew over [Rosetta]GPE.",
    );
    // An oil named after a place, before "crude": the benchmark, a product.
    check(
        "Energy firms fell as Brent crude slid and Iraq crude held. Dubai LCOc1 rose.",
        "Energy firms fell as [Brent]PRODUCT crude slid and [Iraq]GPE crude held. [Dubai]PRODUCT LCOc1 rose.",
    );
}

#[test]
fn a_common_given_name_that_is_a_word_starts_a_name_before_a_capitalised_word() {
    check(
        "The photo was taken by Harry Benson, and Frank Ocean sang.",
        "The photo was taken by [Harry Benson]PERSON, and [Frank Ocean]PERSON sang.",
    );
    // Before a lowercase word it is the word.
    check(
        "They harry the frank witness.",
        "They harry the frank witness.",
    );
}

#[test]
fn a_role_opening_a_sentence_stays_outside_the_name_after_it() {
    check(
        "Singer Taylor Swift sang. Will Smith won. Actors Amy Schumer and Wanda Sykes spoke.",
        "Singer [Taylor Swift]PERSON sang. [Will Smith]PERSON won. Actors [Amy Schumer]PERSON and [Wanda Sykes]PERSON spoke.",
    );
}

#[test]
fn british_regulators_broadcasters_and_members_titles_are_known() {
    check(
        "Labour MSP Christine May said Ofcom had cleared Channel 4.",
        "[Labour]ORG MSP [Christine May]PERSON said [Ofcom]ORG had cleared [Channel 4]ORG.",
    );
}

#[test]
fn a_known_name_in_lowercase_is_found() {
    check(
        "He sold an iPod on eBay.",
        "He sold an [iPod]PRODUCT on [eBay]ORG.",
    );
}

#[test]
fn nouns_for_a_country_s_people_and_family_titles_are_known() {
    check(
        "The Spaniard beat two Britons. Uncle Ossie cheered.",
        "The [Spaniard]NORP beat two [Britons]NORP. Uncle [Ossie]PERSON cheered.",
    );
}

#[test]
fn a_nationality_before_a_party_s_name_is_part_of_it() {
    check(
        "A Scottish Labour Party spokesman spoke to Scottish voters.",
        "A [Scottish Labour Party]ORG spokesman spoke to [Scottish]NORP voters.",
    );
    let text = "A Welsh Labour Party aide.";
    let joined = extract_explained(text, gazetteer());
    assert_eq!(joined[0].reason, Reason::JoinedToName);
}

#[test]
fn hyphenated_places_are_marked_each_but_a_named_agreement_is_one_law() {
    check(
        "The US-Japan trade talks resumed.",
        "The [US]GPE-[Japan]GPE trade talks resumed.",
    );
    check(
        "They signed the US-Japan Trade Agreement (USJTA). The USJTA cut tariffs.",
        "They signed the [US-Japan Trade Agreement]LAW ([USJTA]LAW). The [USJTA]LAW cut tariffs.",
    );
}

#[test]
fn amounts_keep_sign_and_scale() {
    check(
        "A $7 billion+ deal, ¥2.18 trillion ($15.5 billion) and US$5bn.",
        "A [$7 billion]MONEY+ deal, [¥2.18 trillion]MONEY ([$15.5 billion]MONEY) and [US$5bn]MONEY.",
    );
    check(
        "Japan’s trillion-dollar stake.",
        "[Japan]GPE’s [trillion-dollar]MONEY stake.",
    );
    check(
        "It fell to 6.6 trillion won.",
        "It fell to [6.6 trillion won]MONEY.",
    );
}

#[test]
fn percentages_but_not_basis_points() {
    check(
        "A 24% tariff, 70 per cent of voters and a 25 basis point cut.",
        "A [24%]PERCENT tariff, [70 per cent]PERCENT of voters and a 25 basis point cut.",
    );
}

#[test]
fn dates_name_calendar_points_not_durations() {
    check(
        "He left on Friday. On Friday, January 1, 2020 and 20 April; talks began in April 2019.",
        "He left on [Friday]DATE. On [Friday, January 1, 2020]DATE and [20 April]DATE; talks began in [April 2019]DATE.",
    );
    check(
        "The 2019 agreements, 10 years, 30-year bonds, last week and since March.",
        "The [2019]DATE agreements, 10 years, 30-year bonds, last week and since [March]DATE.",
    );
    check(
        "May I ask? It rose in May.",
        "May I ask? It rose in [May]DATE.",
    );
    // The part of a day is part of its date; a time of day is no date.
    check(
        "It said late Monday that early Friday night was too late.",
        "It said [late Monday]DATE that early Friday night was too late.",
    );
}

#[test]
fn generic_capitalised_words_and_headings_are_not_names() {
    check(
        "Polling data from Japan shows doubt.",
        "Polling data from [Japan]GPE shows doubt.",
    );
    check(
        "Market Impact and Growing Investor Caution",
        "Market Impact and Growing Investor Caution",
    );
    check(
        "Japan Hints at Using U.S. Treasury Holdings in Trade Talks",
        "[Japan]GPE Hints at Using [U.S. Treasury]ORG Holdings in Trade Talks",
    );
}

#[test]
fn treasuries_are_securities_but_treasury_is_the_issuer() {
    check(
        "Sales of U.S. Treasuries hit Treasury yields.",
        "Sales of [U.S.]GPE Treasuries hit [Treasury]ORG yields.",
    );
}

#[test]
fn a_surname_repeats_a_person_found_earlier_or_later_in_the_article() {
    check(
        "Akazawa left early. Minister Ryosei Akazawa had arrived. But Akazawa said nothing.",
        "[Akazawa]PERSON left early. Minister [Ryosei Akazawa]PERSON had arrived. But [Akazawa]PERSON said nothing.",
    );
}

#[test]
fn context_makes_unknown_names_people() {
    check(
        "It began under the Biden administration.",
        "It began under the [Biden]PERSON administration.",
    );
    check(
        "The Trump White House agreed.",
        "The [Trump]PERSON [White House]ORG agreed.",
    );
    check(
        "With leaders like Mark Carney, it works.",
        "With leaders like [Mark Carney]PERSON, it works.",
    );
    check("“No,” Freeman said.", "“No,” [Freeman]PERSON said.");
    // A camp is as often a place ("a refugee camp") as a leader's following.
    check(
        "Sources in the Rukban camp told reporters.",
        "Sources in the Rukban camp told reporters.",
    );
    check(
        "The finance minister Katsunobu Kato left.",
        "The finance minister [Katsunobu Kato]PERSON left.",
    );
    // An occupation before a name, and the surname alone later.
    check(
        "She beat singer Ally Brooke on Monday. Later Brooke danced.",
        "She beat singer [Ally Brooke]PERSON on [Monday]DATE. Later [Brooke]PERSON danced.",
    );
}

#[test]
fn two_given_names_open_a_four_word_name() {
    check(
        "Her ally Andrés Manuel López Obrador (AMLO) won.",
        "Her ally [Andrés Manuel López Obrador]PERSON ([AMLO]PERSON) won.",
    );
    // One given name does not carry four words.
    check(
        "Her ally Andrés Zorbex Quillan Brandt won.",
        "Her ally Andrés Zorbex Quillan Brandt won.",
    );
}

#[test]
fn a_nickname_in_parentheses_is_part_of_the_name() {
    check(
        "He denied murdering Terence (Terry) Taylor. Later Terry said no.",
        "He denied murdering [Terence (Terry) Taylor]PERSON. Later [Terry]PERSON said no.",
    );
    // A word in parentheses that is no given name is an aside, which leaves two given
    // names alone.
    check(
        "He met Terence (Oxford) Taylor.",
        "He met [Terence]PERSON (Oxford) [Taylor]PERSON.",
    );
}

#[test]
fn a_footers_follow_line_joins_no_names() {
    // "on" and a known name after a head word is where the head is, and the verb opening
    // the line is no part of the name "The" opens.
    check(
        "Follow The Brenlow Courier on Twitter for more.",
        "Follow The [Brenlow Courier]ORG on [Twitter]ORG for more.",
    );
    check(
        "He sits on the Council on Foreign Relations.",
        "He sits on the [Council on Foreign Relations]ORG.",
    );
}

#[test]
fn a_newspaper_word_ends_an_organisations_name() {
    check(
        "The South Florida Sun Sentinel and the Brenlow Ledger reported it.",
        "The [South Florida Sun Sentinel]ORG and the [Brenlow Ledger]ORG reported it.",
    );
}

#[test]
fn a_name_after_the_that_speaks_or_is_quoted_is_an_organisation() {
    check(
        "The deal was first reported by the Wrap, and the Brenlow Courier said it was done.",
        "The deal was first reported by the [Wrap]ORG, and the [Brenlow Courier]ORG said it was done.",
    );
    check(
        "He told the Hollywood Reporter so, according to the Kestrane Gazette.",
        "He told the [Hollywood Reporter]ORG so, according to the [Kestrane Gazette]ORG.",
    );
    // A describing word opens the body's name.
    check(
        "The report of the World Food Programme said so, and the National Brenlow Agency said.",
        "The report of the [World Food Programme]ORG said so, and the [National Brenlow Agency]ORG said.",
    );
    // Without "the", a name that speaks is a person's; after "the" and no cue, nothing.
    check(
        "Later Kestrane said it was done. They went to the Brenlow.",
        "Later [Kestrane]PERSON said it was done. They went to the Brenlow.",
    );
}

#[test]
fn ordinary_words_by_a_verb_of_saying_are_an_organisation_not_a_person() {
    check(
        "“We move on,” Van Dijk told Sky Sports.",
        "“We move on,” [Van Dijk]PERSON told [Sky Sports]ORG.",
    );
    check(
        "The result, Border Force said, was fair.",
        "The result, [Border Force]ORG said, was fair.",
    );
    // One word is too little to tell ("Analysts said"), and a title is no name.
    check(
        "The result, Analysts said, was fair. The Prime Minister said so.",
        "The result, Analysts said, was fair. The Prime Minister said so.",
    );
    // A word no dictionary holds, or a given name first, still makes a name.
    check(
        "The result, Chas Freeman said, was fair.",
        "The result, [Chas Freeman]PERSON said, was fair.",
    );
    check(
        "“It works,” Bill Gates said.",
        "“It works,” [Bill Gates]PERSON said.",
    );
}

#[test]
fn for_after_an_organisation_head_joins_the_name() {
    check(
        "He spoke at the Flint Center for the Performing Arts and the Institute for Fiscal Studies.",
        "He spoke at the [Flint Center for the Performing Arts]ORG and the [Institute for Fiscal Studies]ORG.",
    );
    // Not after a word that heads no organisation, nor before a lowercase word.
    check(
        "Apple for the Holidays ran. The Labour Party for the first time won.",
        "[Apple]ORG for the [Holidays]ORG ran. The [Labour Party]ORG for the first time won.",
    );
}

#[test]
fn legislatures_are_known_by_their_own_names() {
    check(
        "Lok Sabha results and a Riksdag vote came as the Sejm met.",
        "[Lok Sabha]ORG results and a [Riksdag]ORG vote came as the [Sejm]ORG met.",
    );
}

#[test]
fn a_sentence_initial_word_before_said_is_not_enough() {
    check(
        "Analysts said it would fall.",
        "Analysts said it would fall.",
    );
}

#[test]
fn suffixes_make_organisations_laws_and_facilities() {
    check(
        "According to the Japan Securities Dealers Association, the Inflation Reduction Act (IRA) helped.",
        "According to the [Japan Securities Dealers Association]ORG, the [Inflation Reduction Act]LAW ([IRA]LAW) helped.",
    );
    check(
        "Minister Akazawa of Japan’s Ministry of Economy, Trade, and Industry (METI) spoke.",
        "Minister [Akazawa]PERSON of [Japan]GPE’s [Ministry of Economy, Trade, and Industry]ORG ([METI]ORG) spoke.",
    );
    check(
        "Flights left Haneda airport.",
        "Flights left [Haneda airport]FAC.",
    );
    check("Toyota Motor Corp. rose.", "[Toyota Motor Corp.]ORG rose.");
    // Inside a sentence one generic word before a place's own word names the place; a
    // generic word before a body's is no name without "the".
    check(
        "Trains left Union Station at noon, buses left Central Station; Finance Ministry staff waited.",
        "Trains left [Union Station]FAC at noon, buses left [Central Station]FAC; Finance Ministry staff waited.",
    );
    // A centre for gatherings is a building; a research centre is a body.
    check(
        "She spoke at the Zorbury Convention Centre, and the Zorbury Research Center agreed.",
        "She spoke at the [Zorbury Convention Centre]FAC, and the [Zorbury Research Center]ORG agreed.",
    );
    // So are initiatives, collectives, consortia and conservancies, even when named after
    // a person.
    check(
        "Grants came from the Bill Zorblat Initiative and the Zorbury Land Conservancy.",
        "Grants came from the [Bill Zorblat Initiative]ORG and the [Zorbury Land Conservancy]ORG.",
    );
    // Museums, libraries and galleries are institutions.
    check(
        "She spoke at the Zorblat Art Museum and the Zorbury Public Library.",
        "She spoke at the [Zorblat Art Museum]ORG and the [Zorbury Public Library]ORG.",
    );
}

#[test]
fn a_law_name_ends_at_its_suffix() {
    check(
        "The Foreign Investment Promotion Act Trump has backed. President Trump agreed.",
        "The [Foreign Investment Promotion Act]LAW [Trump]PERSON has backed. President [Trump]PERSON agreed.",
    );
}

#[test]
fn a_generic_document_noun_is_not_a_law() {
    check(
        "They issued a Joint Fact Sheet and a new Memorandum of Understanding (MoU).",
        "They issued a Joint Fact Sheet and a new Memorandum of Understanding (MoU).",
    );
}

#[test]
fn products_take_their_model_number_and_handles_are_skipped() {
    check(
        "Nintendo Switch 2 pre-orders.",
        "[Nintendo Switch 2]PRODUCT pre-orders.",
    );
    check("He tweets @AmbJapan.", "He tweets @AmbJapan.");
    // A coined word and a code of capitals and digits; an ordinary word before one is no
    // product ("Gate B12").
    check(
        "Reviewers liked the Lumia X7 and the Zorvo G4. Gate B12 closed.",
        "Reviewers liked the [Lumia X7]PRODUCT and the [Zorvo G4]PRODUCT. Gate B12 closed.",
    );
}

#[test]
fn mentions_are_sorted_disjoint_and_on_char_boundaries() {
    let text = "Él dijo: ¥5 trillion for Japan’s “Bank of Japan” — Tokyo’s Élysée Palace\r\nNext line: 2024.";
    let mentions = extract(text, gazetteer());
    for pair in mentions.windows(2) {
        assert!(pair[0].span().end <= pair[1].span().start);
    }
    for m in &mentions {
        assert!(ByteSpan::checked(text, m.span().start, m.span().end).is_some());
        assert!(!m.span().is_empty());
    }
    assert_eq!(extract("", gazetteer()), Vec::new());
}

#[test]
fn odd_input_neither_recurses_deeply_nor_panics() {
    let titles = "President ".repeat(50_000);
    let ands = "Alpha and ".repeat(50_000) + "Beta Authority";
    let caps = "Xyz ".repeat(100_000);
    let crlf = "Japan’s\r\nMinister Taro Kono\r\n\r\n“";
    for text in [
        titles.as_str(),
        ands.as_str(),
        caps.as_str(),
        crlf,
        "\u{1b}[31mJapan\u{7}",
        "((((",
        "$",
        "2019-",
    ] {
        let mentions = extract(text, gazetteer());
        for m in &mentions {
            assert!(ByteSpan::checked(text, m.span().start, m.span().end).is_some());
        }
    }
    check(
        "Japan’s\r\nMinister Taro Kono\r\n",
        "[Japan]GPE’s\r\nMinister [Taro Kono]PERSON\r\n",
    );
}

#[test]
fn a_sentence_full_stop_is_not_part_of_a_name() {
    let text = "polled by the Continental Post. Then Nakamura Motors Corp. and the U.S. agreed \
                in Cupertino, Calif.";
    let at = |s: &str| {
        let start = text.find(s).unwrap();
        without_sentence_stop(text, ByteSpan::new(start, start + s.len()), gazetteer()).slice(text)
    };
    assert_eq!(at("Continental Post."), "Continental Post");
    assert_eq!(at("Nakamura Motors Corp."), "Nakamura Motors Corp.");
    assert_eq!(at("U.S."), "U.S.");
    assert_eq!(at("Calif."), "Calif.");
    check(
        "Apple, based in Cupertino, Calif., said so.",
        "[Apple]ORG, based in [Cupertino]GPE, [Calif.]GPE, said so.",
    );
}

#[test]
fn a_dateline_in_capitals_is_a_place() {
    check(
        "BERLIN — Thyssenkrupp AG said on Monday it would cut jobs.",
        "[BERLIN]GPE — [Thyssenkrupp AG]ORG said on [Monday]DATE it would cut jobs.",
    );
    check(
        "WASHINGTON (Reuters) - The Federal Reserve held rates.",
        "[WASHINGTON]GPE ([Reuters]ORG) - The [Federal Reserve]ORG held rates.",
    );
    check(
        "NEW YORK, March 3 (AP) — Stocks rose.",
        "[NEW YORK]GPE, [March 3]DATE ([AP]ORG) — Stocks rose.",
    );
}

#[test]
fn two_words_joined_by_and_before_a_head_word_are_one_name() {
    check(
        "It nets money from the Jazz and Heritage Festival and the Arts and Crafts Fair. \
         The Buffalo and Erie County Public Library opened.",
        "It nets money from the [Jazz and Heritage Festival]EVENT and the [Arts and Crafts Fair]EVENT. \
         The [Buffalo and Erie County Public Library]ORG opened.",
    );
    // Not without "the" before the first word, nor after a known body.
    check(
        "Jazz and Heritage Festival. The Senate and House Intelligence Committee met.",
        "Jazz and [Heritage Festival]EVENT. The [Senate]ORG and [House Intelligence Committee]ORG met.",
    );
}

#[test]
fn a_state_named_with_state_of_is_one_name() {
    check(
        "Funds came from the State of Louisiana and the state of Iowa. The Secretary of \
         State of Ohio spoke. He joined Islamic State of Iraq.",
        "Funds came from the [State of Louisiana]GPE and the state of [Iowa]GPE. The Secretary of \
         State of [Ohio]GPE spoke. He joined [Islamic State]ORG of [Iraq]GPE.",
    );
}

#[test]
fn a_known_place_in_capitals_before_a_colon_is_a_dateline() {
    check(
        "NEW DELHI: They came home.\nBERLIN: Stocks rose.\n",
        "[NEW DELHI]GPE: They came home.\n[BERLIN]GPE: Stocks rose.\n",
    );
    // On a line of its own above the dateline; capitals that are no known place stay unread.
    check(
        "Shares end flat\nMUMBAI\nMUMBAI (Reuters) - Shares fell.\nUPDATE\n",
        "Shares end flat\n[MUMBAI]GPE\n[MUMBAI]GPE ([Reuters]ORG) - Shares fell.\nUPDATE\n",
    );
}

#[test]
fn capitals_that_are_no_dateline_are_left_alone() {
    check("BREAKING — Stocks rose.", "BREAKING — Stocks rose.");
    check("UK — Stocks rose.", "[UK]GPE — Stocks rose.");
    check("NATO said on Monday.", "[NATO]ORG said on [Monday]DATE.");
    check(
        "The ABCD meeting ended — without a deal.",
        "The [ABCD]ORG meeting ended — without a deal.",
    );
}

#[test]
fn a_word_before_based_is_a_place() {
    check(
        "The Essen-based conglomerate said so.",
        "The [Essen]GPE-based conglomerate said so.",
    );
    check(
        "A Mercer Island-based firm said so.",
        "A [Mercer Island]GPE-based firm said so.",
    );
    // One word in capitals is what a thing runs on; common abbreviations name no one.
    check(
        "Pilots use GPS-based and LED-based tools above the MSRP and a low CTR.",
        "Pilots use GPS-based and LED-based tools above the MSRP and a low CTR.",
    );
}

#[test]
fn two_words_before_a_suffix_make_a_name_however_generic() {
    check(
        "Output fell, the World Steel Association said.",
        "Output fell, the [World Steel Association]ORG said.",
    );
    check(
        "The Commission said output fell.",
        "The Commission said output fell.",
    );
}

#[test]
fn teams_units_and_systems_of_bodies_are_organisations() {
    check(
        "Officers from the Joint Narcotics Enforcement Team searched the house.",
        "Officers from the [Joint Narcotics Enforcement Team]ORG searched the house.",
    );
    check(
        "He went to the Intelligence Led Policing Unit on Friday.",
        "He went to the [Intelligence Led Policing Unit]ORG on [Friday]DATE.",
    );
    check(
        "Patients of the Memorial Healthcare System were moved.",
        "Patients of the [Memorial Healthcare System]ORG were moved.",
    );
    check(
        "The Berlin Philharmonic played on.",
        "The [Berlin Philharmonic]ORG played on.",
    );
}

#[test]
fn a_name_cut_before_a_foreign_head_word_ends_at_its_last_capital() {
    check(
        "It bought A Boating Party for the Musée d’Orsay in 2023.",
        "It bought A [Boating Party]ORG for the [Musée d’Orsay]ORG in [2023]DATE.",
    );
    check(
        "The US Army Corps of Engineers built the levee.",
        "The [US Army Corps of Engineers]ORG built the levee.",
    );
}

#[test]
fn a_person_before_a_possessive_and_an_illness_names_the_illness() {
    check(
        "He had Lou Gehrig's disease, like Lou Gehrig himself.",
        "He had Lou Gehrig's disease, like [Lou Gehrig]PERSON himself.",
    );
    check(
        "The Thomas Hodgkin’s lymphoma study was cited.",
        "The Thomas Hodgkin’s lymphoma study was cited.",
    );
    // A person's own things stay theirs.
    check(
        "Lou Gehrig's bat was sold.",
        "[Lou Gehrig]PERSON's bat was sold.",
    );
}

#[test]
fn a_country_before_its_public_body_is_part_of_the_body_s_name() {
    check(
        "The U.S. Securities and Exchange Commission and the UK Parliament met the US Navy.",
        "The [U.S. Securities and Exchange Commission]ORG and the [UK Parliament]ORG met the \
         [US Navy]ORG.",
    );
    // A company is no body of the country; a state's body is the state's.
    check(
        "The US Apple store and the Texas Department of Transportation.",
        "The [US]GPE [Apple]ORG store and the [Texas Department of Transportation]ORG.",
    );
}

#[test]
fn a_newsroom_s_desk_after_its_outlet_is_an_organisation() {
    check(
        "CNN Business and Bloomberg Politics reported it.",
        "[CNN Business]ORG and [Bloomberg Politics]ORG reported it.",
    );
}

#[test]
fn stock_indexes_and_rankings_named_with_a_size_are_organisations() {
    check(
        "It is a Fortune 500 company; the Dow 30 and the FTSE 100 fell.",
        "It is a [Fortune 500]ORG company; the [Dow 30]ORG and the [FTSE 100]ORG fell.",
    );
}

#[test]
fn an_amount_of_bitcoin_is_money() {
    check(
        "They paid 1,000 bitcoin and 5 BTC.",
        "They paid [1,000 bitcoin]MONEY and [5 BTC]MONEY.",
    );
}

#[test]
fn a_one_word_name_the_article_shows_to_be_a_company_is_an_org() {
    check(
        "Thyssenkrupp said it would cut jobs. Shares of Thyssenkrupp rose.",
        "[Thyssenkrupp]ORG said it would cut jobs. Shares of [Thyssenkrupp]ORG rose.",
    );
    check(
        "Vantora said sales fell. Vantora's chief executive resigned.",
        "[Vantora]ORG said sales fell. [Vantora]ORG's chief executive resigned.",
    );
    check(
        "Output fell, said chipmaker Kelvane.",
        "Output fell, said chipmaker [Kelvane]ORG.",
    );
}

#[test]
fn a_person_with_a_full_name_in_the_article_stays_a_person() {
    check(
        "Miguel Lopez took over. Lopez said the board agreed. Lopez's shares rose.",
        "[Miguel Lopez]PERSON took over. [Lopez]PERSON said the board agreed. [Lopez]PERSON's shares rose.",
    );
}

#[test]
fn the_and_one_generic_word_before_a_suffix_make_a_name() {
    check(
        "A vote in the National Assembly is due.",
        "A vote in the [National Assembly]ORG is due.",
    );
    check(
        "National Assembly votes are due.",
        "National Assembly votes are due.",
    );
}

#[test]
fn a_hyphenated_given_name_in_lowercase_makes_a_person() {
    check(
        "The party, led by Lee Jae-myung, holds a majority.",
        "The party, led by [Lee Jae-myung]PERSON, holds a majority.",
    );
    check(
        "The cars, built by Rolls-Royce, sold well.",
        "The cars, built by [Rolls-Royce]ORG, sold well.",
    );
    // Capitals before the hyphen, or a long word after it, make an adjective.
    check(
        "It sells generative AI-powered tools and Generative AI-powered tools.",
        "It sells generative AI-powered tools and Generative AI-powered tools.",
    );
    check(
        "It opened Regional US-headquartered offices.",
        "It opened Regional [US]GPE-headquartered offices.",
    );
}

#[test]
fn a_full_stop_after_a_title_written_in_full_ends_the_sentence() {
    check(
        "“We expect growth,” said Ms. King. Inflation slowed to 9.75% in May.",
        "“We expect growth,” said Ms. [King]PERSON. Inflation slowed to [9.75%]PERCENT in [May]DATE.",
    );
    check(
        "Sen. Warren and Dr. Lee met.",
        "Sen. [Warren]PERSON and Dr. [Lee]PERSON met.",
    );
}

#[test]
fn a_letter_and_an_apostrophe_start_one_name() {
    check(
        "Mr. O’Brien told lawmakers.",
        "Mr. [O’Brien]PERSON told lawmakers.",
    );
}

#[test]
fn a_dotted_company_form_belongs_to_the_name() {
    check(
        "Meridian Pharmaceuticals S.A. agreed to merge.",
        "[Meridian Pharmaceuticals S.A.]ORG agreed to merge.",
    );
    // The legal form alone says "company", whatever the words before it.
    check(
        "Zhou Hao, chief economist at Atlas Trading S.A., said so. Banco Rojo S.A. and Verde N.V. fell. Baltic Financial S.A. rose.",
        "[Zhou Hao]PERSON, chief economist at [Atlas Trading S.A.]ORG, said so. [Banco Rojo S.A.]ORG and [Verde N.V.]ORG fell. [Baltic Financial S.A.]ORG rose.",
    );
    // Dotted letters that spell no legal form are left alone.
    check("Atlas Trading J.K. said so.", "Atlas Trading J.K. said so.");
}

#[test]
fn the_oecd_is_known_however_it_is_spelt() {
    check(
        "The Organisation for Economic Co-operation and Development said so.",
        "The [Organisation for Economic Co-operation and Development]ORG said so.",
    );
}

#[test]
fn several_particles_can_join_a_name() {
    check(
        "Commission President Ursula von der Leyen said so.",
        "Commission President [Ursula von der Leyen]PERSON said so.",
    );
    // After a title the particles open the surname.
    check(
        "Ms van der Plas and Mr de Klerk spoke.",
        "Ms [van der Plas]PERSON and Mr [de Klerk]PERSON spoke.",
    );
    // Particles with no name after them are no name.
    check("Mr de said so.", "Mr de said so.");
    // Dutch writes "ten" and "ter" before a surname; the number word stays a number.
    check(
        "The club sacked Erik ten Hag; goalkeeper Marc-André ter Stegen won ten games.",
        "The club sacked [Erik ten Hag]PERSON; goalkeeper [Marc-André ter Stegen]PERSON won ten games.",
    );
}

#[test]
fn a_companys_kind_opening_a_sentence_is_no_part_of_its_name() {
    check(
        "Retailer Target cut its forecast. Automaker Ford recalled trucks.",
        "Retailer [Target]ORG cut its forecast. Automaker [Ford]ORG recalled trucks.",
    );
    // Before a given name it is the person's role; inside a sentence, a capitalised word.
    check(
        "Insurer Chris Evans said so.",
        "Insurer [Chris Evans]PERSON said so.",
    );
}

#[test]
fn a_state_or_region_before_a_public_body_is_part_of_its_name() {
    check(
        "The Texas Department of Transportation closed it. The Tigray People's Liberation Front agreed.",
        "The [Texas Department of Transportation]ORG closed it. The [Tigray People's Liberation Front]ORG agreed.",
    );
    check(
        "The Oklahoma Supreme Court ruled.",
        "The [Oklahoma Supreme Court]ORG ruled.",
    );
}

#[test]
fn rupees_in_letters_and_indian_scales_are_money() {
    check(
        "It raised ₹1,200 crore and Rs 500 crore and Rs. 20 lakh.",
        "It raised [₹1,200 crore]MONEY and [Rs 500 crore]MONEY and [Rs. 20 lakh]MONEY.",
    );
}

#[test]
fn a_possessive_before_a_generic_word_and_a_suffix_makes_a_name() {
    check(
        "Japan's Finance Ministry said it had intervened.",
        "[Japan]GPE's [Finance Ministry]ORG said it had intervened.",
    );
}

#[test]
fn two_words_and_a_law_make_one_law() {
    check(
        "He signed the Infrastructure Investment and Jobs Act on Monday.",
        "He signed the [Infrastructure Investment and Jobs Act]LAW on [Monday]DATE.",
    );
}

#[test]
fn a_maker_before_its_product_is_part_of_the_products_name() {
    check(
        "He still owns a Sony Walkman. Sony said sales rose.",
        "He still owns a [Sony Walkman]PRODUCT. [Sony]ORG said sales rose.",
    );
}

#[test]
fn a_law_after_the_keeps_its_of() {
    check(
        "MPs passed the Prevention of Terrorism Bill. He cited the Representation of the People Act.",
        "MPs passed the [Prevention of Terrorism Bill]LAW. He cited the [Representation of the People Act]LAW.",
    );
    // Without "the" the words before "of" are the sentence's, not the law's.
    check(
        "Supporters of the Affordable Care Act said no.",
        "Supporters of the [Affordable Care Act]LAW said no.",
    );
}

#[test]
fn a_given_name_with_a_surname_after_it_ends_no_law() {
    check(
        "Health Policy Consultant Bill Bowtell backed the Finance Bill.",
        "Health Policy Consultant [Bill Bowtell]PERSON backed the [Finance Bill]LAW.",
    );
}

#[test]
fn a_name_whose_executives_or_boss_are_spoken_of_is_a_company() {
    check(
        "The group met Quorvane executives on Tuesday. Later Quorvane denied it.",
        "The group met [Quorvane]ORG executives on [Tuesday]DATE. Later [Quorvane]ORG denied it.",
    );
    check(
        "They asked Marta Vell, ZRTQ's boss, to reply. ZRTQ made the film.",
        "They asked [Marta Vell]PERSON, [ZRTQ]ORG's boss, to reply. [ZRTQ]ORG made the film.",
    );
}

#[test]
fn an_industry_word_after_a_name_makes_a_company() {
    check(
        "It was sold to Dutch firm Varnel Computers in 1995.",
        "It was sold to [Dutch]NORP firm [Varnel Computers]ORG in [1995]DATE.",
    );
    check(
        "Orlen Multimedia and Kestrel Networks merged.",
        "[Orlen Multimedia]ORG and [Kestrel Networks]ORG merged.",
    );
}

#[test]
fn a_name_before_its_economist_is_a_company() {
    check(
        "Prices rose, Westpac economist Luci Ellis said.",
        "Prices rose, [Westpac]ORG economist [Luci Ellis]PERSON said.",
    );
}

#[test]
fn two_complete_names_joined_by_and_stay_two() {
    check(
        "Ganges Securities and Meridian Pharmaceuticals agreed to merge.",
        "[Ganges Securities]ORG and [Meridian Pharmaceuticals]ORG agreed to merge.",
    );
}

#[test]
fn every_mention_records_the_rule_that_found_it() {
    let text = "Prime Minister Shigeru Ishiba met the Boston Kelvanes on Friday.";
    let reasons: Vec<(String, Reason)> = extract_explained(text, gazetteer())
        .into_iter()
        .map(|e| (e.mention.text(text).to_string(), e.reason))
        .collect();
    assert_eq!(
        reasons,
        vec![
            ("Shigeru Ishiba".to_string(), Reason::AfterTitle),
            ("Boston Kelvanes".to_string(), Reason::NameAroundKnown),
            ("Friday".to_string(), Reason::Value),
        ]
    );
}

mod abbreviations;
mod cars;
mod companies;
mod deferred;
mod shapes;
mod sky;
mod streets;
mod surnames;
mod teams;
mod values;

/// One paragraph of a million bytes: a rule that searched the rest of the line per mention
/// made this take minutes (41 s for 2 MB in a release build); linear, it takes a moment.
/// Whatever the rules make of the words, the spans stay sorted and apart.
#[test]
fn a_single_megabyte_line_is_read_in_linear_time() {
    for piece in ["Mr. ", "Zorblat, the firm, said "] {
        let text = piece.repeat(1_000_000 / piece.len());
        let found = extract(&text, gazetteer());
        assert!(!found.is_empty(), "{piece:?}");
        assert!(
            found
                .windows(2)
                .all(|w| w[0].span().end <= w[1].span().start)
        );
    }
}

#[test]
fn company_signs_count_from_either_half_of_a_long_article() {
    // Enough mentions for the signs to be read on two threads (`companies::relabel`); the
    // sign is on a mention the cue "said" made a person, in one half or the other.
    let filler = "Japan and China met in Tokyo on Monday.\n".repeat(6_000);
    let bare = "Kelvane said it would cut jobs.\n";
    let signed = "The chipmaker Kelvane said output fell.\n";
    let kelvane = |text: &str| -> Vec<Label> {
        let mentions = extract(text, gazetteer());
        mentions
            .iter()
            .filter(|m| m.text(text) == "Kelvane")
            .map(|m| m.label)
            .collect()
    };
    assert!(extract(&filler, gazetteer()).len() > 20_000);
    for text in [
        format!("{bare}{filler}{signed}"),
        format!("{signed}{filler}{bare}"),
        format!("{bare}{signed}"),
    ] {
        assert_eq!(kelvane(&text), [Label::Org, Label::Org]);
    }
}

/// The label and reason of each mention of `word` among `found` (of `text`), in order.
fn reasons_of(found: &[Explained], text: &str, word: &str) -> Vec<(Label, Reason)> {
    found
        .iter()
        .filter(|e| e.mention.text(text) == word)
        .map(|e| (e.mention.label, e.reason))
        .collect()
}

#[test]
fn the_last_rules_read_runs_in_either_half_of_a_long_article() {
    // Enough runs without evidence ("Zanthor", "Quellby") for the last rules of the
    // end-of-article pass to read them on two threads.
    let filler = "Zanthor spoke about Quellby.\n".repeat(5_000);
    let text = format!("The Kelvanes won.\n{filler}Later, Kelvanes fans cheered KPLT officials.\n");
    let found = extract_explained(&text, gazetteer());
    let reasons = |word: &str| reasons_of(&found, &text, word);
    assert_eq!(
        reasons("Kelvanes"),
        [
            (Label::Org, Reason::PluralAfterThe),
            (Label::Org, Reason::RepeatsName)
        ]
    );
    assert_eq!(reasons("KPLT"), [(Label::Org, Reason::Abbreviation)]);
    assert!(reasons("Zanthor").is_empty());
}

#[test]
fn people_found_by_their_shape_in_one_half_of_a_long_article_are_known_in_the_other() {
    // Enough runs without evidence for the end-of-article pass to read them on two threads:
    // "Orlev Tollan" is a person by the shape of her name in the second half, so "in Tollan"
    // in the first is her, not a place; "near Brackwell" is a place in either half.
    let filler = "Zanthor spoke about Quellby.\n".repeat(5_000);
    let text = format!(
        "They met in Tollan, near Brackwell.\n{filler}Orlev Tollan spoke, near Brackwell.\n"
    );
    let found = extract_explained(&text, gazetteer());
    let reasons = |word: &str| reasons_of(&found, &text, word);
    assert_eq!(
        reasons("Orlev Tollan"),
        [(Label::Person, Reason::PersonShape)]
    );
    assert_eq!(reasons("Tollan"), [(Label::Person, Reason::RepeatsPerson)]);
    assert_eq!(
        reasons("Brackwell"),
        [(Label::Gpe, Reason::PlacePreposition); 2]
    );
}

#[test]
fn a_company_sign_counts_on_a_loose_word_in_either_half_of_many() {
    // Enough capitalised words no rule could read ("Zanthor", "Quellby") for their company
    // signs to be read on two threads; "Kelvane" is one of them, signed at one end only.
    let filler = "Zanthor met Quellby.\n".repeat(11_000);
    for text in [
        format!("Output fell, said chipmaker Kelvane.\n{filler}Kelvane cut jobs.\n"),
        format!("Kelvane cut jobs.\n{filler}Output fell, said chipmaker Kelvane.\n"),
    ] {
        let found = extract_explained(&text, gazetteer());
        assert_eq!(
            reasons_of(&found, &text, "Kelvane"),
            [(Label::Org, Reason::CompanySign); 2]
        );
    }
}

#[test]
fn a_lone_given_name_repeats_the_person_named_in_full() {
    check(
        "Police charged a man with the murder of Terry Holloway.\nOn Saturday Terry met friends.\n“Terry loved this town,” his sister said.",
        "Police charged a man with the murder of [Terry Holloway]PERSON.\nOn [Saturday]DATE [Terry]PERSON met friends.\n“[Terry]PERSON loved this town,” his sister said.",
    );
    // Without the full name a lone given name inside a sentence is someone the article
    // calls by it, there and where it opens a sentence; not one it also writes in lowercase
    // ("bill"), nor one of what a known name counts ("an Oscar"), nor a home town.
    check(
        "On Saturday Terry met friends. Terry laughed.",
        "On [Saturday]DATE [Terry]PERSON met friends. [Terry]PERSON laughed.",
    );
    check(
        "She won an Oscar in 2019 and Tina agreed with Jacob.",
        "She won an Oscar in [2019]DATE and [Tina]PERSON agreed with [Jacob]PERSON.",
    );
    check(
        "It was driven by Verdale V. Marquardt of Quincy.",
        "It was driven by [Verdale V. Marquardt]PERSON of Quincy.",
    );
    check(
        "Senator Bill Holloway said it was over.\nOn Monday Bill was shown the bill.",
        "Senator [Bill Holloway]PERSON said it was over.\nOn [Monday]DATE Bill was shown the bill.",
    );
}

#[test]
fn given_names_of_the_census_lists_make_people() {
    // A name on a line of its own is a heading but for a listed given name; the Census lists
    // give names Faker's most frequent ones lack ("Garth", "Loreen").
    check(
        "Stars Who Said No\nGarth Brooks\nThe Wrap reports that Brooks will not perform.",
        "Stars Who Said No\n[Garth Brooks]PERSON\nThe Wrap reports that [Brooks]PERSON will not \
         perform.",
    );
    check(
        "Sweden sent Loreen to the contest, and Loreen won it.",
        "[Sweden]GPE sent [Loreen]PERSON to the contest, and [Loreen]PERSON won it.",
    );
    // A name the Census finds more often as a surname, or that is a word, is none.
    check(
        "Marshall sent Tequila to the contest, and Tequila won it.",
        "Marshall sent Tequila to the contest, and Tequila won it.",
    );
}

#[test]
fn ordinary_words_are_no_person_by_their_shape_unless_a_given_name_leads() {
    check(
        "Fans queued outside before Galaxy Unpacked opened on Wednesday. Later, fans saw Stray Kids perform, and then Bill Gates spoke. Hours later Dolly Sweeney left.",
        "Fans queued outside before Galaxy Unpacked opened on [Wednesday]DATE. Later, fans saw Stray Kids perform, and then [Bill Gates]PERSON spoke. Hours later [Dolly Sweeney]PERSON left.",
    );
}

#[test]
fn an_ordinary_word_opening_a_sentence_is_no_company_by_what_follows() {
    check(
        "Operating profit fell 11% to $558 million. It sold software company Elite in 2023.",
        "Operating profit fell [11%]PERCENT to [$558 million]MONEY. It sold software company [Elite]ORG in [2023]DATE.",
    );
}

#[test]
fn planets_and_recurring_contests_are_known_by_their_bare_names() {
    check(
        "The rover left Earth for Mars before the World Series and Eurovision.",
        "The rover left [Earth]LOC for [Mars]LOC before the [World Series]EVENT and [Eurovision]EVENT.",
    );
}

#[test]
fn a_range_of_amounts_is_one_value_unless_it_runs_from_one_to_another() {
    check(
        "Analysts see $24 to $28 a share, 2%-3% growth and a $150K fee.",
        "Analysts see [$24 to $28]MONEY a share, [2%-3%]PERCENT growth and a [$150K]MONEY fee.",
    );
    check(
        "The price rose from $24 to $28.",
        "The price rose from [$24]MONEY to [$28]MONEY.",
    );
    check(
        "It paid $5 to charity and 3% to staff.",
        "It paid [$5]MONEY to charity and [3%]PERCENT to staff.",
    );
}

#[test]
fn a_century_is_a_date_but_a_half_century_of_runs_is_not() {
    check(
        "Since the 19th century, and into 21st-century markets.",
        "Since the [19th century]DATE, and into [21st-century]DATE markets.",
    );
    check(
        "He made a half-century and his 19th century of the season.",
        "He made a half-century and his 19th century of the season.",
    );
}

#[test]
fn a_law_keeps_its_year_and_hyphenated_nationalities_are_one_group() {
    check(
        "It broke the Investment Company Act of 1940, African-American voters said.",
        "It broke the [Investment Company Act of 1940]LAW, [African-American]NORP voters said.",
    );
    check(
        "Improving American-Sudanese relations helped Irish-American voters.",
        "Improving [American]NORP-[Sudanese]NORP relations helped [Irish-American]NORP voters.",
    );
    check(
        "He spoke of Israeli-Palestinian peace and the Saudi-Iranian rapprochement.",
        "He spoke of [Israeli]NORP-[Palestinian]NORP peace and the [Saudi]NORP-[Iranian]NORP rapprochement.",
    );
    check(
        "The Civil Rights Act passed in 1964.",
        "The [Civil Rights Act]LAW passed in [1964]DATE.",
    );
}

#[test]
fn a_people_and_the_nation_they_live_in_are_one_group_without_a_hyphen() {
    check(
        "Asian American voters and Japanese Americans met.",
        "[Asian American]NORP voters and [Japanese Americans]NORP met.",
    );
    // Two sides of dealings stay two; so does a nationality before an adjective of another.
    check(
        "The Japanese American trade talks went on.",
        "The [Japanese]NORP [American]NORP trade talks went on.",
    );
}

#[test]
fn churches_doctrines_and_the_peoples_of_regions_are_groups() {
    check(
        "Baptist and Mormon voters, Marxists, Floridians in Miami and Catalan and Yoruba leaders.",
        "[Baptist]NORP and [Mormon]NORP voters, [Marxists]NORP, [Floridians]NORP in [Miami]GPE \
         and [Catalan]NORP and [Yoruba]NORP leaders.",
    );
}

#[test]
fn every_rule_for_a_capitalised_value_still_opens_its_value() {
    // One sentence per rule behind the capitalised-word test in `values::find_values`.
    check(
        "March 3 came. Wed. came. AD 79 came. Between 2019 and 2021 it grew. From 2019 to \
         2021 it grew. Christmas Day came. Late 2020 came. Third quarter 2021 came. \
         Rs 500 came. Million-dollar deals came.",
        "[March 3]DATE came. [Wed.]DATE came. [AD 79]DATE came. [Between 2019 and 2021]DATE \
         it grew. [From 2019 to 2021]DATE it grew. [Christmas Day]DATE came. [Late 2020]DATE \
         came. [Third quarter 2021]DATE came. [Rs 500]MONEY came. [Million-dollar]MONEY \
         deals came.",
    );
}

#[test]
fn a_known_town_after_a_word_of_going_there_is_a_place() {
    check(
        "They toured Asheville and moved to Trenton on Monday.",
        "They toured [Asheville]GPE and moved to [Trenton]GPE on [Monday]DATE.",
    );
    // Not a surname: people are talked to too.
    check("She talked to Anderson.", "She talked to Anderson.");
}

#[test]
fn a_known_town_after_a_person_and_of_is_where_they_are_from() {
    check(
        "\"Who is that?\" asked Millie Tracer of Skokie.",
        "\"Who is that?\" asked [Millie Tracer]PERSON of [Skokie]GPE.",
    );
    // Not after a word that is no person's name.
    check(
        "The history of Skokie is long.",
        "The history of Skokie is long.",
    );
}

#[test]
fn ranges_and_islands_named_by_a_plural_are_places() {
    check(
        "Storms hit the Outer Banks, the Florida Keys and the Ozarks.",
        "Storms hit the [Outer Banks]LOC, the [Florida Keys]LOC and the [Ozarks]LOC.",
    );
}

#[test]
fn a_flight_number_is_no_part_of_the_airline() {
    check(
        "The crash of Alaska Airlines Flight 1282 and Malaysia Airlines Flight MH370.",
        "The crash of [Alaska Airlines]ORG Flight 1282 and [Malaysia Airlines]ORG Flight MH370.",
    );
}

#[test]
fn a_bill_or_a_measure_keeps_its_number() {
    check(
        "Voters passed Proposition 22, then Senate Bill 1047, House Bill 2 and Assembly Bill 2025.",
        "Voters passed [Proposition 22]LAW, then [Senate Bill 1047]LAW, [House Bill 2]LAW and \
         [Assembly Bill 2025]LAW.",
    );
    // A percentage or a range after the word is no measure's number.
    check(
        "The Senate Bill passed; Proposition 2.5% failed.",
        "The [Senate Bill]LAW passed; Proposition [2.5%]PERCENT failed.",
    );
}

#[test]
fn a_military_unit_named_by_its_number_is_an_organisation() {
    check(
        "Troops of the 82nd Airborne Division joined the 7th Fleet, the Eighth Army and the \
         2nd Brigade Combat Team.",
        "Troops of the [82nd Airborne Division]ORG joined the [7th Fleet]ORG, the [Eighth Army]ORG \
         and the [2nd Brigade Combat Team]ORG.",
    );
    // An ordinal before other words opens no unit.
    check(
        "The 3rd Avenue crowd and the First Amendment, in its 2nd Edition.",
        "The [3rd Avenue]FAC crowd and the [First Amendment]LAW, in its 2nd Edition.",
    );
}

#[test]
fn a_name_before_a_state_is_a_town_though_shaped_like_a_person() {
    check(
        "It made landfall near Cayo Costa, Fla., and hit Tamarac Vellis, FL hard. Linda Jones, \
         Fla., wrote in.",
        "It made landfall near [Cayo Costa]GPE, [Fla.]GPE, and hit [Tamarac Vellis]GPE, [FL]GPE hard. \
         [Linda Jones]PERSON, [Fla.]GPE, wrote in.",
    );
}

#[test]
fn a_lawmakers_party_and_state_are_a_group_and_a_place() {
    check(
        "Sen. Ted Cruz (R-Texas) and Rep. David McKinley, R-W.Va., met Bernie Sanders, I-Vt. Then \
         Rep. Jane Doe (D-CA) and Rep. Ann Lee (D-New York) spoke.",
        "Sen. [Ted Cruz]PERSON ([R]NORP-[Texas]GPE) and Rep. [David McKinley]PERSON, \
         [R]NORP-[W.Va.]GPE, met [Bernie Sanders]PERSON, [I]NORP-[Vt.]GPE Then Rep. \
         [Jane Doe]PERSON ([D]NORP-[CA]GPE) and Rep. [Ann Lee]PERSON ([D]NORP-[New York]GPE) spoke.",
    );
    // A letter and a hyphen before anything but a state are left to the other rules.
    check(
        "The (R-rated) cut and the (D-Day) parade.",
        "The (R-rated) cut and the (D-Day) parade.",
    );
}

#[test]
fn a_university_is_no_place_though_its_campus_is_one() {
    // GeoNames lists the campus in Austin as a populated place; news means the university.
    check(
        "She studied at the University of Texas and taught at the University of Texas Austin.",
        "She studied at the [University of Texas]ORG and taught at the \
         [University of Texas Austin]ORG.",
    );
}

#[test]
fn regions_that_are_no_state_are_places_and_their_states_are_states() {
    check(
        "Fighting spread across Darfur and Kashmir, from Azad Kashmir to Jammu and Kashmir.",
        "Fighting spread across [Darfur]LOC and [Kashmir]LOC, from [Azad Kashmir]GPE to \
         [Jammu and Kashmir]GPE.",
    );
}

#[test]
fn a_company_and_a_word_for_a_venue_are_the_venue() {
    check(
        "They played at Citi Field and Crypto.com Arena. Citi said so.",
        "They played at [Citi Field]FAC and [Crypto.com Arena]FAC. [Citi]ORG said so.",
    );
}

#[test]
fn award_ceremonies_festivals_and_trade_shows_known_by_a_name_are_events() {
    check(
        "Stars went to Coachella and WWDC. The Oscars and the Golden Globes followed.",
        "Stars went to [Coachella]EVENT and [WWDC]EVENT. The [Oscars]EVENT and the \
         [Golden Globes]EVENT followed.",
    );
    // A trade show takes its year into its name.
    check(
        "Ford showed it at CES 2016 and at the Mobile World Congress.",
        "[Ford]ORG showed it at [CES 2016]EVENT and at the [Mobile World Congress]EVENT.",
    );
}

#[test]
fn a_company_and_a_word_of_a_subscription_service_are_a_product() {
    check(
        "Viewers left DirecTV Now and HBO Now for Netflix.",
        "Viewers left [DirecTV Now]PRODUCT and [HBO Now]PRODUCT for [Netflix]ORG.",
    );
    // Not in a heading's run of capitals, nor before another word.
    check(
        "Apple Now Sells Phones\n\nNetflix now streams. HBO Now-famous shows ran.",
        "[Apple]ORG Now Sells Phones\n\n[Netflix]ORG now streams. [HBO]ORG Now-famous shows ran.",
    );
    // Nor over a word another mention holds (found by the article-text fuzz target).
    check(
        "Max Max met the Bank of Japan Max said.",
        "[Max Max]PERSON met the [Bank of Japan]ORG [Max]PERSON said.",
    );
}

#[test]
fn outlets_named_by_a_word_or_a_product_are_organisations() {
    check(
        "Engadget, Mashable and the Guardian cited ESPN, Vanity Fair and Android Central.",
        "[Engadget]ORG, [Mashable]ORG and the [Guardian]ORG cited [ESPN]ORG, [Vanity Fair]ORG and [Android Central]ORG.",
    );
}

#[test]
fn platform_features_and_video_games_are_products() {
    check(
        "Face ID replaced Touch ID, and the Apple Pencil works with Excel.",
        "[Face ID]PRODUCT replaced [Touch ID]PRODUCT, and the [Apple Pencil]PRODUCT works with [Excel]PRODUCT.",
    );
    check(
        "Super Mario Run outsold Candy Crush and League of Legends.",
        "[Super Mario Run]PRODUCT outsold [Candy Crush]PRODUCT and [League of Legends]PRODUCT.",
    );
}

#[test]
fn file_formats_and_flu_strains_in_capitals_name_nothing() {
    check(
        "Songs came as MP3 and MP4 files while the H1N1 virus spread. The G20 met.",
        "Songs came as MP3 and MP4 files while the H1N1 virus spread. The [G20]ORG met.",
    );
}

#[test]
fn what_a_maker_launches_is_a_product() {
    check(
        "Sony unveiled the Xperia Tolvo on Monday. It rolled out its new Zanthor Max to users \
         and launched Quellvane.",
        "[Sony]ORG unveiled the [Xperia Tolvo]PRODUCT on [Monday]DATE. It rolled out its new \
         [Zanthor Max]PRODUCT to users and launched [Quellvane]PRODUCT.",
    );
    // Not a person, nor an operation.
    check(
        "Police released John Tolvane. The army launched Operation Quellby.",
        "Police released [John Tolvane]PERSON. The army launched Operation Quellby.",
    );
}

#[test]
fn a_role_opening_a_sentence_before_an_unlisted_full_name_is_no_part_of_it() {
    check(
        "Farmer Ghulam Sarwar sold it. Plumber Tolvane Quellby fixed it.",
        "Farmer [Ghulam Sarwar]PERSON sold it. Plumber [Tolvane Quellby]PERSON fixed it.",
    );
    // Not before a body's name, whose last word is one of the language.
    check(
        "Farmer Tolvane Securities bought it.",
        "[Farmer Tolvane Securities]ORG bought it.",
    );
}

#[test]
fn a_role_written_with_capitals_inside_a_sentence_ends_before_the_name_after_it() {
    check(
        "At the show, Lexus Project Manager Fumihiko Hazama shared details.",
        "At the show, [Lexus]ORG Project Manager [Fumihiko Hazama]PERSON shared details.",
    );
    // Not words of the language after the role, nor a name opening with one ("Superior"
    // of "Mother Superior Marie Clare").
    check(
        "The Project Manager Data Science post opened. Her Mother Superior Marie Clare came.",
        "The Project Manager Data Science post opened. Her Mother Superior Marie Clare came.",
    );
}

#[test]
fn a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it() {
    check(
        "Alongside Jordan Petersen, the band sang. Behind Tolvane Corp stood Kim Lo.",
        "Alongside [Jordan Petersen]PERSON, the band sang. Behind [Tolvane Corp]ORG stood \
         [Kim Lo]PERSON.",
    );
}

#[test]
fn a_name_before_park_is_the_park_unless_a_person_s() {
    check(
        "Fans went to Fenway Park and Tolvane Park. Crowds filled Golden Gate Park.",
        "Fans went to [Fenway Park]FAC and [Tolvane Park]FAC. Crowds filled \
         [Golden Gate Park]FAC.",
    );
    check(
        "Sarah Park spoke, as did Park Ji-sung and Park.",
        "[Sarah Park]PERSON spoke, as did [Park Ji-sung]PERSON and [Park]PERSON.",
    );
}

#[test]
fn a_natural_places_kind_of_a_name_is_one_place() {
    check(
        "Ships crossed the Gulf of Aden, the Bay of Bengal and the Sea of Azov to the Isle \
         of Wight. The Strait of Hormuz stayed open.",
        "Ships crossed the [Gulf of Aden]LOC, the [Bay of Bengal]LOC and the [Sea of Azov]LOC \
         to the [Isle of Wight]LOC. The [Strait of Hormuz]LOC stayed open.",
    );
    // Not without a name after "of", nor inside a longer name.
    check(
        "A sea of faces met the Gulf of Mexico Alliance.",
        "A sea of faces met the [Gulf of Mexico Alliance]ORG.",
    );
}

#[test]
fn names_inside_a_quoted_title_are_no_names() {
    check(
        "Fans of ‘Shaun Of The Dead’ waited. She read \"Harry Potter\" again.",
        "Fans of ‘Shaun Of The Dead’ waited. She read \"Harry Potter\" again.",
    );
    // A product, a name known whole, a single quoted word and a person's nickname stay.
    check(
        "They played \"Super Mario Run\" in “Chicago”. ‘Gucci Grace’ shopped; Grace Mugabe left.",
        "They played \"[Super Mario Run]PRODUCT\" in “[Chicago]GPE”. ‘[Gucci Grace]PERSON’ shopped; \
         [Grace Mugabe]PERSON left.",
    );
}

#[test]
fn a_title_the_words_around_show_to_be_a_work_is_no_name() {
    // After its kind of work, before what only a work has, after "an episode of"; every
    // other mention of the title goes with it.
    check(
        "With his musical La La Land charming audiences, he won. La La Land won six awards.",
        "With his musical La La Land charming audiences, he won. La La Land won six awards.",
    );
    check(
        "Fans saw Ghostbusters star Leslie Jones at the Ghostbusters premiere.",
        "Fans saw Ghostbusters star [Leslie Jones]PERSON at the Ghostbusters premiere.",
    );
    check(
        "He wrote for an episode of The Simpsons. The Simpsons aired in 1989.",
        "He wrote for an episode of The Simpsons. The Simpsons aired in [1989]DATE.",
    );
    check(
        "Emma Stone, a co-star of La La Land, smiled. The Ghostbusters’ star Leslie Jones left.",
        "[Emma Stone]PERSON, a co-star of La La Land, smiled. The Ghostbusters’ star \
         [Leslie Jones]PERSON left.",
    );
    // A person whom a verb after the kind makes the work's maker or host stays, and so does
    // a name the gazetteer knows.
    check(
        "She liked the series Anna Smith hosts and the film Anna Smith directed.",
        "She liked the series [Anna Smith]PERSON hosts and the film [Anna Smith]PERSON directed.",
    );
    check(
        "He praised the film Mia Wasikowska’s team made.",
        "He praised the film [Mia Wasikowska]PERSON’s team made.",
    );
    check(
        "The Netflix star Emma Stone joined the NBA season.",
        "The [Netflix]ORG star [Emma Stone]PERSON joined the [NBA]ORG season.",
    );
}

#[test]
fn a_name_in_a_title_case_heading_stops_where_the_article_s_full_name_does() {
    check(
        "Why Did Taylor Swift Leave Spotify?\nTaylor Swift said she was done.",
        "Why Did [Taylor Swift]PERSON Leave [Spotify]ORG?\n[Taylor Swift]PERSON said she was done.",
    );
    // A longer name whose last word is also a name stays whole.
    check(
        "Anna Maria spoke; later Anna Maria Rose won.",
        "[Anna Maria]PERSON spoke; later [Anna Maria Rose]PERSON won.",
    );
}

#[test]
fn the_house_before_its_members_officers_or_business_is_the_chamber() {
    check(
        "House Republicans met. It split House Democrats. Then House Speaker Mike Johnson and a House committee spoke.",
        "[House]ORG [Republicans]NORP met. It split [House]ORG [Democrats]NORP. Then [House]ORG Speaker \
         [Mike Johnson]PERSON and a [House]ORG committee spoke.",
    );
    // A house of another name, or a house in a heading, is not the chamber.
    check(
        "The White House and the Opera House voted.\nHouse Prices Soar",
        "The [White House]ORG and the Opera House voted.\nHouse Prices Soar",
    );
    // Named beside the other chamber.
    check(
        "It beat separate House and Senate appropriations bills. A house and garden sold.",
        "It beat separate [House]ORG and [Senate]ORG appropriations bills. A house and garden sold.",
    );
}

#[test]
fn a_carmaker_after_a_colour_or_a_is_the_car() {
    check(
        "Police chased a silver Audi. She drove off in a Toyota, police said.",
        "Police chased a silver [Audi]PRODUCT. She drove off in a [Toyota]PRODUCT, police said.",
    );
    // The company still speaks, and qualifies its staff.
    check(
        "A Ford spokesman declined. Ford said sales rose.",
        "A [Ford]ORG spokesman declined. [Ford]ORG said sales rose.",
    );
}

#[test]
fn a_town_is_named_by_its_police() {
    check(
        "The man was stopped by Kincaid police. Ozark police said so.",
        "The man was stopped by [Kincaid]GPE police. [Ozark]GPE police said so.",
    );
    // Not a surname, nor a word of the language.
    check(
        "Transit police and Smith police came.",
        "Transit police and Smith police came.",
    );
}

#[test]
fn several_parts_of_a_law_named_at_once_are_one_law() {
    check(
        "Articles 370 and 35A were scrapped; Sections 4, 5 and 7 stay.",
        "[Articles 370 and 35A]LAW were scrapped; [Sections 4, 5 and 7]LAW stay.",
    );
    // The list ends where no number follows.
    check(
        "Articles 12 and others apply.",
        "[Articles 12]LAW and others apply.",
    );
}

#[test]
fn playoff_rounds_named_alone_are_events() {
    check(
        "After the ALCS and the Final Four came the Stanley Cup Final.",
        "After the [ALCS]EVENT and the [Final Four]EVENT came the [Stanley Cup Final]EVENT.",
    );
}

#[test]
fn a_numbered_part_of_a_law_is_a_law() {
    check(
        "Section 230 and Section 8 housing, Title IX, Article 50 and Section 501(c)(3) rules.",
        "[Section 230]LAW and [Section 8]LAW housing, [Title IX]LAW, [Article 50]LAW and \
         [Section 501(c)(3)]LAW rules.",
    );
    // A number read as a year is the part's; a known part keeps its reading.
    check(
        "He sued under Section 1983. The Section 232 tariffs stay.",
        "He sued under [Section 1983]LAW. The [Section 232]LAW tariffs stay.",
    );
    // No number, or a word after it: no part of a law.
    check(
        "The Section chief read Title Nine and Section 8-year plans.",
        "The Section chief read Title Nine and Section 8-year plans.",
    );
}

#[test]
fn a_field_of_study_after_in_is_no_place() {
    check(
        "She is a student in Classical Archaeology. He has a degree in Political Science. \
         They met in Tollan Heights.",
        "She is a student in Classical Archaeology. He has a degree in Political Science. \
         They met in [Tollan Heights]GPE.",
    );
}

#[test]
fn a_race_before_its_people_is_a_group() {
    check(
        "Black voters and black residents spoke. White voters and Black Americans too. \
         Buy at Black-owned shops.",
        "[Black]NORP voters and [black]NORP residents spoke. [White]NORP voters and \
         [Black Americans]NORP too. Buy at [Black]NORP-owned shops.",
    );
    // Not a colour before a thing, nor a name.
    check(
        "The black ice froze and the White House spoke. Jack Black sang for people.",
        "The black ice froze and the [White House]ORG spoke. [Jack Black]PERSON sang for people.",
    );
}

#[test]
fn a_known_product_takes_its_model_words() {
    check(
        "The Xbox One X beats the Xbox One S and Xbox Live.",
        "The [Xbox One X]PRODUCT beats the [Xbox One S]PRODUCT and [Xbox Live]PRODUCT.",
    );
    check(
        "Sales of Xbox in Japan rose on Tuesday.",
        "Sales of [Xbox]PRODUCT in [Japan]GPE rose on [Tuesday]DATE.",
    );
}

#[test]
fn a_natural_place_word_ends_a_place_and_company_ends_a_company() {
    check(
        "Whales beached on Stewart Island, near the Korean Peninsula.",
        "Whales beached on [Stewart Island]LOC, near the [Korean Peninsula]LOC.",
    );
    check(
        "Michael Bay said the Dana F. Besecker Company would film.",
        "[Michael Bay]PERSON said the [Dana F. Besecker Company]ORG would film.",
    );
}

#[test]
fn a_known_name_in_a_heading_is_a_word_when_the_article_writes_it_in_lowercase() {
    check(
        "Yahoo Sale Leaves US Shareholders Angry\nThe sale of Yahoo will close, us analysts said.",
        "[Yahoo]ORG Sale Leaves [US]GPE Shareholders Angry\nThe sale of [Yahoo]ORG will close, us analysts said.",
    );
    check(
        "Fans Gather in Chad\nThe people of Chad welcomed them.",
        "Fans Gather in [Chad]GPE\nThe people of [Chad]GPE welcomed them.",
    );
}

#[test]
fn units_written_onto_or_after_a_number_are_no_names() {
    check(
        "It plays 4K Blu-ray discs at 60 FPS with 12 GB. It supports 4K. Everyone cheered.",
        "It plays 4K Blu-ray discs at 60 FPS with 12 GB. It supports 4K. Everyone cheered.",
    );
}

#[test]
fn a_company_before_a_country_names_its_arm_there() {
    check(
        "Yahoo Japan is worth more than Yahoo. Japan said so.",
        "[Yahoo Japan]ORG is worth more than [Yahoo]ORG. [Japan]GPE said so.",
    );
}

#[test]
fn a_short_line_written_in_sentence_case_is_read_as_a_sentence() {
    assert!(is_heading(
        "Job Woes Linger in 29 States as U.S. Recovers Unevenly"
    ));
    assert!(!is_heading(
        "Professor of economics, McGill University – Montreal"
    ));
    assert!(!is_heading(
        "Power outage at London's Stansted airport holds up travel"
    ));
    check(
        "Christopher Ragan\nProfessor of economics, McGill University – Montreal\nHe spoke.",
        "[Christopher Ragan]PERSON\nProfessor of economics, [McGill University]ORG – [Montreal]GPE\nHe spoke.",
    );
}

#[test]
fn the_plural_of_a_persons_name_is_the_family() {
    check(
        "Fran Finney and Tom Jones spoke. The Finneys and the Joneses moved. The Celtics won.",
        "[Fran Finney]PERSON and [Tom Jones]PERSON spoke. The [Finneys]PERSON and the [Joneses]PERSON moved. The [Celtics]ORG won.",
    );
}

#[test]
fn names_either_side_of_an_ampersand_are_a_firm() {
    check(
        "It hired Ernst & Young and Frost & Sullivan, then Simon & Schuster.",
        "It hired [Ernst & Young]ORG and [Frost & Sullivan]ORG, then [Simon & Schuster]ORG.",
    );
    // Two lone given names are two people; words of the language name no firm.
    check(
        "Then John & Mary met. He read War & Peace.",
        "Then [John]PERSON & [Mary]PERSON met. He read War & Peace.",
    );
}

#[test]
fn an_amount_range_joined_by_a_dash_is_one_amount() {
    check(
        "It could be worth $40-50 billion, or $2–3 million a year.",
        "It could be worth [$40-50 billion]MONEY, or [$2–3 million]MONEY a year.",
    );
}

#[test]
fn stock_indexes_with_their_number_are_one_name() {
    check(
        "Japan's Nikkei 225 rose, the Kospi Index was flat and the STOXX 600 fell.",
        "[Japan]GPE's [Nikkei 225]ORG rose, the [Kospi Index]ORG was flat and the [STOXX 600]ORG fell.",
    );
}

#[test]
fn a_name_opening_with_the_after_and_is_a_second_name() {
    check(
        "The sale to Scooter Braun and The Carlyle Group closed.",
        "The sale to [Scooter Braun]PERSON and The [Carlyle Group]ORG closed.",
    );
}

#[test]
fn a_given_name_written_with_an_apostrophe_is_whole() {
    check(
        "Ja'Marr Chase and De’Aaron Fox scored. Trump's Aaron Smith spoke.",
        "[Ja'Marr Chase]PERSON and [De’Aaron Fox]PERSON scored. Trump's [Aaron Smith]PERSON spoke.",
    );
}

#[test]
fn a_city_before_its_airports_own_name_and_a_county_jail_are_buildings() {
    check(
        "She flew from London Heathrow and was held in the Lane County Jail.",
        "She flew from [London Heathrow]FAC and was held in the [Lane County Jail]FAC.",
    );
}

#[test]
fn a_given_name_before_a_buildings_word_after_at_is_the_building() {
    check(
        "They won at Heinz Field. Regina Hall starred.",
        "They won at [Heinz Field]FAC. [Regina Hall]PERSON starred.",
    );
}

#[test]
fn a_capitalised_particle_inside_a_run_that_speaks_makes_a_person() {
    check(
        "The leader Marine Le Pen said so. Border Force said so.",
        "The leader [Marine Le Pen]PERSON said so. [Border Force]ORG said so.",
    );
}

#[test]
fn a_count_before_of_opens_no_name() {
    check(
        "Hundreds of Chicago O'Hare airport workers walked out.",
        "Hundreds of [Chicago O'Hare airport]FAC workers walked out.",
    );
}

#[test]
fn a_title_ending_in_a_quotation_is_a_heading() {
    assert!(is_heading(
        "Student Dies After Diet Pills She Bought Online \"Burned Her Up From Within\""
    ));
    assert!(!is_heading(
        "She said the pills \"burned her up from within.\""
    ));
    assert!(!is_heading("He called it \"Burned Her Up From Within\""));
    check(
        "Student Dies After Diet Pills \"Burned Her Up\"\nThe pills burned her.",
        "Student Dies After Diet Pills \"Burned Her Up\"\nThe pills burned her.",
    );
}

#[test]
fn a_suffix_word_alone_after_of_names_nothing() {
    check(
        "Fans of Gears of War play on.",
        "Fans of Gears of War play on.",
    );
}

#[test]
fn an_organisation_before_a_coined_word_names_its_product() {
    check(
        "He bought a Nintendo GameBoy and a Toshiba Dynabook.",
        "He bought a [Nintendo GameBoy]PRODUCT and a [Toshiba Dynabook]PRODUCT.",
    );
    check(
        "The Dow Jones Industrial Average fell.",
        "The [Dow Jones Industrial Average]ORG fell.",
    );
}

#[test]
fn a_hyphenated_company_after_a_company_word_is_an_organisation() {
    check(
        "Security firm F-Secure said the worm spread. F-Secure said more.",
        "Security firm [F-Secure]ORG said the worm spread. [F-Secure]ORG said more.",
    );
}

#[test]
fn a_title_word_is_a_surname_after_a_role_and_alone_once_the_person_is_named() {
    check(
        "He told co-host Gayle King, \"Be well.\" King laughed.",
        "He told co-host [Gayle King]PERSON, \"Be well.\" [King]PERSON laughed.",
    );
    check(
        "Aaron Judge homered. Judge said it felt good. The Judge ruled.",
        "[Aaron Judge]PERSON homered. [Judge]PERSON said it felt good. The Judge ruled.",
    );
    // No person of the article has the title for a surname.
    check(
        "The Judge ruled. Judge Rinder agreed.",
        "The Judge ruled. Judge [Rinder]PERSON agreed.",
    );
    // After a given name and a middle name, before a generational suffix too.
    check(
        "The film is about Martin Luther King Jr. (David Oyelowo). She wanted to be Dr. King.",
        "The film is about [Martin Luther King Jr.]PERSON ([David Oyelowo]PERSON). She wanted \
         to be Dr. [King]PERSON.",
    );
    check(
        "He cited Carole King Jr. and Martin Luther King on Monday.",
        "He cited [Carole King Jr.]PERSON and [Martin Luther King]PERSON on [Monday]DATE.",
    );
}

#[test]
fn portfolio_words_before_a_title_end_the_place_before_them() {
    check(
        "He is Dorset County Public Works Director. Ask the Department of Public Works Director Jane Lee.",
        "He is [Dorset County]GPE Public Works Director. Ask the [Department of Public Works]ORG Director [Jane Lee]PERSON.",
    );
}

#[test]
fn a_place_that_is_a_given_name_names_a_team_before_a_plural_or_after_the() {
    check(
        "The Charlotte Hornets beat the Orlando Magic. Florence Welch sang.",
        "The [Charlotte Hornets]ORG beat the [Orlando Magic]ORG. [Florence Welch]PERSON sang.",
    );
}

#[test]
fn a_title_and_of_before_a_body_s_name_stay_outside_it() {
    check(
        "Waters is Chair of the House Committee on Financial Services and more.",
        "Waters is Chair of the [House Committee on Financial Services]ORG and more.",
    );
}

#[test]
fn a_person_a_body_is_named_after_stays_a_person() {
    check(
        "The Andrew Lloyd Webber Foundation gave. \"I thank Andrew Lloyd Webber,\" she said.",
        "The [Andrew Lloyd Webber Foundation]ORG gave. \"I thank [Andrew Lloyd Webber]PERSON,\" she said.",
    );
}

#[test]
fn a_person_of_the_article_before_a_body_s_abbreviation_is_no_part_of_it() {
    check(
        "Donald Trump won. The Trump FCC voted. Boston Celtics won.",
        "[Donald Trump]PERSON won. The [Trump]PERSON [FCC]ORG voted. [Boston Celtics]ORG won.",
    );
}

#[test]
fn a_name_after_a_body_s_abbreviation_or_its_staff_is_read_by_the_people_the_article_names() {
    check(
        "The Trump FCC voted. Donald Trump won. A spokesman for Johnson said no. \
         A spokesman for Wedbush said no. Boris Johnson spoke. The Gold FCC met.",
        "The [Trump]PERSON [FCC]ORG voted. [Donald Trump]PERSON won. A spokesman for \
         [Johnson]PERSON said no. A spokesman for [Wedbush]ORG said no. [Boris Johnson]PERSON \
         spoke. The [Gold FCC]ORG met.",
    );
}

#[test]
fn two_given_names_joined_open_a_body_named_after_both() {
    check(
        "The Bill and Melinda Gates Foundation gave. The Victoria and Albert Museum opened.",
        "The [Bill and Melinda Gates Foundation]ORG gave. The [Victoria and Albert Museum]ORG opened.",
    );
}

#[test]
fn a_given_name_before_and_and_a_person_s_full_name_is_a_person_too() {
    check(
        "Bill and Hillary Clinton arrived. He met Mary and John Smith.",
        "[Bill]PERSON and [Hillary Clinton]PERSON arrived. He met [Mary]PERSON and [John Smith]PERSON.",
    );
}

#[test]
fn a_word_and_a_place_s_head_in_a_heading_name_the_place() {
    check(
        "Dorset County police blotters\nDeputies said so.",
        "[Dorset County]GPE police blotters\nDeputies said so.",
    );
}

#[test]
fn a_sentence_s_first_word_before_a_people_describes_them() {
    check(
        "Wary Republicans said no. The Young Republicans club met.",
        "Wary [Republicans]NORP said no. The [Young Republicans]ORG club met.",
    );
}

#[test]
fn regions_of_the_united_states_are_places() {
    check(
        "Storms hit the Eastern Seaboard, the West Coast and the Pacific Northwest.",
        "Storms hit the [Eastern Seaboard]LOC, the [West Coast]LOC and the [Pacific Northwest]LOC.",
    );
}

#[test]
fn memorials_monuments_cemeteries_and_courthouses_are_buildings() {
    check(
        "They walked to the Zorbian Memorial, the Harris County Courthouse and Arlington National Cemetery on Memorial Day.",
        "They walked to the [Zorbian Memorial]FAC, the [Harris County Courthouse]FAC and [Arlington National Cemetery]FAC on [Memorial Day]DATE.",
    );
}

#[test]
fn a_person_s_name_in_capitals_is_the_person() {
    check(
        "Donald Trump spoke.\nTRUMP IMPACT\nPhoto by Alexandria Douziech.\nALEXANDRIA DOUZIECH",
        "[Donald Trump]PERSON spoke.\n[TRUMP]PERSON IMPACT\nPhoto by [Alexandria Douziech]PERSON.\n[ALEXANDRIA DOUZIECH]PERSON",
    );
}

#[test]
fn a_given_name_before_a_building_word_that_is_a_surname_is_a_person() {
    check(
        "She met Regina Hall at Carnegie Hall and the Albert Hall.",
        "She met [Regina Hall]PERSON at [Carnegie Hall]FAC and the [Albert Hall]FAC.",
    );
}

#[test]
fn a_second_word_of_the_same_kind_after_and_ends_the_name() {
    check(
        "Margaritaville Hotels and Resorts grew. The Annual Trade Conference and Exhibition opened. The Army and Navy sailed.",
        "[Margaritaville Hotels and Resorts]ORG grew. The [Annual Trade Conference and Exhibition]EVENT opened. The [Army]ORG and [Navy]ORG sailed.",
    );
}

#[test]
fn the_site_s_name_after_the_title_line_is_an_organisation() {
    check(
        "Why Will He Write His Own Memoir? - The Village Voice\nRain fell on Tuesday.",
        "Why Will He Write His Own Memoir? - The [Village Voice]ORG\nRain fell on [Tuesday]DATE.",
    );
    // Only the article's first line is its title.
    check(
        "Rain fell.\nWhy Will He Write His Own Memoir? - The Village Voice",
        "Rain fell.\nWhy Will He Write His Own Memoir? - The Village Voice",
    );
}

#[test]
fn a_body_named_after_its_place_is_named_again_without_it() {
    check(
        "The California Energy Commission met. An Energy Commission staffer spoke.",
        "The [California Energy Commission]ORG met. An [Energy Commission]ORG staffer spoke.",
    );
    // Not without the longer name.
    check(
        "An Energy Commission staffer spoke.",
        "An Energy Commission staffer spoke.",
    );
}

#[test]
fn a_given_name_alone_after_a_body_s_possessive_is_what_it_made() {
    check(
        "NASA's Tess took off. Apple's Tim Cook watched.",
        "[NASA]ORG's [Tess]PRODUCT took off. [Apple]ORG's [Tim Cook]PERSON watched.",
    );
}

#[test]
fn a_kind_of_product_before_a_name_makes_it_that_product() {
    check(
        "It flew its own rocket Falcon Heavy. Doctors gave the drug Leqembi to patients.",
        "It flew its own rocket [Falcon Heavy]PRODUCT. Doctors gave the drug [Leqembi]PRODUCT to patients.",
    );
    // The kind with its article before a comma.
    check(
        "The drug, Kelvamab, is new.",
        "The drug, [Kelvamab]PRODUCT, is new.",
    );
    // Not a person of the article, a common abbreviation or a word of the language.
    check(
        "Kelvin Drosse spoke. The app Drosse built and a satellite TV provider grew.",
        "[Kelvin Drosse]PERSON spoke. The app [Drosse]PERSON built and a satellite TV provider grew.",
    );
}

#[test]
fn a_product_listed_after_its_maker_is_named_so_after_the_maker_s_possessive() {
    check(
        "Amazon's Alexa voice assistant answers. You can ask Alexa. Apple's Tim Cook spoke.",
        "[Amazon]ORG's [Alexa]PRODUCT voice assistant answers. You can ask [Alexa]PRODUCT. [Apple]ORG's [Tim Cook]PERSON spoke.",
    );
}

#[test]
fn a_word_of_the_language_in_capitals_is_no_abbreviation() {
    check(
        "Tenants discussed PACT on Monday. Then KPLT sued.",
        "Tenants discussed PACT on [Monday]DATE. Then [KPLT]ORG sued.",
    );
}

#[test]
fn a_plain_word_after_a_suffix_word_heads_the_name() {
    check(
        "The American Theatre Wing said so. Tenants of the Nostrand Houses met.",
        "The [American Theatre Wing]ORG said so. Tenants of the [Nostrand Houses]FAC met.",
    );
    // Not after a law's suffix.
    check(
        "Donald Trump spoke. The Foreign Investment Act Trump signed stands.",
        "[Donald Trump]PERSON spoke. The [Foreign Investment Act]LAW [Trump]PERSON signed stands.",
    );
}

#[test]
fn a_body_after_a_title_and_of_is_what_the_title_is_of() {
    check(
        "Gordon Shirley, Chief Executive Officer of the Port Authority of Jamaica, spoke.",
        "[Gordon Shirley]PERSON, Chief Executive Officer of the [Port Authority of Jamaica]ORG, spoke.",
    );
}

#[test]
fn a_capitalised_house_after_the_is_a_chamber() {
    check(
        "The bill passed the House and the Senate.",
        "The bill passed the [House]ORG and the [Senate]ORG.",
    );
    // A heading's capitals say nothing.
    check(
        "Life In The House\nIt rained.",
        "Life In The House\nIt rained.",
    );
}

#[test]
fn a_body_of_two_places_is_named_whole() {
    check(
        "The Port Authority of New York and New Jersey met. The Bank of Japan and China's bank met.",
        "The [Port Authority of New York and New Jersey]ORG met. The [Bank of Japan]ORG and [China]GPE's bank met.",
    );
}

#[test]
fn a_league_s_name_may_end_in_what_it_plays() {
    check(
        "He joined Zorb League Gaming in 2015.",
        "He joined [Zorb League Gaming]ORG in [2015]DATE.",
    );
}

#[test]
fn schools_end_organisations_names() {
    check(
        "But Miami-Dade County Public Schools and Harvard Business School confirmed it.",
        "But [Miami-Dade County Public Schools]ORG and [Harvard Business School]ORG confirmed it.",
    );
}

#[test]
fn roundtables_symposia_and_exhibitions_are_events() {
    check(
        "He spoke at the Caribbean Financial Access Roundtable and the Zorbian Lace Exhibition.",
        "He spoke at the [Caribbean Financial Access Roundtable]EVENT and the [Zorbian Lace Exhibition]EVENT.",
    );
}

#[test]
fn who_after_a_place_s_preposition_makes_no_person() {
    check(
        "He is a councilman in Dorrington, who was the winner. Ms Barlowe, who left, said so.",
        "He is a councilman in [Dorrington]GPE, who was the winner. Ms [Barlowe]PERSON, who left, said so.",
    );
}

#[test]
fn what_is_bought_or_held_a_stake_in_is_a_company() {
    check(
        "Yahoo had a stake in Snapchat. Facebook acquired Oculus. Oculus grew.",
        "[Yahoo]ORG had a stake in [Snapchat]ORG. [Facebook]ORG acquired [Oculus]ORG. [Oculus]ORG grew.",
    );
    check("She grew up in Trenton.", "She grew up in [Trenton]GPE.");
    // A few lowercase words may say what was bought; a preposition says who bought it.
    check(
        "Amazon purchased streaming leader Twitch in 2014. Twitch grew.",
        "[Amazon]ORG purchased streaming leader [Twitch]ORG in [2014]DATE. [Twitch]ORG grew.",
    );
    check(
        "The unit was bought by founder Ilkka. Ilkka said so.",
        "The unit was bought by founder [Ilkka]PERSON. [Ilkka]PERSON said so.",
    );
    // Nor across "under": no sign of a company; a given name alone is a person's.
    check(
        "The firms merged last year under Ilkka. Ilkka said so.",
        "The firms merged last year under [Ilkka]PERSON. [Ilkka]PERSON said so.",
    );
}

#[test]
fn early_years_need_a_dating_word_and_eras_make_dates() {
    check(
        "The abacus dates at 190 A.D. and the sextant from 1731 (59th), Rome from 500 BC.",
        "The abacus dates at [190 A.D.]DATE and the sextant from [1731]DATE (59th), [Rome]GPE from [500 BC]DATE.",
    );
    check(
        "It rose from 1200 to 1500 in 1500 cases.",
        "It rose from 1200 to 1500 in 1500 cases.",
    );
    // An era before its year, and a long year with commas before its era.
    check(
        "Vesuvius erupted in AD 79; the site dates to 5,316 BCE.",
        "Vesuvius erupted in [AD 79]DATE; the site dates to [5,316 BCE]DATE.",
    );
}

#[test]
fn centuries_spelled_out_and_with_their_era_are_dates() {
    check(
        "The fourth century BC saw it; in the third century it fell, and in the twenty-first century and the 19th century BC.",
        "The [fourth century BC]DATE saw it; in the [third century]DATE it fell, and in the [twenty-first century]DATE and the [19th century BC]DATE.",
    );
    // Without "the" an ordinal is no century's.
    check(
        "He was third in the third race.",
        "He was third in the third race.",
    );
}

#[test]
fn a_year_after_a_known_product_is_its_version() {
    check(
        "It hit Windows 2000 machines in 2004.",
        "It hit [Windows 2000]PRODUCT machines in [2004]DATE.",
    );
    // A version written with points is one too.
    check(
        "Phones on iOS 8.2 and PCs on Windows 8.1 lagged.",
        "Phones on [iOS 8.2]PRODUCT and PCs on [Windows 8.1]PRODUCT lagged.",
    );
}

#[test]
fn a_word_ending_in_os_after_lowercase_letters_names_an_operating_system() {
    check(
        "It runs watchOS 2, macOS and HarmonyOS 4.2, not DOS.",
        "It runs [watchOS 2]PRODUCT, [macOS]PRODUCT and [HarmonyOS 4.2]PRODUCT, not DOS.",
    );
}

#[test]
fn major_league_teams_are_organisations_by_their_nicknames() {
    check(
        "Red Sox and Celtics fans cheered as Yankees players left.",
        "[Red Sox]ORG and [Celtics]ORG fans cheered as [Yankees]ORG players left.",
    );
    // A nickname that is a word of the language is no name by itself.
    check(
        "The heat rose. Heat warnings followed.",
        "The heat rose. Heat warnings followed.",
    );
}

#[test]
fn a_team_nickname_before_team_is_the_team_and_no_leader() {
    // "team" follows a leader's name ("the Trump team"); a nickname leads nobody.
    check(
        "The good news is, the Nationals have a shortstop. Fans trolled Nationals team photos.",
        "The good news is, the [Nationals]ORG have a shortstop. Fans trolled [Nationals]ORG team photos.",
    );
    check(
        "Aides said the Trump team met.",
        "Aides said the [Trump]PERSON team met.",
    );
}

#[test]
fn brands_from_public_data_are_organisations_but_surnames_and_words_are_not() {
    check(
        "Mozilla and Tumblr said Atari would sue.",
        "[Mozilla]ORG and [Tumblr]ORG said [Atari]ORG would sue.",
    );
    // Jenkins (a surname) and Fedora (a word) are brands too, left out of the list: the
    // surname that says something is a person.
    check(
        "Jenkins said the fedora was his. Fedora hats sold out.",
        "[Jenkins]PERSON said the fedora was his. Fedora hats sold out.",
    );
}

#[test]
fn a_region_or_a_body_named_after_someone_is_no_person_by_its_shape() {
    check(
        "Officers from West Mercia arrived. The charity Project Jonah helped, said Tom Parker.",
        "Officers from West Mercia arrived. The charity [Project Jonah]ORG helped, said [Tom Parker]PERSON.",
    );
    check(
        "The deal was sold to Gulf allies. Storms hit the Gulf Coast and the Gulf of Mexico.",
        "The deal was sold to [Gulf]LOC allies. Storms hit the [Gulf Coast]LOC and the [Gulf of Mexico]LOC.",
    );
}

#[test]
fn a_party_s_short_form_is_the_party_only_beside_politics() {
    check(
        "She bought DNP online and died.",
        "She bought DNP online and died.",
    );
    check(
        "The ANC lost seats in the election.",
        "The [ANC]ORG lost seats in the election.",
    );
    // A short form the main gazetteer names for itself is that name anywhere: "ABC" is a
    // party's in Lesotho and the broadcaster's in news.
    check(
        "According to her official ABC bio, she won. ABC said so.",
        "According to her official [ABC]ORG bio, she won. [ABC]ORG said so.",
    );
}

#[test]
fn a_company_before_a_model_code_names_its_product() {
    check(
        "The Casio QV-10 came first. Later the Casio PB100 sold well.",
        "The [Casio QV-10]PRODUCT came first. Later the [Casio PB100]PRODUCT sold well.",
    );
    check(
        "Casio UK said sales rose.",
        "[Casio UK]ORG said sales rose.",
    );
}

#[test]
fn in_a_sports_report_a_country_one_travels_to_or_lives_in_stays_a_place() {
    let report = "The striker scored twice in the match as the club won the league title. \
The coach praised the goal and the penalty. \
He left his native Argentina and headed for Brazil. Brazil's biggest city is loud. Brazil beat Chile.";
    check(
        report,
        "The striker scored twice in the match as the club won the league title. \
The coach praised the goal and the penalty. \
He left his native [Argentina]GPE and headed for [Brazil]GPE. [Brazil]GPE's biggest city is loud. [Brazil]ORG beat [Chile]ORG.",
    );
}

#[test]
fn words_after_an_organisations_possessive_are_what_it_makes() {
    check(
        "SpaceX's Starship flew. Facebook’s Libra stalled, and Samsung's Galaxy Fold broke.",
        "[SpaceX]ORG's [Starship]PRODUCT flew. [Facebook]ORG’s [Libra]PRODUCT stalled, and [Samsung]ORG's [Galaxy Fold]PRODUCT broke.",
    );
    // Not a person (a given name first, or two words of no language), nor a place, nor a
    // body named by its head word.
    check(
        "Google's Sundar Pichai spoke, as did Boeing's Pankaja Munde at Apple's Cupertino campus.",
        "[Google]ORG's [Sundar Pichai]PERSON spoke, as did [Boeing]ORG's [Pankaja Munde]PERSON at [Apple]ORG's Cupertino campus.",
    );
    check(
        "NASA's Jet Propulsion Laboratory built it.",
        "[NASA]ORG's [Jet Propulsion Laboratory]ORG built it.",
    );
    // A person's possessive says nothing of the kind.
    check(
        "Donald Trump said so. Trump's Starship speech",
        "[Donald Trump]PERSON said so. [Trump]PERSON's Starship speech",
    );
}

#[test]
fn a_list_of_dates_names_venues_towns_and_states() {
    // Each entry is no heading: its venue is read by its head word ("Arena"), or, without
    // one, by its place before the town and state.
    let text = "The tour goes on through the summer, in cities across the country.\n\
        June 17 -- Bridgestone Arena, Nashville, TN\n\
        June 24 -- Jiffy Lube Live, Bristow, VA\n\
        July 19 -- Budweiser Stage, Toronto, ON\n";
    check(
        text,
        "The tour goes on through the summer, in cities across the country.\n\
        [June 17]DATE -- [Bridgestone Arena]FAC, [Nashville]GPE, [TN]GPE\n\
        [June 24]DATE -- [Jiffy Lube Live]FAC, [Bristow]GPE, [VA]GPE\n\
        [July 19]DATE -- [Budweiser Stage]FAC, [Toronto]GPE, [ON]GPE\n",
    );
    // The town first, then the venue after an at sign.
    let text = "Tour Dates\n\
        June 24 – Bristow, VA @ Jiffy Lube Live\n\
        June 26 – Allentown, PA @ PPL Center\n\
        July 3 – Mansfield, MA @ Xfinity Center\n";
    check(
        text,
        "Tour Dates\n\
        [June 24]DATE – [Bristow]GPE, [VA]GPE @ [Jiffy Lube Live]FAC\n\
        [June 26]DATE – [Allentown]GPE, [PA]GPE @ [PPL Center]FAC\n\
        [July 3]DATE – [Mansfield]GPE, [MA]GPE @ [Xfinity Center]FAC\n",
    );
    // In running text a name, a town and a state are an address, not a venue.
    check(
        "Letters came from Jane Doe, Camden, NJ and others.",
        "Letters came from [Jane Doe]PERSON, [Camden]GPE, [NJ]GPE and others.",
    );
}

#[test]
fn lines_of_fields_after_a_colon_are_read_as_text_not_headings() {
    check(
        "The newly selected five are:\nCeres Robotics, Kent, Washington\nSpaceX, Hawthorne, California\nThey include landers.\n",
        "The newly selected five are:\n[Ceres Robotics]ORG, [Kent]GPE, [Washington]GPE\n[SpaceX]ORG, [Hawthorne]GPE, [California]GPE\nThey include landers.\n",
    );
}

#[test]
fn a_models_number_or_code_before_a_word_for_made_things_is_a_product() {
    check(
        "It bought 30 of the 787-9 Dreamliner jets. Crashes of its 737 Max jet hurt, and A330neo jets were cancelled.",
        "It bought 30 of the [787-9 Dreamliner]PRODUCT jets. Crashes of its [737 Max]PRODUCT jet hurt, and [A330neo]PRODUCT jets were cancelled.",
    );
    check(
        "Airbus delivered an A380. The Starliner capsule docked.",
        "[Airbus]ORG delivered an [A380]PRODUCT. The [Starliner]PRODUCT capsule docked.",
    );
    // A count is no model: "30 jets", "100 Boeing aircraft"; nor is a group's code ("G20").
    check(
        "It ordered 300 jets and 100 Boeing aircraft at the G20 summit.",
        "It ordered 300 jets and 100 [Boeing]ORG aircraft at the [G20]ORG summit.",
    );
}

#[test]
fn the_people_of_a_body_before_it_make_it_an_organisation() {
    check(
        "Analysts at Wedbush said sales slowed. A spokesperson for Blue Origin declined to comment, said Jeffrey Frankel, an economist at Harvard.",
        "Analysts at [Wedbush]ORG said sales slowed. A spokesperson for [Blue Origin]ORG declined to comment, said [Jeffrey Frankel]PERSON, an economist at [Harvard]ORG.",
    );
    // People have staff too.
    check(
        "Boris Johnson left. A spokesman for Johnson said so.",
        "[Boris Johnson]PERSON left. A spokesman for [Johnson]PERSON said so.",
    );
    // So do universities, outlets and offices: their teachers, reporters and officials.
    check(
        "A professor at Stanford said so; a reporter for Vantix agreed with officials at Kelmore.",
        "A professor at [Stanford]ORG said so; a reporter for [Vantix]ORG agreed with officials \
         at [Kelmore]ORG.",
    );
}

#[test]
fn a_word_for_a_company_beside_a_name_makes_it_an_organisation() {
    check(
        "The firm, Orbit Beyond, dropped out. Ithaca Holdings, a music company, bought Quillworks, an Oakland-based startup.",
        "The firm, [Orbit Beyond]ORG, dropped out. [Ithaca Holdings]ORG, a music company, bought [Quillworks]ORG, an [Oakland]GPE-based startup.",
    );
    // A person's role is no company ("a company spokesman").
    check(
        "Meredith Fenwick, a company spokeswoman, said no.",
        "[Meredith Fenwick]PERSON, a company spokeswoman, said no.",
    );
}

#[test]
fn words_of_the_language_listed_with_organisations_are_one() {
    check(
        "NASA picked SpaceX, Blue Origin, Sierra Nevada Corp. and Ceres Robotics. It gave missions to Boeing, Intuitive Machines and Orbit Beyond.",
        "[NASA]ORG picked [SpaceX]ORG, [Blue Origin]ORG, [Sierra Nevada Corp.]ORG and [Ceres Robotics]ORG. It gave missions to [Boeing]ORG, [Intuitive Machines]ORG and [Orbit Beyond]ORG.",
    );
    // Beside places they may be a common noun with a capital.
    check(
        "It sells in Paris, Rome and Old Town.",
        "It sells in [Paris]GPE, [Rome]GPE and Old Town.",
    );
}

#[test]
fn a_soft_hyphen_inside_a_name_hides_neither_the_name_nor_its_given_name() {
    check(
        "Vladi\u{ad}mir Putin met Benjamin Netan\u{ad}yahu.",
        "[Vladi\u{ad}mir Putin]PERSON met [Benjamin Netan\u{ad}yahu]PERSON.",
    );
}

#[test]
fn a_device_kind_after_a_product_is_no_model_word() {
    check(
        "It runs on a Windows PC with an AMD Polaris GPU, unlike the Xbox One X.",
        "It runs on a [Windows]PRODUCT PC with an [AMD Polaris]PRODUCT GPU, unlike the [Xbox One X]PRODUCT.",
    );
}

#[test]
fn a_short_suffix_written_onto_a_model_number_is_part_of_it() {
    check(
        "It has an AMD Radeon Pro 5500M chip and an Intel Core i9-9900K.",
        "It has an [AMD Radeon Pro 5500M]PRODUCT chip and an [Intel Core i9-9900K]PRODUCT.",
    );
}

#[test]
fn a_known_place_before_a_natural_feature_names_the_feature() {
    check(
        "They met at Cardiff Bay and sailed the Mississippi River. Michael Bay filmed it.",
        "They met at [Cardiff Bay]LOC and sailed the [Mississippi River]LOC. [Michael Bay]PERSON filmed it.",
    );
}

#[test]
fn the_olympic_adjective_names_the_games() {
    check(
        "The Olympic champion won at the Olympic Games.",
        "The [Olympic]EVENT champion won at the [Olympic Games]EVENT.",
    );
}

#[test]
fn words_joined_by_hyphens_are_no_given_name_and_surname() {
    check(
        "Hosts came from Tri-Nations sides, said Tri Nguyen.",
        "Hosts came from Tri-Nations sides, said [Tri Nguyen]PERSON.",
    );
}

#[test]
fn the_people_of_a_listed_place_are_norp_where_the_article_never_names_it() {
    check(
        "Alaskan halibut, caught by an old boat, is sold here.\nThe Ohioan crew sailed with Adrian.",
        "[Alaskan]NORP halibut, caught by an old boat, is sold here.\nThe [Ohioan]NORP crew sailed with [Adrian]PERSON.",
    );
}

#[test]
fn a_company_before_one_word_or_a_model_word_names_its_product() {
    check(
        "Oculus VR made the Oculus Rift, and Apple made the Apple Vision Pro. Sony said the PlayStation VR sold.",
        "[Oculus VR]ORG made the [Oculus Rift]PRODUCT, and [Apple]ORG made the [Apple Vision Pro]PRODUCT. [Sony]ORG said the [PlayStation VR]PRODUCT sold.",
    );
    check(
        "The Dow Jones Industrial Average fell.",
        "The [Dow Jones Industrial Average]ORG fell.",
    );
    // A word for an arm of a broadcaster or publisher names the arm, a body.
    check(
        "CBS Sports reported it first, then ESPN Radio did.",
        "[CBS Sports]ORG reported it first, then [ESPN Radio]ORG did.",
    );
}

#[test]
fn legislatures_state_houses_agencies_and_indexes_are_known_by_name() {
    check(
        "Teachers filled the Statehouse as the Legislature met. Customs and Border Protection seized drugs. The Sensex rose.",
        "Teachers filled the [Statehouse]FAC as the [Legislature]ORG met. [Customs and Border Protection]ORG seized drugs. The [Sensex]ORG rose.",
    );
    check(
        "IANS said so, as did the People’s Daily, and the study ran in Nature Astronomy.",
        "[IANS]ORG said so, as did the [People’s Daily]ORG, and the study ran in [Nature Astronomy]ORG.",
    );
    check(
        "He told Le Figaro and El País, and later Die Zeit.",
        "He told [Le Figaro]ORG and [El País]ORG, and later [Die Zeit]ORG.",
    );
    // A place before such a building names that place's one.
    check(
        "They marched to the Texas Capitol and the Indiana Statehouse.",
        "They marched to the [Texas Capitol]FAC and the [Indiana Statehouse]FAC.",
    );
}

#[test]
fn a_name_ending_in_pro_is_a_product() {
    check(
        "Buyers tried the Vision Pro and the PS4 Pro in stores.",
        "Buyers tried the [Vision Pro]PRODUCT and the [PS4 Pro]PRODUCT in stores.",
    );
}

#[test]
fn us_agencies_are_known_by_their_full_names() {
    check(
        "The Centers for Disease Control and Prevention and the National Institutes of Health warned.",
        "The [Centers for Disease Control and Prevention]ORG and the [National Institutes of Health]ORG warned.",
    );
}

#[test]
fn a_name_before_the_word_party_is_the_party() {
    check(
        "Netanyahu's Likud party won. Sheinbaum, of the leftist Morena party, spoke. The vote went to Likud.",
        "Netanyahu's [Likud]ORG party won. Sheinbaum, of the leftist [Morena]ORG party, spoke. The vote went to [Likud]ORG.",
    );
    // Regions too, after a known name that is read on its own.
    check(
        "It fell in the remote Russian Tuva region and the Akazawa Brook district.",
        "It fell in the remote [Russian]NORP [Tuva]GPE region and the [Akazawa Brook]GPE district.",
    );
    // Outlets are named so too, but not by a common abbreviation.
    check(
        "He shared a story from Vulture magazine. Vulture wrote it for PC magazine readers.",
        "He shared a story from [Vulture]ORG magazine. [Vulture]ORG wrote it for PC magazine readers.",
    );
    // An organisation of two words is named by the people who work for it; one word alone
    // may be a town's or a leader's people, and a sentence's first word of the language is
    // no part of a name, which leaves one word ("Federal Vexlor").
    check(
        "After it, Con Edison officials said so, as did a Quorvant Dynamics spokesman. \
         Trenton officials agreed. Zanthor staffers left. Federal Vexlor officials did not.",
        "After it, [Con Edison]ORG officials said so, as did a [Quorvant Dynamics]ORG \
         spokesman. Trenton officials agreed. Zanthor staffers left. Federal Vexlor officials \
         did not.",
    );
    // Armed groups, companies and labels named by their kind word.
    check(
        "He blamed the Haqqani network and the Vexlor startup.",
        "He blamed the [Haqqani]ORG network and the [Vexlor]ORG startup.",
    );
    // Craft and software too; a known name before the word is read as known.
    check(
        "The Cassini spacecraft saw it, as did US Chinook helicopters and the Photos app.",
        "The [Cassini]PRODUCT spacecraft saw it, as did [US]GPE [Chinook]PRODUCT helicopters and the [Photos]PRODUCT app.",
    );
    check(
        "The Mueller probe and the Covid vaccine went on.",
        "The Mueller probe and the Covid vaccine went on.",
    );
}

#[test]
fn parts_of_months_seasons_of_years_and_temperatures() {
    check(
        "Fires peaked in late January and mid-March. In the fall of 2017 she left the 90s band.",
        "Fires peaked in [late January]DATE and [mid-March]DATE. In the [fall of 2017]DATE she left the [90s]DATE band.",
    );
    check("Spring of 2019 was wet.", "[Spring of 2019]DATE was wet.");
    check(
        "Temperatures in the city quickly ballooned into the 50s.",
        "Temperatures in the city quickly ballooned into the 50s.",
    );
}

#[test]
fn which_dollar_after_an_amount_is_part_of_it() {
    check(
        "It costs $35 USD here and $100 Australian there; $5 Canadian dollars is less.",
        "It costs [$35 USD]MONEY here and [$100 Australian]MONEY there; [$5 Canadian dollars]MONEY is less.",
    );
}

#[test]
fn us_abbreviations_a_library_and_the_people_of_new_york_are_known() {
    check(
        "Officials in NY said New Yorkers at the Library of Congress saw an Islamic flag over the LAN.",
        "Officials in [NY]GPE said [New Yorkers]NORP at the [Library of Congress]ORG saw an [Islamic]NORP flag over the LAN.",
    );
}

#[test]
fn lower_or_upper_before_a_place_is_a_region_of_it() {
    check(
        "Pipes burst in Lower Manhattan and in Upper Egypt.",
        "Pipes burst in [Lower Manhattan]LOC and in [Upper Egypt]LOC.",
    );
}

#[test]
fn a_part_of_town_before_a_place_or_after_it_is_a_region() {
    check(
        "Shops in Downtown Los Angeles and Little Havana closed, not those in Brooklyn Heights.",
        "Shops in [Downtown Los Angeles]LOC and [Little Havana]LOC closed, not those in \
         [Brooklyn Heights]LOC.",
    );
    // A compass point before a region makes a region of it too.
    check(
        "Stars flew to West Hollywood.",
        "Stars flew to [West Hollywood]LOC.",
    );
}

#[test]
fn a_compass_point_alone_after_the_is_a_region() {
    check(
        "Russia sees the West as a threat; storms hit the Northeast and the South.",
        "[Russia]GPE sees the [West]LOC as a threat; storms hit the [Northeast]LOC and the \
         [South]LOC.",
    );
    // Inside a sentence a part of town is one too; without "the", or before another name,
    // a compass point is no region of its own.
    check(
        "They went Downtown and to Midtown. Southwest said it would add flights to the South \
         Bronx.",
        "They went [Downtown]LOC and to [Midtown]LOC. Southwest said it would add flights to \
         the [South Bronx]LOC.",
    );
}

#[test]
fn miss_is_an_honorific_unless_a_pageant_follows() {
    check(
        "She was hired as Miss Ellen Fetter. Miss America was crowned.",
        "She was hired as Miss [Ellen Fetter]PERSON. Miss [America]GPE was crowned.",
    );
}

#[test]
fn a_long_title_in_title_case_is_a_heading() {
    assert!(is_heading(
        "Rewriting Rules of Engagement with Video in 2020: Acme Introduces New Features on its Video Platform"
    ));
    assert!(!is_heading(
        "The company said on Tuesday that it would introduce new features on its video platform in 2020"
    ));
    assert!(!is_heading(
        "Acme Introduces New Features For Its Video Platform. The Company Says Businesses Will Get Faster Tools"
    ));
}

#[test]
fn a_signature_with_a_role_among_its_fields_is_no_heading() {
    // Short and without a full stop, but a role in lowercase says the line is no title: a
    // name there keeps its initials and suffix.
    check(
        "Transit helps.\n\nAlbert E. Dotson Jr., partner, Holland & Knight\n\nIt was slow.",
        "Transit helps.\n\n[Albert E. Dotson Jr.]PERSON, partner, [Holland & Knight]ORG\n\nIt was slow.",
    );
    check(
        "Transit helps.\n\nLaurie Kaye Davis, executive director, Commonwealth Institute\n\nNo.",
        "Transit helps.\n\n[Laurie Kaye Davis]PERSON, executive director, [Commonwealth Institute]ORG\n\nNo.",
    );
    // A title of names and places alone stays one.
    check(
        "Paris, Rome, Berlin Lead Tourism Rankings\n\nIt was slow.",
        "[Paris]GPE, [Rome]GPE, [Berlin]GPE Lead Tourism Rankings\n\nIt was slow.",
    );
}

#[test]
fn the_name_signing_an_embedded_post_before_its_handle_is_a_person() {
    check(
        "It spread fast.\n\n— Hayes Brown (@HayesBrown) September 19, 2016\n\nThen more.",
        "It spread fast.\n\n— [Hayes Brown]PERSON (@HayesBrown) [September 19, 2016]DATE\n\nThen more.",
    );
}

#[test]
fn a_named_church_is_a_building_and_a_faiths_church_its_body() {
    check(
        "The shooting at Emanuel African Methodist Episcopal Church shocked the city.",
        "The shooting at [Emanuel African Methodist Episcopal Church]FAC shocked the city.",
    );
    check(
        "The Catholic Church objected. Charlotte Church sang at a chapel.",
        "The [Catholic Church]ORG objected. [Charlotte Church]PERSON sang at a chapel.",
    );
}

#[test]
fn a_surname_in_a_heading_takes_the_word_before_it_that_makes_the_article_s_full_name() {
    check(
        "Jury Finds Dylann Roof Guilty In Church Shooting\nA jury found Dylann Roof guilty. In court Roof said nothing.",
        "Jury Finds [Dylann Roof]PERSON Guilty In Church Shooting\nA jury found [Dylann Roof]PERSON guilty. In court [Roof]PERSON said nothing.",
    );
    // A given name that is a word of the language too may stand apart from the surname's
    // run in a heading.
    check(
        "How Women Took Down Roger Ailes\nThe reign of Roger Ailes ended. Ailes left.",
        "How Women Took Down [Roger Ailes]PERSON\nThe reign of [Roger Ailes]PERSON ended. [Ailes]PERSON left.",
    );
    // No full name elsewhere: the word before the surname stays out.
    let alone = "Jury Finds Dylann Roof Guilty\nA jury found the man guilty. Mr. Roof lied.";
    assert!(
        marked(alone).contains("[Roof]PERSON Guilty"),
        "{}",
        marked(alone)
    );
}

#[test]
fn a_building_s_word_of_a_name_is_the_building() {
    check(
        "They walked down the Avenue of the Americas to the Tower of London.",
        "They walked down the [Avenue of the Americas]FAC to the [Tower of London]FAC.",
    );
    // A hall names the body it houses as often: left to other rules.
    assert!(!marked("He entered the Hall of Fame in July.").contains("FAC"));
}

#[test]
fn one_unknown_word_after_a_title_and_of_is_what_the_title_is_of() {
    check(
        "It was praised by Michael Litt, co-founder and CEO of Vidyard.",
        "It was praised by [Michael Litt]PERSON, co-founder and CEO of [Vidyard]ORG.",
    );
    check(
        "The Governor of Tuva met the President of Zorvana.",
        "The Governor of [Tuva]GPE met the President of Zorvana.",
    );
    check(
        "It was praised by the Secretary of Defense Pete Hegseth.",
        "It was praised by the Secretary of Defense [Pete Hegseth]PERSON.",
    );
    // After "of the" too, and no holder's name follows.
    check(
        "He will remain Acting Premier of the Territory. I was told.",
        "He will remain Acting Premier of the Territory. I was told.",
    );
}

#[test]
fn a_title_still_to_come_is_a_title() {
    check(
        "It was President-elect Trump who spoke.",
        "It was President-elect [Trump]PERSON who spoke.",
    );
    check(
        "It was Prime Minister-designate Kim Min-seok who spoke, not Minister-elect.",
        "It was Prime Minister-designate [Kim Min-seok]PERSON who spoke, not Minister-elect.",
    );
}

#[test]
fn words_of_a_role_opening_a_sentence_stay_outside_the_name() {
    check(
        "The show ended.\nBroadcaster Chris Evans spoke.",
        "The show ended.\nBroadcaster [Chris Evans]PERSON spoke.",
    );
    // Two words of a role, and a doer's word the dictionary lists only as its verb.
    check(
        "The crew landed.\nAerospace Writer Marcia Dunn contributed.\nCommenter Paul Stoffregen disagreed.",
        "The crew landed.\nAerospace Writer [Marcia Dunn]PERSON contributed.\nCommenter [Paul Stoffregen]PERSON disagreed.",
    );
}

#[test]
fn two_words_ending_in_a_word_that_is_no_surname_are_no_person() {
    check(
        "The photo came from Hartley Images on Monday.",
        "The photo came from Hartley Images on [Monday]DATE.",
    );
    // A surname that is also a word keeps the shape of a person's name.
    check(
        "The pass went to Jaylen Brown again.",
        "The pass went to [Jaylen Brown]PERSON again.",
    );
}

#[test]
fn a_weekday_before_its_date_is_one_date_with_a_comma_or_without() {
    check(
        "It launched on Thursday Dec. 1, 2016 and on Tuesday, Nov. 29, 2016.",
        "It launched on [Thursday Dec. 1, 2016]DATE and on [Tuesday, Nov. 29, 2016]DATE.",
    );
    check(
        "It opens on Thursday 5 December, not on Monday in March.",
        "It opens on [Thursday 5 December]DATE, not on [Monday]DATE in [March]DATE.",
    );
}

#[test]
fn the_words_that_say_which_weekday_or_month_are_part_of_the_date() {
    check(
        "It listed last Tuesday and lists again next Tuesday, not this Friday night.",
        "It listed [last Tuesday]DATE and lists again [next Tuesday]DATE, not this Friday night.",
    );
    check(
        "It flooded this past January and last March, as in January last year.",
        "It flooded [this past January]DATE and [last March]DATE, as in [January last year]DATE.",
    );
}

#[test]
fn two_years_that_bound_a_span_are_one_date() {
    check(
        "Use rose between 2010 and 2015, between 2008 to 2016 and from 2011 to 2013.",
        "Use rose [between 2010 and 2015]DATE, [between 2008 to 2016]DATE and [from 2011 to 2013]DATE.",
    );
    // Amounts in a range are no dates; "from" alone keeps its year apart.
    check(
        "It rose from 2019 levels, between 5% and 6%.",
        "It rose from [2019]DATE levels, [between 5% and 6%]PERCENT.",
    );
}

#[test]
fn a_season_or_fiscal_year_across_two_years_is_one_date() {
    check(
        "He signed until the end of the 2022/23 season, in fiscal year 2019.",
        "He signed until the end of the [2022/23]DATE season, in [fiscal year 2019]DATE.",
    );
    // A date written with slashes is not a season.
    check("It was 2020/11 then.", "It was [2020]DATE/11 then.");
}

#[test]
fn a_name_joined_to_a_web_domain_is_the_site() {
    check(
        "Emery writes for Snopes.com and LWN.net, and BBC.co.uk. Tickets at LiveNation.com.",
        "Emery writes for [Snopes.com]ORG and [LWN.net]ORG, and [BBC.co.uk]ORG. Tickets at [LiveNation.com]ORG.",
    );
    // The site's name alone is the same organisation.
    check(
        "Emery writes for Snopes.com, and Snopes agreed.",
        "Emery writes for [Snopes.com]ORG, and [Snopes]ORG agreed.",
    );
    // The full stop that ends the sentence stays outside.
    check(
        "It ran on Snopes.com. Then it spread.",
        "It ran on [Snopes.com]ORG. Then it spread.",
    );
}

#[test]
fn a_language_where_it_is_spoken_or_written_is_not_marked() {
    check(
        "The book came out in English. In French and Arabic it sold well; he spoke Italian.",
        "The book came out in English. In French and Arabic it sold well; he spoke Italian.",
    );
    check(
        "Its English edition and the Spanish translation sold well.",
        "Its English edition and the Spanish translation sold well.",
    );
    // Before a noun, or not spoken, the word is the nationality's.
    check(
        "The English team won. It changed English football and Greek history in Greek history.",
        "The [English]NORP team won. It changed [English]NORP football and [Greek]NORP history in [Greek]NORP history.",
    );
}

#[test]
fn the_path_of_a_web_address_names_nothing() {
    check(
        "It was a new alert pic.twitter.com/EWgDSVvrHO and a video https://t.co/TEGHqhLpZN too.",
        "It was a new alert pic.twitter.com/EWgDSVvrHO and a video https://t.co/TEGHqhLpZN too.",
    );
    check(
        "Apple said so, https://example.com/news/2019/ reported.",
        "[Apple]ORG said so, https://example.com/news/2019/ reported.",
    );
    // A slash between names is no address: "U.S." has no top-level domain.
    check(
        "Talks on U.S./Japan trade went on.",
        "Talks on [U.S.]GPE/[Japan]GPE trade went on.",
    );
}

#[test]
fn capitals_and_a_number_alone_name_a_model() {
    check(
        "It runs on the PS4 and the PB100, said the G20.",
        "It runs on the [PS4]PRODUCT and the [PB100]PRODUCT, said the [G20]ORG.",
    );
    // A number joined by a hyphen is the model's too; "I-95" is a road.
    check(
        "The LGP-30 beat the I-95 traffic.",
        "The [LGP-30]PRODUCT beat the [I-95]FAC traffic.",
    );
}

#[test]
fn brothers_associations_comics_and_action_committees_end_organisations() {
    check(
        "Warner Bros. and the Consumer Electronics Assn. met DC Comics and the Right Women PAC.",
        "[Warner Bros.]ORG and the [Consumer Electronics Assn.]ORG met [DC Comics]ORG and the [Right Women PAC]ORG.",
    );
    check(
        "Fans filled Madison Square Garden.",
        "Fans filled [Madison Square Garden]FAC.",
    );
}

#[test]
fn a_legal_form_ends_a_company_and_alone_names_none() {
    check(
        "It was made by Smart Projects SRL, a firm. \"SRL\" is like \"LLC\". Smart Projects grew.",
        "It was made by [Smart Projects SRL]ORG, a firm. \"SRL\" is like \"LLC\". [Smart Projects]ORG grew.",
    );
}

#[test]
fn a_word_of_a_place_opens_no_person() {
    check(
        "Reporters in Cape Canaveral watched Mount Wrexley erupt.",
        "Reporters in [Cape Canaveral]GPE watched [Mount Wrexley]LOC erupt.",
    );
}

#[test]
fn a_year_after_an_apostrophe_is_a_date_but_a_dimension_is_none() {
    check(
        "The class of ’91 met in '05, not on page ’12. The screen is 1800 x 1920 pixels.",
        "The class of [’91]DATE met in ['05]DATE, not on page ’12. The screen is 1800 x 1920 pixels.",
    );
}

#[test]
fn initials_written_together_stay_in_the_name() {
    check(
        "It was George H.W. Bush who spoke.\nLater Bush left.",
        "It was [George H.W. Bush]PERSON who spoke.\nLater [Bush]PERSON left.",
    );
}

#[test]
fn a_country_may_open_an_a_and_b_office() {
    check(
        "He wrote to the US Patent and Trademark Office, not to Japan and Acme Inc.",
        "He wrote to the [US Patent and Trademark Office]ORG, not to [Japan]GPE and [Acme Inc.]ORG",
    );
}

#[test]
fn a_word_with_digits_before_and_is_no_part_of_an_a_and_b_name() {
    // "ABC13" is a channel, no word of what a body does: two names, not one.
    let text = "He told ABC13 and CBS2 News, then KTX9 and Delta Ventures.";
    let spans: Vec<&str> = extract(text, gazetteer())
        .iter()
        .map(|m| m.text(text))
        .collect();
    assert!(spans.iter().all(|s| !s.contains(" and ")), "{spans:?}");
    assert!(spans.contains(&"CBS2 News"), "{spans:?}");
}

#[test]
fn on_joins_a_body_to_what_it_is_for_as_for_does() {
    check(
        "He spoke at the Council on Foreign Relations and the Center on Poverty and Inequality.",
        "He spoke at the [Council on Foreign Relations]ORG and the [Center on Poverty and Inequality]ORG.",
    );
    check(
        "The Center for Food and Allergy Research met the Gates Foundation on Wednesday.",
        "The [Center for Food and Allergy Research]ORG met the [Gates Foundation]ORG on [Wednesday]DATE.",
    );
}

#[test]
fn a_place_before_a_surname_is_a_given_name() {
    check(
        "Then Sydney Sweeney spoke. Later Sweeney left the Miami Heat game.",
        "Then [Sydney Sweeney]PERSON spoke. Later [Sweeney]PERSON left the [Miami Heat]ORG game.",
    );
}

#[test]
fn a_postal_code_after_a_place_and_a_comma_is_a_state() {
    check(
        "The band plays Noblesville, IN on Friday and Tampa, FL on Sunday.",
        "The band plays [Noblesville]GPE, [IN]GPE on [Friday]DATE and [Tampa]GPE, [FL]GPE on [Sunday]DATE.",
    );
    check(
        "June 19 -- Shoreline Amphitheatre, Mountain View, CA\n",
        "[June 19]DATE -- [Shoreline Amphitheatre]FAC, [Mountain View]GPE, [CA]GPE\n",
    );
    // A degree after a person's name, a list of versions: no state.
    check(
        "says Stephen Calderwood, MD, president of the society.",
        "says [Stephen Calderwood]PERSON, MD, president of the society.",
    );
    check(
        "It ran on Windows 98, Me, NT and more.",
        "It ran on [Windows 98]PRODUCT, Me, [NT]ORG and more.",
    );
}

#[test]
fn a_clubs_short_name_that_is_a_given_name_is_the_club_in_a_sports_report() {
    let report = "Liverpool lost to Chelsea 3-0. The striker scored twice, the coach praised the \
        goalkeeper and the season goes on.";
    check(
        report,
        "[Liverpool]ORG lost to [Chelsea]ORG 3-0. The striker scored twice, the coach praised the \
         goalkeeper and the season goes on.",
    );
    // Elsewhere the given name is a person's.
    check(
        "Bill Clinton spoke of Chelsea, who smiled.",
        "[Bill Clinton]PERSON spoke of [Chelsea]PERSON, who smiled.",
    );
}

#[test]
fn a_place_before_its_state_is_a_place_and_no_team() {
    check(
        "It was founded in Tampa, Fla., and moved to Irvine, California.",
        "It was founded in [Tampa]GPE, [Fla.]GPE, and moved to [Irvine]GPE, [California]GPE.",
    );
    // After "from" or "of", a sentence may go on after the state; a possessive is the
    // state's own ("Indiana's largest employer"), so the name before it may be anything.
    check(
        "The woman from Zorbville, Indiana was quick. A mayor of Quillton, Ohio said so.",
        "The woman from [Zorbville]GPE, [Indiana]GPE was quick. A mayor of [Quillton]GPE, \
         [Ohio]GPE said so.",
    );
    check(
        "A letter from Quillton, Indiana's biggest firm, came. On Monday, Zorbville was calm.",
        "A letter from Quillton, [Indiana]GPE's biggest firm, came. On [Monday]DATE, Zorbville \
         was calm.",
    );
    // A state's short form whose full stop ends the sentence too.
    check(
        "The surfer was Kevin Swanson of Morro Bay, Calif. He was airlifted.",
        "The surfer was [Kevin Swanson]PERSON of [Morro Bay]GPE, [Calif.]GPE He was airlifted.",
    );
    // A sports report makes places teams, but not a dateline's state.
    check(
        "BUFFALO, N.Y. — The Wild scored twice in overtime. The captain and the coach said the \
         goal was a win; the Wild coach praised the defender.",
        "[BUFFALO]GPE, [N.Y.]GPE — The [Wild]ORG scored twice in overtime. The captain and the \
         coach said the goal was a win; the [Wild]ORG coach praised the defender.",
    );
    // What comes before a city and its state is a venue, not a place.
    check(
        "Ceres Robotics, Palo Alto, California\n",
        "Ceres Robotics, [Palo Alto]GPE, [California]GPE\n",
    );
    check(
        "It plays the park at Red Rocks, Morrison, CO in June.",
        "It plays the park at Red Rocks, [Morrison]GPE, [CO]GPE in [June]DATE.",
    );
}

#[test]
fn a_name_with_a_plus_sign_is_a_subscription_service() {
    check(
        "Disney+ launched. ESPN+ and Apple TV+ compete with Disney, not Disney+Pixar.",
        "[Disney+]PRODUCT launched. [ESPN+]PRODUCT and [Apple TV+]PRODUCT compete with [Disney]ORG, not [Disney]ORG+Pixar.",
    );
}

#[test]
fn an_administrator_and_a_general_manager_are_titles() {
    check(
        "NASA Administrator Jim Bridenstine and General Manager Jane Brown spoke.",
        "[NASA]ORG Administrator [Jim Bridenstine]PERSON and General Manager [Jane Brown]PERSON spoke.",
    );
}

#[test]
fn a_currency_may_say_whose_it_is() {
    check(
        "It was priced at 176 Hong Kong dollars, or 88 billion Hong Kong dollars in all.",
        "It was priced at [176 Hong Kong dollars]MONEY, or [88 billion Hong Kong dollars]MONEY in all.",
    );
    check(
        "They paid 40 Canadian dollars in Hong Kong.",
        "They paid [40 Canadian dollars]MONEY in [Hong Kong]GPE.",
    );
}

#[test]
fn a_compass_part_of_a_place_is_a_region_and_of_a_people_a_people() {
    check(
        "North American fans drove from Southern California and the San Francisco Bay Area.",
        "[North American]NORP fans drove from [Southern California]LOC and the [San Francisco Bay Area]LOC.",
    );
    // The place may go on in a compound.
    check(
        "Storms hit Southwest Miami-Dade on Monday.",
        "Storms hit [Southwest Miami-Dade]LOC on [Monday]DATE.",
    );
    // Its compass point may be abbreviated.
    check(
        "A crash in SW Miami-Dade and NW Miami.",
        "A crash in [SW Miami-Dade]LOC and [NW Miami]LOC.",
    );
    // A known region over the compass point and the place's first word does not hide it.
    check(
        "He represents Western North Carolina in Congress.",
        "He represents [Western North Carolina]LOC in [Congress]ORG.",
    );
}

#[test]
fn a_lowercase_word_hyphenated_onto_a_name_of_a_thing_stays_outside() {
    check(
        "You can buy FlurbKit-compatible devices. Workers at Zorblax-owned plants struck.",
        "You can buy [FlurbKit]ORG-compatible devices. Workers at [Zorblax]ORG-owned plants struck.",
    );
    // A person's name keeps it, and so does a date.
    check(
        "Lee Jae-myung spoke in mid-2000s Guinea-Bissau.",
        "[Lee Jae-myung]PERSON spoke in [mid-2000s]DATE [Guinea-Bissau]GPE.",
    );
}

#[test]
fn a_known_name_hyphenated_to_an_unknown_word_is_part_of_a_compound() {
    check(
        "The paper quoted Sui-Lee Wee of the Times. Wee said so.",
        "The paper quoted [Sui-Lee Wee]PERSON of the [Times]ORG. [Wee]PERSON said so.",
    );
    // Two known places stay two; so does a place before a lowercase word.
    check(
        "The US-Japan deal and Tokyo-based firms.",
        "The [US]GPE-[Japan]GPE deal and [Tokyo]GPE-based firms.",
    );
    check(
        "The Wheeling News-Register said so.",
        "The [Wheeling News-Register]ORG said so.",
    );
    // So does a title word hyphenated to it; a title of two words stays a title.
    check(
        "The Manchester Union-Leader said so. Vice-President Kamala Harris spoke.",
        "The [Manchester Union-Leader]ORG said so. Vice-President [Kamala Harris]PERSON spoke.",
    );
}

#[test]
fn capitalised_particles_inside_a_name_do_not_count_towards_its_length() {
    check(
        "James Van Der Beek was eliminated. Van Der Beek said so.",
        "[James Van Der Beek]PERSON was eliminated. [Van Der Beek]PERSON said so.",
    );
}

#[test]
fn gop_statehouses_and_early_centuries() {
    check(
        "Kentucky GOP Gov. Matt Bevin met GOP leaders at the Indiana Statehouse.",
        "[Kentucky]GPE [GOP]ORG Gov. [Matt Bevin]PERSON met [GOP]ORG leaders at the [Indiana Statehouse]FAC.",
    );
    check(
        "The plague of the 1300s and of the 1800s, not 1300 people.",
        "The plague of the [1300s]DATE and of the [1800s]DATE, not 1300 people.",
    );
}

#[test]
fn a_coined_word_with_a_capital_inside_is_a_company_and_no_place() {
    check(
        "Staff were told to work in WeWork buildings. They joined GitHub last year.",
        "Staff were told to work in [WeWork]ORG buildings. They joined [GitHub]ORG last year.",
    );
    // Nor after "from", nor a person when it speaks.
    check(
        "Analysis from PricewaterhouseCoopers said so, and a man from Trenton agreed.",
        "Analysis from [PricewaterhouseCoopers]ORG said so, and a man from [Trenton]GPE agreed.",
    );
    // Family names and given names written so open with a particle.
    check(
        "Officials in McAllen agreed with LeBron James.",
        "Officials in [McAllen]GPE agreed with [LeBron James]PERSON.",
    );
}

#[test]
fn names_listed_together_are_of_one_kind() {
    check(
        "There were protests in towns including Cardiff, Bangor, Aberystwyth and Wrexham.",
        "There were protests in towns including [Cardiff]GPE, [Bangor]GPE, [Aberystwyth]GPE and [Wrexham]GPE.",
    );
    // One name beside another is no list; nor is a degree after a person's name.
    check(
        "In Paris, Quellby spoke. Jane Brown, PhD, agreed.",
        "In [Paris]GPE, Quellby spoke. [Jane Brown]PERSON, PhD, agreed.",
    );
}

#[test]
fn studios_channels_and_finals_name_what_they_end() {
    check(
        "Pixar Animation and the Disney Channel crossed the English Channel for the ATP Finals.",
        "[Pixar Animation]ORG and the [Disney Channel]ORG crossed the [English Channel]LOC for the [ATP Finals]EVENT.",
    );
}

#[test]
fn a_verb_s_ing_or_a_number_opening_a_sentence_is_no_part_of_the_name_after_it() {
    check(
        "Following Apple's lead, it grew. Getting Disney+ to work took days.",
        "Following [Apple]ORG's lead, it grew. Getting [Disney+]PRODUCT to work took days.",
    );
    check(
        "Two United States service members died.",
        "Two [United States]GPE service members died.",
    );
    // A plain word opening the sentence before a company's whole name describes it; a
    // place word opens a longer name.
    check(
        "Rival Lowe's said sales rose. Northern Lowe's opened.",
        "Rival [Lowe's]ORG said sales rose. [Northern Lowe's]ORG opened.",
    );
}

#[test]
fn a_model_named_with_its_maker_is_the_product_alone_too() {
    check(
        "Emirates ordered the Airbus A350-900. The A350 is efficient.",
        "[Emirates]ORG ordered the [Airbus A350-900]PRODUCT. The [A350]PRODUCT is efficient.",
    );
    // So is a product's one word after its maker.
    check(
        "He bought a Microsoft Zorbex on Monday. The new Zorbex costs less.",
        "He bought a [Microsoft Zorbex]PRODUCT on [Monday]DATE. The new [Zorbex]PRODUCT costs less.",
    );
    // So is a head word with the words of its model after it.
    check(
        "Microsoft Surface Studio review. The Surface Studio is big.",
        "[Microsoft Surface Studio]PRODUCT review. The [Surface Studio]PRODUCT is big.",
    );
    // A participle after the head names an event ("Galaxy Unpacked"), no product.
    assert!(!marked("Samsung Galaxy Unpacked opens in July.").contains("PRODUCT"));
    // The head word of a product the article names opens the other products of its line.
    check(
        "Microsoft Surface Studio review. The Surface Book is light and the Surface RT failed.",
        "[Microsoft Surface Studio]PRODUCT review. The [Surface Book]PRODUCT is light and the \
         [Surface RT]PRODUCT failed.",
    );
    let unpacked = "Samsung Galaxy Note review. The Galaxy Unpacked show opens.";
    assert!(
        !marked(unpacked).contains("[Galaxy Unpacked]"),
        "{}",
        marked(unpacked)
    );
}

#[test]
fn a_legal_form_after_a_comma_ends_the_company_s_name() {
    check(
        "NASA picked Tyvak Nano-Satellite Systems, Inc. and Apple, Inc., not Acme Widgets, LLC. Acme Widgets sued.",
        "[NASA]ORG picked [Tyvak Nano-Satellite Systems, Inc.]ORG and [Apple, Inc.]ORG, not [Acme Widgets, LLC]ORG. [Acme Widgets]ORG sued.",
    );
    // A person's title after a comma is no legal form.
    check(
        "Jane Brown, Co-founder, spoke.",
        "[Jane Brown]PERSON, Co-founder, spoke.",
    );
}

#[test]
fn places_listed_after_a_place_s_preposition_stay_places_in_a_sports_report() {
    let report = "The coach praised the squad after the match. The striker scored a goal and \
                  the captain led the win.";
    check(
        &format!(
            "{report} He coached clubs in China, Spain and Portugal. In Madrid, Spain beat Italy."
        ),
        &format!(
            "{report} He coached clubs in [China]GPE, [Spain]GPE and [Portugal]GPE. In [Madrid]GPE, [Spain]ORG beat [Italy]ORG."
        ),
    );
}

#[test]
fn a_place_s_government_is_the_place_s_when_the_article_names_it() {
    check(
        "It fell over the Russian Tuva region. The Tuva government said so. The Biden administration agreed.",
        "It fell over the [Russian]NORP [Tuva]GPE region. The [Tuva]GPE government said so. The [Biden]PERSON administration agreed.",
    );
}

#[test]
fn a_state_s_university_and_a_city_after_a_comma_are_one_campus() {
    check(
        "She taught at the University of California, San Diego, and at the University of Oxford, England.",
        "She taught at the [University of California, San Diego]ORG, and at the [University of Oxford]ORG, [England]GPE.",
    );
    check(
        "He studied at California State University, Sacramento, and Stanford University, California.",
        "He studied at [California State University, Sacramento]ORG, and [Stanford University]ORG, [California]GPE.",
    );
}

#[test]
fn a_family_word_before_a_name_says_it_is_a_person_s() {
    check(
        "He said his wife Kimberly was fine, and that Kimberly rested.",
        "He said his wife [Kimberly]PERSON was fine, and that [Kimberly]PERSON rested.",
    );
    check(
        "His daughter, Maren, was born. The son, Tokyo-born, left.",
        "His daughter, [Maren]PERSON, was born. The son, [Tokyo]GPE-born, left.",
    );
}

#[test]
fn a_number_that_counts_what_a_person_did_or_their_age_is_no_model() {
    check(
        "Heritage (1-0): Adrianna Knight 19 points. Viera: K. Hupfer 1 goal.\n",
        "Heritage (1-0): [Adrianna Knight]PERSON 19 points. Viera: [K. Hupfer]PERSON 1 goal.\n",
    );
    check(
        "His passengers, Ryan S. Hollman 31, of Hope, were hurt.",
        "His passengers, [Ryan S. Hollman]PERSON 31, of Hope, were hurt.",
    );
    // A product's number stays, even before a verb that tallies too.
    check(
        "Gears of War 4 runs in 4K. The Galaxy Watch 6 sold out.",
        "[Gears of War 4]PRODUCT runs in 4K. The [Galaxy Watch 6]PRODUCT sold out.",
    );
}

#[test]
fn a_middle_initial_that_is_also_a_word_stays_in_the_name() {
    check(
        "The woman, Elizabeth A. Burton, was hurt. Then Mary J. Blige sang.",
        "The woman, [Elizabeth A. Burton]PERSON, was hurt. Then [Mary J. Blige]PERSON sang.",
    );
}

#[test]
fn a_year_after_an_event_is_its_edition() {
    check(
        "Euro 2020 qualifying ends as the 2004 Brit Awards did.",
        "[Euro 2020]EVENT qualifying ends as the [2004 Brit Awards]EVENT did.",
    );
}

#[test]
fn a_surname_that_is_also_a_word_form_is_one_when_the_article_writes_it_alone() {
    check(
        "The study was led by Rosaly Lopes of the lab. The moon is odd, Lopes said.",
        "The study was led by [Rosaly Lopes]PERSON of the lab. The moon is odd, [Lopes]PERSON said.",
    );
    // Written only in full, an ordinary word that is no surname still ends no person's name.
    check(
        "The photo came from Hartley Images for the record.",
        "The photo came from Hartley Images for the record.",
    );
}

#[test]
fn hospitals_hotel_chains_and_resorts_are_named_by_their_last_word() {
    // Unknown words before the kind word make no person, whatever their shape.
    check(
        "She was taken to Taylorville Memorial Hospital on Monday.",
        "She was taken to [Taylorville Memorial Hospital]ORG on [Monday]DATE.",
    );
    // A chain of hotels is a company; one hotel or resort is a place.
    check(
        "Camp Margaritaville Resorts would build the Steel Canyon Resort.",
        "[Camp Margaritaville Resorts]ORG would build the [Steel Canyon Resort]FAC.",
    );
}

#[test]
fn a_generational_suffix_keeps_its_full_stop() {
    check(
        "Kelly Oubre Jr. scored 12. Later Oubre Jr. said so. It was Tim Hardaway Sr.",
        "[Kelly Oubre Jr.]PERSON scored 12. Later [Oubre Jr.]PERSON said so. It was [Tim Hardaway Sr.]PERSON",
    );
}

#[test]
fn a_town_after_a_persons_age_is_their_home_town() {
    check(
        "Ryan Hollman, 31, of Quincy and Ann Lowe, 45, of Fort Walton Beach were cited.",
        "[Ryan Hollman]PERSON, 31, of [Quincy]GPE and [Ann Lowe]PERSON, 45, of [Fort Walton Beach]GPE were cited.",
    );
    check(
        "Hayley N. Hull, 30, Bulpitt, was cited. Casey Conaway, 30, Edinburg was arrested.",
        "[Hayley N. Hull]PERSON, 30, [Bulpitt]GPE, was cited. [Casey Conaway]PERSON, 30, [Edinburg]GPE was arrested.",
    );
    // Without "of", a word of the language after the age says what the person is.
    check(
        "Bob Cole, 61, Retired, agreed.",
        "[Bob Cole]PERSON, 61, Retired, agreed.",
    );
    // An age after a place and a word of the language makes them a person's name.
    check(
        "Chad Hull, 37, of Bulpitt was held.",
        "[Chad Hull]PERSON, 37, of [Bulpitt]GPE was held.",
    );
    // Without an age set off by commas, "of" says nothing of a place.
    check(
        "The rise of Quincy, 31, of them said.",
        "The rise of Quincy, 31, of them said.",
    );
}

#[test]
fn a_middle_initial_between_two_unknown_names_makes_a_person() {
    check(
        "It was driven by Verdale V. Marquardt of Quincy. Marquardt was not hurt.",
        "It was driven by [Verdale V. Marquardt]PERSON of Quincy. [Marquardt]PERSON was not hurt.",
    );
    // A letter without its stop is no initial: "Plan B Entertainment".
    check(
        "It was made by Zorblat B Quexley.",
        "It was made by Zorblat B Quexley.",
    );
}

#[test]
fn a_word_for_a_lake_or_mountain_before_a_name_makes_a_natural_place() {
    check(
        "The resort would overlook Lake Berryessa, below Mount Diablo.",
        "The resort would overlook [Lake Berryessa]LOC, below [Mount Diablo]LOC.",
    );
    // A longer name built on the lake's is read by its own head.
    check(
        "She met Lake Berryessa Resort staff.",
        "She met [Lake Berryessa Resort]FAC staff.",
    );
    // The name may be a known place's.
    check(
        "Ships cross Lake Michigan.",
        "Ships cross [Lake Michigan]LOC.",
    );
    // "Camp" and a name that is no word of the language is a camp or a base.
    check(
        "Marines out of Camp Pendleton trained. Camp Registration opens.",
        "Marines out of [Camp Pendleton]FAC trained. Camp Registration opens.",
    );
    // Or a company's, which took its name from the place.
    check(
        "It is taller than Mount Everest.",
        "It is taller than [Mount Everest]LOC.",
    );
}

#[test]
fn a_place_that_is_a_given_name_before_a_persons_name_opens_it() {
    check(
        "Meet Cultural Cultivation Artist Alexandria Douziech - LA Weekly\nIt is the work of the artist Alexandria Douziech.",
        "Meet Cultural Cultivation Artist [Alexandria Douziech]PERSON - [LA Weekly]ORG\nIt is the work of the artist [Alexandria Douziech]PERSON.",
    );
}

#[test]
fn a_place_head_closes_capitalised_words_only() {
    check(
        "\"It is a win,\" said Supervisor Alfredo Pedroza of Napa County.",
        "\"It is a win,\" said Supervisor [Alfredo Pedroza]PERSON of [Napa County]GPE.",
    );
    check(
        "The Erie County Executive spoke.",
        "The [Erie County]GPE Executive spoke.",
    );
}

#[test]
fn a_nationality_before_a_national_body_is_that_body() {
    check(
        "The Scottish Government and the French Navy agreed; Scottish voters did not.",
        "The [Scottish Government]ORG and the [French Navy]ORG agreed; [Scottish]NORP voters did not.",
    );
    // The body's word is a name of its own; the nationality still joins it.
    check(
        "The Scottish Parliament met.",
        "The [Scottish Parliament]ORG met.",
    );
}

#[test]
fn armed_forces_and_parliament_named_alone_are_organisations() {
    check(
        "He served in the Navy before the Army hired him, and Parliament approved the Air Force budget.",
        "He served in the [Navy]ORG before the [Army]ORG hired him, and [Parliament]ORG approved the [Air Force]ORG budget.",
    );
    check(
        "The Army Corps of Engineers built it; Navy Seals guarded it.",
        "The [Army Corps of Engineers]ORG built it; [Navy Seals]ORG guarded it.",
    );
    // A square named after the body is a place of its own.
    check(
        "Crowds filled Parliament Square.",
        "Crowds filled [Parliament Square]FAC.",
    );
}

#[test]
fn a_name_broken_over_two_lines_of_a_wrapped_paragraph_is_one_name() {
    let text = "Notes on the films\n\
        The eight films, which stretched out over nearly a\n\
        decade, had a fine group of actors. We watched as Daniel Radcliffe and Emma\n\
        Watson grew up to deliver skilled and subtle performances, and who could have\n\
        known how well they would do?\n";
    let marked = marked(text);
    assert!(marked.contains("[Emma\nWatson]PERSON grew up"), "{marked}");
    // A paragraph per line keeps its lines apart: no name runs over a heading's end.
    check(
        "Notes on Tokyo\nJapan and the US met again.\n",
        "Notes on [Tokyo]GPE\n[Japan]GPE and the [US]GPE met again.\n",
    );
}

#[test]
fn abbreviated_titles_stay_outside_the_name() {
    check(
        "Indian PM Narendra Modi met Deputy PM Ravi Tandel.",
        "[Indian]NORP PM [Narendra Modi]PERSON met Deputy PM [Ravi Tandel]PERSON.",
    );
    check(
        "Gov. Zorbal Quentin met Lt. Gov. Marbeth Tully.",
        "Gov. [Zorbal Quentin]PERSON met Lt. Gov. [Marbeth Tully]PERSON.",
    );
    check(
        "Mass was said by Msgr. Olan Fray and Atty. Wendo Marr read.",
        "Mass was said by Msgr. [Olan Fray]PERSON and Atty. [Wendo Marr]PERSON read.",
    );
}

#[test]
fn time_zones_name_no_organisation() {
    check(
        "Talks ended at 8:30 pm IST, or 4 pm BST, in Delhi.",
        "Talks ended at 8:30 pm IST, or 4 pm BST, in [Delhi]GPE.",
    );
}

#[test]
fn a_body_named_after_a_comma_is_not_one_more_portfolio_of_the_list() {
    check(
        "It was published in the Journal of the Acoustical Society of America, Scripps Institution of Oceanography said.",
        "It was published in the [Journal of the Acoustical Society of America]ORG, [Scripps Institution of Oceanography]ORG said.",
    );
    check(
        "The Department of Health, Education and Welfare spoke.",
        "The [Department of Health, Education and Welfare]ORG spoke.",
    );
    check(
        "Orbital Sciences built it for the Archdiocese of Boston.",
        "[Orbital Sciences]ORG built it for the [Archdiocese of Boston]ORG.",
    );
}

#[test]
fn grounds_malls_and_peoples_of_a_continent_are_named_by_their_words() {
    check(
        "Fans at Wrigley Field cheered, near the Dubai Mall and the National Mall.",
        "Fans at [Wrigley Field]FAC cheered, near the [Dubai Mall]FAC and the [National Mall]FAC.",
    );
    check(
        "Sally Field said Native American voters in sub-Saharan Africa agreed.",
        "[Sally Field]PERSON said [Native American]NORP voters in [sub-Saharan Africa]LOC agreed.",
    );
}

#[test]
fn a_city_named_by_ordinary_words_is_a_place_even_where_the_words_are_written_plain() {
    check(
        "A home in Palm Springs, among palm trees, and offices in Mountain View.",
        "A home in [Palm Springs]GPE, among palm trees, and offices in [Mountain View]GPE.",
    );
}

#[test]
fn french_and_italian_particles_join_a_name() {
    check(
        "“It is ours,” said Laurence des Cars, and Carla di Stefano agreed.",
        "“It is ours,” said [Laurence des Cars]PERSON, and [Carla di Stefano]PERSON agreed.",
    );
}

#[test]
fn what_a_body_is_for_may_be_a_known_name_or_follow_a() {
    check(
        "Analysts at the Center for American Progress and the Committee for a Responsible Federal Budget agreed.",
        "Analysts at the [Center for American Progress]ORG and the [Committee for a Responsible Federal Budget]ORG agreed.",
    );
    // A place alone after "for" is what the thing is for.
    check(
        "The Museum for Japan opened, and the Council for Japan Studies met.",
        "The Museum for [Japan]GPE opened, and the [Council for Japan Studies]ORG met.",
    );
}

#[test]
fn a_state_and_state_alone_is_its_university() {
    check(
        "We saw Ohio State and Penn State play in Washington State.",
        "We saw [Ohio State]ORG and [Penn State]ORG play in [Washington]GPE State.",
    );
    check(
        "Doctors Without Borders and the Zorvan Clinic treated them.",
        "[Doctors Without Borders]ORG and the [Zorvan Clinic]ORG treated them.",
    );
}

#[test]
fn a_region_and_state_outside_the_united_states_is_the_region_s_name() {
    check(
        "The governor of Osun State met officials in Kachin State, not in Ohio State's gym.",
        "The governor of [Osun State]GPE met officials in [Kachin State]GPE, not in [Ohio State]ORG's gym.",
    );
}

#[test]
fn airports_known_by_a_short_name_are_buildings() {
    check(
        "She flew from LAX to O'Hare, then to Gatwick.",
        "She flew from [LAX]FAC to [O'Hare]FAC, then to [Gatwick]FAC.",
    );
}

#[test]
fn peoples_of_history_and_plural_demonyms_are_groups() {
    check(
        "Byzantine icons and Ottoman forts drew Bostonians, and Roman Abramovich met Romans.\nBoston was cold.",
        "[Byzantine]NORP icons and [Ottoman]NORP forts drew [Bostonians]NORP, and [Roman Abramovich]PERSON met [Romans]NORP.\n[Boston]GPE was cold.",
    );
    // Dwellers named with "-ite", "-nian" and, in the plural only, "-er".
    check(
        "Delhiites, Torontonians and Londoners were cold.\nDelhi, Toronto and London were cold.",
        "[Delhiites]NORP, [Torontonians]NORP and [Londoners]NORP were cold.\n[Delhi]GPE, [Toronto]GPE and [London]GPE were cold.",
    );
    // A place's people who speak are no person.
    check(
        "The vote was close, and Londoners said they were angry; Bostonians told reporters so.",
        "The vote was close, and [Londoners]NORP said they were angry; [Bostonians]NORP told reporters so.",
    );
    // The people of a place of two words.
    check(
        "Many South Dakotans voted, as did Rhode Islanders.",
        "Many [South Dakotans]NORP voted, as did [Rhode Islanders]NORP.",
    );
}

#[test]
fn occupations_written_before_a_name_stay_outside_it() {
    check(
        "Realtor Ghulam Dastgir met Pastor Tom Orwell, and Rapper Malik Dune met Trooper Kyle Penn.",
        "Realtor [Ghulam Dastgir]PERSON met Pastor [Tom Orwell]PERSON, and Rapper [Malik Dune]PERSON met Trooper [Kyle Penn]PERSON.",
    );
    // An office's words before its holder's title stay the office's.
    check(
        "Chief Medical Officer Professor Paul Kelly said so.",
        "Chief Medical Officer Professor [Paul Kelly]PERSON said so.",
    );
}

#[test]
fn a_particle_hyphened_onto_a_name_is_part_of_it() {
    check(
        "Bashar al-Assad met Abdel Fattah el-Sisi.",
        "[Bashar al-Assad]PERSON met [Abdel Fattah el-Sisi]PERSON.",
    );
}

#[test]
fn nine_eleven_is_the_attacks_unless_it_is_part_of_a_date() {
    check(
        "After 9/11 the law changed; on 9/11/2001 and 2/9/11 it rained.",
        "After [9/11]EVENT the law changed; on [9/11/2001]DATE and [2/9/11]DATE it rained.",
    );
}

#[test]
fn a_surname_repeated_alone_keeps_the_particles_of_the_full_name() {
    check(
        "The philosopher Luis de Miranda wrote it. Even de Miranda's example fails. De Miranda agreed.",
        "The philosopher [Luis de Miranda]PERSON wrote it. Even [de Miranda]PERSON's example fails. [De Miranda]PERSON agreed.",
    );
    check(
        "Ursula von der Leyen spoke; later von der Leyen left.",
        "[Ursula von der Leyen]PERSON spoke; later [von der Leyen]PERSON left.",
    );
}

#[test]
fn an_organisations_first_word_alone_is_the_organisation() {
    check(
        "Zeiss Group makes the lenses, and Zeiss expects sales to grow.",
        "[Zeiss Group]ORG makes the lenses, and [Zeiss]ORG expects sales to grow.",
    );
    check(
        "Ailes ran Fox News. She was the archetypal Fox anchor, and at Fox that was common.",
        "Ailes ran [Fox News]ORG. She was the archetypal [Fox]ORG anchor, and at [Fox]ORG that was common.",
    );
    // A verb of saying alone had made it a person.
    check(
        "Inmarsat Global Ltd. signed the deal. Later, Inmarsat said it would wait.",
        "[Inmarsat Global Ltd.]ORG signed the deal. Later, [Inmarsat]ORG said it would wait.",
    );
}

#[test]
fn a_first_word_that_opens_no_short_name_stays_unmarked() {
    // A place before a county's body, a word that opens a longer name, a person's name.
    check(
        "The Napa County Board of Supervisors voted. Visitors love Napa and its wines.",
        "The [Napa County Board of Supervisors]ORG voted. Visitors love Napa and its wines.",
    );
    check(
        "Kelvane Industries grew. The Kelvane Award went to Kelvane Marsh, and Kelvane said so.",
        "[Kelvane Industries]ORG grew. The Kelvane Award went to [Kelvane Marsh]PERSON, and [Kelvane]PERSON said so.",
    );
}

#[test]
fn a_lowercase_prefix_joins_a_name_when_the_gazetteer_lists_the_whole() {
    check(
        "Aid groups in sub-Saharan Africa warned, and pro-Russian rebels grew.",
        "Aid groups in [sub-Saharan Africa]LOC warned, and pro-[Russian]NORP rebels grew.",
    );
}

#[test]
fn a_headings_verb_in_the_past_is_no_part_of_the_name_before_it() {
    check(
        "Apple Pencil Rumored For Spring\n\nThe Apple Pencil sold well.",
        "[Apple Pencil]PRODUCT Rumored For Spring\n\nThe [Apple Pencil]PRODUCT sold well.",
    );
    // A name the gazetteer lists keeps its words.
    check(
        "Manchester United Thrashed\n\nFans left early.",
        "[Manchester United]ORG Thrashed\n\nFans left early.",
    );
}

#[test]
fn an_organisations_first_word_is_read_across_the_halves_of_many_mentions() {
    // Enough mentions ("Paris", "Tokyo") for them to be read on two threads; the full name
    // is at one end, the short one at the other.
    let filler = "Paris met Tokyo.\n".repeat(11_000);
    for text in [
        format!("Zeiss Group grew.\n{filler}Analysts say Zeiss expects more.\n"),
        format!("Analysts say Zeiss expects more.\n{filler}Zeiss Group grew.\n"),
        format!("Inmarsat Global Ltd. grew.\n{filler}Later, Inmarsat said so.\n"),
        format!("Later, Inmarsat said so.\n{filler}Inmarsat Global Ltd. grew.\n"),
    ] {
        let found = extract_explained(&text, gazetteer());
        let short = if text.contains("Zeiss") {
            "Zeiss"
        } else {
            "Inmarsat"
        };
        assert_eq!(
            reasons_of(&found, &text, short),
            [(Label::Org, Reason::ShortName)],
            "{short}"
        );
    }
}

#[test]
fn a_person_before_of_is_apart_from_where_the_person_works() {
    check(
        "He said it, via Brian Batko of the Pittsburgh Post-Gazette.",
        "He said it, via [Brian Batko]PERSON of the [Pittsburgh Post-Gazette]ORG.",
    );
    check(
        "Ann Lee of the University of Pittsburgh spoke.",
        "[Ann Lee]PERSON of the [University of Pittsburgh]ORG spoke.",
    );
    // A body's word before "of" keeps the whole name; one given name alone is no person.
    check(
        "Grace Bank of Ohio grew. Catherine of Aragon was queen.",
        "[Grace Bank of Ohio]ORG grew. Catherine of [Aragon]GPE was queen.",
    );
}

#[test]
fn a_word_of_the_language_before_a_full_name_describes_the_person() {
    check(
        "NFL Insider Jason Smith said it, citing Ann Lee.",
        "[NFL]ORG Insider [Jason Smith]PERSON said it, citing [Ann Lee]PERSON.",
    );
    check(
        "Accusing Lena Dunham of lying, he left.",
        "Accusing [Lena Dunham]PERSON of lying, he left.",
    );
}

#[test]
fn places_a_plural_noun_of_lands_announces_are_no_teams() {
    // A sports report: its countries play, except those listed as lands.
    let report = "The coach said the squad would win the match this season. He has won titles in \
                  four countries (Portugal, England and Spain) and in nations such as Brazil. \
                  Italy beat France.";
    check(
        report,
        "The coach said the squad would win the match this season. He has won titles in \
         four countries ([Portugal]GPE, [England]GPE and [Spain]GPE) and in nations such as \
         [Brazil]GPE. [Italy]ORG beat [France]ORG.",
    );
}

#[test]
fn a_known_organisation_s_research_arm_and_a_sports_outlet_are_one_name() {
    check(
        "He left Microsoft Research, then worked for Sky Sports.",
        "He left [Microsoft Research]ORG, then worked for [Sky Sports]ORG.",
    );
}

#[test]
fn a_name_only_a_company_could_be_the_object_of_is_a_company() {
    check(
        "Analysts surveyed by Refinitiv expected more. Apple has partnered with Zeiss. The \
         painting was sold by auction house Artcurial.",
        "Analysts surveyed by [Refinitiv]ORG expected more. [Apple]ORG has partnered with \
         [Zeiss]ORG. The painting was sold by auction house [Artcurial]ORG.",
    );
}

#[test]
fn a_name_joined_to_a_known_company_is_a_company() {
    check(
        "The fight between Hachette and Amazon went on. Google or Ascom may bid.",
        "The fight between [Hachette]ORG and [Amazon]ORG went on. [Google]ORG or [Ascom]ORG may bid.",
    );
    // Not a word of the language, nor a surname.
    check(
        "Publishers and Google met. Reporters saw Smith and Google.",
        "Publishers and [Google]ORG met. Reporters saw Smith and [Google]ORG.",
    );
}

#[test]
fn a_range_of_months_of_years_or_of_a_year_to_the_next_is_one_date() {
    check(
        "The recession ran December 2007-June 2009. The 2008-9 season was hard; it ended 2008-5.",
        "The recession ran [December 2007-June 2009]DATE. The [2008-9]DATE season was hard; it ended [2008]DATE-5.",
    );
}

#[test]
fn a_decade_named_in_words_after_the_is_a_date() {
    check(
        "It was the Roaring Twenties, then the Sixties came. He is in his sixties.",
        "It was the [Roaring Twenties]DATE, then the [Sixties]DATE came. He is in his sixties.",
    );
}

#[test]
fn a_winery_a_brewery_or_a_distillery_is_a_business() {
    check(
        "They toured Rocky Waters Winery and Galena Brewery.",
        "They toured [Rocky Waters Winery]ORG and [Galena Brewery]ORG.",
    );
}

#[test]
fn a_production_company_and_a_panel_are_organisations() {
    check(
        "It was made by Dick Clark Productions and reviewed by the Future Technology Advisory \
         Panel.",
        "It was made by [Dick Clark Productions]ORG and reviewed by the [Future Technology \
         Advisory Panel]ORG.",
    );
}

#[test]
fn two_shares_compared_by_a_margin_are_two_percentages() {
    check(
        "They backed it by a margin of 48% to 38%. By 56% to 35%, they agreed. It rose 2% to 3%.",
        "They backed it by a margin of [48%]PERCENT to [38%]PERCENT. By [56%]PERCENT to \
         [35%]PERCENT, they agreed. It rose [2% to 3%]PERCENT.",
    );
}

#[test]
fn a_saint_s_name_in_the_possessive_is_what_is_named_for_the_saint() {
    check(
        "She was taken to St. Joseph’s, and the book came out from St. Martin's. They met in \
         St. John's.",
        "She was taken to [St. Joseph’s]ORG, and the book came out from [St. Martin's]ORG. They \
         met in [St. John's]GPE.",
    );
}

#[test]
fn a_paper_named_by_how_often_it_comes_out_is_an_organisation() {
    check(
        "The Daily News has learned of it. The daily news was bad.",
        "The [Daily News]ORG has learned of it. The daily news was bad.",
    );
}

#[test]
fn a_club_s_short_name_before_star_is_the_club_not_a_work() {
    check(
        "The coach said the squad would win the match this season. He led Spurs to a final, \
         and Spurs star players scored a goal.",
        "The coach said the squad would win the match this season. He led [Spurs]ORG to a \
         final, and [Spurs]ORG star players scored a goal.",
    );
}

#[test]
fn an_abbreviation_of_the_language_ends_a_company_s_name_inside_a_sentence() {
    check(
        "Evan Sparks, chief of Determined AI, spoke. AI experts are troubled.",
        "[Evan Sparks]PERSON, chief of [Determined AI]ORG, spoke. AI experts are troubled.",
    );
    // Opening a sentence, or in a compound, the abbreviation is the noun.
    check(
        "Using AI saves time. Firms sell Generative AI-powered tools.",
        "Using AI saves time. Firms sell Generative AI-powered tools.",
    );
}

#[test]
fn an_abbreviation_before_a_noun_for_a_method_or_test_names_no_body_anywhere() {
    check(
        "The QZRT system edits genes. Labs use QZRT widely. Then KPLT sued.",
        "The QZRT system edits genes. Labs use QZRT widely. Then [KPLT]ORG sued.",
    );
    check(
        "Pupils sat the QZRT exam. QZRT results fell. KPLT said so.",
        "Pupils sat the QZRT exam. QZRT results fell. [KPLT]ORG said so.",
    );
    check(
        "Tests look for QZRT mutations. KPLT said so.",
        "Tests look for QZRT mutations. [KPLT]ORG said so.",
    );
}

#[test]
fn a_given_name_that_is_a_word_opens_a_name_before_a_surname_s_particles() {
    check(
        "City Mayor Bill de Blasio indicated it. Bill de Blasio left.",
        "City Mayor [Bill de Blasio]PERSON indicated it. [Bill de Blasio]PERSON left.",
    );
}

#[test]
fn a_sound_is_a_body_of_water() {
    check(
        "The ship sailed into Puget Sound, then Long Island Sound.",
        "The ship sailed into [Puget Sound]LOC, then [Long Island Sound]LOC.",
    );
}

#[test]
fn a_word_the_article_writes_in_lowercase_is_no_short_name_of_an_organisation() {
    check(
        "We ate at Zorbal Kitchen Group on Monday. Zorbal is huge now, and zorbal sales grow.",
        "We ate at [Zorbal Kitchen Group]ORG on [Monday]DATE. Zorbal is huge now, and zorbal \
         sales grow.",
    );
}

#[test]
fn a_name_in_a_web_address_is_no_use_of_the_word_in_lowercase() {
    check(
        "We ate at Zorbal Kitchen Group on Monday. Zorbal is huge now. See www.zorbal.com.",
        "We ate at [Zorbal Kitchen Group]ORG on [Monday]DATE. [Zorbal]ORG is huge now. See \
         www.zorbal.com.",
    );
}

#[test]
fn a_cooking_abbreviation_names_no_one() {
    check(
        "Reaching for a pack of BBQ chips, I paused.",
        "Reaching for a pack of BBQ chips, I paused.",
    );
}

#[test]
fn a_plural_after_a_title_s_preposition_and_the_names_no_team() {
    check(
        "She booked acts for Dancing with the Stars. The fans of the Sixers cheered.",
        "She booked acts for Dancing with the Stars. The fans of the [Sixers]ORG cheered.",
    );
    check(
        "In 2015, Attack of the Clones was shown. Fans of the Sixers cheered.",
        "In [2015]DATE, Attack of the Clones was shown. Fans of the [Sixers]ORG cheered.",
    );
    // A word opening a line opens a sentence.
    check(
        "Sports roundup\nFans of the Sixers cheered.",
        "Sports roundup\nFans of the [Sixers]ORG cheered.",
    );
    // After a person's name, "of the" says where they work or play.
    check(
        "We quoted Sui-Lee Wee of the Times.",
        "We quoted [Sui-Lee Wee]PERSON of the [Times]ORG.",
    );
}

#[test]
fn a_code_of_one_capital_and_a_number_in_parentheses_takes_the_name_s_label() {
    check(
        "Japan's Nikkei 225 (N225) declined.",
        "[Japan]GPE's [Nikkei 225]ORG ([N225]ORG) declined.",
    );
}

#[test]
fn one_suffix_word_before_another_names_a_body_after_the_or_before_a_legal_form() {
    check(
        "Bosses, even the Press Council, objected. The Port Authority agreed.",
        "Bosses, even the [Press Council]ORG, objected. The [Port Authority]ORG agreed.",
    );
    check(
        "He joined Aerospace Corporation in 2001 and Union Inc. later.",
        "He joined [Aerospace Corporation]ORG in [2001]DATE and [Union Inc.]ORG later.",
    );
    // Without either, two such words are a kind of body, as in "Finance Ministry staff".
    check(
        "Press Council rules apply to Capital Markets desks.",
        "Press Council rules apply to Capital Markets desks.",
    );
}

#[test]
fn capitalised_words_after_a_one_word_owner_s_possessive_name_a_shop_or_place() {
    check(
        "The fire started at Aisha's Salon and Spa on Monday.",
        "The fire started at [Aisha's Salon and Spa]ORG on [Monday]DATE.",
    );
    check(
        "Crowds gathered outside Grauman’s Chinese Theater. The boat docked at Fisherman’s \
         Terminal.",
        "Crowds gathered outside [Grauman’s Chinese Theater]FAC. The boat docked at \
         [Fisherman’s Terminal]FAC.",
    );
    // What a person has is written in lowercase; a title or an idea ends in no word of a
    // place or a body; a known name keeps its own possessive; a word of the language owns
    // no shop.
    check(
        "We met Aisha's mother, who read Clayton’s Innovator Dilemma at Biden’s White House.",
        "We met [Aisha]PERSON's mother, who read [Clayton]PERSON’s Innovator Dilemma at \
         Biden’s [White House]ORG.",
    );
    check(
        "The Agency's Advisory Salon met.",
        "The Agency's Advisory Salon met.",
    );
    // Two owners of one name make one mention.
    check(
        "We ate at Kelsey’s Grauman’s Grill today.",
        "We ate at [Kelsey’s Grauman’s Grill]ORG today.",
    );
    // A name that another rule reads stays apart from the owner.
    check(
        "They met at Kelsey’s Samsung Store.",
        "They met at [Kelsey]PERSON’s [Samsung Store]PRODUCT.",
    );
}
