//! `factlens._factlens`, the native half of the Python package `factlens` (python/factlens/):
//! the library's annotation as Python dicts, and the command line for `python -m factlens`.

use std::borrow::Cow;

use factlens::{annotate_in_dated, dates, Annotation, OffsetUnit, Ymd};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

/// How many texts `annotate_many` takes from its iterable before annotating them with the GIL
/// released: big enough that the GIL changes hands rarely, small enough to bound the memory of
/// a long stream's pending texts.
const BATCH: usize = 64;

/// The annotation of `text` as a dict: the JSON of `factlens annotate --offsets <offsets>`.
#[pyfunction]
#[pyo3(signature = (text, offsets = "codepoints", date = None))]
fn annotate<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    offsets: &str,
    date: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let (unit, date) = (unit(offsets)?, day(date)?);
    let text = text_of(text, "text")?;
    let ann = py.detach(|| annotate_in_dated(&text, unit, date));
    to_python(py, &ann)
}

/// The annotations of every text of `texts` (any iterable of str), in order, as a list of
/// dicts. The texts are annotated in batches with the GIL released, so other Python threads
/// run meanwhile (and several threads calling this annotate in parallel).
#[pyfunction]
#[pyo3(signature = (texts, offsets = "codepoints", date = None))]
fn annotate_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    offsets: &str,
    date: Option<&str>,
) -> PyResult<Bound<'py, PyList>> {
    let (unit, date) = (unit(offsets)?, day(date)?);
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "factlens.annotate_many: texts must be an iterable of str, not one str \
             (use factlens.annotate for one text)",
        ));
    }
    let out = PyList::empty(py);
    let mut iter = texts.try_iter().map_err(|_| {
        let type_name = type_name(texts);
        PyTypeError::new_err(format!(
            "factlens.annotate_many: texts must be an iterable of str, not {type_name}"
        ))
    })?;
    let mut index = 0usize;
    loop {
        let mut batch: Vec<String> = Vec::with_capacity(BATCH);
        for item in iter.by_ref().take(BATCH) {
            batch.push(text_of(&item?, &format!("texts[{index}]"))?.into_owned());
            index += 1;
        }
        if batch.is_empty() {
            return Ok(out);
        }
        let done = batch.len() < BATCH;
        let anns: Vec<Annotation> = py.detach(|| {
            batch
                .iter()
                .map(|text| annotate_in_dated(text, unit, date))
                .collect()
        });
        for ann in &anns {
            out.append(to_python(py, ann)?)?;
        }
        if done {
            return Ok(out);
        }
    }
}

/// The command line, `factlens <args>` (without the program name), on the process's standard
/// input and output; returns the exit status. The GIL is released while it runs.
#[pyfunction]
fn cli_main(py: Python<'_>, args: Vec<String>) -> i32 {
    let ok = py.detach(|| factlens::cli::main(&args) == std::process::ExitCode::SUCCESS);
    if ok {
        0
    } else {
        1
    }
}

/// `offsets` as an [`OffsetUnit`], or a `ValueError` naming the three.
fn unit(offsets: &str) -> PyResult<OffsetUnit> {
    OffsetUnit::parse(offsets).ok_or_else(|| {
        PyValueError::new_err(format!(
            "factlens: unknown offsets {offsets:?}: one of \"codepoints\" (Python str indices), \
             \"utf16\" or \"bytes\" (UTF-8)"
        ))
    })
}

/// The article date `YYYY-MM-DD`, or a `ValueError`.
fn day(date: Option<&str>) -> PyResult<Option<Ymd>> {
    date.map(|d| {
        dates::parse_iso(d).ok_or_else(|| {
            PyValueError::new_err(format!(
                "factlens: date {d:?} is not a day written YYYY-MM-DD, e.g. \"2025-06-12\""
            ))
        })
    })
    .transpose()
}

/// The text of a Python `str`; a `TypeError` for anything else (bytes: decode them first) and a
/// `ValueError` for a str that UTF-8 cannot hold (lone surrogates).
fn text_of<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Cow<'a, str>> {
    let Ok(s) = obj.cast::<PyString>() else {
        let type_name = type_name(obj);
        let hint = if type_name == "bytes" || type_name == "bytearray" {
            " (decode it first, e.g. data.decode(\"utf-8\"))"
        } else {
            ""
        };
        return Err(PyTypeError::new_err(format!(
            "factlens: {what} must be str, not {type_name}{hint}"
        )));
    };
    s.to_cow().map_err(|_| {
        PyValueError::new_err(format!(
            "factlens: {what} is not valid Unicode text (it holds a lone surrogate such as \
             \"\\ud800\"); clean it first, e.g. text.encode(\"utf-8\", \"replace\").decode()"
        ))
    })
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".into(), |n| n.to_string())
}

fn to_python<'py>(py: Python<'py>, ann: &Annotation) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, ann).map_err(|e| PyValueError::new_err(e.to_string()))
}

#[pymodule]
fn _factlens(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_many, m)?)?;
    m.add_function(wrap_pyfunction!(cli_main, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
