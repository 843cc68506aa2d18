## Partners reporting to a commissioner (issue 17): a council or funder links its partners'
## plans under its strategy plan, sets reporting periods, reads who has submitted and sees
## their results together, with small numbers hidden across partners.

partners-nav = Partners
partners-list-title = Partners
partners-list-intro = Link partner organisations' plans under one of your strategy plans, set the periods they report for, and see their results together. If another organisation has invited you, agree here with the plan you will report from.
partners-links-count = { $count ->
    [one] { $count } link
   *[other] { $count } links
}

### Sides of a link

partners-commissioned-title = Partners reporting to you
partners-commissioned-empty = No organisation reports to you yet.
partners-reporting-title = Organisations you report to
partners-reporting-empty = You do not report to any organisation.

### Statuses

partners-link-status-invited = Invited
partners-link-status-active = Reporting
partners-link-status-declined = Declined
partners-link-status-ended = Ended
partners-report-status-submitted = Submitted
partners-report-status-accepted = Accepted
partners-report-status-returned = Returned
partners-report-status-due = Not yet due
partners-report-status-late = Late
partners-figure-status-ok = Shown
partners-figure-status-unreliable = Shown with a warning: few people
partners-figure-status-suppressed = Hidden: too few people

### Fields

partners-field-partner = Partner
partners-field-commissioner = Commissioner
partners-field-strategy = Strategy plan
partners-field-their-plan = Partner's plan
partners-field-our-plan = Your plan
partners-field-status = Status
partners-field-partner-slug = Partner organisation's short name
partners-field-partner-slug-hint = The short name it uses in Tessera, for example riverside-refugee-action. Ask the organisation for it.
partners-field-note = Note
partners-field-period = Period
partners-field-period-label = Name of the period
partners-field-period-start = First day
partners-field-period-end = Last day
partners-field-due-on = Report due on
partners-field-report = Report
partners-field-stories = Stories
partners-field-stories-hint = Only stories whose consent covers sharing with partners and publication can be chosen.
partners-field-narrative = What happened in this period, in your words
partners-field-indicator = Indicator
partners-field-side = Side
partners-field-figure = Figure
partners-field-interval = Likely range
partners-field-figure-status = Shown or hidden
partners-field-sessions = Sessions
partners-field-review-note = Note to the partner
partners-field-review-note-hint = Needed when you return a report: say what to change.
partners-choose = Choose…
partners-cancel = Cancel
partners-warning = Warning
partners-total = Total
partners-hidden = hidden
partners-side-not-recorded = Side not recorded
partners-all-partners = All partners
partners-interval = { $low } to { $high }
partners-period-dates = { $start } to { $end }

### Inviting and answering

partners-invite-title = Invite a partner
partners-invite-intro = The partner's owners will be asked to agree and to choose the plan they report from. They see only what they submit to you; you see their reports, with small numbers hidden.
partners-invite-no-plans = Create a strategy plan first: partners report under one of your plans.
partners-invite-button = Send the invitation
partners-invited-by = Invited { $when }
partners-link-title = { $partner } reporting to { $commissioner }
partners-answer-title = Answer the invitation
partners-answer-legend = Will you report to this commissioner?
partners-answer-agree = Yes, report from the plan chosen below
partners-answer-decline = No, decline
partners-answer-plan-hint = Choose the plan whose progress, outputs and stories you will report.
partners-answer-button = Send the answer
partners-end-title = End this link
partners-end-question = End the link between { $with } and the strategy plan "{ $strategy }"?
partners-end-warning = No more reports can be submitted under it. Reports already submitted are kept.
partners-end-button = End the link

### A strategy plan and its periods

partners-strategy-title = Partners of { $plan }
partners-strategy-heading = Partners and reporting periods
partners-strategy-intro = Set the periods partners report for, with the day reports are due. Each partner gets a reminder by e-mail a week before the due date.
partners-strategy-partners = Partners
partners-strategy-no-partners = No partner is linked to this plan yet. Invite one from the partners page.
partners-periods-title = Reporting periods
partners-periods-empty = No reporting periods yet.
partners-periods-none-yet = The commissioner has not set a reporting period yet.
partners-periods-count = { $count ->
    [one] { $count } period
   *[other] { $count } periods
}
partners-period-due = due { $date }
partners-period-submitted = { $count ->
    [one] { $count } report in
   *[other] { $count } reports in
}
partners-period-late = { $count ->
    [one] { $count } late
   *[other] { $count } late
}
partners-period-new = Set a reporting period
partners-period-button = Save the period
partners-open-report = Open the report
partners-open-combined = See all partners together for { $period }

### Submitting and reviewing

partners-submit-title = Submit a report
partners-submit-intro = The report is taken from what Tessera holds for your plan now: its progress figures, the sessions and attendance logged in the period, and the stories you choose. Once submitted it does not change.
partners-submit-button = Submit the report
partners-no-stories = You have no stories yet.
partners-story-not-shareable-list = These stories cannot be chosen: their consent does not cover sharing with partners and publication.
partners-report-title = { $partner }: report for { $period }
partners-submitted-by = Submitted by { $who } on { $when }
partners-returned-note = Returned with this note: { $note }
partners-report-suppression = Figures that would let someone work out a small number of people, from this report or from the totals across partners, are hidden.
partners-report-progress = Progress
partners-report-progress-caption = The plan's indicators when the report was submitted
partners-report-no-progress = The plan had no progress figures when the report was submitted.
partners-report-outputs = Sessions and attendance
partners-report-outputs-caption = Sessions held and attendances counted in the period, by side
partners-report-no-stories = No stories were chosen for this report.
partners-review-title = Accept or return the report
partners-review-legend = What do you want to do with this report?
partners-review-accept = Accept it
partners-review-return = Return it to the partner to change
partners-review-button = Save the decision

### The combined view

partners-combined-title = All partners together: { $period }
partners-combined-intro = { $count ->
    [one] { $count } partner's report is in. Returned reports are left out.
   *[other] { $count } partners' reports are in. Returned reports are left out.
}
partners-combined-suppression = Counts under { $threshold } are hidden, and so is any other figure that would let them be worked out from the totals and the other partners' figures.
partners-combined-empty = No report has been submitted for this period yet.
partners-combined-outputs-caption = Sessions and attendance by partner, with the totals over all partners
partners-combined-indicators = Indicators measured the same way
partners-combined-no-indicators = No indicator is measured the same way by partners' own participants, so nothing is pooled.
partners-combined-unpooled = Other figures
partners-combined-unpooled-intro = These figures come from surveys or are counts, so they are shown as each partner reported them and not pooled.
partners-pooled = All partners
partners-pooled-detail = Likely range { $interval }; { $people } people; { $status }.
partners-pooled-hidden = Hidden, so that no partner's small numbers can be worked out

### Notices

partners-done-invited = The invitation was sent.
partners-done-agreed = You agreed to report to this commissioner.
partners-done-declined = You declined the invitation.
partners-done-ended = The link was ended.
partners-done-period = The reporting period was saved.
partners-done-submitted = The report was submitted.
partners-done-accepted = The report was accepted.
partners-done-returned = The report was returned to the partner.

### Errors

partners-error-not-found = There is no such partner link, reporting period or report for your organisation.
partners-error-no-organisation = There is no organisation with the short name "{ $slug }". Check it with the organisation.
partners-error-self = Your organisation cannot be its own partner. Give another organisation's short name.
partners-error-note-long = The note is too long: write at most { $max } characters.
partners-error-already-linked = { $partner } is already invited to or reporting under this plan.
partners-error-choose-plan = Choose the plan you will report from.
partners-error-choose-strategy = Choose the strategy plan the partner reports under.
partners-error-choose-period = Choose the period you report for.
partners-error-decision = Choose one of the answers.
partners-error-label = Give the period a name, for example 2026 Q1.
partners-error-label-long = The name is too long: write at most { $max } characters.
partners-error-end-before-start = The last day is before the first day.
partners-error-due-before-start = The due date is before the period starts.
partners-error-text-long = The text is too long: write at most { $max } characters.
partners-error-only-partner-submits = Only the partner can submit a report under this link.
partners-error-only-commissioner-reviews = Only the commissioner can accept or return a report.
partners-error-link-not-active = This link is not active: the partner has not agreed yet, or the link was ended.
partners-error-story-unknown = One of the chosen stories is not one of your organisation's stories.
partners-error-story-consent = "{ $title }" cannot be shared: its consent does not cover sharing with partners and publication.
partners-error-already-submitted = A report for this period is already in. You can submit again only if the commissioner returns it.
partners-error-return-note = Say what the partner should change when you return a report.
partners-error-not-submitted = This report is not waiting for a decision: it was accepted or returned already.

### E-mail

partners-reminder-subject = Report due for { $period } to { $commissioner }
partners-reminder-body =
    Hello { $name },

    { $partner } is due to report to { $commissioner } on the plan "{ $plan }" for { $period } by { $due }.

    Submit the report here: { $link }

    This is the only reminder for this due date.

### Audit log filter (object kinds)

audit-kind-partner-link = Partner links
audit-kind-reporting-period = Reporting periods
audit-kind-partner-report = Partners' reports
