//! The annotation on its way into JavaScript: a serde serializer that writes one flat tape of
//! `u32` codes, the numbers that are not small integers and one string holding every string,
//! from which `tape.js` builds in one call the same plain objects, arrays and values that
//! serde-wasm-bindgen's JSON-compatible serializer builds with one or more calls across the
//! boundary per field (tests/web.rs holds them equal).
//!
//! A code is `payload << 3 | kind`. An array gives its length and a struct its shape (its keys
//! in order, interned in the shape table), then their members; a string its length in UTF-16
//! units, its text following the previous string's. The key and shape tables only grow from one
//! annotation to the next (a schema has few), so the decoder keeps its copy of them, and they
//! cross only when they grew.

use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};

// The kinds of code, in its low three bits.
/// `null` (payload 0), `false` (1) or `true` (2).
const CONSTANT: u32 = 0;
/// A map: its number of entries, then key, value, key, value…
const MAP: u32 = 1;
/// A whole number in `0..SMALL`: the payload.
const SMALL_INT: u32 = 2;
/// Any other number: the next of [`Tape::numbers`].
const NUMBER: u32 = 3;
const STRING: u32 = 4;
/// A unit variant, by its number in the key table.
const KEY: u32 = 5;
const ARRAY: u32 = 6;
const STRUCT: u32 = 7;

/// Payloads are below this (29 bits).
const SMALL: u64 = 1 << 29;

pub struct Tape {
    pub codes: Vec<u32>,
    pub numbers: Vec<f64>,
    pub strings: String,
    /// Every key met so far, joined by NUL (which no key of the schema holds).
    keys: String,
    /// Key numbers by the key's address and length: a `&'static str` keeps both, and they hash
    /// faster than its text (the same text at two addresses only gets two numbers).
    key_numbers: FxHashMap<(usize, usize), u32>,
    /// The shape trie: node 0 is a struct with no key yet, and each node's children follow it by
    /// one more key. A struct walks it field by field, so no field is hashed.
    nodes: Vec<Node>,
    /// Each shape in turn: its number of keys, then their numbers.
    shapes: Vec<u32>,
    shape_count: u32,
    /// The lengths of `keys` and `shapes` when the decoder last had them ([`Tape::tables_grew`]).
    handed: (usize, usize),
}

impl Default for Tape {
    fn default() -> Tape {
        Tape {
            codes: Vec::new(),
            numbers: Vec::new(),
            strings: String::new(),
            keys: String::new(),
            key_numbers: FxHashMap::default(),
            nodes: vec![Node::default()],
            shapes: Vec::new(),
            shape_count: 0,
            handed: (0, 0),
        }
    }
}

#[derive(Default)]
struct Node {
    /// The node before the last key, and that key's number (none at the root).
    parent: u32,
    key: u32,
    /// The nodes one key further: by the key's address and length.
    children: Vec<((usize, usize), u32)>,
    /// The shape number of a struct ending here, once one has.
    shape: Option<u32>,
}

/// A `&'static str` by address and length.
fn identity(key: &'static str) -> (usize, usize) {
    (key.as_ptr() as usize, key.len())
}

impl Tape {
    /// Whether the key and shape tables grew since the decoder last had them; from now on it has
    /// them. The decoder keeps the last tables it was handed, so most calls hand none (making the
    /// keys' string and comparing the tables cost more than the rest of a short article's call).
    pub fn tables_grew(&mut self) -> bool {
        let now = (self.keys.len(), self.shapes.len());
        std::mem::replace(&mut self.handed, now) != now
    }

    /// The key and shape tables.
    pub fn tables(&self) -> (&str, &[u32]) {
        (&self.keys, &self.shapes)
    }

    /// Empties the tape for the next annotation, keeping its key and shape tables (and its
    /// buffers, unless a huge text made them huge).
    pub fn clear(&mut self) {
        const KEEP: usize = 1 << 20;
        if self.codes.capacity() > KEEP || self.strings.capacity() > 4 * KEEP {
            (self.codes, self.numbers, self.strings) = Default::default();
        }
        self.codes.clear();
        self.numbers.clear();
        self.strings.clear();
    }

    fn code(&mut self, kind: u32, payload: u32) {
        self.codes.push(payload << 3 | kind);
    }

    /// The number of `key` (a field's or a unit variant's name).
    #[inline]
    fn key_number(&mut self, key: &'static str) -> u32 {
        match self.key_numbers.get(&identity(key)) {
            Some(&number) => number,
            None => self.new_key(key),
        }
    }

    /// Numbers `key`, met for the first time, and adds it to the key table.
    #[cold]
    #[inline(never)]
    fn new_key(&mut self, key: &'static str) -> u32 {
        let number = self.key_numbers.len() as u32;
        self.key_numbers.insert(identity(key), number);
        if number > 0 {
            self.keys.push('\0');
        }
        self.keys.push_str(key);
        number
    }

    /// The trie node one `key` after `node`. Inlined at every field: a known key (all but the
    /// first few annotations' keys) is found among a node's one or two children.
    #[inline]
    fn step(&mut self, node: u32, key: &'static str) -> u32 {
        let id = identity(key);
        let known = self.nodes[node as usize].children.iter().find(|(k, _)| *k == id);
        match known {
            Some(&(_, child)) => child,
            None => self.new_child(node, key),
        }
    }

    /// A new trie node for `key` after `node`.
    #[cold]
    #[inline(never)]
    fn new_child(&mut self, node: u32, key: &'static str) -> u32 {
        let id = identity(key);
        let child = self.nodes.len() as u32;
        let key = self.key_number(key);
        self.nodes.push(Node {
            parent: node,
            key,
            ..Node::default()
        });
        self.nodes[node as usize].children.push((id, child));
        child
    }

    /// The shape number of a struct whose keys led to `node`; a new shape goes into the table.
    #[inline]
    fn shape_number(&mut self, node: u32) -> u32 {
        match self.nodes[node as usize].shape {
            Some(shape) => shape,
            None => self.new_shape(node),
        }
    }

    /// Numbers the shape of a struct whose keys led to `node`, met for the first time.
    #[cold]
    #[inline(never)]
    fn new_shape(&mut self, node: u32) -> u32 {
        let mut keys = Vec::new();
        let mut at = node;
        while at != 0 {
            keys.push(self.nodes[at as usize].key);
            at = self.nodes[at as usize].parent;
        }
        let shape = self.shape_count;
        self.shape_count += 1;
        self.shapes.push(keys.len() as u32);
        self.shapes.extend(keys.iter().rev());
        self.nodes[node as usize].shape = Some(shape);
        shape
    }

    fn number(&mut self, v: f64) {
        // Not -0.0, which JavaScript keeps apart from 0.
        if v >= 0.0 && v < SMALL as f64 && v.fract() == 0.0 && v.is_sign_positive() {
            self.code(SMALL_INT, v as u32);
        } else {
            self.code(NUMBER, 0);
            self.numbers.push(v);
        }
    }

    fn string(&mut self, s: &str) -> Result<(), Error> {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.code(STRING, length(units)?);
        self.strings.push_str(s);
        Ok(())
    }

    /// Starts a struct, map or array whose shape or length [`Open::end`] writes.
    fn open(&mut self, kind: u32) -> Open<'_> {
        self.codes.push(kind);
        Open {
            at: self.codes.len() - 1,
            members: 0,
            node: 0,
            tape: self,
        }
    }
}

fn length(n: usize) -> Result<u32, Error> {
    u32::try_from(n)
        .ok()
        .filter(|&n| u64::from(n) < SMALL)
        .ok_or_else(|| Error::new(format!("{n} is too long for the tape")))
}

/// Boxed, so that `Result<(), Error>`, which every value written returns, is one word in a
/// register rather than three written to memory.
#[derive(Debug)]
pub struct Error(Box<String>);

impl Error {
    fn new(message: String) -> Error {
        Error(Box::new(message))
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        Error::new(message.to_string())
    }
}

/// A struct, map or array being written: its code at `at` gets its shape or length at the end.
pub struct Open<'t> {
    tape: &'t mut Tape,
    at: usize,
    members: u32,
    /// A struct's keys so far, as a node of [`Tape::nodes`].
    node: u32,
}

impl<'t> Open<'t> {
    fn member<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.members += 1;
        value.serialize(&mut *self.tape)
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.node = self.tape.step(self.node, key);
        self.member(value)
    }

    /// Writes the length, or the shape of a struct, into the opening code.
    #[inline]
    fn end(self) -> Result<&'t mut Tape, Error> {
        if self.tape.codes[self.at] == STRUCT {
            self.tape.close_struct(self.at, self.node);
        } else {
            self.tape.codes[self.at] |= length(self.members as usize)? << 3;
        }
        Ok(self.tape)
    }
}

/// A variant with data: `{"Variant": value}`, the object around `inner`.
pub struct Variant<'t> {
    /// The outer object's code and its one key's node.
    at: usize,
    node: u32,
    inner: Open<'t>,
}

impl Variant<'_> {
    fn end(self) -> Result<(), Error> {
        self.inner.end()?.close_struct(self.at, self.node);
        Ok(())
    }
}

/// Numbers that an `f64` holds exactly are written as one, as serde-wasm-bindgen does.
macro_rules! numbers_as_f64 {
    ($($method:ident($ty:ty)),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            self.serialize_f64(f64::from(v))
        }
    )*};
}

impl<'t> ser::Serializer for &'t mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Open<'t>;
    type SerializeTuple = Open<'t>;
    type SerializeTupleStruct = Open<'t>;
    type SerializeTupleVariant = Variant<'t>;
    type SerializeMap = Open<'t>;
    type SerializeStruct = Open<'t>;
    type SerializeStructVariant = Variant<'t>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.code(CONSTANT, 1 + u32::from(v));
        Ok(())
    }
    numbers_as_f64!(
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_f32(f32)
    );

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        const SAFE: i64 = (1 << 53) - 1;
        if !(-SAFE..=SAFE).contains(&v) {
            return Err(Error::new(format!("{v} is beyond JavaScript's safe integers")));
        }
        self.serialize_f64(v as f64)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        if v < SMALL {
            self.code(SMALL_INT, v as u32);
            return Ok(());
        }
        if v > (1 << 53) - 1 {
            return Err(Error::new(format!("{v} is beyond JavaScript's safe integers")));
        }
        self.serialize_f64(v as f64)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut array = self.open(ARRAY);
        for b in v {
            ser::SerializeSeq::serialize_element(&mut array, b)?;
        }
        array.end().map(drop)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.code(CONSTANT, 0);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        let key = self.key_number(variant);
        self.code(KEY, key);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut object = self.open(STRUCT);
        object.field(variant, value)?;
        object.end().map(drop)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Open<'t>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple(self, _: usize) -> Result<Open<'t>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Open<'t>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'t>, Error> {
        Ok(self.variant(variant, ARRAY))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Open<'t>, Error> {
        Ok(self.open(MAP))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Open<'t>, Error> {
        Ok(self.open(STRUCT))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'t>, Error> {
        Ok(self.variant(variant, STRUCT))
    }
}

impl Tape {
    fn variant(&mut self, variant: &'static str, kind: u32) -> Variant<'_> {
        self.codes.push(STRUCT);
        let at = self.codes.len() - 1;
        let node = self.step(0, variant);
        Variant {
            at,
            node,
            inner: self.open(kind),
        }
    }

    /// Ends the struct opened at code `at` whose keys led to `node`.
    #[inline]
    fn close_struct(&mut self, at: usize, node: u32) {
        let shape = self.shape_number(node);
        self.codes[at] |= shape << 3;
    }
}

/// Sequences, tuples and tuple structs are all arrays.
macro_rules! arrays {
    ($($kind:ident::$element:ident),*) => {$(
        impl ser::$kind for Open<'_> {
            type Ok = ();
            type Error = Error;
            fn $element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
                self.member(value)
            }
            fn end(self) -> Result<(), Error> {
                Open::end(self).map(drop)
            }
        }
    )*};
}

arrays!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeMap for Open<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        key.serialize(&mut *self.tape)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.member(value)
    }
    fn end(self) -> Result<(), Error> {
        Open::end(self).map(drop)
    }
}

impl ser::SerializeStruct for Open<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Open::end(self).map(drop)
    }
}

impl ser::SerializeTupleVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.inner.member(value)
    }
    fn end(self) -> Result<(), Error> {
        Variant::end(self)
    }
}

impl ser::SerializeStructVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.inner.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Variant::end(self)
    }
}
