## Weighting (issue 16): a dataset's named weightings, adjusted to population margins, and the
## messages for margins that cannot be used.

weighting-own-weights = the dataset's own weights
weighting-not-found = This dataset has no weighting called “{ $name }”.
weighting-bad-method = “{ $method }” is not a weighting method; choose one of: { $methods }.
weighting-name-missing = Give the weighting a name, for example “census-2021”: every figure computed with it will show that name.
weighting-name-bad = A weighting's name must be at most { $max } characters on one line.
weighting-name-taken = This dataset already has a weighting called “{ $name }”. Choose another name, or delete that weighting first.

weighting-typed-none = Type at least one margin: the variables, and a line for each category with its population count.
weighting-typed-no-variables = Margin { $margin }: name the variable (or variables, separated by commas) the counts are for.
weighting-typed-no-cells = Margin { $margin }: type a line for each category, with its value and then its population count.
weighting-typed-wrong-count = Margin { $margin }, line { $line }: expected { $expected } values (one per variable, then the count) but found { $found }. Separate them with commas or tabs.
weighting-typed-bad-target = Margin { $margin }, line { $line }: “{ $value }” is not a population count. Type a number of 0 or more.
weighting-typed-twice = Margin { $margin }, line { $line }: “{ $value }” is given twice. Give each category once.

weighting-error-margins-file = { $file }, line { $line }: { $detail }
weighting-error-unknown-variable = The margin “{ $margin }” is for the variable “{ $variable }”, which this dataset does not have. Use the variable names shown on the dataset's mapping page.
weighting-error-blank-values = { $count ->
    [one] The margin “{ $margin }”: { $count } row has no value (row { $rows }). Every row needs one to be weighted: fill it in, or leave that row out.
   *[other] The margin “{ $margin }”: { $count } rows have no value (rows { $rows }). Every row needs one to be weighted: fill them in, or leave those rows out.
}
weighting-error-not-numeric = The margin “{ $margin }” is a total of “{ $variable }”, which must hold numbers, but row { $row } does not.
weighting-error-missing-category = { $count ->
    [one] The margins do not cover every category in the data: “{ $margin }” has no population count for “{ $value }”, which { $count } row has (row { $rows }). Add a count for it, or merge it with another category in the data.
   *[other] The margins do not cover every category in the data: “{ $margin }” has no population count for “{ $value }”, which { $count } rows have (rows { $rows }). Add a count for it, or merge it with another category in the data.
}
weighting-error-empty-category = The margin “{ $margin }” gives a population count of { $target } for “{ $value }”, but nobody in the sample is in it, so the margin cannot be met. Merge the category with a neighbouring one.
weighting-error-zero-target = The margin “{ $margin }” gives a population count of 0 for “{ $value }”, but the sample has people there: their weights would be 0. Correct the count, or leave those people out.
weighting-error-inconsistent-totals = The margins cannot all be met: “{ $first }” adds up to { $first_total } but “{ $other }” adds up to { $other_total }. Every margin must describe the same population; correct the counts, or give them as shares of one total.
weighting-error-not-converged = The weighting did not settle after { $iterations } rounds (still { $achieved } away from the targets). The margins may not be possible together: check them, allow more rounds, or loosen the bounds.
weighting-error-non-positive = { $count ->
    [one] The weighting would give { $count } row a weight of 0 or less (row { $row }). Use bounds, or the raking calibration, which keeps weights positive.
   *[other] The weighting would give { $count } rows a weight of 0 or less (the first is row { $row }). Use bounds, or the raking calibration, which keeps weights positive.
}
weighting-error-other = The weighting cannot be applied: { $detail }
weighting-error-estimates = The figures cannot be computed under this weighting: { $detail }
weighting-export-uses = Figures computed with: { $weighting }

## Pages: the chooser on the profile and measure pages, the list with the form, the report.
weighting-page-uses = Figures on this page use the weighting “{ $weighting }” ({ $method }).
weighting-page-uses-own = Figures on this page use { $weighting }.
weighting-chooser-label = Weighting
weighting-chooser-show = Show
weighting-chooser-manage = Weightings of this dataset
weighting-profile-link = Weight to population figures
weighting-method-rake = raking
weighting-method-post-stratify = post-stratification
weighting-method-calibrate-linear = linear calibration
weighting-method-calibrate-raking = calibration, raking distance
weighting-method-calibrate-logit = calibration, logit distance
weighting-list-title = Weightings
weighting-list-page-title = Weightings of { $name }
weighting-list-intro = A weighting adjusts each response's weight so that the weighted sample matches what is known about the population, usually from the Census: so many people in each age band, sex or ward. Without it, the figures lean towards the kinds of people who answered more often. Give the population counts below; Tessera keeps the new weights under a name you choose, and every page and download says which weighting its figures use.
weighting-list-untouched = The dataset itself never changes: its own weights stay as they were, and you can show the figures with them or with any weighting.
weighting-list-none = This dataset has no weightings yet.
weighting-list-caption = Weightings of this dataset
weighting-list-made = { $who }, { $when }
weighting-col-name = Name
weighting-col-method = Method
weighting-col-iterations = Rounds
weighting-col-kish = Design effect of weighting
weighting-col-made = Made by
weighting-col-profile = Profile
weighting-see-profile = See the profile
weighting-done-made = The weighting “{ $name }” is kept.
weighting-done-deleted = The weighting is deleted.
weighting-form-heading = Make a weighting
weighting-form-name = Name
weighting-form-name-hint = Short and recognisable, for example census-2021. Figures computed with it show this name.
weighting-form-method = Method
weighting-form-method-hint = Raking is the usual choice for a residents' survey: it meets every margin without needing the cross-table of all of them.
weighting-form-margins = Population margins
weighting-form-margins-intro = Type a table for each margin: the variable (or two or more variables separated by commas, for a crossed margin such as age band by sex), and a line for each category with its value as it is in the data and then its population count. Every category in the data needs a count, and every margin must add up to the same population.
weighting-form-variables-summary = The dataset's variables and their categories
weighting-form-margin = Margin { $number }
weighting-form-variables = Variables
weighting-form-cells = Categories and population counts
weighting-form-cells-hint = One line per category, for example: 16-24, female, 5400. Separate the values with commas, or paste two or more columns from a spreadsheet.
weighting-form-csv-summary = Or paste a margins CSV file
weighting-form-csv = Margins CSV
weighting-form-csv-hint = With columns margin, target and one column per variable, as described in the weighting guide. When given, it is used instead of the tables above.
weighting-form-csv-name = the pasted margins
weighting-form-iterations = Most rounds (optional)
weighting-form-iterations-hint = How many rounds of adjustment raking or calibration may take before giving up; 50 if left blank.
weighting-form-iterations-bad = The most rounds must be a whole number from 1 to 10,000.
weighting-form-submit = Weight and keep
weighting-report-title = { $name }: weighting of { $dataset }
weighting-report-kish = { $after } (the dataset's own weights: { $before })
weighting-report-worst = Largest miss of a target
weighting-report-see-profile = See the profile with this weighting
weighting-report-kish-explained = The design effect of weighting (Kish) says how much unequal weights widen the intervals: 1.3 means the figures are as precise as from a sample 1.3 times smaller.
weighting-report-margins-caption = Margins: population counts and the weighted sample
weighting-report-margin = Margin
weighting-report-category = Category
weighting-report-rows = Responses
weighting-report-target = Population count
weighting-report-before = Before weighting
weighting-report-achieved = After weighting
weighting-report-spread-caption = Adjustment factors and weights
weighting-report-what = What
weighting-report-min = Smallest
weighting-report-q1 = Lower quartile
weighting-report-median = Median
weighting-report-q3 = Upper quartile
weighting-report-max = Largest
weighting-report-factors = Adjustment factor (new weight ÷ own weight)
weighting-report-weights = New weight
weighting-report-extreme-heading = Extreme weights
weighting-report-extreme-count = { $count ->
    [one] { $count } response has a weight more than 5 times the median weight or less than a fifth of it.
   *[other] { $count } responses have a weight more than 5 times the median weight or less than a fifth of it.
}
weighting-report-trimmed = { $count ->
    [one] { $count } weight was trimmed.
   *[other] { $count } weights were trimmed.
}
weighting-report-extreme-caption = The largest extreme weights
weighting-report-row = Row
weighting-report-weight = Weight
weighting-report-factor = Adjustment factor
weighting-delete-heading = Delete this weighting
weighting-delete-intro = The dataset and its own weights stay as they are; figures computed with this weighting are no longer shown.
weighting-delete-button = Delete the weighting
weighting-upload-heading = Or upload a margins file
weighting-upload-intro = A CSV file with columns margin, target and one column per variable, as described in the weighting guide.
weighting-upload-file = Margins CSV file
weighting-upload-submit = Upload, weight and keep
weighting-upload-missing = Choose a margins CSV file to upload.
weighting-upload-unreadable = The upload could not be read. Choose the file again and send it once more.
weighting-upload-too-large = The margins file is larger than { $megabytes } MB. A margins file is a small table: check that it is the right file.
weighting-upload-not-text = The margins file is not text. Save it from your spreadsheet as “CSV UTF-8”.
