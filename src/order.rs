//! Sorting through one shared instance of the standard library's sort.
//!
//! Every `sort_unstable_by` on another element type or with another
//! comparison links one more copy of the sort: about 1.5 KB gzip each in
//! the browser build, 9 KB for the six the crate had. [`sort_by`] sorts
//! indices with a single instance and then moves the items into place, so
//! each caller adds only its comparison.

use std::cmp::Ordering;

/// The indices `0..len` in the order `cmp` gives them.
fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..len).collect();
    indices.sort_unstable_by(|a, b| cmp(*a, *b));
    indices
}

/// Sorts `items` by `cmp`. Not stable: equal items may change places.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // `order` holds each index once, so every slot is taken exactly once.
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut rng = 0x2545_f491_4f6c_dd1d_u64;
        for len in [0, 1, 2, 3, 20, 33, 500] {
            let mut v: Vec<(u8, String)> = (0..len)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    ((rng % 7) as u8, format!("{}", rng % 1000))
                })
                .collect();
            let mut expected = v.clone();
            expected.sort();
            sort(&mut v);
            assert_eq!(v, expected, "len {len}");
            sort_by(&mut v, |a, b| b.cmp(a));
            expected.reverse();
            assert_eq!(v, expected, "len {len}, reversed");
        }
    }
}
