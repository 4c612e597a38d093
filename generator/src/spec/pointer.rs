//! JSON pointer tokens (RFC 6901), with the percent-decoding that URI
//! fragments in `$ref` also allow.

/// Escapes a key for use as a pointer token: `~` → `~0`, `/` → `~1`.
pub fn escape_token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Turns a pointer token back into a key: percent-decoding first (a `$ref`
/// is a URI fragment), then `~1` → `/` and `~0` → `~`, in that order so that
/// `~01` means `~1`.
pub fn unescape_token(token: &str) -> String {
    percent_decode(token).replace("~1", "/").replace("~0", "~")
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for key in ["/pools/{poolId}", "a~b", "~1", "plain"] {
            assert_eq!(unescape_token(&escape_token(key)), key);
        }
        assert_eq!(escape_token("/pools"), "~1pools");
        assert_eq!(unescape_token("~01"), "~1");
    }

    #[test]
    fn percent_decodes_fragments() {
        assert_eq!(unescape_token("a%20b"), "a b");
        assert_eq!(unescape_token("100%"), "100%");
    }
}
