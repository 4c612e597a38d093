//! The one-call entry point: a spec file in, every file of its client crate
//! out, in memory. The CLI's `generate`, `cargo xtask generate` and a
//! `build.rs` all go through [`generate`].
//!
//! ```no_run
//! use std::path::Path;
//!
//! let options = azure_codegen::Options {
//!     crate_name: Some("azure_key_vault_secrets".into()),
//!     client: Some("SecretClient".into()),
//!     ..Default::default()
//! };
//! let files = azure_codegen::generate(Path::new("specs/secrets.json"), &options)?;
//! // Written aside, then swapped in: a failure leaves the old folder as it was.
//! azure_codegen::output::write_crate(Path::new("crates/secrets"), &files)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::path::{Path, PathBuf};

use crate::emit::{emit_crate_rooted, CrateConfig, EmitError, Files, Layout, Root};

/// How [`generate`] names and lays out the crate. Every field has a
/// default: set the ones you need and fill the rest with
/// `..Default::default()`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The package name (default: from the spec's title, `Key Vault
    /// Client` → `azure_key_vault`).
    pub crate_name: Option<String>,
    /// The client struct's name (default: from the spec's title,
    /// `KeyVaultClient`).
    pub client: Option<String>,
    /// The OAuth2 scope the client asks tokens for, when the spec's
    /// security definition has no usable one.
    pub scope: Option<String>,
    /// How the generated docs name the spec (default: the path given to
    /// [`generate`]); a path relative to a specs checkout keeps a machine's
    /// own folders out of the files.
    pub spec_name: Option<PathBuf>,
    /// How the Rust files are laid out (default: rustfmt's,
    /// [`Layout::Rustfmt`]; [`Layout::Prettyplease`] starts no process).
    pub layout: Layout,
    /// What `src/lib.rs` is the root of: a crate of its own (default), or
    /// another crate that `include!`s it ([`Root::Included`]), as a
    /// `build.rs` writes it:
    ///
    /// ```no_run
    /// // build.rs
    /// use std::path::{Path, PathBuf};
    ///
    /// use azure_codegen::emit::Root;
    ///
    /// let spec = "widgets.json";
    /// println!("cargo::rerun-if-changed={spec}");
    /// let options = azure_codegen::Options { root: Root::Included, ..Default::default() };
    /// let files = azure_codegen::generate(Path::new(spec), &options)?;
    /// let out = PathBuf::from(std::env::var("OUT_DIR")?).join("widgets");
    /// azure_codegen::output::write_crate(&out, &files)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// The crate's `src/lib.rs` then reads
    /// `include!(concat!(env!("OUT_DIR"), "/widgets/src/lib.rs"));`, and its
    /// `Cargo.toml` has the `[dependencies]` of the generated one.
    pub root: Root,
}

/// Every file of the client crate of the spec at `spec` (one module, named
/// after the spec's api-version and enabled by default), keyed by path
/// relative to the crate root; nothing is written. Bad input is an error
/// naming the file and JSON pointer ([`EmitError::Spec`]).
///
/// ```
/// use std::path::Path;
///
/// use azure_codegen::emit::Layout;
///
/// # let dir = std::env::temp_dir().join(format!("generate-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir)?;
/// let spec = dir.join("widgets.json");
/// std::fs::write(&spec, r#"{"swagger": "2.0",
///     "info": {"title": "Widgets", "version": "2024-05-01"}, "host": "example.com",
///     "paths": {"/widgets": {"get": {"operationId": "Widgets_List",
///         "responses": {"204": {"description": "none"}}}}}}"#)?;
/// let options = azure_codegen::Options { layout: Layout::Prettyplease, ..Default::default() };
/// let files = azure_codegen::generate(&spec, &options)?;
/// // Named after the title and api-version.
/// assert!(files[Path::new("Cargo.toml")].contains(r#"name = "azure_widgets""#));
/// assert!(files[Path::new("src/v2024_05_01/client.rs")].contains("pub struct WidgetsClient"));
///
/// // Bad input names its file and JSON pointer.
/// std::fs::write(&spec, r##"{"swagger": "2.0", "info": {"title": "W", "version": "1"},
///     "paths": {}, "definitions": {"A": {"$ref": "#/definitions/B"}}}"##)?;
/// let error = azure_codegen::generate(&spec, &options).unwrap_err().to_string();
/// assert!(error.contains("widgets.json: #/definitions/A"), "{error}");
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn generate(spec: &Path, options: &Options) -> Result<Files, EmitError> {
    let config = crate_config(spec, options)?;
    emit_crate_rooted(&config, options.root)
}

/// The crate [`generate`] emits, before emission: for callers that add to
/// it (the conformance runner adds its harness).
pub fn crate_config(spec: &Path, options: &Options) -> Result<CrateConfig, EmitError> {
    let api = crate::load_api(spec).map_err(EmitError::Spec)?;
    let named = options.spec_name.as_deref().unwrap_or(spec);
    Ok(CrateConfig {
        layout: options.layout.clone(),
        ..CrateConfig::of_spec(
            api,
            named,
            options.crate_name.clone(),
            options.client.clone(),
            options.scope.clone(),
        )
    })
}
