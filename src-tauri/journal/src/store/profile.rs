//! The journal owner's profile: one row, created on first save.

use super::validate;
use crate::db::{ReadTx, WriteTx, instant_text};
use crate::error::Result;
use crate::model::Profile;
use rusqlite::OptionalExtension;

impl ReadTx<'_> {
    /// The owner's name and role; empty until first saved.
    pub fn profile(&self) -> Result<Profile> {
        Ok(self
            .prepare("SELECT my_name, my_role FROM profile WHERE singleton = 1")?
            .query_row([], |r| {
                Ok(Profile {
                    my_name: r.get(0)?,
                    my_role: r.get(1)?,
                })
            })
            .optional()?
            .unwrap_or_default())
    }
}

impl WriteTx<'_> {
    /// Saves the owner's name and role (one line each), replacing what was there.
    pub fn set_profile(&self, profile: Profile) -> Result<Profile> {
        validate::line("my_name", &profile.my_name)?;
        validate::line("my_role", &profile.my_role)?;
        self.prepare_write(
                "INSERT INTO profile (singleton, my_name, my_role, updated_at) VALUES (1, ?1, ?2, ?3)
                 ON CONFLICT (singleton) DO UPDATE SET
                     my_name = excluded.my_name, my_role = excluded.my_role, updated_at = excluded.updated_at",
            )?
            .execute((&profile.my_name, &profile.my_role, instant_text(self.now())))?;
        self.profile()
    }
}
