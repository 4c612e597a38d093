//! JSON schemas → [`TypeRef`]s, [`Model`]s and [`Enum`]s.
//!
//! Named schemas (anything reached through a `$ref`) are lowered once and
//! remembered by file and pointer, which is also what makes self-referencing
//! models terminate: a model is registered before its properties are read.
//! Inline schemas that need a type of their own (objects with properties,
//! enums) are named from where they sit: `{Model}{Property}`,
//! `{Operation}{Parameter}`, `{Operation}Response`.

use heck::ToUpperCamelCase;
use serde_json::Value;

use super::{Dialect, Lowerer};
use crate::ir::{
    Constraints, DateTimeFormat, Enum, EnumValue, Model, Mutability, Origin, Property, RustName,
    Scalar, TypeRef, Xml,
};
use crate::naming;
use crate::spec::{kind, Node, Result};

impl<'a> Lowerer<'a> {
    /// The type of the schema at `node`; `context` names any anonymous type
    /// it has to create.
    pub(super) fn schema_type(&mut self, node: &Node<'a>, context: &str) -> Result<TypeRef> {
        if node.reference()?.is_some() {
            let target = self.specs.resolve(node.clone())?;
            return self.named_schema(target);
        }
        self.inline_schema(node, context, false)
    }

    /// The type of a schema reached by name (a definition, or any `$ref`
    /// target); lowered once per location.
    pub(super) fn named_schema(&mut self, node: Node<'a>) -> Result<TypeRef> {
        let node = self.specs.resolve(node)?;
        if let Some(ty) = self.named.get(&node.location()) {
            return Ok(ty.clone());
        }
        // A model registers itself before reading its properties; any other
        // schema met again while it is being lowered contains itself
        // through arrays and maps only, which no Rust type can be.
        if !self.in_progress.insert(node.location()) {
            return Err(node.error(format!(
                "schema '{}' contains itself through arrays or maps only, with no object in between: no type can hold it",
                node.key()
            )));
        }
        let name = node.key();
        let ty = self.inline_schema(&node, &name, true);
        self.in_progress.remove(&node.location());
        let ty = ty?;
        self.named.insert(node.location(), ty.clone());
        Ok(ty)
    }

    fn inline_schema(&mut self, node: &Node<'a>, context: &str, named: bool) -> Result<TypeRef> {
        if !node.value.is_object() {
            return Err(node.error(format!(
                "expected a schema object, found {}",
                kind(node.value)
            )));
        }
        if node.get("enum").is_some() || self.const_value(node).is_some() {
            return self.enum_schema(node, context, named, None);
        }
        if self.dialect != Dialect::Swagger2 {
            if let Some(union) = self.enum_union(node)? {
                return self.enum_schema(node, context, named, Some(union));
            }
            if let Some(only) = self.sole_member(node, named)? {
                return self.schema_type(&only, context);
            }
        }
        let ty = node.str("type");
        let ty = match node.get("type") {
            // `"type": ["string", "null"]` (OpenAPI 3.1 style) seen in a few
            // specs: the non-null member decides.
            Some(Node {
                value: Value::Array(types),
                ..
            }) => types
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null"),
            _ => ty?,
        };
        let has_structure = ["properties", "allOf", "discriminator"]
            .iter()
            .any(|k| node.get(k).is_some());
        match ty {
            Some("array") => {
                // Some published specs omit `items`; their arrays hold anything.
                let item = match node.get("items") {
                    Some(items) => {
                        let item = self.schema_type(&items, &format!("{context}Item"))?;
                        nullable(self, &items, item)?
                    }
                    None => TypeRef::Any,
                };
                Ok(TypeRef::Array(Box::new(item)))
            }
            Some("object") | None if has_structure => self.model(node, context, named),
            // AutoRest's spelling of a stream (`type: object, format: file`,
            // Storage's upload and download bodies): bytes, as `type: file`.
            Some("object") | None if node.str("format")? == Some("file") => {
                Ok(TypeRef::Scalar(Scalar::Binary))
            }
            Some("object") | None => match node.get("additionalProperties") {
                Some(ap) => match ap.value {
                    Value::Bool(true) => Ok(TypeRef::Map(Box::new(TypeRef::Any))),
                    Value::Bool(false) => Ok(TypeRef::Any),
                    _ => {
                        let inner = self.schema_type(&ap, &format!("{context}Value"))?;
                        Ok(TypeRef::Map(Box::new(nullable(self, &ap, inner)?)))
                    }
                },
                None => Ok(TypeRef::Any),
            },
            Some(t) => {
                let format = node.str("format")?;
                self.scalar(t, format)
                    .map(TypeRef::Scalar)
                    .ok_or_else(|| {
                        node.error(format!(
                            "unsupported schema type '{t}': expected string, integer, number, boolean, array, object or file"
                        ))
                    })
            }
        }
    }

    fn model(&mut self, node: &Node<'a>, context: &str, named: bool) -> Result<TypeRef> {
        let (id, rust) = self.reserve_type_name(context);
        let origin = Origin {
            file: self.file_of(node),
            pointer: node.pointer.clone(),
            anonymous: !named,
        };
        let model = Model {
            name: RustName {
                client: node.str("x-ms-client-name")?.unwrap_or(&id).to_owned(),
                rust,
            },
            origin,
            description: description(node)?,
            parents: Vec::new(),
            properties: Vec::new(),
            discriminator: self.discriminator(node)?,
            discriminator_value: None,
            children: Vec::new(),
            additional_properties: None,
            xml: xml_object(node)?,
        };
        self.models.insert(id.clone(), model);
        let ty = TypeRef::Model(id.clone());
        if named {
            // Registered before the properties are read, so a model that
            // contains itself finds its own type.
            self.named.insert(node.location(), ty.clone());
        }

        let mut parents = Vec::new();
        let mut properties = Vec::new();
        let mut in_hierarchy = false;
        for part in node.items_of("allOf")? {
            if part.reference()?.is_some() {
                let target = self.specs.resolve(part.clone())?;
                if let TypeRef::Model(parent) = self.named_schema(target)? {
                    // Checked as each edge is added, so the models never
                    // form a cycle that walks of ancestors would not leave.
                    if let Some(chain) = self.ancestry(&parent, &id) {
                        let names: Vec<String> = chain.iter().map(|m| format!("'{m}'")).collect();
                        return Err(part.error(format!(
                            "allOf cycle: '{id}' extends {}: a model cannot be its own ancestor",
                            names.join(", which extends ")
                        )));
                    }
                    in_hierarchy |= self.has_discriminator(&parent);
                    parents.push(parent);
                }
            } else {
                // An inline part contributes its properties to this model.
                properties.extend(self.properties(&part, &id)?);
            }
        }
        properties.extend(self.properties(node, &id)?);
        let mut own: Vec<Property> = Vec::new();
        for p in properties {
            match own.iter_mut().find(|o| o.wire_name == p.wire_name) {
                Some(existing) => {
                    existing.required |= p.required;
                }
                None => own.push(p),
            }
        }
        // `required` may name properties that the `allOf` members define:
        // an inline member's, or an ancestor's, which this model then
        // redefines as required (it replaces the inherited one in place).
        let required = node.strings("required")?;
        for name in &required {
            match own.iter_mut().find(|p| &p.wire_name == name) {
                Some(p) => p.required = true,
                None => {
                    if let Some(inherited) = self.inherited_property(&parents, name) {
                        own.push(Property {
                            required: true,
                            ..inherited
                        });
                    }
                }
            }
        }
        dedupe_field_names(&mut own);
        let additional_properties = match node.get("additionalProperties") {
            None => None,
            Some(ap) => match ap.value {
                Value::Bool(false) => None,
                Value::Bool(true) => Some(TypeRef::Any),
                _ => {
                    let value = self.schema_type(&ap, &format!("{id}Value"))?;
                    Some(nullable(self, &ap, value)?)
                }
            },
        };
        let discriminator_value = match node.str("x-ms-discriminator-value")? {
            Some(v) => Some(v.to_owned()),
            None if in_hierarchy && named => Some(
                self.discriminator_values
                    .get(&node.location())
                    .cloned()
                    .unwrap_or_else(|| node.key()),
            ),
            None => None,
        };

        let model = &mut self.models[&id];
        model.parents = parents;
        model.properties = own;
        model.additional_properties = additional_properties;
        model.discriminator_value = discriminator_value;
        if self.dialect != Dialect::Swagger2 && self.models[&id].discriminator.is_some() {
            self.adopt_members(node, &id)?;
        }
        Ok(ty)
    }

    /// The property `wire` that the nearest of `parents` (or their
    /// ancestors) declares.
    fn inherited_property(&self, parents: &[String], wire: &str) -> Option<Property> {
        parents.iter().find_map(|parent| {
            let model = self.models.get(parent)?;
            model
                .properties
                .iter()
                .find(|p| p.wire_name == wire)
                .cloned()
                .or_else(|| self.inherited_property(&model.parents, wire))
        })
    }

    pub(super) fn has_discriminator(&self, id: &str) -> bool {
        let model = &self.models[id];
        model.discriminator.is_some() || model.parents.iter().any(|p| self.has_discriminator(p))
    }

    /// The properties declared directly in `node` (not through `allOf`).
    fn properties(&mut self, node: &Node<'a>, model_id: &str) -> Result<Vec<Property>> {
        let required = node.strings("required")?;
        let mut out = Vec::new();
        for (wire, prop) in node.entries_of("properties")? {
            let context = format!("{model_id}{}", wire.to_upper_camel_case());
            let ty = self.schema_type(&prop, &context)?;
            // Flags may sit beside a `$ref` or on the schema it names.
            let target = self.specs.resolve(prop.clone())?;
            let flag = |key: &str| -> Result<bool> {
                Ok(prop.bool(key)?.or(target.bool(key)?).unwrap_or(false))
            };
            let client = prop.str("x-ms-client-name")?.unwrap_or(wire).to_owned();
            out.push(Property {
                wire_name: wire.to_owned(),
                name: RustName {
                    rust: naming::field_name(&client),
                    client,
                },
                ty,
                required: required.iter().any(|r| r == wire),
                read_only: flag("readOnly")?,
                nullable: flag("x-nullable")?
                    || self.null_allowed(&prop)?
                    || self.null_allowed(&target)?,
                // TypeSpec's `@secret` becomes `format: password`, not `x-ms-secret`.
                secret: flag("x-ms-secret")?
                    || prop.str("format")?.or(target.str("format")?) == Some("password"),
                flatten: prop.bool("x-ms-client-flatten")?.unwrap_or(false),
                mutability: match mutability(&prop)? {
                    // OpenAPI 3's `writeOnly`: sent, never returned.
                    m if m.is_empty()
                        && self.dialect != Dialect::Swagger2
                        && flag("writeOnly")? =>
                    {
                        vec![Mutability::Create, Mutability::Update]
                    }
                    m => m,
                },
                default: prop.get("default").map(|d| d.value.clone()),
                constraints: constraints_in(self.dialect, &target)?,
                xml: self.xml(&prop)?,
                description: description(&prop)?,
            });
        }
        Ok(out)
    }

    /// The enum of the schema at `node`: its own `enum` (or `const`), or
    /// the values of an OpenAPI 3 open union ([`Self::enum_union`]).
    fn enum_schema(
        &mut self,
        node: &Node<'a>,
        context: &str,
        named: bool,
        union: Option<EnumUnion<'a>>,
    ) -> Result<TypeRef> {
        let x_ms_enum = node.get("x-ms-enum");
        let name = match &x_ms_enum {
            Some(x) => x.str("name")?.unwrap_or(context).to_owned(),
            None => context.to_owned(),
        };
        let type_name = match (self.dialect, node.get("type")) {
            // OpenAPI 3.1's `"type": ["string", "null"]`: the non-null member.
            (
                Dialect::OpenApi31,
                Some(Node {
                    value: Value::Array(types),
                    ..
                }),
            ) => types
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null")
                .unwrap_or("string"),
            _ => node.str("type")?.unwrap_or("string"),
        };
        let (type_name, format) = match &union {
            Some(union) => (union.type_name, union.format),
            None => (type_name, node.str("format")?),
        };
        let base = self.scalar(type_name, format).ok_or_else(|| {
            node.error(format!(
                "unsupported enum type '{type_name}': expected string, integer, number or boolean"
            ))
        })?;
        let extensible = match (&x_ms_enum, &union) {
            (Some(x), _) => x.bool("modelAsString")?.unwrap_or(false),
            // An open union is open; OpenAPI 3's plain `enum` lists every
            // value allowed (as JSON Schema reads it: the open enum is the
            // union), Swagger's is open unless `x-ms-enum` closes it.
            (None, Some(union)) => union.open,
            (None, None) => self.dialect == Dialect::Swagger2,
        };
        let value_docs: Vec<(Value, Option<String>, Option<String>)> = match &x_ms_enum {
            Some(x) => x
                .items_of("values")?
                .iter()
                .map(|v| -> Result<_> {
                    Ok((
                        v.get("value")
                            .map(|n| n.value.clone())
                            .unwrap_or(Value::Null),
                        v.str("name")?.map(str::to_owned),
                        v.str("description")?.map(str::to_owned),
                    ))
                })
                .collect::<Result<_>>()?,
            None => Vec::new(),
        };
        let raw_values = match (node.get("enum"), self.const_value(node)) {
            _ if union.is_some() => union.map(|u| u.values).unwrap_or_default(),
            (None, Some(constant)) => vec![constant.clone()],
            _ => node
                .get("enum")
                .and_then(|e| e.value.as_array().cloned())
                .ok_or_else(|| node.error("\"enum\" must be an array of values"))?,
        };
        // Taken from the start: every enum gets an `UnknownValue(String)`
        // variant, so a spec value spelled so becomes `UnknownValue2`.
        let mut taken = std::collections::HashSet::from(["UnknownValue".to_owned()]);
        let mut values = Vec::new();
        for value in raw_values {
            if value.is_null() || values.iter().any(|v: &EnumValue| v.value == value) {
                continue;
            }
            let doc = value_docs.iter().find(|(v, _, _)| *v == value);
            let text = match &value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let client = doc
                .and_then(|d| d.1.clone())
                .unwrap_or_else(|| text.clone());
            let rust = naming::unique(naming::type_name(&client), &mut taken);
            values.push(EnumValue {
                value,
                name: RustName { client, rust },
                description: doc.and_then(|d| d.2.clone()),
            });
        }
        let candidate = Enum {
            name: RustName {
                client: name.clone(),
                rust: String::new(),
            },
            origin: Origin {
                file: self.file_of(node),
                pointer: node.pointer.clone(),
                anonymous: !named && x_ms_enum.as_ref().and_then(|x| x.get("name")).is_none(),
            },
            description: description(node)?,
            extensible,
            base,
            values,
        };
        // The same `x-ms-enum` name is often written inline at several places
        // with the same values: one type serves all of them.
        if let Some((id, _)) = self.enums.iter().find(|(_, e)| {
            e.name.client == candidate.name.client
                && e.values == candidate.values
                && e.extensible == candidate.extensible
        }) {
            return Ok(TypeRef::Enum(id.clone()));
        }
        let (id, rust) = self.reserve_type_name(&name);
        let mut e = candidate;
        e.name.rust = rust;
        self.enums.insert(id.clone(), e);
        Ok(TypeRef::Enum(id))
    }
}

impl<'a> Lowerer<'a> {
    /// The `xml` object of the schema at `node`, with what its `$ref`
    /// target's says where `node` is silent (a property naming a model
    /// takes the model's element name), and for an array its items' (whose
    /// `$ref` target names each item's element).
    pub(super) fn xml(&self, node: &Node<'a>) -> Result<Option<Xml>> {
        let target = self.specs.resolve(node.clone())?;
        let mut xml = xml_object(node)?.unwrap_or_default();
        if target.location() != node.location() {
            if let Some(named) = xml_object(&target)? {
                xml.name = xml.name.or(named.name);
                xml.namespace = xml.namespace.or(named.namespace);
                xml.prefix = xml.prefix.or(named.prefix);
                xml.wrapped |= named.wrapped;
            }
        }
        if let Some(items) = target.get("items") {
            xml.items = self.xml(&items)?.map(Box::new);
        }
        Ok((!xml.is_empty()).then_some(xml))
    }
}

/// The `xml` object written on `node` itself, and `x-ms-text` (inside the
/// `xml` object, as Storage writes it, or beside it).
fn xml_object(node: &Node<'_>) -> Result<Option<Xml>> {
    let beside = node.bool("x-ms-text")?.unwrap_or(false);
    let Some(x) = node.get("xml") else {
        return Ok(beside.then(|| Xml {
            text: true,
            ..Xml::default()
        }));
    };
    if !x.value.is_object() {
        return Err(x.error(format!("expected an xml object, found {}", kind(x.value))));
    }
    Ok(Some(Xml {
        name: x.str("name")?.map(str::to_owned),
        namespace: x.str("namespace")?.map(str::to_owned),
        prefix: x.str("prefix")?.map(str::to_owned),
        attribute: x.bool("attribute")?.unwrap_or(false),
        wrapped: x.bool("wrapped")?.unwrap_or(false),
        text: beside || x.bool("x-ms-text")?.unwrap_or(false),
        items: None,
    }))
}

/// `description`, else `title`.
pub(super) fn description(node: &Node<'_>) -> Result<Option<String>> {
    Ok(node
        .str("description")?
        .or(node.str("title")?)
        .filter(|d| !d.trim().is_empty())
        .map(str::to_owned))
}

/// The validation keywords written on `node` (Swagger 2.0's spelling).
pub(super) fn constraints(node: &Node<'_>) -> Result<Constraints> {
    constraints_in(Dialect::Swagger2, node)
}

/// The validation keywords written on `node` in `dialect`: OpenAPI 3.1
/// (JSON Schema 2020-12) writes `exclusiveMinimum: 5` for what 3.0 and
/// Swagger write `minimum: 5, exclusiveMinimum: true`.
pub(super) fn constraints_in(dialect: Dialect, node: &Node<'_>) -> Result<Constraints> {
    let number = |key: &str| -> Result<Option<f64>> {
        match node.get(key) {
            None => Ok(None),
            Some(n) if n.value.is_null() => Ok(None),
            Some(n) => n
                .value
                .as_f64()
                .map(Some)
                .ok_or_else(|| n.error(format!("expected a number, found {}", kind(n.value)))),
        }
    };
    let count = |key: &str| -> Result<Option<u64>> {
        match node.get(key) {
            None => Ok(None),
            Some(n) if n.value.is_null() => Ok(None),
            Some(n) => n.value.as_u64().map(Some).ok_or_else(|| {
                n.error(format!(
                    "expected a whole number of 0 or more, found {}",
                    kind(n.value)
                ))
            }),
        }
    };
    let bound = |limit: &str, exclusive: &str| -> Result<(Option<f64>, bool)> {
        match node.get(exclusive) {
            Some(n) if dialect == Dialect::OpenApi31 && n.value.is_number() => {
                Ok((n.value.as_f64(), true))
            }
            _ => Ok((number(limit)?, node.bool(exclusive)?.unwrap_or(false))),
        }
    };
    let (minimum, exclusive_minimum) = bound("minimum", "exclusiveMinimum")?;
    let (maximum, exclusive_maximum) = bound("maximum", "exclusiveMaximum")?;
    Ok(Constraints {
        minimum,
        maximum,
        exclusive_minimum,
        exclusive_maximum,
        min_length: count("minLength")?,
        max_length: count("maxLength")?,
        pattern: node.str("pattern")?.map(str::to_owned),
        min_items: count("minItems")?,
        max_items: count("maxItems")?,
        unique_items: node.bool("uniqueItems")?.unwrap_or(false),
        multiple_of: number("multipleOf")?,
    })
}

fn mutability(node: &Node<'_>) -> Result<Vec<Mutability>> {
    let Some(list) = node.get("x-ms-mutability") else {
        return Ok(Vec::new());
    };
    node.strings("x-ms-mutability")?
        .iter()
        .map(|m| match m.as_str() {
            "create" => Ok(Mutability::Create),
            "read" => Ok(Mutability::Read),
            "update" => Ok(Mutability::Update),
            other => Err(list.error(format!(
                "unknown x-ms-mutability value '{other}': expected create, read or update"
            ))),
        })
        .collect()
}

/// Two wire names can map to one Rust field (`odata.type`, `odataType`);
/// later ones get a number, as does a property named like the field the
/// emitter adds for undefined properties.
fn dedupe_field_names(properties: &mut [Property]) {
    let mut taken = std::collections::HashSet::from([
        naming::ADDITIONAL_PROPERTIES_FIELD.to_owned(),
        naming::ADDITIONAL_XML_FIELD.to_owned(),
    ]);
    for p in properties {
        p.name.rust = naming::unique(std::mem::take(&mut p.name.rust), &mut taken);
    }
}

/// `ty`, marked nullable when its schema (an array's `items`, a map's
/// `additionalProperties`) says `x-nullable: true`: such an item or value
/// may be JSON `null`.
fn nullable(lowerer: &Lowerer<'_>, schema: &Node<'_>, ty: TypeRef) -> Result<TypeRef> {
    Ok(
        match schema.bool("x-nullable")? == Some(true) || lowerer.null_allowed(schema)? {
            true => TypeRef::Nullable(Box::new(ty)),
            false => ty,
        },
    )
}

/// The keywords OpenAPI 3 adds to Swagger's JSON Schema; in a Swagger 2.0
/// spec each reads as it always did (absent, or Swagger's own spelling).
impl<'a> Lowerer<'a> {
    /// The scalar of a `type` and `format`: Swagger's formats, and in
    /// OpenAPI 3 the spellings `@typespec/openapi3` writes for the same
    /// scalars (`http-date` for Swagger's `date-time-rfc7231`, `base64` for
    /// `byte`, `decimal128` for `decimal`, `eTag` for the entity tag Swagger
    /// finds by name).
    fn scalar(&self, ty: &str, format: Option<&str>) -> Option<Scalar> {
        if self.dialect != Dialect::Swagger2 {
            match (ty, format) {
                ("string", Some("http-date")) => {
                    return Some(Scalar::DateTime(DateTimeFormat::Rfc7231))
                }
                ("string", Some("base64")) => return Some(Scalar::Base64),
                ("string", Some("eTag")) => return Some(Scalar::ETag),
                ("number", Some("decimal128")) => return Some(Scalar::Decimal),
                _ => {}
            }
        }
        Scalar::from_type_format(ty, format)
    }

    /// `const` (a one-valued enum), in OpenAPI 3 only.
    fn const_value(&self, node: &Node<'a>) -> Option<&'a Value> {
        match self.dialect {
            Dialect::Swagger2 => None,
            Dialect::OpenApi30 | Dialect::OpenApi31 => node.value.get("const"),
        }
    }

    /// Whether OpenAPI 3 lets the schema's value be `null`: `nullable: true`
    /// (3.0), `"null"` among its `type`s (3.1), or a `{"type": "null"}`
    /// member of its `anyOf`/`oneOf`. Swagger's `x-nullable` is read by the
    /// callers, for both formats.
    pub(super) fn null_allowed(&self, node: &Node<'a>) -> Result<bool> {
        if self.dialect == Dialect::Swagger2 || !node.value.is_object() {
            return Ok(false);
        }
        if node.bool("nullable")? == Some(true) {
            return Ok(true);
        }
        if let Some(Value::Array(types)) = node.value.get("type") {
            if types.iter().any(|t| t == "null") {
                return Ok(true);
            }
        }
        for key in ["anyOf", "oneOf"] {
            if node.items_of(key)?.iter().any(is_null_schema) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The one schema an OpenAPI 3 schema stands for when it only wraps
    /// it: `anyOf`/`oneOf` with a single member besides `{"type": "null"}`,
    /// or an inline `allOf` of one member (3.0's way to write a `$ref`
    /// with a description beside it). A named `allOf` of one still makes a
    /// model of its own that extends the member, as in Swagger.
    fn sole_member(&self, node: &Node<'a>, named: bool) -> Result<Option<Node<'a>>> {
        if ["properties", "discriminator", "additionalProperties"]
            .iter()
            .any(|k| node.get(k).is_some())
        {
            return Ok(None);
        }
        for key in ["anyOf", "oneOf"] {
            let members: Vec<Node<'a>> = node
                .items_of(key)?
                .into_iter()
                .filter(|m| !is_null_schema(m))
                .collect();
            if let [only] = members.as_slice() {
                return Ok(Some(only.clone()));
            }
        }
        match node.items_of("allOf")?.as_slice() {
            [only] if !named => Ok(Some(only.clone())),
            _ => Ok(None),
        }
    }

    /// An enum as OpenAPI 3 writes a union of values: an `anyOf`/`oneOf`
    /// whose members (besides `null`) are all of one scalar type, each an
    /// `enum` or `const` of it or the bare type. With a bare member it is
    /// open (`@typespec/openapi3`'s union of a scalar with some of its
    /// values, Swagger's `x-ms-enum` with `modelAsString: true`); without,
    /// of two or more enums, closed (a union of enums). The values are the
    /// members', in order.
    fn enum_union(&self, node: &Node<'a>) -> Result<Option<EnumUnion<'a>>> {
        if [
            "properties",
            "discriminator",
            "additionalProperties",
            "allOf",
        ]
        .iter()
        .any(|k| node.get(k).is_some())
        {
            return Ok(None);
        }
        for key in ["anyOf", "oneOf"] {
            let mut union: Option<EnumUnion<'a>> = None;
            let (mut bare, mut listed) = (false, false);
            let members = node.items_of(key)?;
            for member in members.iter().filter(|m| !is_null_schema(m)) {
                let member = self.specs.resolve(member.clone())?;
                let Some(type_name) = member.value.get("type").and_then(Value::as_str) else {
                    return Ok(None);
                };
                if !matches!(type_name, "string" | "integer" | "number" | "boolean")
                    || union.as_ref().is_some_and(|u| u.type_name != type_name)
                {
                    return Ok(None);
                }
                let union = union.get_or_insert(EnumUnion {
                    type_name,
                    format: None,
                    values: Vec::new(),
                    open: false,
                });
                match (member.value.get("enum"), self.const_value(&member)) {
                    (Some(Value::Array(values)), _) => union.values.extend(values.iter().cloned()),
                    (None, Some(value)) => union.values.push(value.clone()),
                    (Some(_), _) => return Ok(None),
                    (None, None) => {
                        bare = true;
                        // The bare member's format is the values' (`uuid`).
                        union.format = union.format.or(member.str("format")?);
                        continue;
                    }
                }
                listed = true;
            }
            let count = members.iter().filter(|m| !is_null_schema(m)).count();
            if listed && (bare || count > 1) {
                return Ok(union.map(|u| EnumUnion { open: bare, ..u }));
            }
        }
        Ok(None)
    }

    /// The discriminating property: Swagger writes its name, OpenAPI 3 an
    /// object with `propertyName` and a `mapping` from values to schemas,
    /// which is remembered for the subtypes it names.
    fn discriminator(&mut self, node: &Node<'a>) -> Result<Option<String>> {
        let Some(discriminator) = node.get("discriminator") else {
            return Ok(None);
        };
        if self.dialect == Dialect::Swagger2 {
            return Ok(node.str("discriminator")?.map(str::to_owned));
        }
        let name = discriminator
            .str("propertyName")?
            .ok_or_else(|| discriminator.error("discriminator without \"propertyName\""))?
            .to_owned();
        for (value, target) in discriminator.entries_of("mapping")? {
            let written = target.value.as_str().ok_or_else(|| {
                target.error(format!(
                    "a discriminator mapping names a schema by a string, found {}",
                    kind(target.value)
                ))
            })?;
            // A bare name is a schema under `components/schemas`.
            let reference = if written.contains('#') || written.contains('/') {
                written.to_owned()
            } else {
                format!(
                    "#/components/schemas/{}",
                    crate::spec::escape_token(written)
                )
            };
            let schema = self.specs.follow(&target, &reference)?;
            let schema = self.specs.resolve(schema)?;
            self.discriminator_values
                .entry(schema.location())
                .or_insert_with(|| value.to_owned());
        }
        Ok(Some(name))
    }

    /// OpenAPI 3's other way to write a hierarchy: a discriminated schema
    /// whose `oneOf`/`anyOf` lists its subtypes, which need not name it in
    /// an `allOf`. Each listed model becomes a child of `id`, with the value
    /// the mapping gives it (else its schema's name).
    fn adopt_members(&mut self, node: &Node<'a>, id: &str) -> Result<()> {
        for key in ["oneOf", "anyOf"] {
            for member in node.items_of(key)? {
                if member.reference()?.is_none() {
                    continue;
                }
                let target = self.specs.resolve(member.clone())?;
                let location = target.location();
                let name = target.key();
                let TypeRef::Model(child) = self.named_schema(target)? else {
                    continue;
                };
                if child == id || self.ancestry(id, &child).is_some() {
                    continue;
                }
                let value = self
                    .discriminator_values
                    .get(&location)
                    .cloned()
                    .unwrap_or(name);
                let model = &mut self.models[&child];
                if !model.parents.iter().any(|p| p == id) {
                    model.parents.push(id.to_owned());
                }
                model.discriminator_value.get_or_insert(value);
            }
        }
        Ok(())
    }
}

/// What [`Lowerer::enum_union`] finds: the scalar type and format of its
/// members, the values they list, and whether it is open.
struct EnumUnion<'a> {
    type_name: &'a str,
    format: Option<&'a str>,
    values: Vec<Value>,
    /// Whether a member is the bare type: any value of it is allowed.
    open: bool,
}

/// `{"type": "null"}`: the member of an `anyOf`/`oneOf` that allows `null`.
fn is_null_schema(node: &Node<'_>) -> bool {
    node.value.get("type").is_some_and(|t| t == "null")
}
