//! Dates, amounts and percentages: spans completed as the guideline says.

use super::check;

#[test]
fn a_weekday_with_a_part_of_the_day_is_a_time_and_not_marked() {
    check(
        "They won on Saturday night and lost by lunchtime on Thursday.",
        "They won on Saturday night and lost by lunchtime on Thursday.",
    );
    check("They met on Sunday.", "They met on [Sunday]DATE.");
}

#[test]
fn a_weekday_before_a_day_and_month_is_one_date() {
    check(
        "It happened on Saturday, 30th May when",
        "It happened on [Saturday, 30th May]DATE when",
    );
}

#[test]
fn a_year_keeps_the_part_of_it_that_is_meant() {
    check(
        "Rates held since late 2024, in fiscal 2019 and by spring 2027.",
        "Rates held since [late 2024]DATE, in [fiscal 2019]DATE and by [spring 2027]DATE.",
    );
    check("It opens in mid-2026.", "It opens in [mid-2026]DATE.");
    check(
        "Popular in the early 1980s and the late 1990s, gone by mid-2000s.",
        "Popular in the [early 1980s]DATE and the [late 1990s]DATE, gone by [mid-2000s]DATE.",
    );
}

#[test]
fn a_month_with_this_year_is_one_date() {
    check(
        "launched in February this year to",
        "launched in [February this year]DATE to",
    );
    check(
        "In May of this year it hired; it fired in March of last year.",
        "In [May of this year]DATE it hired; it fired in [March of last year]DATE.",
    );
    // A month of a year, as American news writes it; "of" before a year alone joins nothing.
    check(
        "It ships in March of 2017. The Class of 2016 graduated.",
        "It ships in [March of 2017]DATE. The Class of [2016]DATE graduated.",
    );
    // A weekday before a date written in figures is one date with it.
    check(
        "Posted Tuesday, 12/15/15 at noon.",
        "Posted [Tuesday, 12/15/15]DATE at noon.",
    );
    // A headline's "May" is the verb, even after a capitalised word of time.
    check(
        "Babies Who Eat Early May Sleep Better",
        "Babies Who Eat Early May Sleep Better",
    );
}

#[test]
fn holidays_name_a_calendar_day() {
    check(
        "the Boxing Day test and New Year's Day",
        "the [Boxing Day]DATE test and [New Year's Day]DATE",
    );
    // The public holidays of many countries (knowledge/holidays.ron), and retail's days.
    check(
        "Shops shut for Diwali, Eid al-Fitr and Yom Kippur, then opened on Memorial Day.",
        "Shops shut for [Diwali]DATE, [Eid al-Fitr]DATE and [Yom Kippur]DATE, then opened on [Memorial Day]DATE.",
    );
    // A holiday ending in a weekday is one date, not the weekday alone.
    check(
        "Sales on Black Friday and Easter Sunday beat last Friday's.",
        "Sales on [Black Friday]DATE and [Easter Sunday]DATE beat [last Friday]DATE's.",
    );
    // An event named by a day or a month is the event, and no date.
    check(
        "Before Super Tuesday, fans watched March Madness; on Black Monday stocks fell. He left in March.",
        "Before [Super Tuesday]EVENT, fans watched [March Madness]EVENT; on [Black Monday]EVENT stocks fell. He left in [March]DATE.",
    );
}

#[test]
fn a_financial_quarter_is_a_date_but_a_quarter_of_a_game_is_not() {
    check(
        "fourth-quarter revenue rose; fourth quarter earnings fell",
        "[fourth-quarter]DATE revenue rose; [fourth quarter]DATE earnings fell",
    );
    check(
        "by the end of the second quarter.",
        "by the end of the [second quarter]DATE.",
    );
    check(
        "clutch in the fourth quarter and overtime",
        "clutch in the fourth quarter and overtime",
    );
    // A word of results anywhere in the sentence says which quarter; a game's margin or loss
    // does not.
    check(
        "Profit rose in the third quarter. He scored 12 in the third quarter.",
        "Profit rose in the [third quarter]DATE. He scored 12 in the third quarter.",
    );
    check(
        "The loss came in the fourth quarter.",
        "The loss came in the fourth quarter.",
    );
    // A quarter named by its last month is the financial year's.
    check(
        "Profits fell in the September quarter, after the June Quarter.",
        "Profits fell in the [September quarter]DATE, after the [June Quarter]DATE.",
    );
}

#[test]
fn a_quarter_written_short_is_a_date_unless_it_is_a_model() {
    check(
        "Q3 sales were flat and Q4 2019 was better.",
        "[Q3]DATE sales were flat and [Q4 2019]DATE was better.",
    );
    check(
        "He drove an Audi Q3 home.",
        "He drove an [Audi Q3]PRODUCT home.",
    );
}

#[test]
fn cents_are_money() {
    check(
        "earnings of 98 cents a share, or 72 cents",
        "earnings of [98 cents]MONEY a share, or [72 cents]MONEY",
    );
}

#[test]
fn ranges_of_percentages_are_one_value() {
    check(
        "achieved between 58.3% and 60.7%, growth of 2-3 percent and between 2 and 3 percent",
        "achieved [between 58.3% and 60.7%]PERCENT, growth of [2-3 percent]PERCENT and [between 2 and 3 percent]PERCENT",
    );
}

#[test]
fn a_quarter_of_a_year_and_a_decade_in_two_digits_are_dates() {
    check(
        "Sales in the third quarter of 2004 rose. Films of the 90s and the ’60s. She is in her 90s.",
        "Sales in the [third quarter of 2004]DATE rose. Films of the [90s]DATE and the [’60s]DATE. She is in her 90s.",
    );
}

#[test]
fn a_spelt_number_with_a_scale_and_a_currency_is_money() {
    check(
        "It owes one trillion won and two billion dollars; one billion people live there.",
        "It owes [one trillion won]MONEY and [two billion dollars]MONEY; one billion people live there.",
    );
}

#[test]
fn every_word_that_opens_a_lowercase_value_is_read() {
    // The rules for lowercase words run only on the words `may_open_lowercase_value` lets
    // through: each rule's every word, here.
    for number in [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ] {
        check(
            &format!("It owes {number} billion dollars."),
            &format!("It owes [{number} billion dollars]MONEY."),
        );
        check(
            &format!("It rose {number} percentage points."),
            &format!("It rose [{number} percentage points]PERCENT."),
        );
    }
    for scale in ["million", "billion", "trillion"] {
        check(
            &format!("a {scale}-dollar deal"),
            &format!("a [{scale}-dollar]MONEY deal"),
        );
    }
    for part in [
        "late", "early", "mid", "fiscal", "spring", "summer", "autumn", "fall", "winter",
    ] {
        check(
            &format!("Rates held in {part} 2024."),
            &format!("Rates held in [{part} 2024]DATE."),
        );
    }
    for ordinal in ["first", "second", "third", "fourth"] {
        check(
            &format!("Sales in the {ordinal} quarter of 2004 rose."),
            &format!("Sales in the [{ordinal} quarter of 2004]DATE rose."),
        );
    }
    check(
        "growth between 2 and 3 percent",
        "growth [between 2 and 3 percent]PERCENT",
    );
}

#[test]
fn a_half_of_a_year_is_a_date_but_a_half_of_a_match_is_not() {
    check(
        "Launches come in the first half of 2020 and the second half 2021.",
        "Launches come in the [first half of 2020]DATE and the [second half 2021]DATE.",
    );
    check(
        "He scored in the first half of the final.",
        "He scored in the first half of the final.",
    );
}

#[test]
fn an_amount_of_money_said_without_its_number_is_money() {
    check(
        "It cost a trillion dollars, half a billion dollars and billions of dollars; \
         hundreds of billions of dollars and tens of millions of euros went.",
        "It cost [a trillion dollars]MONEY, [half a billion dollars]MONEY and [billions of dollars]MONEY; \
         [hundreds of billions of dollars]MONEY and [tens of millions of euros]MONEY went.",
    );
    // No currency, no money.
    check(
        "A billion people and hundreds of millions of users came.",
        "A billion people and hundreds of millions of users came.",
    );
}

#[test]
fn a_sign_written_onto_a_percentage_is_part_of_it() {
    check(
        "Shares -5.44% and +1.2% today, growth of 2-3 percent.",
        "Shares [-5.44%]PERCENT and [+1.2%]PERCENT today, growth of [2-3 percent]PERCENT.",
    );
}

#[test]
fn market_data_codes_of_wire_copy_are_no_names() {
    check(
        "The Dow Jones Industrial Average .DJI fell 0.36%, the euro EUR= rose, \
         10-year notes US10YT=RR slipped and oil LCOc1 was flat.",
        "The [Dow Jones Industrial Average]ORG .DJI fell [0.36%]PERCENT, the euro EUR= rose, \
         10-year notes US10YT=RR slipped and oil LCOc1 was flat.",
    );
    // A share's ticker after its exchange, or in brackets before the day's change.
    check(
        "Apple (NASDAQ: AAPL) and Zorvex Labs (NYSE:ZVX) rose; Amazon.com (AMZN 3.60%) fell.",
        "[Apple]ORG ([NASDAQ]ORG: AAPL) and [Zorvex Labs]ORG ([NYSE]ORG:ZVX) rose; [Amazon.com]ORG (AMZN [3.60%]PERCENT) fell.",
    );
    check(
        "Zorvex Labs (ticker: ZVX) closed higher.",
        "[Zorvex Labs]ORG (ticker: ZVX) closed higher.",
    );
    // What a share's code follows is a listed company, though shaped as a person's name or
    // named as two joined by "and".
    check(
        "Larsen and Toubro (LART.NS) rose while Lanco Vexlor (LAIN.NS) and Quellby \
         Zorvex (NASDAQ: QZX) fell. Lanco Vexlor gained and Dana Quell (DQL 0.34%) too.",
        "[Larsen and Toubro]ORG (LART.NS) rose while [Lanco Vexlor]ORG (LAIN.NS) and \
         [Quellby Zorvex]ORG ([NASDAQ]ORG: QZX) fell. [Lanco Vexlor]ORG gained and [Dana Quell]ORG \
         (DQL [0.34%]PERCENT) too.",
    );
    // A share's code with its exchange's letters, in brackets after the company.
    check(
        "Zorvex Labs (ZVXL.NS) rose while Quellby (QLB.O, QLB.L) fell.",
        "[Zorvex Labs]ORG (ZVXL.NS) rose while Quellby (QLB.O, QLB.L) fell.",
    );
}

#[test]
fn dates_written_in_digits_are_dates() {
    check(
        "Filed 11/19/2019 and 3/5/19, released 2019-11-19.",
        "Filed [11/19/2019]DATE and [3/5/19]DATE, released [2019-11-19]DATE.",
    );
    // Not a fraction, a score or a price in 32nds.
    check(
        "Notes rose 7/32 and 1/2 of them, 13/14/2019 is none.",
        "Notes rose 7/32 and 1/2 of them, 13/14/[2019]DATE is none.",
    );
}

#[test]
fn a_weekday_written_short_with_its_stop_is_a_date() {
    check(
        "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.",
        "Colder Temperatures Forecast for [Wed.]DATE after Cold Wave Alert [Tues.]DATE",
    );
    // "Sun." is a newspaper too: no date.
    check("The Sun. said so.", "The Sun. said so.");
}

#[test]
fn a_range_of_days_is_one_date() {
    check(
        "It runs June 13 to 17, July 2-5 and Nov. 8 through Nov. 28, 2022.",
        "It runs [June 13 to 17]DATE, [July 2-5]DATE and [Nov. 8 through Nov. 28, 2022]DATE.",
    );
    check(
        "Voting opens between Nov. 8 and Nov. 28 and Between March and May.",
        "Voting opens [between Nov. 8 and Nov. 28]DATE and [Between March and May]DATE.",
    );
    // A number after "to" that is no day of the month stays out.
    check(
        "From June 13 to 17 percent of voters; on May 4 to 5,000 people.",
        "From [June 13]DATE to [17 percent]PERCENT of voters; on [May 4]DATE to 5,000 people.",
    );
}

#[test]
fn a_range_of_years_or_months_without_from_is_one_date() {
    check(
        "Sales fell 2016 through 2019, rose 2017 to 2020 and held February 2016 through May 2017.",
        "Sales fell [2016 through 2019]DATE, rose [2017 to 2020]DATE and held \
         [February 2016 through May 2017]DATE.",
    );
    // After "from" the range takes the word in, as before.
    check(
        "Use rose from 2012 through 2015.",
        "Use rose [from 2012 through 2015]DATE.",
    );
    // An earlier year, an amount or a year before a unit make no range.
    check(
        "The tally went 2017 to 2015; in 2019 to 2020 percent; 2019 to 2020s.",
        "The tally went [2017]DATE to [2015]DATE; in [2019]DATE to [2020 percent]PERCENT; [2019]DATE to [2020s]DATE.",
    );
}

#[test]
fn a_day_alone_after_a_date_and_and_closes_a_range() {
    check(
        "Talks run between October 11 and 13. Between March 3 and 4 percent fell.",
        "Talks run [between October 11 and 13]DATE. Between [March 3]DATE and [4 percent]PERCENT fell.",
    );
}

#[test]
fn a_decade_written_with_an_apostrophe_is_one_date() {
    check(
        "Built in the 2000's, sold in the late 1990's; 2020's budget and the 2019's.",
        "Built in the [2000's]DATE, sold in the [late 1990's]DATE; [2020]DATE's budget and the [2019]DATE's.",
    );
}

#[test]
fn a_scale_hyphenated_to_the_amount_is_part_of_it() {
    check(
        "a $600-million plan and a C$2-billion fund",
        "a [$600-million]MONEY plan and a [C$2-billion]MONEY fund",
    );
}

#[test]
fn two_decades_that_bound_a_span_of_time_are_one_date() {
    check(
        "Popular from the 1920s to the 1950s, and in 1990 to 1995.",
        "Popular from the [1920s to the 1950s]DATE, and in [1990 to 1995]DATE.",
    );
}

#[test]
fn a_decade_in_two_digits_takes_its_part_and_follows_another_in_a_list() {
    check(
        "Hits of the late '60s, the early ’90s and the mid ’70s.",
        "Hits of the [late '60s]DATE, the [early ’90s]DATE and the [mid ’70s]DATE.",
    );
    check(
        "Films of the 1970s and ’80s, and the ’50s or ’60s.",
        "Films of the [1970s]DATE and [’80s]DATE, and the [’50s]DATE or [’60s]DATE.",
    );
    // Without a decade before, "and" opens nothing.
    check("Cats and ’80s toys.", "Cats and ’80s toys.");
}
