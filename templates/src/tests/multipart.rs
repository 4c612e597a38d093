//! `crate::multipart`: the framing of a form's parts, and the same bytes
//! again after a reset (what a retry sends).

use azure_core::http::Body;
use azure_core::stream::{BytesStream, SeekableStream};
use futures::io::AsyncReadExt as _;

use crate::multipart::{FilePart, Form};

/// The form's body, read whole from its stream.
async fn read(stream: &mut Box<dyn SeekableStream>) -> String {
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.unwrap();
    String::from_utf8(bytes).unwrap()
}

fn form() -> Form {
    let mut form = Form::new();
    form.text("id", "123");
    form.file(
        "file",
        FilePart::from_stream(BytesStream::new(b"content".to_vec()))
            .with_file_name("a.txt")
            .with_content_type("text/plain"),
    );
    form.file("picture", FilePart::from(&b"png"[..]));
    form
}

#[tokio::test]
async fn parts_are_framed_by_the_boundary_of_the_content_type() {
    let form = form();
    let content_type = form.content_type();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap()
        .to_owned();
    assert_eq!(boundary.len(), 60);
    let Body::SeekableStream(mut stream) = form.into_body() else {
        panic!("a form is a stream");
    };
    assert_eq!(stream.len(), None, "sent chunked");
    let body = read(&mut stream).await;
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n123\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\
         Content-Type: text/plain\r\n\r\ncontent\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"picture\"\r\n\
         Content-Type: application/octet-stream\r\n\r\npng\r\n\
         --{b}--\r\n",
        b = boundary
    );
    assert_eq!(body, expected);

    // A retry: the same bytes again, files rewound.
    stream.reset().await.unwrap();
    assert_eq!(read(&mut stream).await, expected);
    // A clone starts over too.
    let mut clone = stream.clone();
    assert_eq!(read(&mut clone).await, expected);
}
