//! Counting things in messages: "1 candidate", "3 candidates", "no candidates".

/// `n` followed by the noun in the form that agrees with it: `count(1, "match", "matches")`
/// is "1 match", `count(0, …)` "0 matches".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The form of the noun that agrees with `n`, for "3 of 9 check-worthy sentences" wordings.
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1, "candidate", "candidates"), "1 candidate");
        assert_eq!(count(0, "candidate", "candidates"), "0 candidates");
        assert_eq!(count(2, "match", "matches"), "2 matches");
    }
}
