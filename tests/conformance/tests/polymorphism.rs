//! Discriminated hierarchies through the real generated clients over
//! loopback HTTPS: every element is read as the kind its discriminator
//! names, keeping every field at any depth; a kind the spec does not know
//! is kept whole; a known kind with a malformed body is an error; what is
//! read is written back exactly.
//!
//! `azure_zoo` (tests/specs/polymorphism/zoo.json) has every shape: three
//! levels with a concrete middle, a field, an array, a map, recursion, a
//! discriminator value defaulting to the definition name. The other crates
//! are real data-plane specs of the corpus (tests/fixtures, from the
//! manifest): Search 2024-07-01 skillsets, Job Router 2023-11-01
//! distribution modes, Metrics Advisor v1.0 feedback.

use azure_conformance::{MockServer, Reply};
use azure_core::error::ErrorKind;
use serde_json::{json, Value};

/// The JSON body of the `n`th request `server` received.
fn sent_body(server: &MockServer, n: usize) -> Value {
    let requests = server.requests();
    serde_json::from_slice(&requests[n].body).expect("a JSON request body")
}

mod zoo {
    use super::*;
    use azure_zoo::v2024_05_01::{
        Animal, AnimalBase, Enclosure, Fish, ZooClient, ZooClientOptions,
    };

    fn client(server: &MockServer) -> ZooClient {
        ZooClient::new(
            server.endpoint().as_str(),
            Some(ZooClientOptions {
                client_options: server.client_options(),
                ..ZooClientOptions::default()
            }),
        )
        .expect("a client")
    }

    /// An enclosure with every level, an unknown kind, a missing kind, a
    /// map and an animal inside an animal.
    fn enclosure() -> Value {
        json!({
            "star": {
                "kind": "dog", "name": "Rex", "legs": 4, "barks": true,
                "offspring": { "kind": "Fish", "name": "Nemo", "fins": 3 }
            },
            "residents": [
                { "kind": "Fish", "name": "Dory", "fins": 2 },
                { "kind": "mammal", "name": "Generic", "legs": 2 },
                { "kind": "bird", "name": "Tweety", "wingspan": 0.3, "songs": ["a", "b"] },
                { "name": "Nobody knows" }
            ],
            "byKeeper": { "ann": { "kind": "dog", "name": "Lassie", "barks": false } }
        })
    }

    #[tokio::test]
    async fn every_element_is_read_as_its_kind_and_written_back_exactly() {
        let server = MockServer::start(vec![
            Reply::json(200, &enclosure()),
            Reply::json(200, &enclosure()),
        ])
        .await;
        let client = client(&server);
        let read: Enclosure = client
            .enclosures_get("e1", None)
            .await
            .expect("the call succeeds")
            .into_model()
            .expect("the enclosure deserializes");

        let Some(Animal::Dog(star)) = read.star.as_ref() else {
            panic!("the star is a dog: {:?}", read.star);
        };
        assert_eq!((star.legs, star.barks), (Some(4), Some(true)));
        assert_eq!(star.name.as_deref(), Some("Rex"));
        let Some(Animal::Fish(nemo)) = star.offspring.as_deref() else {
            panic!("the offspring is a fish: {:?}", star.offspring);
        };
        assert_eq!(nemo.fins, Some(3));

        let residents = read.residents.as_deref().expect("residents");
        assert!(matches!(&residents[0], Animal::Fish(f) if f.fins == Some(2)));
        // A concrete middle level keeps its own fields.
        assert!(matches!(&residents[1], Animal::Mammal(m) if m.legs == Some(2)));
        // A kind the spec does not know keeps its kind, base fields and the rest.
        let Animal::UnknownKind(bird) = &residents[2] else {
            panic!("the bird is an unknown kind: {:?}", residents[2]);
        };
        assert_eq!(bird.kind.as_deref(), Some("bird"));
        assert_eq!(bird.name.as_deref(), Some("Tweety"));
        assert_eq!(bird.additional_properties["wingspan"], json!(0.3));
        assert!(matches!(&residents[3], Animal::UnknownKind(a) if a.kind.is_none()));
        let keeper = read.by_keeper.as_ref().expect("byKeeper");
        assert!(matches!(&keeper["ann"], Animal::Dog(d) if d.barks == Some(false)));

        // Written back: exactly what was read, no nulls, kinds kept.
        assert_eq!(serde_json::to_value(&read).unwrap(), enclosure());
        client
            .enclosures_replace("e1", read.try_into().unwrap(), None)
            .await
            .expect("the replace succeeds");
        assert_eq!(sent_body(&server, 1), enclosure());
    }

    /// A known kind whose body does not fit it is an error, not a silent
    /// fallback to the unknown kind.
    #[tokio::test]
    async fn a_known_kind_with_a_malformed_body_is_an_error() {
        let body = json!({ "star": { "kind": "dog", "legs": "four" } });
        let server = MockServer::start(vec![Reply::json(200, &body)]).await;
        let error = client(&server)
            .enclosures_get("e1", None)
            .await
            .expect("the call succeeds")
            .into_model()
            .expect_err("legs must be a number");
        assert_eq!(error.kind(), &ErrorKind::DataConversion, "{error}");
    }

    /// A kind built with `Default` is sent with its discriminator value (the
    /// definition name where the spec gives none), without nulls.
    #[tokio::test]
    async fn a_built_kind_is_sent_with_its_discriminator() {
        let server = MockServer::start(vec![Reply::json(
            201,
            &json!({ "kind": "Fish", "fins": 5, "name": "Wanda" }),
        )])
        .await;
        let fish = Fish {
            fins: Some(5),
            name: Some("Wanda".into()),
            ..Default::default()
        };
        let stored = client(&server)
            .animals_add(Animal::from(fish).try_into().unwrap(), None)
            .await
            .expect("the call succeeds")
            .into_model()
            .expect("the animal deserializes");
        assert_eq!(
            sent_body(&server, 0),
            json!({ "kind": "Fish", "fins": 5, "name": "Wanda" })
        );
        assert!(matches!(stored, Animal::Fish(f) if f.fins == Some(5)));

        // An unknown kind is sent as it is.
        let mut other = AnimalBase {
            kind: Some("bird".into()),
            ..Default::default()
        };
        other
            .additional_properties
            .insert("wingspan".into(), json!(1));
        assert_eq!(
            serde_json::to_value(Animal::UnknownKind(other)).unwrap(),
            json!({ "kind": "bird", "wingspan": 1 })
        );
    }
}

/// Reads `body` from a GET of `server` through `get`, checks the model with
/// `check`, and asserts that it serializes back to `body` exactly.
async fn read_and_write_back<T, F, C>(body: Value, get: F, check: C)
where
    T: serde::Serialize,
    F: AsyncFnOnce(&MockServer) -> T,
    C: FnOnce(&T),
{
    let server = MockServer::start(vec![Reply::json(200, &body)]).await;
    let model = get(&server).await;
    check(&model);
    assert_eq!(serde_json::to_value(&model).unwrap(), body);
}

#[tokio::test]
async fn search_skillset_skills_are_read_as_their_kinds() {
    use azure_search_service::v2024_07_01::{
        SearchIndexerSkill, SearchIndexerSkillset, SearchServiceClient, SearchServiceClientOptions,
    };
    let body = json!({
        "name": "skillset",
        "skills": [
            {
                "@odata.type": "#Microsoft.Skills.Text.KeyPhraseExtractionSkill",
                "name": "phrases",
                "inputs": [{ "name": "text", "source": "/document/content" }],
                "outputs": [{ "name": "keyPhrases", "targetName": "phrases" }],
                "defaultLanguageCode": "en",
                "maxKeyPhraseCount": 5
            },
            {
                "@odata.type": "#Microsoft.Skills.Future.SummarySkill",
                "name": "summary",
                "inputs": [],
                "outputs": [],
                "maxWords": 40
            }
        ]
    });
    read_and_write_back(
        body,
        async |server: &MockServer| -> SearchIndexerSkillset {
            let client = SearchServiceClient::new(
                server.endpoint().as_str(),
                Some(SearchServiceClientOptions {
                    client_options: server.client_options(),
                    ..Default::default()
                }),
            )
            .unwrap();
            client
                .skillsets_get("skillset", None)
                .await
                .unwrap()
                .into_model()
                .unwrap()
        },
        |skillset| {
            let skills = skillset.skills.as_deref().unwrap();
            assert!(matches!(
                &skills[0],
                SearchIndexerSkill::KeyPhraseExtractionSkill(s) if s.max_key_phrase_count == Some(5)
            ));
            assert!(matches!(
                &skills[1],
                SearchIndexerSkill::UnknownKind(s) if s.additional_properties["maxWords"] == 40
            ));
        },
    )
    .await;
}

#[tokio::test]
async fn job_router_distribution_mode_is_read_as_its_kind() {
    use azure_job_router::v2023_11_01::{
        DistributionMode, DistributionPolicy, JobRouterClient, JobRouterClientOptions,
    };
    let body = json!({
        "id": "policy-1",
        "name": "Longest idle",
        "offerExpiresAfterSeconds": 60.0,
        "mode": { "kind": "longestIdle", "minConcurrentOffers": 1, "maxConcurrentOffers": 3, "bypassSelectors": false }
    });
    read_and_write_back(
        body,
        async |server: &MockServer| -> DistributionPolicy {
            let client = JobRouterClient::new(
                server.endpoint().as_str(),
                Some(JobRouterClientOptions {
                    client_options: server.client_options(),
                    ..Default::default()
                }),
            )
            .unwrap();
            client
                .job_router_administration_operations_get_distribution_policy("policy-1", None)
                .await
                .unwrap()
                .into_model()
                .unwrap()
        },
        |policy| {
            assert!(matches!(
                policy.mode.as_ref(),
                Some(DistributionMode::LongestIdleMode(m)) if m.max_concurrent_offers == Some(3)
            ));
        },
    )
    .await;
}

#[tokio::test]
async fn metrics_advisor_feedback_is_read_as_its_kind() {
    use azure_metrics_advisor::v1_0::{
        MetricFeedback, MetricsAdvisorClient, MetricsAdvisorClientOptions,
    };
    let body = json!({
        "feedbackType": "Anomaly",
        "feedbackId": "2f7ba5a0-3ba3-4c4b-8e5b-3c0ab3a2c2f1",
        "metricId": "8f9b3e1c-8f1e-4e5e-9e1e-1c1e8f9b3e1c",
        "dimensionFilter": { "dimension": { "city": "Seattle" } },
        "startTime": "2020-01-01T00:00:00Z",
        "endTime": "2020-01-02T00:00:00Z",
        "value": { "anomalyValue": "NotAnomaly" }
    });
    read_and_write_back(
        body,
        async |server: &MockServer| -> MetricFeedback {
            let client = MetricsAdvisorClient::new(
                server.endpoint().as_str(),
                azure_core::credentials::Secret::new("a key"),
                Some(MetricsAdvisorClientOptions {
                    client_options: server.client_options(),
                    ..Default::default()
                }),
            )
            .unwrap();
            client
                .get_metric_feedback(
                    "2f7ba5a0-3ba3-4c4b-8e5b-3c0ab3a2c2f1".parse().unwrap(),
                    None,
                )
                .await
                .unwrap()
                .into_model()
                .unwrap()
        },
        |feedback| {
            let MetricFeedback::AnomalyFeedback(anomaly) = feedback else {
                panic!("an anomaly feedback: {feedback:?}");
            };
            let value = anomaly.value.as_ref().expect("value");
            assert_eq!(
                serde_json::to_value(value).unwrap(),
                json!({ "anomalyValue": "NotAnomaly" })
            );
        },
    )
    .await;
}
