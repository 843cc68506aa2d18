## Datasets: the list, a dataset's profile and measure pages, its mapping, deleting it.

datasets-not-found = There is no dataset at this address in your organisation.
datasets-no-such-measure = This dataset has no measure “{ $measure }”.
datasets-no-such-breakdown = “{ $by }” is not a breakdown of this dataset; choose one of: { $options }
datasets-name-version = { $name }, version { $version }
datasets-version = Version { $version }
datasets-back-to = Back to { $name }
datasets-cancel = Cancel
datasets-size-mb = { $size } MB
datasets-size-kb = { $size } KB
datasets-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}

# The list.
datasets-list-intro = Survey and service data your organisation has brought into Tessera. Each one shows an integration profile: newcomers and the receiving community side by side, with the gap between them.
datasets-list-bring-in = Bring in a dataset
datasets-list-none = There are no datasets yet.
datasets-list-dataset = Dataset
datasets-list-waves = Waves
datasets-list-rows = Rows
datasets-list-size = File size
datasets-list-imported = Imported
datasets-list-left-out = { $count } left out
datasets-list-by = by { $who }
datasets-overdue-title = Retention date passed
datasets-overdue-heading = { $count ->
    [one] { $count } dataset has passed the date your organisation set for keeping it. Delete it, or set a later date if you still need it.
   *[other] { $count } datasets have passed the date your organisation set for keeping them. Delete them, or set a later date if you still need them.
}
datasets-overdue-delete = Delete { $name }
datasets-overdue-delete-version = Delete { $name } (version { $version })
datasets-overdue-keep-until = keep until { $date }
datasets-overdue-change = change the date

# The profile.
datasets-profile-title = Integration profile – { $name }
datasets-profile-caption = Integration profile
datasets-profile-shared-by = Integration profile shared by { $org }
datasets-profile-shared-with = { $org } shares these results with { $target }.
datasets-profile-shared-everyone = { $org } shares these results with everyone.
datasets-profile-shared-protections = They are estimates only, with the same protections as for { $org }: no individual answers, and no figure from too few people.
datasets-profile-share-link = Share these results
datasets-profile-share-rest = with another organisation or with everyone.
datasets-profile-intro-newcomers = Each indicator is shown for newcomers
datasets-profile-intro-receiving = and the receiving community side by side, with the gap between them and a 95% interval: the range the true figure probably lies in.
datasets-profile-intro-domains = This dataset covers { $domains ->
    [one] { $domains } domain
   *[other] { $domains } domains
} in { $types ->
    [one] { $types } of the framework’s domain types.
   *[other] { $types } of the framework’s domain types.
}
datasets-profile-responses = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
datasets-profile-over-waves = over { $count ->
    [one] { $count } wave.
   *[other] { $count } waves.
}
datasets-profile-suppression = Figures from fewer than { $min } responses are not shown (“too few responses”); figures from few responses or with a large relative error are marked “unreliable”. Counts are rounded to the nearest { $rounding }.
datasets-profile-unlinked = Not linked to an indicator
datasets-profile-computed-in = Estimates computed in { $ms } ms.
datasets-who-counts = Who counts as a newcomer:
datasets-see-mapping = See how the columns were mapped
datasets-rows-by-side = Rows: { $newcomers } newcomers and { $receiving } in the receiving community.
datasets-rows-other = { $count } rows are on neither side (“other or unknown”): they are in no comparison, and each measure’s page shows their figures.
datasets-about-count = about { $count }
datasets-fewer-than = fewer than { $count }
datasets-download-original = Download the original file
datasets-see-the-mapping = See the mapping
datasets-edit-mapping = Edit the mapping
datasets-replace = Upload a corrected version
datasets-delete-link = Delete this dataset…
datasets-indicator = Indicator:
datasets-over-time = Over time: { $reading }
datasets-wave = Wave
datasets-gap-interval = Gap (95% interval)
datasets-card-by-wave = { $measure } by wave
datasets-breakdowns-link = Breakdowns and charts
datasets-for-measure = for { $measure }
datasets-retention-heading = Keeping this dataset
datasets-retention-until = Keep until { $date }. After that date, owners are asked to delete it.
datasets-retention-none = No retention date is set. Data protection law asks you to keep personal data no longer than you need it: set the date after which it should be deleted.
datasets-retention-label = Keep until (YYYY-MM-DD)
datasets-retention-hint = Leave empty for no date.
datasets-retention-save = Save the retention date
datasets-retention-invalid = The retention date { $detail }. Go back and correct it.
datasets-delete-heading = Delete this dataset
datasets-delete-intro = Deleting removes the responses, the original file and every estimate computed from them, for everyone in your organisation.

# Computing, and a dataset whose estimates cannot be computed.
datasets-computing-title = Computing estimates – { $name }
datasets-computing = Computing estimates
datasets-computing-rows = Tessera is working out the estimates for { $count ->
    [one] { $count } row.
   *[other] { $count } rows.
}
datasets-computing-seconds = ({ $count ->
    [one] { $count } second so far)
   *[other] { $count } seconds so far)
}
datasets-computing-refresh = This page refreshes by itself; you can also
datasets-computing-reload = reload it.
datasets-broken-title = Results cannot be shown – { $name }
datasets-broken-heading = The results cannot be shown
datasets-broken-what-to-do = The dataset was saved with a mapping its estimates cannot use. Its rows and original file are kept. Change the mapping (a new version is saved with it), upload a corrected file, or delete it.
datasets-broken-ask-editor = Ask an editor or owner in your organisation to correct the mapping.

# A measure's page.
datasets-split-by = Split the results by
datasets-show = Show
datasets-by = By { $by }
datasets-by-wave = By wave
datasets-responses = Responses
datasets-responses-rounded = Responses (rounded)
datasets-results-caption = { $table }: estimates with 95% intervals
datasets-what-it-means = What it means
datasets-download-table = Download this table:
datasets-download-xlsx = Excel report (XLSX)
datasets-download-csv = data for analysis (CSV)
datasets-suppressed-here = Figures from fewer than { $min } responses are suppressed here and in downloads.
datasets-other-heading = Rows on neither side
datasets-other-show = Show the figures of the rows on neither side
datasets-other-explain = These rows match neither the newcomers’ rule nor the receiving community’s (for example the answer that decides it is missing). They are shown for completeness and compared with no one.
datasets-other-caption = Other or unknown: estimates with 95% intervals
datasets-across-waves = Across waves
datasets-trend-caption = Lines join the estimates; shaded bands show the 95% intervals. The table “By wave” has the same figures.
datasets-export-still-computing = The estimates are still being computed. Try the download again in a few seconds.

# A dataset's mapping.
datasets-mapping-title = Mapping – { $name }
datasets-mapping-crumb = Mapping
datasets-mapping-heading = How the columns were mapped
datasets-mapping-intro = The mapping says which columns hold the survey design, who counts as a newcomer and who as the receiving community, what is measured, and the words shown for codes. Every result of this dataset follows it.
datasets-mapping-edit-link = Edit the mapping
datasets-mapping-edit-note = the edited mapping is saved as a new version of the dataset, with the same rows, checked before it is saved; this version stays as it is.
datasets-mapping-groups = Newcomers and the receiving community
datasets-mapping-design-and-breakdowns = Design and breakdowns
datasets-mapping-design = Survey design
datasets-mapping-wave = Wave
datasets-mapping-area = Area
datasets-mapping-breakdowns = Breakdowns
datasets-mapping-none = None
datasets-mapping-measures = { $count ->
    [one] { $count } measure
   *[other] { $count } measures
}
datasets-mapping-measures-caption = The measures, with the answers that count and those left out
datasets-mapping-measure = Measure
datasets-mapping-column = Column
datasets-mapping-kind = Kind
datasets-mapping-kind-proportion = Proportion
datasets-mapping-kind-mean = Average
datasets-mapping-counts = Answers that count
datasets-mapping-left-out = Left out
datasets-mapping-indicator = Indicator
datasets-mapping-words = Words for codes
datasets-mapping-edit-heading = Edit the mapping
datasets-mapping-edit-intro = Change how the columns are mapped. The dataset is checked again with the new mapping — the rows, the design and the estimates — and saved as version { $next }; version { $version } stays as it is.
datasets-mapping-edit-submit = Check and save as a new version
datasets-mapping-edit-cancel = Cancel

# Deleting.
datasets-delete-title = Delete { $name }?
datasets-delete-caption = Delete a dataset
datasets-delete-question = Delete “{ $name }”?
datasets-delete-question-version = Delete “{ $name }” (version { $version })?
datasets-delete-warning = This cannot be undone. Download the original file first if you may need it again.
datasets-delete-removes = Deleting removes, for everyone in your organisation:
datasets-delete-responses = the { $rows ->
    [one] { $rows } response
   *[other] { $rows } responses
} in { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
}, with the codebook and mapping;
datasets-delete-original = the original file,
datasets-delete-estimates = every estimate computed from it, so its profile, measure pages and exports are gone;
datasets-delete-later = { $count ->
    [one] its later version, which corrects it and holds the same people’s answers:
   *[other] its { $count } later versions, which correct it and hold the same people’s answers:
}
datasets-delete-later-one = version { $version }, { $file } ({ $rows ->
    [one] { $rows } response
   *[other] { $rows } responses
}, imported { $date })
datasets-delete-audit = The audit log keeps a record that it existed (its name, size and who imported and deleted it), but none of its data.
datasets-delete-versions = Delete these { $count } versions
