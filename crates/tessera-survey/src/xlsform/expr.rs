//! XLSForm expressions for "show if" (`relevant`) and limits (`constraint`): printing the model's
//! conditions, and reading back the simple forms field tools write for them.

use crate::name::{ChoiceCode, QuestionName};
use crate::question::{Constraint, QuestionType, ShowIf, ShowIfTest};

/// The `relevant` expression for `show_if`, given each earlier question's type.
pub fn relevant(
    show_if: &[ShowIf],
    kind_of: impl Fn(&QuestionName) -> Option<QuestionType>,
) -> String {
    let parts: Vec<String> = show_if
        .iter()
        .map(|c| {
            let q = format!("${{{}}}", c.question);
            let multiple = kind_of(&c.question) == Some(QuestionType::MultipleChoice);
            let is = |v: &ChoiceCode| {
                if multiple {
                    format!("selected({q}, '{v}')")
                } else {
                    format!("{q} = '{v}'")
                }
            };
            match &c.test {
                ShowIfTest::AnyOf { values } => {
                    let any: Vec<String> = values.iter().map(is).collect();
                    if any.len() == 1 {
                        any.join("")
                    } else {
                        format!("({})", any.join(" or "))
                    }
                }
                ShowIfTest::NoneOf { values } => {
                    let mut all = vec![format!("{q} != ''")];
                    all.extend(values.iter().map(|v| format!("not({})", is(v))));
                    all.join(" and ")
                }
                ShowIfTest::AtLeast { value } => format!("{q} >= {}", number(*value)),
                ShowIfTest::Below { value } => format!("{q} != '' and {q} < {}", number(*value)),
            }
        })
        .collect();
    parts.join(" and ")
}

/// The `constraint` expression for a question's limits.
pub fn constraint(c: &Constraint) -> String {
    let mut parts = Vec::new();
    if let Some(min) = c.min {
        parts.push(format!(". >= {}", number(min)));
    }
    if let Some(max) = c.max {
        parts.push(format!(". <= {}", number(max)));
    }
    if let Some(p) = &c.pattern {
        parts.push(format!("regex(., '{p}')"));
    }
    parts.join(" and ")
}

/// A number as XPath writes it: no trailing `.0`.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Splits `text` on ` and ` outside brackets and quotes.
fn split_top(text: &str, sep: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote = false;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\'' {
            quote = !quote;
        } else if !quote && b == b'(' {
            depth += 1;
        } else if !quote && b == b')' {
            depth -= 1;
        } else if !quote && depth == 0 && text[i..].starts_with(sep) {
            out.push(text[start..i].trim().to_owned());
            i += sep.len();
            start = i;
            continue;
        }
        i += 1;
    }
    out.push(text[start..].trim().to_owned());
    out
}

/// Strips one pair of brackets around the whole of `text`.
fn unwrap(text: &str) -> &str {
    let t = text.trim();
    if t.starts_with('(') && t.ends_with(')') {
        let inner = &t[1..t.len() - 1];
        // Only when the brackets match each other.
        let mut depth = 0;
        for c in inner.chars() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth < 0 {
                        return t;
                    }
                }
                _ => {}
            }
        }
        if depth == 0 {
            return inner.trim();
        }
    }
    t
}

/// `${name}` → name.
fn reference(text: &str) -> Option<QuestionName> {
    let t = text.trim();
    let inner = t.strip_prefix("${")?.strip_suffix('}')?;
    QuestionName::parse(inner).ok()
}

/// `'code'` or `"code"` → code.
fn literal(text: &str) -> Option<ChoiceCode> {
    let t = text.trim();
    let inner = t
        .strip_prefix('\'')
        .and_then(|s| s.strip_suffix('\''))
        .or_else(|| t.strip_prefix('"').and_then(|s| s.strip_suffix('"')))
        .unwrap_or(t);
    ChoiceCode::parse(inner).ok()
}

/// One comparison or `selected()` call: (question, code, is-equal).
fn atom(text: &str) -> Option<Atom> {
    let t = unwrap(text);
    if let Some(rest) = t.strip_prefix("not(").and_then(|r| r.strip_suffix(')')) {
        return match atom(rest)? {
            Atom::Is(q, v) => Some(Atom::IsNot(q, v)),
            _ => None,
        };
    }
    if let Some(args) = t
        .strip_prefix("selected(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let (a, b) = args.split_once(',')?;
        return Some(Atom::Is(reference(a)?, literal(b)?));
    }
    for (op, make) in [
        (">=", Atom::AtLeast as fn(QuestionName, f64) -> Atom),
        ("<", Atom::Below),
    ] {
        if let Some((a, b)) = t.split_once(op)
            && !a.ends_with('!')
            && let (Some(q), Ok(v)) = (reference(a), b.trim().parse::<f64>())
        {
            return Some(make(q, v));
        }
    }
    if let Some((a, b)) = t.split_once("!=") {
        let q = reference(a)?;
        let b = b.trim();
        if b == "''" || b == "\"\"" {
            return Some(Atom::Answered(q));
        }
        return Some(Atom::IsNot(q, literal(b)?));
    }
    if let Some((a, b)) = t.split_once('=') {
        return Some(Atom::Is(reference(a)?, literal(b)?));
    }
    None
}

enum Atom {
    Is(QuestionName, ChoiceCode),
    IsNot(QuestionName, ChoiceCode),
    AtLeast(QuestionName, f64),
    Below(QuestionName, f64),
    Answered(QuestionName),
}

/// Reads a `relevant` expression made of `and`-joined conditions, each an `or` of equalities
/// (or `selected()`) on one question, a run of inequalities on one question, or a number
/// comparison. None when the expression says something the model cannot hold.
pub fn parse_relevant(text: &str) -> Option<Vec<ShowIf>> {
    let mut out: Vec<ShowIf> = Vec::new();
    let mut answered: Vec<QuestionName> = Vec::new();
    for part in split_top(unwrap(text), " and ") {
        let ors = split_top(unwrap(&part), " or ");
        if ors.len() > 1 {
            let mut question = None;
            let mut values = Vec::new();
            for o in ors {
                match atom(&o)? {
                    Atom::Is(q, v) => {
                        if question.as_ref().is_some_and(|x| x != &q) {
                            return None;
                        }
                        question = Some(q);
                        values.push(v);
                    }
                    _ => return None,
                }
            }
            out.push(ShowIf {
                question: question?,
                test: ShowIfTest::AnyOf { values },
            });
            continue;
        }
        match atom(&part)? {
            Atom::Is(q, v) => out.push(ShowIf {
                question: q,
                test: ShowIfTest::AnyOf { values: vec![v] },
            }),
            Atom::IsNot(q, v) => {
                if let Some(ShowIf {
                    test: ShowIfTest::NoneOf { values },
                    ..
                }) = out
                    .iter_mut()
                    .find(|s| s.question == q && matches!(s.test, ShowIfTest::NoneOf { .. }))
                {
                    values.push(v);
                } else {
                    out.push(ShowIf {
                        question: q,
                        test: ShowIfTest::NoneOf { values: vec![v] },
                    });
                }
            }
            Atom::AtLeast(q, v) => out.push(ShowIf {
                question: q,
                test: ShowIfTest::AtLeast { value: v },
            }),
            Atom::Below(q, v) => out.push(ShowIf {
                question: q,
                test: ShowIfTest::Below { value: v },
            }),
            Atom::Answered(q) => answered.push(q),
        }
    }
    // `${q} != ''` only guards a "none of" or "below" test on the same question.
    if answered.iter().all(|q| {
        out.iter().any(|s| {
            &s.question == q
                && matches!(s.test, ShowIfTest::NoneOf { .. } | ShowIfTest::Below { .. })
        })
    }) && !out.is_empty()
    {
        Some(out)
    } else {
        None
    }
}

/// Reads a `constraint` made of `. >= n`, `. <= n`, `. > n`, `. < n` (whole-number bounds
/// only for the strict ones) and `regex(., 'p')`, joined by `and`.
pub fn parse_constraint(text: &str) -> Option<Constraint> {
    let mut c = Constraint::default();
    for part in split_top(unwrap(text), " and ") {
        let p = unwrap(&part);
        if let Some(args) = p.strip_prefix("regex(").and_then(|r| r.strip_suffix(')')) {
            let (dot, pat) = args.split_once(',')?;
            if dot.trim() != "." {
                return None;
            }
            let pat = pat.trim();
            let inner = pat
                .strip_prefix('\'')
                .and_then(|s| s.strip_suffix('\''))
                .or_else(|| pat.strip_prefix('"').and_then(|s| s.strip_suffix('"')))?;
            c.pattern = Some(inner.to_owned());
            continue;
        }
        let rest = p.strip_prefix('.')?.trim();
        let (op, num) = if let Some(n) = rest.strip_prefix(">=") {
            (">=", n)
        } else if let Some(n) = rest.strip_prefix("<=") {
            ("<=", n)
        } else if let Some(n) = rest.strip_prefix('>') {
            (">", n)
        } else if let Some(n) = rest.strip_prefix('<') {
            ("<", n)
        } else {
            return None;
        };
        let v: f64 = num.trim().parse().ok()?;
        match op {
            ">=" => c.min = Some(v),
            "<=" => c.max = Some(v),
            ">" if v.fract() == 0.0 => c.min = Some(v + 1.0),
            "<" if v.fract() == 0.0 => c.max = Some(v - 1.0),
            _ => return None,
        }
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: &str) -> QuestionName {
        QuestionName::parse(n).expect("valid")
    }

    fn c(v: &str) -> ChoiceCode {
        ChoiceCode::parse(v).expect("valid")
    }

    #[test]
    fn show_if_conditions_print_and_read_back() {
        let conds = vec![
            ShowIf {
                question: q("a"),
                test: ShowIfTest::AnyOf {
                    values: vec![c("x"), c("y")],
                },
            },
            ShowIf {
                question: q("b"),
                test: ShowIfTest::NoneOf {
                    values: vec![c("uk"), c("prefer_not")],
                },
            },
            ShowIf {
                question: q("n"),
                test: ShowIfTest::AtLeast { value: 18.0 },
            },
            ShowIf {
                question: q("m"),
                test: ShowIfTest::Below { value: 2.5 },
            },
        ];
        let text = relevant(&conds, |n| {
            (n.as_str() == "a").then_some(QuestionType::MultipleChoice)
        });
        assert_eq!(
            text,
            "(selected(${a}, 'x') or selected(${a}, 'y')) and ${b} != '' and not(${b} = 'uk') and not(${b} = 'prefer_not') and ${n} >= 18 and ${m} != '' and ${m} < 2.5"
        );
        assert_eq!(parse_relevant(&text), Some(conds));
    }

    #[test]
    fn kobo_style_relevant_expressions_are_read() {
        assert_eq!(
            parse_relevant("${consent}='yes'"),
            Some(vec![ShowIf {
                question: q("consent"),
                test: ShowIfTest::AnyOf {
                    values: vec![c("yes")]
                }
            }])
        );
        assert_eq!(
            parse_relevant("${x} != 'no'"),
            Some(vec![ShowIf {
                question: q("x"),
                test: ShowIfTest::NoneOf {
                    values: vec![c("no")]
                }
            }])
        );
    }

    #[test]
    fn expressions_the_model_cannot_hold_are_refused() {
        assert_eq!(parse_relevant("${a} = 'x' or ${b} = 'y'"), None);
        assert_eq!(parse_relevant("count-selected(${a}) > 2"), None);
        assert_eq!(parse_relevant("${a} + ${b} > 2"), None);
        assert_eq!(parse_constraint(". != ${other}"), None);
    }

    #[test]
    fn constraints_print_and_read_back() {
        let c = Constraint {
            min: Some(1900.0),
            max: Some(2100.0),
            pattern: Some("^[0-9]{4}$".to_owned()),
            ..Constraint::default()
        };
        let text = constraint(&c);
        assert_eq!(text, ". >= 1900 and . <= 2100 and regex(., '^[0-9]{4}$')");
        assert_eq!(parse_constraint(&text), Some(c));
        let strict = parse_constraint(".>0 and .<120").expect("read");
        assert_eq!((strict.min, strict.max), (Some(1.0), Some(119.0)));
    }
}
