//! Keys as margin sees them, free of any terminal library: a key press (`Key`), the keys of
//! one binding (`Keys`, as `"gg"`), where a key is pressed (`Context`), and a binding read
//! from `config.ron` whose action is still text (`Binding`).
//!
//! This module sits below both `config` and `app`: `config` reads and checks the keys and
//! contexts of its bindings here, and `app::keymap` turns their actions into `Action`s, so
//! the configuration never depends on the app.

mod key;

pub use key::{Key, KeyCode, Keys, parse_keys};

/// A binding from `config.ron`: keys in a context, and the action as written (`Quit`,
/// `MoveSentence(Next)`), read into an action by `app::keymap`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    pub keys: Keys,
    pub action: String,
}

/// Where a key is pressed, which decides what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Context {
    /// Keys that work wherever a context does not bind them (but not while typing).
    Global,
    Article,
    Entities,
    List,
    Results,
    Selecting,
    Note,
    Overview,
    Evidence,
    Discrepancies,
    Roles,
    Reattach,
    Concordance,
    /// `"` in the entities pane: an entity's quotes.
    Quotes,
    /// The timeline (`T`).
    Timeline,
    Help,
    Prompt,
    /// The message log (`M`).
    Messages,
    /// A yes/no question.
    Confirm,
}

impl Context {
    pub const ALL: [Context; 19] = [
        Context::Global,
        Context::Article,
        Context::Selecting,
        Context::Note,
        Context::Overview,
        Context::Evidence,
        Context::Discrepancies,
        Context::Roles,
        Context::Reattach,
        Context::Entities,
        Context::Concordance,
        Context::Quotes,
        Context::Timeline,
        Context::List,
        Context::Results,
        Context::Help,
        Context::Prompt,
        Context::Messages,
        Context::Confirm,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Article => "article",
            Context::Entities => "entities",
            Context::Selecting => "selecting",
            Context::Note => "note",
            Context::Overview => "overview",
            Context::Evidence => "evidence",
            Context::Discrepancies => "discrepancies",
            Context::Roles => "roles",
            Context::Reattach => "reattach",
            Context::Concordance => "concordance",
            Context::Quotes => "quotes",
            Context::Timeline => "timeline",
            Context::List => "list",
            Context::Results => "results",
            Context::Help => "help",
            Context::Prompt => "prompt",
            Context::Messages => "messages",
            Context::Confirm => "confirm",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Heading of the context's section in the help screen.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Article => "Reading an article",
            Context::Entities => "Entities pane",
            Context::Selecting => "Selecting (after v)",
            Context::Note => "Writing a note",
            Context::Overview => "Claims and highlights (C)",
            Context::Evidence => "Evidence picker (e)",
            Context::Discrepancies => "Discrepancies (!)",
            Context::Roles => "Role ledger (R)",
            Context::Reattach => "Re-attaching an orphan (Enter on it in C)",
            Context::Concordance => "Concordance (c in the entities pane)",
            Context::Quotes => "Quotes (\" in the entities pane)",
            Context::Timeline => "Timeline (T)",
            Context::List => "Article list",
            Context::Results => "Search results",
            Context::Help => "Help",
            Context::Prompt => "Typing at the bottom line (search, tags, a name)",
            Context::Messages => "Messages (M)",
            Context::Confirm => "A question (discard?)",
        }
    }
}
