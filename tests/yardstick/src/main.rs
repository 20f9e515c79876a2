//! A bare Tauri 2 window whose page asks one command for SQLite's version and shows it: the
//! least a Tauri app with a database does between its start and its first answer over IPC.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// The version of the SQLite linked in, asked of an in-memory database so the answer makes the
/// same trip (open a connection, run a statement) the app's first answers make.
#[tauri::command]
fn sqlite_version() -> Result<String, String> {
    let db = rusqlite::Connection::open_in_memory().map_err(|e| e.to_string())?;
    db.query_row("SELECT sqlite_version()", [], |row| row.get(0))
        .map_err(|e| e.to_string())
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![sqlite_version])
        .run(tauri::generate_context!())
        .expect("the yardstick window");
}
