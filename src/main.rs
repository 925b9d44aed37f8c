//! The `whosaid` command: flags, wiring and reporting around the stage crates. No NLP logic
//! lives here; see `ARCHITECTURE.md` for where each stage is.

mod clusters;
mod flags;
mod output;
mod pipeline;
mod progress;
mod recluster;
mod run;
mod store;

use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Parser;

/// mimalloc instead of the C library's malloc: the stages allocate and free many small
/// strings and vectors per article (names, mentions, claims, rows), and glibc's malloc, free
/// and realloc took about 15% of a one-thread run's instructions, more in time (its arena
/// locks and `malloc_consolidate`). mimalloc's thread-local free lists make each call a few
/// instructions; the output does not depend on the allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Set by the first Ctrl-C: the run stops at the next batch and writes no table.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

fn main() -> ExitCode {
    let flags = flags::Flags::parse();
    // The second Ctrl-C stops at once; the first lets the run drop its temporary files.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    let result = match &flags.command {
        flags::Command::Run(f) => run::run(f),
        flags::Command::Cluster(f) => recluster::recluster(f),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "whosaid: error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
