//! Reading a file margin did not write (an article, `index.ron`, `config.ron`, the entity
//! corrections): only a regular file is read, and nothing is ever opened for a blocking read.
//!
//! A corpus shared through git may hold anything under an article's name. A named pipe
//! blocks the first read until some writer comes (forever); a device such as `/dev/zero`
//! never ends. So the metadata is checked first, and the file is then opened with
//! `O_NONBLOCK` and checked again through the open handle (`fstat`), so that a file swapped
//! for a pipe between the two checks cannot block either.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// What a path is, when it is not a regular file; `None` for a regular file.
pub fn not_a_file(meta: &Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// The error for a path that is `what` (see [`not_a_file`]) instead of a regular file; its
/// kind is [`io::ErrorKind::InvalidInput`], its text says what the path is.
fn refused(what: &str) -> io::Error {
    let text = if what.starts_with("not ") {
        what.to_string()
    } else {
        format!("is {what}, not a regular file")
    };
    io::Error::new(io::ErrorKind::InvalidInput, text)
}

/// Whether `err` is a refusal of a path that is not a regular file (from [`open`]).
pub fn is_refusal(err: &io::Error) -> bool {
    err.kind() == io::ErrorKind::InvalidInput
}

/// Opens `path` (following symbolic links) for reading if it is a regular file, with its
/// metadata as seen through the open handle. Never blocks on a named pipe or a device.
pub fn open(path: &Path) -> io::Result<(File, Metadata)> {
    if let Some(what) = not_a_file(&std::fs::metadata(path)?) {
        return Err(refused(what));
    }
    let file = open_nonblocking(path)?;
    let meta = file.metadata()?;
    if let Some(what) = not_a_file(&meta) {
        return Err(refused(what));
    }
    Ok((file, meta))
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK has no effect on reading a regular file; it only stops the open itself
    // (and reads) from waiting on a pipe or a device. O_NOCTTY: a terminal device opened
    // here never becomes margin's controlling terminal.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// The bytes of the regular file at `path`, refused (as [`io::ErrorKind::FileTooLarge`]) when
/// it holds `limit` bytes or more.
pub fn read(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let (file, meta) = open(path)?;
    if meta.len() >= limit {
        return Err(too_large(meta.len(), limit));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    crate::memory::prefault(&mut bytes);
    // The file may grow after the check: read at most up to the limit.
    file.take(limit).read_to_end(&mut bytes)?;
    if bytes.len() as u64 >= limit {
        return Err(too_large(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

/// The text of the regular file at `path` (see [`read`]); invalid UTF-8 is an
/// [`io::ErrorKind::InvalidData`] error naming the offset of the first bad byte.
pub fn read_to_string(path: &Path, limit: u64) -> io::Result<String> {
    String::from_utf8(read(path, limit)?).map_err(|err| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "not valid UTF-8 (first bad byte at offset {})",
                err.utf8_error().valid_up_to()
            ),
        )
    })
}

/// At most the first `max` bytes of the regular file at `path`.
pub fn read_head(path: &Path, max: usize) -> io::Result<Vec<u8>> {
    let (file, _) = open(path)?;
    let mut bytes = Vec::with_capacity(max);
    file.take(max as u64).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn too_large(size: u64, limit: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::FileTooLarge,
        format!(
            "is {}; margin reads files of this kind under {}",
            human_size(size),
            human_size(limit)
        ),
    )
}

/// `bytes` as a short size for people: `12 KiB`, `3.5 MiB`, `4.0 GiB`.
fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["bytes", "KiB", "MiB", "GiB"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1024.0 && unit + 1 < UNITS.len() {
        size /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{size:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Japan said.").unwrap();
        assert_eq!(read_to_string(&path, 1 << 20).unwrap(), "Japan said.");
        assert_eq!(read_head(&path, 5).unwrap(), b"Japan");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(made.success());
        let err = read(&path, 1 << 20).unwrap_err();
        assert!(is_refusal(&err), "{err}");
        assert_eq!(err.to_string(), "is a named pipe, not a regular file");
        assert!(is_refusal(&read_head(&path, 10).unwrap_err()));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_and_a_folder_are_refused() {
        let err = read(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert_eq!(err.to_string(), "is a device, not a regular file");
        let dir = tempfile::tempdir().unwrap();
        let err = read(dir.path(), 1 << 20).unwrap_err();
        assert_eq!(err.to_string(), "is a folder, not a regular file");
    }

    #[test]
    fn a_file_at_the_limit_is_refused_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        std::fs::write(&path, vec![b'x'; 2048]).unwrap();
        let err = read(&path, 2048).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::FileTooLarge);
        assert_eq!(
            err.to_string(),
            "is 2.0 KiB; margin reads files of this kind under 2.0 KiB"
        );
        assert_eq!(read(&path, 2049).unwrap().len(), 2048);
    }

    #[test]
    fn invalid_utf8_names_the_first_bad_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ron");
        std::fs::write(&path, b"ok\xff").unwrap();
        let err = read_to_string(&path, 1 << 20).unwrap_err();
        assert_eq!(
            err.to_string(),
            "not valid UTF-8 (first bad byte at offset 2)"
        );
    }
}
