## Reports for funders and committees: a plan's results for a period, as a page, a PDF and a
## Word file (issue 17).

reports-list-title = Reports
reports-list-heading = Reports on { $plan }
reports-list-intro = Put together a plan’s results for a period, with the sections you choose in your order, your own words, and stories whose consent covers publication. Download it as a PDF or a Word file.
reports-list-empty = No reports yet.
reports-count = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
reports-new-title = Make a report
reports-edit-title = Change the report
reports-default-title = { $plan }: report
reports-form-intro = Choose the sections, number them in the order you want, and write what you want to say in each. Tessera adds the figures, with their uncertainty, and leaves out any figure resting on too few people.
reports-field-title = Title
reports-field-start = First day of the period
reports-field-end = Last day of the period
reports-field-period = Period
reports-field-status = Status
reports-field-updated = Last changed
reports-form-sections = Sections
reports-form-sections-hint = Untick a section to leave it out. Give a number to change the order (1 first).
reports-form-include = Include “{ $section }”
reports-form-position = Place of “{ $section }”
reports-form-narrative = Your words for “{ $section }”
reports-form-stories = Stories
reports-form-stories-hint = Only stories whose consent covers use in reports and publication can be chosen.
reports-form-no-stories = There are no stories yet.
reports-form-not-allowed = Stories that cannot go into a report
reports-form-story-not-allowed = Its consent does not cover publication, so it cannot go into a report.
reports-save = Save the report
reports-period = { $start } to { $end }
reports-status-draft = Draft
reports-status-final = Final
reports-make-final = Mark as final
reports-make-draft = Back to draft
reports-download-pdf = Download as PDF
reports-download-docx = Download as Word (.docx)
reports-done-saved = The report was saved.
reports-done-final = The report is marked final.
reports-done-draft = The report is a draft again.
reports-done-deleted = The report was deleted.
reports-delete-title = Delete the report
reports-delete-heading = Delete “{ $title }”?
reports-delete-warning = The report’s choices and words will be deleted for good. The plan, its data and its stories stay.
reports-delete-cancel = Keep the report

### Sections

reports-section-summary = Summary
reports-section-summary-hint = What the work is and what it achieved in the period, in a few sentences.
reports-section-theory_of_change = Theory of change
reports-section-theory_of_change-hint = The plan’s diagram and, in words, how the activities lead to the goal.
reports-section-outputs = Outputs and attendance
reports-section-outputs-hint = Sessions held and attendance logged in the period.
reports-section-progress = Progress
reports-section-progress-hint = Each indicator against its baseline and target, with its uncertainty in plain words.
reports-section-change = Change over time
reports-section-change-hint = Change for the same people between the baseline and each follow-up.
reports-section-stories = Stories
reports-section-stories-hint = The stories you choose below, in their own words.
reports-section-methods = Methods and limitations
reports-section-methods-hint = Samples, who is on each side, and how small numbers are protected.

### What Tessera writes

reports-subtitle = { $plan } · { $start } to { $end }
reports-produced-draft = Draft produced with Tessera on { $date }
reports-produced-final = Produced with Tessera on { $date }
reports-summary-facts = This report covers { $plan } from { $start } to { $end }. Its goal: { $goal }
reports-toc-intro = The plan works backwards from its goal: the activities produce outputs, which lead to the intermediate outcomes, which lead to the goal.
reports-toc-goal = Goal
reports-toc-outcomes = Intermediate outcomes
reports-toc-outputs = Outputs
reports-toc-activities = Activities
reports-toc-links = How one leads to another
reports-toc-link = { $from } leads to { $to }
reports-outputs-none = No sessions or attendance were logged in the period.
reports-outputs-caption = Sessions and attendance from { $start } to { $end }
reports-outputs-output = Output
reports-outputs-sessions = Sessions
reports-outputs-attendances = Attendances
reports-suppressed = Not shown (too few people)
reports-not-set = Not set
reports-with-interval = { $value } (likely between { $low } and { $high })
reports-unreliable = { $value }; treat with care, it rests on few people
reports-progress-none = None of the plan’s indicators is measured in the organisation’s data yet.
reports-progress-caption = Each indicator’s latest figure against its baseline and target
reports-progress-indicator = Indicator
reports-progress-latest = Latest figure
reports-progress-baseline = Baseline
reports-progress-target = Target
reports-progress-status = Status
reports-change-none = No change can be shown yet: there are no follow-up answers from people who gave a baseline.
reports-change-caption = Change for the same people since the baseline
reports-change-point = Follow-up
reports-change-people = People followed up
reports-change-change = Change
reports-change-value = a change of { $value }
reports-points = { $value } percentage points
reports-change-likely = { $change }, likely real (between { $low } and { $high })
reports-change-unclear = { $change }, which could be chance (between { $low } and { $high })
reports-stories-none = No stories were chosen.
reports-stories-left-out = { $count ->
    [one] { $count } chosen story is left out: the consent it rests on no longer covers publication.
   *[other] { $count } chosen stories are left out: the consent they rest on no longer covers publication.
}
reports-methods-samples = Samples
reports-methods-no-samples = The evaluation plan names no samples.
reports-methods-size = (about { $count } people)
reports-methods-sides = Who is on each side
reports-methods-no-groups = The plan names no target groups.
reports-methods-suppression-heading = Small numbers
reports-methods-suppression = { $count ->
    [one] Figures resting on fewer than { $count } person are not shown, nor is any figure from which one could be worked out.
   *[other] Figures resting on fewer than { $count } people are not shown, nor is any figure from which one could be worked out.
}
reports-methods-uncertainty = Figures come with the range they are likely to lie in (a 95% interval). A change is called likely real only when that range leaves out no change at all.
reports-methods-consent = Stories appear only with the consent of the people in them, covering publication.

### Problems

reports-error-not-found = There is no such report for this plan.
reports-error-none-for-plan = This plan has no report yet. Make one first.
reports-error-title = Give the report a title.
reports-error-too-long = This is too long: at most { $max } characters.
reports-error-start = Give the first day of the period, like 2025-04-01.
reports-error-end = Give the last day of the period, like 2026-03-31.
reports-error-order = The period ends before it starts.
reports-error-section = There is no such section.
reports-error-no-sections = Choose at least one section.
reports-error-position = “{ $value }” is not a place in the order; use 1, 2, 3…
reports-error-story = “{ $value }” is not one of your organisation’s stories.
reports-error-too-many-stories = At most { $max } stories in one report.
reports-error-status = A report is a draft or final.
reports-api-body = The body is not a report: { $reason }. See docs/api.md.
