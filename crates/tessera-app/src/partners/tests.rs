//! Partners reporting to a commissioner, end to end: the demo organisation reports its café
//! plan to a council; the combined view pools three partners as computed by hand (and by R);
//! an attacker cannot work out a hidden partner count; reminders are written once.

use tessera_framework::Catalogue;
use tessera_stats::Thresholds;
use tessera_stats::disclosure::{Line, Position, ProtectionRule, attack};
use tessera_stats::pooling::PooledKind;
use tessera_store::{
    NewOrganisation, NewPlan, NewUser, Organisation, PartnerLinkId, PartnerReportId,
    ReportingPeriod, ReportingPeriodId, Role, prelude::*,
};

use super::combined::{CombinedPartner, combine};
use super::periods::PeriodInput;
use super::reports::{Reader, SubmitInput};
use super::snapshot::{ReportSnapshot, SnapshotFigure, SnapshotOutputs};
use crate::{Actor, App, AppError, Settings};

fn actor(org: &Organisation, role: Role, name: &str) -> Actor {
    Actor {
        org: org.clone(),
        role,
        name: name.to_owned(),
        user: None,
    }
}

struct World {
    app: App,
    council: Organisation,
    demo: Organisation,
    other: Organisation,
    strategy: String,
    cafe: String,
}

async fn world() -> World {
    let store = tessera_store::testing::fresh().await.expect("database");
    let demo = crate::demo::seed(&store).await.expect("demo");
    crate::demo::seed_participants(&store, &demo)
        .await
        .expect("participants");
    let council = store
        .create_organisation(
            NewOrganisation::parse("council", "Riverside Council").expect("valid"),
            "t",
        )
        .await
        .expect("council");
    let other = store
        .create_organisation(
            NewOrganisation::parse("other", "Other").expect("valid"),
            "t",
        )
        .await
        .expect("other");
    let plans = store.plans(demo.id).await.expect("plans");
    let cafe = plans
        .iter()
        .find(|p| p.title == "Language and friendship café")
        .expect("the café plan");
    let strategy = store
        .create_plan(NewPlan {
            org: council.id,
            title: "Welcome strategy".to_owned(),
            document: cafe.document.clone(),
            created_by: "t".to_owned(),
        })
        .await
        .expect("strategy");
    let cafe = cafe.id.to_string();
    let app = App::new(
        Catalogue::shipped().expect("packs"),
        store,
        Settings::new(std::env::temp_dir()),
    );
    World {
        app,
        strategy: strategy.id.to_string(),
        cafe,
        council,
        demo,
        other,
    }
}

fn quarter(due: &str) -> PeriodInput {
    PeriodInput {
        label: "2026 Q1".to_owned(),
        period_start: "2026-01-01".to_owned(),
        period_end: "2026-03-31".to_owned(),
        due_on: due.to_owned(),
    }
}

async fn linked(w: &World) -> (PartnerLinkId, ReportingPeriod) {
    let owner = actor(&w.council, Role::Owner, "ana@council.example");
    let link = w
        .app
        .invite_partner(&owner, &w.strategy, "demo", "Please report quarterly")
        .await
        .expect("invite")
        .expect("valid");
    w.app
        .answer_partner_invitation(
            &actor(&w.demo, Role::Owner, "owner@demo.example"),
            &link.id.to_string(),
            Some(&w.cafe),
        )
        .await
        .expect("agree")
        .expect("valid");
    let period = w
        .app
        .set_reporting_period(&owner, &w.strategy, &quarter("2026-04-30"))
        .await
        .expect("period")
        .expect("valid");
    (link.id, period)
}

#[tokio::test]
async fn only_owners_link_and_another_organisation_sees_nothing() {
    let w = world().await;
    let editor = actor(&w.council, Role::Editor, "ed@council.example");
    assert!(matches!(
        w.app.invite_partner(&editor, &w.strategy, "demo", "").await,
        Err(AppError::Forbidden(_))
    ));
    let owner = actor(&w.council, Role::Owner, "ana@council.example");
    let problems = w
        .app
        .invite_partner(&owner, &w.strategy, "nobody", "")
        .await
        .expect("checked")
        .expect_err("no such organisation");
    assert_eq!(problems[0].field, "partner");
    let problems = w
        .app
        .invite_partner(&owner, &w.strategy, "council", "")
        .await
        .expect("checked")
        .expect_err("itself");
    assert_eq!(problems[0].field, "partner");
    let link = w
        .app
        .invite_partner(&owner, &w.strategy, "demo", "")
        .await
        .expect("invite")
        .expect("valid");
    let id = link.id.to_string();
    assert!(matches!(
        w.app.partner_link(w.other.id, &id).await,
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        w.app
            .answer_partner_invitation(
                &actor(&w.demo, Role::Editor, "e@demo.example"),
                &id,
                Some(&w.cafe)
            )
            .await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        w.app
            .answer_partner_invitation(&actor(&w.other, Role::Owner, "o@other.example"), &id, None)
            .await,
        Err(AppError::NotFound(_))
    ));
    let links = w.app.partner_links(w.demo.id).await.expect("links");
    assert_eq!((links.commissioned.len(), links.reporting.len()), (0, 1));
    let ended = w
        .app
        .end_partner_link(&actor(&w.demo, Role::Owner, "o@demo.example"), &id)
        .await
        .expect("end");
    assert_eq!(ended.status, "ended");
}

#[tokio::test]
async fn a_partner_submits_a_snapshot_with_only_stories_whose_consent_covers_sharing() {
    let w = world().await;
    let (link, period) = linked(&w).await;
    let link = link.to_string();
    let stories = w.app.shareable_stories(w.demo.id).await.expect("stories");
    let allowed: Vec<String> = stories
        .iter()
        .filter(|(_, ok)| *ok)
        .map(|(s, _)| s.id.to_string())
        .collect();
    let refused: Vec<String> = stories
        .iter()
        .filter(|(_, ok)| !*ok)
        .map(|(s, _)| s.id.to_string())
        .collect();
    assert!(!allowed.is_empty() && !refused.is_empty(), "{stories:#?}");
    let partner_editor = actor(&w.demo, Role::Editor, "editor@demo.example");
    let input = |stories: Vec<String>| SubmitInput {
        period: period.id.to_string(),
        stories,
        narrative: "A good quarter".to_owned(),
    };
    // A story whose consent does not cover sharing is refused, and nothing is submitted.
    let problems = w
        .app
        .submit_partner_report(&partner_editor, &link, &input(vec![refused[0].clone()]))
        .await
        .expect("checked")
        .expect_err("refused");
    assert_eq!(problems[0].field, "stories");
    assert!(
        w.app
            .store()
            .period_reports(w.council.id, period.id)
            .await
            .expect("reports")
            .is_empty()
    );
    // Viewers cannot submit; the commissioner cannot submit for the partner.
    assert!(matches!(
        w.app
            .submit_partner_report(
                &actor(&w.demo, Role::Viewer, "v@demo.example"),
                &link,
                &input(Vec::new())
            )
            .await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        w.app
            .submit_partner_report(
                &actor(&w.council, Role::Owner, "ana@council.example"),
                &link,
                &input(Vec::new())
            )
            .await,
        Err(AppError::Forbidden(_))
    ));
    let report = w
        .app
        .submit_partner_report(&partner_editor, &link, &input(allowed.clone()))
        .await
        .expect("submit")
        .expect("valid");
    let snapshot: ReportSnapshot =
        serde_json::from_value(report.snapshot.clone()).expect("snapshot");
    assert_eq!(snapshot.stories.len(), allowed.len());
    assert_eq!(snapshot.period_label, "2026 Q1");
    assert!(!snapshot.progress.is_empty(), "the café plan's progress");
    // The demo logs sessions every month from September 2025: three months fall in Q1 2026.
    let logs = w
        .app
        .store()
        .output_logs(
            w.demo.id,
            w.cafe.parse().map(tessera_store::PlanId).expect("id"),
        )
        .await
        .expect("logs");
    let expected: i64 = logs
        .iter()
        .filter(|l| l.period_start.starts_with("2026-0") && l.period_start.as_str() < "2026-04")
        .map(|l| l.sessions)
        .sum();
    assert_eq!(
        snapshot.outputs.sessions,
        u64::try_from(expected).expect("positive")
    );
    assert!(snapshot.outputs.sessions > 0);

    // A snapshot: a story withdrawn later does not change what was submitted.
    let again = w
        .app
        .partner_report_view(w.demo.id, &report.id.to_string())
        .await
        .expect("view");
    assert_eq!(again.reader, Reader::Partner);
    assert_eq!(again.snapshot, snapshot);

    // The commissioner reads it with small counts hidden; another organisation cannot.
    let seen = w
        .app
        .partner_report_view(w.council.id, &report.id.to_string())
        .await
        .expect("view");
    assert_eq!(seen.reader, Reader::Commissioner);
    assert!(seen.snapshot.progress.iter().all(|f| f.n.is_none()));
    assert!(matches!(
        w.app
            .partner_report_view(w.other.id, &report.id.to_string())
            .await,
        Err(AppError::NotFound(_))
    ));

    // Only the commissioner's editors review; returning needs a note.
    let id = report.id.to_string();
    assert!(matches!(
        w.app
            .review_partner_report(&partner_editor, &id, true, "")
            .await,
        Err(AppError::Forbidden(_))
    ));
    let council_editor = actor(&w.council, Role::Editor, "ed@council.example");
    assert!(matches!(
        w.app
            .review_partner_report(
                &actor(&w.council, Role::Viewer, "v@c.example"),
                &id,
                true,
                ""
            )
            .await,
        Err(AppError::Forbidden(_))
    ));
    let problems = w
        .app
        .review_partner_report(&council_editor, &id, false, " ")
        .await
        .expect("checked")
        .expect_err("a note is needed");
    assert_eq!(problems[0].field, "note");
    let returned = w
        .app
        .review_partner_report(&council_editor, &id, false, "Please add attendance notes")
        .await
        .expect("review")
        .expect("valid");
    assert_eq!(returned.status, "returned");
    let resubmitted = w
        .app
        .submit_partner_report(&partner_editor, &link, &input(Vec::new()))
        .await
        .expect("submit")
        .expect("valid");
    assert_eq!(resubmitted.id, report.id);
    let accepted = w
        .app
        .review_partner_report(&council_editor, &id, true, "")
        .await
        .expect("review")
        .expect("valid");
    assert_eq!(accepted.status, "accepted");

    // Who has submitted: one partner, not late.
    let overview = w
        .app
        .reporting_overview(
            w.council.id,
            w.strategy.parse().map(tessera_store::PlanId).expect("id"),
            time::macros::date!(2026 - 05 - 10),
        )
        .await
        .expect("overview");
    assert_eq!((overview[0].submitted, overview[0].late), (1, 0));

    // The combined view is the commissioner's only.
    assert!(
        w.app
            .combined_view(w.council.id, &period.id.to_string())
            .await
            .is_ok()
    );
    assert!(matches!(
        w.app.combined_view(w.demo.id, &period.id.to_string()).await,
        Err(AppError::NotFound(_))
    ));

    // Every change is in both logs.
    for org in [w.council.id, w.demo.id] {
        let actions: Vec<String> = w
            .app
            .store()
            .audit_events(org, 50)
            .await
            .expect("audit")
            .into_iter()
            .filter(|e| e.object.starts_with("partner-"))
            .map(|e| e.action)
            .collect();
        assert_eq!(
            actions,
            ["accept", "submit", "return", "submit", "agree", "invite"],
            "{org}"
        );
    }
}

#[tokio::test]
async fn a_period_past_its_due_date_without_a_report_is_late() {
    let w = world().await;
    let (_, period) = linked(&w).await;
    let plan = w.strategy.parse().map(tessera_store::PlanId).expect("id");
    let before = w
        .app
        .reporting_overview(w.council.id, plan, time::macros::date!(2026 - 04 - 30))
        .await
        .expect("overview");
    assert_eq!(before[0].partners[0].status, "due");
    let after = w
        .app
        .reporting_overview(w.council.id, plan, time::macros::date!(2026 - 05 - 01))
        .await
        .expect("overview");
    assert_eq!(after[0].partners[0].status, "late");
    assert_eq!(after[0].late, 1);
    assert_eq!(after[0].period.id, period.id);
    // Only the commissioner's editors set periods; a partner cannot.
    assert!(matches!(
        w.app
            .set_reporting_period(
                &actor(&w.council, Role::Viewer, "v@c.example"),
                &w.strategy,
                &quarter("2026-04-30")
            )
            .await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        w.app
            .set_reporting_period(
                &actor(&w.demo, Role::Owner, "o@demo.example"),
                &w.strategy,
                &quarter("2026-04-30")
            )
            .await,
        Err(AppError::NotFound(_))
    ));
    let problems = w
        .app
        .set_reporting_period(
            &actor(&w.council, Role::Editor, "e@c.example"),
            &w.strategy,
            &PeriodInput {
                label: String::new(),
                period_start: "2026-04-01".to_owned(),
                period_end: "2026-03-01".to_owned(),
                due_on: "soon".to_owned(),
            },
        )
        .await
        .expect("checked")
        .expect_err("invalid");
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["label", "due_on", "period_end"]);
}

#[tokio::test]
async fn housekeeping_run_twice_writes_one_reminder_per_period_and_partner_editor() {
    let w = world().await;
    let today = time::OffsetDateTime::now_utc().date();
    let store = w.app.store();
    for (email, role) in [
        ("owner@demo.example", Role::Owner),
        ("editor@demo.example", Role::Editor),
        ("viewer@demo.example", Role::Viewer),
    ] {
        let user = store
            .create_user(
                NewUser {
                    email: email.to_owned(),
                    name: String::new(),
                    password_hash: "x".to_owned(),
                    is_admin: false,
                },
                "t",
            )
            .await
            .expect("user");
        store
            .set_membership(w.demo.id, user.id, role, "t")
            .await
            .expect("member");
    }
    let owner = actor(&w.council, Role::Owner, "ana@council.example");
    let link = w
        .app
        .invite_partner(&owner, &w.strategy, "demo", "")
        .await
        .expect("invite")
        .expect("valid");
    w.app
        .answer_partner_invitation(
            &actor(&w.demo, Role::Owner, "owner@demo.example"),
            &link.id.to_string(),
            Some(&w.cafe),
        )
        .await
        .expect("agree")
        .expect("valid");
    let day = |d: time::Date| tessera_plan::format_date(d);
    let soon = today + time::Duration::days(3);
    let later = today + time::Duration::days(40);
    for (label, due) in [("Soon", soon), ("Later", later)] {
        w.app
            .set_reporting_period(
                &owner,
                &w.strategy,
                &PeriodInput {
                    label: label.to_owned(),
                    period_start: day(today - time::Duration::days(90)),
                    period_end: day(today - time::Duration::days(1)),
                    due_on: day(due),
                },
            )
            .await
            .expect("period")
            .expect("valid");
    }
    let before = store.outbox(100).await.expect("outbox").len();
    w.app.housekeeping().await;
    w.app.housekeeping().await;
    let mail = store.outbox(100).await.expect("outbox");
    let new: Vec<_> = mail.iter().take(mail.len() - before).collect();
    let mut to: Vec<&str> = new.iter().map(|m| m.to.as_str()).collect();
    to.sort_unstable();
    assert_eq!(to, ["editor@demo.example", "owner@demo.example"]);
    assert!(new.iter().all(|m| m.subject.contains("Soon")), "{new:#?}");
    assert!(new[0].body.contains("Riverside Council"), "{}", new[0].body);
}

fn figure(indicator: &str, value: f64, n: u64, kind: PooledKind) -> SnapshotFigure {
    SnapshotFigure {
        indicator: indicator.to_owned(),
        indicator_name: indicator.to_owned(),
        side: "newcomers".to_owned(),
        kind: Some(kind),
        unit: if kind == PooledKind::Proportion {
            tessera_plan::Unit::PERCENTAGE
        } else {
            tessera_plan::Unit::mean(0.0, 10.0)
        },
        source: "participants".to_owned(),
        period: None,
        value: Some(value),
        ci_low: None,
        ci_high: None,
        n: Some(n),
        status: Some("ok".to_owned()),
    }
}

fn snapshot(progress: Vec<SnapshotFigure>, sessions: u64, attendance: [u64; 3]) -> ReportSnapshot {
    ReportSnapshot {
        version: 1,
        partner: String::new(),
        plan_title: String::new(),
        period_label: "Q1".to_owned(),
        period_start: "2026-01-01".to_owned(),
        period_end: "2026-03-31".to_owned(),
        narrative: String::new(),
        progress,
        outputs: SnapshotOutputs {
            sessions,
            attendance_by_side: attendance.to_vec(),
        },
        stories: Vec::new(),
    }
}

fn period() -> ReportingPeriod {
    ReportingPeriod {
        id: ReportingPeriodId(1),
        org: tessera_store::OrgId(1),
        plan: tessera_store::PlanId(1),
        label: "Q1".to_owned(),
        period_start: "2026-01-01".to_owned(),
        period_end: "2026-03-31".to_owned(),
        due_on: "2026-04-30".to_owned(),
        created_by: String::new(),
        created_at: String::new(),
        updated_by: String::new(),
        updated_at: String::new(),
    }
}

fn partner(i: i64, name: &str) -> CombinedPartner {
    CombinedPartner {
        report: PartnerReportId(i),
        link: PartnerLinkId(i),
        name: name.to_owned(),
        status: "submitted".to_owned(),
    }
}

#[test]
fn three_partners_reporting_the_same_indicator_pool_to_the_estimate_computed_by_hand() {
    const IND: &str = "ioi-2019/bri-simple-conversation";
    let mut mean_b = figure("local/trust", 6.5, 40, PooledKind::Mean);
    (mean_b.ci_low, mean_b.ci_high) = (Some(6.0), Some(7.0));
    let mut mean_c = figure("local/trust", 5.0, 60, PooledKind::Mean);
    (mean_c.ci_low, mean_c.ci_high) = (Some(4.2), Some(5.8));
    let mut mean_a = figure("local/trust", 7.0, 50, PooledKind::Mean);
    (mean_a.ci_low, mean_a.ci_high) = (Some(6.4), Some(7.6));
    let reports = vec![
        (
            partner(1, "Ash"),
            snapshot(
                vec![figure(IND, 60.0, 50, PooledKind::Proportion), mean_a],
                12,
                [30, 20, 0],
            ),
        ),
        (
            partner(2, "Birch"),
            snapshot(
                vec![figure(IND, 30.0, 40, PooledKind::Proportion), mean_b],
                10,
                [25, 15, 0],
            ),
        ),
        (
            partner(3, "Cedar"),
            snapshot(
                vec![figure(IND, 75.0, 60, PooledKind::Proportion), mean_c],
                14,
                [40, 22, 0],
            ),
        ),
    ];
    let view = combine(
        period(),
        &reports,
        &ProtectionRule::default(),
        &Thresholds::default(),
    )
    .expect("combined");
    assert_eq!(view.indicators.len(), 2);

    // The proportion: 30 + 12 + 45 = 87 yes of 150 people. The logit interval of R's
    // svyciprop on the pooled people: logit(p) ± t(0.975, 149) · SE / (p(1 − p)), with
    // SE = √(p(1 − p)/149); t from R's qt(0.975, 149).
    let p: f64 = 87.0 / 150.0;
    let se = (p * (1.0 - p) / 149.0).sqrt();
    let t = 1.976_013_177_689_19;
    let logit = (p / (1.0 - p)).ln();
    let half = t * se / (p * (1.0 - p));
    let expit = |x: f64| 1.0 / (1.0 + (-x).exp());
    let prop = &view.indicators[0];
    assert_eq!(prop.indicator, IND);
    let pooled = prop.view.pooled.figures().expect("shown");
    assert!((pooled.value - p).abs() < 1e-12, "{}", pooled.value);
    assert_eq!((pooled.n, pooled.partners), (150, 3));
    let ci = pooled.ci.expect("interval");
    assert!((ci.low - expit(logit - half)).abs() < 1e-9, "{ci:?}");
    assert!((ci.high - expit(logit + half)).abs() < 1e-9, "{ci:?}");
    // The same interval as R prints: plogis(qlogis(p) ± qt(0.975, 149) · se / (p(1 − p))).
    assert!((ci.low - 0.498_696_331_061_247).abs() < 1e-9);
    assert!((ci.high - 0.657_182_038_148_822).abs() < 1e-9);
    assert_eq!(prop.partner_value(1), Some(30.0));

    // The mean, weighted by people: (50·7 + 40·6.5 + 60·5)/150, SE = √Σ(nᵢ/N)² SEᵢ², each
    // SEᵢ = interval width / (2 · 1.96).
    let mean = &view.indicators[1];
    let pooled = mean.view.pooled.figures().expect("shown");
    assert!((pooled.value - (350.0 + 260.0 + 300.0) / 150.0).abs() < 1e-12);
    let z = 1.959_963_984_540_054;
    let se_hand = [(50.0, 1.2), (40.0, 1.0), (60.0, 1.6)]
        .iter()
        .map(|(n, w): &(f64, f64)| (n / 150.0).powi(2) * (w / (2.0 * z)).powi(2))
        .sum::<f64>()
        .sqrt();
    assert!((pooled.se.expect("se") - se_hand).abs() < 1e-12);

    // Outputs summed: nothing small, so everything is shown.
    assert_eq!(view.sessions_total(), Some(36));
    assert_eq!(
        view.attendance_total(),
        vec![Some(95), Some(57), Some(0), Some(152)]
    );
}

#[test]
fn an_attacker_cannot_work_out_a_suppressed_partner_count_from_the_combined_view() {
    const IND: &str = "ioi-2019/bri-simple-conversation";
    // Birch has 3 people of the receiving community at its sessions and 2 of its 15 people
    // answered yes: both must stay hidden, whatever else is published.
    let reports = vec![
        (
            partner(1, "Ash"),
            snapshot(
                vec![figure(IND, 60.0, 50, PooledKind::Proportion)],
                12,
                [30, 20, 0],
            ),
        ),
        (
            partner(2, "Birch"),
            snapshot(
                vec![figure(IND, 100.0 * 2.0 / 15.0, 15, PooledKind::Proportion)],
                10,
                [25, 3, 0],
            ),
        ),
        (
            partner(3, "Cedar"),
            snapshot(
                vec![figure(IND, 75.0, 60, PooledKind::Proportion)],
                14,
                [40, 22, 0],
            ),
        ),
    ];
    let view = combine(
        period(),
        &reports,
        &ProtectionRule::default(),
        &Thresholds::default(),
    )
    .expect("combined");
    let birch_receiving = Position {
        row: Line::Item(1),
        column: Line::Item(1),
    };
    assert_eq!(view.attendance.get(birch_receiving), None, "hidden");
    let yes = Position {
        row: Line::Item(1),
        column: Line::Item(0),
    };
    let people = &view.indicators[0].view.people;
    assert_eq!(people.get(yes), None, "hidden");
    assert_eq!(view.indicators[0].partner_value(1), None);
    for (table, at, truth) in [(&view.attendance, birch_receiving, 3), (people, yes, 2)] {
        let found = attack(table)
            .into_iter()
            .find(|c| c.position == at)
            .expect("the attacker bounds every hidden cell");
        assert!(!found.recovered(), "{found:?}");
        assert!(found.low <= truth && found.high.is_none_or(|h| h >= truth));
        assert!(found.width().is_none_or(|w| w >= 10), "{found:?}");
    }
    // The commissioner's page for Birch's report hides what the combined view hides.
    let page = view.partner_snapshot(PartnerReportId(2), &reports[1].1);
    assert_eq!(page.progress[0].value, None);
}
