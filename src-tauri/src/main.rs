//! The Twoway binary. The desktop window arrives with the desktop-app work; until then the binary
//! only reports where the journal lives.

fn main() {
    let path = twoway_journal::default_journal_path();
    println!("Twoway journal: {}", path.display());
}
