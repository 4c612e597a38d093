//! Running one mutant: on a worker thread, under `catch_unwind`, with a time
//! limit.
//!
//! A mutant that panics is caught where it runs and reported with the
//! panic's message and place; a mutant that does not finish within the limit
//! is a hang: its worker is abandoned (a thread cannot be killed) and a fresh
//! one takes the next mutant.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::OnceLock;
use std::time::Duration;

/// Stack of a worker: the 8 MiB of a main thread, so that recursion limits
/// hold as they do in `cargo xtask generate`.
const WORKER_STACK: usize = 8 << 20;

/// How one mutant's check ended.
#[derive(Debug)]
pub enum Ran<T> {
    /// The check returned.
    Done(T),
    /// It panicked: the message and where.
    Panicked(String),
    /// It did not finish within the time limit.
    Hung,
}

type Job<T> = Box<dyn FnOnce() -> T + Send>;

/// A worker's ends: jobs in, outcomes out.
type Worker<T> = (Sender<Job<T>>, Receiver<Ran<T>>);

thread_local! {
    /// Set on fuzz workers: their panics are recorded, not printed.
    static WORKER: Cell<bool> = const { Cell::new(false) };
    /// The last panic of this thread: message and place.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs, once per process, the panic hook that records a worker's panic
/// in its thread and leaves other threads' panics to the previous hook.
fn install_hook() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !WORKER.with(Cell::get) {
                return previous(info);
            }
            let payload = info.payload();
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "non-string panic payload".to_owned());
            let place = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            LAST_PANIC.with(|slot| *slot.borrow_mut() = Some(format!("{message} (at {place})")));
        }));
    });
}

/// A worker thread that runs checks one at a time.
pub struct Runner<T: Send + 'static> {
    limit: Duration,
    worker: Option<Worker<T>>,
}

impl<T: Send + 'static> Runner<T> {
    /// A runner whose checks may take at most `limit` each.
    pub fn new(limit: Duration) -> Self {
        install_hook();
        Runner {
            limit,
            worker: None,
        }
    }

    /// Runs `check` on the worker and waits at most the time limit.
    pub fn run(&mut self, check: impl FnOnce() -> T + Send + 'static) -> Ran<T> {
        let (jobs, results) = self.worker.get_or_insert_with(spawn);
        if jobs.send(Box::new(check)).is_err() {
            self.worker = None;
            return Ran::Panicked("the worker thread died".to_owned());
        }
        match results.recv_timeout(self.limit) {
            Ok(ran) => ran,
            Err(RecvTimeoutError::Timeout) => {
                // Abandoned: it ends by itself if the check ever returns.
                self.worker = None;
                Ran::Hung
            }
            Err(RecvTimeoutError::Disconnected) => {
                self.worker = None;
                Ran::Panicked("the worker thread died".to_owned())
            }
        }
    }
}

fn spawn<T: Send + 'static>() -> Worker<T> {
    let (job_tx, job_rx) = mpsc::channel::<Job<T>>();
    let (ran_tx, ran_rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("fuzz-worker".to_owned())
        .stack_size(WORKER_STACK)
        .spawn(move || {
            WORKER.with(|w| w.set(true));
            for job in job_rx {
                let ran = match panic::catch_unwind(AssertUnwindSafe(job)) {
                    Ok(value) => Ran::Done(value),
                    Err(_) => Ran::Panicked(
                        LAST_PANIC
                            .with(|slot| slot.borrow_mut().take())
                            .unwrap_or_else(|| "panic".to_owned()),
                    ),
                };
                if ran_tx.send(ran).is_err() {
                    return;
                }
            }
        })
        .expect("spawning a fuzz worker thread");
    (job_tx, ran_rx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_caught_with_its_message_and_the_worker_goes_on() {
        let mut runner = Runner::new(Duration::from_secs(5));
        match runner.run(|| -> u32 { panic!("boom {}", 7) }) {
            Ran::Panicked(message) => assert!(message.starts_with("boom 7 (at "), "{message}"),
            other => panic!("expected a panic, got {other:?}"),
        }
        assert!(matches!(runner.run(|| 3), Ran::Done(3)));
    }

    #[test]
    fn a_check_over_the_limit_is_a_hang_and_the_next_one_runs() {
        let mut runner = Runner::new(Duration::from_millis(50));
        let hang = runner.run(|| std::thread::sleep(Duration::from_millis(500)));
        assert!(matches!(hang, Ran::Hung), "{hang:?}");
        assert!(matches!(runner.run(|| ()), Ran::Done(())));
    }
}
