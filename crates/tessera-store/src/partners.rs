//! Partners reporting to a commissioner: a commissioner's strategy plan linked to partner
//! organisations' plans. The commissioner invites an organisation; the partner's owner agrees by
//! choosing one of its plans, or declines; either side may end the link. Every change is written
//! to both organisations' audit logs, each entry telling its own side only (the other side is
//! named by organisation, never by person).

use serde::Serialize;
use sqlx::AnyConnection;

use crate::audit::{NewAuditEvent, record};
use crate::db::now;
use crate::id::decl_id;
use crate::{AnyStore, OrgId, PlanId, StoreError};

decl_id!(
    /// The id of a link between a commissioner's plan and a partner's plan.
    PartnerLinkId
);

/// Where a link stands.
pub const LINK_STATUSES: [&str; 4] = ["invited", "active", "declined", "ended"];

/// A link between a commissioner's strategy plan and a partner organisation (and, once agreed,
/// its plan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartnerLink {
    /// Its id.
    pub id: PartnerLinkId,
    /// The commissioner (council or funder).
    pub commissioner: OrgId,
    /// The commissioner's name.
    pub commissioner_name: String,
    /// The commissioner's short name.
    pub commissioner_slug: String,
    /// The commissioner's strategy plan.
    pub commissioner_plan: PlanId,
    /// Its title.
    pub commissioner_plan_title: String,
    /// The partner organisation.
    pub partner: OrgId,
    /// The partner's name.
    pub partner_name: String,
    /// The partner's short name.
    pub partner_slug: String,
    /// The partner's plan, once the partner agreed.
    pub partner_plan: Option<PlanId>,
    /// Its title.
    pub partner_plan_title: Option<String>,
    /// `invited`, `active`, `declined` or `ended`.
    pub status: String,
    /// The commissioner's note with the invitation.
    pub note: String,
    /// Who invited (a member of the commissioner).
    pub invited_by: String,
    /// When (RFC 3339, UTC).
    pub invited_at: String,
    /// Who agreed or declined (a member of the partner).
    pub answered_by: Option<String>,
    /// When.
    pub answered_at: Option<String>,
    /// Who ended the link.
    pub ended_by: Option<String>,
    /// When.
    pub ended_at: Option<String>,
}

impl PartnerLink {
    /// Whether `org` is the commissioner of this link.
    pub fn is_commissioner(&self, org: OrgId) -> bool {
        self.commissioner == org
    }

    /// Whether the partner agreed and nobody ended it.
    pub fn is_active(&self) -> bool {
        self.status == "active"
    }
}

/// Linking plans across organisations.
pub trait Partners: Send + Sync {
    /// Invites `partner` to report under the commissioner's plan `plan`, audited on both sides.
    /// Refuses ([`StoreError::Invalid`]) a plan that is not the commissioner's or the
    /// commissioner itself as partner, and ([`StoreError::Conflict`]) a second open link for the
    /// same plan and partner.
    fn invite_partner(
        &self,
        org: OrgId,
        plan: PlanId,
        partner: OrgId,
        note: &str,
        actor: &str,
    ) -> impl Future<Output = Result<PartnerLink, StoreError>> + Send;

    /// The partner answers an invitation: agrees with one of its plans (`Some`), or declines
    /// (`None`); audited on both sides. `None` if `org` has no such open invitation; refuses a
    /// plan that is not the partner's.
    fn answer_partner_invitation(
        &self,
        org: OrgId,
        id: PartnerLinkId,
        plan: Option<PlanId>,
        actor: &str,
    ) -> impl Future<Output = Result<Option<PartnerLink>, StoreError>> + Send;

    /// Either side ends an invited or active link, audited on both sides; `None` if `org` has
    /// no such open link.
    fn end_partner_link(
        &self,
        org: OrgId,
        id: PartnerLinkId,
        actor: &str,
    ) -> impl Future<Output = Result<Option<PartnerLink>, StoreError>> + Send;

    /// One link, if `org` is either side of it.
    fn partner_link(
        &self,
        org: OrgId,
        id: PartnerLinkId,
    ) -> impl Future<Output = Result<Option<PartnerLink>, StoreError>> + Send;

    /// Every link `org` is either side of, newest first.
    fn partner_links(
        &self,
        org: OrgId,
    ) -> impl Future<Output = Result<Vec<PartnerLink>, StoreError>> + Send;
}

macro_rules! link_select {
    () => {
        "SELECT l.id, l.commissioner_org_id, co.name AS commissioner_name, \
         co.slug AS commissioner_slug, l.commissioner_plan_id, cp.title AS commissioner_plan_title, \
         l.partner_org_id, po.name AS partner_name, po.slug AS partner_slug, l.partner_plan_id, \
         pp.title AS partner_plan_title, l.status, l.note, l.invited_by, l.invited_at, \
         l.answered_by, l.answered_at, l.ended_by, l.ended_at \
         FROM partner_link l \
         JOIN organisation co ON co.id = l.commissioner_org_id \
         JOIN plan cp ON cp.id = l.commissioner_plan_id \
         JOIN organisation po ON po.id = l.partner_org_id \
         LEFT JOIN plan pp ON pp.id = l.partner_plan_id"
    };
}
pub(crate) use link_select;

const SELECT_BY_ID: &str = concat!(link_select!(), " WHERE l.id = $1");
const SELECT_OF_ORG: &str = concat!(
    link_select!(),
    " WHERE l.id = $1 AND (l.commissioner_org_id = $2 OR l.partner_org_id = $2)"
);
const SELECT_ALL_OF_ORG: &str = concat!(
    link_select!(),
    " WHERE l.commissioner_org_id = $1 OR l.partner_org_id = $1 ORDER BY l.id DESC"
);

#[derive(sqlx::FromRow)]
pub(crate) struct LinkRow {
    id: i64,
    commissioner_org_id: i64,
    commissioner_name: String,
    commissioner_slug: String,
    commissioner_plan_id: i64,
    commissioner_plan_title: String,
    partner_org_id: i64,
    partner_name: String,
    partner_slug: String,
    partner_plan_id: Option<i64>,
    partner_plan_title: Option<String>,
    status: String,
    note: String,
    invited_by: String,
    invited_at: String,
    answered_by: Option<String>,
    answered_at: Option<String>,
    ended_by: Option<String>,
    ended_at: Option<String>,
}

impl From<LinkRow> for PartnerLink {
    fn from(r: LinkRow) -> Self {
        Self {
            id: PartnerLinkId(r.id),
            commissioner: OrgId(r.commissioner_org_id),
            commissioner_name: r.commissioner_name,
            commissioner_slug: r.commissioner_slug,
            commissioner_plan: PlanId(r.commissioner_plan_id),
            commissioner_plan_title: r.commissioner_plan_title,
            partner: OrgId(r.partner_org_id),
            partner_name: r.partner_name,
            partner_slug: r.partner_slug,
            partner_plan: r.partner_plan_id.map(PlanId),
            partner_plan_title: r.partner_plan_title,
            status: r.status,
            note: r.note,
            invited_by: r.invited_by,
            invited_at: r.invited_at,
            answered_by: r.answered_by,
            answered_at: r.answered_at,
            ended_by: r.ended_by,
            ended_at: r.ended_at,
        }
    }
}

pub(crate) fn object(id: i64) -> String {
    format!("partner-link:{id}")
}

pub(crate) async fn link_by_id(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<PartnerLink>, StoreError> {
    let row: Option<LinkRow> = sqlx::query_as(SELECT_BY_ID)
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(PartnerLink::from))
}

/// Records `action` on `object` in both organisations' logs: the acting side's entry names the
/// person; the other side's names the acting organisation only.
pub(crate) async fn record_both(
    conn: &mut AnyConnection,
    link: &PartnerLink,
    acting: OrgId,
    actor: &str,
    action: &str,
    object: String,
    detail: serde_json::Value,
) -> Result<(), StoreError> {
    let (other, acting_slug, other_slug) = if acting == link.commissioner {
        (link.partner, &link.commissioner_slug, &link.partner_slug)
    } else {
        (
            link.commissioner,
            &link.partner_slug,
            &link.commissioner_slug,
        )
    };
    let with = |org_slug: &str| {
        let mut d = detail.clone();
        if let Some(map) = d.as_object_mut() {
            map.insert("with".to_owned(), org_slug.into());
        }
        d
    };
    record(
        conn,
        NewAuditEvent::new(
            Some(acting),
            actor,
            action,
            object.clone(),
            with(other_slug),
        ),
    )
    .await?;
    record(
        &mut *conn,
        NewAuditEvent::new(
            Some(other),
            format!("organisation:{acting_slug}"),
            action,
            object,
            with(acting_slug),
        ),
    )
    .await
}

async fn plan_of(conn: &mut AnyConnection, org: OrgId, plan: PlanId) -> Result<bool, StoreError> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM plan WHERE id = $1 AND org_id = $2")
            .bind(plan.0)
            .bind(org.0)
            .fetch_optional(conn)
            .await?;
    Ok(found.is_some())
}

impl Partners for AnyStore {
    async fn invite_partner(
        &self,
        org: OrgId,
        plan: PlanId,
        partner: OrgId,
        note: &str,
        actor: &str,
    ) -> Result<PartnerLink, StoreError> {
        if partner == org {
            return Err(StoreError::Invalid {
                field: "partner",
                message: "an organisation cannot be its own partner; choose another organisation"
                    .to_owned(),
            });
        }
        let mut tx = self.begin_write().await?;
        if !plan_of(&mut tx, org, plan).await? {
            return Err(StoreError::Invalid {
                field: "plan",
                message: format!("plan {plan} is not one of the organisation's plans"),
            });
        }
        let partner_exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM organisation WHERE id = $1")
                .bind(partner.0)
                .fetch_optional(&mut *tx)
                .await?;
        if partner_exists.is_none() {
            return Err(StoreError::Invalid {
                field: "partner",
                message: format!("there is no organisation {partner}"),
            });
        }
        let open: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM partner_link WHERE commissioner_plan_id = $1 AND partner_org_id = $2 \
             AND status IN ('invited', 'active')",
        )
        .bind(plan.0)
        .bind(partner.0)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = open {
            return Err(StoreError::Conflict {
                what: format!("an open link ({}) between this plan and that partner", id),
            });
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO partner_link (commissioner_org_id, commissioner_plan_id, partner_org_id, \
             status, note, invited_by, invited_at) VALUES ($1, $2, $3, 'invited', $4, $5, $6) \
             RETURNING id",
        )
        .bind(org.0)
        .bind(plan.0)
        .bind(partner.0)
        .bind(note)
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let link = link_by_id(&mut tx, id)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("partner link {id} vanished")))?;
        record_both(
            &mut tx,
            &link,
            org,
            actor,
            "invite",
            object(id),
            serde_json::json!({ "plan": plan.0 }),
        )
        .await?;
        tx.commit().await?;
        Ok(link)
    }

    async fn answer_partner_invitation(
        &self,
        org: OrgId,
        id: PartnerLinkId,
        plan: Option<PlanId>,
        actor: &str,
    ) -> Result<Option<PartnerLink>, StoreError> {
        let mut tx = self.begin_write().await?;
        if let Some(plan) = plan
            && !plan_of(&mut tx, org, plan).await?
        {
            return Err(StoreError::Invalid {
                field: "plan",
                message: format!("plan {plan} is not one of the organisation's plans"),
            });
        }
        let status = if plan.is_some() { "active" } else { "declined" };
        let changed = sqlx::query(
            "UPDATE partner_link SET status = $1, partner_plan_id = $2, answered_by = $3, \
             answered_at = $4 WHERE id = $5 AND partner_org_id = $6 AND status = 'invited'",
        )
        .bind(status)
        .bind(plan.map(|p| p.0))
        .bind(actor)
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(None);
        }
        let link = link_by_id(&mut tx, id.0)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("partner link {id} vanished")))?;
        record_both(
            &mut tx,
            &link,
            org,
            actor,
            if plan.is_some() { "agree" } else { "decline" },
            object(id.0),
            serde_json::json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(link))
    }

    async fn end_partner_link(
        &self,
        org: OrgId,
        id: PartnerLinkId,
        actor: &str,
    ) -> Result<Option<PartnerLink>, StoreError> {
        let mut tx = self.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE partner_link SET status = 'ended', ended_by = $1, ended_at = $2 \
             WHERE id = $3 AND (commissioner_org_id = $4 OR partner_org_id = $4) \
             AND status IN ('invited', 'active')",
        )
        .bind(actor)
        .bind(now())
        .bind(id.0)
        .bind(org.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(None);
        }
        let link = link_by_id(&mut tx, id.0)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("partner link {id} vanished")))?;
        record_both(
            &mut tx,
            &link,
            org,
            actor,
            "end",
            object(id.0),
            serde_json::json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(link))
    }

    async fn partner_link(
        &self,
        org: OrgId,
        id: PartnerLinkId,
    ) -> Result<Option<PartnerLink>, StoreError> {
        let row: Option<LinkRow> = sqlx::query_as(SELECT_OF_ORG)
            .bind(id.0)
            .bind(org.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(PartnerLink::from))
    }

    async fn partner_links(&self, org: OrgId) -> Result<Vec<PartnerLink>, StoreError> {
        let rows: Vec<LinkRow> = sqlx::query_as(SELECT_ALL_OF_ORG)
            .bind(org.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(PartnerLink::from).collect())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::prelude::*;
    use crate::{NewOrganisation, NewPlan};

    pub(crate) async fn org(store: &AnyStore, slug: &str) -> OrgId {
        store
            .create_organisation(NewOrganisation::parse(slug, slug).expect("valid"), "t")
            .await
            .expect("org")
            .id
    }

    pub(crate) async fn plan(store: &AnyStore, org: OrgId, title: &str) -> PlanId {
        store
            .create_plan(NewPlan {
                org,
                title: title.to_owned(),
                document: serde_json::json!({}),
                created_by: "t".to_owned(),
            })
            .await
            .expect("plan")
            .id
    }

    #[tokio::test]
    async fn a_partner_agrees_with_its_own_plan_and_each_side_audits_only_its_side() {
        for store in crate::testing::all().await.expect("databases") {
            let council = org(&store, "council").await;
            let charity = org(&store, "charity").await;
            let other = org(&store, "other").await;
            let strategy = plan(&store, council, "Strategy").await;
            let club = plan(&store, charity, "Club").await;
            let elsewhere = plan(&store, other, "Elsewhere").await;
            assert!(
                store
                    .invite_partner(council, club, charity, "", "x")
                    .await
                    .is_err(),
                "a plan of another organisation"
            );
            assert!(
                store
                    .invite_partner(council, strategy, council, "", "x")
                    .await
                    .is_err()
            );
            let link = store
                .invite_partner(council, strategy, charity, "Please report", "ana@council")
                .await
                .expect("invite");
            assert_eq!(link.status, "invited");
            assert!(matches!(
                store
                    .invite_partner(council, strategy, charity, "", "ana@council")
                    .await,
                Err(StoreError::Conflict { .. })
            ));
            assert!(
                store
                    .partner_link(other, link.id)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert!(
                store
                    .answer_partner_invitation(council, link.id, Some(strategy), "x")
                    .await
                    .expect("answer")
                    .is_none(),
                "the commissioner cannot answer for the partner"
            );
            assert!(
                store
                    .answer_partner_invitation(charity, link.id, Some(elsewhere), "x")
                    .await
                    .is_err(),
                "a plan of another organisation"
            );
            let agreed = store
                .answer_partner_invitation(charity, link.id, Some(club), "bo@charity")
                .await
                .expect("answer")
                .expect("open");
            assert_eq!(
                (agreed.status.as_str(), agreed.partner_plan),
                ("active", Some(club))
            );
            assert_eq!(agreed.partner_plan_title.as_deref(), Some("Club"));
            assert!(
                store
                    .end_partner_link(other, link.id, "x")
                    .await
                    .expect("end")
                    .is_none()
            );
            let ended = store
                .end_partner_link(charity, link.id, "bo@charity")
                .await
                .expect("end")
                .expect("open");
            assert_eq!(ended.status, "ended");
            assert_eq!(store.partner_links(council).await.expect("list").len(), 1);
            assert_eq!(store.partner_links(charity).await.expect("list").len(), 1);
            assert!(store.partner_links(other).await.expect("list").is_empty());

            let log = |org| {
                let store = store.clone();
                async move {
                    store
                        .audit_events(org, 20)
                        .await
                        .expect("audit")
                        .into_iter()
                        .filter(|e| e.object.starts_with("partner-link:"))
                        .map(|e| (e.action, e.actor))
                        .collect::<Vec<_>>()
                }
            };
            assert_eq!(
                log(council).await,
                [
                    ("end".to_owned(), "organisation:charity".to_owned()),
                    ("agree".to_owned(), "organisation:charity".to_owned()),
                    ("invite".to_owned(), "ana@council".to_owned()),
                ]
            );
            assert_eq!(
                log(charity).await,
                [
                    ("end".to_owned(), "bo@charity".to_owned()),
                    ("agree".to_owned(), "bo@charity".to_owned()),
                    ("invite".to_owned(), "organisation:council".to_owned()),
                ]
            );
            assert!(log(other).await.is_empty());
        }
    }

    #[tokio::test]
    async fn a_declined_invitation_can_no_longer_be_answered_and_a_new_one_can_be_sent() {
        for store in crate::testing::all().await.expect("databases") {
            let council = org(&store, "council").await;
            let charity = org(&store, "charity").await;
            let strategy = plan(&store, council, "Strategy").await;
            let club = plan(&store, charity, "Club").await;
            let link = store
                .invite_partner(council, strategy, charity, "", "a")
                .await
                .expect("invite");
            let declined = store
                .answer_partner_invitation(charity, link.id, None, "b")
                .await
                .expect("answer")
                .expect("open");
            assert_eq!(declined.status, "declined");
            assert!(
                store
                    .answer_partner_invitation(charity, link.id, Some(club), "b")
                    .await
                    .expect("answer")
                    .is_none()
            );
            assert!(
                store
                    .invite_partner(council, strategy, charity, "", "a")
                    .await
                    .is_ok()
            );
        }
    }
}
