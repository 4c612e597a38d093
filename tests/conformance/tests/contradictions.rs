//! The harness tells a spec's own contradictions from client faults: an
//! example whose body cannot be valid under its spec (an object where the
//! spec declares an array) is skipped with the place and both shapes, while
//! a client that fails on a body its spec allows still fails.

use std::future::Future;
use std::pin::Pin;

use azure_conformance::report::Verdict;
use azure_conformance::{Call, OperationShape, Outcome, PathPart, Returns, Suite};

static POOL_GET: OperationShape = OperationShape {
    id: "Pool_Get",
    method: "GET",
    path: &[
        PathPart::Literal("/pools/"),
        PathPart::Param {
            name: "poolId",
            raw: false,
        },
    ],
    fixed_query: &[],
    parameters: &[],
    body: None,
    content_type: None,
    returns: Returns::Json,
    long_running: None,
    examples: &[
        ("contradicts", "./examples/contradicts.json"),
        ("fits", "./examples/fits.json"),
    ],
};

/// A client that never manages to read a body.
fn failing_client(_: Call) -> Pin<Box<dyn Future<Output = Outcome>>> {
    Box::pin(async {
        Outcome::Error {
            status: None,
            code: None,
            message: "the body did not deserialize".to_owned(),
        }
    })
}

#[tokio::test]
async fn a_contradicting_example_is_skipped_a_failing_client_still_fails() {
    let spec = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../specs/conformance/contradiction.json"
    );
    let report = Suite::for_spec(spec)
        .run(std::slice::from_ref(&POOL_GET), failing_client)
        .await;
    let verdicts: Vec<(&str, &Verdict)> = report
        .cases
        .iter()
        .map(|c| (c.name.as_str(), &c.verdict))
        .collect();
    assert_eq!(verdicts.len(), 2, "{verdicts:?}");
    match verdicts[0] {
        ("Pool_Get / contradicts [200]", Verdict::Skipped(reason)) => assert_eq!(
            reason,
            "the spec contradicts its example's 200 response: at `/metadata` \
             the spec declares string[] and the example has an object"
        ),
        other => panic!("expected the contradiction skipped, got {other:?}"),
    }
    assert!(
        matches!(verdicts[1], ("Pool_Get / fits [200]", Verdict::Failed(_))),
        "{verdicts:?}"
    );
}
