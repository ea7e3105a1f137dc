//! The bindings margin ships with, per context; `config.ron` overrides them.

use super::Keys;
use super::{Context, Key, KeyCode, Keymap};
use crate::app::action::{Action, Dir, Placement};
use crate::app::selection::Motion;
use std::collections::BTreeMap;

impl Default for Keymap {
    fn default() -> Self {
        use Action::*;
        use KeyCode as K;
        let mut map = Keymap {
            bindings: BTreeMap::new(),
        };
        let plain = Key::plain;
        let global = [
            (Key::char(']'), NextArticle),
            (Key::char('['), PrevArticle),
            (plain(K::Tab), CycleFocus(Dir::Next)),
            (plain(K::BackTab), CycleFocus(Dir::Prev)),
            // Ctrl-w: vim's window key.
            (Key::ctrl('w'), ToggleZoom),
            (Key::ctrl('t'), ToggleMouse),
            (Key::char('/'), StartSearch),
            (Key::char('S'), StartCorpusSearch),
            (Key::char('u'), Undo),
            (Key::ctrl('r'), Redo),
            (Key::char('C'), OpenOverview),
            (Key::char('!'), OpenDiscrepancies),
            (Key::char('R'), OpenRoles),
            (Key::char('T'), OpenTimeline),
            (Key::ctrl('o'), JumpBack),
            (Key::ctrl('i'), JumpForward),
            // Ctrl-i reaches margin as Tab in most terminals and under tmux.
            (Key::ctrl('n'), JumpForward),
            (Key::char('?'), ToggleHelp),
            (Key::char('M'), OpenMessages),
            (plain(K::F(1)), ToggleHelp),
            (plain(K::Esc), Cancel),
            (Key::char('q'), Quit),
            (Key::ctrl('c'), Quit),
        ];
        let article = [
            (Key::char('j'), MoveSentence(Dir::Next)),
            (plain(K::Down), MoveSentence(Dir::Next)),
            (Key::char('k'), MoveSentence(Dir::Prev)),
            (plain(K::Up), MoveSentence(Dir::Prev)),
            // `w` and `e` keep their actions here; `h` `l` `b` `0` `$` move the word cursor.
            (Key::char('h'), MoveWord(Motion::Left)),
            (plain(K::Left), MoveWord(Motion::Left)),
            (Key::char('l'), MoveWord(Motion::Right)),
            (plain(K::Right), MoveWord(Motion::Right)),
            (Key::char('b'), MoveWord(Motion::WordBack)),
            (Key::char('0'), MoveWord(Motion::LineStart)),
            (Key::char('$'), MoveWord(Motion::LineEnd)),
            (Key::ctrl('d'), HalfPage(Dir::Next)),
            (Key::ctrl('u'), HalfPage(Dir::Prev)),
            (plain(K::PageDown), Page(Dir::Next)),
            (Key::char(' '), Page(Dir::Next)),
            (plain(K::PageUp), Page(Dir::Prev)),
            (plain(K::Home), ToStart),
            (Key::char('G'), ToEnd),
            (plain(K::End), ToEnd),
            (Key::char('n'), SearchNext),
            (Key::char('N'), SearchPrev),
            (Key::char('*'), ActivateEntity),
            (Key::char('X'), SplitMention),
            (Key::char('V'), MarkVerified),
            (Key::char('D'), MarkDisputed),
            (Key::char('U'), Unmark),
            (Key::char('v'), BeginSelection),
            (Key::char('a'), EditNote),
            (Key::char('t'), EditTags),
            (Key::char('x'), DeleteHighlight),
            (Key::char('e'), OpenEvidence),
            (Key::char('o'), OpenCitingClaim),
            (Key::char('c'), NextCheckworthy),
            (Key::char('w'), ExplainCheckworthy),
            (Key::char('y'), CopyQuote),
        ];
        let evidence = [
            (Key::char('s'), AttachSupporting),
            (Key::char('c'), AttachContradicting),
            (plain(K::Enter), OpenSelected),
            (Key::char('/'), StartSearch),
            (Key::char('q'), Cancel),
        ];
        let reattach = [(plain(K::Enter), OpenSelected), (Key::char('q'), Cancel)];
        let discrepancies = [
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
            (Key::char('!'), Cancel),
        ];
        let roles = [
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
            (Key::char('R'), Cancel),
        ];
        let timeline = [
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
            (Key::char('T'), Cancel),
        ];
        let selecting = [
            (Key::char('w'), ExtendSelection(Motion::WordNext)),
            (Key::char('b'), ExtendSelection(Motion::WordBack)),
            (Key::char('e'), ExtendSelection(Motion::WordEnd)),
            (Key::char('h'), ExtendSelection(Motion::Left)),
            (plain(K::Left), ExtendSelection(Motion::Left)),
            (Key::char('l'), ExtendSelection(Motion::Right)),
            (plain(K::Right), ExtendSelection(Motion::Right)),
            (Key::char('j'), ExtendSelection(Motion::Down)),
            (plain(K::Down), ExtendSelection(Motion::Down)),
            (Key::char('k'), ExtendSelection(Motion::Up)),
            (plain(K::Up), ExtendSelection(Motion::Up)),
            (Key::char('0'), ExtendSelection(Motion::LineStart)),
            (Key::char('$'), ExtendSelection(Motion::LineEnd)),
            (Key::char('o'), SwapSelectionEnds),
            (plain(K::Enter), CommitHighlight),
            (Key::char('V'), MarkVerified),
            (Key::char('D'), MarkDisputed),
            (Key::char('E'), MarkSelectionAsEntity),
            (Key::char('p'), HoldEvidence),
            (Key::char('y'), CopyQuote),
            (Key::char('a'), EditNote),
            (Key::char('t'), EditTags),
            (plain(K::Esc), Cancel),
        ];
        let note = [
            (Key::ctrl('s'), NoteSave),
            (plain(K::Esc), Cancel),
            (Key::ctrl('x'), Discard),
            (plain(K::Enter), NoteNewline),
            (plain(K::Backspace), PromptBackspace),
            (plain(K::Left), NoteMove(Motion::Left)),
            (plain(K::Right), NoteMove(Motion::Right)),
            (plain(K::Up), NoteMove(Motion::Up)),
            (plain(K::Down), NoteMove(Motion::Down)),
            (plain(K::Home), NoteMove(Motion::LineStart)),
            (plain(K::End), NoteMove(Motion::LineEnd)),
        ];
        let overview = [
            (plain(K::Enter), OpenSelected),
            (Key::char('f'), CycleOverviewFilter),
            (Key::char('/'), FilterOverview),
            (Key::char('q'), Cancel),
            (Key::char('C'), Cancel),
        ];
        let entities = [
            (plain(K::Enter), OpenSelected),
            (Key::char('/'), StartEntityFilter),
            (Key::char('s'), ToggleEntityScope),
            (Key::char('r'), RenameEntity),
            (Key::char('m'), MergeEntity),
            (Key::char('x'), IgnoreEntity),
            (Key::char('c'), OpenConcordance),
            (Key::char('"'), OpenQuotes),
            (Key::char('I'), ToggleIgnored),
            (Key::char('n'), SearchNext),
            (Key::char('N'), SearchPrev),
        ];
        let concordance = [
            (plain(K::Enter), OpenSelected),
            (Key::char('X'), SplitMention),
            (Key::char('m'), MergeEntity),
            (Key::char('r'), RenameEntity),
            (Key::char('q'), Cancel),
            (Key::char('c'), Cancel),
        ];
        let quotes = [
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
            (Key::char('"'), Cancel),
        ];
        let list = [
            (plain(K::Enter), OpenSelected),
            (Key::char('l'), OpenSelected),
        ];
        let results = [
            (Key::ctrl('n'), MoveSelection(Dir::Next)),
            (Key::ctrl('p'), MoveSelection(Dir::Prev)),
            (plain(K::Enter), OpenSelected),
            (Key::char('q'), Cancel),
        ];
        let help = [
            (Key::char('q'), Cancel),
            (Key::char('?'), Cancel),
            (Key::char(' '), Page(Dir::Next)),
            (plain(K::PageDown), Page(Dir::Next)),
            (plain(K::PageUp), Page(Dir::Prev)),
            (Key::ctrl('d'), HalfPage(Dir::Next)),
            (Key::ctrl('u'), HalfPage(Dir::Prev)),
            (Key::char('G'), ToEnd),
            (plain(K::End), ToEnd),
            (plain(K::Home), ToStart),
            (Key::char('n'), SearchNext),
            (Key::char('N'), SearchPrev),
        ];
        let messages = [
            (Key::char('q'), Cancel),
            (Key::char('M'), Cancel),
            (plain(K::Home), ToStart),
            (Key::char('G'), ToEnd),
            (Key::ctrl('d'), HalfPage(Dir::Next)),
            (Key::ctrl('u'), HalfPage(Dir::Prev)),
            (plain(K::PageDown), Page(Dir::Next)),
            (plain(K::PageUp), Page(Dir::Prev)),
        ];
        let confirm = [
            (Key::char('y'), ConfirmYes),
            (Key::char('n'), ConfirmNo),
            (plain(K::Esc), ConfirmNo),
        ];
        let prompt = [
            (plain(K::Enter), PromptSubmit),
            (plain(K::Esc), Cancel),
            (Key::ctrl('c'), Cancel),
            (Key::ctrl('x'), Discard),
            (plain(K::Backspace), PromptBackspace),
            (Key::ctrl('u'), PromptClear),
            (plain(K::Tab), PromptComplete),
            (plain(K::Up), PromptHistory(Dir::Prev)),
            (plain(K::Down), PromptHistory(Dir::Next)),
        ];
        for (context, keys) in [
            (Context::Global, &global[..]),
            (Context::Article, &article[..]),
            (Context::Selecting, &selecting[..]),
            (Context::Note, &note[..]),
            (Context::Overview, &overview[..]),
            (Context::Evidence, &evidence[..]),
            (Context::Discrepancies, &discrepancies[..]),
            (Context::Roles, &roles[..]),
            (Context::Timeline, &timeline[..]),
            (Context::Reattach, &reattach[..]),
            (Context::Entities, &entities[..]),
            (Context::Concordance, &concordance[..]),
            (Context::Quotes, &quotes[..]),
            (Context::List, &list[..]),
            (Context::Results, &results[..]),
            (Context::Help, &help[..]),
            (Context::Prompt, &prompt[..]),
            (Context::Messages, &messages[..]),
            (Context::Confirm, &confirm[..]),
        ] {
            // Every list and overlay moves its selection the same way.
            let moves_in_a_list = !matches!(
                context,
                Context::Global
                    | Context::Article
                    | Context::Selecting
                    | Context::Note
                    | Context::Prompt
                    | Context::Confirm
            );
            if moves_in_a_list {
                for (key, action) in [
                    (Key::char('j'), MoveSelection(Dir::Next)),
                    (plain(K::Down), MoveSelection(Dir::Next)),
                    (Key::char('k'), MoveSelection(Dir::Prev)),
                    (plain(K::Up), MoveSelection(Dir::Prev)),
                ] {
                    map.bind(context, key, action);
                }
            }
            for (key, action) in keys {
                // A key listed twice for one context would silently lose an action.
                debug_assert!(
                    keys.iter().filter(|(k, _)| k == key).count() == 1,
                    "{context:?}: {key:?} is bound twice"
                );
                map.bind(context, *key, action.clone());
            }
        }
        // Sequences, as in vim.
        let sequence = |s: &str| Keys::parse(s).unwrap_or_else(|e| unreachable!("{e}"));
        for context in [Context::Article, Context::Help, Context::Messages] {
            map.bind_keys(context, sequence("gg"), ToStart);
        }
        map.bind_keys(Context::Article, sequence("gx"), OpenUrl);
        for (keys, placement) in [
            ("zt", Placement::Top),
            ("zz", Placement::Middle),
            ("zb", Placement::Bottom),
        ] {
            map.bind_keys(Context::Article, sequence(keys), PlaceCursor(placement));
        }
        // `m` and a verdict's letter marks the claim, on a sentence or a selection.
        for context in [Context::Article, Context::Selecting] {
            for (keys, verdict) in [
                ("mv", MarkVerified),
                ("md", MarkDisputed),
                ("mm", MarkMisleading),
                ("mu", MarkUnverifiable),
                ("mn", MarkNotAClaim),
                ("mx", Unmark),
            ] {
                map.bind_keys(context, sequence(keys), verdict);
            }
        }
        map
    }
}
