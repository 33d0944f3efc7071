//! The recogniser's integration tests, as one binary (each test binary links the
//! crate again, which costs minutes on two cores): the shipped weights on
//! hand-written sentences, and training a small tagger from scratch.

mod builtin;
mod stream;
mod train;
