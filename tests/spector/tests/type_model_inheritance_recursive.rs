//! `type/model/inheritance/recursive`: a model that extends a model
//! holding an array of itself, three levels deep, read and sent.

mod common;

use spector_type_model_inheritance_recursive::v0000_00_00::{
    Extension, TitleClient, TitleClientOptions,
};

client!(TitleClient, TitleClientOptions);

fn extension(level: i64, children: Option<Vec<Extension>>) -> Extension {
    Extension {
        level: Some(level),
        extension: children,
        ..Default::default()
    }
}

/// `level` numbers, depth first, with `(` and `)` around children.
fn shape(e: &Extension) -> String {
    let mut text = e.level.map_or("?".to_owned(), |l| l.to_string());
    if let Some(children) = &e.extension {
        let inner: Vec<String> = children.iter().map(shape).collect();
        text.push_str(&format!("({})", inner.join(",")));
    }
    text
}

#[tokio::test]
async fn get() {
    let got = client().get(None).await.unwrap().into_model().unwrap();
    assert_eq!(shape(&got), "0(1(2),1)");
    assert!(got.additional_properties.is_empty());
}

#[tokio::test]
async fn put() {
    let body = extension(
        0,
        Some(vec![
            extension(1, Some(vec![extension(2, None)])),
            extension(1, None),
        ]),
    );
    client().put(body.try_into().unwrap(), None).await.unwrap();
}
