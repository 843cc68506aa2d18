## Sharing a plan or a dataset's results, and the pages that show what was shared.

sharing-list-title = Shared plans and results
sharing-list-intro = Organisations on this Tessera can share a plan or a dataset’s results with another organisation, or publish them for everyone. Shared results are estimates only, never anyone’s answers.
sharing-with-you = Shared with you
sharing-with-org = Shared with { $org }
sharing-nothing-with-you = Nothing is shared with you at the moment.
sharing-nothing-with-org = Nothing is shared with { $org } at the moment.
sharing-shared-by = { $kind ->
    [plan] plan
   *[other] results
} shared by { $org }
sharing-published-heading = Published for everyone
sharing-nothing-published = Nothing is published at the moment.
sharing-published-by = { $kind ->
    [plan] plan
   *[other] results
} published by { $org }
sharing-nothing-here = There is nothing shared at this address. It may have been withdrawn by the organisation that shared it.
sharing-switch-to-see = This is shared with { $org }, one of your organisations. Switch to working in { $org } to see it.

sharing-caption = Sharing
sharing-manage-title = Share “{ $title }”
sharing-manage-plan-intro = Sharing a plan shows it, read-only, to the organisation you choose or to everyone: its diagram, outline, evaluation plan and checks. Your progress figures are not shown.
sharing-manage-dataset-intro = Sharing a dataset shows its integration profile, read-only: estimates for newcomers and the receiving community with their intervals, with the same protections as you see them (no figure from too few people, counts rounded). The responses themselves, the original file and breakdowns are never shared.
sharing-now = Shared now
sharing-not-shared = Not shared with anyone.
sharing-with = With
sharing-link = Link
sharing-shared-by-heading = Shared by
sharing-everyone-published = Everyone (published)
sharing-withdraw-button = Withdraw
sharing-withdraw-hidden = the share with { $with }
sharing-withdraw-hidden-everyone = the share with everyone
sharing-share-with = Share with
sharing-who-may-see = Who may see it
sharing-choose = Choose…
sharing-everyone-option = Everyone, without signing in (publish)
sharing-share-button = Share
sharing-back-to = Back to “{ $title }”
sharing-refusal-no-one = Choose who to share with
sharing-refusal-unknown = There is no organisation called “{ $slug }” on this Tessera
sharing-refusal-already = It is already shared with them
sharing-refusal-own = Your organisation already sees its own plans and results: choose another organisation

sharing-everyone = everyone
sharing-confirm-heading = Stop sharing { $kind ->
    [plan] the plan
   *[other] the results of
} “{ $title }” with { $with }?
sharing-confirm-body-org = { $with } will no longer see it, and its link will stop working. You can share it again later; the link will then be a new one.
sharing-confirm-body-everyone = It will no longer be published, and its link will stop working for everyone. You can publish it again later; the link will then be a new one.
sharing-confirm-warning = Withdrawing a share cannot be undone.

sharing-plan-title = { $title } (shared by { $org })
sharing-plan-caption = { $kind ->
    [strategy] Strategy
   *[other] Intervention
} plan shared by { $org } · last changed { $when }
sharing-plan-notice-org = { $org } shares this plan with { $with }, read-only.
sharing-plan-notice-everyone = { $org } shares this plan with everyone, read-only.
