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
