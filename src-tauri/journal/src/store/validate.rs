//! Field rules shared by every entity. Each returns `Error::Invalid` naming the field; none
//! echoes the user's text back.

use crate::db::ReadTx;
use crate::error::{Error, Problem, Result};
use crate::model::{PartnershipId, SessionId};

/// The largest text one field may hold: 1 MiB. A journal note longer than that is almost
/// certainly a paste gone wrong, and capping it bounds rendering and search work.
pub const MAX_TEXT_BYTES: usize = 1 << 20;

/// Any text field: at most `MAX_TEXT_BYTES`.
pub(crate) fn text(field: &'static str, value: &str) -> Result<()> {
    at_most(field, value, MAX_TEXT_BYTES)
}

/// A text of at most `max` bytes (a field shorter than any note, such as a statement).
pub(crate) fn at_most(field: &'static str, value: &str, max: usize) -> Result<()> {
    if value.len() > max {
        return Err(Error::invalid(field, Problem::TooLong { max }));
    }
    Ok(())
}

/// A one-line text that may be empty (a role title, a place).
pub(crate) fn line(field: &'static str, value: &str) -> Result<()> {
    text(field, value)?;
    if value.contains(['\n', '\r']) {
        return Err(Error::invalid(field, Problem::LineBreak));
    }
    Ok(())
}

/// A one-line text that must say something (a name, a title).
pub(crate) fn required_line(field: &'static str, value: &str) -> Result<()> {
    line(field, value)?;
    required(field, value)
}

/// A text that must say something, over as many lines as it likes.
pub(crate) fn required(field: &'static str, value: &str) -> Result<()> {
    text(field, value)?;
    if value.trim().is_empty() {
        return Err(Error::invalid(field, Problem::Empty));
    }
    Ok(())
}

pub(crate) fn range<T: Into<i64> + Copy>(
    field: &'static str,
    value: T,
    min: i64,
    max: i64,
) -> Result<()> {
    let v = value.into();
    if v < min || v > max {
        return Err(Error::invalid(field, Problem::OutOfRange { min, max }));
    }
    Ok(())
}

/// `later` must not come before `earlier` (when both are set).
pub(crate) fn not_before<T: PartialOrd>(
    field: &'static str,
    later: Option<T>,
    other: &'static str,
    earlier: Option<T>,
) -> Result<()> {
    if let (Some(later), Some(earlier)) = (later, earlier)
        && later < earlier
    {
        return Err(Error::invalid(field, Problem::Before { other }));
    }
    Ok(())
}

/// A parent link may not move once the record exists.
pub(crate) fn unchanged<T: PartialEq>(
    field: &'static str,
    value: &T,
    previous: Option<&T>,
) -> Result<()> {
    match previous {
        Some(previous) if previous != value => Err(Error::invalid(field, Problem::Immutable)),
        _ => Ok(()),
    }
}

/// The session a record names must belong to the record's partnership (whether it is live is
/// the link's rule, checked by the store).
pub(crate) fn session_of(
    tx: &ReadTx<'_>,
    field: &'static str,
    session: Option<SessionId>,
    partnership: PartnershipId,
) -> Result<()> {
    if let Some(session) = session
        && tx.get(session)?.fields.partnership_id != partnership
    {
        return Err(Error::invalid(field, Problem::OtherPartnership));
    }
    Ok(())
}
