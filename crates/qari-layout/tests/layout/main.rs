//! The layout crate's integration tests, as one binary with its own harness.
//!
//! One binary, because every test binary links the crate again and that costs
//! minutes on two cores. Its own harness (libtest-mimic), because some tests need
//! files or programs from outside the repository (Unicode's BidiCharacterTest.txt,
//! python3 with libfribidi, the ANERcorp corpus): such a test returns [`Missing`]
//! when its input is absent, and the harness reports it as ignored, with a
//! `skipped: NAME: REASON` line, so the summary counts it instead of passing it
//! silently. With `QARI_REQUIRE_TOOLS=1` (set in CI) a missing input fails the test.
//!
//! Each module lists its tests with [`trials!`]; test names are `module::function`,
//! as the standard harness names them, so `cargo test -p qari-layout -- NAME`
//! filters as usual. A test function left out of its module's list is dead code,
//! which clippy rejects.

use std::fmt;
use std::io::Write as _;
use std::process::ExitCode;

use libtest_mimic::{Arguments, Completion, Trial};

/// The trials of the listed test functions of the calling module.
macro_rules! trials {
    ($($test:ident),* $(,)?) => {
        vec![$($crate::trial(concat!(module_path!(), "::", stringify!($test)), $test)),*]
    };
}

mod arabic;
mod bidi_conformance;
mod fribidi_golden;
mod lines;
mod props;

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let trials = [
        arabic::trials(),
        bidi_conformance::trials(),
        fribidi_golden::trials(),
        lines::trials(),
        props::trials(),
    ]
    .into_iter()
    .flatten()
    .collect();
    libtest_mimic::run(&args, trials).exit_code()
}

/// A test's input that is not on this machine, and how to get it.
#[derive(Debug)]
pub struct Missing {
    what: String,
    remedy: String,
}

impl Missing {
    /// `what` is not there; `remedy` says how to get it (a package to install).
    pub fn new(what: impl fmt::Display, remedy: &str) -> Self {
        Self {
            what: what.to_string(),
            remedy: remedy.to_owned(),
        }
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} missing ({})", self.what, self.remedy)
    }
}

/// What a test function returns: nothing, or whether its input was there.
pub trait Outcome {
    fn into_result(self) -> Result<(), Missing>;
}

impl Outcome for () {
    fn into_result(self) -> Result<(), Missing> {
        Ok(())
    }
}

impl Outcome for Result<(), Missing> {
    fn into_result(self) -> Result<(), Missing> {
        self
    }
}

/// Whether a missing input fails the test (CI) instead of skipping it.
fn tools_required() -> bool {
    std::env::var("QARI_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
}

/// A trial running `test`; `path` is its `module_path!()`, whose first part (the
/// binary's name) the trial's name leaves out. A panic is a failure, as usual.
pub fn trial<O: Outcome + 'static>(path: &str, test: fn() -> O) -> Trial {
    let name = path
        .split_once("::")
        .map_or(path, |(_, rest)| rest)
        .to_owned();
    Trial::ignorable_test(name.clone(), move || match test().into_result() {
        Ok(()) => Ok(Completion::Completed),
        Err(missing) if tools_required() => {
            Err(format!("{missing}, and QARI_REQUIRE_TOOLS=1 requires it").into())
        }
        Err(missing) => {
            // One write: the harness prints results on stdout meanwhile, and a line
            // written in pieces could be split by one of them.
            let line = format!("skipped: {name}: {missing}\n");
            let _ = std::io::stderr().write_all(line.as_bytes());
            Ok(Completion::ignored_with(format!("needs {}", missing.what)))
        }
    })
}
