//! `gx`: the article's web page (`url` in `index.ron`) opened with the system's opener, the
//! way vim's `gx` opens the address under the cursor.
//!
//! The opener runs in the background, in a process group of its own, with no terminal input
//! or output, so a browser's messages never land on margin's screen and quitting margin does
//! not take the browser with it. A thread reaps it when it ends.

use std::process::{Command, Stdio};

use super::{App, Effect};
use crate::text::display;

/// The system's opener for a web address.
#[cfg(target_os = "macos")]
pub const OPENER: &str = "open";
/// The system's opener for a web address.
#[cfg(not(target_os = "macos"))]
pub const OPENER: &str = "xdg-open";

impl App {
    /// Asks the shell to open the current article's URL, or says why there is none.
    pub(super) fn open_url(&mut self) -> Vec<Effect> {
        let Some(article) = self.article() else {
            return Vec::new();
        };
        let Some(url) = article.url.clone() else {
            self.info(
                "this article has no web address: give its entry in index.ron a url: \"https://…\"",
            );
            return Vec::new();
        };
        self.info(format!("opening {}", display::sanitize(&url)));
        vec![Effect::OpenUrl(url)]
    }
}

/// Starts `opener URL` in the background (see the module doc); the error says what is
/// missing when the opener cannot be started.
pub fn open_in_background(url: &str, opener: &str) -> Result<(), String> {
    let mut command = Command::new(opener);
    command
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    match command.spawn() {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "cannot open {}: there is no `{opener}` on this system to open web pages with",
            display::sanitize(url)
        )),
        Err(e) => Err(format!(
            "cannot open {}: `{opener}` did not start: {e}",
            display::sanitize(url)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_opener_is_named_in_the_message() {
        let error = open_in_background("https://news.example/a", "margin-no-such-opener")
            .expect_err("no such program");
        assert_eq!(
            error,
            "cannot open https://news.example/a: there is no `margin-no-such-opener` on this system to open web pages with"
        );
    }

    #[test]
    fn an_opener_that_exists_is_started_and_not_waited_for() {
        assert_eq!(open_in_background("https://news.example/a", "true"), Ok(()));
    }
}
