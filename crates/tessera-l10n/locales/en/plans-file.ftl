## Problems with a plan file or a changed plan (tessera-plan's validation), each after a JSON path
## such as `$.links[2].to`. Ids and references are quoted as written in the file.

plans-problem-at-line = line { $line }, column { $column }: { $message }
plans-problem-at-path = { $path }: { $message }
plans-problem-not-a-plan = the file is not a valid plan: { $error }
plans-problem-bad-date = "{ $text }" is not a date written as YYYY-MM-DD ({ $error })
plans-problem-format-version = is { $found }, but this version of Tessera reads plan format { $expected }

plans-problem-blank-title = is blank; write a short name for the plan
plans-problem-blank-goal = is blank; write the long-term change the plan aims for
plans-problem-blank-barrier = is blank; write the barrier
plans-problem-blank-group = is blank; write who the group are
plans-problem-blank-outcome = is blank; write the change this outcome describes
plans-problem-blank-output = is blank; write what the activities will produce
plans-problem-blank-activity = is blank; write what will be done
plans-problem-blank-resource = is blank; write the resource or remove it
plans-problem-blank-assumption = is blank; write the assumption
plans-problem-blank-evidence = is blank; write where the evidence comes from
plans-problem-blank-local-indicator = is blank; write the indicator's wording
plans-problem-blank-stakeholder = is blank; write who the stakeholder is
plans-problem-blank-method-detail = is blank; write the detail or leave it out
plans-problem-blank-collection = is blank; write what is collected on that date
plans-problem-blank-forward-step = is blank; write the step or remove it
plans-problem-blank-domain-reason = is blank; write the reason or leave it out

plans-problem-bad-id = is not a usable id: { $error }
plans-problem-bad-domain = is not a domain reference like `ioi-2019/social-bridges`: { $error }
plans-problem-domain-twice = lists "{ $domain }" a second time
plans-problem-reserved-group = "{ $id }" is a reserved group word; choose a more specific id
plans-problem-group-id-taken = another target group already has the id "{ $id }"
plans-problem-goal-id = "{ $id }" is reserved for the goal ({ $first }); choose another id
plans-problem-node-id-taken = "{ $id }" is already the id of { $first }; every node needs its own id
plans-problem-unknown-node = names "{ $id }", which is not a node of this plan
plans-problem-self-link = links a node to itself
plans-problem-link-direction = runs from { $from_kind ->
    [goal] the goal
    [outcome] outcome
    [output] output
   *[activity] activity
} "{ $from }" to { $to_kind ->
    [goal] the goal
    [outcome] outcome
    [output] output
   *[activity] activity
} "{ $to }"; links may only run activity → output, output → outcome, outcome → outcome or outcome → goal
plans-problem-link-repeated = repeats the link at { $first }; put all its assumptions there
plans-problem-outcome-cycle = outcomes lead round in a circle ({ $cycle }); an outcome cannot lead back to itself
plans-problem-local-indicator-id-taken = another local indicator already has the id "{ $id }"
plans-problem-no-groups = is empty; say who the indicator is measured for: a target group, `newcomers`, `receiving_community` or `both`
plans-problem-unknown-group = names "{ $group }", which is neither a target group of this plan nor `newcomers`, `receiving_community` or `both`
plans-problem-indicator-repeated = repeats an indicator already given for the same groups in this outcome
plans-problem-not-finite = must be a finite number
plans-problem-target-wrong-side = { $direction ->
    [up] is { $target }, below the baseline { $baseline }, but the direction is `up`; change the target or the direction
   *[down] is { $target }, above the baseline { $baseline }, but the direction is `down`; change the target or the direction
}
plans-problem-not-an-indicator-reference = "{ $reference }" is not an indicator reference; write `<pack>/<indicator>` (such as `ioi-2019/bri-get-on-well`) or `local/<id>`
plans-problem-unknown-local-indicator = names "{ $reference }", but the plan has no local indicator "{ $id }"
plans-problem-bad-indicator-reference = "{ $reference }" is not an indicator reference: { $error }
plans-problem-stakeholder-id-taken = another stakeholder already has the id "{ $id }"
plans-problem-unknown-outcome = names "{ $id }", which is not an intermediate outcome of this plan
plans-problem-evaluation-repeated = "{ $id }" already has an evaluation plan at { $first }; merge them
plans-problem-not-an-outcome-indicator = names "{ $reference }", which is not an indicator of outcome "{ $id }"
plans-problem-sample-size-zero = is 0; give the number of people you hope to hear from, or leave it out
plans-problem-unknown-stakeholder = names "{ $id }", which is not a stakeholder of this plan
plans-problem-type-twice = chooses a domain for the type "{ $type }" a second time; keep one

## Units and evidence of a plan indicator
plans-problem-unit-no-scale = A mean needs its scale: give the lowest value (min) and the highest (max), the lowest below the highest, such as 0 and 10.
plans-problem-unit-range-only-mean = Only a mean on a scale has a lowest and highest value: remove min and max, or make the unit a mean.
plans-problem-outside-percentage = { $value } is not a percentage: write a share of people between 0 and 100 (35 for 35%).
plans-problem-outside-scale = { $value } is outside the scale { $min } to { $max }: write a mean on that scale, or change the scale.
plans-problem-negative = { $value } is below zero, which a count or a rate cannot be.
plans-problem-dataset-evidence-one = Evidence from a dataset names the dataset: choose the one that holds the people the work reaches.
plans-problem-evidence-no-dataset = Only evidence from a dataset names a dataset, measure or filter: remove them, or choose a dataset as the evidence (datasets for context go under context).
plans-problem-filter-blank = A filter needs both a variable and the value that selects the people the work reaches.
plans-problem-unit-mismatch = The baseline and target are written as “{ $unit }” but the evidence ({ $source }) gives “{ $evidence }”: change the unit to the evidence's, or choose other evidence.
plans-problem-no-such-dataset = Dataset { $dataset } is not one of your organisation's datasets: choose one from the list of datasets.
plans-problem-no-such-measure = The dataset “{ $dataset }” has no measure for this indicator{ $measure ->
    [none] {""}
   *[other] {" "}called “{ $measure }”
}: map the indicator in the dataset, or choose another dataset.
