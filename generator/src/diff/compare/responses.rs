//! Responses by status, their headers by case-insensitive name, their
//! bodies by position.

use serde_json::json;

use super::{Direction, Walker};
use crate::diff::change::{ChangeKind, RustEffect, Segment};
use crate::diff::rust::return_kind;
use crate::ir::{Operation, TypeRef};

impl<'a> Walker<'a> {
    pub(super) fn responses(&mut self, old: &'a Operation, new: &'a Operation) {
        // A status change matters to Rust only if it changes what the
        // method returns (body, nothing, exists, stream, pager).
        let (old_kind, new_kind) = (
            return_kind(self.old_rust.method(old)),
            return_kind(self.new_rust.method(new)),
        );
        let status_rust = if old_kind == new_kind {
            RustEffect::None
        } else {
            RustEffect::Breaking
        };
        let streams = old_kind == "stream" && new_kind == "stream";
        for response in &new.responses {
            let previous = old.responses.iter().find(|r| r.status == response.status);
            self.at(Segment::Response(response.status), |w| match previous {
                // A new success status is an error to an old client.
                None => w.push(
                    ChangeKind::ResponseAdded,
                    None,
                    Some(json!(response.body.as_ref().map(TypeRef::display_name))),
                    !response.is_error,
                    status_rust,
                ),
                Some(previous) => w.response(
                    previous,
                    response,
                    status_rust,
                    streams && !response.is_error,
                ),
            });
        }
        for response in &old.responses {
            if new.responses.iter().any(|r| r.status == response.status) {
                continue;
            }
            self.at(Segment::Response(response.status), |w| {
                w.push(
                    ChangeKind::ResponseRemoved,
                    Some(json!(response.body.as_ref().map(TypeRef::display_name))),
                    None,
                    !response.is_error,
                    status_rust,
                )
            });
        }
    }

    fn response(
        &mut self,
        old: &'a crate::ir::Response,
        new: &'a crate::ir::Response,
        status_rust: RustEffect,
        streams: bool,
    ) {
        // Typed header accessors exist for success responses only.
        let header_rust = |effect| {
            if new.is_error {
                RustEffect::None
            } else {
                effect
            }
        };
        for header in &new.headers {
            let previous = old
                .headers
                .iter()
                .find(|h| h.wire_name.eq_ignore_ascii_case(&header.wire_name));
            self.at(
                Segment::Header(header.wire_name.clone()),
                |w| match previous {
                    None => w.push(
                        ChangeKind::HeaderAdded,
                        None,
                        Some(json!(header.ty.display_name())),
                        false,
                        header_rust(RustEffect::Additive),
                    ),
                    Some(previous) => {
                        if previous.nullable != header.nullable {
                            // A header that may now come empty for `null`.
                            w.push(
                                ChangeKind::NullableChanged,
                                Some(json!(previous.nullable)),
                                Some(json!(header.nullable)),
                                header.nullable,
                                RustEffect::None,
                            );
                        }
                        w.types(Direction::Response, &previous.ty, &header.ty)
                    }
                },
            );
        }
        for header in &old.headers {
            if new
                .headers
                .iter()
                .any(|h| h.wire_name.eq_ignore_ascii_case(&header.wire_name))
            {
                continue;
            }
            self.at(Segment::Header(header.wire_name.clone()), |w| {
                w.push(
                    ChangeKind::HeaderRemoved,
                    Some(json!(header.ty.display_name())),
                    None,
                    true,
                    header_rust(RustEffect::Breaking),
                )
            });
        }
        self.at(Segment::Body, |w| match (&old.body, &new.body) {
            (None, None) => {}
            (None, Some(ty)) => w.push(
                ChangeKind::ResponseBodyAdded,
                None,
                Some(json!(ty.display_name())),
                false,
                status_rust,
            ),
            (Some(ty), None) => w.push(
                ChangeKind::BodyRemoved,
                Some(json!(ty.display_name())),
                None,
                true,
                status_rust,
            ),
            // A streamed body has no type to compare: raw bytes either way
            // (hand-written specs say `type: object, format: file`, which
            // lowers to any JSON; TypeSpec says `format: binary`).
            (Some(_), Some(_)) if streams => {}
            (Some(a), Some(b)) => {
                w.xml_body((a, old.xml.as_ref()), (b, new.xml.as_ref()));
                w.types(Direction::Response, a, b)
            }
        });
    }
}
