## The guide's two planning exercises as steps of the planner: choosing domains, and the usual
## plan written forwards beside the plan worked backwards. The reasons are Tessera's words for the
## practitioners' guide's advice (IOM UK, 2020).

plans-exercise-steps-heading = The steps
plans-exercise-not-yet = not chosen yet
plans-exercise-step-of = Step { $number } of { $total }
plans-exercise-save-continue = Save and continue
plans-exercise-leave = Leave the exercise and go back to the plan

plans-exercise-domains-title = Choosing domains – { $title }
plans-exercise-domains-caption = { $title } · the guide's first exercise
plans-exercise-domains-heading = Choose the domains that matter most
plans-exercise-domains-intro = Many domains touch any piece of integration work. This exercise asks for only the most important one of each type, so that the purpose and the core of the work stand out.
plans-exercise-domains-order = The practitioners' guide finds it works best to begin with the Facilitators and the Social Connections — what makes integration possible, and the relationships it rests on — and only then to choose the Markers and Means the work aims to change. Last, note the rights and responsibilities the work brings to the fore.
plans-exercise-domains-leave-any-time = Each answer is saved as soon as you give it: you can leave at any step and come back later.
plans-exercise-domains-one-hint = Choose one: the most important to the outcomes.
plans-exercise-domains-reason = Why this one (optional)
plans-exercise-domains-reason-hint = A sentence is enough; it stays with the plan so partners can see why.
plans-exercise-domains-pick-error = Choose one domain
plans-exercise-domains-summary-label = What you chose

plans-exercise-domains-facilitators-label = Facilitators
plans-exercise-domains-facilitators-heading = Facilitators: what makes integration possible
plans-exercise-domains-facilitators-why = Facilitators remove barriers: language, culture, digital skills, safety and stability. Starting here shows what has to be in place for anything else to work.
plans-exercise-domains-facilitators-question = Which facilitator matters most to this work?
plans-exercise-domains-social-connections-label = Social Connections
plans-exercise-domains-social-connections-heading = Social Connections: the relationships integration rests on
plans-exercise-domains-social-connections-why = Bonds within a group, bridges to other people and links to institutions are at the heart of integration, and the guide asks every plan to consider them. Choose the kind of connection the work builds most.
plans-exercise-domains-social-connections-question = Which kind of social connection matters most to this work?
plans-exercise-domains-markers-and-means-label = Markers and Means
plans-exercise-domains-markers-and-means-heading = Markers and Means: what the work aims to change
plans-exercise-domains-markers-and-means-why = Work, housing, education, health and leisure are often where projects start. Chosen after the facilitators and connections, the marker or means is the change that they make possible.
plans-exercise-domains-markers-and-means-question = Which marker or means does the work aim at most?
plans-exercise-domains-rights-label = Rights and Responsibilities
plans-exercise-domains-rights-heading = The rights and responsibilities the work highlights
plans-exercise-domains-rights-why = Rights and Responsibilities is the foundation of the framework. Note which of them this work brings to the fore — for example knowing how to use services, or taking part in civic life — using the framework's indicators for this domain.
plans-exercise-domains-rights-question = Which rights and responsibilities does the work highlight?
plans-exercise-domains-rights-hint = Choose the most important; you can also describe them below.
plans-exercise-domains-rights-note = Or describe them in your own words (optional)
plans-exercise-domains-rights-count = { $count ->
    [0] described in your own words
    [one] { $count } chosen
   *[other] { $count } chosen
}
plans-exercise-domains-summary-heading = Your choices
plans-exercise-domains-summary-empty = Nothing has been chosen yet. Start with the first step.
plans-exercise-domains-not-in-plan = These domains are not yet among the domains the plan works in:
plans-exercise-domains-use-heading = Use these domains in the plan
plans-exercise-domains-use-why = Add the domains you chose to the domains the plan works in; the checks then compare them with the indicators.
plans-exercise-domains-use = Add these domains to the plan

plans-exercise-forward-title = Your usual plan – { $title }
plans-exercise-forward-caption = { $title } · the guide's second exercise
plans-exercise-forward-heading = Your usual plan, written forwards
plans-exercise-forward-intro = Before looking at the plan worked backwards, write down the plan as your organisation would usually make it: start from what you would do, then what it would produce, what it would change and the difference it would make. Nothing new is needed — just your usual way of planning.
plans-exercise-forward-then = Tessera then puts it beside the theory of change worked backwards from the goal, so you can see what changes when you start from the goal.
plans-exercise-forward-prompt = Write the plan as you would usually make it, starting from the activities.
plans-exercise-forward-problem = What is the integration problem, as you first saw it?
plans-exercise-forward-domain = Which domain seemed most relevant?
plans-exercise-forward-activities = What would you do?
plans-exercise-forward-outputs = What would it produce?
plans-exercise-forward-outcomes = What would change as a result?
plans-exercise-forward-lines-hint = One per line.
plans-exercise-forward-indicator = Which indicator would show it? (optional)
plans-exercise-forward-goal = What long-term difference would it make?
plans-exercise-forward-submit = Save and compare
plans-exercise-forward-remove = Remove the usual plan

plans-exercise-compare-title = Forward and backward – { $title }
plans-exercise-compare-heading = Forward and backward, side by side
plans-exercise-compare-no-forward = There is no usual plan to compare yet. Write it down first, the way you would usually plan the work.
plans-exercise-compare-write-forward = Write down your usual plan
plans-exercise-compare-intro = On the left, the plan as it is usually made, forwards from the activities; on the right, this plan, worked backwards from the goal. Items in one and not the other are marked; the same words count as the same item.
plans-exercise-compare-problem-forward = The problem, as first seen
plans-exercise-compare-problem-backward = The problem, in this plan
plans-exercise-compare-caption = The usual plan and the plan worked backwards
plans-exercise-compare-col-part = Part of the plan
plans-exercise-compare-col-forward = Usual plan (forwards)
plans-exercise-compare-col-backward = This plan (backwards)
plans-exercise-compare-col-change = What changed
plans-exercise-compare-indicators = Indicators
plans-exercise-compare-nothing = Nothing
plans-exercise-compare-left-out = Not in this plan
plans-exercise-compare-new = New
plans-exercise-compare-same = The same
plans-exercise-compare-changed = { $added } new, { $dropped } left out, { $kept } kept
plans-exercise-compare-change-forward = Change your usual plan
plans-exercise-compare-change-backward = Change this plan step by step
plans-exercise-compare-reflection-heading = What changed, and why
plans-exercise-compare-reflection-prompt = How does the plan worked backwards differ from your usual plan? Is the domain you first chose still the most important? Note what you learnt, for yourselves and your partners.
plans-exercise-compare-reflection = What changed, and why
plans-exercise-compare-reflection-hint = For example: we now start from friendships with neighbours rather than from classes.
plans-exercise-compare-reflection-submit = Save
