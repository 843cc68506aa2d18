use tessera_data::{Checks, ClosedCodes, ProblemKind, validate};

use crate::read_csv;

#[test]
fn bad_weights_unknown_codes_and_non_numbers_are_reported_all_at_once_with_row_and_column() {
    let o = read_csv(
        "id,weight,getting_on_well,trust\n\
         1,1.5,1,7\n\
         2,0,2,8\n\
         3,-2,7,x\n\
         4,,dont_know,9\n\
         5,abc,,10\n",
    );
    let checks = Checks {
        weight: Some("weight".into()),
        numeric: vec!["trust".into()],
        closed_codes: vec![ClosedCodes {
            column: "getting_on_well".into(),
            allowed: vec![
                "1".into(),
                "2".into(),
                "3".into(),
                "4".into(),
                "dont_know".into(),
            ],
        }],
    };
    let problems = validate(&o.dataset, &checks);
    let found: Vec<_> = problems
        .iter()
        .map(|p| {
            (
                p.kind,
                p.row,
                p.line,
                p.column.as_deref().unwrap_or(""),
                p.value.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                ProblemKind::NonPositiveWeight,
                Some(2),
                Some(3),
                "weight",
                "0"
            ),
            (
                ProblemKind::NonPositiveWeight,
                Some(3),
                Some(4),
                "weight",
                "-2"
            ),
            (
                ProblemKind::UnparseableNumber,
                Some(3),
                Some(4),
                "trust",
                "x"
            ),
            (
                ProblemKind::UnknownCode,
                Some(3),
                Some(4),
                "getting_on_well",
                "7"
            ),
            (ProblemKind::MissingWeight, Some(4), Some(5), "weight", ""),
            (
                ProblemKind::UnparseableNumber,
                Some(5),
                Some(6),
                "weight",
                "abc"
            ),
        ]
    );
    let summary = problems.summary();
    assert_eq!(summary.get(&ProblemKind::NonPositiveWeight), Some(&2));
    assert_eq!(summary.get(&ProblemKind::UnparseableNumber), Some(&2));
    let shown = problems.display(2).to_string();
    assert!(shown.ends_with("… and 4 more\n"), "{shown}");
    assert!(
        shown.starts_with(
            "row 2 (line 3), column weight, value \"0\": the weight must be greater than 0\n"
        ),
        "{shown}"
    );
    let clean = o.dataset.without_rows(&problems.row_indexes());
    assert_eq!(clean.n_rows, 1);
    assert!(validate(&clean, &checks).is_empty());
}

#[test]
fn codes_with_value_labels_are_allowed_and_numeric_columns_are_checked_by_value() {
    let mut o = read_csv("q\n1\n2\n5\n");
    o.dataset.codebook.variables[0].value_labels =
        vec![("1".into(), "Yes".into()), ("2".into(), "No".into())];
    let checks = Checks {
        closed_codes: vec![ClosedCodes {
            column: "q".into(),
            allowed: vec![],
        }],
        ..Checks::default()
    };
    let problems = validate(&o.dataset, &checks);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].kind, problems[0].row),
        (ProblemKind::UnknownCode, Some(3))
    );
}

#[test]
fn checks_naming_a_column_that_is_not_there_say_so() {
    let o = read_csv("a\n1\n");
    let checks = Checks {
        weight: Some("wt".into()),
        ..Checks::default()
    };
    let problems = validate(&o.dataset, &checks);
    assert_eq!(problems[0].kind, ProblemKind::UnknownVariable);
}
