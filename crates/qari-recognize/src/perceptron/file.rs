//! Reading the weights file: little-endian integers, each model's
//! transitions and its rows (a key, a mask of the labels it weighs, the
//! weights), in the order [`Model::write`] writes them.

use super::*;

/// Little-endian reading of the model file.
pub(crate) struct Reader<'a>(pub &'a [u8]);

impl Reader<'_> {
    pub(crate) fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        if self.0.len() < n {
            return Err(ModelError("file ends early"));
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }
    pub(crate) fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    pub(crate) fn u16(&mut self) -> Result<u16, ModelError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    pub(crate) fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Rows of one model as a weights file holds them.
pub(super) type Rows = Vec<(u32, [i16; LABELS])>;

/// One model of a weights file: its transitions and its rows, in the file's order.
pub(super) fn read_rows(input: &mut Reader<'_>) -> Result<(Vec<[f32; LABELS]>, Rows), ModelError> {
    let n = input.u32()? as usize;
    let mut trans = vec![[0f32; LABELS]; LABELS + 1];
    for row in &mut trans {
        for v in row.iter_mut() {
            *v = f32::from_bits(input.u32()?);
        }
    }
    // Each row takes six bytes at least: a count past what is left is damage.
    let mut rows = Vec::with_capacity(n.min(input.0.len() / 6));
    for _ in 0..n {
        let key = input.u32()?;
        let mask = input.u16()?;
        let mut row = [0i16; LABELS];
        // The labels' bits set, lowest first (a row holds few weights);
        // bits past the labels are read as no weight, as ever.
        let mut bits = mask & ((1 << LABELS) - 1);
        while bits != 0 {
            row[bits.trailing_zeros() as usize] = input.u16()? as i16;
            bits &= bits - 1;
        }
        if key == 0 {
            return Err(ModelError("zero feature key"));
        }
        rows.push((key, row));
    }
    Ok((trans, rows))
}

/// How many keys two models' rows hold between them. The writer sorts each
/// model's rows by key ([`Model::write`]), so one merge counts them; rows of
/// another order are sorted first.
pub(super) fn distinct_keys(a: &Rows, b: &Rows) -> usize {
    let sorted = |rows: &Rows| rows.windows(2).all(|w| w[0].0 < w[1].0);
    if !sorted(a) || !sorted(b) {
        let mut keys: Vec<u32> = a.iter().chain(b).map(|r| r.0).collect();
        keys.sort_unstable();
        keys.dedup();
        return keys.len();
    }
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        n += 1;
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (i, j) = (i + 1, j + 1),
        }
    }
    n + (a.len() - i) + (b.len() - j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn model(rows: &[(u32, [i16; LABELS])]) -> Model {
        let mut table = FeatureTable::with_capacity(rows.len());
        for &(k, row) in rows {
            table.insert(k, row);
        }
        let trans = (0..=LABELS).map(|p| [p as f32; LABELS]).collect();
        Model { table, trans }
    }

    proptest! {
        /// Reading both passes straight into the joint table scores every
        /// feature as reading each model and joining them does.
        #[test]
        fn the_joint_table_read_at_once_is_the_joint_of_the_two_models(
            a in prop::collection::btree_map(1u32..400, prop::array::uniform9(-3i16..3), 0..60),
            b in prop::collection::btree_map(1u32..400, prop::array::uniform9(-3i16..3), 0..60),
        ) {
            let (a, b): (Vec<_>, Vec<_>) = (a.into_iter().collect(), b.into_iter().collect());
            let mut file = Vec::new();
            model(&a).write(&mut file);
            model(&b).write(&mut file);
            let mut input = Reader(&file);
            let (first, second, joint) = JointModel::read(&mut input).expect("a model file");
            prop_assert!(input.0.is_empty());
            let mut input = Reader(&file);
            let (ma, mb) = (Model::read(&mut input).expect("a"), Model::read(&mut input).expect("b"));
            let joined = JointModel::new(&ma, &mb);
            prop_assert_eq!(joint.table.len, joined.table.len);
            prop_assert_eq!(&first.trans, &ma.trans);
            prop_assert_eq!(&second.trans, &mb.trans);
            for f in 0..410 {
                let (mut x, mut y) = ([0; JOINT], [0; JOINT]);
                joint.add(f, &mut x);
                joined.add(f, &mut y);
                prop_assert_eq!(x, y, "feature {}", f);
            }
        }
    }

    #[test]
    fn distinct_keys_of_rows_in_any_order() {
        let rows = |keys: &[u32]| -> Rows { keys.iter().map(|&k| (k, [0; LABELS])).collect() };
        assert_eq!(distinct_keys(&rows(&[1, 3, 5]), &rows(&[2, 3, 6, 9])), 6);
        assert_eq!(distinct_keys(&rows(&[5, 1, 3]), &rows(&[9, 3, 2, 6])), 6);
        assert_eq!(distinct_keys(&rows(&[]), &rows(&[4])), 1);
        assert_eq!(distinct_keys(&rows(&[7]), &rows(&[7])), 1);
    }
}
