//! `azure-report.json`: the server's own coverage report of the Azure
//! scenarios, read as the typed map the spec declares (no scenario of its
//! own).

mod common;

use autorest_azure_report::v1_0_0::*;

type Client = AutoRestReportServiceForAzureClient;
type Options = AutoRestReportServiceForAzureClientOptions;

client!(Client, Options);

#[tokio::test]
async fn the_report_maps_each_azure_scenario_to_its_count() {
    let report = client()
        .get_report(None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    // Scenarios of lro.json and paging.json are Azure scenarios.
    for name in [
        "LROPutInlineComplete",
        "PagingSingle",
        "LROParameterizedEndpoint",
    ] {
        let count = report.get(name).unwrap_or_else(|| panic!("{name} missing"));
        assert!(*count >= 0, "{name}: {count}");
    }
    // Vanilla scenarios are in the other report.
    assert!(!report.contains_key("getArrayNull"));
}
