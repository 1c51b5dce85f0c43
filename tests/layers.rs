//! The rooms of `src/` import only downward (issue 26: no import circles,
//! no import from a lower layer back up). ARCHITECTURE.md draws the same
//! order. A new room goes into `LAYERS`, where it belongs.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Each room and its layer: a room may import only rooms of lower layers.
const LAYERS: &[(&str, u8)] = &[
    ("engine", 0),
    ("numbers", 0),
    ("i18n", 1),
    ("config", 2),
    ("flow", 2),
    ("call_script", 2),
    ("help", 3),
    ("kiosk", 3),
    ("recommendation", 4),
    ("result_page", 5),
    ("review", 6),
    ("ui", 6),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The rooms a source's code names as `crate::room`: comments and tests
/// left out.
fn imports(source: &str) -> Vec<&str> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| {
            line.match_indices("crate::").map(move |(at, _)| {
                let rest = &line[at + "crate::".len()..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                &rest[..end]
            })
        })
        .collect()
}

#[test]
fn every_room_imports_only_rooms_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer = |room: &str| LAYERS.iter().find(|(r, _)| *r == room).map(|(_, l)| *l);
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let room = rel
            .iter()
            .next()
            .unwrap()
            .to_str()
            .unwrap()
            .trim_end_matches(".rs");
        // The crate's roots and its programs sit above every room.
        if matches!(room, "lib" | "main" | "bin") {
            continue;
        }
        let own = layer(room).unwrap_or_else(|| panic!("{room} is in no layer: add it to LAYERS"));
        for import in imports(&fs::read_to_string(&file).unwrap()) {
            if import == room {
                continue;
            }
            match layer(import) {
                Some(theirs) if theirs < own => {}
                _ => wrong.push(format!("{} imports crate::{import}", rel.display())),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports up or across a layer:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_check_reads_imports_as_rust_writes_them() {
    assert_eq!(
        imports("use crate::config::{Config, Phone};\n/// See [`crate::review`].\nlet x = crate::help::Help::new();\n#[cfg(test)]\nuse crate::ui;"),
        ["config", "help"]
    );
}
