//! How the article is shown beside a question: the text cut into plain
//! runs, highlighted sentences and collapsed blocks of page noise. Plain
//! Rust, so the cutting is tested natively; the UI only renders the pieces.

use crate::analysis::Span;

/// One piece of the article as shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text shown as it is.
    Text(Span),
    /// A sentence behind the current suggestion, highlighted.
    Mark(Span),
    /// A block of noise set aside (its index among the noise blocks),
    /// shown collapsed.
    SetAside(usize, Span),
}

/// Cuts `[0, len)` into pieces. `hidden` are the noise blocks set aside
/// (index, span), `marks` the sentences to highlight; both in text order
/// and without overlaps among themselves. Marks inside a hidden block are
/// not shown; one that straddles its edge is cut there. Linear in the
/// number of spans.
pub fn pieces(len: usize, hidden: &[(usize, Span)], marks: &[Span]) -> Vec<Piece> {
    let mut out = Vec::with_capacity(hidden.len() * 2 + marks.len() * 2 + 1);
    let mut m = 0;
    let mut pos = 0;
    let emit = |from: usize, to: usize, out: &mut Vec<Piece>, m: &mut usize| {
        let mut at = from;
        while *m < marks.len() && marks[*m].start < to {
            let mark = marks[*m];
            if mark.end <= at {
                *m += 1;
                continue;
            }
            let start = mark.start.max(at);
            let end = mark.end.min(to);
            if start > at {
                out.push(Piece::Text(Span::new(at, start)));
            }
            out.push(Piece::Mark(Span::new(start, end)));
            at = end;
            if mark.end <= to {
                *m += 1;
            } else {
                break;
            }
        }
        if at < to {
            out.push(Piece::Text(Span::new(at, to)));
        }
    };
    for &(index, span) in hidden {
        let start = span.start.clamp(pos, len);
        let end = span.end.clamp(start, len);
        emit(pos, start, &mut out, &mut m);
        out.push(Piece::SetAside(index, Span::new(start, end)));
        pos = end;
    }
    emit(pos, len, &mut out, &mut m);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Piece::*;

    fn s(a: usize, b: usize) -> Span {
        Span::new(a, b)
    }

    #[test]
    fn plain_text_is_one_piece() {
        assert_eq!(pieces(10, &[], &[]), vec![Text(s(0, 10))]);
        assert_eq!(pieces(0, &[], &[]), vec![]);
    }

    #[test]
    fn marks_and_hidden_blocks_interleave() {
        let got = pieces(
            100,
            &[(0, s(0, 10)), (1, s(60, 100))],
            &[s(20, 30), s(40, 50)],
        );
        assert_eq!(
            got,
            vec![
                SetAside(0, s(0, 10)),
                Text(s(10, 20)),
                Mark(s(20, 30)),
                Text(s(30, 40)),
                Mark(s(40, 50)),
                Text(s(50, 60)),
                SetAside(1, s(60, 100)),
            ]
        );
    }

    #[test]
    fn marks_inside_hidden_blocks_are_dropped_and_straddling_ones_cut() {
        let got = pieces(50, &[(0, s(10, 20))], &[s(5, 15), s(16, 18), s(19, 30)]);
        assert_eq!(
            got,
            vec![
                Text(s(0, 5)),
                Mark(s(5, 10)),
                SetAside(0, s(10, 20)),
                Mark(s(20, 30)),
                Text(s(30, 50)),
            ]
        );
    }

    #[test]
    fn spans_past_the_end_are_clamped() {
        assert_eq!(
            pieces(5, &[(0, s(3, 99))], &[s(1, 2)]),
            vec![
                Text(s(0, 1)),
                Mark(s(1, 2)),
                Text(s(2, 3)),
                SetAside(0, s(3, 5))
            ]
        );
    }
}
