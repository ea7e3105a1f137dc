//! `T`: every dated sentence of the corpus on one timeline (drawn by `ui::timeline`), one row
//! per date in time order, the dates not placed after; `Enter` reads the sentence.

use super::{App, Effect, Mode, Position};
use crate::factcheck::timeline::{self, Dated};

impl App {
    pub(super) fn open_timeline(&mut self) {
        if !self.findings_ready() {
            return;
        }
        if self.findings().is_some_and(|f| f.timeline.dates.is_empty()) {
            self.info("no article gives a date (“March 3, 2025”, “last week”, “Tuesday”)");
            return;
        }
        self.mode = Mode::Timeline { selected: 0 };
    }

    /// The timeline's selected date.
    pub fn timeline_selected(&self) -> Option<&Dated> {
        let Mode::Timeline { selected } = self.mode else {
            return None;
        };
        self.findings()?.timeline.dates.get(selected)
    }

    /// `Enter` in the timeline: read the selected date in its article.
    pub(super) fn open_timeline_date(&mut self) -> Vec<Effect> {
        let Some(date) = self.timeline_selected().cloned() else {
            return Vec::new();
        };
        self.mode = Mode::Reading;
        let effects = self.jump(Position {
            article: date.article(),
            byte: date.span().start,
        });
        let when = match &date.when {
            Ok(when) => timeline::describe(when),
            Err(why) => why.as_str().to_string(),
        };
        let words = date.words(&self.corpus).to_string();
        self.info(format!("“{words}”: {when}"));
        effects
    }
}
