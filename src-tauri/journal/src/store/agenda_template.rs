//! The owner's own agenda templates: a name, items with time-boxes and owners, and the
//! private/shared choice. Their items are one JSON column; the rules for the `{names}` in
//! them live in [`crate::templates`].

use super::{Entity, Link};
use crate::db::{IntoSqlValue, ReadTx};
use crate::error::Result;
use crate::model::{AgendaTemplate, AgendaTemplateFields, TemplateItem};
use rusqlite::Row;
use rusqlite::types::{Type, Value};

impl Entity for AgendaTemplateFields {
    super::private_choice!();

    const LINKS: &'static [Link<Self>] = &[];
    const LABEL: &'static str = "name";
    const COLUMNS: &'static [&'static str] = &["name", "items", "visibility"];

    fn bind(&self) -> Vec<Value> {
        // A list of plain structs of strings, numbers and enums always serializes.
        let items = serde_json::to_string(&self.items).expect("template items serialize");
        vec![
            self.name.clone().into_sql(),
            items.into_sql(),
            self.visibility.into_sql(),
        ]
    }

    fn read(row: &Row<'_>, i: usize) -> rusqlite::Result<Self> {
        let items: String = row.get(i + 1)?;
        let items: Vec<TemplateItem> = serde_json::from_str(&items).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i + 1, Type::Text, Box::new(e))
        })?;
        Ok(Self {
            name: row.get(i)?,
            items,
            visibility: row.get(i + 2)?,
        })
    }

    fn validate(&self, _tx: &ReadTx<'_>, _previous: Option<&Self>) -> Result<()> {
        crate::templates::check(self)
    }
}

impl ReadTx<'_> {
    /// The owner's own agenda templates out of the trash, by name.
    pub fn own_agenda_templates(&self) -> Result<Vec<AgendaTemplate>> {
        self.list_where("1", [], "name COLLATE NOCASE, seq")
    }
}
