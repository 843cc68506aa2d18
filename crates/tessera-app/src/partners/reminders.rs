//! Reminders of due dates: housekeeping writes one e-mail to each owner and editor of a partner
//! whose report for a period is due within [`REMIND_DAYS_BEFORE`] days (or already late) and not
//! yet in. Each period, link and due date is reminded once, however often housekeeping runs and
//! however many servers run it (the store notes the reminder before the e-mail is written, so a
//! crash between the two loses a reminder rather than sending it twice); a moved due date is
//! reminded again.

use tessera_l10n::Lang;
use tessera_store::{DueReminder, Role, prelude::*};
use time::{Date, Duration};

use crate::{App, AppResult};

/// How many days before a due date the reminder is sent.
pub const REMIND_DAYS_BEFORE: i64 = 7;

impl App {
    /// Sends the reminders due on `today`; returns how many e-mails were written.
    pub async fn send_partner_reminders(&self, today: Date) -> AppResult<usize> {
        let due_by = today
            .checked_add(Duration::days(REMIND_DAYS_BEFORE))
            .unwrap_or(today);
        let due = self
            .store()
            .due_reminders(&tessera_plan::format_date(due_by))
            .await?;
        let mut written = 0;
        for reminder in due {
            if !self
                .store()
                .record_partner_reminder(
                    reminder.period.id,
                    reminder.link.id,
                    &reminder.period.due_on,
                )
                .await?
            {
                continue;
            }
            written += self.write_reminder(&reminder).await?;
        }
        if written > 0 {
            tracing::info!(emails = written, "partner report reminders written");
        }
        Ok(written)
    }

    async fn write_reminder(&self, r: &DueReminder) -> AppResult<usize> {
        let link = self.link(&format!("/partners/links/{}", r.link.id));
        let due = crate::participants::parse_date(&r.period.due_on);
        let mut written = 0;
        for member in self.store().members(r.link.partner).await? {
            if member.role < Role::Editor {
                continue;
            }
            let lang = member
                .user
                .language
                .as_deref()
                .and_then(Lang::parse)
                .unwrap_or(Lang::En);
            let (subject, body) = tessera_l10n::sync_scope(lang, || {
                let due = due.map_or_else(|| r.period.due_on.clone(), tessera_l10n::date);
                (
                    tessera_l10n::ta(
                        "partners-reminder-subject",
                        &[
                            ("period", r.period.label.as_str().into()),
                            ("commissioner", r.link.commissioner_name.as_str().into()),
                        ],
                    ),
                    tessera_l10n::ta(
                        "partners-reminder-body",
                        &[
                            ("name", member.user.name.as_str().into()),
                            ("partner", r.link.partner_name.as_str().into()),
                            ("commissioner", r.link.commissioner_name.as_str().into()),
                            ("plan", r.link.commissioner_plan_title.as_str().into()),
                            ("period", r.period.label.as_str().into()),
                            ("due", due.into()),
                            ("link", link.as_str().into()),
                        ],
                    ),
                )
            });
            self.store()
                .queue_message(&member.user.email, &subject, &body)
                .await?;
            written += 1;
        }
        Ok(written)
    }
}
