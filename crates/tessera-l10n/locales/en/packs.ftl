## Organisations' own framework packs (issue 18): upload, the list, a pack's page, sharing.

packs-title = Your framework packs
packs-intro = Add a framework of your own — your partnership's local indicators, or a strategy you report against — as a framework pack. Tessera checks it as it checks the packs it ships; your organisation then sees it beside them, and no one else does unless you share it.
packs-none = Your organisation has no packs of its own yet.
packs-upload-link = Upload a pack
packs-own-caption = Your organisation's packs
packs-shared-caption = Packs other organisations shared with you
packs-col-name = Pack
packs-col-id = Id
packs-col-content = Contents
packs-col-shared = Shared with
packs-col-from = From
packs-col-state = State
packs-content = { $domains } domains, { $indicators } indicators
packs-state-ok = Ready to use
packs-state-broken = Has problems
packs-shared-nobody = Nobody

packs-upload-title = Upload a framework pack
packs-upload-intro = Send the pack's folder as one zip file, or choose its TOML files together (pack.toml, domains.toml and the files under indicators/). The format is described in the framework packs guide.
packs-upload-field = Pack files
packs-upload-hint = A .zip file, or several .toml files. At most { $files } files and { $megabytes } MB in all.
packs-upload-button = Check and upload
packs-upload-problems-title = The pack was not saved
packs-upload-problems-intro = Tessera found these problems. Correct them in your files and upload the pack again; nothing was kept.
packs-problems-caption = Problems in the pack, by file and line
packs-col-file = File
packs-col-line = Line
packs-col-where = Where
packs-col-problem = Problem
packs-done-uploaded = The pack was checked and saved.
packs-done-deleted = The pack was deleted.
packs-done-shared = The pack is now shared.
packs-done-unshared = The pack is no longer shared with that organisation.

packs-show-own = Uploaded by { $who } on { $date }.
packs-show-from = Shared with you by { $org }.
packs-show-open = See the pack as the framework pages show it
packs-show-broken = This pack no longer loads; upload a corrected version. Until then it is not used.
packs-files-heading = Files
packs-share-heading = Share this pack
packs-share-hint = The organisation's short name, as it appears in its address on Tessera.
packs-share-field = Share with organisation
packs-share-button = Share
packs-unshare = Stop sharing
packs-delete-heading = Delete this pack
packs-delete-warning = Plans that use its indicators will show them as unknown. This cannot be undone.
packs-delete-button = Delete the pack

packs-error-not-found = There is no such pack among your organisation's packs.
packs-error-no-files = Choose the pack's files, or a zip of its folder.
packs-error-no-organisation = There is no organisation with the short name "{ $slug }".
packs-error-share-self = A pack is already seen by the organisation that uploaded it.
packs-error-unreadable = The upload could not be read; try again.
packs-file-lines = { $lines ->
    [one] 1 line
   *[other] { $lines } lines
}
