//! Generates the client of `widgets.json` into `OUT_DIR/widgets` through the
//! library, in the form `src/lib.rs` includes (`Root::Included`).
//! prettyplease's layout: nobody reads these files, and no rustfmt process
//! is started.

use std::path::{Path, PathBuf};

use azure_codegen::emit::{Layout, Root};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let spec = Path::new("widgets.json");
    println!("cargo::rerun-if-changed={}", spec.display());
    let options = azure_codegen::Options {
        client: Some("WidgetClient".into()),
        layout: Layout::Prettyplease,
        root: Root::Included,
        ..Default::default()
    };
    let files = azure_codegen::generate(spec, &options)?;
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("widgets");
    azure_codegen::output::write_crate(&out, &files)?;
    Ok(())
}
