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
