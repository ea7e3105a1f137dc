//! Award categories: "Best Actor", "Best Supporting Actress", "Best International Feature".
//! An award is a work of art in the guideline, not a name; read as a name its words became a
//! person ("Best Actress") and taught the article false surnames ("Feature").

use super::Scan;

/// Words that follow "Best" in the categories of film, music, stage and sports awards.
const CATEGORY_WORDS: &[&str] = &[
    "Actor",
    "Actress",
    "Picture",
    "Director",
    "Film",
    "Song",
    "Album",
    "Record",
    "Feature",
    "Documentary",
    "Supporting",
    "Original",
    "Adapted",
    "Animated",
    "International",
    "Foreign",
    "New",
    "Short",
    "Visual",
    "Sound",
    "Score",
    "Screenplay",
    "Cinematography",
    "Editing",
    "Costume",
    "Makeup",
    "Production",
    "Rap",
    "Pop",
    "Rock",
    "Country",
    "Music",
    "Video",
    "Performance",
    "Comedy",
    "Drama",
    "Musical",
    "Play",
    "Revival",
    "Lead",
    "Male",
    "Female",
    "Player",
    "Young",
    "Newcomer",
    "Series",
    "Limited",
    "Television",
    "TV",
];

impl Scan<'_> {
    /// The end of an award category starting at `s` ("Best" and capitalised words, the
    /// first a category word), if one starts there.
    pub(super) fn award_category_end(&self, s: usize, e: usize) -> Option<usize> {
        let opens = self.word(s) == "Best"
            && s + 1 < e
            && CATEGORY_WORDS.contains(&self.word(s + 1))
            && !self.in_hit[s + 1];
        if !opens {
            return None;
        }
        let end = (s + 1..e)
            .find(|&k| !self.tokens[k].is_cap_word() || self.in_hit[k])
            .unwrap_or(e);
        Some(end)
    }

    /// Marks `s..e` as read without naming anything.
    pub(super) fn claim_unnamed(&mut self, s: usize, e: usize) {
        for c in &mut self.claimed[s..e] {
            *c = true;
        }
    }
}
