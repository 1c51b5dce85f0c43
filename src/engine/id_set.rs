//! Sets of id enum values (flags, levels, substances) as bits: ordered as
//! declared, `Copy`, and without the B-tree and sorting code a `BTreeSet`
//! would ship in the wasm.

use std::fmt;
use std::marker::PhantomData;

/// An enum declared with `id_enum!`: a closed list of at most 32 values.
pub trait IdEnum: Copy + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// The position in [`IdEnum::ALL`].
    fn index(self) -> usize;
}

pub struct IdSet<T> {
    bits: u32,
    marker: PhantomData<T>,
}

impl<T: IdEnum> IdSet<T> {
    pub const fn new() -> Self {
        IdSet {
            bits: 0,
            marker: PhantomData,
        }
    }

    /// Adds `value`; returns whether it was new.
    pub fn insert(&mut self, value: T) -> bool {
        let bit = 1 << value.index();
        let new = self.bits & bit == 0;
        self.bits |= bit;
        new
    }

    pub fn contains(&self, value: T) -> bool {
        self.bits & (1 << value.index()) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The members in declaration order (a copy of the set is iterated).
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |v| self.contains(*v))
    }
}

// Written out rather than derived: derives would demand `T: Clone` and so on.
impl<T> Clone for IdSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for IdSet<T> {}

impl<T> PartialEq for IdSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for IdSet<T> {}

impl<T> std::hash::Hash for IdSet<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state)
    }
}

impl<T: IdEnum> Default for IdSet<T> {
    fn default() -> Self {
        IdSet::new()
    }
}

impl<T: IdEnum> FromIterator<T> for IdSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = IdSet::new();
        set.extend(values);
        set
    }
}

impl<T: IdEnum> Extend<T> for IdSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for value in values {
            self.insert(value);
        }
    }
}

impl<T: IdEnum, const N: usize> From<[T; N]> for IdSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T: IdEnum + fmt::Debug> fmt::Debug for IdSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}
