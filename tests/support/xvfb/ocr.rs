//! Screenshots read back: the PPM the X display gives, the terminal's window
//! cut out of it, and Arabic and English OCR (tesseract) of the window, then
//! of each line of text on it when the whole window reads wrong.

use std::path::Path;
use std::process::{Command, Stdio};

/// Tesseract's page segmentation modes tried in turn: 6 (one block of text)
/// reads every terminal's screen; 3 (automatic, the default) sometimes reads
/// a line 6 misses, sometimes drops a whole line. A screen reads wrong only
/// if every one of them says so: none can put reversed words in order.
const PAGE_LAYOUTS: [&str; 2] = ["6", "3"];

/// Whether the screen is one colour (no window on it yet, or an empty one).
pub(super) fn is_blank(ppm: &[u8]) -> bool {
    let (_, _, pixels) = parse_ppm(ppm);
    let first = pixels.get(..3).unwrap_or_default();
    pixels.chunks(3).all(|rgb| rgb == first)
}

/// Whether the middle of the screen, inside every terminal's window, is
/// mostly dark: light text on dark is inverted for the OCR, which reads
/// dark text on light much better.
fn is_dark(ppm: &[u8]) -> bool {
    let (width, height, pixels) = parse_ppm(ppm);
    let (mut sum, mut count) = (0u64, 0u64);
    for y in (height / 8..height / 2).step_by(3) {
        for x in (width / 14..width / 2).step_by(3) {
            let i = (y * width + x) * 3;
            if let Some(rgb) = pixels.get(i..i + 3) {
                sum += rgb.iter().map(|&c| u64::from(c)).sum::<u64>();
                count += 3;
            }
        }
    }
    count > 0 && sum / count < 128
}

/// Width, height and RGB bytes of a binary PPM with 8-bit samples (as
/// `import -depth 8` writes it: four header fields, one whitespace byte each).
fn parse_ppm(ppm: &[u8]) -> (usize, usize, &[u8]) {
    let parsed = try_parse_ppm(ppm);
    parsed.expect("a screenshot in PPM with 8-bit samples")
}

fn try_parse_ppm(ppm: &[u8]) -> Option<(usize, usize, &[u8])> {
    let mut fields = Vec::new();
    let mut start = 0;
    for (i, byte) in ppm.iter().enumerate() {
        if byte.is_ascii_whitespace() {
            fields.push(std::str::from_utf8(&ppm[start..i]).ok()?);
            start = i + 1;
            if fields.len() == 4 {
                break;
            }
        }
    }
    match fields[..] {
        ["P6", width, height, "255"] => {
            Some((width.parse().ok()?, height.parse().ok()?, &ppm[start..]))
        }
        _ => None,
    }
}

/// Run ImageMagick's `convert` with `args`.
pub(super) fn convert(args: &[&std::ffi::OsStr]) {
    let status = Command::new("convert")
        .args(args)
        .status()
        .expect("run convert");
    assert!(status.success(), "convert {args:?} failed");
}

/// The size of the part of the screen that is not the root window's colour
/// (the terminal's window at the top-left corner, or the text on it where
/// both are black), with a margin: tesseract skips lines of a window left
/// in a black screen.
fn window_size(ppm: &[u8]) -> (usize, usize) {
    let (width, height, pixels) = parse_ppm(ppm);
    let root = &pixels[pixels.len() - 3..];
    let (mut right, mut bottom) = (0, 0);
    for (i, rgb) in pixels.chunks(3).enumerate() {
        if rgb != root {
            right = right.max(i % width);
            bottom = bottom.max(i / width);
        }
    }
    ((right + 16).min(width), (bottom + 16).min(height))
}

/// Arabic and English OCR of the screenshot `shot` (saved as `ppm`): the
/// window cut out, grey, inverted if dark, at twice its size (tesseract misses
/// many of the small glyphs of a 12 pt terminal). Whether `accept` took what
/// one of the page layouts in `PAGE_LAYOUTS` read, and what they read.
pub(super) fn ocr(ppm: &Path, shot: &[u8], accept: impl Fn(&str) -> bool) -> (bool, String) {
    let big = ppm.with_file_name("screen-ocr.png");
    let mut args: Vec<std::ffi::OsString> = vec![ppm.into()];
    let (width, height) = window_size(shot);
    let crop = format!("{width}x{height}+0+0");
    args.extend(["-crop".into(), crop.into(), "+repage".into()]);
    args.extend(["-colorspace".into(), "Gray".into()]);
    if is_dark(shot) {
        args.push("-negate".into());
    }
    args.extend(["-resize".into(), "200%".into(), big.clone().into()]);
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    convert(&args);
    let mut texts = Vec::new();
    for psm in PAGE_LAYOUTS {
        let text = tesseract(&big, psm);
        if accept(&text) {
            return (true, text);
        }
        texts.push(format!("(tesseract --psm {psm})\n{text}"));
    }
    // A whole window now and then loses a line to the page layout (an
    // underlined word can take its line with it): then each line of text in
    // the upper half of the window is read on its own, larger. A reversed
    // line reads reversed at any size.
    let dark = is_dark(shot);
    for (n, (top, bottom)) in text_lines(shot, width, height / 2).into_iter().enumerate() {
        let band = ppm.with_file_name(format!("screen-line-{n}.png"));
        let crop = format!("{width}x{}+0+{top}", bottom - top);
        let mut args: Vec<std::ffi::OsString> = vec![ppm.into()];
        args.extend(["-crop".into(), crop.into(), "+repage".into()]);
        args.extend(["-colorspace".into(), "Gray".into()]);
        if dark {
            args.push("-negate".into());
        }
        args.extend(["-resize".into(), "300%".into(), band.clone().into()]);
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        convert(&args);
        // A single line, then a raw line: specks at the window's edge can make
        // the line layout find no text at all where the raw reading finds it.
        for psm in ["7", "13"] {
            let text = tesseract(&band, psm);
            if accept(&text) {
                return (true, text);
            }
            texts.push(format!("(line {n}, tesseract --psm {psm})\n{text}"));
        }
    }
    // The status bar, drawn reversed at the window's foot: read alone with
    // its colours turned back, as the whole window's layout can break it
    // into pieces.
    // The terminals are started 30 rows high (`terminal.rs`).
    let row = height / 30;
    if row > 0 {
        let band = ppm.with_file_name("screen-bar.png");
        let top = height.saturating_sub(2 * row);
        let crop = format!("{width}x{}+0+{top}", height - top);
        let mut args: Vec<std::ffi::OsString> = vec![ppm.into()];
        args.extend(["-crop".into(), crop.into(), "+repage".into()]);
        args.extend(["-colorspace".into(), "Gray".into()]);
        if !dark {
            args.push("-negate".into());
        }
        args.extend(["-resize".into(), "300%".into(), band.clone().into()]);
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        convert(&args);
        for psm in ["7", "13"] {
            let text = tesseract(&band, psm);
            if accept(&text) {
                return (true, text);
            }
            texts.push(format!("(status bar, tesseract --psm {psm})\n{text}"));
        }
    }
    (false, texts.join("\n"))
}

/// The pixel rows (top, bottom) of each line of text in the top `height`
/// rows and left `width` columns of the screenshot, with a margin: bands of
/// rows with ink (pixels far from the most common colour) between rows
/// without.
fn text_lines(ppm: &[u8], width: usize, height: usize) -> Vec<(usize, usize)> {
    let (full_width, full_height, pixels) = parse_ppm(ppm);
    let pixel = |x: usize, y: usize| {
        let i = (y * full_width + x) * 3;
        pixels.get(i..i + 3).map_or([0; 3], |p| [p[0], p[1], p[2]])
    };
    let (width, height) = (width.min(full_width), height.min(full_height));
    let mut counts = std::collections::HashMap::new();
    for y in (0..height).step_by(4) {
        for x in (0..width).step_by(4) {
            *counts.entry(pixel(x, y)).or_insert(0usize) += 1;
        }
    }
    let Some(background) = counts.into_iter().max_by_key(|&(_, n)| n).map(|(c, _)| c) else {
        return Vec::new();
    };
    let far = |c: [u8; 3]| {
        c.iter()
            .zip(background)
            .map(|(&a, b)| u32::from(a.abs_diff(b)))
            .sum::<u32>()
            > 150
    };
    // Inside the window: past mlterm's scroll bar on the left, and short of
    // the margin `window_size` leaves on the right.
    let columns = 24..width.saturating_sub(20);
    let inked: Vec<bool> = (0..height)
        .map(|y| columns.clone().filter(|&x| far(pixel(x, y))).count() > 2)
        .collect();
    let mut lines = Vec::new();
    let mut y = 0;
    while y < height {
        if !inked[y] {
            y += 1;
            continue;
        }
        let top = y;
        while y < height && inked[y] {
            y += 1;
        }
        if y - top >= 6 {
            lines.push((top.saturating_sub(4), (y + 4).min(full_height)));
        }
    }
    lines
}

fn tesseract(image: &Path, psm: &str) -> String {
    let out = Command::new("tesseract")
        .arg(image)
        .args(["-", "-l", "ara+eng", "--psm", psm])
        // One thread: on two cores tesseract's OpenMP threads, with another
        // test's next to them, take five times as long.
        .env("OMP_THREAD_LIMIT", "1")
        .stderr(Stdio::null())
        .output()
        .expect("run tesseract");
    let status = out.status;
    assert!(status.success(), "tesseract {}: {status}", image.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}
