//! `Countries`: the country of each place a knowledge file lists.

use super::FastHash;
// hashbrown's map: `entry_ref` looks a place up once and makes its string only when new.
use hashbrown::HashMap;
use hashbrown::hash_map::EntryRef;

/// The country of each listed place, each country's name stored once.
#[derive(Debug, Default)]
pub(super) struct Countries {
    names: Vec<String>,
    ids: HashMap<String, u16, FastHash>,
    by_place: HashMap<String, u16, FastHash>,
}

impl Countries {
    /// Notes that `place` lies in `country`, unless an earlier listing placed it already.
    pub fn note(&mut self, place: &str, country: Option<&str>) {
        let Some(country) = country else { return };
        let EntryRef::Vacant(entry) = self.by_place.entry_ref(place) else {
            return;
        };
        let id = match self.ids.get(country) {
            Some(&id) => id,
            None => {
                let Ok(id) = u16::try_from(self.names.len()) else {
                    return;
                };
                self.names.push(country.to_string());
                self.ids.insert(country.to_string(), id);
                id
            }
        };
        entry.insert(id);
    }

    /// Whether `name` is a country's name as a knowledge file's group gives it.
    pub fn is_country(&self, name: &str) -> bool {
        self.ids.contains_key(name)
    }

    pub fn of(&self, place: &str) -> Option<&str> {
        let &id = self.by_place.get(place)?;
        self.names.get(usize::from(id)).map(String::as_str)
    }
}
