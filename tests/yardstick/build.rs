//! Declares the one command, so Tauri generates its `allow-sqlite-version` permission and the
//! window may call it only because `capabilities/default.json` grants it, as in the app.

fn main() {
    // `generate_context!` embeds the page: rebuild when it changes.
    println!("cargo:rerun-if-changed=page");
    let manifest = tauri_build::AppManifest::new().commands(&["sqlite_version"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri build step");
}
