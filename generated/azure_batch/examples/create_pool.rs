//! Creates a pool of two Ubuntu nodes whose start task fetches a file: the
//! request body written as struct literals, the way models sent to the
//! service are built (each leaves the rest to `..Default::default()`).
//!
//! ```sh
//! az login
//! cargo run --example create_pool -- https://ACCOUNT.REGION.batch.azure.com POOL_ID
//! ```

use azure_batch::v2025_06_01::{
    BatchClient, BatchErrorExt as _, BatchPoolCreateOptions, BatchStartTask, BatchVmImageReference,
    EnvironmentSetting, ResourceFile, VirtualMachineConfiguration,
};
use azure_identity::DeveloperToolsCredential;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(endpoint), Some(pool_id)) = (args.next(), args.next()) else {
        eprintln!("usage: create_pool ENDPOINT POOL_ID");
        std::process::exit(2);
    };

    let credential = DeveloperToolsCredential::new(None)?;
    let client = BatchClient::new(&endpoint, credential, None)?;

    let pool = BatchPoolCreateOptions {
        id: Some(pool_id.clone()),
        vm_size: Some("standard_d2s_v3".into()),
        target_dedicated_nodes: Some(2),
        virtual_machine_configuration: Some(VirtualMachineConfiguration {
            image_reference: Some(BatchVmImageReference {
                publisher: Some("canonical".into()),
                offer: Some("0001-com-ubuntu-server-jammy".into()),
                sku: Some("22_04-lts".into()),
                ..Default::default()
            }),
            node_agent_sku_id: Some("batch.node.ubuntu 22.04".into()),
            ..Default::default()
        }),
        start_task: Some(BatchStartTask {
            command_line: Some("/bin/sh -c 'cat input.txt'".into()),
            resource_files: Some(vec![ResourceFile {
                http_url: Some("https://example.com/input.txt".into()),
                file_path: Some("input.txt".into()),
                ..Default::default()
            }]),
            environment_settings: Some(vec![EnvironmentSetting {
                name: Some("STAGE".into()),
                value: Some("test".into()),
                ..Default::default()
            }]),
            wait_for_success: Some(true),
            ..Default::default()
        }),
        ..Default::default()
    };
    // `Debug` of a model shows no values (a SAS URL in `http_url` stays
    // out of logs) unless the crate's `debug` feature is on.
    println!("creating {pool:?}");

    match client.create_pool(pool.try_into()?, None).await {
        Ok(response) => println!("pool {pool_id} accepted: {}", response.status()),
        Err(error) => match error.batch_error() {
            Some(batch_error) => eprintln!("refused by Batch: {:?}", batch_error.code),
            None => return Err(error.into()),
        },
    }
    Ok(())
}
