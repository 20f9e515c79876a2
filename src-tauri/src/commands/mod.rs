//! The commands the window calls: one per journal function, each parsing its arguments, making
//! one journal call and mapping the error. They run off the UI thread (`async`), and hold no
//! logic of their own: what the journal knows, it computes.

pub mod agreement;
pub mod app;
pub mod care;
pub mod encryption;
pub mod journal_file;
pub mod recognition;
pub mod records;
pub mod reminders;
pub mod share;
pub mod sync;
pub mod templates;
pub mod views;

/// Defines a pair of commands that create and update one kind of record.
macro_rules! create_and_update {
    ($($create:ident, $update:ident: $fields:ty => $record:ty, $id:ty;)*) => {$(
        #[tauri::command(async)]
        #[specta::specta]
        pub fn $create(
            state: tauri::State<'_, crate::state::AppState>,
            fields: $fields,
        ) -> crate::error::IpcResult<$record> {
            state.write(|tx| tx.create(fields))
        }

        #[tauri::command(async)]
        #[specta::specta]
        pub fn $update(
            state: tauri::State<'_, crate::state::AppState>,
            id: $id,
            fields: $fields,
        ) -> crate::error::IpcResult<$record> {
            state.write(|tx| tx.update(id, fields))
        }
    )*};
}
pub(crate) use create_and_update;
