//! `special-words`: model names, property names, operation names and
//! parameter names that are keywords in Rust or another SDK language, each
//! called with the values of the scenario's mock API.

mod common;

use spector_special_words::v0000_00_00::*;

client!(TitleClient, TitleClientOptions);

/// `POST /special-words/models/<word>` with the model `Models<Word>`
/// carrying `{"name": "ok"}`.
macro_rules! model {
    ($($name:ident: $op:ident($model:ident)),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            let body = $model {
                name: Some("ok".to_owned()),
                ..Default::default()
            };
            client().$op(body.try_into().unwrap(), None).await.unwrap();
        }
    )*};
}

/// `GET /special-words/operations/<word>`.
macro_rules! operation {
    ($($name:ident: $op:ident),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            client().$op(None).await.unwrap();
        }
    )*};
}

/// `GET /special-words/parameters/<word>?<word>=ok`.
macro_rules! parameter {
    ($($name:ident: $op:ident),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            client().$op("ok", None).await.unwrap();
        }
    )*};
}

model!(
    model_and: models_with_and(ModelsAnd),
    model_as: models_with_as(ModelsAs),
    model_assert: models_with_assert(ModelsAssert),
    model_async: models_with_async(ModelsAsync),
    model_await: models_with_await(ModelsAwait),
    model_break: models_with_break(ModelsBreak),
    model_class: models_with_class(ModelsClass),
    model_constructor: models_with_constructor(ModelsConstructor),
    model_continue: models_with_continue(ModelsContinue),
    model_def: models_with_def(ModelsDef),
    model_del: models_with_del(ModelsDel),
    model_elif: models_with_elif(ModelsElif),
    model_else: models_with_else(ModelsElse),
    model_except: models_with_except(ModelsExcept),
    model_exec: models_with_exec(ModelsExec),
    model_finally: models_with_finally(ModelsFinally),
    model_for: models_with_for(ModelsFor),
    model_from: models_with_from(ModelsFrom),
    model_global: models_with_global(ModelsGlobal),
    model_if: models_with_if(ModelsIf),
    model_import: models_with_import(ModelsImport),
    model_in: models_with_in(ModelsIn),
    model_is: models_with_is(ModelsIs),
    model_lambda: models_with_lambda(ModelsLambda),
    model_not: models_with_not(ModelsNot),
    model_or: models_with_or(ModelsOr),
    model_pass: models_with_pass(ModelsPass),
    model_raise: models_with_raise(ModelsRaise),
    model_return: models_with_return(ModelsReturn),
    model_try: models_with_try(ModelsTry),
    model_while: models_with_while(ModelsWhile),
    model_with: models_with_with(ModelsWith),
    model_yield: models_with_yield(ModelsYield),
);

operation!(
    operation_and: operations_and,
    operation_as: operations_as,
    operation_assert: operations_assert,
    operation_async: operations_async,
    operation_await: operations_await,
    operation_break: operations_break,
    operation_class: operations_class,
    operation_constructor: operations_constructor,
    operation_continue: operations_continue,
    operation_def: operations_def,
    operation_del: operations_del,
    operation_elif: operations_elif,
    operation_else: operations_else,
    operation_except: operations_except,
    operation_exec: operations_exec,
    operation_finally: operations_finally,
    operation_for: operations_for,
    operation_from: operations_from,
    operation_global: operations_global,
    operation_if: operations_if,
    operation_import: operations_import,
    operation_in: operations_in,
    operation_is: operations_is,
    operation_lambda: operations_lambda,
    operation_not: operations_not,
    operation_or: operations_or,
    operation_pass: operations_pass,
    operation_raise: operations_raise,
    operation_return: operations_return,
    operation_try: operations_try,
    operation_while: operations_while,
    operation_with: operations_with,
    operation_yield: operations_yield,
);

parameter!(
    parameter_and: parameters_with_and,
    parameter_as: parameters_with_as,
    parameter_assert: parameters_with_assert,
    parameter_async: parameters_with_async,
    parameter_await: parameters_with_await,
    parameter_break: parameters_with_break,
    parameter_class: parameters_with_class,
    parameter_constructor: parameters_with_constructor,
    parameter_continue: parameters_with_continue,
    parameter_def: parameters_with_def,
    parameter_del: parameters_with_del,
    parameter_elif: parameters_with_elif,
    parameter_else: parameters_with_else,
    parameter_except: parameters_with_except,
    parameter_exec: parameters_with_exec,
    parameter_finally: parameters_with_finally,
    parameter_for: parameters_with_for,
    parameter_from: parameters_with_from,
    parameter_global: parameters_with_global,
    parameter_if: parameters_with_if,
    parameter_import: parameters_with_import,
    parameter_in: parameters_with_in,
    parameter_is: parameters_with_is,
    parameter_lambda: parameters_with_lambda,
    parameter_not: parameters_with_not,
    parameter_or: parameters_with_or,
    parameter_pass: parameters_with_pass,
    parameter_raise: parameters_with_raise,
    parameter_return: parameters_with_return,
    parameter_try: parameters_with_try,
    parameter_while: parameters_with_while,
    parameter_with: parameters_with_with,
    parameter_yield: parameters_with_yield,
    parameter_cancellation_token: parameters_with_cancellation_token,
);

#[tokio::test]
async fn model_properties_same_as_model() {
    let body = ModelPropertiesSameAsModel {
        same_as_model: Some("ok".to_owned()),
        ..Default::default()
    };
    client()
        .model_properties_same_as_model(body.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn model_properties_dict_methods() {
    let ok = || Some("ok".to_owned());
    let body = ModelPropertiesDictMethods {
        keys: ok(),
        items: ok(),
        values: ok(),
        popitem: ok(),
        clear: ok(),
        update: ok(),
        setdefault: ok(),
        pop: ok(),
        get: ok(),
        copy: ok(),
        ..Default::default()
    };
    client()
        .model_properties_dict_methods(body.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn model_properties_with_list() {
    let body = ModelPropertiesModelWithList {
        list: Some("ok".to_owned()),
        ..Default::default()
    };
    client()
        .model_properties_with_list(body.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn reserved_operation_body_params_with_items() {
    let body = ReservedOperationBodyParamsWithItemsBody {
        items: Some(vec!["item".to_owned()]),
        ..Default::default()
    };
    client()
        .reserved_operation_body_params_with_items(body.try_into().unwrap(), None)
        .await
        .unwrap();
}

#[tokio::test]
async fn extensible_strings_put_extensible_string_value() {
    let got = client()
        .put_extensible_string_value(ExtensibleString::Class.try_into().unwrap(), None)
        .await
        .unwrap()
        .into_model()
        .unwrap();
    assert_eq!(got, ExtensibleString::Class);
}
