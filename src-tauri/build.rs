//! Declares the app's commands so Tauri generates an `allow-<command>` permission for each; the
//! window gets exactly those listed in `capabilities/default.json`. Without a manifest Tauri
//! would allow every command to every window.

include!("src/command_names.rs");

fn main() {
    // `generate_context!` embeds the built UI: rebuild when it changes, or the app would keep
    // serving stale files.
    println!("cargo:rerun-if-changed=../ui/dist");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri build step");
}
