//! The TypeScript bindings the UI is typed against are generated from the Rust commands and
//! committed. This test regenerates them and fails when the committed file differs, so a
//! command change cannot reach main without its bindings. `UPDATE_BINDINGS=1` rewrites the file.

use std::path::Path;

#[test]
fn committed_bindings_match_the_commands() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
    let scratch = tempfile::tempdir().unwrap();
    let fresh = scratch.path().join("bindings.ts");
    twoway_app::export_bindings(&fresh).expect("bindings export");
    let fresh_text = std::fs::read_to_string(&fresh).unwrap();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&committed, &fresh_text).unwrap();
        return;
    }
    let committed_text = std::fs::read_to_string(&committed).unwrap_or_default();
    assert!(
        committed_text == fresh_text,
        "ui/src/lib/bindings.ts is out of date: run `make bindings` and commit the result"
    );
}

#[test]
fn every_registered_command_is_declared_in_the_app_manifest() {
    let scratch = tempfile::tempdir().unwrap();
    let path = scratch.path().join("bindings.ts");
    twoway_app::export_bindings(&path).unwrap();
    let bindings = std::fs::read_to_string(path).unwrap();
    // Each command is called as `__TAURI_INVOKE<ReturnType>("command_name", …)`.
    let invoked: Vec<&str> = bindings
        .match_indices("__TAURI_INVOKE<")
        .map(|(at, _)| {
            let rest = &bindings[at..];
            let name = &rest[rest.find(">(\"").unwrap() + 3..];
            &name[..name.find('"').unwrap()]
        })
        .collect();
    let mut registered = invoked.clone();
    registered.sort_unstable();
    let mut declared = twoway_app::COMMANDS.to_vec();
    declared.sort_unstable();
    assert_eq!(
        registered, declared,
        "lib.rs registers exactly the commands build.rs declares"
    );
}
