//! A calendar date written `YYYY-MM-DD` in content files.

use std::fmt;

use serde::{Deserialize, Deserializer};

use crate::lang::{format_date, Lang};

/// A valid calendar date. Ordered by time, so news can be sorted and checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NewsDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl NewsDate {
    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist (`2019-02-29`).
    pub fn parse(text: &str) -> Result<NewsDate, String> {
        let invalid = || format!("`{text}` is not a date of the form YYYY-MM-DD");
        let parts: Vec<&str> = text.split('-').collect();
        let [y, m, d] = parts[..] else {
            return Err(invalid());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(invalid());
        }
        let year: u16 = y.parse().map_err(|_| invalid())?;
        let month: u8 = m.parse().map_err(|_| invalid())?;
        let day: u8 = d.parse().map_err(|_| invalid())?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{text}` is not a day of the calendar"));
        }
        Ok(NewsDate { year, month, day })
    }

    /// The date as the language writes it.
    pub fn format(self, lang: Lang) -> String {
        format_date(lang, self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// ISO 8601 form, for `<time datetime>`.
impl fmt::Display for NewsDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Written back as `YYYY-MM-DD` in the derived news files.
impl serde::Serialize for NewsDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for NewsDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        NewsDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_and_writes_them_back() {
        let date = NewsDate::parse("2018-07-11").unwrap();
        assert_eq!((date.year, date.month, date.day), (2018, 7, 11));
        assert_eq!(date.to_string(), "2018-07-11");
        assert_eq!(NewsDate::parse("2020-02-29").unwrap().day, 29);
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2019-02-29",
            "2018-13-01",
            "2018-04-31",
            "2018-7-11",
            "11/07/2018",
            "",
            "2018-07-11x",
        ] {
            assert!(NewsDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert_eq!(
            NewsDate::parse("2019-02-29").unwrap_err(),
            "`2019-02-29` is not a day of the calendar"
        );
    }

    #[test]
    fn orders_by_time() {
        assert!(NewsDate::parse("2018-11-11").unwrap() > NewsDate::parse("2018-10-26").unwrap());
        assert!(NewsDate::parse("2019-01-23").unwrap() > NewsDate::parse("2018-12-31").unwrap());
    }
}
