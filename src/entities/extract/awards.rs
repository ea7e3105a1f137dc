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

    /// Whether the chunk part `s..e` names one award: up to five capitalised words ending in
    /// "Award", "Prize", "Medal" or "Trophy" ("Tony Award", "Nobel Prize"). An award is a
    /// work of art, no name (a ceremony, "the Academy Awards", is an event), and the person
    /// it is named after is no person here either.
    pub(super) fn names_an_award(&self, s: usize, e: usize) -> bool {
        let last = e - 1;
        e > s + 1
            && e - s <= 5
            && matches!(self.word(last), "Award" | "Prize" | "Medal" | "Trophy")
            && !self.in_hit[last]
            && (s..e).all(|k| self.tokens[k].is_cap_word())
    }

    /// Marks `s..e` as read without naming anything.
    pub(super) fn claim_unnamed(&mut self, s: usize, e: usize) {
        for c in &mut self.claimed[s..e] {
            *c = true;
        }
    }
}
