//! What a file becomes before it is sealed: its type decided from its bytes, and everything
//! that could tell who made it dropped. A photo or screenshot is decoded and written again —
//! pixels only, turned the way the camera said, without EXIF, XMP, GPS, camera serials,
//! thumbnails, ICC profiles or comments. A PDF loses its document information, every XMP
//! stream, its identifiers and every earlier revision; one that cannot be read (encrypted,
//! broken) is refused. All of it by maintained crates (`infer`, `image`, `lopdf`): nothing
//! here parses a format by hand.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use lopdf::{Document, Object};

/// The widest or tallest picture taken, in pixels (a phone's largest photos are ~8,000).
const MAX_SIDE: u32 = 12_000;
/// The most memory one decoded picture may take.
const MAX_DECODED_BYTES: u64 = 512 * 1024 * 1024;
/// How well a photo is written again (of 100).
const JPEG_QUALITY: u8 = 88;

/// The kinds of file taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Jpeg,
    Png,
    Webp,
    Pdf,
}

impl FileKind {
    /// Every kind taken, as the public page lists them.
    pub const ALL: [FileKind; 4] = [FileKind::Jpeg, FileKind::Png, FileKind::Webp, FileKind::Pdf];

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
            FileKind::Webp => "image/webp",
            FileKind::Pdf => "application/pdf",
        }
    }

    /// The kind of a stored media type.
    pub fn from_media_type(media_type: &str) -> Option<FileKind> {
        FileKind::ALL
            .into_iter()
            .find(|kind| kind.media_type() == media_type)
    }

    /// The extension a downloaded copy is named with.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Jpeg => "jpg",
            FileKind::Png => "png",
            FileKind::Webp => "webp",
            FileKind::Pdf => "pdf",
        }
    }

    fn image_format(self) -> Option<ImageFormat> {
        match self {
            FileKind::Jpeg => Some(ImageFormat::Jpeg),
            FileKind::Png => Some(ImageFormat::Png),
            FileKind::Webp => Some(ImageFormat::WebP),
            FileKind::Pdf => None,
        }
    }
}

/// Why a file is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Its bytes are not one of the kinds taken (whatever its name or header says).
    TypeNotAccepted,
    /// It says it is a kind taken but does not open as one, or cannot be cleaned safely.
    Unreadable,
}

/// A file cleaned of what identifies its maker.
#[derive(Debug)]
pub struct Cleaned {
    pub kind: FileKind,
    pub bytes: Vec<u8>,
}

/// The kind of file these bytes are, by their content alone.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    let found = infer::get(bytes)?;
    FileKind::from_media_type(found.mime_type())
}

/// Decides what a file is and writes it again without what identifies its maker.
pub fn clean(bytes: &[u8]) -> Result<Cleaned, Refusal> {
    let kind = sniff(bytes).ok_or(Refusal::TypeNotAccepted)?;
    let bytes = match kind.image_format() {
        Some(format) => clean_image(bytes, format, kind)?,
        None => clean_pdf(bytes)?,
    };
    Ok(Cleaned { kind, bytes })
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    limits
}

/// Decodes the picture (turned as the camera recorded it) and encodes its pixels alone.
fn clean_image(bytes: &[u8], format: ImageFormat, kind: FileKind) -> Result<Vec<u8>, Refusal> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(|_| Refusal::Unreadable)?;
    let orientation = decoder.orientation().map_err(|_| Refusal::Unreadable)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|_| Refusal::Unreadable)?;
    picture.apply_orientation(orientation);
    let mut out = Vec::new();
    let written = match kind {
        FileKind::Jpeg => DynamicImage::ImageRgb8(picture.into_rgb8())
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)),
        FileKind::Png => picture.write_with_encoder(PngEncoder::new(&mut out)),
        FileKind::Webp => DynamicImage::ImageRgba8(picture.into_rgba8())
            .write_with_encoder(WebPEncoder::new_lossless(&mut out)),
        FileKind::Pdf => return Err(Refusal::TypeNotAccepted),
    };
    written.map_err(|_| Refusal::Unreadable)?;
    Ok(out)
}

/// The keys of a PDF dictionary that carry who made it, with what, and when.
const PDF_IDENTIFYING_KEYS: [&[u8]; 3] = [b"Metadata", b"PieceInfo", b"LastModified"];

/// Writes the PDF's current objects again without its document information, identifiers and
/// XMP metadata; objects nothing points to any more (earlier revisions, the dropped metadata)
/// are left out.
fn clean_pdf(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    let mut document = Document::load_mem(bytes).map_err(|_| Refusal::Unreadable)?;
    if document.is_encrypted() {
        return Err(Refusal::Unreadable);
    }
    document.trailer.remove(b"Info");
    document.trailer.remove(b"ID");
    for object in document.objects.values_mut() {
        let dictionary = match object {
            Object::Dictionary(dictionary) => dictionary,
            Object::Stream(stream) => &mut stream.dict,
            _ => continue,
        };
        for key in PDF_IDENTIFYING_KEYS {
            dictionary.remove(key);
        }
    }
    document.prune_objects();
    if document.catalog().is_err() {
        return Err(Refusal::Unreadable);
    }
    let mut out = Vec::new();
    document
        .save_to(&mut out)
        .map_err(|_| Refusal::Unreadable)?;
    Ok(out)
}

#[cfg(test)]
#[path = "samples.rs"]
pub mod samples;

#[cfg(test)]
mod tests {
    use super::samples::*;
    use super::*;

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack
            .windows(needle.len())
            .any(|window| window == needle)
    }

    #[test]
    fn the_sample_photo_carries_gps_a_serial_and_a_thumbnail() {
        let photo = phone_photo();
        let exif = exif::Reader::new()
            .read_from_container(&mut Cursor::new(&photo))
            .unwrap();
        assert!(exif
            .get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some());
        assert!(exif
            .get_field(exif::Tag::BodySerialNumber, exif::In::PRIMARY)
            .is_some());
        assert!(exif
            .get_field(exif::Tag::JPEGInterchangeFormat, exif::In::THUMBNAIL)
            .is_some());
    }

    #[test]
    fn a_photo_is_written_again_without_exif_and_turned_as_the_camera_said() {
        let cleaned = clean(&phone_photo()).unwrap();
        assert_eq!(cleaned.kind, FileKind::Jpeg);
        assert!(exif::Reader::new()
            .read_from_container(&mut Cursor::new(&cleaned.bytes))
            .is_err());
        assert!(!contains(&cleaned.bytes, b"Exif"));
        assert!(!contains(&cleaned.bytes, CAMERA_SERIAL.as_bytes()));
        // One picture only: the thumbnail's start-of-image is gone with the EXIF block.
        assert_eq!(
            cleaned
                .bytes
                .windows(3)
                .filter(|w| *w == [0xFF, 0xD8, 0xFF])
                .count(),
            1
        );
        let picture = image::load_from_memory(&cleaned.bytes).unwrap();
        assert_eq!((picture.width(), picture.height()), (20, 40));
    }

    #[test]
    fn a_pdf_loses_its_author_and_its_xmp() {
        let authored = authored_pdf();
        assert!(contains(&authored, PDF_AUTHOR.as_bytes()));
        let cleaned = clean(&authored).unwrap();
        assert_eq!(cleaned.kind, FileKind::Pdf);
        assert!(!contains(&cleaned.bytes, PDF_AUTHOR.as_bytes()));
        assert!(!contains(&cleaned.bytes, b"Phone Scanner"));
        let reopened = Document::load_mem(&cleaned.bytes).unwrap();
        assert!(reopened.trailer.get(b"Info").is_err());
        assert!(reopened.catalog().unwrap().get(b"Metadata").is_err());
        assert_eq!(reopened.get_pages().len(), 1);
    }

    #[test]
    fn an_executable_named_like_a_photo_is_refused() {
        let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
        elf.resize(512, 0);
        assert_eq!(clean(&elf).unwrap_err(), Refusal::TypeNotAccepted);
        assert_eq!(
            clean(b"just some text").unwrap_err(),
            Refusal::TypeNotAccepted
        );
    }

    #[test]
    fn a_file_that_only_begins_like_a_photo_is_unreadable() {
        let mut broken = plain_jpeg(30, 30);
        broken.truncate(40);
        assert_eq!(clean(&broken).unwrap_err(), Refusal::Unreadable);
        assert_eq!(
            clean(b"%PDF-1.7\nnot really").unwrap_err(),
            Refusal::Unreadable
        );
    }

    #[test]
    fn a_png_screenshot_keeps_its_kind_and_size() {
        let mut out = Vec::new();
        image::DynamicImage::new_rgba8(36, 64)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        let cleaned = clean(&out).unwrap();
        assert_eq!(cleaned.kind, FileKind::Png);
        let picture = image::load_from_memory(&cleaned.bytes).unwrap();
        assert_eq!((picture.width(), picture.height()), (36, 64));
    }
}
