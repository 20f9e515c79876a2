//! How values the model holds are spelled in SQLite columns: RFC 3339 UTC text with
//! milliseconds for instants (so text order is time order), `YYYY-MM-DD` for dates.

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Utc};
use rusqlite::Row;
use rusqlite::types::{Type, Value};

pub(crate) fn instant_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn date_text(on: NaiveDate) -> String {
    on.format("%Y-%m-%d").to_string()
}

pub(crate) fn offset_text(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

fn conversion_error(
    index: usize,
    error: impl std::error::Error + Send + Sync + 'static,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(error))
}

pub(crate) fn get_instant(row: &Row<'_>, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(index)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|e| conversion_error(index, e))
}

pub(crate) fn get_opt_instant(
    row: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let text: Option<String> = row.get(index)?;
    text.map(|text| {
        DateTime::parse_from_rfc3339(&text)
            .map(|at| at.with_timezone(&Utc))
            .map_err(|e| conversion_error(index, e))
    })
    .transpose()
}

pub(crate) fn get_offset(row: &Row<'_>, index: usize) -> rusqlite::Result<DateTime<FixedOffset>> {
    let text: String = row.get(index)?;
    DateTime::parse_from_rfc3339(&text).map_err(|e| conversion_error(index, e))
}

pub(crate) fn get_date(row: &Row<'_>, index: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(index)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| conversion_error(index, e))
}

pub(crate) fn get_opt_date(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(index)?;
    text.map(|text| {
        NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| conversion_error(index, e))
    })
    .transpose()
}

/// Reads a small unsigned integer column (progress, level, minutes) and refuses values that do
/// not fit, rather than wrapping.
pub(crate) fn get_small<T: TryFrom<i64>>(row: &Row<'_>, index: usize) -> rusqlite::Result<T> {
    let value: i64 = row.get(index)?;
    T::try_from(value).map_err(|_| rusqlite::Error::IntegralValueOutOfRange(index, value))
}

pub(crate) fn get_opt_small<T: TryFrom<i64>>(
    row: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<T>> {
    let value: Option<i64> = row.get(index)?;
    value
        .map(|v| T::try_from(v).map_err(|_| rusqlite::Error::IntegralValueOutOfRange(index, v)))
        .transpose()
}

/// Topic lists are stored one per line (the journal refuses line breaks inside a topic), which
/// keeps them readable in the search index.
pub(crate) fn lines_text(items: &[String]) -> String {
    items.join("\n")
}

pub(crate) fn get_lines(row: &Row<'_>, index: usize) -> rusqlite::Result<Vec<String>> {
    let text: String = row.get(index)?;
    Ok(text
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect())
}

/// Column values for a bound statement; `Option` becomes NULL.
pub(crate) trait IntoSqlValue {
    fn into_sql(self) -> Value;
}

impl IntoSqlValue for String {
    fn into_sql(self) -> Value {
        Value::Text(self)
    }
}
impl IntoSqlValue for &str {
    fn into_sql(self) -> Value {
        Value::Text(self.to_owned())
    }
}
impl IntoSqlValue for bool {
    fn into_sql(self) -> Value {
        Value::Integer(i64::from(self))
    }
}
impl IntoSqlValue for u8 {
    fn into_sql(self) -> Value {
        Value::Integer(i64::from(self))
    }
}
impl IntoSqlValue for u32 {
    fn into_sql(self) -> Value {
        Value::Integer(i64::from(self))
    }
}
impl IntoSqlValue for NaiveDate {
    fn into_sql(self) -> Value {
        Value::Text(date_text(self))
    }
}
impl IntoSqlValue for DateTime<Utc> {
    fn into_sql(self) -> Value {
        Value::Text(instant_text(self))
    }
}
impl IntoSqlValue for DateTime<FixedOffset> {
    fn into_sql(self) -> Value {
        Value::Text(offset_text(self))
    }
}
impl<T: IntoSqlValue> IntoSqlValue for Option<T> {
    fn into_sql(self) -> Value {
        self.map_or(Value::Null, IntoSqlValue::into_sql)
    }
}

/// Ids are stored as their text spelling.
impl<I: crate::store::RecordId> IntoSqlValue for I {
    fn into_sql(self) -> Value {
        Value::Text(self.to_string())
    }
}

/// Enums are stored as their text spelling.
macro_rules! text_sql_value {
    ($($t:ty),*) => {$(
        impl IntoSqlValue for $t {
            fn into_sql(self) -> Value {
                Value::Text(self.to_string())
            }
        }
    )*};
}
use crate::model::*;
text_sql_value!(
    Direction,
    Visibility,
    Party,
    PartnershipStatus,
    GoalStatus,
    SessionStatus,
    CadenceUnit,
    Kind
);
