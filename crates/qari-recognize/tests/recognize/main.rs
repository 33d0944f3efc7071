//! The recogniser's integration tests, as one binary (each test binary links the
//! crate again, which costs minutes on two cores): the shipped weights on
//! hand-written sentences, quotations rule by rule and scored on composed sets,
//! bad input, and training a small tagger from scratch.

mod builtin;
mod clitics;
mod clubs;
mod dates;
mod hostile;
mod names;
mod organisation_bodies;
mod organisation_chains;
mod organisations;
mod outlets;
mod outlets_dateline;
mod outlets_known;
mod outlets_regions;
mod people;
mod people_ends;
mod people_family;
mod place_names;
mod places;
mod places_lists;
mod places_sites;
mod quotes;
mod quotes_basics;
mod quotes_carried;
mod quotes_dev;
mod quotes_named;
mod quotes_not_speech;
mod quotes_offices;
mod quotes_run_on;
mod quotes_sources;
mod quotes_speakers;
mod quotes_subjects;
mod quotes_titles;
mod quotes_transcripts;
mod stream;
mod train;
