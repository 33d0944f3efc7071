//! Times and ids for annotations, without a date crate.
//!
//! Times are RFC 3339 in UTC with milliseconds and a fixed width
//! (`2026-11-29T09:05:38.123Z`), so comparing two of them as strings compares
//! the instants: the store's merge decides between two versions of an
//! annotation by its `modified` string. Ids only have to be unique among the
//! annotations of one document, also across two qari processes annotating it
//! at once: the time in milliseconds, a seed that differs between processes
//! (the caller mixes in its process id) and a counter for ids made within the
//! same millisecond.

use std::time::{SystemTime, UNIX_EPOCH};

/// `time` as RFC 3339 UTC with milliseconds; times before 1970 read as 1970.
pub fn rfc3339(time: SystemTime) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = since.as_secs();
    let millis = since.subsec_millis();
    let days = i64::try_from(secs / 86_400).unwrap_or(i64::MAX / 2);
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The current time as [`rfc3339`].
pub fn now() -> String {
    rfc3339(SystemTime::now())
}

/// Year, month, day of a count of days since 1970-01-01 (proleptic Gregorian;
/// the well-known era arithmetic: 400-year eras of 146097 days).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

/// Makes annotation ids: one per process (or per app), never shared.
#[derive(Debug, Clone)]
pub struct IdSource {
    seed: u64,
    counter: u64,
}

impl IdSource {
    /// Ids mixed from `seed` (the process id, a document hash, ...) and the clock.
    pub fn new(seed: u64) -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        Self {
            seed: mix(seed ^ (u64::from(nanos) << 20)),
            counter: 0,
        }
    }

    /// A seed for this process: its id mixed with the clock.
    pub fn for_process() -> Self {
        Self::new(u64::from(std::process::id()))
    }

    /// A fresh id, e.g. `a-19c7a1b2c3d-5f3e9a01-0`.
    pub fn next_id(&mut self, time: SystemTime) -> String {
        let millis = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
        let id = format!(
            "a-{millis:x}-{:08x}-{}",
            self.seed & 0xffff_ffff,
            self.counter
        );
        self.counter += 1;
        id
    }
}

/// A 64-bit finaliser (splitmix64's): nearby seeds give unrelated outputs.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn times_are_rfc3339_utc() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        let t = UNIX_EPOCH + Duration::from_millis(951_782_400_007); // leap day 2000
        assert_eq!(rfc3339(t), "2000-02-29T00:00:00.007Z");
        let t = UNIX_EPOCH + Duration::from_secs(1_795_943_138);
        assert_eq!(rfc3339(t), "2026-11-29T09:05:38.000Z");
        let t = UNIX_EPOCH + Duration::from_secs(4_102_444_799);
        assert_eq!(rfc3339(t), "2099-12-31T23:59:59.000Z");
    }

    #[test]
    fn later_times_sort_later_as_strings() {
        let a = rfc3339(UNIX_EPOCH + Duration::from_millis(999));
        let b = rfc3339(UNIX_EPOCH + Duration::from_millis(1000));
        assert!(a < b);
    }

    #[test]
    fn ids_are_unique_within_and_across_sources() {
        let t = SystemTime::now();
        let mut a = IdSource::new(1);
        let mut b = IdSource::new(2);
        let ids: std::collections::HashSet<String> = (0..100)
            .flat_map(|_| [a.next_id(t), b.next_id(t)])
            .collect();
        assert_eq!(ids.len(), 200);
    }
}
