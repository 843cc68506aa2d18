## Participants, consent, measurements, change estimates and output logs (issue 14).

### Words used in many places

participants-side-newcomers = Newcomers
participants-side-receiving_community = Receiving community
participants-point-baseline = Baseline
participants-not-recorded = Not recorded
participants-answer-yes = Yes
participants-answer-no = No
participants-standing-active = Consent given
participants-standing-withdrawn = Consent withdrawn on { $date }
participants-standing-none = No consent recorded

### Descriptive fields

participants-field-age_band = Age band
participants-field-gender = Gender
participants-field-country_of_birth = Country of birth
participants-field-year_of_arrival = Year of arrival in the UK
participants-field-language = Main language
participants-age_band-under-18 = Under 18
participants-age_band-18-24 = 18 to 24
participants-age_band-25-34 = 25 to 34
participants-age_band-35-49 = 35 to 49
participants-age_band-50-64 = 50 to 64
participants-age_band-65-plus = 65 or over
participants-gender-woman = Woman
participants-gender-man = Man
participants-gender-another = In another way
participants-gender-not-said = Prefers not to say

### Consent

participants-basis-consent = Consent (UK GDPR Article 6(1)(a))
participants-basis-contract = Contract (Article 6(1)(b))
participants-basis-legal_obligation = Legal obligation (Article 6(1)(c))
participants-basis-vital_interests = Vital interests (Article 6(1)(d))
participants-basis-public_task = Public task (Article 6(1)(e))
participants-basis-legitimate_interests = Legitimate interests (Article 6(1)(f))
participants-method-paper = On a paper form
participants-method-verbal_witnessed = Spoken, with a witness
participants-method-online = Online

### Periods of output logs

participants-period-month = { $month } { $year }
participants-period-quarter = Quarter { $quarter } of { $year }

### Problems with what was sent

participants-error-not-found = There is no participant with this code in your organisation. Check the code, or find the person in the participant register.
participants-error-date = “{ $value }” is not a date. Write it as 2025-09-01 or 01/09/2025.
participants-error-date-future = The date is in the future. Enter the day it happened.
participants-error-field-unknown = “{ $field }” is not one of your organisation's participant fields. Choose the fields on the participant settings page first.
participants-error-field-choice = “{ $value }” is not one of the choices for { $field }. Choose one from the list, or leave it blank.
participants-error-field-year = “{ $value }” is not a year for { $field }. Write four digits, such as 2019.
participants-error-field-long = { $field } is longer than { $max } characters. Shorten it.
participants-error-own-fields-many = Your organisation can add at most { $max } fields of its own. Remove some.
participants-error-own-field-long = A field's name can be at most { $max } characters long.
participants-error-consent-nothing = Tick at least one thing the person agreed to.
participants-error-consent-basis = Choose the lawful basis for keeping and using this person's answers.
participants-error-consent-method = Choose how the person gave their agreement.
participants-error-consent-witness = Enter who witnessed the spoken agreement.
participants-error-consent-not-found = This participant has no consent record with that number.
participants-error-notes-long = The notes are longer than { $max } characters. Shorten them.
participants-error-withdrawn-before-given = Withdrawal cannot be earlier than the day consent was given ({ $date }).
participants-error-side = Choose which side the person is on: newcomers or the receiving community.
participants-error-reference-long = Your reference can be at most { $max } characters long.
participants-error-reference-taken = Another participant already has this reference. Each reference must be unique in your organisation.
participants-error-plan = “{ $plan }” is not one of your organisation's plans.
participants-error-target-group = “{ $group }” is not a target group of the plan “{ $plan }”.
participants-error-target-group-side = The target group “{ $group }” is on the other side. Choose a target group on the person's side, or none.
participants-error-contact-long = This is longer than { $max } characters. Shorten it.
participants-error-contact-email = Enter an e-mail address with an @, or leave it blank.
participants-error-points-many = A plan can have at most { $max } collection points of your own.
participants-error-point-long = A collection point's name can be at most { $max } characters long.
participants-error-point-twice = “{ $point }” is named twice (or is the baseline, which every plan has already).
participants-error-answer-yes-no = “{ $value }” is not an answer to a yes/no question. Write yes or no (or 1 or 0), or leave it blank.
participants-error-answer-number = “{ $value }” is not a number. Write a number, such as 7 or 6.5, or leave it blank.
participants-error-indicator = “{ $indicator }” is not one of this plan's indicators.
participants-error-not-in-plan = { $code } does not take part in “{ $plan }”. Add the plan to the person's details first.
participants-error-point = “{ $point }” is not one of this plan's collection points.
participants-error-no-answers = Enter at least one answer.
participants-error-withdrawn = { $code } withdrew consent on { $date }: no more answers can be collected or used.
participants-error-no-consent = { $code } has no consent record agreeing to take part and to the use of their answers. Record their consent first.
participants-error-before-consent = The answers are dated before the person's consent ({ $date }). Check the date, or record the consent they gave earlier.
participants-error-stored-value = The answer “{ $value }” of { $code } at “{ $point }” is not allowed for its indicator. Correct that measurement.
participants-error-breakdown = “{ $field }” is not one of your organisation's participant fields.
participants-error-output = Choose one of the plan's outputs.
participants-error-period-order = The last day is before the first day.
participants-error-count = “{ $value }” is not a whole number of 0 or more.
participants-error-rows-many = An entry can have at most { $max } rows of attendance.
participants-error-attendance-choice = Choose a gender and an age band from the lists, or leave them blank.
participants-error-log-empty = Enter the number of sessions, or at least one row of attendance.
participants-error-measure = Choose what the target counts: sessions or attendances.
participants-error-period = Choose the period the target is for.
participants-error-log-not-found = This plan has no output log entry with that number.

### Importing answers from a file

participants-import-too-large = The file is larger than { $mb } MB.
participants-import-format = “{ $file }” is not a file Tessera can read answers from. Upload a CSV (.csv, .tsv or .txt) or Excel (.xlsx) file.
participants-import-unreadable = The file could not be read: { $reason }
participants-import-no-code-column = The file has no column of participant codes. Head it “code”.
participants-import-no-point-column = The file has no column of collection points. Head it “point”.
participants-import-no-date-column = The file has no column of dates. Head it “date”.
participants-import-unknown-column = The column “{ $column }” is not one of this plan's indicators. Head it with an indicator of the plan (see the list on this page), or remove it.
participants-import-no-indicators = The file has no column for any of this plan's indicators.
participants-import-code-missing = The participant code is missing.
participants-import-code-unknown = “{ $code }” is not the code or reference of one of your organisation's participants.
participants-import-row-empty = The row has no answers.
participants-import-twice = The file has answers of { $code } at “{ $point }” more than once.
participants-import-no-rows = The file has no rows of answers under its header.

### Pages: words used on several

participants-breadcrumbs = Breadcrumb
participants-errors-title = There is a problem
participants-error-prefix = Error:
participants-notice-title = Done
participants-warning = Warning
participants-code = Code
participants-reference = Your reference
participants-side = Side
participants-plans = Plans
participants-plan = Plan
participants-target-group = Target group
participants-consent = Consent
participants-point = Collection point
participants-date = Date
participants-answers = Answers
participants-answer-none = Not asked
participants-registered = Registered
participants-registered-by = Registered by { $who } on { $when }
participants-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}

### The register

participants-register-title = Participants
participants-register-intro = The people your plans' work reaches, each known by a code. Their answers at the baseline and each follow-up show how things change for them.
participants-register-privacy = Names and contact details are never needed. If you keep them, they are stored apart, shown only to editors and owners, and never exported with answers.
participants-register-add = Register a participant
participants-register-filter = Show participants of
participants-register-all-plans = Every plan
participants-register-show = Show
participants-register-empty = There are no participants yet.
participants-settings-link = Choose what you record about participants
participants-done-erased = The participant has been erased. Only a note that it happened, with their code, stays in the audit log.
participants-done-settings = Your participant fields have been saved.

### Registering and changing a participant

participants-form-new-title = Register a participant
participants-form-new-intro = Tessera gives the person a code such as P-7K3Q9. Use it on paper forms and files instead of their name.
participants-form-edit-title = Change the details of { $code }
participants-form-reference-hint = Optional: your own reference for this person, such as a case number. It must be unique in your organisation.
participants-form-plans-hint = The plans this person takes part in, and the plan's target group they belong to.
participants-form-group = Target group in { $plan }
participants-form-no-group = No particular target group
participants-form-about = About the person
participants-form-about-hint = All optional. They let you see change by group; never enter anything the person has not agreed to share.
participants-form-register = Register
participants-form-save = Save changes
participants-done-registered = The participant has been registered. Record their consent before their answers.
participants-done-updated = The details have been saved.

### A participant's page

participants-show-title = Participant { $code }
participants-show-caption = Participant
participants-show-details = Details
participants-show-no-plans = Not in any plan yet
participants-show-consent = Consent
participants-show-no-consent = No consent has been recorded. Answers cannot be collected until it is.
participants-show-answers = Answers
participants-show-no-answers = No answers have been recorded yet.
participants-action-measure = Record answers
participants-action-consent = Record consent
participants-action-edit = Change details
participants-action-subject-access = Everything held on this person (subject access)
participants-action-erase = Erase this person
participants-done-consent = The consent has been recorded.
participants-done-withdrawn = The withdrawal has been recorded. No more answers can be collected, and their answers no longer count in any figure.
participants-done-measured = The answers have been saved.
participants-done-contact = The contact details have been saved.

### Consent

participants-consent-title = Consent of { $code }
participants-consent-heading = Record consent
participants-consent-intro = Record what the person agreed to, on the day they agreed. A withdrawal is recorded on this record later; a new agreement is a new record.
participants-consent-agreed-legend = What did they agree to?
participants-consent-taking_part = Taking part
participants-consent-data_use = Use of their answers
participants-consent-stories = Their story
participants-consent-sharing = Sharing figures
participants-consent-taking_part-long = To take part in the work and answer its questions
participants-consent-data_use-long = To the use of their answers to monitor and evaluate the work
participants-consent-stories-long = To their story being recorded and told
participants-consent-sharing-long = To figures that include them being shared with partners and funders (never in a way that identifies them)
participants-consent-basis = Lawful basis
participants-consent-basis-hint = The basis in UK GDPR on which your organisation keeps and uses their answers. Ask your data protection lead if you are not sure.
participants-consent-method = How it was given
participants-consent-witness = Witness
participants-consent-witness-hint = Who heard a spoken agreement, if it was spoken.
participants-consent-given-on = Date given
participants-consent-notes = Notes
participants-consent-save = Record consent
participants-consent-agreed = Agreed to
participants-consent-withdrawal = Withdrawal
participants-consent-recorded-by = Recorded by { $who }
participants-consent-witnessed-by = Witnessed by { $who }
participants-consent-withdrawn-on = Withdrawn on { $date }
participants-consent-withdraw-date = Date (today if blank)
participants-consent-withdraw = Withdraw
participants-consent-current = Current

### Answers

participants-measure-title = Answers of { $code }
participants-measure-heading = Record answers
participants-measure-no-plans = This person is not in any plan yet. Add a plan to their details first.
participants-measure-which-plan = Which plan are the answers for?
participants-measure-continue = Continue
participants-measure-intro = Answers for “{ $plan }”. Leave a question blank if it was not asked. Recording answers at a point already recorded replaces them.
participants-measure-no-indicators = This plan has no indicators yet. Add indicators to its outcomes first.
participants-measure-date = Date the answers were given
participants-measure-save = Save answers

### Contact details

participants-contact-title = Name and contact details
participants-contact-apart = Kept apart from everything else: shown only to editors and owners, never exported with answers and never in the API. Leave every field blank to remove them.
participants-contact-none = None are kept.
participants-contact-name = Name
participants-contact-email = E-mail address
participants-contact-phone = Telephone
participants-contact-address = Address
participants-contact-notes = Notes on contacting them
participants-contact-save = Save contact details

### Subject access and erasure

participants-access-title = Everything held on { $code }
participants-access-intro = A copy of everything your organisation holds on this person in Tessera, made on { $when }. Give it to them if they ask (a subject access request).
participants-access-json = Download it as a JSON file
participants-access-entry = Register entry
participants-access-audit = Record of changes
participants-access-audit-intro = Every change made to what is held on them. The record names them by code only.
participants-access-when = When
participants-access-who = Who
participants-access-what = What
participants-audit-create = Registered
participants-audit-update = Details changed
participants-audit-consent = Consent recorded
participants-audit-withdraw-consent = Consent withdrawn
participants-audit-measure = Answers recorded
participants-audit-delete-measurement = Answers deleted
participants-audit-contact-details = Contact details saved
participants-audit-contact-details-removed = Contact details removed
participants-audit-erase = Erased
participants-erase-title = Erase { $code }
participants-erase-warning = Erasing cannot be undone.
participants-erase-what = Everything held on this person will be deleted:
participants-erase-measurements = { $count ->
    [one] { $count } set of answers
   *[other] { $count } sets of answers
}
participants-erase-consents = { $count ->
    [one] { $count } consent record
   *[other] { $count } consent records
}
participants-erase-contact = their name and contact details
participants-erase-no-contact = no contact details are kept
participants-erase-entry = their register entry, fields and plans
participants-erase-audit = Every figure that used their answers leaves them out from now on. The audit log keeps only that they were erased, with their code.
participants-erase-copy-first = See everything held on them first (to give them a copy)
participants-erase-button = Erase { $code }

### Participants and change

participants-change-title = Participants and change
participants-change-summary = { $count ->
    [one] { $count } participant in this plan
   *[other] { $count } participants in this plan
}; the answers of { $used } are used; { $withdrawn } withdrew consent.
participants-change-intro = How the plan's own participants answered at the baseline and at each follow-up, for the same people. Each change has its { $confidence } interval: the range the true change most likely lies in.
participants-change-small = These figures are for your organisation. A figure resting on fewer than { $min } people is shown here marked, but is never shown to anyone else: do not pass it on.
participants-change-by = Show by
participants-change-by-side = Side only
participants-change-no-follow-ups = There are baseline answers only so far. Change shows after the first follow-up.
participants-change-no-indicators = This plan has no indicators yet.
participants-change-followed = Followed up
participants-change-of-baseline = of { $count } at baseline
participants-change-lost-heading = Lost since baseline
participants-change-lost = { $count } ({ $share })
participants-change-levels = Baseline → follow-up
participants-change-change = Change
participants-change-improved = Better
participants-change-same = Same
participants-change-worsened = Worse
participants-change-status = Can it be used?
participants-change-share = { $count } ({ $share })
participants-change-points = { $value } points
participants-change-interval = { $low } to { $high }
participants-change-members = The plan's participants
participants-change-no-members = No participants are registered in this plan yet.
participants-baseline-yes-no = At the baseline: { $count } people, { $value } answering yes.
participants-baseline-scale = At the baseline: { $count } people, average { $value }.
participants-baseline-hidden = At the baseline: { $reason }
participants-sentence-yes-no = { $n ->
    [one] Of the one person followed up to “{ $point }”,
   *[other] Of the { $n } people followed up to “{ $point }”,
} { $before } answered yes at the baseline and { $after } did then: a change of { $change }.
participants-sentence-scale = { $n ->
    [one] For the one person followed up to “{ $point }”,
   *[other] For the { $n } people followed up to “{ $point }”,
} the average went from { $before } at the baseline to { $after } then: a change of { $change }.
participants-verdict-real = The { $confidence } interval does not include zero: the change is likely real.
participants-verdict-chance = The { $confidence } interval includes zero: the change could be chance.
participants-how-yes-no-up = yes/no; more saying yes is better
participants-how-yes-no-down = yes/no; fewer saying yes is better
participants-how-scale-up = a score; higher is better
participants-how-scale-down = a score; lower is better
participants-status-ok = Yes
participants-status-unreliable = With care
participants-status-suppressed = Not shown
participants-reason-no_data = Nobody has the answers this needs.
participants-reason-small_cell = Too few people to show.
participants-reason-small_number_shown_to_owner = Fewer than 10 people: shown to your organisation only.
participants-reason-small_sample = Fewer than 30 people: the interval is wide.
participants-reason-high_attrition = More than one in five were not followed up: those left may not stand for everyone who started.
participants-reason-no_variation = Everyone changed by the same amount: there is no interval.
participants-reason-single_pair = Only one person followed up: there is no interval.
participants-import-link = Bring in answers from a file
participants-export-link = Download the answers (CSV, by code)
participants-points-link = Collection points
participants-outputs-link = Output log
participants-plan-link = Back to the plan

### Bringing in answers from a file

participants-import-title = Bring in answers
participants-import-intro = Bring in many answers at once from a CSV or Excel file, with one row per participant and collection point. Every row is checked first: if any row has a problem, nothing is saved and every problem is listed with its row and column.
participants-import-columns = The file's first row names its columns:
participants-import-code-help = code: the participant's code (or your own reference for them);
participants-import-point-help = point: the collection point, by its key or name (see the list below);
participants-import-date-help = date: the day the answers were given, as 2025-09-01 or 01/09/2025; then one column for each indicator answered.
participants-import-indicators = The plan's indicators
participants-import-heading = Column heading
participants-import-indicator = Indicator
participants-import-answer = Answer
participants-import-answer-yes-no = yes or no (1 or 0)
participants-import-answer-number = a number
participants-import-points = Collection points
participants-import-key = Key
participants-import-file = The file
participants-import-file-hint = CSV (.csv, .tsv, .txt) or Excel (.xlsx), at most { $mb } MB.
participants-import-button = Check and save
participants-import-choose = Choose the file to bring in.
participants-import-broken = The upload did not arrive whole ({ $reason }). Try again.
participants-import-refused = { $count ->
    [one] The file has { $count } problem
   *[other] The file has { $count } problems
}
participants-import-nothing-saved = Nothing from the file has been saved. Correct the file and bring it in again.
participants-import-problems = Problems in the file
participants-import-row = Row
participants-import-line = line { $line }
participants-import-column = Column
participants-import-problem = Problem
participants-import-more = … and { $count } more.
participants-import-done = Answers saved
participants-import-saved = { $rows ->
    [one] { $rows } row of answers
   *[other] { $rows } rows of answers
} saved, for { $people ->
    [one] { $people } participant
   *[other] { $people } participants
}.
participants-import-see-change = See the change for this plan

### Collection points

participants-points-title = Collection points
participants-points-intro = The baseline, then each follow-up when answers are collected again from the same people.
participants-points-from = Comes from
participants-origin-baseline = Every plan
participants-origin-plan = The plan's evaluation
participants-origin-organisation = Named by your organisation
participants-origin-recorded = Found on answers only
participants-points-from-plan = These come from the dated collections in the plan's evaluation. Change them there.
participants-points-own = Your own follow-up points
participants-points-own-hint = The plan's evaluation names no dated collections, so name your follow-ups here, one per line, in order (for example: 3 months, 6 months, Exit).
participants-points-save = Save collection points

### Output log

participants-outputs-title = Output log
participants-outputs-intro = Sessions held and attendance counted for each of the plan's outputs, per period, against their targets, by side, gender and age band.
participants-outputs-period = Period
participants-period-kind-month = Month
participants-period-kind-quarter = Quarter
participants-period-kind-year = Year
participants-outputs-none = Nothing has been logged for this output yet.
participants-outputs-totals = Totals per period
participants-outputs-sessions = Sessions
participants-outputs-attendances = Attendances
participants-outputs-target = Target
participants-outputs-by-gender = Attendances by gender
participants-outputs-by-age = Attendances by age band
participants-outputs-log = Log a period
participants-outputs-output = Output
participants-outputs-start = First day
participants-outputs-end = Last day
participants-outputs-end-hint = Leave blank for a single day.
participants-outputs-attendance = Attendance
participants-outputs-attendance-hint = One row for each group counted: its side, gender and age band (leave one blank if not known) and how many attended.
participants-outputs-count = How many
participants-outputs-save = Save
participants-outputs-targets = Set a target
participants-outputs-measure = What is counted
participants-outputs-target-per = How many, per
participants-outputs-target-hint = Leave blank to remove the target.
participants-outputs-target-save = Save target
participants-outputs-entries = Everything logged
participants-outputs-when = When
participants-outputs-delete = Delete

### The API

participants-api-body = The request body is not the JSON this endpoint takes: { $reason }. See docs/api.md.
participants-api-audience = “{ $value }” is not an audience: use others (the default) or owner.

### Participant fields

participants-settings-title = What you record about participants
participants-settings-intro = Choose the descriptive fields your organisation keeps. They let you see change and attendance by group. Keep only what you need.
participants-settings-built-in = Tessera's fields
participants-settings-own = Fields of your own
participants-settings-own-hint = One name per line; at most { $max }. Their values are free text.
participants-settings-save = Save

## Stories in a person's copy of what is held, and in what erasing them deletes.
participants-access-stories = Stories about them
participants-access-no-stories = No story is about them.
participants-access-story-kind = Kind and date
participants-access-story-consent = What their consent covers
participants-access-story-text = Text
participants-erase-stories = { $count ->
    [one] { $count } story about them, with its file and tags
   *[other] { $count } stories about them, with their files and tags
}
