## The planner's principle checks (tessera-plan): titles, what was found and what to do, details.

plans-check-status-pass = Passed
plans-check-status-fail = To fix
plans-check-status-warn = Advice
plans-check-status-not-applicable = Not applicable

plans-principle-multi-dimensional = Integration is multi-dimensional
plans-principle-multi-directional = Integration is multi-directional
plans-principle-shared-responsibility = Integration is a shared responsibility
plans-principle-context-specific = Integration is context specific
plans-principle-evaluation = Theory of change and evaluation
plans-principle-pack = A principle of the framework

plans-check-no-stakeholders-yet = There are no stakeholders to look at yet.
plans-check-no-outcomes-yet = There are no intermediate outcomes yet.
plans-check-no-indicators-yet = There are no indicators yet.
plans-check-no-assumptions-yet = There are no assumptions yet.

plans-check-party-newcomers = newcomers
plans-check-party-receiving-community = the receiving community
plans-check-party-institutions = institutions (public bodies, voluntary groups, employers or funders)

plans-check-sector-public = public bodies
plans-check-sector-voluntary = voluntary and community groups
plans-check-sector-business = employers and business
plans-check-sector-funders = funders

plans-check-several-domains-title = Measures more than one domain
plans-check-several-domains-unplaced = None of the indicators can be placed in a framework domain yet. Choose indicators from the catalogue, or give local indicators their domain, drawing on at least two domains so the plan looks at more than one part of life.
plans-check-several-domains-none = No indicator yet points to a framework domain. Add indicators to your outcomes, drawn from at least two domains, so the plan looks at more than one part of life.
plans-check-several-domains-one = Every indicator sits in the same domain. Integration happens in many parts of life at once; add an indicator from at least one other domain that your work is likely to affect.
plans-check-several-domains-pass = The indicators cover more than one domain, so the plan looks at integration in more than one part of life.
plans-check-several-domains-detail-all-in = All indicators measure { $domain }.

plans-check-several-domain-types-title = Measures more than one type of domain
plans-check-several-domain-types-pass = The indicators come from more than one domain and more than one type of domain (for example a facilitator as well as a social connection).
plans-check-several-domain-types-too-few-domains = The indicators do not yet cover two domains, so they cannot cover two types of domain. A good starting point is one domain from each type that matters to the work — a facilitator, a social connection and a marker or means.
plans-check-several-domain-types-one-type = The indicators all come from one type of domain. A good starting point is one domain from each type that matters to the work — a facilitator, a social connection and a marker or means — so add an indicator from another type.

plans-check-social-connections-indicator-title = Includes a Social Connections indicator
plans-check-social-connections-indicator-pass = At least one indicator measures relationships: social bonds, bridges or links.
plans-check-social-connections-indicator-warn = No indicator measures relationships. The guide strongly recommends every plan includes one, because connections with others are central to integration. Add an indicator from Social Bonds, Social Bridges or Social Links.

plans-check-not-only-own-service-domain-title = Measures integration, not only service delivery
plans-check-not-only-own-service-domain-no-indicators = There are no indicators to look at yet.
plans-check-not-only-own-service-domain-no-domains = The plan does not say which domains it works in yet, so there is no service area to compare the indicators with. Add the domains the work is in.
plans-check-not-only-own-service-domain-warn = The plan works in { $domain } and every indicator is from { $domain } too. That shows how well the service is delivered, not what it does for integration. Add indicators from other domains where you expect the work to make a difference.
plans-check-not-only-own-service-domain-one-domain = The indicators measure a single domain, so “{ $check }” comes first; this check looks again once there are two.
plans-check-not-only-own-service-domain-pass = The indicators cover more than one domain and reach beyond the single area a service works in.

plans-check-receiving-community-measured-title = Measures the receiving community as well as newcomers
plans-check-receiving-community-measured-pass = At least one indicator is measured for the receiving community, so change on both sides can be seen.
plans-check-receiving-community-measured-none = No indicator yet measures the receiving community. Integration changes everyone involved, so when you add indicators, apply at least one to `receiving_community`, `both`, or a receiving-community target group.
plans-check-receiving-community-measured-newcomers-only = Every indicator is measured for newcomers only. Integration changes everyone involved, so measure the receiving community too: apply an indicator to `receiving_community`, `both`, or a receiving-community target group.
plans-check-receiving-community-measured-detail-group = Target group “{ $group }” is on the receiving-community side but no indicator is measured for it.

plans-check-stakeholders-of-all-three-kinds-title = Names stakeholders from newcomers, the receiving community and institutions
plans-check-stakeholders-of-all-three-kinds-pass = The stakeholders include newcomers, the receiving community and institutions.
plans-check-stakeholders-of-all-three-kinds-fail = Integration is everyone's job, so name at least one stakeholder from each of newcomers, the receiving community and institutions. Missing: { $missing }.
plans-check-stakeholders-of-all-three-kinds-detail-newcomers = No stakeholder from newcomers.
plans-check-stakeholders-of-all-three-kinds-detail-receiving-community = No stakeholder from the receiving community.
plans-check-stakeholders-of-all-three-kinds-detail-institutions = No stakeholder from institutions (public bodies, voluntary groups, employers or funders).

plans-check-stakeholders-involved-in-design-title = Involves each kind of stakeholder from the design stage
plans-check-stakeholders-involved-in-design-not-all-named = Not every kind of stakeholder is named yet (see “{ $check }”); once each kind is named, this check looks at whether someone from each takes part in the design.
plans-check-stakeholders-involved-in-design-pass = Newcomers, the receiving community and institutions each have someone involved from the design stage.
plans-check-stakeholders-involved-in-design-warn = Some kinds of stakeholder join only after the design. People who help shape the work spot hidden barriers and stay committed to its outcomes; involve someone from each kind while you design, or at least in the evaluation if the work has already begun.
plans-check-stakeholders-involved-in-design-detail-newcomers = No one from newcomers is involved in the design.
plans-check-stakeholders-involved-in-design-detail-receiving-community = No one from the receiving community is involved in the design.
plans-check-stakeholders-involved-in-design-detail-institutions = No one from institutions (public bodies, voluntary groups, employers or funders) is involved in the design.

plans-check-local-leadership-title = A public body leads from the design stage
plans-check-local-leadership-pass = A public body, such as the council, takes part from the design stage and can lead and bring partners together.
plans-check-local-leadership-warn = Local leadership creates change: name the council or another public body among the stakeholders and involve it from the design stage, leading the work and convening partners.
plans-check-local-leadership-detail-none = No public body, such as the council, is named as a stakeholder.
plans-check-local-leadership-detail-late = The public bodies named join only after the design.

plans-check-partners-from-several-sectors-title = Works in partnership across sectors
plans-check-partners-from-several-sectors-pass = Partners come from more than one sector: { $sectors }.
plans-check-partners-from-several-sectors-warn = Inclusion is delivered in partnership: name partners from at least two sectors, such as the council with voluntary groups, employers or funders, and say what each does.
plans-check-partners-from-several-sectors-detail-one = All institutional partners are { $sector }.
plans-check-partners-from-several-sectors-detail-none = No institutional partner is named.

plans-check-theory-of-change-connected-title = Every step leads to the goal
plans-check-theory-of-change-connected-pass = Every activity leads through outputs and outcomes to the goal.
plans-check-theory-of-change-connected-fail = Work backwards from the goal: name the intermediate outcomes that lead to it, the outputs that bring those about and the activities that produce the outputs, then link each one to the next so every step leads to the goal.
plans-check-theory-of-change-connected-detail-no-kind = { $kind ->
    [outcome] The plan has no intermediate outcome yet.
    [output] The plan has no output yet.
   *[activity] The plan has no activity yet.
}
plans-check-theory-of-change-connected-detail-unconnected = { $kind ->
    [outcome] Intermediate outcome “{ $text }” does not lead to the goal.
    [output] Output “{ $text }” does not lead to the goal.
    [activity] Activity “{ $text }” does not lead to the goal.
   *[other] “{ $text }” does not lead to the goal.
}

plans-check-outcomes-have-indicators-title = Every outcome has an indicator
plans-check-outcomes-have-indicators-pass = Each intermediate outcome has at least one indicator to show whether it happens.
plans-check-outcomes-have-indicators-fail = An outcome without an indicator cannot be measured. Choose an indicator from the catalogue for each outcome listed, or write a local one when none fits.
plans-check-outcomes-have-indicators-detail = Outcome “{ $outcome }” has no indicator.

plans-check-indicators-recognised-title = Every indicator is in the catalogue or defined in the plan
plans-check-indicators-recognised-pass = Every indicator can be found, so its domain is known.
plans-check-indicators-recognised-warn = Some indicators cannot be found, so the other checks cannot tell which domain they measure. Pick them from the catalogue, or add them to the plan's local indicators with their domain.
plans-check-indicators-recognised-detail = “{ $indicator }” is not a known indicator.

plans-check-indicators-have-baseline-and-target-title = Every indicator has a baseline and a target
plans-check-indicators-have-baseline-and-target-pass = Every indicator says where things stand now and where the plan hopes they will be.
plans-check-indicators-have-baseline-and-target-fail = Progress can only be judged against a starting point and an aim. For each indicator listed, record the value now (the baseline) and the value you aim for (the target).
plans-check-indicators-have-baseline-and-target-detail = { $missing ->
    [baseline] “{ $indicator }” under outcome “{ $outcome }” has no baseline.
    [target] “{ $indicator }” under outcome “{ $outcome }” has no target.
   *[both] “{ $indicator }” under outcome “{ $outcome }” has neither a baseline nor a target.
}

plans-check-targets-from-local-baseline-title = Targets are set against a local baseline
plans-check-targets-from-local-baseline-none = There are no baselines or targets yet.
plans-check-targets-from-local-baseline-pass = Every baseline was measured locally and every target has one, so targets reflect this place and these people.
plans-check-targets-from-local-baseline-warn = There are no universal targets for integration: what progress looks like depends on the place. Measure each baseline locally (for example with a short survey before the work begins), agree the target with stakeholders, and mark the baseline as local.
plans-check-targets-from-local-baseline-detail-no-baseline = “{ $indicator }” has a target but no baseline to set it against.
plans-check-targets-from-local-baseline-detail-national = The baseline of “{ $indicator }” is a national figure.
plans-check-targets-from-local-baseline-detail-elsewhere = The baseline of “{ $indicator }” comes from somewhere else.
plans-check-targets-from-local-baseline-detail-unsourced = The baseline of “{ $indicator }” does not say where it comes from.

plans-check-learns-from-elsewhere-title = Learns from practice and research elsewhere
plans-check-learns-from-elsewhere-none = There are no assumptions yet, so there is no evidence to look at.
plans-check-learns-from-elsewhere-pass = At least one assumption rests on published research, such as evaluations of work elsewhere.
plans-check-learns-from-elsewhere-warn = Look at what has worked in other places and other countries: add published research or evaluations of similar work as evidence for the assumptions it bears on.

plans-check-links-have-assumptions-title = Every link from outputs upwards states its assumptions
plans-check-links-have-assumptions-none = There are no links from outputs or outcomes yet.
plans-check-links-have-assumptions-pass = Each step from an output upwards says why it is expected to lead to the next.
plans-check-links-have-assumptions-fail = A theory of change explains why each step leads to the next. For each link listed, write down what you are assuming — often what the barrier is — so it can be tested.
plans-check-links-have-assumptions-detail = “{ $from }” → “{ $to }” has no assumption.

plans-check-assumptions-have-evidence-title = Every assumption has evidence
plans-check-assumptions-have-evidence-pass = Every assumption is backed by at least one piece of evidence.
plans-check-assumptions-have-evidence-fail = An assumption without evidence is a guess. For each one listed, add what supports it — local statistics, a survey, service records, what people have told you, or research — and make sure it speaks to that assumption and not something nearby.
plans-check-assumptions-have-evidence-detail = “{ $assumption }” has no evidence.

plans-check-assumptions-holding-title = No assumption has been challenged by the evidence
plans-check-assumptions-holding-pass = None of the assumptions has been contradicted so far.
plans-check-assumptions-holding-warn = When the evidence goes against an assumption, the work may be aimed at the wrong barrier. Revisit the links that rest on the assumptions listed and change the activities or outputs with your stakeholders.
plans-check-assumptions-holding-detail = “{ $assumption }” is marked as challenged.

plans-check-evaluation-plan-before-start-title = An evaluation plan is in place before the work starts
plans-check-evaluation-plan-before-start-pass = Every outcome has a way of collecting data and dates to collect it, with any baseline taken before the work starts.
plans-check-evaluation-plan-before-start-fail = Plan the evaluation alongside the activities, before the work begins, so it has resources and data are gathered all along. For each outcome, choose at least one method and set collection dates, with the baseline on or before the start date.
plans-check-evaluation-plan-before-start-detail-no-outcomes = There are no intermediate outcomes to evaluate yet.
plans-check-evaluation-plan-before-start-detail-no-plan = Outcome “{ $outcome }” has no evaluation plan.
plans-check-evaluation-plan-before-start-detail-no-method = Outcome “{ $outcome }” has no data-collection method.
plans-check-evaluation-plan-before-start-detail-no-date = Outcome “{ $outcome }” has no collection date.
plans-check-evaluation-plan-before-start-detail-late-baseline = The baseline for outcome “{ $outcome }” is collected on { $baseline }, after the work starts on { $start }.

plans-check-evaluation-during-the-work-title = Data are collected during the work, not only at the end
plans-check-evaluation-during-the-work-none = There is no evaluation plan yet.
plans-check-evaluation-during-the-work-pass = Each outcome is measured at least twice after the baseline, so the work can be adjusted while it runs.
plans-check-evaluation-during-the-work-warn = Measuring only at the end leaves no chance to change course. Add at least one collection part-way through as well as one at the end for each outcome listed.
plans-check-evaluation-during-the-work-detail = { $count ->
    [0] Outcome “{ $outcome }” has no collection date after the baseline.
    [one] Outcome “{ $outcome }” has { $count } collection date after the baseline.
   *[other] Outcome “{ $outcome }” has { $count } collection dates after the baseline.
}
