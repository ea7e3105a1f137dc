//! Named entities: mentions, labels, grouping across the corpus, and the reader's corrections.
