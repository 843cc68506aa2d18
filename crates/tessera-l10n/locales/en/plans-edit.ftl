## Editing a plan: what the application layer says about a change (tessera-app's plans), and the
## planner's edit forms.

plans-error-no-plan = There is no plan at this address in your organisation.
plans-error-no-item = This plan has no such item; it may already have been removed.
plans-error-no-form = There is no such form for a plan.
plans-error-no-step = There is no such step in making a plan.
plans-error-no-outcome = This plan has no such intermediate outcome; it may have been removed.
plans-error-would-be-invalid = The plan would not be valid: { $problem }
plans-error-cannot-remove = This cannot be removed without making the plan invalid: { $problems }
plans-local-indicator-name = { $name } (local indicator)
plans-error-not-a-next-step = “{ $step }” is not a step this { $kind ->
    [outcome] intermediate outcome
    [output] output
   *[activity] activity
} can lead to; choose from the list
plans-error-link-direction = { $from ->
    [goal] a goal
    [outcome] an intermediate outcome
    [output] an output
   *[activity] an activity
} cannot lead to { $to ->
    [goal] a goal
    [outcome] an intermediate outcome
    [output] an output
   *[activity] an activity
}: activities lead to outputs, outputs to intermediate outcomes, and outcomes to other outcomes or to the goal
plans-error-link-repeated = That link is already in the plan; choose another pair or change the existing link
plans-error-target-wrong-side = { $direction ->
    [up] The target { $target } is below the baseline { $baseline } but higher is better; change the target or which way is better
   *[down] The target { $target } is above the baseline { $baseline } but lower is better; change the target or which way is better
}
plans-error-group-in-use = The target group “{ $group }” is used by indicators. Change those indicators to measure other groups first, then remove the group.
plans-error-domain-not-of-type = Choose one of the domains listed for this type
plans-error-not-a-rights-indicator = “{ $indicator }” is not an indicator of Rights and Responsibilities; choose from the list
plans-error-no-rights = Choose at least one right or responsibility, or describe them in your own words
plans-error-no-domains-chosen = No domain has been chosen in the exercise yet
plans-error-forward-empty = Write at least one activity, output or outcome of the usual plan

plans-progress-computing = The estimates are being computed; reload the page in a few seconds.
plans-progress-too-few = Too few responses in the latest wave to show an estimate.
plans-progress-no-estimate = The dataset has no estimate for this measure yet.
plans-progress-unreliable = The estimate is unreliable: it rests on few responses.

## The edit forms: labels, hints, buttons and the mistakes they catch.
plans-form-error-date = { $what } must be a real date written as year-month-day, for example 2025-09-01
plans-form-error-percentage = { $what } is a percentage, so it must be between 0 and 100
plans-form-error-number = { $what } must be a number, like 35 or 4.5
plans-form-error-unreadable = The form could not be read; check each answer and send it again
plans-form-start-date-what = The start date
plans-form-baseline-what = The baseline
plans-form-target-what = The target
plans-form-target-date-what = The target date
plans-form-baseline-date-what = The baseline date
plans-form-no-particular-domain = No particular domain
plans-form-continue = Continue
plans-form-kind = Is this plan for one intervention or a strategy?
plans-form-kind-error = Choose whether the plan is for one intervention or a strategy

plans-form-details-heading = Plan details
plans-form-details-title = Title
plans-form-details-title-hint = A short name people will recognise.
plans-form-details-title-error = Enter a title for the plan
plans-form-details-problem = The integration problem
plans-form-details-problem-hint = What is happening now that the work responds to, and for whom?
plans-form-details-start-date = When does the work start?
plans-form-details-start-date-hint = Write the date as year-month-day, for example 2025-09-01. Leave blank if not yet known.
plans-form-details-domains = Which domains of the framework does the work aim at?
plans-form-details-domains-hint = The guide suggests starting from one domain in each domain type.
plans-form-details-submit = Save details

plans-form-goal-prompt = What long-term change do you want to see? Describe the world as it will be when the work has succeeded.
plans-form-goal-submit = Save the goal
plans-form-goal-error = Enter the long-term goal: the change you want to see

plans-form-target-group-heading-add = Add a target group
plans-form-target-group-heading-change = Change a target group
plans-form-target-group-prompt = Who is the work for? Name groups on both sides: newcomers and the receiving community.
plans-form-target-group-name = Who are they?
plans-form-target-group-name-hint = For example: recently arrived women learning English; long-standing residents of the estate.
plans-form-target-group-side = Which side of integration are they on?
plans-form-target-group-submit = Save the target group
plans-form-target-group-name-error = Enter who the group are
plans-form-target-group-side-error = Choose whether the group are newcomers or the receiving community
plans-form-target-group-remove = Remove this target group

plans-form-outcome-heading-add = Add an intermediate outcome
plans-form-outcome-heading-change = Change an intermediate outcome
plans-form-outcome-prompt = What short-term changes in behaviour or circumstances would lead to the long-term goal? Write each as a change that has happened.
plans-form-outcome-text = The intermediate outcome
plans-form-outcome-next = What does it lead to?
plans-form-outcome-next-hint = The goal, or another intermediate outcome that it helps bring about.
plans-form-outcome-submit = Save the intermediate outcome
plans-form-outcome-error = Describe the intermediate outcome
plans-form-outcome-remove = Remove this outcome

plans-form-output-heading-add = Add an output
plans-form-output-heading-change = Change an output
plans-form-output-prompt = What will the work produce that can be counted: sessions held, people reached, materials made?
plans-form-output-text = The output
plans-form-output-next = Which intermediate outcomes does it lead to?
plans-form-output-next-hint = Choose every outcome this output helps bring about.
plans-form-output-submit = Save the output
plans-form-output-error = Describe the output
plans-form-output-remove = Remove this output

plans-form-activity-heading-add = Add an activity
plans-form-activity-heading-change = Change an activity
plans-form-activity-prompt = What will you do to produce those outputs, and with what resources: money, staff, volunteers, places, materials?
plans-form-activity-text = The activity
plans-form-activity-resources = Resources
plans-form-activity-resources-hint = One per line: funds, staff, volunteers, places, equipment, materials.
plans-form-activity-next = Which outputs does it produce?
plans-form-activity-next-hint = Choose every output this activity produces.
plans-form-activity-submit = Save the activity
plans-form-activity-error = Describe the activity
plans-form-activity-remove = Remove this activity

plans-form-link-heading-add = Add a link
plans-form-link-heading-change = Change a link
plans-form-link-prompt = Which step leads to which? Activities lead to outputs, outputs to intermediate outcomes, and outcomes to other outcomes or to the goal.
plans-form-link-from = From (the earlier step)
plans-form-link-to = Leads to (the later step)
plans-form-link-submit = Save the link
plans-form-link-from-error = Choose the step the link starts from
plans-form-link-to-error = Choose the step it leads to
plans-form-link-remove = Remove this link

plans-form-assumption-heading-add = Add an assumption: “{ $from }” leads to “{ $to }”
plans-form-assumption-heading-change = Change an assumption: “{ $from }” leads to “{ $to }”
plans-form-assumption-prompt = What has to be true for this link to hold? What is the evidence that it is?
plans-form-assumption-text = What has to be true?
plans-form-assumption-status = Is it holding so far?
plans-form-assumption-submit = Save the assumption
plans-form-assumption-error = Enter what has to be true for the link to hold
plans-form-assumption-remove = Remove this assumption
plans-form-evidence-heading = Evidence { $number }
plans-form-evidence-source = Where it comes from
plans-form-evidence-source-hint = A report, a dataset, a survey, a conversation. Leave blank for no evidence here.
plans-form-evidence-kind = What sort of evidence
plans-form-evidence-kind-blank = Choose a sort
plans-form-evidence-strength = How strongly it supports the assumption
plans-form-evidence-strength-blank = Choose a strength
plans-form-evidence-kind-error = Choose what sort of evidence evidence { $number } is
plans-form-evidence-strength-error = Choose how strongly evidence { $number } supports the assumption

plans-form-barrier-heading-add = Add a barrier
plans-form-barrier-heading-change = Change a barrier
plans-form-barrier-prompt = What stands in the way of integration here?
plans-form-barrier-text = The barrier
plans-form-barrier-domain = The domain it belongs to
plans-form-barrier-submit = Save the barrier
plans-form-barrier-error = Describe the barrier
plans-form-barrier-remove = Remove this barrier

plans-form-stakeholder-heading-add = Add a stakeholder
plans-form-stakeholder-heading-change = Change a stakeholder
plans-form-stakeholder-prompt = Who takes part in designing, delivering and evaluating the work? Involve newcomers, the receiving community and institutions from the start.
plans-form-stakeholder-name = Who they are
plans-form-stakeholder-kind = What kind of stakeholder
plans-form-stakeholder-role = What they do in the plan
plans-form-stakeholder-involved = When are they first involved?
plans-form-stakeholder-submit = Save the stakeholder
plans-form-stakeholder-name-error = Enter who the stakeholder is
plans-form-stakeholder-kind-error = Choose what kind of stakeholder they are
plans-form-stakeholder-involved-error = Choose when they are first involved
plans-form-stakeholder-remove = Remove this stakeholder

plans-form-indicator-heading-add = Add an indicator for “{ $outcome }”
plans-form-indicator-heading-change = Change an indicator for “{ $outcome }”
plans-form-indicator-prompt = Indicator: { $name }. Set a target against a local baseline: where things stand now, here, for these groups.
plans-form-indicator-choose-first = Choose an indicator first: open the outcome's “Choose an indicator” page.
plans-form-indicator-groups = Who is it measured for?
plans-form-indicator-groups-hint = Measure the receiving community as well as newcomers where you can.
plans-form-indicator-group-newcomers = Newcomers as a whole
plans-form-indicator-group-receiving = The receiving community as a whole
plans-form-indicator-group-both = Both newcomers and the receiving community
plans-form-indicator-direction = Which way is better?
plans-form-indicator-baseline = Baseline: the value now, before the work
plans-form-indicator-unit-percent = A percentage from 0 to 100: for 35% write 35.
plans-form-indicator-unit-own = A number in the indicator's own unit.
plans-form-indicator-baseline-source = Where does the baseline come from?
plans-form-indicator-baseline-note = About the baseline
plans-form-indicator-baseline-note-hint = The survey, the date, the sample.
plans-form-indicator-target = Target: the value hoped for
plans-form-indicator-target-date = When should the target be reached?
plans-form-indicator-target-date-hint = Year-month-day, for example 2026-07-31.
plans-form-indicator-submit = Save the indicator
plans-form-indicator-error = Choose an indicator first
plans-form-indicator-groups-error = Choose who the indicator is measured for
plans-form-indicator-direction-error = Choose whether higher or lower is better
plans-form-indicator-remove = Remove this indicator

plans-form-local-indicator-heading = Add a local indicator for “{ $outcome }”
plans-form-local-indicator-prompt = When no indicator in the catalogue fits, write your own. Say what is counted or asked, of whom.
plans-form-local-indicator-name = The indicator's wording
plans-form-local-indicator-name-hint = For example: share of women attending who spoke English with a neighbour this week.
plans-form-local-indicator-domain = The domain it measures
plans-form-local-indicator-name-error = Enter the indicator's wording

plans-form-evaluation-heading = Evaluation plan for “{ $outcome }”
plans-form-evaluation-prompt = How will you know whether this outcome happens? Plan the evaluation before the work begins.
plans-form-evaluation-methods = How will you collect data?
plans-form-evaluation-methods-hint = Light-touch methods such as end-of-session notes count: the guide encourages them.
plans-form-evaluation-method-detail = { $method }: details (optional)
plans-form-sample-heading = Sample { $number }
plans-form-sample-who = Who
plans-form-sample-none = No sample here
plans-form-sample-description = Who is in it and how they are chosen
plans-form-sample-size = How many people you hope to hear from
plans-form-sample-size-error = The size of sample { $number } must be a whole number of people, more than 0
plans-form-evaluation-when = When
plans-form-evaluation-baseline-date = Baseline date
plans-form-evaluation-baseline-date-hint = When the baseline is collected, as year-month-day. Collect it before the work begins.
plans-form-evaluation-baseline-note = Baseline timing in words (optional)
plans-form-evaluation-baseline-note-hint = For example: at each participant's first visit.
plans-form-evaluation-collections = Collection dates
plans-form-evaluation-collections-hint = One per line: the date as year-month-day, a space, then what is collected. For example: 2025-12-12 Mid-point survey. Collect during the work, not only at the end.
plans-form-evaluation-frequency = How often (optional)
plans-form-evaluation-analysis-heading = Analysis and responsibility
plans-form-evaluation-analysis = How the data will be analysed
plans-form-evaluation-responsible = Who is responsible
plans-form-evaluation-submit = Save the evaluation plan
plans-form-evaluation-remove = Remove this evaluation plan
plans-form-collection-no-label = Line { $line } of the collection dates has no description; after the date, say what is collected
plans-form-collection-no-date = Line { $line } of the collection dates does not start with a date written as year-month-day, for example 2025-12-12

## Creating a plan (steps 1 and 2).
plans-new-title = What is the plan called?
plans-new-title-hint = A short name people will recognise, such as “Language and friendship café”.
plans-new-title-error = Enter what the plan is called
plans-new-problem = What is the integration problem?
plans-new-problem-hint = What is happening now that the work responds to, and for whom? Use the words of the people affected where you can.
plans-new-newcomer-groups = Which groups of newcomers is it for?
plans-new-newcomer-groups-hint = One group per line, for example: recently arrived women learning English.
plans-new-receiving-groups = Which groups of the receiving community is it for?
plans-new-receiving-groups-hint = One group per line, for example: residents of the streets around the community centre. Integration is two-way: plan for both sides.
plans-new-start-date = When does the work start? (optional)
plans-new-start-date-hint = Year-month-day, for example 2025-09-01.
plans-new-step1-heading = Create a plan: the problem and who it is for
plans-new-step1-prompt = Work backwards, as the guide teaches: start from the problem and the people, then the long-term goal, then what leads to it.
plans-new-step1-submit = Continue to the goal
plans-new-goal = What long-term change do you want to see?
plans-new-goal-hint = Describe the world as it will be when the work has succeeded, for example: the women feel confident using English day to day.
plans-new-step2-heading = Create a plan: the long-term goal of “{ $title }”
plans-new-step2-submit = Save and continue to the outcomes

## Progress judged from the evidence each indicator names (issue 14).
plans-progress-participants = The plan's participants
plans-progress-no-answers = No participant has answered this indicator at the baseline yet.
plans-progress-no-follow-up = No follow-up answers yet: progress shows once the same people answer again.
plans-progress-no-dataset = Dataset { $dataset } is not one of your organisation's datasets any more: choose the evidence again.
plans-progress-no-measure = The dataset has no measure for this indicator: map the indicator in the dataset, or choose other evidence.
plans-progress-filter-empty = No rows of the dataset match the filter: check the variable and the value that select the people the work reaches.
plans-progress-unit-mismatch = Not judged: the baseline and target are in “{ $unit }” but the evidence gives “{ $evidence }”. Change the unit or the evidence.
plans-progress-not-judged-context = Context only
plans-progress-not-judged-context-why = A wider population than the people the work reaches: shown for comparison, never judged against the target.
plans-progress-not-judged-before_start = Before the plan started
plans-progress-not-judged-before_start-why = Collected before the plan started: a baseline, not progress, so it is not judged against the target.
plans-progress-not-judged-no_start_date = No start date
plans-progress-not-judged-no_start_date-why = The plan has no start date, so the dataset cannot be placed before or after it: add the start date to the plan's details.
plans-progress-not-judged-no_period = Collection date unknown
plans-progress-not-judged-no_period-why = The dataset does not say when it was collected (its waves are not named by year, month or date), so it cannot be judged against the target.
plans-progress-not-judged-unit_mismatch = Units differ
plans-progress-not-judged-unit_mismatch-why = Not judged: the evidence is in another unit than the baseline and target. Change the unit or the evidence.

## The indicator form: unit and evidence.
plans-form-indicator-unit = What are the baseline and target measured in?
plans-form-indicator-unit-error = Choose what the baseline and target are measured in
plans-form-indicator-unit-min = Lowest value of the scale
plans-form-indicator-unit-max = Highest value of the scale
plans-form-indicator-unit-scale-hint = Only for a mean on a scale: for answers from 0 to 10, write 0 and 10.
plans-form-indicator-unit-min-what = The lowest value of the scale
plans-form-indicator-unit-max-what = The highest value of the scale
plans-form-indicator-source = Where does the evidence of progress come from?
plans-form-indicator-source-hint = Only the plan's participants, or a dataset filtered to them, can show whether the work is on track. A town-wide survey is context.
plans-form-indicator-source-error = Choose where the evidence of progress comes from
plans-form-indicator-dataset = The dataset, for evidence from a dataset
plans-form-indicator-dataset-none = None
plans-form-indicator-dataset-error = Choose the dataset that holds the people the work reaches
plans-form-indicator-filter-variable = The variable that selects the people the work reaches
plans-form-indicator-filter-variable-hint = A column of the dataset, such as attended_cafe. Leave empty to use every row.
plans-form-indicator-filter-value = The value of that variable for the people reached
plans-form-indicator-filter-value-hint = As the dataset stores it, such as yes or 1.
plans-form-indicator-context = Datasets shown beside it as context
plans-form-indicator-context-hint = Surveys of a wider population, shown for comparison and never judged.
plans-progress-unreliable-change = The change is unreliable: { $reasons }.
plans-progress-unreliable-attrition = more than a fifth of the people at the baseline were not followed up
plans-progress-unreliable-few = it rests on few people
plans-progress-unreliable-no-interval = there is no interval, as everyone changed alike or only one person was followed up
