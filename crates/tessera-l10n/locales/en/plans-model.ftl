## The words of the plan's enums (tessera-plan's kinds.rs): each value's label, and the longer
## choice a form offers when there is more to say. Keys: plans-<enum>-<code>[-choice].

plans-kind-intervention = Intervention
plans-kind-intervention-choice = One intervention: a project or programme
plans-kind-strategy = Strategy
plans-kind-strategy-choice = A strategy: several interventions working together

plans-side-newcomers = Newcomers
plans-side-receiving_community = Receiving community

plans-node-kind-goal = Goal
plans-node-kind-outcome = Intermediate outcome
plans-node-kind-output = Output
plans-node-kind-activity = Activity

plans-assumption-status-untested = Not yet tested
plans-assumption-status-holding = Holding
plans-assumption-status-holding-choice = Holding: monitoring so far supports it
plans-assumption-status-challenged = Challenged
plans-assumption-status-challenged-choice = Challenged: monitoring so far suggests it is wrong

plans-evidence-kind-statistics = Statistics
plans-evidence-kind-statistics-choice = Published statistics
plans-evidence-kind-survey = Survey
plans-evidence-kind-survey-choice = A survey
plans-evidence-kind-service_data = Service data
plans-evidence-kind-qualitative = Qualitative
plans-evidence-kind-qualitative-choice = Qualitative: testimony, focus groups, case studies
plans-evidence-kind-research = Research
plans-evidence-kind-research-choice = Published research

plans-evidence-strength-weak = Weak
plans-evidence-strength-weak-choice = Weak: suggestive only
plans-evidence-strength-moderate = Moderate
plans-evidence-strength-moderate-choice = Moderate: supports it, with caveats
plans-evidence-strength-strong = Strong
plans-evidence-strength-strong-choice = Strong: directly and convincingly supports it

plans-stakeholder-kind-newcomer_group = Newcomers
plans-stakeholder-kind-newcomer_group-choice = Newcomers: members of the groups the plan is for
plans-stakeholder-kind-receiving_community = Receiving community
plans-stakeholder-kind-receiving_community-choice = Receiving community: residents already living here
plans-stakeholder-kind-public_institution = Public institution
plans-stakeholder-kind-public_institution-choice = A public institution: council, school, health body
plans-stakeholder-kind-civil_society = Civil society
plans-stakeholder-kind-civil_society-choice = Civil society: charity, club, faith group
plans-stakeholder-kind-employer = Employer
plans-stakeholder-kind-employer-choice = An employer
plans-stakeholder-kind-funder = Funder
plans-stakeholder-kind-funder-choice = A funder
plans-stakeholder-kind-other = Other

plans-stage-design = From the design
plans-stage-delivery = From delivery
plans-stage-evaluation = In the evaluation
plans-stage-evaluation-choice = Only in the evaluation

plans-direction-up = Higher is better
plans-direction-down = Lower is better

plans-baseline-source-local = Measured here
plans-baseline-source-local-choice = Measured here, for these groups
plans-baseline-source-national = A national figure
plans-baseline-source-elsewhere = From elsewhere
plans-baseline-source-elsewhere-choice = Another place, project or study

plans-method-kind-survey = Survey
plans-method-kind-focus_group = Focus group
plans-method-kind-interview = Interviews
plans-method-kind-administrative_records = Administrative records
plans-method-kind-participant_feedback = Participant feedback
plans-method-kind-creative_outputs = Creative outputs
plans-method-kind-other = Other

plans-sample-kind-participants = Participants
plans-sample-kind-wider_community = Wider community
plans-sample-kind-wider_community-choice = The wider local community
plans-sample-kind-comparison_group = Comparison group
plans-sample-kind-comparison_group-choice = A comparison group

## Progress against a target (tessera-plan's progress.rs).
plans-progress-on-track = on track
plans-progress-on-track-explanation = Even the least favourable value the data allow is better than the target.
plans-progress-off-track = off track
plans-progress-off-track-explanation = Even the most favourable value the data allow is no better than the baseline.
plans-progress-cant-tell-yet = can't tell yet
plans-progress-cant-tell-yet-explanation = The data are consistent with reaching the target and with falling short of it, or there is not yet enough to judge.

## The diagram's headings and description, and the text outline.
plans-diagram-heading-goal = Goal
plans-diagram-heading-outcome = Intermediate outcomes
plans-diagram-heading-output = Outputs
plans-diagram-heading-activity = Activities
plans-diagram-count-outcomes = { $count ->
    [one] { $count } intermediate outcome
   *[other] { $count } intermediate outcomes
}
plans-diagram-count-outputs = { $count ->
    [one] { $count } output
   *[other] { $count } outputs
}
plans-diagram-count-activities = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
plans-diagram-count-links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}
plans-diagram-desc-wide = Theory of change: activities on the left lead to outputs, then to intermediate outcomes and the goal on the right. It has { $outcomes }, { $outputs }, { $activities } and { $links }. { $arrows }
plans-diagram-desc-narrow = Theory of change: the goal at the top, then the intermediate outcomes, outputs and activities that lead to it, one below the other. It has { $outcomes }, { $outputs }, { $activities } and { $links }. { $arrows }
plans-diagram-arrows-planning = Arrows point back from the goal towards the activities, the order in which the plan was worked out.
plans-diagram-arrows-causal = Arrows point from each step to the step it leads to.
plans-outline-unlinked-heading = Not yet linked to the goal:
plans-outline-item = { $kind }: { $text }
plans-outline-item-repeated = { $kind }: { $text } (listed above)
plans-outline-assumption = Assumption: { $text }

plans-source-participants = The plan's participants
plans-source-participants-choice = The plan's participants: the same people at the baseline and at follow-ups
plans-source-dataset = A dataset of the people reached
plans-source-dataset-choice = A dataset, filtered to the people the work reaches
plans-source-context = Context only
plans-source-context-choice = Context only: a wider survey shown beside the plan, never judged against the target

plans-unit-percentage = Percentage
plans-unit-percentage-choice = A percentage of people (0 to 100)
plans-unit-mean = Mean on a scale
plans-unit-mean-choice = A mean on a scale (give its lowest and highest value)
plans-unit-count = Count
plans-unit-count-choice = A count of people, sessions or events
plans-unit-rate = Rate
plans-unit-rate-choice = A rate: events per unit of population or time
plans-unit-mean-scale = Mean on a scale of { $min } to { $max }
