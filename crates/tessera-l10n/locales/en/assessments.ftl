## Self-assessments (issue 18): the Inclusive Cities self-assessment of a council's policy, and
## the barriers to using the indicators; their items, scales, suggestions, pages and errors.

assessments-inclusive-cities-name = Inclusive Cities self-assessment
assessments-barriers-name = Barriers to using the framework

assessments-inclusive-cities-level-0 = Not started
assessments-inclusive-cities-level-1 = Early thinking
assessments-inclusive-cities-level-2 = Developing
assessments-inclusive-cities-level-3 = Established
assessments-inclusive-cities-level-4 = Embedded and reviewed
assessments-barriers-level-0 = Not a challenge for us
assessments-barriers-level-1 = Some challenge
assessments-barriers-level-2 = A major challenge

assessments-group-principle = Core principles
assessments-group-area = Thematic areas
assessments-group-barrier = Areas where barriers arise

## What good looks like, per principle and thematic area of the Inclusive Cities pack
## (Tessera's own reading; the framework describes it through case studies).

assessments-good-local-leadership = The council's leaders say publicly that inclusion is a priority for the whole place, someone senior answers for it, and the council uses its convening power to bring partners round the table and keep them there.
assessments-good-shared-responsibility-in-partnership = Employers, public services, voluntary and faith groups and residents each have a named part in the work, agreed with them, and a partnership meets regularly to see it through.
assessments-good-newcomers-and-longer-standing-residents = Newcomers and people who have lived in the area longer both help to shape policy, both benefit from it, and results are looked at for both, side by side.
assessments-good-data-and-evidence = The council starts from the data it already has to understand the place, sets priorities and goals from it, watches what changes, and revises its strategy when the evidence says so.
assessments-good-act-locally-advocate-nationally-learn-internationally = The council uses the powers it has, makes the case to national government where it lacks them, and looks for practice that worked in other countries before designing its own.
assessments-good-shared-local-story = There is a story of the place, told by its leaders and recognised by its residents, in which newcomers and longer-standing residents belong together; it is repeated across the council's communications.
assessments-good-inclusive-economic-growth = Economic and skills strategies include newcomers and longer-standing residents on equal terms, and employers and business help to open work and enterprise to both.
assessments-good-connecting-communities = People of different backgrounds meet in shared spaces and activities, and the council supports what brings them into lasting contact rather than keeping groups apart.
assessments-good-inclusive-public-services = Mainstream services are designed to work for every resident, staff understand newcomers' needs, and the focus on newcomers is not lost when separate projects are folded into them.
assessments-good-civic-participation-and-representation = Residents of every background vote, volunteer and take part in consultations, and they are represented on boards, forums and among the people who take decisions.

## The six areas where practitioners met barriers (from the guide's worksheet), in Tessera's words.

assessments-barrier-leadership-coordination = Leadership and coordination
assessments-barrier-leadership-coordination-summary = Partners: whether colleagues in other departments and partner organisations know the framework and work together on integration.
assessments-barrier-leadership-coordination-examples = For example: other departments do not know the framework; nobody coordinates work across sectors.
assessments-barrier-leadership-coordination-share = Introduce colleagues and partners to the framework, and set up a way of coordinating the work that suits your area.
assessments-barrier-leadership-coordination-stakeholders = Name stakeholders from institutions, the receiving community and newcomers in your plan; the planner checks that all three are there.
assessments-barrier-priority-setting = Priority setting
assessments-barrier-priority-setting-summary = Whether you can agree what matters most when many needs press at once, for example when families arrive.
assessments-barrier-priority-setting-examples = For example: pressure on services when people arrive makes it hard to choose what to work on first.
assessments-barrier-priority-setting-backwards = Agree shared priorities with partners and the people arriving by working backwards from the long-term goal with a theory of change.
assessments-barrier-priority-setting-domains = Start with one domain of each type, as the guide's first exercise suggests.
assessments-barrier-resources-time = Resources, including time
assessments-barrier-resources-time-summary = Time: whether staff time and money allow work for newcomers alongside everyone else the service helps.
assessments-barrier-resources-time-examples = For example: it is hard to argue for more for newcomers when the same resources serve other clients.
assessments-barrier-resources-time-together = Design activities that bring newcomers and the receiving community together, and build on what already runs, so the work meets more needs without competing for them.
assessments-barrier-resources-time-existing-data = Use data that exists already, such as a survey or service records, before collecting your own.
assessments-barrier-evaluation-commitment = Commitment to evaluation
assessments-barrier-evaluation-commitment-summary = Whether evaluating is usual practice, and whether the time it takes is seen as worth it.
assessments-barrier-evaluation-commitment-examples = For example: existing strategies were never evaluated; collecting and analysing data seems to cost too much time.
assessments-barrier-evaluation-commitment-plan-early = Plan the evaluation at the same time as the work, so its resources are planned too and it is built into the activities.
assessments-barrier-evaluation-commitment-baseline = Give every indicator a baseline and a target from the start, even a simple one.
assessments-barrier-monitoring-data = Monitoring and data collection
assessments-barrier-monitoring-data-summary = Data: whether you have data for the indicators you need, and whether your monitoring shows what works and what does not.
assessments-barrier-monitoring-data-examples = For example: it is unclear which indicators suit the work; evaluations do not show mistakes or good practice.
assessments-barrier-monitoring-data-toolkit = Each indicator's page lists the data sources the guide's toolkit names: who publishes them, at what level and how often.
assessments-barrier-monitoring-data-reference = Record national or regional figures as reference values, to see your own estimates beside them.
assessments-barrier-monitoring-data-import = Bring in a survey or service records you already hold.
assessments-barrier-understanding-framework = Understanding of the framework in-house
assessments-barrier-understanding-framework-summary = Skills: whether people in your organisation know the framework and feel able to use it to measure progress.
assessments-barrier-understanding-framework-examples = For example: most colleagues have not heard of the framework, and nobody expects it to be used for monitoring.
assessments-barrier-understanding-framework-read = Build your own confidence first, then that of a few close colleagues; a small network across departments spreads it further.
assessments-barrier-understanding-framework-exercise = Try the guide's exercise of choosing domains on one of your plans.

assessments-link-framework = The Indicators of Integration framework
assessments-link-toolkit = Indicators and their data sources
assessments-link-reference = Reference values
assessments-link-import = Import data
assessments-link-search = Search the framework
assessments-link-new-plan = Start a plan
assessments-link-step-stakeholders = Your latest plan: stakeholders
assessments-link-step-outcomes = Your latest plan: outcomes
assessments-link-step-domains = Your latest plan: choosing domains
assessments-link-step-activities = Your latest plan: activities
assessments-link-step-evaluation = Your latest plan: evaluation
assessments-link-step-indicators = Your latest plan: indicators

## Errors.

assessments-error-not-found = There is no such self-assessment in your organisation. It may have been deleted; go back to the list.
assessments-error-title = Enter a title, such as "Policy review 2026".
assessments-error-date = Enter the date as 31/03/2026 or 2026-03-31; "{ $value }" is not a date.
assessments-error-level = Choose a level from 0 to { $top } for "{ $item }".
assessments-error-nothing-scored = Score at least one item.
assessments-error-too-long = This is too long: write at most { $max } characters.
assessments-error-action-item = Choose the item the action addresses.
assessments-error-action-text = Say what will be done.
assessments-error-action-plan = Choose one of your organisation's plans, or none.
assessments-error-too-many-actions = An assessment holds at most { $max } actions; remove one that is done first.

## Pages.

assessments-title = Self-assessments
assessments-intro = Score how your organisation works, keep the result, turn what is missing into actions in your plans, and take the same assessment again later to see what moved.
assessments-inclusive-cities-intro = For councils: score your policy against the five core principles and five thematic areas of the Inclusive Cities framework (COMPAS, University of Oxford), see where you stand, and repeat it a year later.
assessments-barriers-intro = How much do leadership, priorities, time, evaluation, data and skills stand in the way of using the Indicators of Integration? The practitioners' guide (IOM UK) names six areas; Tessera suggests what might help with each.
assessments-count = { $count ->
    [0] Not taken yet.
    [one] Taken once.
   *[other] Taken { $count } times.
}
assessments-latest = Latest: { $title }, { $date }.
assessments-start = Start a new assessment
assessments-none = Your organisation has not taken this assessment yet.
assessments-list-caption = Your organisation's assessments, newest first
assessments-col-title = Title
assessments-col-taken-on = Taken on
assessments-col-scored = Items scored
assessments-col-gaps = Gaps
assessments-col-actions = Actions
assessments-col-item = Item
assessments-col-level = Level
assessments-col-notes = Notes
assessments-col-action = Action
assessments-col-plan = Plan
assessments-col-due = By
assessments-col-remove = Remove
assessments-col-change = Change
assessments-col-direction = Movement
assessments-compare-heading = Compare two assessments
assessments-compare-hint = Choose an earlier and a later assessment to see what moved.
assessments-compare-from = Earlier assessment
assessments-compare-to = Later assessment
assessments-compare-button = Compare
assessments-done-deleted = The assessment was deleted.
assessments-done-saved = The assessment was saved.
assessments-done-action-added = The action was added.
assessments-done-action-removed = The action was removed.
assessments-error-prefix = Error:
assessments-error-title-prefix = Error:
assessments-notice-title = Done

assessments-new-title = New assessment
assessments-edit-title = Change the assessment
assessments-inclusive-cities-form-intro = For each principle and thematic area, choose the level that best describes your council's policy and practice today, and note the evidence for it. Leave an item not scored if you cannot say yet.
assessments-barriers-form-intro = For each area, choose how much it stands in the way of using the indicators in your organisation, and note how you might plan around it.
assessments-inclusive-cities-guidance = What good looks like:
assessments-barriers-guidance = Examples:
assessments-field-title = Title
assessments-field-title-hint = For example, "Policy review 2026".
assessments-field-taken-on = Date taken
assessments-field-taken-on-hint = For example, 31/03/2026.
assessments-field-notes = Notes and evidence for { $item } (optional)
assessments-not-scored = Not scored
assessments-previous = Last time ({ $date }): { $level }
assessments-save = Save the assessment

assessments-code-principle = P
assessments-code-area = A
assessments-code-barrier = B
assessments-chart-title = Level given to each item
assessments-chart-not-scored = { $name }: not scored
assessments-compare-chart-title = Level given to each item in the two assessments

assessments-taken-on = Taken on { $date }; last changed by { $who }.
assessments-edit-link = Change the levels and notes
assessments-repeat-link = Take the assessment again
assessments-compare-link = Compare with another assessment
assessments-where-heading = Where you stand
assessments-levels-caption = Level and notes for each item
assessments-inclusive-cities-gaps = Gaps: where policy could go further
assessments-inclusive-cities-gaps-none = No gaps: every item scored is embedded and reviewed.
assessments-barriers-gaps = Challenges and what might help
assessments-barriers-gaps-none = No challenges: nothing scored stands in your way.
assessments-gap-line = Level given: { $level }.
assessments-suggestions = What might help:
assessments-actions-heading = Actions
assessments-actions-none = No actions yet. Turn a gap into an action below, and link it to the plan it belongs to.
assessments-actions-caption = Actions to close the gaps
assessments-no-plan = No plan
assessments-remove = Remove
assessments-add-action-heading = Add an action
assessments-field-action-item = The item it addresses
assessments-field-action-text = What will be done
assessments-field-action-plan = The plan it is part of
assessments-field-action-due = By when (optional)
assessments-field-action-due-hint = For example, 30/09/2026.
assessments-add-action = Add the action
assessments-delete-link = Delete this assessment
assessments-delete-heading = Delete "{ $title }"?
assessments-delete-lines = { $actions ->
    [0] It has no actions.
    [one] Its one action is deleted with it.
   *[other] Its { $actions } actions are deleted with it.
}
assessments-delete-warning = This cannot be undone; the audit log keeps a record of what it said.
assessments-delete-button = Delete the assessment

assessments-compare-title = Comparison of two assessments
assessments-compare-between = From "{ $earlier }" to "{ $later }".
assessments-compare-caption = Level of each item in the two assessments
assessments-direction-better = Moved forward
assessments-direction-same = No change
assessments-direction-worse = Moved back
assessments-direction-unknown = Not scored in both
assessments-compare-summary = Moved forward: { $better }. No change: { $same }. Moved back: { $worse }. Not scored in both: { $unknown }.
