## The audit log page (/audit) and the sentences each kind of entry is read as. `$who` is a
## person's name (or what acted: Tessera itself, the command line, an API token).

audit-title = Audit log
audit-intro = Every change to your organisation’s plans, datasets, members and sharing, newest first: who made it, when (UK time), and what it was before and after. The log cannot be changed or deleted.
audit-download-all = Download the whole log with every detail (CSV)
audit-download-filtered = Download these entries with every detail (CSV)
audit-export-link = Export everything your organisation holds
audit-filter-title = Filter the log
audit-filter-person = Person
audit-filter-everyone = Everyone
audit-filter-kind = Kind of thing changed
audit-filter-any-kind = Anything
audit-filter-from = From (day)
audit-filter-to = To (day, included)
audit-filter-date-hint = For example, 2026-12-06
audit-filter-apply = Show entries
audit-filter-clear = Clear the filters
audit-filter-kind-unknown = Choose a kind of thing from the list
audit-filter-date-invalid = Enter a day as year, month and day, like 2026-12-06
audit-filter-date-order = The last day must be on or after the first day
audit-filter-entry-invalid = The page address is not right: go back to the newest entries
audit-before-invalid = “{ $text }” is not an audit entry number; use ?before= with a number from the log.
audit-none = There are no entries.
audit-none-filtered = No entries match these filters.
audit-latest-heading = Latest entries
audit-older-heading = Earlier entries
audit-show-details = Show details
audit-of-entry = of entry { $id }
audit-more-changes = { $count ->
    [one] One more change in the same edit, under “Show details”.
   *[other] { $count } more changes in the same edit, under “Show details”.
}
audit-pages = Audit log pages
audit-newest = Newest entries
audit-newer = Newer entries
audit-older = Older entries

audit-kind-plan = Plans
audit-kind-dataset = Datasets
audit-kind-file = Uploaded files
audit-kind-organisation = The organisation
audit-kind-membership = Members
audit-kind-invitation = Invitations
audit-kind-token = API tokens
audit-kind-user = Accounts and signing in
audit-kind-share = Sharing
audit-kind-participant = Participants
audit-kind-output-log = Output logs
audit-kind-questionnaire = Questionnaires
audit-kind-story = Stories
audit-kind-report = Reports
audit-kind-self-assessment = Self-assessments
audit-kind-reference-value = Reference values
audit-kind-weighting = Weightings
audit-kind-framework-pack = Framework packs

audit-actor-system = Tessera (setting up)
audit-actor-cli = The command line
audit-actor-person-token = { $name } (with an API token)
audit-actor-token = The API token ‘{ $name }’
audit-plan-number = plan { $id }
audit-dataset-number = dataset { $id }
audit-object-plan = Plan: { $title }
audit-object-dataset = Dataset: { $name }

audit-organisation-created = { $who } created the organisation { $name }
audit-user-created = { $who } created an account for { $name } ({ $email })
audit-password-changed = { $who } changed their password
audit-password-reset = { $who } chose a new password with a reset link
audit-reset-sent = A password reset link was sent to { $email }
audit-reset-refused = A password reset link was asked for { $email }; nothing was sent
audit-signed-in = { $who } signed in
audit-signed-up = { $who } created their account from an invitation and signed in
audit-sign-in-failed = Someone failed to sign in as { $email }
audit-sign-in-locked = Someone failed to sign in as { $email }; the account is locked for 15 minutes
audit-signed-out = { $who } signed out
audit-switched = { $who } switched to working in { $org }
audit-member-added = { $who } added { $person } as { $role }
audit-member-role = { $who } changed the role of { $person } from { $before } to { $after }
audit-member-removed = { $who } removed { $person } from the organisation (was { $role })
audit-invited = { $who } invited { $email } to join as { $role }
audit-invitation-accepted = { $who } accepted an invitation and joined as { $role }
audit-invitation-withdrawn = { $who } withdrew the invitation for { $email }
audit-token-created = { $who } created the API token ‘{ $name }’ ({ $role })
audit-token-revoked = { $who } revoked the API token ‘{ $name }’
audit-uploaded = { $who } uploaded { $file } ({ $size } KB) to import as ‘{ $name }’
audit-imported = { $who } imported version { $version } of the dataset ‘{ $name }’: { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
audit-import-excluded = { $count ->
    [one] One row was left out as the mapping asked.
   *[other] { $count } rows were left out as the mapping asked.
}
audit-dataset-deleted = { $who } deleted the dataset ‘{ $name }’
audit-dataset-deleted-version = { $who } deleted version { $version } of ‘{ $name }’ with an earlier version
audit-retention-set = { $who } set the retention date of ‘{ $name }’ to { $date }
audit-retention-removed = { $who } removed the retention date of ‘{ $name }’
audit-plan-created = { $who } created the plan ‘{ $title }’
audit-plan-deleted = { $who } deleted the plan ‘{ $title }’
audit-plan-updated = { $who } changed the plan ‘{ $title }’
audit-shared = { $who } shared { $kind ->
    [plan] the plan
   *[other] the results of
} ‘{ $title }’ with { $org }
audit-published = { $who } published { $kind ->
    [plan] the plan
   *[other] the results of
} ‘{ $title }’ for everyone
audit-share-withdrawn = { $who } withdrew a share of { $kind ->
    [plan] the plan
   *[other] the results of
} ‘{ $title }’
audit-other = { $who } recorded ‘{ $action }’ on { $object }

## What an edit changed in a plan.

audit-change-title = { $who } renamed the plan ‘{ $before }’ to ‘{ $after }’
audit-change-details = { $who } changed the plan’s details
audit-change-goal = { $who } changed the goal to ‘{ $after }’
audit-change-item-added = { $who } added { $kind ->
    [target-group] the target group
    [outcome] the intermediate outcome
    [output] the output
    [activity] the activity
    [barrier] the barrier
    [stakeholder] the stakeholder
   *[other] the local indicator
} ‘{ $name }’
audit-change-item-removed = { $who } removed { $kind ->
    [target-group] the target group
    [outcome] the intermediate outcome
    [output] the output
    [activity] the activity
    [barrier] the barrier
    [stakeholder] the stakeholder
   *[other] the local indicator
} ‘{ $name }’
audit-change-item-changed = { $who } changed { $kind ->
    [target-group] the target group
    [outcome] the intermediate outcome
    [output] the output
    [activity] the activity
    [barrier] the barrier
    [stakeholder] the stakeholder
   *[other] the local indicator
} ‘{ $name }’
audit-change-item-renamed = { $who } changed { $kind ->
    [target-group] the target group
    [outcome] the intermediate outcome
    [output] the output
    [activity] the activity
    [barrier] the barrier
    [stakeholder] the stakeholder
   *[other] the local indicator
} ‘{ $name }’ to ‘{ $after }’
audit-change-link-added = { $who } linked ‘{ $from }’ to ‘{ $to }’
audit-change-link-removed = { $who } removed the link from ‘{ $from }’ to ‘{ $to }’
audit-change-link-assumptions = { $who } changed the assumptions behind the link from ‘{ $from }’ to ‘{ $to }’
audit-change-indicator-added = { $who } added the indicator ‘{ $indicator }’ to ‘{ $outcome }’
audit-change-indicator-removed = { $who } removed the indicator ‘{ $indicator }’ from ‘{ $outcome }’
audit-change-indicator-changed = { $who } changed how ‘{ $indicator }’ is measured for ‘{ $outcome }’
audit-change-baseline = { $who } changed the baseline of ‘{ $indicator }’ from { $before } to { $after }
audit-change-target = { $who } changed the target of ‘{ $indicator }’ from { $before } to { $after }
audit-change-target-date = { $who } changed the target date of ‘{ $indicator }’ from { $before } to { $after }
audit-change-evaluation = { $who } changed the evaluation plan for ‘{ $outcome }’
audit-change-evaluation-removed = { $who } removed the evaluation plan for ‘{ $outcome }’

## The details of an entry, under “Show details”.

audit-fact-entry = Entry number
audit-fact-time-utc = Recorded at (UTC)
audit-fact-actor = Recorded as
audit-fact-action = Action
audit-fact-object = Object
audit-document-in-export = The whole plan, in the CSV export
audit-value-none = not set
audit-value-yes = yes
audit-value-no = no
audit-key-before = Before
audit-key-after = After
audit-key-role = Role
audit-key-name = Name
audit-key-email = E-mail
audit-key-title = Title
audit-key-version = Version
audit-key-source = Source file
audit-key-rows = Rows
audit-key-excluded-rows = Rows left out
audit-key-retain-until = Retention date
audit-key-reason = Reason
audit-key-summary = Summary
audit-key-share = Share number
audit-key-with = Shared with
audit-key-member = Member
audit-key-prefix = Token starts with
audit-key-admin = Administrator
audit-key-changed = Changed
audit-key-bytes = Size (bytes)
audit-key-format = Format
audit-key-slug = Short name
audit-key-document = Plan
audit-key-id = Number
audit-key-org = Organisation
audit-key-parent = Earlier version
audit-key-source-name = Source file
audit-key-source-format = Format
audit-key-n-rows = Rows
audit-key-n-columns = Columns
audit-key-n-excluded = Rows left out
audit-key-waves = Waves
audit-key-size-bytes = Size (bytes)
audit-key-created-by = Created by
audit-key-created-at = Created at (UTC)

## Entries about the newer kinds of object, in one pattern: who, what they did, to which thing.
audit-about = { $who } { $action } { $kind } “{ $name }”
audit-about-number = { $who } { $action } { $kind } number { $id }
audit-verb-create = created
audit-verb-update = changed
audit-verb-delete = deleted
audit-verb-share = shared
audit-verb-unshare = stopped sharing
audit-verb-withdraw = withdrew
audit-verb-erase = erased
audit-verb-publish = published
audit-verb-submit = submitted
audit-verb-import = imported
audit-verb-export = exported
audit-thing-questionnaire = the questionnaire
audit-thing-story = the story
audit-thing-report = the report
audit-thing-self-assessment = the self-assessment
audit-thing-reference-value = the reference value
audit-thing-framework-pack = the framework pack
audit-thing-participant = the participant
audit-thing-participant-fields = the participants' fields
audit-thing-output-log = the output record
audit-verb-invite = invited
audit-verb-agree = agreed to
audit-verb-decline = declined
audit-verb-end = ended
audit-verb-accept = accepted
audit-verb-return = returned
audit-verb-comment = commented on
audit-verb-answer = answered
audit-verb-hide = hid
audit-verb-show = showed again
audit-verb-copy = copied
audit-thing-weighting = the weighting
audit-thing-library-entry = the library entry
audit-thing-library-comment = the library comment
audit-thing-partner-link = the partner link
audit-thing-reporting-period = the reporting period
audit-thing-partner-report = the partner report
