## The library of what works: published evaluations others can search, weigh, question and
## copy (issue 17).

nav-library = Library
audit-kind-library-entry = Library entry
audit-kind-library-comment = Library comment

library-title = Library of what works
library-intro = Evaluations other organisations have published: what they did, with whom, where, what changed and how sure they can be, and what they learned. Copy a plan as the start of your own, or ask its authors a question.
library-publish = Publish a plan’s evaluation
library-search-heading = Search the library
library-field-q = Words
library-field-domain = Domain
library-field-indicator = Indicator
library-field-group = Target group
library-field-group-hint = Words from a target group’s description, such as “volunteers”.
library-field-design = Method
library-field-region = Region
library-field-size = Size
library-any = Any
library-search-button = Search
library-clear = Clear the search
library-results = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
library-none = No published entries match. Try fewer conditions.
library-by = By { $org }
library-published-on = Published { $date }
library-strength = Strength of evidence
library-own-heading = Your organisation’s entries
library-own-none = Your organisation has not published anything yet.
library-withdrawn = Withdrawn
library-live = Published
library-results-table = Published entries
library-own-table = Your entries
library-col-title = Entry
library-col-where = Where
library-col-method = Method
library-col-status = Status

library-design-before_after = Before and after, same people
library-design-comparison = With a comparison group
library-design-randomised = Randomised
library-size-small = Fewer than 30 people
library-size-medium = 30 to 99 people
library-size-large = 100 people or more
library-size-unknown = Number of people not stated

library-region-north-east = North East England
library-region-north-west = North West England
library-region-yorkshire-humber = Yorkshire and the Humber
library-region-east-midlands = East Midlands
library-region-west-midlands = West Midlands
library-region-east = East of England
library-region-london = London
library-region-south-east = South East England
library-region-south-west = South West England
library-region-wales = Wales
library-region-scotland = Scotland
library-region-northern-ireland = Northern Ireland
library-region-uk-wide = Across the UK

library-authority-county = County council area
library-authority-district = District council area
library-authority-unitary = Unitary authority
library-authority-metropolitan = Metropolitan borough
library-authority-london-borough = London borough
library-authority-welsh-principal = Welsh principal council
library-authority-scottish-council = Scottish council
library-authority-ni-district = Northern Ireland district council
library-authority-none = Not tied to one council area

library-strength-level = Level { $level } of { $top }: { $words }
library-strength-1 = weak — shows what changed for those taking part, not whether the work caused it
library-strength-2 = moderate — some other explanations ruled out
library-strength-3 = good — a comparison that rules out most other explanations
library-strength-4 = strong — a randomised comparison with enough people
library-strength-design = Design
library-strength-people = People the figures rest on
library-strength-comparison = Comparison group
library-strength-uncertainty = Uncertainty shown
library-strength-scale = How the levels are worked out
library-strength-scale-text = The design sets how far the figures can speak for the work: before and after shows change, a comparison group rules out much else that was going on, random allocation rules out the rest. Fewer than 30 people, or figures without their range, keep an entry at level 1; 30 to 99 people raise it one step above its design; 100 or more raise it two.
library-yes = Yes
library-no = No
library-not-stated = Not stated

library-entry-what = What was done
library-entry-goal = Goal
library-entry-activities = Activities
library-entry-who = With whom
library-entry-sides = Sides reached
library-entry-where = Where
library-entry-when = When
library-entry-period = { $start } to { $end }
library-entry-from = From { $start }
library-entry-until = Until { $end }
library-entry-unknown-dates = Dates not stated
library-entry-changed = What changed
library-entry-changed-intro = Figures as they stood when this entry was published ({ $date }). Groups of fewer than { $count } people are not shown.
library-entry-no-figures = No figures were published with this entry.
library-entry-not-worked = What did not work
library-entry-lessons = Lessons
library-entry-costs = Costs
library-entry-stories = Stories
library-entry-nothing = Nothing written.
library-entry-audience = Shown to
library-entry-everyone = Every organisation
library-entry-withdrawn-banner = This entry was withdrawn on { $date }. Other organisations can no longer find it.
library-entry-edit = Edit this entry
library-entry-withdraw = Withdraw this entry
library-entry-copied-from = Copied from “{ $title }”, published by { $org } on { $date }.

library-figures-caption = What changed, by indicator and side
library-figure-indicator = Indicator
library-figure-latest = Latest figure
library-figure-change = Change for the same people
library-figure-target = Target
library-figure-verdict = What it means
library-figure-suppressed = Not shown
library-figure-suppressed-why = Too few people to show without risking that someone could be recognised.
library-figure-unreliable = Treat with caution: few responses, or many people lost since the start.
library-figure-no-verdict = No judgement could be made.
library-figure-with-interval = { $value } (likely between { $low } and { $high })
library-figure-people = { $count ->
    [one] { $count } person followed up
   *[other] { $count } people followed up
}
library-figure-none = —

library-copy-heading = Copy this plan
library-copy-intro = Start a plan of your own from this one. The copy is yours to change: it keeps the goal, outcomes, indicators, activities and evaluation plan, but not the publisher’s data, partners or dates, and changes to either plan never reach the other.
library-copy-title = Title of your copy
library-copy-button = Copy as a new plan

library-comments-heading = Comments and questions
library-comments-none = No comments yet.
library-comment-by = { $org }, { $date }
library-comment-hidden = Hidden: only you and its author see it.
library-comment-answer = Answer from { $org }
library-comment-field = Your comment or question
library-comment-hint = Other organisations who can see this entry will see what you write and your organisation’s name.
library-comment-button = Send
library-answer-field = Your answer
library-answer-button = Save answer
library-hide-button = Hide
library-show-button = Show again

library-form-new = Publish a plan’s evaluation
library-form-edit = Edit a library entry
library-form-intro = Say what you did and what you learned. The figures are taken from the plan’s progress now and kept as they are, so later changes to the plan do not change the entry until you republish it.
library-form-plan = Plan
library-form-choose = Continue
library-form-no-plans = Your organisation has no plans to publish yet.
library-field-title = Title
library-field-summary = What was done
library-field-summary-hint = The work, in a few sentences, for someone who has never heard of it.
library-field-authority = Kind of area
library-field-sample = People the figures rest on
library-field-sample-hint = Filled in from the plan’s participants; change it if your evaluation rests on a different number.
library-field-start = Start date
library-field-end = End date (or the date of the latest figures)
library-field-date-hint = For example, 2026-03-31
library-field-not-worked = What did not work
library-field-lessons = Lessons for others
library-field-costs = Costs (optional)
library-field-stories = Stories
library-field-stories-hint = Only stories whose consent covers publication can be chosen.
library-story-refused = Consent does not cover publication
library-field-audience = Who can read it
library-audience-everyone = Every organisation using Tessera
library-audience-chosen = Only organisations I choose
library-field-organisations = Organisations
library-field-organisations-hint = Their short names, one per line.
library-form-publish = Publish
library-form-save = Save changes
library-form-republish = Save and republish with today’s figures
library-form-cancel = Cancel

library-withdraw-title = Withdraw “{ $title }”?
library-withdraw-text = Other organisations will no longer find it, read it or copy it. Its comments and the plans already copied from it stay. You can still read it here.
library-withdraw-button = Withdraw

library-done-published = The entry is published.
library-done-saved = The entry is saved.
library-done-withdrawn = The entry is withdrawn.
library-done-comment = Your comment is sent.
library-done-answered = The answer is saved.
library-done-hidden = The comment is hidden.
library-done-shown = The comment is shown again.

library-error-not-found = There is no library entry here, or it is not shown to your organisation.
library-error-title = Give the entry a title.
library-error-summary = Say what was done.
library-error-region = Choose the region where the work happened.
library-error-authority = Choose the kind of area.
library-error-design = Choose the method of the evaluation.
library-error-too-long = Write at most { $max } characters here.
library-error-sample = “{ $value }” is not a number of people: write a whole number above 0, or leave it empty.
library-error-date = “{ $value }” is not a date: write it as year-month-day, for example 2026-03-31.
library-error-dates-order = The end date is before the start date.
library-error-no-one = Name at least one organisation, or publish to every organisation.
library-error-audience = Choose who can read the entry.
library-error-organisation = No other organisation has the short name “{ $slug }”.
library-error-no-story = Your organisation has no story number { $id }.
library-error-comment = Write a comment or a question.
library-error-own-comment = Answer comments on your own entries instead of adding them.
library-error-store-plan = The plan is not one of your organisation’s plans.
library-error-store-design = Choose the method of the evaluation.
library-error-store-audience = One of the organisations chosen cannot be shown this entry.
library-error-store-title = Give the copy a title.
library-error-store-body = Write a comment or a question.
library-refuse-story = “{ $title }” cannot be published: its consent does not cover publication.
