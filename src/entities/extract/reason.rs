//! Why a mention got its label: one byte per mention, recorded by the rule that marked it and
//! shown by `margin entities --explain`.

/// The rule or evidence that gave a mention its span and label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Reason {
    /// A name the gazetteer lists, with its label.
    Gazetteer,
    /// An amount, percentage or date read from its words and digits.
    Value,
    /// A place in capitals opening a paragraph ("BERLIN —").
    Dateline,
    /// A name before a lowercase facility word ("Haneda airport").
    FacilityWord,
    /// A name before a lowercase word of its kind ("Morena party", "Vulture magazine"), or
    /// a product's after one ("the rocket Falcon Heavy").
    KindWord,
    /// The name after a title or honorific ("Minister Ryosei Akazawa", "Ms King").
    AfterTitle,
    /// What a title is of ("CEO of Vidyard", "Governor of Tuva").
    TitleOf,
    /// A known given name first ("Christian Lindner").
    GivenName,
    /// A verb of saying next to it ("Freeman said", "said Chas Freeman", ", who").
    SpeechVerb,
    /// A lowercase title or role before it ("finance minister Katsunobu Kato").
    LowercaseTitle,
    /// A role written with capitals before it ("Project Manager Fumihiko Hazama").
    CapitalisedRole,
    /// A leader context after it ("Trump administration").
    LeaderContext,
    /// A share's code in brackets after the name: a listed company ("Lanco Infratech
    /// (LAIN.NS)").
    ListedShare,
    /// An acronym in parentheses after a name, with that name's label ("(IRA)").
    Acronym,
    /// Capitalised words either side of a spaced "&" ("Simon & Schuster"): a firm.
    Ampersand,
    /// A word before "-based" ("Essen-based").
    BasedIn,
    /// A family name and a hyphenated given name ("Lee Jae-myung").
    HyphenatedGivenName,
    /// "X of Y" with an organisation head ("Bank of Korea").
    OrgHead,
    /// Its last word says what it names ("... Association", "... Act", "... Stadium").
    HeadWord,
    /// A known name with unknown capitalised words around it, read as one longer name
    /// ("Boston Celtics", "Thomson Reuters", "Trinamool Congress").
    NameAroundKnown,
    /// A name followed by a model number ("Galaxy Watch 6", "Falcon 9").
    ModelNumber,
    /// A broadcaster's call sign or network with its channel ("WSVN 7", "ABC13").
    Broadcaster,
    /// A head word of another language opens it ("Musée d’Orsay", "Château de Versailles").
    ForeignHead,
    /// The people of a body before it ("analysts at Wedbush", "a spokesperson for Blue
    /// Origin").
    StaffOf,
    /// A word for a company beside it, between commas ("the firm, Orbit Beyond,", "Ithaca
    /// Holdings, a music company,").
    CompanyInApposition,
    /// "Retailer Target": a word for a kind of company opens the sentence before it.
    CompanyWordBefore,
    /// Capitalised words after an organisation's possessive ("SpaceX's Starship"): what it
    /// makes.
    MakersPossessive,
    /// A product's head word with its maker or model ("iPhone 15 Pro", "Samsung Galaxy").
    ProductHead,
    /// A name with a plus sign joined to it ("Disney+"): a subscription service.
    PlusService,
    /// Words before an event word ("Hurricane Florence") or an event suffix.
    EventWord,
    /// A name joined to a web domain ("Snopes.com"): the site and who runs it.
    WebAddress,
    /// A plural name after "the" ("the Celtics"): a team, band or group.
    PluralAfterThe,
    /// "the Finneys" after "Fran Finney": a person's family, by the plural of the name.
    FamilyName,
    /// A capitalised word after "in", "at", "from" or before ", State" ("in Trenton").
    PlacePreposition,
    /// "Kincaid police": the town whose police they are.
    TownsPolice,
    /// "a silver Audi": a carmaker's name after a colour or "a" is the car.
    CarOfItsMaker,
    /// "the Sentra" in an article that names Nissan: a model of a maker it names.
    ModelOfItsMaker,
    /// "runs Chrome" in an article that names Google: a product the gazetteer names by its
    /// maker and that word ("Google Chrome").
    ProductOfItsMaker,
    /// "told Observer", "as Deadline reports": an ordinary word with a capital that is told
    /// or reports things (a news outlet).
    OutletCue,
    /// A postal code after a place and a comma: its state ("Alpharetta, GA").
    StateCode,
    /// A street's name and a word for a street ("17th Street", "1909 Jolinda Drive").
    Street,
    /// A lawmaker's party letter and state after the name ("(R-Texas)", ", D-N.Y.,").
    PartyState,
    /// An ordinal, capitalised words and a word for a military unit ("82nd Airborne
    /// Division").
    MilitaryUnit,
    /// A bill or a ballot measure with its number ("Senate Bill 1047", "Proposition 22").
    NumberedLaw,
    /// The name before a town and its state in a line of a list of dates ("June 9 -- Coral
    /// Sky Amphitheatre, West Palm Beach, FL"): where the event is.
    Venue,
    /// A moon or planet named like other things, in an article about the sky ("Titan"), or a
    /// name after its kind of body ("the planet Phaaze", "comet Chury").
    SkyBody,
    /// "St" or "Saint" before one word that is no given name: a place named for a saint
    /// ("St Eustatius", "St Helens").
    SaintsPlace,
    /// A region named by an adjective, before a noun: said of its peoples ("Caribbean
    /// nations").
    RegionAdjective,
    /// Two or three capitalised words shaped like a person's name in running text, with no
    /// sign of another kind of name ("Bukayo Saka").
    PersonShape,
    /// The same words as a person's name found elsewhere in the article ("Saka").
    RepeatsPerson,
    /// The given name of a person named in full in the article ("Terry" after "Terry
    /// Taylor"), not written in lowercase there.
    GivenNameOfPerson,
    /// A known given name alone inside a sentence ("Tina agreed"): someone the article
    /// calls by it.
    GivenNameAlone,
    /// A listed surname written alone inside a sentence, of no other kind ("Faulkner’s").
    SurnameAlone,
    /// Capitalised words after a one-word owner's possessive: a shop, venue or firm named
    /// for someone ("Aisha's Salon and Spa").
    PossessiveName,
    /// A state and "State" alone: its university ("Ohio State").
    StateUniversity,
    /// "Osun State": a region outside the United States and "State", its own name.
    RegionState,
    /// An acronym defined earlier in the article.
    RepeatsAcronym,
    /// The same words as a name found elsewhere in the article, with that name's label.
    RepeatsName,
    /// A company word or company part around a one-word name ("steelmaker X", "X shares"),
    /// or a word for its people after a name of two words ("Con Edison officials").
    CompanySign,
    /// The first word of an organisation's name in the article, used alone ("Fox" after
    /// "Fox News").
    ShortName,
    /// Listed with commas beside a name of the article, whose label it takes ("Cardiff,
    /// Bangor and Wrexham").
    Listed,
    /// The site's name after a page's title ("... - LA Weekly").
    SiteName,
    /// A capitalised "House" after "the", outside headings: a legislature's chamber.
    Chamber,
    /// A coined word with a capital inside ("WeWork", "GitHub"): a company's name.
    CoinedName,
    /// An abbreviation in capitals that is not a common one ("NBA", "LSEG").
    Abbreviation,
    /// An abbreviation whose letters are the initials of a longer name the article gives,
    /// of that name's kind ("BVI" where it names the "British Virgin Islands").
    InitialsOfName,
    /// A place that plays in a sports report: the team ("Australia captain Pat Cummins").
    SportsTeam,
    /// Relabelled so that every mention of the same words in the article has one label.
    ArticleConsistency,
    /// The people of a place the article names ("Cumbrian" after "Cumbria").
    DemonymOfPlace,
    /// Two mentions read as one name: a year, nationality, maker or host city and the name
    /// after it ("the 2004 Brit Awards", "Scottish Labour Party", "Sony Walkman"), a law and
    /// its year ("Act of 1940"), a company and the country of its arm ("Yahoo Japan").
    JoinedToName,
    /// A race before a word for people ("Black voters", "white residents"): a group.
    RaceOfPeople,
    /// A numbered part of a law ("Section 230", "Title IX").
    PartOfALaw,
    /// A natural place's kind, "of" and a name ("Gulf of Aden", "Bay of Bengal").
    NaturalPlace,
    /// What a maker launched, unveiled or released ("unveiled the Xperia Tolvo").
    Launched,
    /// A company's name and a word for a venue ("Citi Field", "Crypto.com Arena").
    NamedVenue,
    /// A compass point alone after "the" ("the West"), or a part of town ("Midtown").
    RegionWord,
}

impl Reason {
    /// A short phrase for `--explain`.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Gazetteer => "known name (gazetteer)",
            Reason::Value => "amount, percentage or date pattern",
            Reason::Dateline => "dateline place in capitals",
            Reason::FacilityWord => "name before a facility word",
            Reason::KindWord => "name next to a word of its kind (\"party\", \"the rocket\")",
            Reason::AfterTitle => "name after a title",
            Reason::TitleOf => "what a title is of (\"CEO of X\", \"Mayor of X\")",
            Reason::GivenName => "starts with a known given name",
            Reason::SpeechVerb => "next to a verb of saying",
            Reason::LowercaseTitle => "after a lowercase title or role",
            Reason::CapitalisedRole => "after a role written with capitals",
            Reason::LeaderContext => "before a leader context (administration, government)",
            Reason::ListedShare => "a share's code in brackets after it (a listed company)",
            Reason::Acronym => "acronym in parentheses after a name",
            Reason::Ampersand => "capitalised words either side of \"&\" (a firm)",
            Reason::BasedIn => "place before \"-based\"",
            Reason::HyphenatedGivenName => "family name and hyphenated given name",
            Reason::OrgHead => "\"X of Y\" with an organisation head",
            Reason::HeadWord => "head word says the kind (suffix)",
            Reason::NameAroundKnown => "known name inside a longer capitalised name",
            Reason::ModelNumber => "name followed by a model number",
            Reason::Broadcaster => "a broadcaster's call sign or network with its channel",
            Reason::ForeignHead => "a head word of another language opens it (\"Musée\")",
            Reason::StaffOf => "after the people who work for it (\"analysts at\")",
            Reason::CompanyInApposition => "a word for a company beside it, between commas",
            Reason::CompanyWordBefore => {
                "a word for a kind of company opens the sentence before it"
            }
            Reason::MakersPossessive => "after its maker's possessive (\"SpaceX's Starship\")",
            Reason::ProductHead => "a product's head word with its maker or model",
            Reason::EventWord => "event word",
            Reason::PlusService => "a name with a plus sign (a subscription service)",
            Reason::WebAddress => "a name with a web domain (the site)",
            Reason::PluralAfterThe => "plural name after \"the\" (team or group)",
            Reason::FamilyName => "the plural of a person's name after \"the\" (a family)",
            Reason::PlacePreposition => "place preposition or \", State\" around it",
            Reason::TownsPolice => "\"police\" after it (the town's force)",
            Reason::CarOfItsMaker => "a carmaker after a colour or \"a\" (the car)",
            Reason::ModelOfItsMaker => "a model of a carmaker the article names (the car)",
            Reason::ProductOfItsMaker => "a product of a maker the article names, by its own word",
            Reason::OutletCue => "a word with a capital that is told or reports (an outlet)",
            Reason::StateCode => "a postal code after a place and a comma (its state)",
            Reason::Venue => "the venue before a town and its state, in a list of dates",
            Reason::SkyBody => {
                "a moon or planet, in an article about the sky or after its kind (\"the planet\")"
            }
            Reason::SaintsPlace => "a saint's name without a given name (a place)",
            Reason::RegionAdjective => "a region's adjective before a noun (its peoples)",
            Reason::Street => "a street's name and a street word (\"17th Street\")",
            Reason::PartyState => "a lawmaker's party and state (\"R-Texas\")",
            Reason::MilitaryUnit => "an ordinal and a military unit's word (\"7th Fleet\")",
            Reason::NumberedLaw => "a bill or a measure with its number (\"Senate Bill 1047\")",
            Reason::PersonShape => "shaped like a person's name",
            Reason::RepeatsPerson => "repeats a person's name found in the article",
            Reason::GivenNameOfPerson => "the given name of a person named in the article",
            Reason::GivenNameAlone => "a known given name alone inside a sentence",
            Reason::SurnameAlone => "a known surname alone inside a sentence",
            Reason::PossessiveName => "capitalised words after a one-word owner's possessive",
            Reason::StateUniversity => "a state and \"State\": its university",
            Reason::RegionState => "a region and \"State\": its name outside the United States",
            Reason::RepeatsAcronym => "repeats an acronym defined in the article",
            Reason::RepeatsName => "repeats a name found in the article",
            Reason::CompanySign => "company word or company part around it",
            Reason::ShortName => "the first word of an organisation the article names",
            Reason::Listed => "listed beside a name of the same kind",
            Reason::SiteName => "the site's name after the page's title",
            Reason::Chamber => {
                "\"the House\" outside headings, or before its members or business (a chamber)"
            }
            Reason::CoinedName => "a coined word with a capital inside (a company)",
            Reason::Abbreviation => "an abbreviation in capitals (organisation)",
            Reason::InitialsOfName => "the initials of a longer name in the article",
            Reason::SportsTeam => "a place playing in a sports report (its team)",
            Reason::ArticleConsistency => "same label as the other mentions of these words",
            Reason::DemonymOfPlace => "formed from a place the article names",
            Reason::JoinedToName => "two names read as one (year, maker, host city, country)",
            Reason::RaceOfPeople => "a race before a word for people (a group)",
            Reason::PartOfALaw => "a numbered part of a law (\"Section 230\")",
            Reason::NaturalPlace => "a natural place's kind, \"of\" and a name",
            Reason::Launched => "what a maker launched, unveiled or released (a product)",
            Reason::RegionWord => {
                "a compass point alone after \"the\", or a part of town (a region)"
            }
            Reason::NamedVenue => "a company's name and a word for a venue",
        }
    }
}
