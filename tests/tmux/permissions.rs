//! A file qari may not read: one line naming the path and exit status 2,
//! from both `qari render` and the reader. Root reads everything, so as root
//! the test runs qari as `nobody` through util-linux `setpriv`; that is the
//! tool this test needs, and only as root.

use crate::support::errors::{both_fail_under, both_fail_with, scratch};

pub fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let path = scratch("unreadable.txt", b"secret\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::File::open(&path).is_err() {
        both_fail_with(&path, "permission denied");
        return;
    }
    // Root (or CAP_DAC_OVERRIDE) reads everything: run qari as `nobody`
    // instead (the harness has made sure `setpriv` can).
    let nobody = [
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
    ];
    both_fail_under(&nobody, &path, "permission denied");
}
