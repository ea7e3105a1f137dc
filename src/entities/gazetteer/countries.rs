//! `Countries`: the country of each place a knowledge file lists.

use super::str_map::StrMap;

/// The country of each listed place, each country's name stored once.
#[derive(Debug, Default)]
pub(super) struct Countries {
    /// The countries' names, numbered.
    countries: StrMap<()>,
    /// Each place's country, by its number.
    by_place: StrMap<u16>,
}

impl Countries {
    /// Room for about `places` places, so that the table is not rebuilt as it fills.
    pub fn with_capacity(places: usize) -> Self {
        Self {
            countries: StrMap::default(),
            by_place: StrMap::with_capacity(places),
        }
    }

    /// Notes that each of `places` lies in `country`, unless an earlier listing placed it
    /// already.
    pub fn note<'p>(&mut self, places: impl IntoIterator<Item = &'p str>, country: Option<&str>) {
        let Some(country) = country.and_then(|country| self.number_of(country)) else {
            return;
        };
        for place in places {
            self.by_place.insert_new(place, country);
        }
    }

    /// The number of `country`, given it when new; `None` past the last number a `u16`
    /// holds (there are about two hundred countries).
    fn number_of(&mut self, country: &str) -> Option<u16> {
        let number = match self.countries.find(country) {
            Some(number) => number,
            None => self.countries.insert_new(country, ())?,
        };
        u16::try_from(number).ok()
    }

    /// Whether `name` is a country's name as a knowledge file's group gives it.
    pub fn is_country(&self, name: &str) -> bool {
        self.countries.find(name).is_some()
    }

    pub fn of(&self, place: &str) -> Option<&str> {
        let &number = self.by_place.get(place)?;
        Some(self.countries.key(u32::from(number)))
    }
}
