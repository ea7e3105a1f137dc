//! Writes test corpora for margin: news-like articles plus `index.ron`, or one huge article.
//!
//! ```text
//! cargo run --release --example gen_corpus -- [--seed N] [--articles N] [--out DIR]
//! cargo run --release --example gen_corpus -- [--seed N] --single-mb M --out FILE
//! ```
//!
//! Defaults: seed 1, 10,000 articles of about 10 KB each (about 100 MB), folder `corpus`.
//! The output depends only on the seed and the sizes: the generator has its own PRNG
//! (splitmix64) and uses nothing but std.
//!
//! An article is a headline line followed by 6–20 paragraphs, one a line, with the odd heading
//! (a short line without final punctuation) or list (`- ` items) between them. Sentences are
//! filled templates: people of several cultures with titles and honorifics, some with their
//! name in Japanese, Chinese or Korean script after it; central banks, ministries, companies
//! and institutions; countries and cities; money, percentages and dates in several styles;
//! curly quotes, em dashes, abbreviations ("U.S.", "Mr.", "Sept.") and now and then an emoji.
//! A world of recurring people and companies is drawn once per seed, so the same names come
//! back across articles, as they do in a real archive.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "\
usage: gen_corpus [--seed N] [--articles N] [--out DIR]
       gen_corpus [--seed N] --single-mb M --out FILE

  --seed N       PRNG seed (default 1); the same seed gives the same bytes
  --articles N   number of articles (default 10000, about 10 KB each)
  --out PATH     the corpus folder (default `corpus`), or with --single-mb the article file
  --single-mb M  write one article of about M MiB instead of a corpus";

/// One country a line: name | headline name | adjective | cities | currency | money prefix |
/// money suffix | central bank | its native name | finance ministry | its native name | culture.
const COUNTRIES: &str = "\
the United States|U.S.|American|Washington,New York,Chicago,Detroit|dollar|$||Federal Reserve||Treasury Department||en
Japan|Japan|Japanese|Tokyo,Osaka,Nagoya,Yokohama|yen|¥||Bank of Japan|日本銀行|Ministry of Finance|財務省|ja
China|China|Chinese|Beijing,Shanghai,Shenzhen,Guangzhou|yuan|| yuan|People’s Bank of China|中国人民银行|Ministry of Commerce|商务部|zh
South Korea|South Korea|South Korean|Seoul,Busan,Incheon|won|₩||Bank of Korea|한국은행|Ministry of Economy and Finance|기획재정부|ko
Germany|Germany|German|Berlin,Frankfurt,Munich,Hamburg|euro|€||Deutsche Bundesbank||Federal Ministry of Finance||de
France|France|French|Paris,Lyon,Marseille,Toulouse|euro|€||Banque de France||Ministry for the Economy and Finance||fr
the United Kingdom|U.K.|British|London,Manchester,Edinburgh,Birmingham|pound|£||Bank of England||Treasury||en
India|India|Indian|New Delhi,Mumbai,Bengaluru,Chennai|rupee|₹||Reserve Bank of India||Ministry of Finance||in
Brazil|Brazil|Brazilian|Brasília,São Paulo,Rio de Janeiro|real|R$||Central Bank of Brazil||Ministry of Finance||es
Mexico|Mexico|Mexican|Mexico City,Monterrey,Guadalajara|peso|| pesos|Bank of Mexico||Finance Ministry||es
Nigeria|Nigeria|Nigerian|Abuja,Lagos,Kano|naira|₦||Central Bank of Nigeria||Federal Ministry of Finance||af
Saudi Arabia|Saudi Arabia|Saudi|Riyadh,Jeddah,Dammam|riyal|| riyals|Saudi Central Bank||Ministry of Finance||ar
Canada|Canada|Canadian|Ottawa,Toronto,Vancouver,Montréal|Canadian dollar|C$||Bank of Canada||Department of Finance||en
Australia|Australia|Australian|Canberra,Sydney,Melbourne,Perth|Australian dollar|A$||Reserve Bank of Australia||Treasury||en
Vietnam|Vietnam|Vietnamese|Hanoi,Ho Chi Minh City,Haiphong|dong|| dong|State Bank of Vietnam||Ministry of Finance||vi
Poland|Poland|Polish|Warsaw,Kraków,Gdańsk,Wrocław|zloty|| złoty|National Bank of Poland||Ministry of Finance||pl
Switzerland|Switzerland|Swiss|Bern,Zürich,Geneva,Basel|franc|| Swiss francs|Swiss National Bank||Federal Department of Finance||de
Turkey|Turkey|Turkish|Ankara,Istanbul,Izmir|lira|| lira|Central Bank of the Republic of Türkiye||Ministry of Treasury and Finance||tr
the European Union|EU|European|Brussels,Strasbourg,Luxembourg|euro|€||European Central Bank||European Commission||fr";

/// One list a line: culture | m(ale), f(emale) or s(urname) | names, each `Latin:native` or
/// just `Latin`.
const NAMES: &str = "\
en|m|James John Robert Michael William David Richard Thomas Daniel Matthew Andrew Mark Scott Brian
en|f|Mary Patricia Jennifer Linda Elizabeth Susan Karen Sarah Emily Laura Rachel Megan Janet Claire
en|s|Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Green Baker Adams Nelson O’Brien McCarthy
ja|m|Haruki:春樹 Takeshi:武 Kenji:健二 Hiroshi:博 Satoshi:聡 Daisuke:大輔 Kazuo:和夫 Shunichi:俊一 Masato:正人 Yoshihiko:佳彦 Tetsuya:哲也 Ryota:亮太
ja|f|Yuko:裕子 Akiko:明子 Naomi:直美 Keiko:恵子 Emi:恵美 Mariko:真理子 Sanae:早苗 Yoko:洋子 Haruka:遥 Megumi:恵
ja|s|Sato:佐藤 Suzuki:鈴木 Takahashi:高橋 Tanaka:田中 Watanabe:渡辺 Ito:伊藤 Yamamoto:山本 Nakamura:中村 Kobayashi:小林 Kato:加藤 Yoshida:吉田 Yamada:山田 Matsumoto:松本 Inoue:井上 Kimura:木村 Hayashi:林 Shimizu:清水 Mori:森 Ishikawa:石川 Kondo:近藤
zh|m|Wei:伟 Qiang:强 Lei:磊 Jun:军 Yong:勇 Jie:杰 Tao:涛 Ming:明 Hao:浩 Bo:波
zh|f|Fang:芳 Jing:静 Min:敏 Yan:艳 Hui:慧 Xiuying:秀英 Li:丽 Na:娜 Xia:霞 Ying:颖
zh|s|Wang:王 Li:李 Zhang:张 Liu:刘 Chen:陈 Yang:杨 Huang:黄 Zhao:赵 Zhou:周 Wu:吴 Xu:徐 Sun:孙 He:何 Gao:高 Lin:林
ko|m|Min-jun:민준 Ji-ho:지호 Do-hyun:도현 Hyun-woo:현우 Sung-min:성민 Jae-won:재원 Tae-yang:태양
ko|f|Seo-yeon:서연 Ha-eun:하은 Soo-jin:수진 Ji-woo:지우 Eun-ji:은지 Mi-rae:미래 Yu-na:유나
ko|s|Kim:김 Lee:이 Park:박 Choi:최 Jung:정 Kang:강 Cho:조 Yoon:윤 Jang:장 Lim:임
de|m|Lukas Jonas Felix Maximilian Stefan Matthias Wolfgang Jürgen Tobias Lars Søren Henrik
de|f|Anna Lena Marie Katharina Ursula Sabine Julia Ingrid Astrid Sophie
de|s|Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter Nielsen Lindqvist Johansson Bauer
fr|m|Pierre Étienne Sébastien Antoine Julien Nicolas François Olivier Thierry Mathieu
fr|f|Camille Chloé Zoé Élodie Christine Isabelle Margaux Amélie Hélène Valérie
fr|s|Dubois Lefèvre Moreau Laurent Girard Bernard Durand Lambert Fontaine Rousseau Mercier Blanc Garnier Chevalier
in|m|Arjun Rahul Vikram Rohan Sanjay Amit Raghuram Nirmal Suresh Anil
in|f|Priya Ananya Sunita Deepika Kavita Nirmala Lakshmi Meera Shreya Pooja
in|s|Sharma Patel Singh Gupta Iyer Reddy Nair Mehta Banerjee Rao Das Chatterjee Kapoor Menon
es|m|Carlos José Javier Alejandro Diego João Luis Miguel Rafael Eduardo
es|f|María Lucía Sofía Camila Valentina Ana Fernanda Gabriela Isabel Beatriz
es|s|García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Silva Santos Oliveira Costa Ferreira
af|m|Chinedu Kwame Oluwaseun Emeka Tunde Kofi Babajide Sipho
af|f|Ngozi Ama Chiamaka Folake Adaeze Thandiwe Yetunde Zainab
af|s|Okafor Mensah Adeyemi Okonkwo Balogun Nwosu Eze Abubakar Okoye Dlamini
ar|m|Ahmed Omar Youssef Khalid Faisal Mohammed Tariq Hassan
ar|f|Fatima Layla Amina Noura Rania Huda Salma Reem
ar|s|Haddad Mansour Khalil Nasser Abdullah Al-Rashid Hamdan Qasim Farouk Al-Jaber
vi|m|Minh Hùng Tuấn Dũng Quang Huy Thắng
vi|f|Lan Thảo Hương Linh Mai Ngọc Trang
vi|s|Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi
pl|m|Piotr Tomasz Krzysztof Paweł Marek Andrzej Łukasz
pl|f|Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa
pl|s|Nowak Wójcik Kowalczyk Woźniak Mazur Krawczyk Kaczmarek Zając Król Wróbel
tr|m|Mehmet Mustafa Ahmet Emre Burak Cem
tr|f|Ayşe Fatma Elif Zeynep Selin Şebnem
tr|s|Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan";

/// Cultures that write the surname first.
const SURNAME_FIRST: &[&str] = &["zh", "ko", "vi"];

/// An official's title, and whether it goes with the central bank rather than the government.
const OFFICIALS: &[&str] = &[
    "Prime Minister",
    "Finance Minister",
    "Trade Minister",
    "Foreign Minister",
    "Governor",
    "Economy Minister",
    "Deputy Finance Minister",
];
const US_OFFICIALS: &[&str] = &[
    "President",
    "Treasury Secretary",
    "Commerce Secretary",
    "Secretary of State",
    "Governor",
    "Trade Representative",
    "Senator",
];

const COMPANY_STEMS: &str = "Meridian|Helix|Orion|Pacific Rim|Sakura|Northwind|Atlas|Golden Gate|Crescent|Tianhe|Hanbit|Aurora|Vantage|Blue Ridge|Kestrel|Solaris|Everbright|Redwood|Pinnacle|Summit|Nakamura|Rheinland|Lumière|Ganges|Andes|Sahel|Baltic|Anatolia|Mekong|Harbour|Ironbridge|Silverline|Kaiser|Dragon Gate|Zenith";
const COMPANY_SECTORS: &str = "Motors|Energy|Semiconductor|Steel|Shipping|Pharmaceuticals|Logistics|Telecom|Capital|Heavy Industries|Foods|Electronics|Mining|Chemicals|Airlines|Securities|Financial|Trading";
const COMPANY_SUFFIXES: &str = "Corp.|Holdings|Inc.|Group|Ltd.|Co.|AG|S.A.|PLC|Holdings Corp.";

/// Institutions: full name | short name.
const INSTITUTIONS: &str = "\
the International Monetary Fund|the IMF
the World Bank|the World Bank
the World Trade Organization|the WTO
the Organisation for Economic Co-operation and Development|the OECD
the Group of Seven|the G7
the Asian Development Bank|the ADB
the Bank for International Settlements|the BIS";

const OUTLETS: &str = "the Harbour Street Journal|the Meridian Times|Asia Ledger|the Continental Post|Financial Courier|the Pacific Dispatch|Nikkan Keizai (日刊経済)|the Northern Star Tribune|Wire Asia";

const TOPICS: &str = "tariffs on automobiles|rice imports|semiconductor export controls|the weak {CUR}|agricultural subsidies|steel quotas|digital services taxes|currency intervention|access to rare earths|the treatment of state-owned enterprises|investment screening|shipbuilding subsidies|purchases of liquefied natural gas|drug pricing|the future of the WTO’s appellate body|the slide in the {CUR}";
const GOODS: &str = "cars and car parts|steel|aluminium|soybeans|rice|semiconductors|solar panels|beef|pharmaceuticals|liquefied natural gas|electric vehicles|lithium-ion batteries|machine tools|textiles|wine and spirits";
const QUOTES: &str = "\
We won’t sign a deal that hurts our farmers
It’s too early to say whether the tariffs will stick
There is no question of using our reserves as a weapon
The door is open, but we are not going to negotiate under pressure
Markets had priced in a cut, so this is a surprise
I’ve been doing this for thirty years and I have never seen anything like it
Our position hasn’t changed since January
We’re watching the currency very closely
Nobody wins a trade war — not us, not them
The numbers speak for themselves
This is a good first step, but it’s only a first step
We expect growth to pick up in the second half
Let me be clear: we will defend our industries
The government’s credibility is on the line
Companies can’t plan when the rules change every week
We’re not in a hurry
Frankly, the data don’t support that view
It would be a mistake to read too much into one month’s figures";
const POSTS: &str = "Great talks today|Jobs are coming home|A historic day for our farmers|Record exports again this month|We stand with our workers|Big announcement coming soon|Thank you, {CITY}";
const EMOJI: &str = "🇺🇸 🇯🇵 🇨🇳 🇪🇺 🤝 📈 📉 🚢 🌾 💴 💵 ✅ 🎉 🔥 👏 👩‍💼 🏭";
const SLOGANS: &str = "No to tariffs|Protect our rice|Fair trade, not free trade|Hands off our jobs ✊|Our farms are not for sale";

/// Body sentences. Slots: {PS} a person as subject (may take an appositive on first mention),
/// {P} a person, {P2} another person, {PN} the lead's short name; {C}/{C2} the countries,
/// {CP} the home country's possessive, {ADJ}, {CITY}, {CAP}, {CB} central bank, {MIN}
/// ministry, {CUR} currency, {VS} the dollar (or the euro), {CO}/{CO2} companies, {INST},
/// {OUTLET}; amounts {AMT} {AMT2} {PCT} {PCT2} {RATE} {RATE2} {MOVE} (under 4%) {PPT} {NUM}
/// {PRICE}; dates {DATE} {DAY} {MONTH} {YEAR} {YEAR2} {QUARTER} {ORD}; {TOPIC} {TOPIC2}
/// {GOODS} {Q} {Q2} {POST} {E} {SLOGAN} {TICK}.
const SENTENCES: &str = "\
{PS} said on {DAY} that {C} would not accept {TOPIC} without concessions on {TOPIC2}.
“{Q},” {P} told reporters in {CITY} on {DAY}.
“{Q},” said {P}. “{Q2}.”
The {CB} kept its benchmark rate at {RATE} on {DATE}, in line with the forecasts of most economists polled by {OUTLET}.
{CP} exports to {C2} rose {PCT} in {MONTH} from a year earlier, to {AMT}, according to data released by the {MIN} on {DAY}.
Shares of {CO} fell as much as {MOVE} in {CITY} trading — the steepest drop since {YEAR} — after the company cut its full-year forecast.
{CO} said it would invest {AMT} in a new plant near {CITY} by {YEAR}, creating about {NUM} jobs.
The talks, which began in {CITY} on {DATE}, are the {ORD} round since {P} took office in {YEAR}.
Analysts at {CO} estimate that {C} holds {AMT} in U.S. Treasury securities, one of the largest stockpiles outside the U.S.
{INST} cut its forecast for global growth to {RATE} this year, citing {TOPIC}.
In a post on X, {P} wrote: “{POST} {E}”
The {CUR} weakened {MOVE} against {VS} on {DAY}, its biggest one-day fall since {MONTH} {YEAR}.
Officials in {CAP} — speaking on condition of anonymity because they were not authorised to discuss the negotiations — said a deal could come as soon as {DATE}.
{PS} is expected to meet {P2} in {CITY} later this month, according to two people familiar with the matter.
The {MIN} declined to comment.
Tariffs of {PCT} on {GOODS} from {C2} took effect on {DATE}, and {C} has threatened to respond in kind.
{C} imported {AMT} worth of {GOODS} from {C2} in {YEAR}, about {PCT} of the total.
“I don’t think anyone in {CITY} expected this,” said {P}, who advised the government during the {YEAR} negotiations.
Unemployment in {C} stood at {RATE} in {MONTH}, the lowest level since {YEAR}.
The {ADJ} government has promised to cut the deficit to {RATE} of gross domestic product by {YEAR}.
The U.S. Commerce Department said on {DAY} that it would review the duties by {DATE}.
{CO} and {CO2} agreed to merge in a deal valued at {AMT}, the companies said in a joint statement.
Inflation slowed to {RATE} in {MONTH}, from {RATE2} in the previous month, the statistics office said.
Some economists are less sure. “{Q},” said {P}.
{INST} said in a report published on {DATE} that {TOPIC} could shave {PPT} off global output by {YEAR}.
Between {YEAR} and {YEAR2}, {CP} holdings of U.S. debt fell by {AMT}.
Protesters gathered outside the {MIN} in {CAP} on {DAY}, some carrying signs that read “{SLOGAN}.”
The agreement would lower duties on {GOODS} to {PCT} from {PCT2}, according to a draft seen by {OUTLET}.
{PN} did not respond to a request for comment.
Markets in {CITY} were closed on {DAY} for a public holiday.
The {CB}’s next policy meeting is scheduled for {DATE}.
The ruling party lost its majority in the upper house in {YEAR}, complicating efforts to pass the budget.
{PS} has said repeatedly that {C} is “not in a hurry” — a position echoed by {P2} last week.
Trade between the two countries reached a record {AMT} in {YEAR}, up from {AMT2} a decade earlier.
At a press conference in {CITY}, {P} acknowledged that {TOPIC} remained “a sticking point.”
The figure compares with {AMT} in the same period of {YEAR}.
{CO} (ticker: {TICK}) closed {MOVE} higher at {PRICE}.
The U.S. and the EU remain far apart on {TOPIC}, officials said.
According to {OUTLET}, {C} may ask {C2} to extend the deadline to {DATE}.
The {ADJ} economy grew at an annualised rate of {RATE} in the {QUARTER} quarter, revised data showed on {DAY}.
{PS} told lawmakers that the {CB} “will not hesitate to act” if the {CUR} moves too fast.
That, in turn, could push up borrowing costs for households and companies — a risk {INST} flagged in {MONTH}.
{P} and {P2} spoke by phone on {DAY}, a spokesperson for the {MIN} said.
Since {YEAR}, {CO} has shifted about {PCT} of its production to {C2}.
The dispute dates back to {DATE}, when {C2} first raised duties on {GOODS}.";

const HEADLINES: &str = "\
{SC} and {SC2} Resume Trade Talks as Deadline Nears
{CBN} Holds Rates at {RATE}, Signals Caution on the {CUR}
{COS} to Cut {NUM} Jobs After Profit Falls {PCT}
{SUR} Says {SC} ‘Will Not Be Rushed’ on Tariffs
{SC} Exports to {SC2} Hit Record {AMT}
Inflation in {SC} Slows to {RATE} as Energy Prices Ease
{INSTH} Warns of Slower Growth as Tariffs Bite
Why {SCP} Treasury Holdings Matter — and Why They Might Not
{SC} Weighs Retaliation After {SC2} Raises Duties on {GOODS}
{COS} and {COS2} Agree to {AMT} Merger";

const HEADINGS: &str = "What Comes Next|Background|Markets React|The View From {CAP}|Winners and Losers|A Long Road|{CUR} Under Pressure|Reaction in {CITY}|How We Got Here|The {YEAR} Precedent|Inside the Negotiations|What Analysts Say";
const LIST_HEADINGS: &str = "Key figures|Timeline|What is on the table:|The main points";
const LIST_ITEMS: &str = "\
- Exports to {C2}: {AMT}, up {PCT} from a year earlier
- {DATE}: talks open in {CITY}
- Tariffs on {GOODS}: {PCT}, from {PCT2}
- Inflation: {RATE} in {MONTH}
- {CO}: shares down {PCT} since {MONTH}
- Lower duties on {GOODS}
- A review of {TOPIC} by {DATE}";

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// AP style: March through July are never abbreviated.
const MONTHS_SHORT: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const ORDINALS: [&str; 8] = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const QUARTERS: [&str; 4] = ["first", "second", "third", "fourth"];

/// People drawn per country for the recurring world; the first `OFFICIALS.len()` are officials.
const PEOPLE_PER_COUNTRY: usize = 40;
const COMPANIES: usize = 300;

/// splitmix64: small, fast, and good enough for text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must be positive.
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// A number in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn percent(&mut self, p: usize) -> bool {
        self.below(100) < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

#[derive(Clone, Copy)]
struct Name {
    latin: &'static str,
    native: &'static str,
}

impl Name {
    fn parse(word: &'static str) -> Self {
        let (latin, native) = word.split_once(':').unwrap_or((word, ""));
        Name { latin, native }
    }
}

struct Culture {
    key: &'static str,
    male: Vec<Name>,
    female: Vec<Name>,
    surnames: Vec<Name>,
}

struct Country {
    name: &'static str,
    short: &'static str,
    adjective: &'static str,
    cities: Vec<&'static str>,
    currency: &'static str,
    money: (&'static str, &'static str),
    bank: Name,
    ministry: Name,
    culture: usize,
}

impl Country {
    fn parse(line: &'static str, cultures: &[Culture]) -> Self {
        let f: Vec<&'static str> = line.split('|').collect();
        Country {
            name: f[0],
            short: f[1],
            adjective: f[2],
            cities: f[3].split(',').collect(),
            currency: f[4],
            money: (f[5], f[6]),
            bank: Name {
                latin: f[7],
                native: f[8],
            },
            ministry: Name {
                latin: f[9],
                native: f[10],
            },
            culture: cultures.iter().position(|c| c.key == f[11]).unwrap_or(0),
        }
    }

    fn possessive(&self) -> String {
        let apostrophe = if self.name.ends_with('s') {
            "’"
        } else {
            "’s"
        };
        format!("{}{apostrophe}", self.name)
    }
}

#[derive(Clone)]
struct Person {
    full: String,
    /// The name in its own script with a leading space and parentheses, or empty.
    native: String,
    surname: &'static str,
    title: &'static str,
    honorific: &'static str,
    /// An appositive for a first mention, e.g. "the chief executive of Helix Motors Corp.".
    role: String,
}

struct Company {
    full: String,
    short: String,
}

/// Everything drawn once per seed: the tables, and the people and companies that recur.
struct World {
    cultures: Vec<Culture>,
    countries: Vec<Country>,
    people: Vec<Vec<Person>>,
    companies: Vec<Company>,
    institutions: Vec<(&'static str, &'static str)>,
    outlets: Vec<&'static str>,
    topics: Vec<&'static str>,
    goods: Vec<&'static str>,
    quotes: Vec<&'static str>,
    posts: Vec<&'static str>,
    emoji: Vec<&'static str>,
    slogans: Vec<&'static str>,
    sentences: Vec<&'static str>,
    headlines: Vec<&'static str>,
    headings: Vec<&'static str>,
    list_headings: Vec<&'static str>,
    list_items: Vec<&'static str>,
}

impl World {
    fn new(rng: &mut Rng) -> Self {
        let mut cultures: Vec<Culture> = Vec::new();
        for line in NAMES.lines() {
            let mut fields = line.split('|');
            let (key, kind, words) = (
                fields.next().unwrap_or(""),
                fields.next().unwrap_or(""),
                fields.next().unwrap_or(""),
            );
            if !cultures.iter().any(|c| c.key == key) {
                cultures.push(Culture {
                    key,
                    male: Vec::new(),
                    female: Vec::new(),
                    surnames: Vec::new(),
                });
            }
            let Some(culture) = cultures.iter_mut().find(|c| c.key == key) else {
                continue;
            };
            let names = words.split_whitespace().map(Name::parse);
            match kind {
                "m" => culture.male.extend(names),
                "f" => culture.female.extend(names),
                _ => culture.surnames.extend(names),
            }
        }
        let countries: Vec<Country> = COUNTRIES
            .lines()
            .map(|line| Country::parse(line, &cultures))
            .collect();
        let bar = |s: &'static str| s.split('|').collect::<Vec<_>>();
        let (stems, sectors, suffixes) = (
            bar(COMPANY_STEMS),
            bar(COMPANY_SECTORS),
            bar(COMPANY_SUFFIXES),
        );
        let companies = (0..COMPANIES)
            .map(|_| {
                let short = format!("{} {}", rng.pick(&stems), rng.pick(&sectors));
                let full = format!("{short} {}", rng.pick(&suffixes));
                Company { full, short }
            })
            .collect();
        let mut world = World {
            cultures,
            countries,
            people: Vec::new(),
            companies,
            institutions: INSTITUTIONS
                .lines()
                .map(|l| l.split_once('|').unwrap_or((l, l)))
                .collect(),
            outlets: bar(OUTLETS),
            topics: bar(TOPICS),
            goods: bar(GOODS),
            quotes: QUOTES.lines().collect(),
            posts: bar(POSTS),
            emoji: EMOJI.split_whitespace().collect(),
            slogans: bar(SLOGANS),
            sentences: SENTENCES.lines().collect(),
            headlines: HEADLINES.lines().collect(),
            headings: bar(HEADINGS),
            list_headings: bar(LIST_HEADINGS),
            list_items: LIST_ITEMS.lines().collect(),
        };
        world.people = (0..world.countries.len())
            .map(|c| {
                (0..PEOPLE_PER_COUNTRY)
                    .map(|i| world.person(rng, c, OFFICIALS.get(i).map(|_| i)))
                    .collect()
            })
            .collect();
        world
    }

    /// A person of country `c`: the official with that index into the officials' titles, or
    /// someone from business, research or politics.
    fn person(&self, rng: &mut Rng, c: usize, official: Option<usize>) -> Person {
        let country = &self.countries[c];
        let culture = &self.cultures[country.culture];
        let female = rng.percent(40);
        let given = rng.pick(if female {
            &culture.female
        } else {
            &culture.male
        });
        let surname = rng.pick(&culture.surnames);
        let full = if SURNAME_FIRST.contains(&culture.key) {
            format!("{} {}", surname.latin, given.latin)
        } else {
            format!("{} {}", given.latin, surname.latin)
        };
        let native = if given.native.is_empty() || surname.native.is_empty() {
            String::new()
        } else {
            format!(" ({}{})", surname.native, given.native)
        };
        let mut honorific = if female { "Ms." } else { "Mr." };
        let (title, role) = match official {
            Some(i) => {
                let titles = if country.short == "U.S." {
                    US_OFFICIALS
                } else {
                    OFFICIALS
                };
                let title = titles[i % titles.len()];
                let role = if title == "Governor" {
                    format!("governor of the {}", country.bank.latin)
                } else {
                    format!("{} {}", country.possessive(), title.to_lowercase())
                };
                (title, role)
            }
            None => {
                let company = &self.companies[rng.below(self.companies.len())].full;
                let city = rng.pick(&country.cities);
                let role = match rng.below(7) {
                    0 => format!("the chief executive of {company}"),
                    1 => format!("the chief financial officer of {company}"),
                    2 => format!("chief economist at {company}"),
                    3 => format!("a senior analyst at {company}"),
                    4 => format!("a strategist at {company} in {city}"),
                    5 => {
                        honorific = "Dr.";
                        format!("a professor of economics at the University of {city}")
                    }
                    _ => format!("an opposition lawmaker from {city}"),
                };
                ("", role)
            }
        };
        Person {
            full,
            native,
            surname: surname.latin,
            title,
            honorific,
            role,
        }
    }
}

struct Cast {
    person: Person,
    introduced: bool,
}

/// One article's subject: its countries, people and companies, and what has been named.
struct Story<'w> {
    world: &'w World,
    home: &'w Country,
    other: &'w Country,
    cast: Vec<Cast>,
    companies: Vec<&'w Company>,
    institution: (&'static str, &'static str),
    bank_named: bool,
    ministry_named: bool,
    last_person: usize,
    last_year: usize,
}

impl<'w> Story<'w> {
    fn new(world: &'w World, rng: &mut Rng) -> Self {
        let n = world.countries.len();
        // The first few countries are in the news more often.
        let country = |rng: &mut Rng| {
            if rng.percent(50) {
                rng.below(4)
            } else {
                rng.below(n)
            }
        };
        let home = country(rng);
        let mut other = country(rng);
        if other == home {
            other = (home + 1 + rng.below(n - 1)) % n;
        }
        let mut cast = Vec::new();
        let mut add = |person: Person| {
            cast.push(Cast {
                person,
                introduced: false,
            })
        };
        // Officials recur most; everyone else comes from a long tail.
        add(world.people[home][rng.below(OFFICIALS.len())].clone());
        add(world.people[other][rng.below(OFFICIALS.len())].clone());
        for _ in 0..rng.between(1, 4) {
            let c = if rng.percent(70) { home } else { other };
            let person = if rng.percent(25) {
                world.person(rng, c, None)
            } else {
                world.people[c][rng.below(PEOPLE_PER_COUNTRY)].clone()
            };
            add(person);
        }
        let companies = (0..3)
            .map(|_| &world.companies[rng.below(world.companies.len())])
            .collect();
        Story {
            world,
            home: &world.countries[home],
            other: &world.countries[other],
            cast,
            companies,
            institution: rng.pick(&world.institutions),
            bank_named: false,
            ministry_named: false,
            last_person: 0,
            last_year: 2020,
        }
    }

    /// Writes `template` with its slots filled, capitalising the first letter.
    fn fill(&mut self, rng: &mut Rng, template: &str, out: &mut String) {
        let start = out.len();
        self.expand(rng, template, out);
        if let Some(first) = out.get_mut(start..start + 1) {
            first.make_ascii_uppercase();
        }
    }

    /// Writes `template` with its slots filled.
    fn expand(&mut self, rng: &mut Rng, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
            self.slot(rng, &rest[open + 1..close], out);
            rest = rest.get(close + 1..).unwrap_or("");
        }
        out.push_str(rest);
    }

    fn slot(&mut self, rng: &mut Rng, key: &str, out: &mut String) {
        let world = self.world;
        match key {
            "PS" => self.person(rng, true, false, out),
            "P" => self.person(rng, false, false, out),
            "P2" => self.person(rng, false, true, out),
            "PN" => self.short_name(rng, 0, out),
            "SUR" => out.push_str(self.cast[0].person.surname),
            "C" => out.push_str(self.home.name),
            "C2" => out.push_str(self.other.name),
            "CP" => out.push_str(&self.home.possessive()),
            "SC" => out.push_str(self.home.short),
            "SC2" => out.push_str(self.other.short),
            "SCP" => {
                let name = self.home.short;
                out.push_str(name);
                out.push_str(if name.ends_with('s') { "’" } else { "’s" });
            }
            "ADJ" => out.push_str(self.home.adjective),
            "CITY" => {
                let country = if rng.percent(75) {
                    self.home
                } else {
                    self.other
                };
                out.push_str(rng.pick(&country.cities));
            }
            "CAP" => out.push_str(self.home.cities[0]),
            "CB" => Self::named(self.home.bank, &mut self.bank_named, out),
            "CBN" => out.push_str(self.home.bank.latin),
            "MIN" => Self::named(self.home.ministry, &mut self.ministry_named, out),
            "CUR" => out.push_str(self.home.currency),
            "CO" => self.company(rng, 0, out),
            "CO2" => self.company(rng, 1, out),
            "COS" => out.push_str(&self.companies[0].short),
            "COS2" => out.push_str(&self.companies[1].short),
            "TICK" => {
                let letters = self.companies[0]
                    .short
                    .bytes()
                    .filter(u8::is_ascii_uppercase);
                out.extend(letters.map(char::from));
                out.push(char::from(b'A' + rng.below(26) as u8));
            }
            "INST" => out.push_str(if rng.percent(60) {
                self.institution.0
            } else {
                self.institution.1
            }),
            "INSTH" => out.push_str(self.institution.1.trim_start_matches("the ")),
            "OUTLET" => out.push_str(rng.pick(&world.outlets)),
            "AMT" | "AMT2" => self.money(rng, out),
            "PCT" | "PCT2" => percentage(rng, out),
            "RATE" | "RATE2" => rate(rng, out),
            "MOVE" => {
                let _ = write!(out, "{}.{}%", rng.below(4), rng.between(1, 9));
            }
            "VS" => out.push_str(if self.home.currency == "dollar" {
                "the euro"
            } else {
                "the dollar"
            }),
            "PPT" => out.push_str(match rng.below(4) {
                0 => "half a percentage point",
                1 => "0.3 percentage point",
                2 => "0.25 percentage point",
                _ => "as much as 1.2 percentage points",
            }),
            "NUM" => thousands(rng.between(3, 500) * 100, out),
            "PRICE" => {
                let _ = write!(out, "${}.{:02}", rng.between(5, 480), rng.below(100));
            }
            "DATE" => self.date(rng, out),
            "DAY" => out.push_str(rng.pick(&WEEKDAYS[..5])),
            "MONTH" => out.push_str(rng.pick(&MONTHS)),
            "YEAR" => {
                self.last_year = rng.between(2005, 2024);
                let _ = write!(out, "{}", self.last_year);
            }
            "YEAR2" => {
                let year = (self.last_year + rng.between(1, 6)).min(2025);
                let _ = write!(out, "{year}");
            }
            "QUARTER" => out.push_str(rng.pick(&QUARTERS)),
            "ORD" => out.push_str(rng.pick(&ORDINALS)),
            "TOPIC" | "TOPIC2" => {
                let topic = rng.pick(&world.topics);
                self.expand(rng, topic, out);
            }
            "GOODS" => out.push_str(rng.pick(&world.goods)),
            "Q" | "Q2" => {
                let quote = rng.pick(&world.quotes);
                out.push_str(quote);
            }
            "POST" => {
                let post = rng.pick(&world.posts);
                self.expand(rng, post, out);
            }
            "E" => out.push_str(rng.pick(&world.emoji)),
            "SLOGAN" => out.push_str(rng.pick(&world.slogans)),
            _ => {
                out.push('{');
                out.push_str(key);
                out.push('}');
            }
        }
    }

    /// A cast member: the lead two times in five, else anyone (`other`: not the last one named).
    /// The first mention gives the full name, with the title or (as subject) the role.
    fn person(&mut self, rng: &mut Rng, subject: bool, other: bool, out: &mut String) {
        let n = self.cast.len();
        let mut i = if rng.percent(40) { 0 } else { rng.below(n) };
        if other && i == self.last_person {
            i = (i + 1 + rng.below(n - 1)) % n;
        }
        self.last_person = i;
        let cast = &mut self.cast[i];
        if cast.introduced {
            return self.short_name(rng, i, out);
        }
        cast.introduced = true;
        let person = &cast.person;
        let appositive = subject && (person.title.is_empty() || rng.percent(30));
        if !person.title.is_empty() && !appositive {
            out.push_str(person.title);
            out.push(' ');
        }
        out.push_str(&person.full);
        if rng.percent(60) {
            out.push_str(&person.native);
        }
        if appositive {
            out.push_str(", ");
            out.push_str(&person.role);
            out.push(',');
        }
    }

    fn short_name(&self, rng: &mut Rng, i: usize, out: &mut String) {
        let person = &self.cast[i].person;
        match rng.below(10) {
            0..6 => out.push_str(person.honorific),
            6..8 if !person.title.is_empty() => out.push_str(person.title),
            _ => return out.push_str(person.surname),
        }
        out.push(' ');
        out.push_str(person.surname);
    }

    /// An organisation's name, with its native name in parentheses the first time.
    fn named(name: Name, named: &mut bool, out: &mut String) {
        out.push_str(name.latin);
        if !*named && !name.native.is_empty() {
            out.push_str(" (");
            out.push_str(name.native);
            out.push(')');
        }
        *named = true;
    }

    fn company(&self, rng: &mut Rng, i: usize, out: &mut String) {
        let company = self.companies[i];
        out.push_str(if rng.percent(60) {
            &company.full
        } else {
            &company.short
        });
    }

    fn money(&self, rng: &mut Rng, out: &mut String) {
        let (prefix, suffix) = match rng.below(20) {
            0..9 => self.home.money,
            9..17 => ("$", ""),
            _ => ("€", ""),
        };
        if rng.percent(20) {
            out.push_str(rng.pick(&["more than ", "about ", "nearly ", "roughly ", "some "]));
        }
        out.push_str(prefix);
        let scale = match rng.below(20) {
            0..9 => "million",
            9..18 => "billion",
            _ => "trillion",
        };
        let top = if scale == "trillion" { 20 } else { 999 };
        let whole = rng.between(1, top);
        let _ = match rng.below(3) {
            0 => write!(out, "{whole}"),
            1 => write!(out, "{whole}.{}", rng.between(1, 9)),
            _ => write!(out, "{}.{:02}", whole % 10, rng.between(1, 99)),
        };
        out.push(' ');
        out.push_str(scale);
        out.push_str(suffix);
    }

    fn date(&self, rng: &mut Rng, out: &mut String) {
        let month = rng.below(12);
        let day = rng.between(1, 28);
        let year = rng.between(2015, 2025);
        let _ = match rng.below(6) {
            0 => write!(out, "{} {day}, {year}", MONTHS[month]),
            1 => write!(out, "{} {day}, {year}", MONTHS_SHORT[month]),
            2 => write!(out, "{} {day}", MONTHS_SHORT[month]),
            3 => write!(out, "{day} {}", MONTHS[month]),
            4 => write!(out, "{day} {} {year}", MONTHS[month]),
            _ => write!(out, "{} {day}", MONTHS[month]),
        };
    }
}

fn percentage(rng: &mut Rng, out: &mut String) {
    let _ = if rng.percent(60) {
        write!(out, "{}", rng.between(1, 80))
    } else {
        write!(out, "{}.{}", rng.between(0, 12), rng.between(1, 9))
    };
    out.push_str(match rng.below(10) {
        0..6 => "%",
        6..8 => " per cent",
        _ => " percent",
    });
}

fn rate(rng: &mut Rng, out: &mut String) {
    let _ = write!(
        out,
        "{}.{}",
        rng.between(0, 9),
        rng.pick(&[0, 1, 25, 5, 75, 8])
    );
    out.push_str(if rng.percent(70) { "%" } else { " per cent" });
}

/// Writes `n` with comma thousands separators.
fn thousands(n: usize, out: &mut String) {
    let digits = n.to_string();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
}

/// A generated article: its headline (also its first line) and text.
struct Article {
    title: String,
    text: String,
}

fn headline(story: &mut Story, rng: &mut Rng) -> String {
    let mut title = String::new();
    let template = rng.pick(&story.world.headlines);
    story.fill(rng, template, &mut title);
    title
}

/// Writes one body paragraph of 3–11 sentences, or a heading or a list before it.
fn paragraph(story: &mut Story, rng: &mut Rng, first: bool, out: &mut String) {
    let world = story.world;
    if !first && rng.percent(10) {
        let heading = rng.pick(&world.headings);
        story.fill(rng, heading, out);
        out.push('\n');
    } else if !first && rng.percent(6) {
        out.push_str(rng.pick(&world.list_headings));
        out.push('\n');
        for _ in 0..rng.between(3, 5) {
            let item = rng.pick(&world.list_items);
            story.fill(rng, item, out);
            out.push('\n');
        }
    }
    if first && rng.percent(50) {
        out.push_str(&story.home.cities[0].to_uppercase());
        out.push_str(" — ");
    }
    for s in 0..rng.between(3, 11) {
        if s > 0 {
            out.push(' ');
        }
        let sentence = rng.pick(&world.sentences);
        story.fill(rng, sentence, out);
    }
    out.push('\n');
}

fn article(world: &World, rng: &mut Rng) -> Article {
    let mut story = Story::new(world, rng);
    let title = headline(&mut story, rng);
    let mut text = String::with_capacity(16 * 1024);
    text.push_str(&title);
    text.push('\n');
    for p in 0..rng.between(6, 20) {
        paragraph(&mut story, rng, p == 0, &mut text);
    }
    Article { title, text }
}

/// One article of at least `bytes`: a new story (and cast) every 40 paragraphs.
fn huge_article(world: &World, rng: &mut Rng, bytes: usize) -> String {
    let mut story = Story::new(world, rng);
    let mut text = String::with_capacity(bytes + 64 * 1024);
    text.push_str(&headline(&mut story, rng));
    text.push('\n');
    let mut p: usize = 0;
    while text.len() < bytes {
        if p > 0 && p.is_multiple_of(40) {
            story = Story::new(world, rng);
        }
        paragraph(&mut story, rng, p == 0, &mut text);
        p += 1;
    }
    text
}

/// A short stable id: the number and the headline's first words.
fn article_id(number: &str, title: &str) -> String {
    let mut id = number.to_string();
    for word in title.split_whitespace().take(5) {
        let word: String = word
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if !word.is_empty() {
            id.push('-');
            id.push_str(&word);
        }
    }
    id
}

fn ron_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn write_corpus(seed: u64, count: usize, dir: &Path) -> std::io::Result<usize> {
    let mut rng = Rng(seed);
    let world = World::new(&mut rng);
    std::fs::create_dir_all(dir)?;
    let width = count.to_string().len().max(4);
    let mut index = format!(
        "// Generated by `cargo run --example gen_corpus -- --seed {seed} --articles {count}`.\n(\n    name: \"Generated news corpus (seed {seed}, {count} articles)\",\n    articles: [\n"
    );
    let mut total = 0;
    for n in 1..=count {
        let article = article(&world, &mut rng);
        let number = format!("{n:0width$}");
        let file = format!("{number}.txt");
        std::fs::write(dir.join(&file), &article.text)?;
        total += article.text.len();
        let source = rng.pick(&world.outlets).trim_start_matches("the ");
        let date = format!(
            "{}-{:02}-{:02}",
            rng.between(2019, 2025),
            rng.between(1, 12),
            rng.between(1, 28)
        );
        let _ = writeln!(
            index,
            "        (id: {}, file: {}, title: {}, source: {}, date: \"{date}\"),",
            ron_string(&article_id(&number, &article.title)),
            ron_string(&file),
            ron_string(&article.title),
            ron_string(source),
        );
    }
    index.push_str("    ],\n)\n");
    std::fs::write(dir.join("index.ron"), index)?;
    Ok(total)
}

struct Options {
    seed: u64,
    articles: usize,
    out: Option<PathBuf>,
    single_mb: Option<f64>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        seed: 1,
        articles: 10_000,
        out: None,
        single_mb: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            // An empty message asks for the usage alone.
            return Err(String::new());
        }
        let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
        let number = || format!("{arg}: not a number: {value}");
        match arg.as_str() {
            "--seed" => options.seed = value.parse().map_err(|_| number())?,
            "--articles" => options.articles = value.parse().map_err(|_| number())?,
            "--single-mb" => options.single_mb = Some(value.parse().map_err(|_| number())?),
            "--out" => options.out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown argument: {arg}")),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            if message.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("gen_corpus: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let result = match options.single_mb {
        Some(mb) => {
            let out = options.out.unwrap_or_else(|| PathBuf::from("single.txt"));
            let mut rng = Rng(options.seed);
            let world = World::new(&mut rng);
            let text = huge_article(&world, &mut rng, (mb * 1_048_576.0) as usize);
            std::fs::write(&out, &text).map(|()| (out, 1, text.len()))
        }
        None => {
            let out = options.out.unwrap_or_else(|| PathBuf::from("corpus"));
            write_corpus(options.seed, options.articles, &out).map(|n| (out, options.articles, n))
        }
    };
    match result {
        Ok((out, articles, bytes)) => {
            eprintln!(
                "gen_corpus: {articles} article(s), {:.1} MiB, in {} ({:.2} s)",
                bytes as f64 / 1_048_576.0,
                out.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("gen_corpus: {err}");
            ExitCode::FAILURE
        }
    }
}
