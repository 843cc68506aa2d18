## Collecting answers (issue 15, part B): the organisation's page for a questionnaire's
## collection — its public link, dates and cap, live counts by side, making a dataset,
## exports and collectors for ODK Collect.

collect-title = Collecting answers
collect-intro = Open this questionnaire for answers to get a link to share. Anyone with the link can answer; nobody has to give their name.
collect-open-button = Open for answers
collect-not-opened = This questionnaire is not yet open for answers.
collect-link-label = Public link
collect-link-hint = Share this link by message, e-mail or a QR code on a poster. It works on phones and with screen readers.
collect-state-open = Taking answers
collect-state-not-yet-open = Opens on { $date }
collect-state-closed = Closed
collect-state-full = Has taken its most responses
collect-responses = { $count ->
    [one] 1 response
   *[other] { $count } responses
}
collect-counts-caption = Responses by side
collect-col-side = Side
collect-col-responses = Responses
collect-side-newcomers = Newcomers
collect-side-receiving = Receiving community
collect-side-unknown = Did not say
collect-side-total = All responses

### Settings
collect-settings-title = Dates and limits
collect-opens-on-label = First day answers are taken
collect-closes-on-label = Last day answers are taken
collect-date-hint = As year-month-day, for example 2026-03-01. Leave blank for no limit.
collect-cap-label = Most responses to take
collect-cap-hint = A guard against floods of answers. Leave blank for no limit.
collect-closed-label = Closed: take no answers whatever the dates say
collect-settings-submit = Save dates and limits
collect-settings-saved = Dates and limits saved.
collect-error-opens-on = The first day must be a date written as year-month-day, for example 2026-03-01.
collect-error-closes-on = The last day must be a date written as year-month-day, for example 2026-06-30.
collect-error-closes-before-opens = The last day is before the first day. Change one of them.
collect-error-cap = The most responses must be a whole number of 1 or more, or left blank.

### Dataset and exports
collect-dataset-title = Make a dataset
collect-dataset-intro = Turn the responses so far into a dataset. Its mapping comes from the questionnaire, so its profile is ready at once.
collect-dataset-name-label = Name of the dataset
collect-dataset-wave-label = Wave (optional)
collect-dataset-wave-hint = For example 2026. Give each dataset made from this questionnaire its own wave to compare them over time.
collect-dataset-submit = Make the dataset
collect-error-no-responses = There are no responses yet, so there is nothing to make a dataset of.
collect-error-read-back = The responses could not be read as a dataset: { $detail }
collect-exports-title = Download the responses
collect-export-csv = CSV with codes
collect-export-labels = CSV with answers in words
collect-export-xlsx = Excel workbook
collect-export-sav = SPSS file (.sav) with variable and value labels
collect-export-sheet = Responses

### Follow-up links
collect-error-no-participant = There is no participant with this code in your organisation.

### Collectors (ODK Collect)
collectors-title = Collectors for ODK Collect
collectors-intro = A collector is a user name and password to type into ODK Collect, so field workers can download this organisation's questionnaires and send answers collected offline.
collectors-server-label = Server address for ODK Collect
collectors-empty = There are no collectors yet.
collectors-col-name = User name
collectors-col-scope = May send to
collectors-col-status = Status
collectors-scope-all = Every questionnaire
collectors-scope-this = This questionnaire
collectors-status-active = Active
collectors-status-revoked = Revoked
collectors-revoke = Revoke
collectors-name-label = User name
collectors-name-hint = Letters, digits, dots, dashes or underscores, for example field-team-1.
collectors-only-this-label = Only for this questionnaire
collectors-add-submit = Add a collector
collectors-password-title = Collector added
collectors-password-body = Type this password into ODK Collect now. It is shown only once; if it is lost, revoke the collector and add another.
collect-error-collector-name = A collector's user name is 1 to 64 letters, digits, dots, dashes or underscores.
collect-error-collector-taken = There is already a collector with this user name.
collect-error-no-collector = There is no such collector in your organisation.
collect-error-unauthorised = The user name or password is wrong, or the collector was revoked.

### OpenRosa answers to ODK Collect
collect-error-https = Tessera takes ODK Collect's password only over HTTPS. Ask your administrator to give Tessera an https:// address.
collect-error-no-submission-file = The submission has no xml_submission_file part.
collect-error-collector-scope = This collector may not send answers to this questionnaire.
collect-error-unknown-fields = The submission has fields the questionnaire does not ask: { $fields }. Download the form again and resend.
collect-openrosa-stored = Answers received. Thank you.
collect-openrosa-repeated = These answers were already received; nothing was changed.
