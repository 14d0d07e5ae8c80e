//! The three languages of the site: their codes, names and date formats.
//!
//! Pure Rust with no browser access, so it is tested on the host and used by
//! the app, the prerender and the build tools alike.

use std::fmt;
use std::str::FromStr;

/// A language the site is published in. The URL segment is [`Lang::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
    Fr,
}

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::En, Lang::Fr];

    /// The URL segment and content folder name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The BCP 47 tag for `<html lang>` and `hreflang`.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The Open Graph locale (`og:locale`), language and territory joined by `_`.
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::Zh => "zh_CN",
            Lang::En => "en_US",
            Lang::Fr => "fr_FR",
        }
    }

    /// The language's name in its own language and script, as the switcher shows it.
    /// This is not translatable content: a language is always offered in its own name.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "简体中文",
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The best match for one browser language tag (`zh-TW`, `fr-CA`, `en`…):
    /// any Chinese goes to `zh`, any French to `fr`; others have no match.
    pub fn from_browser_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language to show a visitor whose browser prefers `tags`, in order.
    /// English is the fallback for every language the site does not have.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_browser_tag)
            .unwrap_or(Lang::En)
    }
}

impl FromStr for Lang {
    type Err = ();

    /// Parses a URL segment exactly (`zh`, `en`, `fr`).
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::ALL.into_iter().find(|l| l.code() == code).ok_or(())
    }
}

/// Content files name a language by its code (`"zh"`).
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        code.parse().map_err(|()| {
            serde::de::Error::custom(format!(
                "`{code}` is not one of the site's languages (zh, en, fr)"
            ))
        })
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// Writes a calendar date the way the language writes it:
/// `2018年7月11日`, `11 July 2018`, `11 juillet 2018` (`1er` for the first in French).
pub fn format_date(lang: Lang, year: u16, month: u8, day: u8) -> String {
    let month_index = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Zh => format!("{year}年{month}月{day}日"),
        Lang::En => format!("{day} {} {year}", EN_MONTHS[month_index]),
        Lang::Fr if day == 1 => format!("1er {} {year}", FR_MONTHS[month_index]),
        Lang::Fr => format!("{day} {} {year}", FR_MONTHS[month_index]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_rejected() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
        assert!("de".parse::<Lang>().is_err());
        assert!("EN".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
    }

    #[test]
    fn browser_languages_pick_the_first_supported_one() {
        assert_eq!(Lang::negotiate(["zh-TW", "en"]), Lang::Zh);
        assert_eq!(Lang::negotiate(["zh_Hans_CN"]), Lang::Zh);
        assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["es", "en-GB"]), Lang::En);
        assert_eq!(Lang::negotiate(["ja", "de"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn dates_follow_each_language() {
        assert_eq!(format_date(Lang::Zh, 2018, 7, 11), "2018年7月11日");
        assert_eq!(format_date(Lang::En, 2018, 7, 11), "11 July 2018");
        assert_eq!(format_date(Lang::Fr, 2018, 7, 11), "11 juillet 2018");
        assert_eq!(format_date(Lang::Fr, 2019, 2, 1), "1er février 2019");
        assert_eq!(format_date(Lang::En, 2019, 2, 1), "1 February 2019");
    }
}
