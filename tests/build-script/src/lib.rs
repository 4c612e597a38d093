//! A crate whose client is generated at build time: `build.rs` turns
//! `widgets.json` into its files through the `azure_codegen` library, and
//! this root includes them. The client is `v2024_05_01::WidgetClient`.

include!(concat!(env!("OUT_DIR"), "/widgets/src/lib.rs"));
