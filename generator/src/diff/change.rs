//! The vocabulary of a diff: where a change is ([`Segment`]), what it is
//! ([`ChangeKind`]), and what it does to a client on the wire and to the
//! generated Rust API ([`RustEffect`], [`Semver`]).

use serde::Serialize;
use serde_json::Value;

use crate::ir::StatusCode;

/// One step of a change's location inside an operation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A non-body parameter, by wire name (the new one when both exist).
    Parameter(String),
    /// The request body, or (after [`Segment::Response`]) a response body.
    Body,
    /// A response, by status.
    Response(StatusCode),
    /// A response header, by wire name.
    Header(String),
    /// A model property, by wire name.
    Property(String),
    /// The items of an array (`[]`).
    Items,
    /// The values of a map (`{}`).
    Values,
    /// The values of a model's `additionalProperties`.
    AdditionalProperties,
    /// A subtype of a discriminated model, by discriminator value.
    Subtype(String),
    /// A security scheme of the API, by name (empty: the list of schemes).
    Security(String),
    /// A definition of the API that no operation reaches, by Rust name.
    Definition(String),
}

impl Segment {
    /// The segment as written in a change path.
    pub fn path_part(&self) -> String {
        match self {
            Segment::Parameter(name) => format!("parameters/{name}"),
            Segment::Body => "body".to_owned(),
            Segment::Response(status) => format!("responses/{status}"),
            Segment::Header(name) => format!("headers/{name}"),
            Segment::Property(name) => name.clone(),
            Segment::Items => "[]".to_owned(),
            Segment::Values => "{}".to_owned(),
            Segment::AdditionalProperties => "additionalProperties".to_owned(),
            Segment::Subtype(value) => format!("(kind={value})"),
            Segment::Security(name) if name.is_empty() => "security".to_owned(),
            Segment::Security(name) => format!("securityDefinitions/{name}"),
            Segment::Definition(name) => format!("definitions/{name}"),
        }
    }
}

/// The path of a location: `/responses/200/body/value/[]/id`; `/` for the
/// operation itself.
pub fn path_string(location: &[Segment]) -> String {
    if location.is_empty() {
        return "/".to_owned();
    }
    location.iter().fold(String::new(), |mut out, segment| {
        out.push('/');
        out.push_str(&segment.path_part());
        out
    })
}

/// What changed. Names are the `kind` strings of the JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// An operation exists only in the new spec.
    OperationAdded,
    /// An operation exists only in the old spec.
    OperationRemoved,
    /// Same method and path, different `operationId`.
    OperationRenamed,
    /// `deprecated` changed.
    OperationDeprecated,
    /// `x-ms-pageable` changed: how a client finds the items and the next
    /// page.
    PageableChanged,
    /// The request media types (`consumes`) of an operation with a body
    /// changed.
    ConsumesChanged,
    /// The response media types (`produces`) changed.
    ProducesChanged,
    /// The method's positional arguments that both versions have come in
    /// another order (parameters swapped, or one moved between the path
    /// item and the operation); old and new are the argument names.
    ArgumentOrderChanged,
    /// `x-ms-long-running-operation` added or removed, or its
    /// `final-state-via` changed: whether and how a client waits for the
    /// operation's result.
    LongRunningChanged,
    /// A parameter exists only in the new operation.
    ParameterAdded,
    /// A parameter exists only in the old operation.
    ParameterRemoved,
    /// A parameter moved (e.g. query → header).
    ParameterMoved,
    /// A parameter's wire name (path parameters; case of others) or client
    /// name (and so its Rust name) changed; old and new are the wire names
    /// when they differ, else the client names.
    ParameterRenamed,
    /// A parameter's `required` changed.
    ParameterRequired,
    /// A parameter's `collectionFormat` changed.
    CollectionFormatChanged,
    /// A parameter's constant (a required single-value enum the client
    /// fills) appeared, changed, or became a real choice.
    ConstantChanged,
    /// A parameter or body moved into, out of, or between parameter groups
    /// (`x-ms-parameter-grouping`); old and new are the group names.
    ParameterGroupChanged,
    /// A request body appeared.
    BodyAdded,
    /// The request body, or a response body, disappeared.
    BodyRemoved,
    /// The request body's `required` changed.
    BodyRequired,
    /// A response body appeared.
    ResponseBodyAdded,
    /// A property exists only in the new model.
    PropertyAdded,
    /// A property exists only in the old model.
    PropertyRemoved,
    /// A property's client name (and so its Rust field) changed.
    PropertyRenamed,
    /// A property's `required` changed.
    PropertyRequired,
    /// `x-ms-client-flatten` took effect on a property or stopped to: its
    /// model's fields join or leave the struct holding it.
    PropertyFlattenChanged,
    /// The operation id stayed but its method's Rust name changed.
    MethodRenamed,
    /// The operation's options struct has another Rust name (a model or
    /// enum of the new version took the old one).
    OptionsRenamed,
    /// The property's field became a `Box` (its model now contains itself
    /// through it) or stopped being one; the wire is unchanged.
    PropertyBoxedChanged,
    /// `readOnly` changed.
    ReadOnlyChanged,
    /// `x-nullable` changed.
    NullableChanged,
    /// `default` changed (parameter or property).
    DefaultChanged,
    /// A validation keyword (`minimum`, `maxLength`, `pattern`, ...) of a
    /// parameter or property changed; old and new hold `{keyword: value}`.
    ConstraintChanged,
    /// The JSON type changed (string → integer, scalar → object, ...).
    TypeChanged,
    /// Same JSON type, different format (int32 → int64, date-time → rfc1123).
    FormatChanged,
    /// An enum gained a value.
    EnumValueAdded,
    /// An enum lost a value.
    EnumValueRemoved,
    /// A value's client name (`x-ms-enum` `values[].name`), and so its Rust
    /// variant, changed; the wire value stays.
    EnumValueRenamed,
    /// `x-ms-enum.modelAsString` flipped: the enum turned open
    /// (extensible) or closed.
    EnumExtensibleChanged,
    /// The model at this position has a different name (hence Rust type).
    ModelRenamed,
    /// The model started or stopped being sent in requests
    /// (`rust_api::direction`): its struct gained or lost
    /// `#[non_exhaustive]`, so struct literals of it stop compiling when it
    /// becomes output-only.
    ModelDirectionChanged,
    /// The enum at this position has a different name (hence Rust type).
    EnumRenamed,
    /// `discriminator` (the property naming the subtype) changed.
    DiscriminatorChanged,
    /// The model's own discriminator value changed.
    DiscriminatorValueChanged,
    /// A discriminated model gained a subtype.
    SubtypeAdded,
    /// A discriminated model lost a subtype.
    SubtypeRemoved,
    /// The model became open (`additionalProperties`).
    AdditionalPropertiesAdded,
    /// The model stopped accepting additional properties.
    AdditionalPropertiesRemoved,
    /// A response status appeared.
    ResponseAdded,
    /// A response status disappeared.
    ResponseRemoved,
    /// A response header appeared.
    HeaderAdded,
    /// A response header disappeared.
    HeaderRemoved,
    /// The OAuth2 scopes of a security scheme changed.
    SecurityScopesChanged,
    /// The security schemes the API accepts changed.
    SecurityChanged,
    /// How a property, a body's root or a model's namespace is spelled in
    /// XML changed (an element renamed, an attribute becoming an element,
    /// a list wrapped or unwrapped, a namespace changed), where the
    /// operation's body is XML; old and new hold the spelling.
    XmlChanged,
    /// A definition that no operation reaches appeared (a new public type).
    DefinitionAdded,
    /// A definition that no operation reached disappeared.
    DefinitionRemoved,
}

impl ChangeKind {
    /// The label of this kind in the markdown "Changes" block
    /// (`Required`, `Type`, `Added`, ...).
    pub fn label(self) -> &'static str {
        use ChangeKind::*;
        match self {
            OperationAdded | ParameterAdded | BodyAdded | ResponseBodyAdded | PropertyAdded
            | ResponseAdded | HeaderAdded => "Added",
            OperationRemoved | ParameterRemoved | BodyRemoved | PropertyRemoved
            | ResponseRemoved | HeaderRemoved => "Removed",
            OperationRenamed => "OperationId",
            OperationDeprecated => "Deprecated",
            PageableChanged => "Pageable",
            ArgumentOrderChanged => "ArgumentOrder",
            ConsumesChanged => "Consumes",
            ProducesChanged => "Produces",
            LongRunningChanged => "LongRunning",
            ParameterMoved => "In",
            ParameterRenamed | PropertyRenamed => "Name",
            ParameterRequired | BodyRequired | PropertyRequired => "Required",
            CollectionFormatChanged => "CollectionFormat",
            ConstantChanged => "Constant",
            ParameterGroupChanged => "Group",
            ReadOnlyChanged => "ReadOnly",
            PropertyFlattenChanged => "ClientFlatten",
            PropertyBoxedChanged => "Boxed",
            MethodRenamed => "MethodName",
            OptionsRenamed => "OptionsName",
            NullableChanged => "Nullable",
            DefaultChanged => "Default",
            ConstraintChanged => "Constraint",
            TypeChanged => "Type",
            FormatChanged => "Format",
            EnumValueAdded => "EnumValueAdded",
            EnumValueRemoved => "EnumValueRemoved",
            EnumValueRenamed => "EnumValueName",
            EnumExtensibleChanged => "ModelAsString",
            ModelRenamed => "Model",
            ModelDirectionChanged => "Direction",
            EnumRenamed => "Enum",
            DiscriminatorChanged => "Discriminator",
            DiscriminatorValueChanged => "DiscriminatorValue",
            SubtypeAdded => "SubtypeAdded",
            SubtypeRemoved => "SubtypeRemoved",
            AdditionalPropertiesAdded | AdditionalPropertiesRemoved => "AdditionalProperties",
            SecurityScopesChanged => "Scopes",
            SecurityChanged => "Security",
            XmlChanged => "Xml",
            DefinitionAdded => "DefinitionAdded",
            DefinitionRemoved => "DefinitionRemoved",
        }
    }
}

/// What a change does to the generated Rust crate's public API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RustEffect {
    /// The public API is unchanged (docs or wire behaviour only).
    None,
    /// Something new; existing code still compiles (semver minor).
    Additive,
    /// Existing code may stop compiling (semver major).
    Breaking,
}

/// The semver bump a set of changes implies for the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Semver {
    /// Nothing changed.
    None,
    /// Only docs or wire behaviour changed.
    Patch,
    /// Additions only.
    Minor,
    /// At least one Rust break.
    Major,
}

impl Semver {
    /// The bump for a list of Rust effects: the largest one; `Patch` when
    /// there are changes none of which touches the Rust API.
    pub fn of(effects: impl IntoIterator<Item = RustEffect>) -> Self {
        effects.into_iter().fold(Semver::None, |bump, effect| {
            bump.max(match effect {
                RustEffect::None => Semver::Patch,
                RustEffect::Additive => Semver::Minor,
                RustEffect::Breaking => Semver::Major,
            })
        })
    }

    /// `none`, `patch`, `minor`, `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Semver::None => "none",
            Semver::Patch => "patch",
            Semver::Minor => "minor",
            Semver::Major => "major",
        }
    }
}

impl RustEffect {
    /// `none`, `additive`, `breaking`.
    pub fn as_str(self) -> &'static str {
        match self {
            RustEffect::None => "none",
            RustEffect::Additive => "additive",
            RustEffect::Breaking => "breaking",
        }
    }
}

/// One detected change.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Where, inside the operation.
    pub location: Vec<Segment>,
    /// What.
    pub kind: ChangeKind,
    /// The old value (absent for additions).
    pub old: Option<Value>,
    /// The new value (absent for removals).
    pub new: Option<Value>,
    /// Whether a client written against the old spec can fail against a
    /// service implementing the new one.
    pub breaking_wire: bool,
    /// The effect on the generated Rust API.
    pub rust: RustEffect,
}

impl Change {
    /// The change's path (see [`path_string`]).
    pub fn path(&self) -> String {
        path_string(&self.location)
    }
}
