//! Lists of token or piece indexes in text order, as the stages hand them to rules.

/// The items of two ascending lists with none in common, in one ascending walk: a rule that
/// reads two of a stage's lists (capitalised words and punctuation, marked names and
/// capitalised words) walks both in text order without collecting and sorting them.
pub fn union(a: impl Iterator<Item = usize>, b: impl Iterator<Item = usize>) -> impl Iterator<Item = usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if x < y => a.next(),
        (Some(_), Some(_)) | (None, _) => b.next(),
        (Some(_), None) => a.next(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn union_walks_both_lists_in_order() {
        let merged: Vec<usize> =
            super::union([1, 4, 5, 9].into_iter(), [0, 2, 3, 10, 11].into_iter()).collect();
        assert_eq!(merged, [0, 1, 2, 3, 4, 5, 9, 10, 11]);
        assert_eq!(
            super::union([2, 3].into_iter(), [].into_iter()).collect::<Vec<_>>(),
            [2, 3]
        );
        assert_eq!(
            super::union([].into_iter(), [7].into_iter()).collect::<Vec<_>>(),
            [7]
        );
    }
}
