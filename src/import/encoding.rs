//! Turning a file's bytes into text: byte-order marks, UTF-8, UTF-16 without a mark, and legacy
//! single-byte encodings (Windows-1256 above all, which much archived Arabic text still uses),
//! with a check that what comes out is text and not binary data.

use std::fmt;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1256};

/// How the encoding of a file was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Detection {
    /// A byte-order mark at the start of the file.
    ByteOrderMark,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// UTF-16 without a mark: one byte of every pair is nearly always the same few values.
    Utf16Pattern,
    /// Guessed by the legacy-encoding detector.
    Detector,
}

impl fmt::Display for Detection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::ByteOrderMark => "byte-order mark",
            Self::ValidUtf8 => "valid UTF-8",
            Self::Utf16Pattern => "UTF-16 byte pattern",
            Self::Detector => "detected",
        })
    }
}

/// A file's text and the encoding it was read in.
#[derive(Debug)]
pub struct FileText {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// How the encoding was decided.
    pub detection: Detection,
}

/// How many bytes the detectors look at; enough for any encoding to show itself.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Why a file's bytes are not article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// Nothing but white space.
    Empty,
    /// Binary data or text without letters; says what gave it away.
    Binary(String),
}

/// For a big file read line by line: when its first bytes `head` are UTF-8 text (with or
/// without a byte-order mark), how that was decided and the mark's length in bytes. `None` when
/// the file must be decoded whole with [`decode`] (another encoding, or not text).
pub fn utf8_head(head: &[u8]) -> Option<(Detection, usize)> {
    let (detection, mark) = match Encoding::for_bom(head) {
        Some((encoding, mark)) if encoding == UTF_8 => (Detection::ByteOrderMark, mark),
        Some(_) => return None,
        None if utf16_pattern(head).is_some() => return None,
        None => (Detection::ValidUtf8, 0),
    };
    let body = head.get(mark..)?;
    let valid = match std::str::from_utf8(body) {
        Ok(text) => text,
        // The head may end inside a character.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(body.get(..e.valid_up_to())?).ok()?
        }
        Err(_) => return None,
    };
    check_text(valid).ok()?;
    Some((detection, mark))
}

/// Refuses a file by its first bytes when they are binary data (control or undecodable
/// characters beyond one in a hundred), before the rest is read. Lets through what only the
/// whole file can tell (a head without letters may be a table's numbers).
pub fn check_head(head: &[u8]) -> Result<(), NotText> {
    // An even length keeps a UTF-16 head whole; a UTF-8 head cut inside its last character
    // is cut before it.
    let mut head = head.get(..head.len() & !1).unwrap_or(head);
    if let Err(e) = std::str::from_utf8(head)
        && e.error_len().is_none()
    {
        head = head.get(..e.valid_up_to()).unwrap_or(head);
    }
    match check_text(&decode_any(head.to_vec()).text) {
        Err(binary @ NotText::Binary(_)) if !binary_for_letters_only(&binary) => Err(binary),
        _ => Ok(()),
    }
}

fn binary_for_letters_only(not_text: &NotText) -> bool {
    matches!(not_text, NotText::Binary(detail) if detail == NO_LETTERS)
}

/// What [`check_text`] says of text without a letter.
const NO_LETTERS: &str = "no letters in it";

/// Decodes a file's bytes, refusing binary data.
pub fn decode(bytes: Vec<u8>) -> Result<FileText, NotText> {
    let decoded = decode_any(bytes);
    check_text(&decoded.text)?;
    Ok(decoded)
}

fn decode_any(bytes: Vec<u8>) -> FileText {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = encoding.decode_without_bom_handling(body);
        return FileText {
            text: text.into_owned(),
            encoding,
            detection: Detection::ByteOrderMark,
        };
    }
    if let Some(encoding) = utf16_pattern(&bytes)
        && let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(&bytes)
    {
        return FileText {
            text: text.into_owned(),
            encoding,
            detection: Detection::Utf16Pattern,
        };
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return FileText {
                text,
                encoding: UTF_8,
                detection: Detection::ValidUtf8,
            };
        }
        Err(e) => e.into_bytes(),
    };
    let encoding = detect_legacy(&bytes);
    let (text, _) = encoding.decode_without_bom_handling(&bytes);
    FileText {
        text: text.into_owned(),
        encoding,
        detection: Detection::Detector,
    }
}

/// UTF-16 without a byte-order mark: the high byte of each code unit (Latin text: 0x00; Arabic:
/// 0x06; punctuation: 0x00 or 0x20) takes a handful of values, the low byte many. The other
/// byte of the pair, or text in any 8-bit encoding, never concentrates like that.
fn utf16_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..SNIFF_BYTES.min(bytes.len() & !1))?;
    if sample.len() < 16 {
        return None;
    }
    let concentration = |offset: usize| {
        let mut counts = [0usize; 256];
        for pair in sample.chunks_exact(2) {
            counts[usize::from(pair[offset])] += 1;
        }
        counts.sort_unstable_by(|a, b| b.cmp(a));
        (counts[0] + counts[1] + counts[2]) as f64 / (sample.len() / 2) as f64
    };
    let (even, odd) = (concentration(0), concentration(1));
    if odd >= 0.9 && even < 0.6 {
        Some(UTF_16LE)
    } else if even >= 0.9 && odd < 0.6 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The legacy encoding of bytes that are not UTF-8. The detector's guess stands unless the
/// bytes read as Arabic in Windows-1256: short Arabic texts can look like Latin or Cyrillic to a
/// detector tuned on web pages, and Arabic is what this workbench reads.
fn detect_legacy(bytes: &[u8]) -> &'static Encoding {
    let sample = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(None, Utf8Detection::Deny);
    if guess == WINDOWS_1256 || guess == encoding_rs::ISO_8859_6 {
        return guess;
    }
    let (as_arabic, _) = WINDOWS_1256.decode_without_bom_handling(sample);
    let letters = as_arabic.chars().filter(|c| c.is_alphabetic()).count();
    let arabic = as_arabic
        .chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count();
    if letters > 0 && arabic * 10 >= letters * 8 {
        WINDOWS_1256
    } else {
        guess
    }
}

/// Refuses text that is binary data decoded as if it were text: control characters or
/// replacement characters beyond one in a hundred, or no letter at all.
fn check_text(text: &str) -> Result<(), NotText> {
    let mut chars = 0usize;
    let mut bad = 0usize;
    let mut letters = 0usize;
    for c in text.chars().take(1 << 20) {
        chars += 1;
        if c.is_alphabetic() {
            letters += 1;
        } else if c == '\u{FFFD}'
            || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}' | '\u{1A}'))
        {
            bad += 1;
        }
    }
    if chars == 0 || text.trim().is_empty() {
        return Err(NotText::Empty);
    }
    if bad * 100 > chars {
        return Err(NotText::Binary(format!(
            "binary data: {bad} of its first {chars} characters are control or undecodable bytes"
        )));
    }
    if letters == 0 {
        return Err(NotText::Binary(NO_LETTERS.to_owned()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_windows_1256_headline_is_read_as_arabic() {
        let headline = "بوتين يصل إلى بيونغ يانغ";
        let (bytes, _, unmappable) = WINDOWS_1256.encode(headline);
        assert!(!unmappable);
        let decoded = decode(bytes.into_owned()).expect("text");
        assert_eq!(decoded.encoding, WINDOWS_1256);
        assert_eq!(decoded.text, headline);
    }

    #[test]
    fn latin_text_in_windows_1252_stays_latin() {
        let text = "Le président russe est arrivé à Pyongyang mardi, a annoncé l'agence.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let decoded = decode(bytes.into_owned()).expect("text");
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.detection, Detection::Detector);
    }

    #[test]
    fn utf8_arabic_without_spaces_is_not_taken_for_utf16() {
        let word = "الاستراتيجية".repeat(40);
        let decoded = decode(word.clone().into_bytes()).expect("text");
        assert_eq!(decoded.encoding, UTF_8);
        assert_eq!(decoded.text, word);
    }

    #[test]
    fn nul_padded_or_letterless_bytes_are_not_text() {
        assert!(matches!(decode(vec![0; 512]), Err(NotText::Binary(_))));
        assert!(matches!(
            decode(b"12345 67890 -- ++ 2024".to_vec()),
            Err(NotText::Binary(_))
        ));
        assert_eq!(
            decode(b" \n\t ".to_vec()).map(|d| d.text),
            Err(NotText::Empty)
        );
    }
}
