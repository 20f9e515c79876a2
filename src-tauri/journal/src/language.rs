//! The words people read, in their language.
//!
//! Every sentence Twoway shows or writes for a person (the window's, the menus', a reminder's,
//! an export's, an error's) is a message in one [Fluent](https://projectfluent.org) catalogue per
//! language, `ui/src/locales/<tag>.ftl`, shared by the window and this crate. Fluent chooses
//! plural forms by CLDR's rules for the language, so a translation says "1 Sitzung" and
//! "2 Sitzungen" without code knowing German.
//!
//! The language is the app's, one for the whole process: [`set_current`] when the user chooses
//! one (or at start from the system's), [`current`] where text is made. Journal data never
//! depends on it; only words do.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language Twoway speaks, with a complete catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English, the catalogue every other one is checked against.
    En,
    /// German.
    De,
}

impl Language {
    /// Every language, in the order a choice lists them.
    pub const ALL: [Language; 2] = [Language::En, Language::De];

    /// The BCP 47 tag: `en`, `de`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
        }
    }

    /// The language a BCP 47 tag or POSIX locale names (`de-AT`, `de_CH.UTF-8`, `EN`), if
    /// Twoway speaks it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let base = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == base)
    }

    /// The first language of `preferred` (most wanted first) that Twoway speaks, else English.
    pub fn first_spoken<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        preferred
            .into_iter()
            .find_map(Language::from_tag)
            .unwrap_or(Language::En)
    }

    fn source(self) -> &'static str {
        match self {
            Language::En => include_str!("../../../ui/src/locales/en.ftl"),
            Language::De => include_str!("../../../ui/src/locales/de.ftl"),
        }
    }

    /// This language's messages, read from its catalogue the first time they are asked for:
    /// a start in German reads German (and English only if a message were missing).
    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        BUNDLES[self.index()].get_or_init(|| {
            let id = self.tag().parse().expect("a valid language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks around arguments are for mixed-direction screens; in a
            // Markdown file or a notification they are invisible characters in the way.
            bundle.set_use_isolating(false);
            // A catalogue with a syntax error keeps the messages it could read; the
            // window's catalogue test refuses such a catalogue before it ships.
            let resource = FluentResource::try_new(self.source().to_owned())
                .unwrap_or_else(|(resource, _)| resource);
            bundle.add_resource_overriding(resource);
            bundle
        })
    }

    /// Its place in [`Language::ALL`].
    fn index(self) -> usize {
        Language::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// The message `id` in this language, with `args` in its placeholders. A message missing
    /// here falls back to English, and one missing there to its id, so a gap shows as a word
    /// out of place rather than a failure.
    pub fn text(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, value.to_fluent());
            }
            fluent_args
        });
        for language in [self, Language::En] {
            let bundle = language.bundle();
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

/// A value for a message's placeholder: words are shown as they are, numbers choose plurals.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text put in as it is.
    Text(&'a str),
    /// A count: it chooses the plural form.
    Number(i64),
}

impl Arg<'_> {
    fn to_fluent(self) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::from(text.to_owned()),
            Arg::Number(n) => FluentValue::from(n),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Number(i64::from(n))
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The app's language from now on: for menus, reminders, exports and error messages.
pub fn set_current(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    CURRENT.store(index as u8, Ordering::Relaxed);
}

/// The app's language (English until [`set_current`] says otherwise).
pub fn current() -> Language {
    Language::ALL[usize::from(CURRENT.load(Ordering::Relaxed)).min(Language::ALL.len() - 1)]
}

/// The message `id` in the app's language: `tr("count-records", &[("count", 3.into())])`.
pub fn tr(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    current().text(id, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_locale_names_the_language_it_is_in() {
        assert_eq!(Language::from_tag("de_AT.UTF-8"), Some(Language::De));
        assert_eq!(Language::from_tag("de-CH"), Some(Language::De));
        assert_eq!(Language::from_tag("EN"), Some(Language::En));
        assert_eq!(Language::from_tag("C"), None);
        assert_eq!(
            Language::first_spoken(["fr-FR", "de-DE", "en"]),
            Language::De
        );
        assert_eq!(Language::first_spoken(["C.UTF-8"]), Language::En);
    }

    #[test]
    fn a_count_chooses_the_plural_form_of_each_language() {
        let n = |language: Language, count: i64| {
            language.text("count-records", &[("count", Arg::Number(count))])
        };
        assert_eq!(n(Language::En, 1), "1 record");
        assert_eq!(n(Language::En, 2), "2 records");
        assert_eq!(n(Language::De, 1), "1 Datensatz");
        assert_eq!(n(Language::De, 5), "5 Datensätze");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        assert_eq!(Language::De.text("no-such-message", &[]), "no-such-message");
    }

    /// The first word of the ids of the messages the shell and the journal write.
    const SHELL_AREAS: [&str; 13] = [
        "menu",
        "tray",
        "reminder",
        "export",
        "certificate",
        "error",
        "problem",
        "kind",
        "template",
        "agreement",
        "count",
        "key",
        "settings",
    ];

    /// Names shaped like messages that are not: events the window hears, a thread's name.
    const NOT_MESSAGES: [&str; 3] = ["menu-chosen", "reminder-opened", "reminder-click"];

    #[test]
    fn every_message_the_shell_asks_for_is_in_the_english_catalogue() {
        let english = Language::En.source();
        let defined: std::collections::HashSet<&str> = english
            .lines()
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
            .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut missing = Vec::new();
        let mut asked = 0;
        let mut folders = vec![root.join("src"), root.join("journal/src")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    // Every string literal shaped like a message of an area the shell writes
                    // in: the ids passed to `tr` and those a `match` hands it.
                    for literal in source.split('"').skip(1).step_by(2) {
                        let Some((area, _)) = literal.split_once('-') else {
                            continue;
                        };
                        if !SHELL_AREAS.contains(&area)
                            || literal.ends_with('-')
                            || NOT_MESSAGES.contains(&literal)
                            || !literal
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        {
                            continue;
                        }
                        asked += 1;
                        if !defined.contains(literal) && literal != "no-such-message" {
                            missing.push(format!("{literal} ({})", path.display()));
                        }
                    }
                }
            }
        }
        assert!(asked > 0);
        assert_eq!(missing, Vec::<String>::new());
    }
}
