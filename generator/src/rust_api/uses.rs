//! Where each model and enum of a module is first used: what the docs of a
//! type the spec leaves undescribed say instead of repeating its name
//! (`/// WebhookHookParameter` tells a reader nothing; "The type of
//! `WebhookHookInfo.hookParameter`" does).

use std::collections::HashMap;

use crate::ir::{Api, TypeId, TypeRef};

/// The first use of every model and enum, in spec order: a kind of a
/// discriminated model, a model's property, an operation's request body or
/// response.
pub(crate) struct Uses(HashMap<TypeId, String>);

impl Uses {
    /// Indexes the uses of `api`'s types.
    pub(crate) fn of(api: &Api) -> Self {
        let mut uses = HashMap::new();
        for (id, model) in &api.models {
            if let (Some(value), Some(parent)) = (&model.discriminator_value, model.parents.first())
            {
                let parent = &api.model(parent).name.client;
                uses.insert(id.clone(), format!("The kind `{value}` of `{parent}`."));
            }
        }
        let mut note = |ty: &TypeRef, text: &dyn Fn() -> String| {
            if let Some(id) = ty.named() {
                uses.entry(id.clone()).or_insert_with(text);
            }
        };
        for model in api.models.values() {
            for property in &model.properties {
                note(&property.ty, &|| {
                    format!(
                        "The type of `{}.{}`.",
                        model.name.client, property.wire_name
                    )
                });
            }
        }
        for op in &api.operations {
            if let Some(body) = &op.body {
                note(&body.ty, &|| format!("The request body of `{}`.", op.id));
            }
            for parameter in super::signature::input_params(op) {
                note(&parameter.ty, &|| {
                    format!(
                        "The type of `{}`'s parameter `{}`.",
                        op.id, parameter.wire_name
                    )
                });
            }
            for response in op.responses.iter().filter(|r| r.body.is_some()) {
                if let Some(body) = &response.body {
                    note(body, &|| format!("The response body of `{}`.", op.id));
                }
            }
            for events in op.responses.iter().filter_map(|r| r.events.as_ref()) {
                note(&events.item, &|| {
                    format!("An item of the response stream of `{}`.", op.id)
                });
            }
        }
        Self(uses)
    }

    /// The docs of type `id` where the spec gives none.
    pub(crate) fn describe(&self, api: &Api, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| {
            let name = api
                .models
                .get(id)
                .map(|m| &m.name.client)
                .or_else(|| api.enums.get(id).map(|e| &e.name.client));
            format!(
                "`{}` of the spec, which no operation uses.",
                name.map_or(id, String::as_str)
            )
        })
    }
}

/// A type's description, unless it only repeats the type's name (TypeSpec
/// writes `AutoUserScope enums` for an enum named `AutoUserScope`).
pub(crate) fn informative<'a>(description: Option<&'a str>, name: &str) -> Option<&'a str> {
    description.filter(|text| {
        let text = text.trim().trim_end_matches('.');
        let rest = text.strip_prefix(name).map(str::trim);
        !matches!(rest, Some("" | "enum" | "enums" | "model" | "type"))
    })
}

#[cfg(test)]
mod tests {
    use super::informative;

    #[test]
    fn a_description_that_repeats_the_name_says_nothing() {
        assert_eq!(
            informative(Some("AutoUserScope enums"), "AutoUserScope"),
            None
        );
        assert_eq!(informative(Some("Widget."), "Widget"), None);
        assert_eq!(
            informative(Some("Widget parts, in order."), "Widget"),
            Some("Widget parts, in order.")
        );
        assert_eq!(
            informative(Some("The scope."), "AutoUserScope"),
            Some("The scope.")
        );
    }
}
