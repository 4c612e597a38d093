//! XML in the Rust API: which models are read and written as XML (those an
//! XML operation sends or receives, and every model inside them), what
//! element each is, and how each field sits in its element (attribute,
//! text, child element, wrapped or unwrapped list, map of elements named by
//! key), the table `xml_object!` (`templates/src/xml.rs`) is given.
//!
//! A model used by both JSON and XML operations has both tables; nothing
//! changes for a model no XML operation reaches.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;
use serde::Serialize;

use crate::ir::{Api, BodyFormat, Operation, Property, TypeId, TypeRef, Xml};

use super::fields::Field;
use super::hierarchy::is_polymorphic;
use super::types::{encoding, encoding_type};

/// The models of `api` that are read or written as XML: the bodies of XML
/// operations (errors included) and, transitively, their properties'
/// models, parents and subtypes.
pub(crate) fn xml_models(api: &Api) -> BTreeSet<TypeId> {
    let mut pending: Vec<&TypeId> = Vec::new();
    for op in &api.operations {
        if op.request_format == BodyFormat::Xml {
            if let Some(body) = &op.body {
                pending.extend(body.ty.named());
            }
        }
        if op.response_format == BodyFormat::Xml {
            pending.extend(op.responses.iter().filter_map(|r| r.body.as_ref()?.named()));
        }
    }
    let mut out = BTreeSet::new();
    while let Some(id) = pending.pop() {
        if !api.models.contains_key(id) || !out.insert(id.clone()) {
            continue;
        }
        let model = api.model(id);
        pending.extend(&model.parents);
        pending.extend(&model.children);
        pending.extend(api.all_properties(id).iter().filter_map(|p| p.ty.named()));
        if let Some(values) = api.additional_properties(id) {
            pending.extend(values.named());
        }
    }
    out
}

/// Whether `op` sends its body as XML.
pub(crate) fn sends_xml(op: &Operation) -> bool {
    op.request_format == BodyFormat::Xml
}

/// Whether `op` reads its bodies as XML.
pub(crate) fn reads_xml(op: &Operation) -> bool {
    op.response_format == BodyFormat::Xml
}

/// The element name of model `id`: its `xml.name`, else its spec name.
pub(crate) fn element_name(api: &Api, id: &str) -> String {
    let model = api.model(id);
    model
        .xml
        .as_ref()
        .and_then(|x| x.name.clone())
        .unwrap_or_else(|| model.name.client.clone())
}

/// The root element of a body of type `ty` whose schema says `xml`, and,
/// for a list, each item's element name.
pub(crate) fn body_names(api: &Api, ty: &TypeRef, xml: Option<&Xml>) -> (String, Option<String>) {
    let named = xml.and_then(|x| x.name.clone());
    match ty {
        TypeRef::Array(item) => {
            let item_name = xml
                .and_then(|x| x.items.as_ref())
                .and_then(|i| i.name.clone())
                .or_else(|| match item.as_ref() {
                    TypeRef::Model(id) => Some(element_name(api, id)),
                    _ => None,
                })
                .unwrap_or_else(|| "Item".to_owned());
            (named.unwrap_or_else(|| "Items".to_owned()), Some(item_name))
        }
        TypeRef::Model(id) => {
            let root = match named {
                Some(name) => prefixed(name, xml.and_then(|x| x.prefix.as_deref())),
                None => qualified_element_name(api, id),
            };
            (root, None)
        }
        _ => (named.unwrap_or_else(|| "Value".to_owned()), None),
    }
}

/// Whether a body of type `ty` can be read or written as XML here: a
/// model of its own struct, or a list of such models or of scalars.
pub(crate) fn is_xml_body(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Model(id) => !is_polymorphic(api.model(id)),
        TypeRef::Array(item) => match item.as_ref() {
            TypeRef::Model(id) => !is_polymorphic(api.model(id)),
            TypeRef::Scalar(_) | TypeRef::Enum(_) => true,
            _ => false,
        },
        _ => false,
    }
}

/// The `Content` format of a value of type `ty` in its element: `Kinds`
/// for a discriminated hierarchy, `Nested` for another model, else its
/// `crate::encoding` format (none: `Plain`).
pub(crate) fn content_format(api: &Api, ty: &TypeRef) -> Option<TokenStream> {
    match ty {
        TypeRef::Model(id) if is_polymorphic(api.model(id)) => Some(quote!(Kinds)),
        TypeRef::Model(_) => Some(quote!(Nested)),
        other => encoding(api, other),
    }
}

/// The `Content` format type of a value of type `ty`, spelled in full:
/// `crate::xml::Kinds` for a hierarchy, `crate::xml::Nested` for another
/// model, else
/// `crate::xml::Scalar<crate::encoding::E>` (a list's item or a body's).
pub(crate) fn content_type(api: &Api, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Model(id) if is_polymorphic(api.model(id)) => quote!(crate::xml::Kinds),
        TypeRef::Model(_) => quote!(crate::xml::Nested),
        other => {
            let encoding =
                encoding_type(api, other).unwrap_or_else(|| quote!(crate::encoding::Plain));
            quote!(crate::xml::Scalar<#encoding>)
        }
    }
}

/// Where a property sits in its model's element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Placement {
    /// An attribute of the element.
    Attribute,
    /// The element's text.
    Text,
    /// A list whose items sit in an element of their own.
    WrappedList,
    /// A list whose items are children of the element.
    UnwrappedList,
    /// A map: one child element per key.
    Map,
    /// A child element.
    Element,
}

/// How a property is spelled in XML: the one reading of its `xml` object
/// that the `xml_object!` tables and the differ both take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Spelling {
    /// Where it sits.
    pub placement: Placement,
    /// The attribute's or element's name (a list's wrapper; a map's).
    pub name: String,
    /// A list's item element name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_name: Option<String>,
    /// `namespace` of the property's own `xml` object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// `prefix` of the property's own `xml` object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

/// How property `p` of a model of `api` is spelled in XML.
pub(crate) fn spelling(api: &Api, p: &Property) -> Spelling {
    let xml = p.xml.clone().unwrap_or_default();
    let name = xml.name.clone().unwrap_or_else(|| p.wire_name.clone());
    let (placement, item_name) = match &p.ty {
        ty if xml.attribute && is_text_scalar(ty) => (Placement::Attribute, None),
        ty if xml.text && is_text_scalar(ty) => (Placement::Text, None),
        TypeRef::Array(item) if xml.wrapped => {
            (Placement::WrappedList, Some(item_name(api, p, item, &xml)))
        }
        TypeRef::Array(item) => (
            Placement::UnwrappedList,
            Some(item_name(api, p, item, &xml)),
        ),
        TypeRef::Map(_) => (Placement::Map, None),
        _ => (Placement::Element, None),
    };
    Spelling {
        placement,
        name,
        item_name,
        namespace: xml.namespace,
        prefix: xml.prefix,
    }
}

/// A field's entry in its model's `xml_object!` table; `None` for a field
/// XML cannot spell here (a flattened one, a list of lists),
/// whose element is then kept as read among the model's unknown ones.
pub(crate) fn table_entry(api: &Api, field: &Field<'_>) -> Option<TokenStream> {
    if field.is_nested() {
        return None;
    }
    let p = field.property;
    let Spelling {
        placement,
        name,
        item_name,
        prefix,
        ..
    } = spelling(api, p);
    // A property's own namespace prefix names its element (or attribute);
    // the declaration sits on the model's element (`namespace`). An
    // unwrapped list's items are its elements.
    let name = prefixed(name, prefix.as_deref());
    let item_name = match placement {
        Placement::UnwrappedList => item_name.map(|item| prefixed(item, prefix.as_deref())),
        _ => item_name,
    };
    let ident = quote::format_ident!("{}", field.rust);
    let spellable = |ty: &TypeRef| {
        matches!(
            ty,
            TypeRef::Model(_) | TypeRef::Scalar(_) | TypeRef::Enum(_) | TypeRef::Any
        )
    };
    let format = |ty: &TypeRef| content_format(api, ty).map(|f| quote!(as #f));
    Some(match (placement, &p.ty) {
        (Placement::Attribute, ty) => {
            let format = format(ty);
            quote!(#ident: Attr(#name) #format)
        }
        (Placement::Text, ty) => {
            let format = format(ty);
            quote!(#ident: Text #format)
        }
        (Placement::WrappedList, TypeRef::Array(item)) if spellable(item) => {
            let format = format(item);
            quote!(#ident: Wrapped(#name, #item_name) #format)
        }
        (Placement::UnwrappedList, TypeRef::Array(item)) if spellable(item) => {
            let format = format(item);
            quote!(#ident: Items(#item_name) #format)
        }
        (Placement::Map, TypeRef::Map(value)) if is_text_scalar(value) => {
            let format = format(value);
            quote!(#ident: Map(#name) #format)
        }
        (Placement::Element, ty) if spellable(ty) => {
            let format = format(ty);
            quote!(#ident: Elem(#name) #format)
        }
        _ => return None,
    })
}

/// The element name of a list's items: their own `xml.name`; else, for
/// models, the model's element name (its `xml.name` or definition name, as
/// AutoRest names them and as a list at the root is named); else (as
/// Swagger 2.0 says) the list property's name.
fn item_name(api: &Api, p: &Property, item: &TypeRef, xml: &Xml) -> String {
    xml.items
        .as_ref()
        .and_then(|i| i.name.clone())
        .or_else(|| match item {
            TypeRef::Model(id) => Some(element_name(api, id)),
            _ => None,
        })
        .or_else(|| xml.name.clone())
        .unwrap_or_else(|| p.wire_name.clone())
}

/// Whether a value of type `ty` is written as text (an attribute, an
/// element's text, a map's value).
fn is_text_scalar(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Scalar(_) | TypeRef::Enum(_))
}

/// The `namespace = ("xmlns:p", "uri")` entries of model `id`'s table:
/// the namespace its `xml` object declares, then each other one its
/// properties' own `xml` objects name with a prefix (the elements of
/// `ModelWithNamespaceOnProperties`, `<ns2:author>`), each declared once
/// on the model's element, where a document declares them.
pub(crate) fn namespace(api: &Api, id: &str) -> Option<TokenStream> {
    let mut declared: Vec<(String, String)> = Vec::new();
    let mut declare = |xml: &Xml, own: bool| {
        let Some(uri) = &xml.namespace else { return };
        let key = match &xml.prefix {
            Some(prefix) => format!("xmlns:{prefix}"),
            // A default namespace is the model's alone: an unprefixed
            // property element cannot name another one here.
            None if own => "xmlns".to_owned(),
            None => return,
        };
        if !declared.iter().any(|(k, _)| *k == key) {
            declared.push((key, uri.clone()));
        }
    };
    if let Some(xml) = &api.model(id).xml {
        declare(xml, true);
    }
    for p in api.all_properties(id) {
        if let Some(xml) = &p.xml {
            declare(xml, false);
        }
    }
    if declared.is_empty() {
        return None;
    }
    let entries = declared
        .iter()
        .map(|(key, uri)| quote!(, namespace = (#key, #uri)));
    Some(quote!(#(#entries)*))
}

/// How a discriminator of a hierarchy's kind is spelled in XML: where the
/// kind's model declares the property, as its spelling says (Service Bus's
/// `xsi:type` attribute); where none declares it, an attribute of the
/// tag's own name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TagSpelling {
    /// An attribute (else a child element).
    pub attribute: bool,
    /// Its name, prefixed where the property's `xml` object gives a prefix.
    pub name: String,
    /// The namespace a prefixed attribute declares.
    pub namespace: Option<String>,
}

/// The spelling of discriminator `tag` on model `kind`.
pub(crate) fn tag_spelling(api: &Api, kind: &str, tag: &str) -> TagSpelling {
    let Some(p) = api
        .all_properties(kind)
        .into_iter()
        .find(|p| p.wire_name == tag)
    else {
        return TagSpelling {
            attribute: true,
            name: tag.to_owned(),
            namespace: None,
        };
    };
    let spelling = spelling(api, p);
    TagSpelling {
        attribute: spelling.placement != Placement::Element,
        name: prefixed(spelling.name, spelling.prefix.as_deref()),
        namespace: spelling.prefix.and(spelling.namespace),
    }
}

/// The query parameter of an XML pager `op` that takes the next page's
/// marker: Storage's convention, an optional `marker` in the query beside
/// a `NextMarker`-style `nextLinkName` that is a marker, not a link.
pub(crate) fn marker_parameter(op: &Operation) -> Option<&crate::ir::Parameter> {
    if !reads_xml(op) {
        return None;
    }
    op.pageable.as_ref()?.next_link_name.as_ref()?;
    op.parameters.iter().find(|p| {
        p.location == crate::ir::ParamLocation::Query
            && !p.required
            && p.wire_name.eq_ignore_ascii_case("marker")
    })
}

/// Whether XML pageable `op` is a pager: its next page comes by a marker
/// ([`marker_parameter`]) or by a link GET follows (`nextLinkName` with no
/// `operationName`, Spector's `XmlPagination`). One with no next page, or
/// whose next page is another operation's, returns its page as a body.
pub(crate) fn is_pager(op: &Operation) -> bool {
    let Some(paging) = &op.pageable else {
        return false;
    };
    paging.next_link_name.is_some()
        && (marker_parameter(op).is_some() || paging.next_operation.is_none())
}

/// The element of an XML page that holds the next page's marker or link:
/// the XML name of the page's property `nextLinkName` names (`NextLink`
/// for the property `nextLink`), else that name as it is.
pub(crate) fn next_page_element(api: &Api, op: &Operation) -> Option<String> {
    let name = op.pageable.as_ref()?.next_link_name.as_ref()?;
    let element = match op.success_body() {
        Some(TypeRef::Model(id)) => api
            .all_properties(id)
            .into_iter()
            .find(|p| p.wire_name == *name)
            .map(|p| spelling(api, p).name),
        _ => None,
    };
    Some(element.unwrap_or_else(|| name.clone()))
}

/// Where the items of a page sit when `itemName` names no property.
pub(crate) enum PageItems<'a> {
    /// In the list `list`, a property of the page (`holder` `None`) or of
    /// the model of its property `holder`.
    List {
        /// The page's model property holding the list, if not the page.
        holder: Option<&'a Property>,
        /// The list property.
        list: &'a Property,
    },
    /// The page has no single list: each page is one item.
    Whole,
}

/// The items of page model `page` of an XML pager whose `itemName` names
/// no property: its one list property, else the one list of its one
/// model property (Storage's `Segment`), else the page itself.
pub(crate) fn page_items<'a>(api: &'a Api, page: &str) -> Option<PageItems<'a>> {
    let lists = |id: &str| -> Vec<&'a Property> {
        api.all_properties(id)
            .into_iter()
            .filter(|p| matches!(p.ty, TypeRef::Array(_)))
            .collect()
    };
    if let [list] = lists(page)[..] {
        return Some(PageItems::List { holder: None, list });
    }
    let models: Vec<&'a Property> = api
        .all_properties(page)
        .into_iter()
        .filter(|p| matches!(&p.ty, TypeRef::Model(id) if !is_polymorphic(api.model(id))))
        .collect();
    if let [holder] = models[..] {
        if let TypeRef::Model(id) = &holder.ty {
            if let [list] = lists(id)[..] {
                return Some(PageItems::List {
                    holder: Some(holder),
                    list,
                });
            }
        }
    }
    Some(PageItems::Whole)
}

/// The element name of model `id` with its namespace prefix.
pub(crate) fn qualified_element_name(api: &Api, id: &str) -> String {
    let prefix = api.model(id).xml.as_ref().and_then(|x| x.prefix.as_deref());
    prefixed(element_name(api, id), prefix)
}

/// `name` with `prefix:` before it, unless it has a prefix already.
fn prefixed(name: String, prefix: Option<&str>) -> String {
    match prefix {
        Some(prefix) if !name.contains(':') => format!("{prefix}:{name}"),
        _ => name,
    }
}
