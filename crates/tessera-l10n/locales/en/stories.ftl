## Stories: testimonies, case studies, observations, photos, audio and focus-group notes beside
## the numbers, with the consent they rest on and the check for personal data (issue 17).

### Kinds and tags

stories-kind-testimony = Testimony or quote
stories-kind-case_study = Case study
stories-kind-observation = Observation
stories-kind-photo = Photo with a description
stories-kind-audio = Audio recording with its transcript
stories-kind-focus_group = Note from a focus group
stories-tag-outcome = Plan outcome
stories-tag-indicator = Indicator
stories-tag-domain = Domain
stories-tag-side = Side
stories-tag-theme = Theme

### Consent

stories-scope-reports = use in reports
stories-scope-publication = publication
stories-scope-sharing = sharing with partners
stories-scope-naming = naming the person
stories-scope-none = nothing yet
stories-scope-reports-long = It may be used in our reports to funders and committees
stories-scope-publication-long = It may be published (reports that go out, pages others can read)
stories-scope-sharing-long = It may be shared with partner organisations
stories-scope-naming-long = The person agreed to be named
stories-refuse-publication = “{ $title }” cannot go into a report: its consent does not cover publication. Record consent that covers publication, or leave it out.
stories-refuse-reports = “{ $title }” cannot go into a report: its consent does not cover use in reports. Record consent that covers it, or leave it out.
stories-refuse-withdrawn = “{ $title }” cannot go into a report: the person withdrew the consent it rests on.
stories-consent-covers = Consent covers: { $uses }
stories-rests-on-record = Consent record { $number } of participant { $code }, given on { $date }
stories-rests-on-own = Consent recorded with the story, given on { $date } ({ $method })
stories-rests-on-nothing = No consent recorded: it cannot be used outside the organisation
stories-reportable-yes = May go into reports
stories-reportable-no = Not for reports
stories-reportable-withdrawn = Consent withdrawn

### The personal-data check

stories-check-name = “{ $text }” looks like a person’s name.
stories-check-phone = “{ $text }” looks like a telephone number.
stories-check-email = “{ $text }” is an e-mail address.
stories-check-postcode = “{ $text }” looks like a postcode, so the text may give an address.
stories-check-heading = Personal details in the text
stories-check-confirm = I have looked at what was found: it is not personal, or the person’s consent allows it
stories-error-checked = The text may hold personal details (listed above). Take them out, or tick the box to say you have looked and they may stay.

### Lists and pages

stories-breadcrumbs = Breadcrumbs
stories-list-title = Stories
stories-list-intro = Testimonies, case studies, observations and notes that show what the figures cannot. Each rests on the consent of the people in it, and is tagged to the outcomes, indicators, domains and sides it speaks to.
stories-list-add = Record a story
stories-list-empty = No stories match.
stories-shown = { $total ->
    [one] Showing { $count } of { $total } story
   *[other] Showing { $count } of { $total } stories
}
stories-filter-label = Search and filter stories
stories-filter-words = Words
stories-filter-tag = Outcome, indicator or domain
stories-filter-any = Any
stories-filter-from = From
stories-filter-to = To
stories-filter-apply = Show stories
stories-anonymised = Anonymised
stories-about-participant = About participant { $code }
stories-about-nobody = Not said who it is about
stories-notice-title = Done
stories-done-saved = The story was saved.
stories-done-deleted = The story was deleted.
stories-errors-title = There is a problem
stories-error-prefix = Error:
stories-warning = Warning
stories-new-title = Record a story
stories-edit-title = Change the story
stories-form-intro = Write what was said or seen in the person’s own words where you can. Leave out names, telephone numbers, e-mail and postal addresses unless the person agreed to be named.
stories-field-kind = Kind of story
stories-field-title = Title
stories-field-body = The story
stories-field-body-hint = The quote, the account, the note or the transcript of the recording.
stories-field-file = Photo or audio recording (optional)
stories-field-file-hint = PNG, JPEG or WebP photos; MP3, Ogg, WAV or M4A recordings; up to { $megabytes } MB.
stories-field-date = When it happened or was told
stories-form-about = Who it is about, and their consent
stories-form-about-hint = Give a participant’s code, or describe the group. Never a name unless the person agreed to be named.
stories-field-participant = Participant code
stories-field-participant-hint = For example P-7K3Q9. The story then rests on their consent record that agrees to their story being told.
stories-field-consent-record = Number of their consent record (optional)
stories-field-consent-record-hint = Leave blank to use their latest consent record that agrees to their story being told.
stories-field-group = Group
stories-field-group-hint = For a story about a group, for example “Tuesday conversation group”.
stories-form-consent = What the consent covers
stories-form-consent-hint = For a participant, their consent record also has to agree; if they withdraw it, the story can no longer be used.
stories-field-consent-date = When the consent recorded here was given
stories-field-consent-method = How it was given
stories-field-consent-notes = Notes on the consent
stories-field-choose = Choose
stories-field-anonymised = The story has been anonymised
stories-form-tags = What it speaks to
stories-form-tags-hint = Tag the outcomes, indicators, domains and sides the story speaks to, and themes of your own.
stories-field-domains-hint = Hold Ctrl (or Cmd) to choose more than one.
stories-field-themes = Themes
stories-field-themes-hint = Separate themes with commas, for example: belonging, language, food.
stories-save = Save the story
stories-show-consent = Consent
stories-show-rests-on = Rests on
stories-show-covers = Covers now
stories-show-reports = Reports
stories-show-no-tags = No tags yet.
stories-recorded-by = Recorded by { $who } on { $when }.
stories-photo-alt = Photo for the story “{ $title }”
stories-photo-caption = The photo, shown with the person’s consent.
stories-audio-caption = The recording; its transcript is above.
stories-delete-title = Delete the story
stories-delete-heading = Delete “{ $title }”?
stories-delete-warning = The story, its file and its tags will be deleted for good. Reports that chose it will leave it out.
stories-delete-cancel = Keep the story
stories-plan-heading = Stories beside the outcomes
stories-plan-none = No stories are tagged to this plan’s outcomes yet.

### Coding view

stories-coding-title = Code stories by theme
stories-coding-intro = Tag many quotes with one theme at once, and see how often each theme comes up for each side.
stories-coding-counts = Themes by side
stories-coding-counts-caption = Stories per theme and side (a story for both sides counts under each)
stories-coding-unsided = No side
stories-coding-total = Stories
stories-coding-no-themes = No stories have themes yet.
stories-coding-choose = Stories to tag
stories-coding-theme = Theme to add
stories-coding-apply = Add the theme
stories-coding-done = { $count ->
    [one] { $count } story gained the theme.
   *[other] { $count } stories gained the theme.
}

### Problems

stories-error-not-found = There is no such story in your organisation.
stories-error-kind = Choose the kind of story.
stories-error-title = Give the story a title.
stories-error-body = Write the story, the quote or the transcript.
stories-error-too-long = This is too long: at most { $max } characters.
stories-error-future = The date is in the future.
stories-error-date = “{ $value }” is not a date; write it like 2025-03-01.
stories-error-about = Say who the story is about: a participant’s code or a group.
stories-error-consent-date = Give the date the consent was given (it cannot be in the future).
stories-error-consent-method = Choose how the consent was given.
stories-error-outcome = Choose outcomes of your organisation’s plans only.
stories-error-indicator = “{ $value }” is not an indicator of the frameworks or of your plans.
stories-error-domain = “{ $value }” is not a domain of the frameworks.
stories-error-side = A side is newcomers or the receiving community.
stories-error-themes = At most { $max } themes.
stories-error-participant = { $code } is not one of your organisation’s participants.
stories-error-no-consent = { $code } has no current consent record that agrees to their story being told. Record their consent first.
stories-error-consent-unknown = That is not one of { $code }’s consent records.
stories-error-consent-not-stories = That consent record does not agree to their story being told, or it was withdrawn.
stories-error-file-size = The file is too large: at most { $megabytes } MB.
stories-error-file-kind = Only photos and audio stories take a file.
stories-error-file-photo = The file is not a PNG, JPEG or WebP photo.
stories-error-file-audio = The file is not an MP3, Ogg, WAV or M4A recording.
stories-error-file-broken = The form could not be read ({ $reason }). Try again.
stories-error-form = The form could not be read. Try again.
stories-error-theme = Write the theme to add.
stories-error-choose = Choose at least one story.
stories-api-body = The body is not a story: { $reason }. See docs/api.md.

## The stories block beside an indicator's, a domain's or a measure's numbers.
stories-beside-indicator-heading = Your organisation’s stories about this indicator
stories-beside-domain-heading = Your organisation’s stories about this domain
stories-beside-none = Your organisation has no stories tagged to it yet.
stories-beside-record = Record a story
stories-beside-all = { $count ->
    [one] See the story in the story list
   *[other] See all { $count } stories in the story list
}
