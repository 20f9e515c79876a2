//! Helpers shared by the integration tests in `tests/`: temporary journals on real files.
