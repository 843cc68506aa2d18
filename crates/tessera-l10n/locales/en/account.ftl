## Accounts: signing in, passwords, invitations, the organisation's members and API tokens,
## creating and switching organisation, and the confirmations before removing anything.

account-title = Your account
account-name = Name
account-email = E-mail
account-email-address = E-mail address
account-email-invalid = Enter an e-mail address, like name@example.org
account-password = Password
account-password-change-link = Change your password
account-language = Language
account-language-hint = Use the link at the top of any page to switch language; Tessera remembers your choice on every device you sign in on.
account-organisations = Organisations
account-switch-or-create = Switch or create an organisation
account-create-organisation = Create an organisation
account-role = Role
account-never = never
account-notice-done = Done
account-done-password = Your password has been changed. You have been signed out everywhere else.
account-done-token-revoked = The token has been revoked: it no longer opens anything.
account-done-reset = Your password has been changed. Sign in with your new password.
account-done-signed-out = You have signed out.

account-role-owner = Owner
account-role-editor = Editor
account-role-analyst = Analyst
account-role-viewer = Viewer
account-role-summary-owner = Everything an editor can, and manages members, sharing, API tokens, retention and deletions; reads the audit log.
account-role-summary-editor = Everything an analyst can, and creates, edits and deletes plans and imports datasets.
account-role-summary-analyst = Everything a viewer can, and downloads result tables and original data files.
account-role-summary-viewer = Reads plans and results (with small numbers hidden).

## API tokens.

account-tokens-heading = Your API tokens for { $org }
account-tokens-intro = A token lets a script read (or, with the editor role, change) { $org }’s plans and results through the JSON API, as you. It never does more than your own role allows, and stops working if you leave the organisation.
account-tokens-caption = Your API tokens
account-token-new-title = Your new API token
account-token-copy-now = Copy it now: Tessera keeps only a fingerprint of it and cannot show it again.
account-token-send-as = Send it with each request as
account-token-header = Authorization: Bearer <token>
account-token-name = Name
account-token-prefix = Starts with
account-token-last-used = Last used
account-token-status = Status
account-token-revoked-on = Revoked { $when }
account-token-revoke = Revoke
account-token-revoke-button = Revoke the token
account-token-what-for = What is the token for?
account-token-what-for-hint = For example, “monthly report script”.
account-token-may-do = What may it do?
account-token-create = Create a token
account-token-too-much = A token cannot do more than you: choose { $role } or below
account-token-choose-role = Choose what the token may do
account-token-name-missing = Say what the token is for, for example “monthly report script”
account-no-such-token = There is no such API token in your organisation.
account-no-such-token-of-yours = There is no such API token of yours.

## Signing in and passwords.

account-sign-in-title = Sign in
account-sign-in-heading = Sign in to Tessera
account-sign-in-intro = Sign in to see your organisation’s plans and datasets. The framework, its indicators and published results are open to everyone without signing in.
account-sign-in-for-share = This was shared with one organisation. Sign in with an account of that organisation to see it; you will come straight back to it.
account-sign-in-button = Sign in
account-forgot-link = I have forgotten my password
account-no-account = No account yet? Accounts are by invitation: ask an owner of your organisation to invite you, or ask a colleague with an account to create a new organisation.
account-password-missing = Enter your password
account-sign-in-wrong = The e-mail address or password is not right. Check them and try again.
account-sign-in-locked = There have been { $count } or more failed attempts to sign in to this account in the last { $minutes } minutes, so it is locked for now. Wait { $minutes } minutes and try again, or reset your password.
account-forgot-title = Reset your password
account-forgot-intro = Enter the e-mail address you sign in with. We will send a link to choose a new password.
account-forgot-send = Send the link
account-forgot-sent-title = Check your e-mail
account-forgot-sent = If there is a Tessera account for { $email }, a link to choose a new password is on its way. The link works once, for one hour.
account-forgot-outbox = Where this Tessera has no mail server, messages wait in its outbox; whoever runs it can read them with
account-back-to-sign-in = Back to sign in
account-reset-heading = Choose a new password
account-change-heading = Change your password
account-reset-expired = This password reset link has expired or has already been used. Ask for a new one from the sign-in page.
account-current-password = Current password
account-current-password-wrong = Your current password is not right. Check it and try again.
account-new-password = New password
account-new-password-again = Type the new password again
account-save-password = Save the new password
account-password-signs-out = Changing your password signs you out everywhere else.
account-password-person-only = Only a person signed in can change a password.
account-password-hint = At least 15 characters. Three or four random words make a strong password that is easy to remember; you do not need symbols or capitals.
account-password-too-short = Your password must be at least { $min } characters long (it has { $count }). Three or four random words make a strong, memorable password.
account-password-too-long = Your password must be at most { $max } characters long.
account-password-too-easy = Your password is too easy to guess. Avoid common passwords, repeated words, keyboard patterns and your own name or e-mail address; three or four random words work well.
account-password-different = The two passwords are different. Type the same password twice.
account-reset-mail-subject = Reset your Tessera password
account-reset-mail-body =
    Hello { $name },

    Someone (we hope you) asked to reset the password of your Tessera account. Open this link within { $minutes } minutes to choose a new one:

    { $link }

    The link works once. If you did not ask for this, ignore this message: your password has not changed.

## Invitations.

account-invitation-title = Join { $org }
account-invitation-caption = Invitation
account-invitation-heading = Join { $org } on Tessera
account-invitation-who = { $inviter } invited { $email } to join { $org }
account-invitation-role = as { $role }: { $summary }
account-invitation-create-heading = Create your account
account-your-name = Your name
account-your-name-hint = As your colleagues know you.
account-your-name-missing = Enter your name, as colleagues know you
account-choose-password = Choose a password
account-password-again = Type the password again
account-invitation-create-and-join = Create account and join
account-invitation-join = Join { $org }
account-invitation-has-account = There is already a Tessera account for { $email }.
account-invitation-sign-in = Sign in to accept the invitation.
account-invitation-other-account = You are signed in as { $me }, but the invitation is for { $email }. Sign out, then open the invitation link again.
account-invitation-gone = This invitation has expired, has been withdrawn or has already been used. Ask the person who invited you to send a new one.
account-invitation-for-other = This invitation is for { $email }. Sign in with that address to accept it.
account-invitation-mail-subject = You are invited to join { $org } on Tessera
account-invitation-mail-body =
    Hello,

    { $inviter } has invited you to join { $org } on Tessera as { $role }. Open this link within { $days } days to accept:

    { $link }

    If you were not expecting this, ignore this message.

## The organisation page.

account-org-title = { $org }: members and access
account-org-heading = Members and access
account-org-members = Members
account-org-change = Change
account-org-you = (you)
account-org-new-role-for = New role for { $name }
account-org-change-role = Change role
account-org-of = of { $name }
account-org-remove = Remove
account-org-remove-member = Remove them
account-org-roles-heading = What each role can do
account-org-invite-heading = Invite someone
account-org-their-email = Their e-mail address
account-org-their-email-hint = They will sign in with this address.
account-org-their-role = Their role
account-org-invite = Invite
account-org-choose-role = Choose a role
account-org-already-member = That person is already a member of { $org }
account-org-invitation-created = Invitation created
account-org-invitation-for = for { $email }
account-org-invitation-link = An e-mail with this link is in the outbox. You can also send the link yourself; it works once, for 14 days, and only for { $email }:
account-org-invitations = Invitations not yet accepted
account-org-invited-by = Invited by
account-org-works-until = Works until
account-org-withdraw = Withdraw
account-org-withdraw-invitation = Withdraw the invitation
account-org-tokens-heading = API tokens
account-org-tokens-intro = Tokens let scripts use the JSON API for { $org }. Members make their own on their account page; here you can revoke any of them.
account-org-tokens-account-link = Go to your account page
account-org-no-tokens = There are no API tokens.
account-org-person = Person
account-org-former-member = former member (account { $id })
account-org-export = Export everything { $org } holds
account-org-sole-owner = An organisation needs at least one owner: make someone else an owner first, then change or remove this one.
account-org-done-role = The role has been changed.
account-org-done-removed = The member has been removed.
account-org-done-invitation = The invitation has been withdrawn.
account-org-done-token = The API token has been revoked.
account-org-done-created = The organisation has been created, with you as its owner. Invite its members below.
account-no-such-invitation = There is no such pending invitation.
account-no-such-member = There is no such member in your organisation.

## Your organisations: switching and creating one.

account-orgs-title = Your organisations
account-orgs-none = You are not a member of any organisation yet. Ask an owner of your organisation to invite you, or create one below.
account-orgs-intro = You see and change the plans and datasets of the organisation you are working in. Switch to work in another.
account-orgs-working-in = Working in
account-orgs-switch-to = Switch to { $org }
account-orgs-not-member = You are not a member of that organisation.
account-orgs-switch-session = Only a signed-in session can switch organisation.
account-orgs-create-heading = Create an organisation
account-orgs-create-intro = A council team, a charity, a community group or a partnership can have its own organisation on this Tessera. You become its first owner and can invite its members; its plans and data are its own.
account-orgs-name-hint = For example, Kestrel Bay Refugee Action.
account-orgs-slug = Short name
account-orgs-slug-hint = Lower-case letters, digits and hyphens, starting with a letter; for example kestrel-refugee-action.
account-orgs-create = Create organisation
account-orgs-name-missing = Enter the organisation’s name
account-orgs-slug-invalid = Enter a short name of lower-case letters, digits and hyphens, starting with a letter (at most 64 characters)
account-orgs-slug-taken = There is already an organisation with this short name: choose another
account-orgs-create-person = Only a person signed in can create an organisation.

## Confirmations before removing.

account-confirm-warning = Warning
account-confirm-cancel = Cancel
account-confirm-member-heading = Remove { $name } from { $org }?
account-confirm-member-body = { $name } will no longer see { $org }’s plans and datasets. Their API tokens for it stop working at once. You can invite them again later.
account-confirm-member-yourself = This is you: you will lose access to the organisation straight away.
account-confirm-member-warning = Removing a member cannot be undone.
account-confirm-invitation-heading = Withdraw the invitation for { $email }?
account-confirm-invitation-body = The link in the invitation will stop working. You can invite them to { $org } again later.
account-confirm-invitation-warning = Withdrawing an invitation cannot be undone.
account-confirm-token-heading = Revoke the API token “{ $name }”?
account-confirm-token-body = Scripts using the token starting { $prefix } will be refused from now on.
account-confirm-token-warning = Revoking a token cannot be undone: make a new one if you need it again.

## Refusals of an API token (the API answers in English).

account-api-token-invalid = This API token is not valid: it may have been revoked or mistyped. Create a new one on your account page.
account-api-token-org-gone = This API token's organisation no longer exists.
account-api-token-owner-gone = This API token's owner is no longer a member of its organisation.
