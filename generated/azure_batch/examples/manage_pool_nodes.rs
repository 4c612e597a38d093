//! Lists the idle nodes of a pool (with `$filter`, `$select` and
//! `maxresults`), deallocates the first one once its tasks complete, waits
//! until it is deallocated (Batch refuses to start a node before), starts
//! it again, waits until it is idle and reimages it, terminating whatever
//! tasks it was given in the meantime.
//!
//! ```sh
//! az login
//! cargo run --example manage_pool_nodes -- https://ACCOUNT.REGION.batch.azure.com POOL_ID
//! ```

use azure_batch::v2025_06_01::{
    BatchClient, BatchClientDeallocateNodeOptions, BatchClientListNodesOptions,
    BatchClientReimageNodeOptions, BatchErrorExt as _, BatchNodeDeallocateOption,
    BatchNodeDeallocateOptions, BatchNodeReimageOption, BatchNodeReimageOptions, BatchNodeState,
};
use azure_core::http::{NoFormat, Response};
use azure_identity::DeveloperToolsCredential;
use futures::TryStreamExt as _;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(endpoint), Some(pool_id)) = (args.next(), args.next()) else {
        eprintln!("usage: manage_pool_nodes ENDPOINT POOL_ID");
        std::process::exit(2);
    };

    let credential = DeveloperToolsCredential::new(None)?;
    let client = BatchClient::new(&endpoint, credential, None)?;

    // The pager asks for pages of at most 100 nodes and follows
    // `odata.nextLink` until the last one.
    let options = BatchClientListNodesOptions {
        filter: Some("state eq 'idle'".into()),
        select: Some(vec!["id".into(), "state".into(), "vmSize".into()]),
        maxresults: Some(100),
        ..Default::default()
    };
    let mut nodes = client.list_nodes(&pool_id, Some(options))?;
    let mut idle = Vec::new();
    while let Some(node) = nodes.try_next().await? {
        println!(
            "{}\t{:?}\t{}",
            node.id.as_deref().unwrap_or("?"),
            node.state,
            node.vm_size.as_deref().unwrap_or("?")
        );
        idle.extend(node.id);
    }
    let Some(node_id) = idle.first() else {
        println!("no idle node in pool {pool_id}");
        return Ok(());
    };

    // Deallocate: the node keeps its disk and stops being billed for compute.
    let deallocate = BatchNodeDeallocateOptions {
        node_deallocate_option: Some(BatchNodeDeallocateOption::TaskCompletion),
        ..Default::default()
    };
    let options = BatchClientDeallocateNodeOptions {
        options: Some(deallocate.try_into()?),
        ..Default::default()
    };
    report(
        "deallocate",
        client
            .deallocate_node(&pool_id, node_id, Some(options))
            .await,
    )?;

    // With `TaskCompletion` the node deallocates once its tasks are done;
    // until then Batch refuses to start it (`NodeNotInDeallocatedState`).
    wait_for(&client, &pool_id, node_id, BatchNodeState::Deallocated).await?;
    report("start", client.start_node(&pool_id, node_id, None).await)?;
    wait_for(&client, &pool_id, node_id, BatchNodeState::Idle).await?;

    let reimage = BatchNodeReimageOptions {
        node_reimage_option: Some(BatchNodeReimageOption::Terminate),
        ..Default::default()
    };
    let options = BatchClientReimageNodeOptions {
        options: Some(reimage.try_into()?),
        ..Default::default()
    };
    report(
        "reimage",
        client.reimage_node(&pool_id, node_id, Some(options)).await,
    )?;
    Ok(())
}

/// Polls the node every 15 seconds until it is in `state`.
async fn wait_for(
    client: &BatchClient,
    pool_id: &str,
    node_id: &str,
    state: BatchNodeState,
) -> azure_core::Result<()> {
    loop {
        let node = client
            .get_node(pool_id, node_id, None)
            .await?
            .into_model()?;
        println!("{node_id} is {:?}", node.state);
        if node.state.as_ref() == Some(&state) {
            return Ok(());
        }
        azure_core::sleep(azure_core::time::Duration::seconds(15)).await;
    }
}

/// Prints what the service said of one request: a refusal by the service
/// (a `BatchError`, e.g. `NodeNotInDeallocatedState`) is printed, any other
/// failure ends the program.
fn report<T>(
    what: &str,
    result: azure_core::Result<Response<T, NoFormat>>,
) -> Result<(), Box<dyn std::error::Error>> {
    match result {
        Ok(response) => println!("{what} accepted: {}", response.status()),
        Err(error) => match error.batch_error() {
            Some(batch_error) => eprintln!("{what} refused by Batch: {:?}", batch_error.code),
            None => return Err(error.into()),
        },
    }
    Ok(())
}
