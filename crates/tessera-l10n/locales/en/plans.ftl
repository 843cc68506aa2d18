## The planner's pages: the list, a plan's page and its parts, the printable view, the diagram,
## the calendar, the indicator chooser, the import page and the guided steps.

plans-list-intro = A plan is a theory of change: the long-term goal, the intermediate outcomes that lead to it, the outputs and activities that bring them about, and how you will know. Tessera checks each plan against the framework's principles as you build it.
plans-list-create = Create a plan
plans-list-none = Your organisation has no plans yet.
plans-list-caption = Your organisation's plans
plans-list-unreadable = Unreadable
plans-col-plan = Plan
plans-col-kind = Kind
plans-col-last-changed = Last changed
plans-col-indicator = Indicator
plans-col-for = For
plans-col-baseline = Baseline
plans-col-target = Target
plans-col-actions = Actions
plans-col-who = Who
plans-col-role = Role
plans-col-involved = Involved
plans-col-group = Group
plans-col-latest = Latest estimate
plans-col-status = Status

plans-show-caption = { $kind } plan · last changed { $updated }
plans-show-print = Printable version
plans-show-download = Download as JSON
plans-show-continue = Continue step by step
plans-show-exercise-domains = Choose the key domains (the guide's first exercise)
plans-show-exercise-forward = Compare your usual plan with this one (the guide's second exercise)
plans-show-share = Share this plan
plans-show-publish = Publish its evaluation to the library
plans-delete-heading = Delete this plan
plans-delete-warning = Deleting removes the plan for everyone in your organisation. Download it first if you may want it back.
plans-back-to-plan = Back to the plan
plans-see-whole-plan = See the whole plan
plans-go-back = Go back
plans-cancel-to-plans = Cancel and go back to the plans
plans-cancel-and-back = Cancel and go back
plans-change = Change
plans-for-hidden = for { $text }

plans-checks-heading = Checks
plans-checks-intro = The plan is checked against the framework's key principles and the practitioners' guide every time it changes.
plans-checks-passed = { $count } passed
plans-checks-to-fix = { $count } to fix
plans-checks-advice = { $count ->
    [one] { $count } with advice
   *[other] { $count } with advice
}
plans-checks-read-more = Read about this in the framework

plans-about-heading = The problem and who the plan is for
plans-about-kind = Kind
plans-about-problem = Integration problem
plans-about-problem-none = Not described yet
plans-about-start-date = Start date
plans-about-domains = Domains
plans-about-target-group = Target group: { $side }
plans-about-change-details = the plan's details
plans-about-change-problem = the integration problem
plans-about-change-start-date = the start date
plans-about-change-domains = the domains
plans-about-change-target-group = target group { $name }
plans-add-target-group = Add a target group
plans-goal-heading = Long-term goal
plans-change-goal-hidden = the goal
plans-outcomes-heading = Intermediate outcomes and their indicators
plans-outputs-heading = Outputs
plans-activities-heading = Activities and resources
plans-links-heading = Links and assumptions
plans-barriers-heading = Barriers
plans-stakeholders-heading = Stakeholders
plans-stakeholders-table = Table of stakeholders
plans-none-yet = None yet.
plans-none-listed-yet = None listed yet.
plans-none-chosen = None chosen
plans-none-set = None set
plans-none-dated = None dated
plans-not-set = Not set
plans-not-decided = Not decided yet
plans-no-date-set = no date set
plans-source-not-stated = source not stated
plans-no-indicators-yet = No indicators yet.
plans-no-links-yet = No links yet.
plans-no-assumption-yet = No assumption stated yet.
plans-no-evidence-yet = No evidence yet.
plans-leads-to = Leads to: { $steps }
plans-produces = Produces: { $steps }
plans-resources = Resources: { $resources }
plans-link-leads-to = leads to
plans-assumption = Assumption: { $text }
plans-evidence = Evidence: { $text }
plans-target-by = by { $date }
plans-group-both = Newcomers and the receiving community
plans-sample-size = { $count ->
    [one] ({ $count } person)
   *[other] ({ $count } people)
}
plans-indicators-caption = Indicators of { $outcome }
plans-choose-indicator = Choose an indicator
plans-add-outcome = Add an intermediate outcome
plans-add-output = Add an output
plans-add-activity = Add an activity
plans-add-assumption = Add an assumption
plans-add-link = Add a link
plans-add-barrier = Add a barrier
plans-add-stakeholder = Add a stakeholder
plans-change-outcome-hidden = outcome: { $text }
plans-change-output-hidden = output: { $text }
plans-change-activity-hidden = activity: { $text }
plans-change-indicator-hidden = indicator { $name } for { $groups }
plans-change-link-hidden = the link from { $from } to { $to }
plans-to-link-hidden = to the link from { $from } to { $to }
plans-change-assumption-hidden = assumption: { $text }
plans-change-barrier-hidden = barrier: { $text }
plans-change-stakeholder-hidden = stakeholder { $name }

plans-evaluation-heading = Evaluation plan
plans-evaluation-no-outcomes = Add intermediate outcomes first; each gets its own evaluation plan.
plans-evaluation-indicators = Indicators
plans-evaluation-methods = Methods
plans-evaluation-samples = Samples
plans-evaluation-baseline = Baseline
plans-evaluation-collections = Collections
plans-evaluation-frequency = How often
plans-evaluation-analysis = Analysis
plans-evaluation-responsible = Responsible
plans-evaluation-none-yet = No evaluation plan yet.
plans-evaluation-change = Change the evaluation plan
plans-evaluation-write = Write the evaluation plan

plans-progress-heading = Progress
plans-progress-none = No indicator of this plan names its evidence yet. For each indicator, choose whether progress comes from the plan's participants or from a dataset of the people the work reaches: change the indicator to choose.
plans-progress-intro = Each indicator is judged from the evidence it names: the plan's own participants (the same people at the baseline and at the latest follow-up, with the change for them and its 95% interval) or a dataset filtered to the people the work reaches (its latest wave, with its 95% interval). Shares of people are percentages.
plans-progress-computing-strong = Some estimates are being computed.
plans-progress-reload = Reload the page in a few seconds.
plans-progress-caption = Progress of each indicator from its evidence
plans-progress-being-computed = Being computed
plans-progress-no-estimate-short = No estimate
plans-progress-computing-label = estimates are being computed
plans-progress-not-set = not set
plans-progress-interval = { $low } to { $high }

plans-print-title = { $title } (printable)
plans-print-caption = { $kind } plan · printed { $printed } · last changed { $updated }
plans-print-footer = Made with Tessera. The Indicators of Integration framework 2019 is Crown copyright, used under the Open Government Licence v3.0.

plans-diagram-heading = Theory of change
plans-diagram-intro = Read from the goal back to the activities, the way the plan was built: on a wide screen the goal is on the right and the activities on the left; on a narrow one the goal is at the top.
plans-diagram-legend = Each arrow starts at a step and points back to the step that leads to it, in the order the plan is worked out, from the goal to the activities — the direction the practitioners' guide draws them.
plans-diagram-full-size = See the diagram at full size
plans-diagram-svg-title = Theory of change: { $title }
plans-diagram-svg-outline = The outline under the diagram gives the same content as text.
plans-diagram-page-title = Theory of change at full size – { $title }
plans-diagram-full-heading = The theory of change at full size
plans-diagram-full-intro = The diagram at its natural size, in columns from the activities on the left to the goal on the right. On a small screen the box around it scrolls sideways.
plans-outline-heading = The theory of change as text
plans-outline-kind = { $kind }:
plans-outline-listed-above = (listed above)
plans-outline-leads-to = leads to: { $step }
plans-outline-not-linked = Not yet linked to the goal.

plans-calendar-title = Calendar – { $title }
plans-calendar-heading = Calendar of data collection
plans-calendar-intro = Baselines and collections from the evaluation plan, from today ({ $today }) on.
plans-calendar-nothing = Nothing is planned from today on.
plans-calendar-add-dates = Add collection dates to the evaluation plan
plans-calendar-for = for “{ $outcome }”
plans-calendar-month = { $month } { $year }
plans-calendar-day = { $day } { $month }
plans-calendar-baseline = Baseline

plans-choose-title = Choose an indicator – { $title }
plans-choose-heading = Choose an indicator for “{ $outcome }”
plans-choose-prompt = How will you know this outcome is happening? Search the framework's indicators, or browse them by domain.
plans-choose-search-label = Search the indicators
plans-choose-words = Words to search for
plans-choose-hint = For example: English, neighbours, friends, belonging, GP
plans-choose-search = Search
plans-choose-matching = Indicators matching “{ $query }”
plans-choose-in-domain = Indicators in
plans-choose-none-found = No indicators found. Try other words, browse by domain, or add a local indicator.
plans-choose-already = already measures this outcome
plans-choose-add = Add to this outcome
plans-choose-browse = Browse by domain
plans-choose-none-fits = None fits?
plans-choose-add-local = Add a local indicator
plans-choose-own-words = in your own words.
plans-indicator-kind-proportion = Proportion
plans-indicator-kind-mean = Average (mean)
plans-indicator-kind-rate = Rate
plans-indicator-kind-count = Count

plans-import-heading = Import a plan
plans-import-intro-start = Bring in a plan saved from Tessera, or written by hand in Tessera's plan file format (described in
plans-import-intro-end = ). Nothing is saved unless the whole plan is valid; every problem is listed with where it is in the file.
plans-import-problems = { $count ->
    [one] { $count } problem in the plan
   *[other] { $count } problems in the plan
}
plans-import-line = line { $line }
plans-import-line-column = line { $line }, column { $column }
plans-import-file-label = Upload a plan file
plans-import-file-hint = A .json file.
plans-import-json-label = Or paste the plan's JSON
plans-import-submit = Import the plan
plans-import-summary-line = Line { $line }, column { $column }: { $message }
plans-import-summary-path = At { $path }: { $message }
plans-import-too-large = the file is larger than 1 MB, which is far bigger than any plan; check it is the right file
plans-import-not-utf8 = the file is not text in UTF-8; save the plan as a JSON text file and try again
plans-import-nothing = choose a plan file to upload, or paste the plan's JSON into the box
plans-import-unreadable = The upload could not be read: { $error }

plans-error-summary-title = There is a problem
plans-error-prefix = Error:
plans-error-title-prefix = Error:

plans-step-of = Step { $number } of { $total }
plans-step-title = Step { $number }: { $heading } – { $title }
plans-step-caption = { $title } · step { $number } of { $total }
plans-step-goal = Goal: { $goal }
plans-missing-heading = Still missing
plans-missing-nothing = Nothing: every check that applies has passed ({ $passed } passed).
plans-missing-count = { $count ->
    [one] { $count } check to fix, { $passed } passed.
   *[other] { $count } checks to fix, { $passed } passed.
}
plans-step-outcomes-heading = Intermediate outcomes
plans-step-outputs-heading = Outputs
plans-step-activities-heading = Activities and resources
plans-step-assumptions-heading = Assumptions and evidence
plans-step-stakeholders-heading = Stakeholders
plans-step-indicators-heading = Indicators
plans-step-evaluation-heading = Evaluation plan
plans-step-outcomes-items = Intermediate outcomes so far
plans-step-outputs-items = Outputs so far
plans-step-activities-items = Activities so far
plans-step-assumptions-items = Links from outputs and outcomes
plans-step-stakeholders-items = Stakeholders so far
plans-step-indicators-items = Intermediate outcomes
plans-step-evaluation-items = Intermediate outcomes
plans-step-outcomes-form = Add an intermediate outcome
plans-step-outputs-form = Add an output
plans-step-activities-form = Add an activity
plans-step-stakeholders-form = Add a stakeholder
plans-step-continue-to-outputs = Continue to outputs
plans-step-continue-to-activities = Continue to activities and resources
plans-step-continue-to-assumptions = Continue to assumptions and evidence
plans-step-continue-to-stakeholders = Continue to stakeholders
plans-step-continue-to-indicators = Continue to indicators
plans-step-continue-to-evaluation = Continue to evaluation plan
plans-step-finish = Finish and see the whole plan
plans-step-leads-to = { $kind ->
    [goal] Leads to goal: { $text }
    [outcome] Leads to intermediate outcome: { $text }
    [output] Leads to output: { $text }
   *[activity] Leads to activity: { $text }
}
plans-step-link = “{ $from }” leads to “{ $to }”
plans-step-to-link-hidden = to the link { $link }
plans-step-change-assumption = Change assumption
plans-step-assumption = { $count ->
    [one] Assumption: { $text } ({ $count } piece of evidence)
   *[other] Assumption: { $text } ({ $count } pieces of evidence)
}
plans-step-stakeholders-prompt = Who takes part in designing, delivering and evaluating the work? Name newcomers, the receiving community and institutions, and involve them from the design.
plans-step-indicators-prompt = How will you know each outcome is happening? Choose indicators from the framework, for newcomers and for the receiving community, and set targets against a local baseline.
plans-step-no-evaluation = No evaluation plan yet
plans-step-evaluation-prompt = How, when and from whom will you collect data for each outcome, and who is responsible? Plan it before the work begins, and collect during the work, not only at the end.
plans-step-evaluation-counts = { $methods ->
    [one] { $methods } method
   *[other] { $methods } methods
}, { $samples ->
    [one] { $samples } sample
   *[other] { $samples } samples
}, { $collections ->
    [one] { $collections } dated collection
   *[other] { $collections } dated collections
}

## Progress from each indicator's evidence (issue 14).
plans-progress-time-rule = Only evidence collected after the plan's start date is judged against the targets; evidence from before the start is shown as a baseline and marked “before the plan started”.
plans-col-evidence = Evidence
plans-col-change = Change from baseline
plans-col-dataset = Dataset
plans-progress-context-heading = Context: the wider population
plans-progress-context-intro = Surveys of a wider population than the people the work reaches, shown for comparison. They describe everyone on that side in the survey, so they are never judged against the plan's targets.
plans-progress-context-caption = Context from wider surveys, not judged
plans-progress-percent = { $value }%
plans-progress-filter = Only rows where { $variable } is { $value }
plans-progress-evidence-baseline = Measured: { $value } ({ $period })
plans-progress-change-points = { $change } percentage points
plans-progress-change-scale = { $change } on the scale
plans-progress-change-none = Not measured for the same people
plans-progress-not-judged = Not judged
plans-progress-followed-up = { $followed } of { $baseline ->
    [one] { $baseline } person
   *[other] { $baseline } people
} followed up ({ $lost } lost)
