//! The client generated at build time, used: a request goes through the
//! `azure_core` pipeline (to a transport that answers it here) and the
//! model comes back typed.

use std::sync::{Arc, Mutex};

use azure_build_script_example::v2024_05_01::{WidgetClient, WidgetClientOptions};
use azure_core::http::{
    headers::Headers,
    policies::{Policy, PolicyResult},
    AsyncRawResponse, ClientOptions, Context, Request, RetryOptions, StatusCode, Transport,
};

/// Answers every request with one widget and records the URLs asked for.
#[derive(Debug, Default)]
struct Service {
    urls: Mutex<Vec<String>>,
}

#[async_trait::async_trait]
impl Policy for Service {
    async fn send(
        &self,
        _ctx: &Context,
        request: &mut Request,
        _next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        self.urls.lock().unwrap().push(request.url().to_string());
        Ok(AsyncRawResponse::from_bytes(
            StatusCode::Ok,
            Headers::new(),
            br#"{"name":"w/1","size":3,"color":"blue"}"#.to_vec(),
        ))
    }
}

#[tokio::test]
async fn the_generated_client_sends_and_reads() {
    let service = Arc::new(Service::default());
    let options = WidgetClientOptions {
        client_options: ClientOptions {
            transport: Some(Transport::with_policy(service.clone())),
            retry: RetryOptions::none(),
            ..Default::default()
        },
        ..Default::default()
    };
    let client = WidgetClient::new("https://widgets.example.com", Some(options)).unwrap();
    let widget = client
        .widgets_get("w/1", None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(widget.name.as_deref(), Some("w/1"));
    assert_eq!(widget.size, Some(3));
    // What the spec does not define is kept.
    assert_eq!(widget.additional_properties["color"], "blue");
    assert_eq!(
        *service.urls.lock().unwrap(),
        ["https://widgets.example.com/widgets/w%2F1?api-version=2024-05-01"]
    );
}
