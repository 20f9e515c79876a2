//! The journal's data model: plain serde types, no storage. `ids` and `enums` are the
//! vocabulary; `records` the entities of DESIGN.md section 3.

mod enums;
mod ids;
mod records;

pub use enums::*;
pub use ids::*;
pub use records::*;
