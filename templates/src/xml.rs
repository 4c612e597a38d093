//! XML bodies for the models of XML operations (Swagger's `xml` object,
//! Azure's `x-ms-text`): each model names its fields' elements and
//! attributes once, in an `xml_object!` table below its struct, as
//! `json_object!` does for JSON, and the one reader and writer here serve
//! every model. Copied only into crates whose specs have XML operations.
//!
//! A body is parsed by quick-xml (the crate azure_core's `xml` feature
//! uses) into a small tree of [`Element`]s, which the tables read; a model
//! is written into such a tree, which quick-xml writes. Elements and
//! attributes a model does not define are kept (`additional_xml`, or the
//! model's own map where the spec gives it `additionalProperties`) and
//! written back after the defined ones, so a read-modify-write loses
//! nothing. Values go through the JSON tables' `crate::encoding` formats
//! (dates, numbers, booleans, enums), read from and written to text.

// Which pieces are used depends on the specs and the enabled features.
#![allow(dead_code)]

use std::borrow::Cow;
use std::collections::HashMap;

use azure_core::error::ErrorKind;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use serde::de::{self, Deserializer, Visitor};

use crate::encoding::{Encoding, Written};

/// An XML element: its name as written (prefix included), its attributes
/// in order and its content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    /// The element's name, `prefix:local` when it has a prefix.
    pub name: String,
    /// Attributes, in document order, values unescaped.
    pub attributes: Vec<(String, String)>,
    /// Child elements and text, in document order.
    pub children: Vec<Node>,
}

/// A piece of an element's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// A child element.
    Element(Element),
    /// Text (character data and references resolved, CDATA included).
    Text(String),
}

impl Element {
    /// An element without attributes or content.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }

    /// The element's text: its text nodes joined.
    pub fn text(&self) -> Cow<'_, str> {
        let mut texts = self.children.iter().filter_map(|node| match node {
            Node::Text(text) => Some(text.as_str()),
            Node::Element(_) => None,
        });
        match (texts.next(), texts.next()) {
            (None, _) => Cow::Borrowed(""),
            (Some(only), None) => Cow::Borrowed(only),
            (Some(first), Some(second)) => {
                let mut joined = format!("{first}{second}");
                joined.extend(texts);
                Cow::Owned(joined)
            }
        }
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The name without its namespace prefix.
    pub fn local_name(&self) -> &str {
        local(&self.name)
    }
}

/// A name without its namespace prefix.
pub(crate) fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// Elements and attributes a model does not define, kept as read and
/// written back after the defined ones, or where they were read when the
/// body read came in another order than the spec's.
#[derive(Clone, Default)]
pub struct AdditionalXml {
    /// Attributes of the model's element no field names.
    pub attributes: Vec<(String, String)>,
    /// Child elements no field names, in document order.
    pub elements: Vec<Element>,
    /// How the element read was spelled where writing the model would
    /// spell it otherwise.
    read: ReadOrder,
}

// Two models holding the same values are equal however their bodies were
// ordered: the order read is how a model is written, not what it holds.
impl PartialEq for AdditionalXml {
    fn eq(&self, other: &Self) -> bool {
        self.attributes == other.attributes && self.elements == other.elements
    }
}

impl Eq for AdditionalXml {}

impl std::fmt::Debug for AdditionalXml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdditionalXml")
            .field("attributes", &self.attributes)
            .field("elements", &self.elements)
            .finish_non_exhaustive()
    }
}

/// What a read body said that the fields alone do not, so that a body
/// read and written back is the same bytes: the document order of the
/// element's children and attributes where it differs from the table's
/// (File Share lists files and directories mixed, and its `DirectoryId`
/// before `Entries`), the order of a map's entries where they are not
/// sorted, and a value's text where writing the value gives other text
/// (`2024-11-03T08:15:30.0000000Z` is written `...:30Z`). Kept only where
/// it differs, so a body in the table's order costs nothing; a model
/// changed after reading is written in the order read for what it still
/// has, each new child after the one the table writes before it.
#[derive(Clone, Default)]
struct ReadOrder {
    /// Attribute names in document order.
    attributes: Option<Vec<Box<str>>>,
    /// Child elements' local names in document order.
    children: Option<Vec<Box<str>>>,
    /// A map's wrapper (local name) and its entries' names as read.
    entries: Vec<(Box<str>, Vec<Box<str>>)>,
    /// A scalar child (local name) and its text as read.
    texts: Vec<(Box<str>, Box<str>)>,
}

fn conversion(message: impl Into<String>) -> azure_core::Error {
    azure_core::Error::with_message(ErrorKind::DataConversion, message.into())
}

fn xml_error(error: impl std::fmt::Display) -> azure_core::Error {
    conversion(format!("invalid XML: {error}"))
}

/// Parses an XML document (a UTF-8 byte order mark and the declaration
/// allowed) into its root element. Text between elements that is only
/// whitespace (indentation) is dropped.
pub fn parse(body: &[u8]) -> azure_core::Result<Element> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let mut reader = quick_xml::Reader::from_reader(body);
    let mut stack: Vec<Element> = Vec::new();
    let mut text = String::new();
    loop {
        let event = reader.read_event().map_err(xml_error)?;
        match event {
            Event::Start(start) => {
                flush_text(&mut stack, &mut text);
                stack.push(start_element(&start)?);
            }
            Event::Empty(start) => {
                flush_text(&mut stack, &mut text);
                let element = start_element(&start)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(element)),
                    None => return Ok(element),
                }
            }
            Event::End(_) => {
                flush_text(&mut stack, &mut text);
                let mut element = stack.pop().ok_or_else(|| xml_error("unbalanced end tag"))?;
                if element
                    .children
                    .iter()
                    .any(|n| matches!(n, Node::Element(_)))
                {
                    element
                        .children
                        .retain(|n| !matches!(n, Node::Text(t) if t.trim().is_empty()));
                }
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(element)),
                    None => return Ok(element),
                }
            }
            Event::Text(t) => text.push_str(&t.xml10_content().map_err(xml_error)?),
            Event::CData(t) => text.push_str(&t.xml10_content().map_err(xml_error)?),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().map_err(xml_error)? {
                    text.push(c);
                } else {
                    let name = r.decode().map_err(xml_error)?;
                    let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                        .ok_or_else(|| xml_error(format!("unknown entity &{name};")))?;
                    text.push_str(resolved);
                }
            }
            Event::Eof => return Err(xml_error("no root element")),
            // The declaration, comments, processing instructions, DOCTYPE.
            _ => {}
        }
    }
}

fn flush_text(stack: &mut [Element], text: &mut String) {
    if text.is_empty() {
        return;
    }
    if let Some(parent) = stack.last_mut() {
        parent.children.push(Node::Text(std::mem::take(text)));
    } else {
        text.clear();
    }
}

fn start_element(start: &BytesStart<'_>) -> azure_core::Result<Element> {
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(xml_error)?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(xml_error)?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name,
        attributes,
        children: Vec::new(),
    })
}

/// Writes `root` as an XML document, with the declaration: an element
/// without content is written `<Name />`, as Storage (.NET's writer) does.
pub fn write(root: &Element) -> azure_core::Result<Vec<u8>> {
    let mut writer = quick_xml::Writer::new(Vec::new());
    writer.config_mut().add_space_before_slash_in_empty_elements = true;
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))
        .map_err(xml_error)?;
    write_element(&mut writer, root)?;
    Ok(writer.into_inner())
}

fn write_element(
    writer: &mut quick_xml::Writer<Vec<u8>>,
    element: &Element,
) -> azure_core::Result<()> {
    let mut start = BytesStart::new(element.name.as_str());
    for (key, value) in &element.attributes {
        start.push_attribute((key.as_str(), value.as_str()));
    }
    if element.children.is_empty() {
        return writer.write_event(Event::Empty(start)).map_err(xml_error);
    }
    writer.write_event(Event::Start(start)).map_err(xml_error)?;
    for child in &element.children {
        match child {
            Node::Element(child) => write_element(writer, child)?,
            // `<`, `>` and `&` escaped; quotes are text as they are.
            Node::Text(text) => writer
                .write_event(Event::Text(BytesText::from_escaped(
                    quick_xml::escape::partial_escape(text),
                )))
                .map_err(xml_error)?,
        }
    }
    writer
        .write_event(Event::End(BytesEnd::new(element.name.as_str())))
        .map_err(xml_error)
}

/// A model read from and written to an element, field by field, through
/// its `xml_object!` table.
pub trait XmlObject: Default {
    /// The element name of the model where nothing else names it.
    const NAME: &'static str;

    /// The namespace declarations the model's element carries
    /// (`("xmlns:b", "uri")`): the model's own, then those of its fields'
    /// prefixes, where the spec gives them.
    const NAMESPACES: &'static [(&'static str, &'static str)];

    /// The wire names of the attribute fields, in the order they are
    /// written (`""` in the place of a field that is not an attribute).
    const ATTRIBUTES: &'static [&'static str];

    /// The wire names of the child element fields, in the order they are
    /// written (`""` in the place of a field that is no child).
    const CHILDREN: &'static [&'static str];

    /// Reads the attribute `name` into its field; `false` when no field
    /// has that name.
    fn read_attribute(&mut self, name: &str, value: &str) -> azure_core::Result<bool>;

    /// Reads a child element into its field; `false` when no field has
    /// that name.
    fn read_child(&mut self, child: &Element) -> azure_core::Result<bool>;

    /// Reads the element's text into the `x-ms-text` field; `false` when
    /// the model has none.
    fn read_text(&mut self, text: &str) -> azure_core::Result<bool>;

    /// Writes the set fields: attributes, then children in field order.
    fn write_fields(&self, element: &mut Element) -> azure_core::Result<()>;

    /// What was read and no field took.
    fn additional(&mut self) -> &mut AdditionalXml;

    /// What [`Self::additional`] keeps, to write back.
    fn additional_ref(&self) -> &AdditionalXml;

    /// Keeps a child element no field names: in the model's map where it
    /// is open, else in [`Self::additional`].
    fn keep_child(&mut self, child: &Element) -> azure_core::Result<()> {
        self.additional().elements.push(child.clone());
        Ok(())
    }

    /// Writes the entries of the model's map, where it is open.
    fn write_map(&self, _element: &mut Element) -> azure_core::Result<()> {
        Ok(())
    }
}

/// Reads a model from its element.
pub(crate) fn read_object<T: XmlObject>(element: &Element) -> azure_core::Result<T> {
    let mut object = T::default();
    // Where each attribute and child is written: its field's place in the
    // table (namespace declarations first, what no field takes last).
    let mut attributes = InOrder::default();
    for (name, value) in &element.attributes {
        let declared = T::NAMESPACES
            .iter()
            .position(|(key, uri)| key == name && uri == value);
        let place = match declared {
            Some(place) => place,
            None if object.read_attribute(name, value)? => {
                T::NAMESPACES.len() + written_place(T::ATTRIBUTES, name)
            }
            None => {
                object
                    .additional()
                    .attributes
                    .push((name.clone(), value.clone()));
                usize::MAX
            }
        };
        attributes.see(place, name);
    }
    let mut children = InOrder::default();
    let mut text = String::new();
    for child in &element.children {
        match child {
            Node::Element(child) => {
                let place = if object.read_child(child)? {
                    written_place(T::CHILDREN, child.local_name())
                } else {
                    object.keep_child(child)?;
                    usize::MAX
                };
                children.see(place, child.local_name());
            }
            Node::Text(t) => text.push_str(t),
        }
    }
    if !text.is_empty() {
        object.read_text(&text)?;
    }
    let read = &mut object.additional().read;
    read.attributes =
        attributes.unless_written_so(|| element.attributes.iter().map(|(name, _)| name.as_str()));
    read.children = children.unless_written_so(|| element.elements().map(Element::local_name));
    Ok(object)
}

/// The place of the field named `name` among `names`, in the order the
/// table writes them.
fn written_place(names: &[&str], name: &str) -> usize {
    names
        .iter()
        .position(|wire| !wire.is_empty() && local(wire) == local(name))
        .unwrap_or(usize::MAX)
}

/// Whether what was read comes in the order it will be written: each
/// place no earlier than the one before, and what no field takes (written
/// after the fields) in name order, as an open model's map writes it (a
/// model without one writes them as read: keeping their order costs it
/// only memory).
#[derive(Default)]
struct InOrder {
    last: usize,
    last_unknown: Option<String>,
    out_of_order: bool,
}

impl InOrder {
    fn see(&mut self, place: usize, name: &str) {
        if place < self.last {
            self.out_of_order = true;
        }
        self.last = place;
        if place == usize::MAX {
            if self.last_unknown.as_deref().is_some_and(|last| last > name) {
                self.out_of_order = true;
            }
            self.last_unknown = Some(name.to_owned());
        }
    }

    /// The names as read, where they are not in the written order.
    fn unless_written_so<'a, I: Iterator<Item = &'a str>>(
        self,
        names: impl FnOnce() -> I,
    ) -> Option<Vec<Box<str>>> {
        self.out_of_order.then(|| names().map(Box::from).collect())
    }
}

/// Writes a model's fields, then what it kept, into `element`, in the
/// order they were read where the model was read from a body.
pub(crate) fn write_object<T: XmlObject>(
    object: &T,
    element: &mut Element,
) -> azure_core::Result<()> {
    element.attributes.extend(
        T::NAMESPACES
            .iter()
            .map(|(key, uri)| ((*key).to_owned(), (*uri).to_owned())),
    );
    object.write_fields(element)?;
    object.write_map(element)?;
    let additional = object.additional_ref();
    element
        .attributes
        .extend(additional.attributes.iter().cloned());
    element
        .children
        .extend(additional.elements.iter().cloned().map(Node::Element));
    let read = &additional.read;
    if let Some(order) = &read.attributes {
        reorder(&mut element.attributes, attribute_name, order);
    }
    if let Some(order) = &read.children {
        reorder_elements(element, order);
    }
    for (wrapper, order) in &read.entries {
        let wrapper = element.children.iter_mut().find_map(|node| match node {
            Node::Element(child) if child.local_name() == &**wrapper => Some(child),
            _ => None,
        });
        if let Some(wrapper) = wrapper {
            reorder_elements(wrapper, order);
        }
    }
    Ok(())
}

/// Puts an element's children in the order `read` names them (their text,
/// where an element has text beside children, stays first).
fn reorder_elements(element: &mut Element, read: &[Box<str>]) {
    let (mut texts, mut children): (Vec<Node>, Vec<Node>) = std::mem::take(&mut element.children)
        .into_iter()
        .partition(|node| matches!(node, Node::Text(_)));
    reorder(&mut children, node_name, read);
    texts.append(&mut children);
    element.children = texts;
}

fn attribute_name((name, _): &(String, String)) -> &str {
    name
}

fn node_name(node: &Node) -> &str {
    match node {
        Node::Element(child) => child.local_name(),
        Node::Text(_) => "",
    }
}

/// Puts `items`, written in the table's order, in the order `read` names
/// them: each name read takes the next item written with that name, and
/// an item the body did not have follows the item written before it.
fn reorder<T>(items: &mut Vec<T>, name: fn(&T) -> &str, read: &[Box<str>]) {
    let mut written: HashMap<&str, std::collections::VecDeque<usize>> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        written.entry(name(item)).or_default().push_back(index);
    }
    // (place read + 1, then the place among the items that follow it)
    let mut keys: Vec<Option<(usize, usize)>> = vec![None; items.len()];
    for (place, wanted) in read.iter().enumerate() {
        if let Some(index) = written.get_mut(&**wanted).and_then(|q| q.pop_front()) {
            keys[index] = Some((place + 1, 0));
        }
    }
    let mut before = (0, 0);
    let keys: Vec<(usize, usize)> = keys
        .into_iter()
        .map(|key| {
            before = key.unwrap_or((before.0, before.1 + 1));
            before
        })
        .collect();
    let mut keyed: Vec<((usize, usize), T)> = keys.into_iter().zip(items.drain(..)).collect();
    keyed.sort_by_key(|(key, _)| *key);
    items.extend(keyed.into_iter().map(|(_, item)| item));
}

/// How a value of type `T` sits in an element: text in one of
/// `crate::encoding`'s formats, or a model's fields.
pub(crate) trait Content<T> {
    /// Reads the value from its element.
    fn read(element: &Element) -> azure_core::Result<T>;

    /// Writes the value into its (empty) element.
    fn write(value: &T, element: &mut Element) -> azure_core::Result<()>;
}

/// A scalar (a string, number, boolean, date or enum) as its element's
/// text, in `crate::encoding`'s format `E`.
#[derive(Debug)]
pub struct Scalar<E>(std::marker::PhantomData<fn() -> E>);

impl<T, E: Encoding<T>> Content<T> for Scalar<E> {
    fn read(element: &Element) -> azure_core::Result<T> {
        from_text::<E, T>(&element.text())
    }

    fn write(value: &T, element: &mut Element) -> azure_core::Result<()> {
        let text = to_text::<E, T>(value)?;
        if !text.is_empty() {
            element.children.push(Node::Text(text));
        }
        Ok(())
    }
}

/// A model nested in an element of its own.
#[derive(Debug)]
pub struct Nested;

impl<T: XmlObject> Content<T> for Nested {
    fn read(element: &Element) -> azure_core::Result<T> {
        read_object(element)
    }

    fn write(value: &T, element: &mut Element) -> azure_core::Result<()> {
        write_object(value, element)
    }
}

/// A model boxed to break a recursion reads and writes as the model.
impl<T: XmlObject> XmlObject for Box<T> {
    const NAME: &'static str = T::NAME;
    const NAMESPACES: &'static [(&'static str, &'static str)] = T::NAMESPACES;
    const ATTRIBUTES: &'static [&'static str] = T::ATTRIBUTES;
    const CHILDREN: &'static [&'static str] = T::CHILDREN;

    fn read_attribute(&mut self, name: &str, value: &str) -> azure_core::Result<bool> {
        (**self).read_attribute(name, value)
    }

    fn read_child(&mut self, child: &Element) -> azure_core::Result<bool> {
        (**self).read_child(child)
    }

    fn read_text(&mut self, text: &str) -> azure_core::Result<bool> {
        (**self).read_text(text)
    }

    fn write_fields(&self, element: &mut Element) -> azure_core::Result<()> {
        (**self).write_fields(element)
    }

    fn additional(&mut self) -> &mut AdditionalXml {
        (**self).additional()
    }

    fn additional_ref(&self) -> &AdditionalXml {
        (**self).additional_ref()
    }

    fn keep_child(&mut self, child: &Element) -> azure_core::Result<()> {
        (**self).keep_child(child)
    }

    fn write_map(&self, element: &mut Element) -> azure_core::Result<()> {
        (**self).write_map(element)
    }
}

/// A discriminated hierarchy's enum in its element: the kind named by its
/// discriminator (an attribute, as Service Bus's `xsi:type`, or a child
/// element), read and written as that kind's model (`xml_polymorphic!`).
#[derive(Debug)]
pub struct Kinds;

/// Whether `element` carries the discriminator `name` with `value`: an
/// attribute, or a child element whose text it is.
pub(crate) fn has_tag(element: &Element, name: &str, value: &str) -> bool {
    let name = local(name);
    element
        .attributes
        .iter()
        .any(|(key, v)| local(key) == name && v == value)
        || element
            .elements()
            .any(|child| child.local_name() == name && child.text() == value)
}

/// Adds the discriminator attribute `name` with `value` where the kind's
/// model left it unset (a kind built with `Default`), with the namespace
/// declaration its prefix needs when the element has none.
pub(crate) fn add_tag_attribute(
    element: &mut Element,
    name: &str,
    namespace: Option<&str>,
    value: &str,
) {
    if element
        .attributes
        .iter()
        .any(|(key, _)| local(key) == local(name))
    {
        return;
    }
    if let (Some((prefix, _)), Some(uri)) = (name.split_once(':'), namespace) {
        let key = format!("xmlns:{prefix}");
        if !element.attributes.iter().any(|(k, _)| *k == key) {
            element.attributes.push((key, uri.to_owned()));
        }
    }
    element.attributes.push((name.to_owned(), value.to_owned()));
}

/// Adds the discriminator element `name` with `value` as its text where
/// the kind's model left it unset.
pub(crate) fn add_tag_element(element: &mut Element, name: &str, value: &str) {
    if element
        .elements()
        .any(|child| child.local_name() == local(name))
    {
        return;
    }
    let mut child = Element::new(name);
    child.children.push(Node::Text(value.to_owned()));
    element.children.insert(0, Node::Element(child));
}

/// Implements [`Content`] in [`Kinds`] for a discriminated hierarchy's
/// enum, as `polymorphic!` does its serde: `Enum, Unknown, {
/// Variant(Payload) { "name" = "value", ... } { Attr("p:name", "uri") =
/// "value", Elem("name") = "value", ... }, ... }`. A kind is read where each of its read pairs is
/// found (the generator puts the most specific kinds first), any other
/// value as `Unknown`, kept whole; a kind is written as its model, each
/// discriminator above it added where the model leaves it unset (`uri`:
/// the namespace a prefixed attribute's declaration needs, if any).
// Only specs with discriminated hierarchies in XML bodies use it.
#[allow(unused_macros)]
macro_rules! xml_polymorphic {
    (
        $name:ident, $unknown:ident,
        { $($variant:ident($payload:ty)
            { $($read:literal = $read_value:literal),+ }
            { $($place:ident($write:literal $(, $namespace:literal)?) = $write_value:literal),+ }),* $(,)? }
    ) => {
        impl crate::xml::Content<$name> for crate::xml::Kinds {
            fn read(element: &crate::xml::Element) -> azure_core::Result<$name> {
                $(
                    if $(crate::xml::has_tag(element, $read, $read_value))&&+ {
                        return crate::xml::read_object::<$payload>(element).map($name::$variant);
                    }
                )*
                crate::xml::read_object(element).map($name::$unknown)
            }

            fn write(value: &$name, element: &mut crate::xml::Element) -> azure_core::Result<()> {
                match value {
                    $($name::$variant(v) => {
                        crate::xml::write_object(v, element)?;
                        $(crate::xml::xml_polymorphic!(@tag $place element, $write, $($namespace)?, $write_value);)+
                    })*
                    $name::$unknown(v) => crate::xml::write_object(v, element)?,
                }
                Ok(())
            }
        }
    };
    (@tag Attr $element:ident, $name:literal, , $value:literal) => {
        crate::xml::add_tag_attribute($element, $name, None, $value)
    };
    (@tag Attr $element:ident, $name:literal, $namespace:literal, $value:literal) => {
        crate::xml::add_tag_attribute($element, $name, Some($namespace), $value)
    };
    (@tag Elem $element:ident, $name:literal, , $value:literal) => {
        crate::xml::add_tag_element($element, $name, $value)
    };
}
#[allow(unused_imports)]
pub(crate) use xml_polymorphic;

/// Reads a value in format `E` from its text.
pub(crate) fn from_text<E: Encoding<T>, T>(text: &str) -> azure_core::Result<T> {
    E::read(TextValue(text))
        .map_err(|e| conversion(e.0))?
        .ok_or_else(|| conversion("no value"))
}

/// The text of a value in format `E`.
pub(crate) fn to_text<E: Encoding<T>, T>(value: &T) -> azure_core::Result<String> {
    serde::Serialize::serialize(&Written::<E, T>::new(value), TextWriter)
        .map_err(|e| conversion(e.0))
}

/// Reads a child element's value into `field` (`elem` of `xml_object!`).
pub(crate) fn read_element<F: Content<T>, T>(
    child: &Element,
    field: &mut Option<T>,
) -> azure_core::Result<()> {
    match F::read(child) {
        Ok(value) => *field = Some(value),
        // An empty element of a typed value (Storage's
        // `<CopyCompletionTime />`) holds no value.
        Err(_) if child.children.is_empty() && child.attributes.is_empty() => {}
        Err(error) => return Err(error),
    }
    Ok(())
}

/// Writes a set field as the child element `name`.
pub(crate) fn write_element_field<F: Content<T>, T>(
    element: &mut Element,
    name: &str,
    value: &Option<T>,
) -> azure_core::Result<()> {
    if let Some(value) = value {
        let mut child = Element::new(name);
        F::write(value, &mut child)?;
        element.children.push(Node::Element(child));
    }
    Ok(())
}

/// Reads a scalar child element's value into `field` (`elem` of
/// `xml_object!`), keeping its text where the value would be written
/// otherwise (an empty element, a date's zero fraction).
pub(crate) fn read_scalar<E: Encoding<T>, T>(
    child: &Element,
    field: &mut Option<T>,
    additional: &mut AdditionalXml,
) -> azure_core::Result<()> {
    read_element::<Scalar<E>, T>(child, field)?;
    let text = child.text();
    let same = match field {
        Some(value) => to_text::<E, T>(value).is_ok_and(|written| written == text),
        None => false,
    };
    if !same {
        additional
            .read
            .texts
            .push((child.local_name().into(), text.into()));
    }
    Ok(())
}

/// Writes a set scalar field as the child element `name`: with the text
/// it was read with where that text reads as the same value, and as an
/// empty element where it was read empty and is still unset.
pub(crate) fn write_scalar<E: Encoding<T>, T: PartialEq>(
    element: &mut Element,
    name: &str,
    value: &Option<T>,
    additional: &AdditionalXml,
) -> azure_core::Result<()> {
    let read = additional
        .read
        .texts
        .iter()
        .find(|(read, _)| **read == *local(name))
        .map(|(_, text)| &**text);
    let text = match (value, read) {
        (None, Some("")) => None,
        (None, _) => return Ok(()),
        (Some(value), Some(read)) if from_text::<E, T>(read).is_ok_and(|v| v == *value) => {
            Some(read.to_owned())
        }
        (Some(value), _) => Some(to_text::<E, T>(value)?).filter(|text| !text.is_empty()),
    };
    let mut child = Element::new(name);
    child.children.extend(text.map(Node::Text));
    element.children.push(Node::Element(child));
    Ok(())
}

/// Keeps the order of a map's entries where they were not sorted by name
/// (the order a map is written in).
pub(crate) fn keep_entry_order(wrapper: &Element, additional: &mut AdditionalXml) {
    let names: Vec<&str> = wrapper.elements().map(Element::local_name).collect();
    if names.windows(2).any(|pair| pair[0] > pair[1]) {
        additional.read.entries.push((
            wrapper.local_name().into(),
            names.into_iter().map(Box::from).collect(),
        ));
    }
}

/// Reads an attribute's value into `field`.
pub(crate) fn read_attribute<E: Encoding<T>, T>(
    value: &str,
    field: &mut Option<T>,
) -> azure_core::Result<()> {
    *field = Some(from_text::<E, T>(value)?);
    Ok(())
}

/// Writes a set field as the attribute `name`.
pub(crate) fn write_attribute<E: Encoding<T>, T>(
    element: &mut Element,
    name: &str,
    value: &Option<T>,
) -> azure_core::Result<()> {
    if let Some(value) = value {
        element
            .attributes
            .push((name.to_owned(), to_text::<E, T>(value)?));
    }
    Ok(())
}

/// Writes a set `x-ms-text` field as the element's text.
pub(crate) fn write_text<E: Encoding<T>, T>(
    element: &mut Element,
    value: &Option<T>,
) -> azure_core::Result<()> {
    if let Some(value) = value {
        element.children.push(Node::Text(to_text::<E, T>(value)?));
    }
    Ok(())
}

/// Reads a wrapped list: the items named `item` inside `wrapper`.
pub(crate) fn read_wrapped<F: Content<T>, T>(
    wrapper: &Element,
    item: &str,
    field: &mut Option<Vec<T>>,
) -> azure_core::Result<()> {
    let items = field.get_or_insert_with(Vec::new);
    for child in wrapper.elements() {
        if child.local_name() == local(item) {
            items.push(F::read(child)?);
        }
    }
    Ok(())
}

/// Writes a set list inside the element `wrapper`, each item named `item`.
pub(crate) fn write_wrapped<F: Content<T>, T>(
    element: &mut Element,
    wrapper: &str,
    item: &str,
    value: &Option<Vec<T>>,
) -> azure_core::Result<()> {
    if let Some(values) = value {
        let mut list = Element::new(wrapper);
        write_items::<F, T>(&mut list, item, values)?;
        element.children.push(Node::Element(list));
    }
    Ok(())
}

/// Reads one item of an unwrapped list (a child named like its items).
pub(crate) fn read_item<F: Content<T>, T>(
    child: &Element,
    field: &mut Option<Vec<T>>,
) -> azure_core::Result<()> {
    field.get_or_insert_with(Vec::new).push(F::read(child)?);
    Ok(())
}

/// Writes each item of a set list as a child named `item`.
pub(crate) fn write_unwrapped<F: Content<T>, T>(
    element: &mut Element,
    item: &str,
    value: &Option<Vec<T>>,
) -> azure_core::Result<()> {
    if let Some(values) = value {
        write_items::<F, T>(element, item, values)?;
    }
    Ok(())
}

fn write_items<F: Content<T>, T>(
    element: &mut Element,
    item: &str,
    values: &[T],
) -> azure_core::Result<()> {
    for value in values {
        let mut child = Element::new(item);
        F::write(value, &mut child)?;
        element.children.push(Node::Element(child));
    }
    Ok(())
}

/// Reads a map: each child element of `wrapper` an entry, keyed by its
/// name (Storage's `Metadata`).
pub(crate) fn read_map<F: Content<T>, T>(
    wrapper: &Element,
    field: &mut Option<HashMap<String, T>>,
) -> azure_core::Result<()> {
    let map = field.get_or_insert_with(HashMap::new);
    for child in wrapper.elements() {
        map.insert(child.name.clone(), F::read(child)?);
    }
    Ok(())
}

/// Writes a set map inside the element `name`, an element per entry,
/// sorted by key (a `HashMap` has no order of its own to keep).
pub(crate) fn write_map<F: Content<T>, T>(
    element: &mut Element,
    name: &str,
    value: &Option<HashMap<String, T>>,
) -> azure_core::Result<()> {
    if let Some(map) = value {
        let mut wrapper = Element::new(name);
        write_entries::<F, T>(&mut wrapper, map)?;
        element.children.push(Node::Element(wrapper));
    }
    Ok(())
}

/// Writes each entry of `map` as a child of `element` named by its key,
/// sorted by key.
pub(crate) fn write_entries<F: Content<T>, T>(
    element: &mut Element,
    map: &HashMap<String, T>,
) -> azure_core::Result<()> {
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for key in keys {
        let mut child = Element::new(key.as_str());
        F::write(&map[key], &mut child)?;
        element.children.push(Node::Element(child));
    }
    Ok(())
}

/// The [`Format`](azure_core::http::Format) of an XML response body:
/// `into_model()` reads a model through its `xml_object!` table.
#[derive(Debug, Clone)]
pub struct Xml;

impl azure_core::http::Format for Xml {
    fn deserialize<T: serde::de::DeserializeOwned, S: AsRef<[u8]>>(
        _body: S,
    ) -> azure_core::Result<T> {
        Err(conversion(
            "an XML body is read through its model's table, not serde",
        ))
    }
}

/// The [`Format`](azure_core::http::Format) of an XML response body that
/// is a list: each child element of the root an item, in `Content` `C`.
pub struct XmlList<C>(std::marker::PhantomData<fn() -> C>);

impl<C> std::fmt::Debug for XmlList<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("XmlList")
    }
}

impl<C> azure_core::http::Format for XmlList<C> {
    fn deserialize<T: serde::de::DeserializeOwned, S: AsRef<[u8]>>(
        _body: S,
    ) -> azure_core::Result<T> {
        Err(conversion(
            "an XML list is read through its items' format, not serde",
        ))
    }
}

impl<T, C: Content<T>> azure_core::http::DeserializeWith<XmlList<C>> for Vec<T> {
    fn deserialize_with(
        body: azure_core::http::response::ResponseBody,
    ) -> azure_core::Result<Self> {
        parse(body.as_ref())?.elements().map(C::read).collect()
    }
}

/// Reads a model from an XML document (a response body, a saved file).
pub fn from_xml<T: XmlObject>(body: &[u8]) -> azure_core::Result<T> {
    from_body(body)
}

/// Writes a model as an XML document, its element named as its spec says.
pub fn to_xml<T: XmlObject>(value: &T) -> azure_core::Result<Vec<u8>> {
    to_body(value, T::NAME)
}

/// Sends `request` as `crate::runtime::send` does; an error answer whose
/// `x-ms-error-code` header is missing takes its code (and message) from
/// an XML error body (`<Error><Code>…</Code><Message>…</Message></Error>`),
/// as Storage sends it.
pub(crate) async fn send(
    pipeline: &azure_core::http::Pipeline,
    ctx: &azure_core::http::Context<'_>,
    request: &mut azure_core::http::Request,
    success: &[u16],
) -> azure_core::Result<azure_core::http::RawResponse> {
    crate::runtime::send(pipeline, ctx, request, success)
        .await
        .map_err(with_xml_error_code)
}

/// The service's error model parsed from an XML error body of an
/// [`ErrorKind::HttpResponse`] error, if it has one and it parses.
pub(crate) fn error_body<T: XmlObject>(error: &azure_core::Error) -> Option<T> {
    match error.kind() {
        ErrorKind::HttpResponse {
            raw_response: Some(raw),
            ..
        } => from_body(raw.body()).ok(),
        _ => None,
    }
}

/// `error` with the code and message of its XML error body, where its
/// `x-ms-error-code` header gave none.
fn with_xml_error_code(error: azure_core::Error) -> azure_core::Error {
    let ErrorKind::HttpResponse {
        status,
        error_code: None,
        raw_response: Some(raw),
    } = error.kind()
    else {
        return error;
    };
    let Ok(body) = parse(raw.body()) else {
        return error;
    };
    let field = |name: &str| {
        body.elements()
            .find(|e| e.local_name() == name)
            .map(|e| e.text().trim().to_owned())
            .filter(|text| !text.is_empty())
    };
    let Some(code) = field("Code") else {
        return error;
    };
    let message = match field("Message") {
        Some(message) => format!("{status}: {message}"),
        None => status.to_string(),
    };
    azure_core::Error::with_message(
        ErrorKind::HttpResponse {
            status: *status,
            error_code: Some(code),
            raw_response: Some(raw.clone()),
        },
        message,
    )
}

/// Reads a whole XML body as the model `T`.
pub(crate) fn from_body<T: XmlObject>(body: &[u8]) -> azure_core::Result<T> {
    read_object(&parse(body)?)
}

/// The bytes of a model as a whole XML request body, its element named
/// `name` (the body schema's `xml.name`, else the model's).
pub(crate) fn to_body<T: XmlObject>(value: &T, name: &str) -> azure_core::Result<Vec<u8>> {
    let mut root = Element::new(name);
    write_object(value, &mut root)?;
    write(&root)
}

/// Reads a whole XML body that is a wrapped list of `item` elements.
pub(crate) fn list_from_body<F: Content<T>, T>(
    body: &[u8],
    item: &str,
) -> azure_core::Result<Vec<T>> {
    let mut items = None;
    read_wrapped::<F, T>(&parse(body)?, item, &mut items)?;
    Ok(items.unwrap_or_default())
}

/// The bytes of a list as a whole XML body: `wrapper` around `item`s.
pub(crate) fn list_to_body<F: Content<T>, T>(
    values: &[T],
    wrapper: &str,
    item: &str,
) -> azure_core::Result<Vec<u8>> {
    let mut root = Element::new(wrapper);
    write_items::<F, T>(&mut root, item, values)?;
    write(&root)
}

/// How an XML pager asks for the page after the one it holds, from the
/// text of the page's next-page element.
pub(crate) enum NextPage {
    /// A marker (Storage's `NextMarker`): the next request is the first
    /// one with this query parameter set to it; a saved marker resumes the
    /// list (`PagerOptions`'s continuation).
    Marker(&'static str),
    /// A link (`NextLink`): a GET of it, resolved against the page's URL,
    /// with the client's api-version set on it, as JSON pages' links are.
    Link {
        /// The client's api-version.
        api_version: String,
    },
}

/// A pager over XML pages that follows what each page holds in its root's
/// child `next_element` (`NextMarker`, `NextLink`) as `next` says; an
/// absent or empty element ends the list.
pub(crate) fn pager<P>(
    pipeline: azure_core::http::Pipeline,
    first: azure_core::http::Request,
    next: NextPage,
    next_element: &'static str,
    success: &'static [u16],
    options: azure_core::http::pager::PagerOptions<'_>,
) -> azure_core::http::Pager<P, Xml>
where
    P: azure_core::http::pager::Page + azure_core::http::DeserializeWith<Xml> + Send + 'static,
{
    let next_text =
        move |raw: &azure_core::http::RawResponse| -> azure_core::Result<Option<String>> {
            Ok(parse(raw.body())?
                .elements()
                .find(|e| e.local_name() == next_element)
                .map(|e| e.text().trim().to_owned())
                .filter(|m| !m.is_empty()))
        };
    match next {
        NextPage::Marker(marker) => crate::runtime::token_pager(
            pipeline,
            first,
            marker,
            next_text,
            // As the crate's other XML calls (`send`): a page's error reads
            // its code from an XML body too.
            with_xml_error_code,
            success,
            options,
        ),
        NextPage::Link { api_version } => {
            link_pager(pipeline, first, api_version, next_text, success, options)
        }
    }
}

/// The pager of [`NextPage::Link`]: a GET of each page's link, resolved
/// against the page's URL, with the client's api-version.
fn link_pager<P>(
    pipeline: azure_core::http::Pipeline,
    first: azure_core::http::Request,
    api_version: String,
    next_text: impl Fn(&azure_core::http::RawResponse) -> azure_core::Result<Option<String>>
        + Clone
        + Send
        + 'static,
    success: &'static [u16],
    options: azure_core::http::pager::PagerOptions<'_>,
) -> azure_core::http::Pager<P, Xml>
where
    P: azure_core::http::pager::Page + azure_core::http::DeserializeWith<Xml> + Send + 'static,
{
    use azure_core::http::pager::{PagerContinuation, PagerOptions, PagerResult, PagerState};
    let options = PagerOptions {
        context: options.context.into_owned(),
        continuation: options.continuation,
    };
    azure_core::http::Pager::new(
        move |state: PagerState, pager_options: PagerOptions<'static>| {
            let pipeline = pipeline.clone();
            let next_text = next_text.clone();
            let request = match state {
                PagerState::Initial => Ok(first.clone()),
                PagerState::More(continuation) => azure_core::http::Url::try_from(continuation)
                    .map(|url| {
                        let url = crate::runtime::with_api_version(url, &api_version);
                        crate::runtime::next_link_request(&first, url)
                    }),
            };
            Box::pin(async move {
                let mut request = request?;
                // Through this module's `send`, as the crate's other XML
                // calls: a page's error reads its code from an XML body too.
                let raw = send(&pipeline, &pager_options.context, &mut request, success).await?;
                let continuation = match next_text(&raw)? {
                    Some(link) => Some(PagerContinuation::Link(request.url().join(&link)?)),
                    None => None,
                };
                let response: azure_core::http::Response<P, Xml> = raw.into();
                Ok(match continuation {
                    Some(continuation) => PagerResult::More {
                        response,
                        continuation,
                    },
                    None => PagerResult::Done { response },
                })
            })
        },
        Some(options),
    )
}

/// A scalar's text as a serde deserializer: an encoding reads it as it
/// reads a JSON value (a string, or a number or boolean parsed from it).
struct TextValue<'a>(&'a str);

/// An error reading or writing a value's text.
#[derive(Debug)]
struct TextError(String);

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TextError {}

impl de::Error for TextError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

impl serde::ser::Error for TextError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

impl TextValue<'_> {
    fn parse<N: std::str::FromStr>(&self) -> Result<N, TextError>
    where
        N::Err: std::fmt::Display,
    {
        self.0
            .trim()
            .parse()
            .map_err(|e| TextError(format!("invalid value {:?}: {e}", self.0)))
    }
}

macro_rules! parse_number {
    ($($method:ident => $visit:ident: $ty:ty),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
            visitor.$visit(self.parse::<$ty>()?)
        }
    )*};
}

impl<'de> Deserializer<'de> for TextValue<'de> {
    type Error = TextError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_borrowed_str(self.0)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        visitor.visit_some(self)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        match self.0.trim() {
            "true" | "True" | "1" => visitor.visit_bool(true),
            "false" | "False" | "0" => visitor.visit_bool(false),
            other => Err(TextError(format!("invalid boolean {other:?}"))),
        }
    }

    parse_number! {
        deserialize_i8 => visit_i64: i64,
        deserialize_i16 => visit_i64: i64,
        deserialize_i32 => visit_i64: i64,
        deserialize_i64 => visit_i64: i64,
        deserialize_u8 => visit_u64: u64,
        deserialize_u16 => visit_u64: u64,
        deserialize_u32 => visit_u64: u64,
        deserialize_u64 => visit_u64: u64,
        deserialize_f32 => visit_f64: f64,
        deserialize_f64 => visit_f64: f64,
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, TextError> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        i128 u128 char str string bytes byte_buf unit unit_struct seq
        tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// A scalar written as text by its serde `Serialize` (through an encoding).
struct TextWriter;

macro_rules! display_scalar {
    ($($method:ident: $ty:ty),* $(,)?) => {$(
        fn $method(self, value: $ty) -> Result<String, TextError> {
            Ok(value.to_string())
        }
    )*};
}

impl serde::Serializer for TextWriter {
    type Ok = String;
    type Error = TextError;
    type SerializeSeq = serde::ser::Impossible<String, TextError>;
    type SerializeTuple = serde::ser::Impossible<String, TextError>;
    type SerializeTupleStruct = serde::ser::Impossible<String, TextError>;
    type SerializeTupleVariant = serde::ser::Impossible<String, TextError>;
    type SerializeMap = serde::ser::Impossible<String, TextError>;
    type SerializeStruct = serde::ser::Impossible<String, TextError>;
    type SerializeStructVariant = serde::ser::Impossible<String, TextError>;

    display_scalar! {
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char,
        serialize_str: &str,
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<String, TextError> {
        Err(TextError("bytes have no text form here".into()))
    }

    fn serialize_none(self) -> Result<String, TextError> {
        Ok(String::new())
    }

    fn serialize_some<T: serde::Serialize + ?Sized>(self, value: &T) -> Result<String, TextError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<String, TextError> {
        Ok(String::new())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<String, TextError> {
        Ok(String::new())
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, TextError> {
        Ok(variant.to_owned())
    }

    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String, TextError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, TextError> {
        Err(not_text())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, TextError> {
        Err(not_text())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, TextError> {
        Err(not_text())
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, TextError> {
        Err(not_text())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, TextError> {
        Err(not_text())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, TextError> {
        Err(not_text())
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, TextError> {
        Err(not_text())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, TextError> {
        Err(not_text())
    }
}

fn not_text() -> TextError {
    TextError("a structured value has no text form".into())
}

/// Implements [`XmlObject`] and reading a whole response body for a model
/// from its table: `Model { field: Kind as Format, ... }, element =
/// "Name"`, in field order. Kinds: `Attr("name")` (an attribute),
/// `Text` (`x-ms-text`), `Elem("name")` (a child element),
/// `Wrapped("List", "Item")` (a list inside its own element),
/// `Items("Item")` (a list whose items are children), `Map("Name")` (child
/// elements named by key). `Format` is one of `crate::encoding`'s, or
/// `Nested` for a model; a field without one is `Plain`. A name may carry
/// a prefix (`"p:name"`); children are matched by their local names.
/// `, namespace = ("xmlns:p", "uri")`, once per declaration, declares the
/// model's namespace and those its fields' prefixes need;
/// `, open = Format` makes the model's `additional_properties` map take
/// the child elements no field names.
// Unused in a crate whose specs define no XML model.
#[allow(unused_macros)]
macro_rules! xml_object {
    (
        $name:ident {
            $($field:ident: $kind:ident $(($($arg:literal),*))? $(as $format:ident)?),* $(,)?
        },
        element = $element:literal
        $(, namespace = ($ns_key:literal, $ns_uri:literal))*
        $(, open = $open:ident)?
        $(,)?
    ) => {
        impl crate::xml::XmlObject for $name {
            const NAME: &'static str = $element;
            const NAMESPACES: &'static [(&'static str, &'static str)] =
                &[$(($ns_key, $ns_uri)),*];
            const ATTRIBUTES: &'static [&'static str] =
                &[$(crate::xml::xml_object!(@attr_name $kind $(($($arg),*))?)),*];
            const CHILDREN: &'static [&'static str] =
                &[$(crate::xml::xml_object!(@child_name $kind $(($($arg),*))?)),*];

            #[allow(unused_variables)]
            fn read_attribute(&mut self, name: &str, value: &str) -> azure_core::Result<bool> {
                $(crate::xml::xml_object!(@attr $kind ($($($arg),*)?) self.$field, name, value, $($format)?);)*
                Ok(false)
            }

            #[allow(unused_variables)]
            fn read_child(&mut self, child: &crate::xml::Element) -> azure_core::Result<bool> {
                $(crate::xml::xml_object!(@child $kind ($($($arg),*)?) self.$field, child, self.additional_xml, $($format)?);)*
                Ok(false)
            }

            // A model with an `x-ms-text` field returns from its arm.
            #[allow(unused_variables, unreachable_code)]
            fn read_text(&mut self, text: &str) -> azure_core::Result<bool> {
                $(crate::xml::xml_object!(@text $kind self.$field, text, $($format)?);)*
                Ok(false)
            }

            #[allow(unused_variables)]
            fn write_fields(&self, element: &mut crate::xml::Element) -> azure_core::Result<()> {
                // Attributes first: they sit in the start tag.
                $(crate::xml::xml_object!(@write_attr $kind ($($($arg),*)?) self.$field, element, $($format)?);)*
                $(crate::xml::xml_object!(@write $kind ($($($arg),*)?) self.$field, element, self.additional_xml, $($format)?);)*
                Ok(())
            }

            fn additional(&mut self) -> &mut crate::xml::AdditionalXml {
                &mut self.additional_xml
            }

            fn additional_ref(&self) -> &crate::xml::AdditionalXml {
                &self.additional_xml
            }

            $(
                fn keep_child(&mut self, child: &crate::xml::Element) -> azure_core::Result<()> {
                    let value = <crate::xml::xml_object!(@format $open) as crate::xml::Content<_>>::read(child)?;
                    self.additional_properties.insert(child.name.clone(), value);
                    Ok(())
                }

                fn write_map(&self, element: &mut crate::xml::Element) -> azure_core::Result<()> {
                    crate::xml::write_entries::<crate::xml::xml_object!(@format $open), _>(
                        element,
                        &self.additional_properties,
                    )
                }
            )?
        }

        impl azure_core::http::DeserializeWith<crate::xml::Xml> for $name {
            fn deserialize_with(
                body: azure_core::http::response::ResponseBody,
            ) -> azure_core::Result<Self> {
                crate::xml::from_body(body.as_ref())
            }
        }
    };
    (@format) => { crate::xml::Scalar<crate::encoding::Plain> };
    (@format Nested) => { crate::xml::Nested };
    (@format Kinds) => { crate::xml::Kinds };
    (@format $format:ident) => { crate::xml::Scalar<crate::encoding::$format> };
    (@encoding) => { crate::encoding::Plain };
    (@encoding $format:ident) => { crate::encoding::$format };
    (@attr Attr ($wire:literal) $field:expr, $name:ident, $value:ident, $($format:ident)?) => {
        if $name == $wire {
            crate::xml::read_attribute::<crate::xml::xml_object!(@encoding $($format)?), _>($value, &mut $field)?;
            return Ok(true);
        }
    };
    (@attr $kind:ident $($rest:tt)*) => {};
    (@text Text $field:expr, $text:ident, $($format:ident)?) => {
        crate::xml::read_attribute::<crate::xml::xml_object!(@encoding $($format)?), _>($text, &mut $field)?;
        return Ok(true);
    };
    (@text $kind:ident $($rest:tt)*) => {};
    (@attr_name Attr ($wire:literal)) => { $wire };
    (@attr_name $kind:ident $($rest:tt)*) => { "" };
    (@child_name Attr $($rest:tt)*) => { "" };
    (@child_name Text $($rest:tt)*) => { "" };
    (@child_name Wrapped ($wire:literal, $item:literal)) => { $wire };
    (@child_name $kind:ident ($wire:literal)) => { $wire };
    (@child Elem ($wire:literal) $field:expr, $child:ident, $additional:expr, Nested) => {
        if $child.local_name() == crate::xml::local($wire) {
            crate::xml::read_element::<crate::xml::Nested, _>($child, &mut $field)?;
            return Ok(true);
        }
    };
    (@child Elem ($wire:literal) $field:expr, $child:ident, $additional:expr, Kinds) => {
        if $child.local_name() == crate::xml::local($wire) {
            crate::xml::read_element::<crate::xml::Kinds, _>($child, &mut $field)?;
            return Ok(true);
        }
    };
    (@child Elem ($wire:literal) $field:expr, $child:ident, $additional:expr, $($format:ident)?) => {
        if $child.local_name() == crate::xml::local($wire) {
            crate::xml::read_scalar::<crate::xml::xml_object!(@encoding $($format)?), _>($child, &mut $field, &mut $additional)?;
            return Ok(true);
        }
    };
    (@child Map ($wire:literal) $field:expr, $child:ident, $additional:expr, $($format:ident)?) => {
        if $child.local_name() == crate::xml::local($wire) {
            crate::xml::read_map::<crate::xml::xml_object!(@format $($format)?), _>($child, &mut $field)?;
            crate::xml::keep_entry_order($child, &mut $additional);
            return Ok(true);
        }
    };
    (@child Wrapped ($wire:literal, $item:literal) $field:expr, $child:ident, $additional:expr, $($format:ident)?) => {
        if $child.local_name() == crate::xml::local($wire) {
            crate::xml::read_wrapped::<crate::xml::xml_object!(@format $($format)?), _>($child, $item, &mut $field)?;
            return Ok(true);
        }
    };
    (@child Items ($wire:literal) $field:expr, $child:ident, $additional:expr, $($format:ident)?) => {
        if $child.local_name() == crate::xml::local($wire) {
            crate::xml::read_item::<crate::xml::xml_object!(@format $($format)?), _>($child, &mut $field)?;
            return Ok(true);
        }
    };
    (@child $kind:ident $($rest:tt)*) => {};
    (@write_attr Attr ($wire:literal) $field:expr, $element:ident, $($format:ident)?) => {
        crate::xml::write_attribute::<crate::xml::xml_object!(@encoding $($format)?), _>($element, $wire, &$field)?;
    };
    (@write_attr $kind:ident $($rest:tt)*) => {};
    (@write Attr $($rest:tt)*) => {};
    (@write Text () $field:expr, $element:ident, $additional:expr, $($format:ident)?) => {
        crate::xml::write_text::<crate::xml::xml_object!(@encoding $($format)?), _>($element, &$field)?;
    };
    (@write Elem ($wire:literal) $field:expr, $element:ident, $additional:expr, Nested) => {
        crate::xml::write_element_field::<crate::xml::Nested, _>($element, $wire, &$field)?;
    };
    (@write Elem ($wire:literal) $field:expr, $element:ident, $additional:expr, Kinds) => {
        crate::xml::write_element_field::<crate::xml::Kinds, _>($element, $wire, &$field)?;
    };
    (@write Elem ($wire:literal) $field:expr, $element:ident, $additional:expr, $($format:ident)?) => {
        crate::xml::write_scalar::<crate::xml::xml_object!(@encoding $($format)?), _>($element, $wire, &$field, &$additional)?;
    };
    (@write Wrapped ($wire:literal, $item:literal) $field:expr, $element:ident, $additional:expr, $($format:ident)?) => {
        crate::xml::write_wrapped::<crate::xml::xml_object!(@format $($format)?), _>($element, $wire, $item, &$field)?;
    };
    (@write Items ($wire:literal) $field:expr, $element:ident, $additional:expr, $($format:ident)?) => {
        crate::xml::write_unwrapped::<crate::xml::xml_object!(@format $($format)?), _>($element, $wire, &$field)?;
    };
    (@write Map ($wire:literal) $field:expr, $element:ident, $additional:expr, $($format:ident)?) => {
        crate::xml::write_map::<crate::xml::xml_object!(@format $($format)?), _>($element, $wire, &$field)?;
    };
}
#[allow(unused_imports)]
pub(crate) use xml_object;
