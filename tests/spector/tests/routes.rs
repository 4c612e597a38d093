//! `routes`: fixed routes, path and query parameters, reserved expansion,
//! and the URI-template expansions Swagger 2.0 can say: simple path
//! expansion (a value, a comma-joined array) and query expansion and
//! continuation (a value, an array comma-joined or repeated). The label,
//! matrix and path expansions, and records or models as parameters, are
//! left out: see docs/spector.md.

mod common;

use azure_core::http::StatusCode;
use spector_routes::v0000_00_00::{TitleClient, TitleClientOptions};

client!(TitleClient, TitleClientOptions);

fn ab() -> Vec<String> {
    vec!["a".to_owned(), "b".to_owned()]
}

/// Asserts that each response is the mock API's 204.
macro_rules! no_content {
    ($($call:expr),* $(,)?) => {
        $(assert_eq!($call.await.unwrap().status(), StatusCode::NoContent);)*
    };
}

#[tokio::test]
async fn fixed_routes() {
    let c = client();
    no_content!(c.fixed(None), c.in_interface_fixed(None));
}

#[tokio::test]
async fn path_parameters() {
    let c = client();
    no_content!(
        c.path_parameters_template_only("a", None),
        c.path_parameters_explicit("a", None),
        c.path_parameters_annotation_only("a", None),
    );
}

#[tokio::test]
async fn reserved_expansion() {
    let c = client();
    // Reserved expansion keeps the `/` and escapes the space.
    no_content!(
        c.reserved_expansion_template("foo/bar baz", None),
        c.reserved_expansion_annotation("foo/bar baz", None),
    );
}

#[tokio::test]
async fn simple_expansion() {
    let c = client();
    // `/routes/path/simple/…/primitive{param}` and `…/array{param}` (`a,b`:
    // a `csv` path array keeps its commas).
    no_content!(
        c.standard_primitive4("a", None),
        c.standard_array4(&ab(), None),
        c.explode_primitive4("a", None),
        c.explode_array4(&ab(), None),
    );
}

#[tokio::test]
async fn query_parameters() {
    let c = client();
    no_content!(
        c.query_parameters_template_only("a", None),
        c.query_parameters_explicit("a", None),
        c.query_parameters_annotation_only("a", None),
    );
}

#[tokio::test]
async fn query_expansion() {
    let c = client();
    // `param=a`, `param=a,b`, `param=a`, `param=a&param=b`.
    no_content!(
        c.standard_primitive5("a", None),
        c.standard_array5(&ab(), None),
        c.explode_primitive5("a", None),
        c.explode_array5(&ab(), None),
    );
}

#[tokio::test]
async fn query_continuation() {
    let c = client();
    // The same after the route's own `fixed=true`.
    no_content!(
        c.standard_primitive6("a", None),
        c.standard_array6(&ab(), None),
        c.explode_primitive6("a", None),
        c.explode_array6(&ab(), None),
    );
}
