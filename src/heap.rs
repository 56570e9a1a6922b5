//! A counting wrapper around the system allocator: live heap bytes and their high-water mark.
//! The wasm build installs it so the page can ask how much the annotator holds (`heapBytes()`,
//! what the memory leak test reads), and `cargo bench --bench scaling` to measure peak heap.
//! The counters are two relaxed atomic adds per allocation. In the single-threaded wasm build
//! it also keeps small freed blocks for reuse (the `small` module).

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting live bytes and their high-water mark.
pub struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = LIVE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(now, Relaxed);
}

/// Bytes allocated and not yet freed, when [`Counting`] is the global allocator.
pub fn live() -> usize {
    LIVE.load(Relaxed)
}

/// The most bytes live at once since the last [`reset_peak`].
pub fn peak() -> usize {
    PEAK.load(Relaxed)
}

/// Starts a new high-water mark from what is live now.
pub fn reset_peak() {
    PEAK.store(LIVE.load(Relaxed), Relaxed);
}

/// Where [`Counting`] takes its memory from: small blocks recycled in the single-threaded wasm
/// build, the system allocator elsewhere.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
static BACKING: small::Recycling = small::Recycling;
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
static BACKING: std::alloc::System = std::alloc::System;

// SAFETY: every call is forwarded unchanged to `BACKING`; only counters are added.
unsafe impl GlobalAlloc for Counting {
    // Out of line: inlined at every allocation site, the counters grew the page's wasm by
    // 11 KB gzip; called, by 1.5 KB.
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { BACKING.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { BACKING.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { BACKING.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

/// Blocks of up to 64 KiB kept on a free list per size class instead of going back to dlmalloc,
/// whose free coalesces neighbours on every call: an article allocates tens of thousands of
/// short vectors and strings and some thousands of longer ones (a token list, a sentence's
/// rows), frees them all, and the same sizes come back for the next one.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod small {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;
    use std::ptr::null_mut;

    /// Classes of 16 bytes up to 256 (most of an annotation's blocks, 18 k of 24 k a pass over
    /// the 118 real articles), then of powers of two up to 64 KiB (the rest but a few: a
    /// longer block wastes up to half its class, which only a free list holds on to).
    const GRANULE: usize = 16;
    const FINE: usize = 16;
    const FINE_MAX: usize = GRANULE * FINE;
    const COARSE: usize = 8;
    const COARSE_MAX: usize = FINE_MAX << COARSE;
    const CLASSES: usize = FINE + COARSE;

    /// The head of each class's list; a free block's first word points to the next.
    struct Lists([Cell<*mut u8>; CLASSES]);

    // SAFETY: the wasm build without atomics has one thread.
    unsafe impl Sync for Lists {}

    static FREE: Lists = Lists([const { Cell::new(null_mut()) }; CLASSES]);

    /// The class of a layout, or `None` for blocks too big or too aligned to recycle.
    fn class(layout: Layout) -> Option<usize> {
        let size = layout.size();
        if layout.align() > GRANULE || size > COARSE_MAX {
            None
        } else if size <= FINE_MAX {
            Some(size.saturating_sub(1) / GRANULE)
        } else {
            // 257..=512 is the first coarse class, 513..=1024 the next…
            let bits = (usize::BITS - (size - 1).leading_zeros()) as usize;
            Some(FINE + bits - (FINE_MAX.trailing_zeros() as usize + 1))
        }
    }

    fn class_layout(class: usize) -> Layout {
        let size = if class < FINE {
            (class + 1) * GRANULE
        } else {
            FINE_MAX << (class - FINE + 1)
        };
        // SAFETY: a nonzero multiple of 16, aligned to 16.
        unsafe { Layout::from_size_align_unchecked(size, GRANULE) }
    }

    pub struct Recycling;

    // SAFETY: a recycled block is a class's whole block, which fits every layout of its class.
    unsafe impl GlobalAlloc for Recycling {
        #[inline]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let Some(c) = class(layout) else {
                return unsafe { System.alloc(layout) };
            };
            let head = FREE.0[c].get();
            if head.is_null() {
                return unsafe { System.alloc(class_layout(c)) };
            }
            FREE.0[c].set(unsafe { *head.cast::<*mut u8>() });
            head
        }
        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            let Some(c) = class(layout) else {
                return unsafe { System.dealloc(ptr, layout) };
            };
            unsafe { *ptr.cast::<*mut u8>() = FREE.0[c].get() };
            FREE.0[c].set(ptr);
        }
        #[inline]
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: the caller's new size with the old alignment is a valid layout.
            let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
            match (class(layout), class(new)) {
                (Some(a), Some(b)) if a == b => ptr,
                (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
                _ => {
                    let p = unsafe { self.alloc(new) };
                    if !p.is_null() {
                        let n = layout.size().min(new_size);
                        unsafe { std::ptr::copy_nonoverlapping(ptr, p, n) };
                        unsafe { self.dealloc(ptr, layout) };
                    }
                    p
                }
            }
        }
    }
}
