## Results: figures, gaps and their verdicts, the rule for who counts as a newcomer, the design,
## and the report workbook (exports).

results-all-responses = All responses
results-in-wave = In { $wave }
results-pooled = All waves together ({ $waves }, pooled)
results-newcomers = Newcomers
results-receiving = Receiving community
results-other = Other or unknown
results-gap = Gap
results-too-few = Too few responses
results-unreliable = Unreliable
results-interval = { $low } to { $high }
results-points = { $count ->
    [one] { $shown } point
   *[other] { $shown } points
}
results-percentage-points = { $count ->
    [one] { $shown } percentage point
   *[other] { $shown } percentage points
}

# Plain words for a gap (newcomers minus the receiving community).
results-reading-too-few = Too few responses to say.
results-reading-lower-real = Newcomers are lower than the receiving community, by { $size }; the gap is likely real.
results-reading-higher-real = Newcomers are higher than the receiving community, by { $size }; the gap is likely real.
results-reading-chance = No clear difference: the gap of { $size } could be down to chance, as its range ({ $interval }) reaches zero.
results-reading-at-bound = A gap of { $size }, but one side’s share is 0% or 100%, so how uncertain the gap is cannot be measured: no verdict is given.
results-reading-unmeasured = A gap of { $size }, but how uncertain it is cannot be measured.
results-reading-caution = Few responses: treat with caution.
results-trend-too-few = Too few responses to say whether the gap is changing.
results-trend-narrowed-real = The gap narrowed from { $earlier-gap } in { $earlier } to { $later-gap } in { $later }; the change is likely real.
results-trend-widened-real = The gap widened from { $earlier-gap } in { $earlier } to { $later-gap } in { $later }; the change is likely real.
results-trend-chance = The gap went from { $earlier-gap } in { $earlier } to { $later-gap } in { $later }; the change could be down to chance.

results-verdict-too-few = Too few responses
results-verdict-likely-real = Likely real
results-verdict-could-be-chance = Could be down to chance
results-verdict-at-bound = No verdict: a side is at 0% or 100%
results-verdict-unmeasured = No verdict: uncertainty unknown
results-status-ok = OK
results-status-unreliable = Unreliable
results-status-suppressed = Too few responses

# Who counts as a newcomer, in one line.
results-rule = Newcomers: { $newcomers }. Receiving community: { $receiving }. Everyone else: other or unknown.
results-rule-in = { $column } is { $values }
results-rule-not-in = { $column } is not { $values }
results-rule-below = { $column } below { $value }
results-rule-at-least = { $column } at least { $value }
results-rule-blank = { $column } is blank
results-rule-or = or
results-rule-and = and
results-rule-nobody = nobody

results-design-srs = simple random sample (no weights, strata or clusters)
results-design-weight = weight { $column }
results-design-strata = strata { $column }
results-design-psu = clusters { $column }
results-design-fpc = population size { $column }

results-estimates-failed = The estimates could not be computed: { $detail }. Check the dataset’s mapping.

# The report workbook.
results-export-sheet-results = Results
results-export-sheet-notes = Notes
results-export-subtitle = { $dataset }, version { $version }
results-export-read-notes = Newcomers and the receiving community side by side, with the gap and 95% intervals. The Notes sheet says where the figures come from.
results-export-table-by-wave = By wave
results-export-table-by = By { $by }
results-export-table-pooled = All waves together ({ $waves }, pooled)
results-export-table-all = All responses
results-export-col-wave = Wave
results-export-col-rows = Rows
results-export-col-newcomers = Newcomers
results-export-col-receiving = Receiving community
results-export-col-low = 95% interval from
results-export-col-high = 95% interval to
results-export-col-responses = Responses (rounded)
results-export-col-status = Status
results-export-col-gap = Gap
results-export-col-gap-points = Gap (percentage points)
results-export-col-verdict = What the gap means
results-export-col-other = Other or unknown
results-export-col-other-responses = Other or unknown: responses (rounded)
results-export-notes-title = About these figures
results-export-note-dataset = Dataset
results-export-note-file = File
results-export-note-measure = Measure
results-export-note-indicator = Indicator
results-export-note-rule = Who counts as a newcomer
results-export-note-rows = Rows on each side
results-export-note-design = Survey design
results-export-note-figures = Figures
results-export-note-verdict = “Likely real”
results-export-note-suppression = Small numbers
results-export-note-made = Downloaded
results-export-note-version = Made with
results-export-note-csv = For analysts
results-export-rows-by-side = Newcomers: { $newcomers }. Receiving community: { $receiving }. Other or unknown: { $other }.
results-export-about-count = about { $count }
results-export-fewer-than = fewer than { $count }
results-export-figures-share = Percentages of valid responses, with 95% intervals; gaps in percentage points (newcomers minus the receiving community).
results-export-figures-mean = Averages of valid responses, with 95% intervals; gaps as newcomers minus the receiving community.
results-export-verdict-rule = A gap is called likely real only when its 95% interval, as shown, does not reach zero. When one side’s share is 0% or 100% no verdict is given.
results-export-suppression-rule = Figures from fewer than { $min } valid responses are not shown; counts are rounded to the nearest { $rounding }.
results-export-tessera-version = Tessera { $version }
results-export-csv-note = The CSV download of the same table has one row per line with codes and full-precision figures, for further analysis (see Tessera’s documentation on data files).
