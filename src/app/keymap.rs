//! Keys and the keymap: a pure lookup from (context, key) to an action.
//!
//! The same table drives the help screen, so the help can never drift from the behaviour.
//! `config.ron` overrides bindings per context by key string (`"ctrl-d"`, `"G"`, `"pgdn"`),
//! and a binding may be a sequence of keys, as in vim (`"gg"`, `"z z"`).

mod defaults;

pub use crate::keys::{Binding, Context, Key, KeyCode, Keys, parse_keys};

use super::action::Action;
use std::collections::BTreeMap;

/// Bindings per context, in a stable order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keymap {
    bindings: BTreeMap<Context, Vec<(Keys, Action)>>,
}

/// What keys pressed so far mean in a context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// They make a whole binding.
    Action(Action),
    /// They begin one or more bindings ("g" of "gg"): wait for the next key.
    Pending,
    /// Nothing starts with them.
    Unbound,
}

impl Keymap {
    /// What the keys pressed so far (`keys`, one or more) do in `context`: the context's own
    /// bindings first, then the global ones. While typing, one unbound printable key is
    /// typed; there are no sequences there.
    pub fn resolve(&self, context: Context, keys: &[Key]) -> Lookup {
        if let [key] = keys
            && matches!(context, Context::Prompt | Context::Note | Context::Confirm)
        {
            return self
                .lookup(context, *key)
                .map_or(Lookup::Unbound, Lookup::Action);
        }
        let mut pending = false;
        for c in [context, Context::Global] {
            let Some(list) = self.bindings.get(&c) else {
                continue;
            };
            if let Some((_, action)) = list.iter().find(|(k, _)| k.as_slice() == keys) {
                return Lookup::Action(action.clone());
            }
            pending |= list
                .iter()
                .any(|(k, _)| k.len() > keys.len() && k.starts_with(keys));
            // A context's own binding or prefix hides the global ones of the same keys.
            if pending {
                return Lookup::Pending;
            }
        }
        Lookup::Unbound
    }

    /// What `key` alone does in `context`: the context's own binding, else a global one
    /// (except while typing, where an unbound printable key is typed).
    pub fn lookup(&self, context: Context, key: Key) -> Option<Action> {
        let bound = |c: Context| {
            self.bindings
                .get(&c)?
                .iter()
                .find(|(k, _)| k.as_slice() == [key])
                .map(|(_, a)| a.clone())
        };
        // A question takes only its answers: `q` must not quit under it.
        if context == Context::Confirm {
            return bound(context);
        }
        if context == Context::Prompt || context == Context::Note {
            return bound(context).or(match key.code {
                KeyCode::Char(c) if !key.ctrl && !key.alt => Some(Action::PromptInsert(c)),
                _ => None,
            });
        }
        bound(context).or_else(|| bound(Context::Global))
    }

    /// The default bindings with `bindings` (from `config.ron`) over them. An action that
    /// does not read is refused, naming the context, the keys and what is wrong.
    pub fn configured(bindings: &[Binding]) -> Result<Keymap, String> {
        let mut map = Keymap::default();
        for binding in bindings {
            let action: Action = ron::from_str(&binding.action).map_err(|e| {
                format!(
                    "in keys.{}: \"{}\": {} is not an action ({})",
                    binding.context.name(),
                    binding.keys,
                    binding.action,
                    e.code
                )
            })?;
            map.bind_keys(binding.context, binding.keys.clone(), action);
        }
        Ok(map)
    }

    /// Binds `key` to `action` in `context`, replacing an earlier binding of that key there.
    pub fn bind(&mut self, context: Context, key: Key, action: Action) {
        self.bind_keys(context, Keys::from(key), action);
    }

    /// Binds a sequence of keys to `action` in `context`, replacing earlier bindings of the
    /// same keys there and those that one of them would hide ("g" alone when "gg" is bound,
    /// or the other way round).
    pub fn bind_keys(&mut self, context: Context, keys: Keys, action: Action) {
        let list = self.bindings.entry(context).or_default();
        list.retain(|(k, _)| !(k.starts_with(keys.as_slice()) || keys.starts_with(k.as_slice())));
        list.push((keys, action));
    }

    /// Each context with its actions and every key bound to each, for the help screen.
    pub fn describe(&self) -> Vec<(Context, Vec<(String, &'static str)>)> {
        Context::ALL
            .into_iter()
            .filter_map(|context| {
                let list = self.bindings.get(&context)?;
                let mut rows: Vec<(Vec<String>, &Action)> = Vec::new();
                for (key, action) in list {
                    match rows.iter_mut().find(|(_, a)| *a == action) {
                        Some((keys, _)) => keys.push(key.to_string()),
                        None => rows.push((vec![key.to_string()], action)),
                    }
                }
                let rows = rows
                    .into_iter()
                    .map(|(keys, a)| (keys.join(" "), a.describe_in(context)))
                    .collect();
                Some((context, rows))
            })
            .collect()
    }

    /// What may follow `typed` in `context`: each next key with what it does, for the hint
    /// shown while a sequence waits (`m` → "v mark the claim verified", …). Keys that only
    /// lead to longer sequences are left out.
    pub fn continuations(&self, context: Context, typed: &[Key]) -> Vec<(Key, &'static str)> {
        let Some(list) = self.bindings.get(&context) else {
            return Vec::new();
        };
        list.iter()
            .filter(|(k, _)| k.len() == typed.len() + 1 && k.starts_with(typed))
            .map(|(k, action)| (k[typed.len()], action.describe_in(context)))
            .collect()
    }

    /// The key that does `action` while reading, as a hint names it ("Ctrl-w"); the
    /// action's own name when no single key is bound to it.
    pub fn reading_key_name(&self, action: &Action) -> String {
        self.key_for(Context::Article, action)
            .map_or_else(|| format!("{action:?}"), |key| key.to_string())
    }

    /// The first single key bound to `action` in `context` (or globally), for hints.
    pub fn key_for(&self, context: Context, action: &Action) -> Option<Key> {
        [context, Context::Global]
            .iter()
            .filter_map(|c| self.bindings.get(c))
            .flatten()
            .find(|(k, a)| a == action && k.len() == 1)
            .map(|(k, _)| k[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Dir;
    use crate::config::Config;
    use std::path::Path;

    fn configured(source: &str) -> Result<Keymap, String> {
        let config = Config::from_ron(source, Path::new("c.ron")).map_err(|e| e.to_string())?;
        Keymap::configured(&config.bindings)
    }

    /// A key listed twice for one context would silently lose one of its actions: building
    /// the defaults asserts it is not (in debug builds, as tests run).
    #[test]
    fn no_default_key_is_bound_twice_in_a_context() {
        let map = Keymap::default();
        assert!(map.bindings.values().all(|list| !list.is_empty()));
    }

    #[test]
    fn keys_are_rebound_by_naming_actions() {
        let map =
            configured(r#"(keys: {"article": {"J": MoveSentence(Next), "x": Quit}})"#).unwrap();
        let next = Some(Action::MoveSentence(Dir::Next));
        assert_eq!(map.lookup(Context::Article, Key::char('J')), next);
        assert_eq!(
            map.lookup(Context::Article, Key::char('x')),
            Some(Action::Quit)
        );
        assert_eq!(map.lookup(Context::Article, Key::char('j')), next);
    }

    #[test]
    fn a_waiting_sequence_lists_the_keys_that_finish_it() {
        let map = Keymap::default();
        let next = map.continuations(Context::Article, &[Key::char('m')]);
        let keys: String = next.iter().map(|(k, _)| k.to_string()).collect();
        assert_eq!(keys, "vdmunx");
        assert_eq!(next[2].1, "mark the claim misleading");
        assert!(
            map.continuations(Context::Article, &[Key::char('j')])
                .is_empty()
        );
    }

    #[test]
    fn a_configured_sequence_waits_for_its_keys() {
        let map =
            configured(r#"(keys: {"article": {"gt": NextArticle, "z j": MoveSentence(Next)}})"#)
                .unwrap();
        let resolve = |keys: &str| map.resolve(Context::Article, &parse_keys(keys).unwrap());
        assert_eq!(resolve("g t"), Lookup::Action(Action::NextArticle));
        assert_eq!(
            resolve("z j"),
            Lookup::Action(Action::MoveSentence(Dir::Next))
        );
        assert_eq!(resolve("g"), Lookup::Pending);
        assert_eq!(resolve("g g"), Lookup::Action(Action::ToStart));
    }

    #[test]
    fn an_action_that_does_not_read_is_refused_with_its_keys_named() {
        let error = configured(r#"(keys: {"article": {"x": Qit}})"#).unwrap_err();
        assert!(
            error.starts_with("in keys.article: \"x\": Qit is not an action"),
            "{error}"
        );
    }

    #[test]
    fn key_strings_parse_with_modifiers_and_names() {
        assert_eq!(Key::parse("ctrl-d"), Ok(Key::ctrl('d')));
        assert_eq!(Key::parse("C-D"), Ok(Key::ctrl('d')));
        assert_eq!(Key::parse("G"), Ok(Key::char('G')));
        assert_eq!(Key::parse("pgdn"), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!(Key::parse("shift-tab"), Ok(Key::plain(KeyCode::BackTab)));
        assert_eq!(Key::parse("-"), Ok(Key::char('-')));
        assert!(Key::parse("ctrl-banana").is_err());
    }

    #[test]
    fn key_sequences_split_at_spaces() {
        assert_eq!(
            parse_keys("j ] ctrl-d"),
            Ok(vec![Key::char('j'), Key::char(']'), Key::ctrl('d')])
        );
    }

    #[test]
    fn a_context_binding_wins_over_a_global_one() {
        let map = Keymap::default();
        assert_eq!(
            map.lookup(Context::Results, Key::char('q')),
            Some(Action::Cancel)
        );
        assert_eq!(
            map.lookup(Context::Article, Key::char('q')),
            Some(Action::Quit)
        );
    }

    #[test]
    fn a_sequence_waits_for_its_next_key_and_hides_the_global_binding() {
        let mut map = Keymap::default();
        map.bind_keys(
            Context::Article,
            Keys::parse("gg").unwrap(),
            Action::ToStart,
        );
        let g = Key::char('g');
        assert_eq!(map.resolve(Context::Article, &[g]), Lookup::Pending);
        assert_eq!(
            map.resolve(Context::Article, &[g, g]),
            Lookup::Action(Action::ToStart)
        );
        assert_eq!(
            map.resolve(Context::Article, &[g, Key::char('q')]),
            Lookup::Unbound
        );
        // Binding "g" alone again replaces the sequence it would hide.
        map.bind(Context::Article, g, Action::ToEnd);
        assert_eq!(
            map.resolve(Context::Article, &[g]),
            Lookup::Action(Action::ToEnd)
        );
    }

    #[test]
    fn typing_in_a_prompt_inserts_unbound_characters() {
        let map = Keymap::default();
        assert_eq!(
            map.lookup(Context::Prompt, Key::char('q')),
            Some(Action::PromptInsert('q'))
        );
        assert_eq!(
            map.lookup(Context::Prompt, Key::char(']')),
            Some(Action::PromptInsert(']'))
        );
    }

    #[test]
    fn help_lists_every_key_of_an_action_together() {
        let map = Keymap::default();
        let article = &map
            .describe()
            .into_iter()
            .find(|(c, _)| *c == Context::Article)
            .unwrap()
            .1;
        assert!(article.contains(&("j ↓".to_string(), "next sentence")));
    }
}

#[cfg(test)]
mod wording {
    use super::*;

    /// The help box at 80 columns leaves 53 for a description after the border and the keys.
    #[test]
    fn every_help_line_fits_80_columns() {
        for (context, rows) in Keymap::default().describe() {
            for (keys, what) in rows {
                let width = crate::text::display::str_width(what);
                assert!(width <= 53, "{context:?} {keys}: “{what}” is {width} wide");
            }
        }
    }

    #[test]
    fn esc_says_what_it_does_in_each_context() {
        let map = Keymap::default();
        let esc = |context: Context| {
            map.describe()
                .into_iter()
                .find(|(c, _)| *c == context)
                .and_then(|(_, rows)| {
                    rows.into_iter()
                        .find(|(k, _)| k.split(' ').any(|k| k == "Esc"))
                })
                .map(|(_, what)| what)
        };
        assert_eq!(
            esc(Context::Note),
            Some("save the note and close (as Ctrl-s)")
        );
        assert_eq!(esc(Context::Selecting), Some("cancel the selection"));
        assert_eq!(
            esc(Context::Global),
            Some("dismiss the message, else clear the search")
        );
        assert_eq!(esc(Context::Confirm), Some("no: keep writing"));
    }
}
