//! Nothing: the tests in `tests/` use the fixture as a user's crate would.
