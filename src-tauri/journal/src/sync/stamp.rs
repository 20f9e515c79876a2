//! The hybrid logical clock that orders versions across devices.
//!
//! A version's stamp is wall time (milliseconds) plus a counter, with the device id as the last
//! tie-break, compared in that order. A device stamps a local edit with the later of the
//! edit's own time and the latest stamp it has seen, counting up when that is not later; every
//! stamp it receives moves its clock forward. So an edit made after seeing another device's
//! change always wins over it, even when the other device's clock runs hours ahead: a wrong
//! clock can win a race, but not forever.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One version's place in the order of all versions of a record, on every device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Stamp {
    /// Wall time in milliseconds since 1970, as the clock that stamped it saw it.
    pub wall: i64,
    /// Counts versions stamped within the same millisecond of the clock.
    pub counter: u32,
    /// The device that made the version.
    pub device: Uuid,
}

/// A device's clock: the latest wall time and counter it has stamped or seen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Hlc {
    pub wall: i64,
    pub counter: u32,
}

impl Hlc {
    /// The stamp of a version made on `device` at `physical` (milliseconds).
    pub fn tick(&mut self, physical: i64, device: Uuid) -> Stamp {
        if physical > self.wall {
            self.wall = physical;
            self.counter = 0;
        } else {
            self.counter = self.counter.saturating_add(1);
        }
        Stamp {
            wall: self.wall,
            counter: self.counter,
            device,
        }
    }

    /// Moves the clock past a stamp another device made.
    pub fn receive(&mut self, stamp: &Stamp) {
        if (stamp.wall, stamp.counter) > (self.wall, self.counter) {
            self.wall = stamp.wall;
            self.counter = stamp.counter;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_after_seeing_a_clock_that_runs_ahead_still_wins() {
        let (mine, theirs) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let mut clock = Hlc::default();
        let before = clock.tick(1_000, mine);
        // Their clock runs three hours ahead.
        let ahead = Stamp {
            wall: 1_000 + 3 * 3_600_000,
            counter: 0,
            device: theirs,
        };
        clock.receive(&ahead);
        let after = clock.tick(2_000, mine);
        assert!(before < ahead);
        assert!(after > ahead, "{after:?} should follow {ahead:?}");
    }

    #[test]
    fn stamps_of_one_clock_only_grow() {
        let device = Uuid::from_u128(7);
        let mut clock = Hlc::default();
        let stamps: Vec<Stamp> = [5, 5, 3, 9, 9, 1]
            .into_iter()
            .map(|at| clock.tick(at, device))
            .collect();
        assert!(
            stamps.windows(2).all(|pair| pair[0] < pair[1]),
            "{stamps:?}"
        );
    }

    #[test]
    fn the_device_breaks_a_tie() {
        let at = |device| Stamp {
            wall: 10,
            counter: 0,
            device: Uuid::from_u128(device),
        };
        assert!(at(1) < at(2));
    }
}
