//! Lists the pools of a Batch account, then reimages one compute node,
//! terminating the tasks running on it.
//!
//! ```sh
//! az login
//! cargo run --example list_pools_and_reimage -- https://ACCOUNT.REGION.batch.azure.com POOL NODE
//! ```

use azure_batch::v2024_02_01::{
    BatchClient, BatchErrorExt as _, ComputeNodeReimageOption, ComputeNodeReimageOptions,
    NodeReimageParameter,
};
use azure_identity::DeveloperToolsCredential;
use futures::TryStreamExt as _;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(endpoint), Some(pool_id), Some(node_id)) = (args.next(), args.next(), args.next())
    else {
        eprintln!("usage: list_pools_and_reimage ENDPOINT POOL_ID NODE_ID");
        std::process::exit(2);
    };

    let credential = DeveloperToolsCredential::new(None)?;
    let client = BatchClient::new(&endpoint, credential, None)?;

    // The pager follows `odata.nextLink` until the last page.
    let mut pools = client.pool_list(None)?;
    while let Some(pool) = pools.try_next().await? {
        println!(
            "{}\t{:?}\t{} dedicated nodes",
            pool.id.as_deref().unwrap_or("?"),
            pool.state,
            pool.current_dedicated_nodes.unwrap_or_default()
        );
    }

    let mut parameter = NodeReimageParameter::default();
    parameter.node_reimage_option = Some(ComputeNodeReimageOption::Terminate);
    let options = ComputeNodeReimageOptions {
        node_reimage_parameter: Some(parameter.try_into()?),
        ..Default::default()
    };
    match client
        .compute_node_reimage(&pool_id, &node_id, Some(options))
        .await
    {
        Ok(response) => println!("reimage accepted: {}", response.status()),
        Err(error) => match error.batch_error() {
            Some(batch_error) => eprintln!("Batch refused: {:?}", batch_error.code),
            None => return Err(error.into()),
        },
    }
    Ok(())
}
