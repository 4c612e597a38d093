//! The generated Storage clients against Azurite, Microsoft's Storage
//! emulator: the Blob 2024-08-04 client (fixture
//! `azure_storage_blob_fixture`) in [`blob`], the Queue 2018-03-28 client
//! (`azure_storage_queue_fixture`) in [`queue`], and the example program
//! `examples/upload_list_download.rs` run in [`example`].
//!
//! One Azurite serves the whole test binary (started by the first test
//! that needs it, both services at once: they take seconds to load); each
//! test works in containers and queues of its own, so the tests run side
//! by side. Azurite stops when this binary ends, however it ends.
//! Without an npm install in `tests/azurite`, the first start runs `npm ci`
//! there (npm needed).

mod blob;
mod example;
mod queue;

// The example program itself, compiled into this test so that its code is
// what runs against Azurite; its `main` serves `cargo run --example`.
#[path = "../../examples/upload_list_download.rs"]
#[allow(dead_code)]
mod example_program;

use azure_core::error::ErrorKind;
use azure_core::http::StatusCode;
use azurite::Azurite;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The binary's Azurite, started on first use; its logs in
/// `target/tmp/azurite/`.
fn azurite() -> &'static Azurite {
    static AZURITE: OnceLock<Azurite> = OnceLock::new();
    AZURITE.get_or_init(|| {
        let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("azurite");
        Azurite::start(&work).unwrap_or_else(|e| panic!("cannot start Azurite: {e}"))
    })
}

/// A container or queue name no other test of this run uses: lowercase
/// letters, digits and dashes, as both services require.
fn unique(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!(
        "{prefix}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// The status and the service's error code of an error a client method
/// returned: the code is Azurite's `x-ms-error-code` (or the XML body's
/// `<Code>`), as the generated client put it into `azure_core`'s error.
fn status_and_code(error: &azure_core::Error) -> (StatusCode, String) {
    match error.kind() {
        ErrorKind::HttpResponse {
            status, error_code, ..
        } => (*status, error_code.clone().unwrap_or_default()),
        other => panic!("not an HTTP response error: {other:?} ({error})"),
    }
}
