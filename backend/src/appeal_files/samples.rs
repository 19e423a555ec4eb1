//! Files as phones and editors make them, with what identifies their maker in them (for the
//! tests: the unit tests of `clean` and the API tests include this file).

use image::{Rgb, RgbImage};

/// The camera serial written into the sample photo.
pub const CAMERA_SERIAL: &str = "SN-48213377";
/// The author written into the sample PDF.
pub const PDF_AUTHOR: &str = "Aibek Toktogulov";

fn exif_entry(out: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32) {
    out.extend_from_slice(&tag.to_le_bytes());
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&value.to_le_bytes());
}

/// A small JPEG picture of `width` × `height`.
pub fn plain_jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture = RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x * 7 % 256) as u8, (y * 5 % 256) as u8, 120])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(picture)
        .write_to(
            &mut std::io::Cursor::new(&mut out),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    out
}

/// A photo as a phone writes it: an EXIF block (APP1) with the camera's serial number, GPS
/// coordinates, an orientation and an embedded thumbnail, then the picture (40 × 20).
pub fn phone_photo() -> Vec<u8> {
    let thumbnail = plain_jpeg(8, 4);
    let serial = format!("{CAMERA_SERIAL}\0");
    // A little-endian TIFF: IFD0 (orientation, Exif IFD, GPS IFD) → IFD1 (thumbnail).
    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    let ifd0 = 8u32;
    let ifd0_len = 2 + 3 * 12 + 4;
    let exif_ifd = ifd0 + ifd0_len;
    let exif_len = 2 + 12 + 4;
    let gps_ifd = exif_ifd + exif_len;
    let gps_len = 2 + 2 * 12 + 4;
    let ifd1 = gps_ifd + gps_len;
    let ifd1_len = 2 + 2 * 12 + 4;
    let serial_at = ifd1 + ifd1_len;
    let latitude_at = serial_at + serial.len() as u32;
    let thumbnail_at = latitude_at + 24;
    // IFD0
    tiff.extend_from_slice(&3u16.to_le_bytes());
    exif_entry(&mut tiff, 0x0112, 3, 1, 6); // orientation: turned 90°
    exif_entry(&mut tiff, 0x8769, 4, 1, exif_ifd);
    exif_entry(&mut tiff, 0x8825, 4, 1, gps_ifd);
    tiff.extend_from_slice(&ifd1.to_le_bytes());
    // Exif IFD: the body's serial number.
    tiff.extend_from_slice(&1u16.to_le_bytes());
    exif_entry(&mut tiff, 0xA431, 2, serial.len() as u32, serial_at);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD: north, 42° 52′ 30″.
    tiff.extend_from_slice(&2u16.to_le_bytes());
    exif_entry(&mut tiff, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    exif_entry(&mut tiff, 0x0002, 5, 3, latitude_at);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    // IFD1: the thumbnail.
    tiff.extend_from_slice(&2u16.to_le_bytes());
    exif_entry(&mut tiff, 0x0201, 4, 1, thumbnail_at);
    exif_entry(&mut tiff, 0x0202, 4, 1, thumbnail.len() as u32);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(serial.as_bytes());
    for (numerator, denominator) in [(42u32, 1u32), (52, 1), (30, 1)] {
        tiff.extend_from_slice(&numerator.to_le_bytes());
        tiff.extend_from_slice(&denominator.to_le_bytes());
    }
    tiff.extend_from_slice(&thumbnail);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let picture = plain_jpeg(40, 20);
    let mut photo = vec![0xFF, 0xD8, 0xFF, 0xE1];
    photo.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    photo.extend_from_slice(&app1);
    // The picture's own segments after its SOI.
    photo.extend_from_slice(&picture[2..]);
    photo
}

/// A one-page PDF whose document information names its author and whose catalogue carries
/// an XMP stream naming them too.
pub fn authored_pdf() -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut document = Document::with_version("1.5");
    let pages_id = document.new_object_id();
    let content = Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 20 20 Td (Fee notice) Tj ET".to_vec(),
    );
    let content_id = document.add_object(content);
    let page_id = document.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), 200.into(), 100.into()],
    });
    document.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let xmp = format!(
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>{PDF_AUTHOR}</dc:creator></x:xmpmeta>"
    );
    let metadata_id = document.add_object(Stream::new(
        dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
        xmp.into_bytes(),
    ));
    let catalog_id = document.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
        "Metadata" => metadata_id,
    });
    let info_id = document.add_object(dictionary! {
        "Author" => Object::string_literal(PDF_AUTHOR),
        "Producer" => Object::string_literal("Phone Scanner 3.1"),
    });
    document.trailer.set("Root", catalog_id);
    document.trailer.set("Info", info_id);
    let mut out = Vec::new();
    document.save_to(&mut out).unwrap();
    out
}
