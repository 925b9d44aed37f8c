//! The progress bar on stderr: articles and MB done, rate and ETA. Hidden when stderr is not
//! a terminal or with `--quiet`, so logs and pipes stay clean.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: ProgressBar,
    articles: std::cell::Cell<u64>,
}

impl Progress {
    pub fn new(quiet: bool, total_bytes: Option<u64>) -> Progress {
        let bar = match total_bytes {
            Some(total) => ProgressBar::new(total),
            None => ProgressBar::no_length(),
        };
        if quiet || !std::io::stderr().is_terminal() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        let template = if total_bytes.is_some() {
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} \
             ETA {eta} {msg}"
        } else {
            "{spinner} [{elapsed_precise}] {bytes} {bytes_per_sec} {msg}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        Progress { bar, articles: std::cell::Cell::new(0) }
    }

    pub fn advance(&self, bytes: usize) {
        self.bar.inc(bytes as u64);
        let articles = self.articles.get() + 1;
        self.articles.set(articles);
        if articles % 64 == 1 {
            self.bar.set_message(format!("{articles} articles"));
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
