## Bringing a file in: upload, how it was read, mapping, check and save; refusals of files.

import-step = Step { $step } of 4 · { $name }
import-step-of = Step { $step } of 4
import-error-prefix = Error:
import-warning = Warning

# Step 1: upload.
import-upload-heading = Bring in a data file
import-upload-intro = Upload survey or service data. Next you see how Tessera read it, then say which columns hold the survey design, who is a newcomer and who is the receiving community, and what to measure. Tessera then checks every row and computes the estimates, and shows you any problems before anything is saved.
import-upload-version-heading = Upload a corrected version
import-upload-version-intro = The corrected file becomes version { $next }.
import-upload-version-link = Version { $version }
import-upload-version-kept = is kept as it is: a saved dataset never changes. The mapping of version { $version } is filled in for you.
import-upload-file-label = Data file
import-upload-file-hint = CSV (.csv, .tsv or .txt), Excel (.xlsx), SPSS (.sav) or Stata (.dta), up to { $mb } MB. A title above the column names is fine: you can choose the row that names the columns on the next page. The file is kept exactly as uploaded.
import-upload-name-label = Dataset name (optional)
import-upload-name-hint = A name people will recognise, for example “Residents’ survey 2022–2024”. Leave blank to use the file name.
import-upload-codebook-summary = Add a codebook (optional)
import-upload-codebook-label = Codebook file (.toml)
import-upload-codebook-hint = CSV and Excel files carry no labels. A codebook adds question wording, value labels (“1 = Definitely agree”) and missing codes, and lets Tessera flag codes that are not in the list. You can also give codes words while mapping. SPSS and Stata files carry their own.
import-upload-progress = Uploading
import-upload-submit = Upload and continue
import-upload-slow = Large files can take a minute to upload and read. Keep this page open.
import-upload-different = Upload a different file
import-upload-choose-file = Select the data file to upload
import-upload-empty-file = The selected file is empty. Select a file with a header row and data
import-upload-not-readable = “{ $file }” is not a file Tessera can read. Upload a CSV (.csv, .tsv or .txt), Excel (.xlsx), SPSS (.sav) or Stata (.dta) file
import-upload-broken = The upload did not arrive whole ({ $detail }). Try again.
import-upload-codebook-too-large = The codebook is larger than { $mb } MB. A codebook lists variables and labels only; check you chose the right file.
import-upload-codebook-not-utf8 = the file is not UTF-8 text
import-upload-codebook-invalid = The codebook could not be read: { $detail }. Correct it (see the codebook format in the help), or upload the data without one
import-file-too-large = The file is larger than { $mb } MB. Upload a smaller file, or bring it in with the `tessera import` command.
import-quota = { $detail }. Save or abandon an upload waiting on the Datasets page, or wait: uploads not saved within 2 hours are removed.
import-gone = There is no upload waiting at this address. Uploads not saved within 2 hours are removed: upload the file again from the Datasets page.
import-not-checked = This upload has not been checked yet: choose its mapping first.
import-unsupported-format = { $file }: Tessera cannot read this kind of file. Save the data as CSV (.csv, .tsv or .txt), Excel (.xlsx), SPSS (.sav) or Stata (.dta) and try again.
import-mapping-does-not-fit = The mapping does not fit the file: { $detail }
import-codebook-invalid = The codebook could not be read: { $detail }
import-interrupted = The import stopped unexpectedly ({ $detail }). Try again.

# Why a file could not be read.
import-read-failed = The file could not be read: { $detail }
import-read-no-header = { $file }: the file is empty or has no row naming the columns. The row that names the columns must come before the data.
import-read-no-data = { $file }: has column names but no rows of data. Check that you chose the right file, sheet and header row, and that the data were saved in it.
import-read-not-text = { $file }: this is not a text file (it contains NUL bytes); it may be a workbook or a compressed file with a .csv name. Open it in the program that made it and save it as CSV.
import-read-no-sheet = { $file }: there is no sheet named “{ $sheet }”. The sheets are: { $sheets }.
import-read-unknown-format = { $file }: Tessera cannot tell the file’s format from its name. Save the data as .csv, .tsv, .txt, .xlsx, .sav or .dta.
import-read-over-limit-found = { $file } has { $found } { $what }, more than Tessera reads from an upload (at most { $max }). { $advice }
import-read-over-limit = { $file } has more than { $max } { $what }, the most Tessera reads from an upload. { $advice }
import-limit-file-bytes = bytes
import-limit-file-bytes-advice = Split the data into smaller files (for example one per wave), or keep only the columns you need.
import-limit-decompressed-bytes = bytes once decompressed
import-limit-decompressed-bytes-advice = Open the workbook in Excel or LibreOffice, keep only the sheet with the data, and save it as CSV.
import-limit-zip-entries = parts inside the workbook archive
import-limit-zip-entries-advice = Open the workbook in Excel or LibreOffice, keep only the sheet with the data, and save it as CSV.
import-limit-sheets = sheets
import-limit-sheets-advice = Save the sheet with the data on its own, as a new workbook or as CSV.
import-limit-shared-strings = shared strings
import-limit-shared-strings-advice = Open the workbook in Excel or LibreOffice, keep only the sheet with the data, and save it as CSV.
import-limit-columns = columns
import-limit-columns-advice = Keep only the columns you need, or check that the delimiter and the header row are right.
import-limit-rows = rows of data
import-limit-rows-advice = Split the data into smaller files (for example one per wave), or keep only the columns you need.
import-limit-cells = cells (rows × columns)
import-limit-cells-advice = Split the data into smaller files (for example one per wave), keep only the columns you need, or bring the file in with the `tessera import` command.
import-limit-field-bytes = bytes in one value
import-limit-field-bytes-advice = Shorten the long free-text values, or leave that column out.
import-limit-line-bytes = bytes in one line
import-limit-line-bytes-advice = Check that the file is a table with one row per line: the line ends may be missing, or a quote may be left open.
import-limit-value-labels = value labels
import-limit-value-labels-advice = Remove value labels you do not need in SPSS or Stata, or save the data as CSV with a codebook.

# Step 2: how the file was read.
import-preview-title = How { $file } was read
import-preview-heading = Check how the file was read
import-preview-intro = Tessera read { $file } as { $format }: { $rows ->
    [one] { $rows } row of data.
   *[other] { $rows } rows of data.
}
import-preview-columns = { $count ->
    [one] { $count } column
   *[other] { $count } columns
}: { $names }.
import-preview-encoding-detected = Text encoding: { $encoding }, found by Tessera.
import-preview-encoding-chosen = Text encoding: { $encoding }, as you chose.
import-preview-header-found = The column names are in row { $row }, found by Tessera.
import-preview-header-used = The column names are in row { $row }.
import-preview-sheet = Sheet: “{ $sheet }” ({ $count ->
    [one] the only sheet
   *[other] one of { $count } sheets
}).
import-preview-first-rows = The first rows of the file
import-preview-caption = The first rows as they are in the file, numbered as a spreadsheet numbers them
import-preview-row-heading = Row
import-preview-tag-names = column names
import-preview-tag-skipped = skipped
import-preview-choices = If something looks wrong
import-preview-sheet-label = Sheet with the data
import-preview-sheet-hint = The workbook has several sheets. Choose the one that holds the table of answers.
import-preview-header-label = Row with the column names
import-preview-header-hint = Rows above it (a title, notes, blank rows) are skipped; the rows below it are the data.
import-preview-row = Row { $row }
import-preview-row-found = Row { $row } (found by Tessera)
import-preview-encoding-label = Text encoding
import-preview-encoding-hint = If letters look wrong in the first rows (“Donâ€™t”, “caf�”, “Â£5”), the file was saved in another encoding: Excel on Windows usually saves CSV files as Windows-1252.
import-encoding-utf8 = UTF-8 (most programs today)
import-encoding-windows-1252 = Windows-1252 (Excel on Windows, Western European)
import-encoding-utf16le = UTF-16 little-endian (Excel’s “Unicode text”)
import-encoding-utf16be = UTF-16 big-endian
import-preview-continue = Continue to the columns
import-preview-reread = Read the file again with these choices

# Step 3: the mapping.
import-mapping-title = Map the columns of { $file }
import-mapping-heading = Say what the columns mean
import-mapping-intro = Tessera read { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} and { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
} from { $file }. It has filled in this page from the file’s own labels, the column names and what the columns hold: check each section, change what is wrong, then select “Check the data”. Nothing is saved yet.
import-mapping-contents = Sections of this page
import-mapping-design-heading = Survey design
import-mapping-place-heading = Wave and area
import-mapping-groups-heading = Newcomers and the receiving community
import-mapping-breakdowns-heading = Breakdowns
import-mapping-measures-heading = Measures
import-mapping-words-heading = Words for codes
import-mapping-design-number = 1. Survey design
import-mapping-place-number = 2. Wave and area
import-mapping-groups-number = 3. Newcomers and the receiving community
import-mapping-breakdowns-number = 4. Breakdowns
import-mapping-measures-number = 5. Measures
import-mapping-words-number = 6. Words for codes (optional)
import-mapping-design-intro = If the data come from a survey with weights, strata, clusters or population sizes, choose those columns so that estimates and their uncertainty are right. For a simple random sample (or service records) choose “None” for each. Tessera checks the design before anything is saved.
import-mapping-design-none = None — simple random sample
import-mapping-none = None
import-mapping-choose-column = Choose a column
import-mapping-weight-label = Weight
import-mapping-weight-hint = Each row’s survey weight: a number above 0 (often called weight, wt or pw).
import-mapping-strata-label = Strata
import-mapping-strata-hint = The stratum each row was sampled in. It may also be the column that says who is a newcomer.
import-mapping-psu-label = Clusters (primary sampling units)
import-mapping-psu-hint = The first-stage cluster each row was sampled in, for example a postcode sector or a school district.
import-mapping-fpc-label = Population size (finite population correction)
import-mapping-fpc-hint = The population size of each stratum (the same in every row of a stratum), or the sampling fraction.
import-mapping-wave-label = Wave (period)
import-mapping-wave-hint = The year, round or period each row belongs to, so results can be followed over time.
import-mapping-area-label = Area
import-mapping-area-hint = The ward, district or neighbourhood, so results can be compared between places.
import-mapping-group-column-label = Column
import-mapping-group-column-hint = The column whose values say who is a newcomer.
import-mapping-birth-column-label = Country of birth column
import-mapping-birth-column-hint = The column saying where each person was born.
import-mapping-years-column-label = Years in the country column
import-mapping-years-column-hint = The column saying how many years each person has lived here.
import-mapping-groups-intro = Every result is shown for newcomers and for the receiving community side by side, with the gap between them. Say how to tell them apart. Rows that match neither rule — for example with the answer missing — form a third group, “other or unknown”: pages say how many there are and show their figures, but do not compare them.
import-mapping-preset-legend = How does the file say who is a newcomer?
import-mapping-preset-column = A column says who is a newcomer
import-mapping-preset-column-hint = For example a column “group” with the values “newcomer” and “settled”, or the strata. Answer 3a below.
import-mapping-preset-born = Born abroad and in the country for less than a number of years
import-mapping-preset-born-hint = Newcomers were born abroad and have lived here for less than, say, 10 years; everyone born here, or here longer, is the receiving community. Answer 3b below.
import-mapping-3a = 3a. A column says who is a newcomer
import-mapping-3b = 3b. Born abroad and here for less than a number of years
import-mapping-choose-then-update = Choose the column, then select “Update the lists of values” to choose its values.
import-mapping-birth-then-update = Choose the country of birth column, then select “Update the lists of values” to choose which values mean born here.
import-mapping-group-more = The column has more values than can be listed; only the first are shown.
import-mapping-newcomer-values = Values meaning newcomer
import-mapping-receiving-values = Values meaning receiving community
import-mapping-home-values = Values meaning born in this country
import-mapping-years-label = Newcomers have lived here for less than this many years
import-mapping-refresh = Update the lists of values
import-mapping-breakdowns-hint = Beyond wave and area: for example gender, age band, length of residence, immigration status, first language or disability. Only columns with a few categories are listed; identifiers and design columns are not.
import-mapping-breakdowns-legend = Which columns should results be split by?
import-mapping-measures-intro = Choose the questions to analyse and the indicator each one measures. For a proportion, tick the answers that count (for example “Definitely agree” and “Tend to agree”) and the answers to leave out of the base (for example “Don’t know”). Blank answers and declared missing codes are always left out. Identifiers and design columns are not offered.
import-mapping-no-candidates = This file has no columns that can be measures: measures need numbers, or a question with at most 12 different answers.
import-mapping-chosen = { $count ->
    [one] The measure chosen
   *[other] The { $count } measures chosen
}
import-mapping-none-chosen = No column has been chosen as a measure yet: open the questions below that you want to analyse and tick “Use … as a measure”.
import-mapping-other-questions = { $count ->
    [one] { $count } other question with a few answers
   *[other] { $count } other questions with a few answers
}
import-mapping-other-numbers = { $count ->
    [one] { $count } other column of numbers
   *[other] { $count } other columns of numbers
}
import-mapping-about-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } different answers
}
import-mapping-about-numbers = numbers from { $low } to { $high }
import-mapping-about-many-numbers = numbers, many different values
import-mapping-about-many = many different values
import-mapping-use-as-measure = Use “{ $column }” as a measure
import-mapping-indicator-label = Indicator it measures
import-mapping-no-indicator = No indicator (a measure of your own)
import-mapping-local-indicators = Local indicators
import-mapping-kind = Kind
import-mapping-kind-proportion = Proportion (share giving the answers ticked below)
import-mapping-kind-mean = Average (mean) of the numbers
import-mapping-answers-count = Answers that count
import-mapping-answers-leave-out = Answers to leave out
import-mapping-measure-label = Label shown with results
import-mapping-words-intro = CSV and Excel files hold codes (E, asylum_seeker, 3) without words. Give codes the words people should see: results, charts and exports show them instead of the codes. Leave a box blank to show the code.
import-mapping-words-none = Every column with a few codes either has its own labels (from SPSS, Stata or a codebook) or reads as words already.
import-mapping-words-for = Words for “{ $code }”
import-mapping-submit = Check the data
import-mapping-back-to-preview = Back to how the file was read

import-role-weight = the weight
import-role-strata = the strata
import-role-psu = the clusters
import-role-fpc = the population size
import-role-wave = the wave
import-role-area = the area
import-role-group = the group
import-role-birth = the country of birth
import-role-years = the years in the country

import-mapping-error-not-a-column = Choose { $what } from the list: “{ $value }” is not a column of this file
import-mapping-error-weight-text = The weight column “{ $column }” holds text, not numbers. Choose a column of numbers, or “None”
import-mapping-error-choose-column = Choose the column that holds { $what }
import-mapping-error-two-roles = “{ $value }” is already chosen as { $first }; it cannot also be { $what }. Choose a different column for one of them
import-mapping-error-home = Select the values of the country-of-birth column that mean born in this country
import-mapping-error-years = Enter the number of years, for example 10, as a number above 0
import-mapping-error-newcomer-values = Select at least one value that means newcomer (if the values shown are for another column, select “Update the lists of values” first)
import-mapping-error-receiving-values = Select at least one value that means receiving community
import-mapping-error-both-sides = “{ $value }” is selected for both newcomers and the receiving community. Select it for one only
import-mapping-error-breakdown = “{ $value }” is not a column of this file. Select breakdowns from the list
import-mapping-error-measure-role = “{ $column }” is part of the design or the group definition, so it cannot also be a measure. Untick it
import-mapping-error-not-numbers = “{ $column }” has values that are not numbers ({ $values }), so it has no average. Choose “Proportion”, or tick those values under “Answers to leave out”
import-mapping-error-success = Select the answers to “{ $column }” that count towards the proportion
import-mapping-error-success-and-exclude = “{ $column }”: the answer { $code } is ticked both to count and to leave out. Untick one
import-mapping-error-indicator = “{ $column }”: choose an indicator from the list
import-mapping-error-no-measure = Select at least one measure: tick “Use … as a measure” for each question to analyse

# The check: the design and the first estimates.
import-check-no-rows = No rows would be saved: every row has a problem under this mapping. Check the weight and the columns chosen, or correct the file.
import-check-not-numeric = “{ $column }” must hold numbers, but row { $row } holds “{ $value }”. Choose a column of numbers, or correct the file.
import-check-weight = Row { $row }: the weight { $value } in “{ $column }” is not a number above 0. Choose another weight column, or correct the file.
import-check-fpc-varies-choose-strata = The population sizes in “{ $fpc }” differ between rows ({ $values }), but without strata Tessera takes the whole sample as one stratum with one population size. They follow the column “{ $candidate }”: choose “{ $candidate }” as the strata (it may also be the column that says who is a newcomer), or choose “None” for the population size.
import-check-fpc-varies = The population sizes in “{ $fpc }” differ between rows ({ $values }), but without strata Tessera takes the whole sample as one stratum with one population size. Choose the strata the sizes belong to, or choose “None” for the population size.
import-check-fpc-varies-in-stratum = The population sizes in “{ $fpc }” differ within the stratum “{ $stratum }” of “{ $strata }” ({ $values }); a stratum has one population size. Check that “{ $strata }” is the right strata column, or choose “None” for the population size.
import-check-fpc-varies-in-stratum-candidate = The population sizes in “{ $fpc }” differ within the stratum “{ $stratum }” of “{ $strata }” ({ $values }); a stratum has one population size. They follow the column “{ $candidate }”: check whether that is the strata column, or choose “None” for the population size.
import-check-fpc-invalid = Row { $row }: the population size { $value } in “{ $column }” cannot be used: it must be a number above 0 (a population size, or a sampling fraction up to 1). Correct the file, or choose “None” for the population size.
import-check-fpc-too-small = Row { $row }: the population size { $value } in “{ $column }” is smaller than the number of clusters sampled from it. Check that this is the population size (not the sample size), or choose “None”.
import-check-clusters = The clusters in “{ $column }” cannot be used as chosen ({ $detail }). Check the strata and cluster columns.
import-check-failed = The estimates cannot be computed under this mapping: { $detail }. Check the design and measures chosen.
import-remap-row-problems = { $count ->
    [one] One row
   *[other] { $count } rows
} would have problems under this mapping (rows { $rows }: { $detail }). A saved dataset keeps its rows: choose other columns, or upload a corrected version of the file.

# Step 4: the check.
import-report-title = Check { $file } before saving
import-report-no-problems = No problems found
import-report-problems = { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}
import-report-left-out = { $count ->
    [one] { $count } row has problems and would be left out of the dataset.
   *[other] { $count } rows have problems and would be left out of the dataset.
} The original file is kept whole either way.
import-report-none-in-rows = None of these problems is in a row, so no rows would be left out.
import-report-all-passed = Every row passed the checks. Nothing has been saved yet.
import-report-estimates-checked = The survey design was built and the estimates computed with this mapping: the dataset’s pages will show results.
import-report-file = File
import-report-encoding = Text encoding
import-report-encoding-detected = { $encoding } (found by Tessera)
import-report-encoding-chosen = { $encoding } (as you chose)
import-report-sheet = Sheet
import-report-header-row = Column names
import-report-header-row-value = Row { $row }
import-report-change = Change
import-report-rows-read = Rows read
import-report-rows-columns = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}, { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
}
import-report-rows-left-out = Rows left out
import-report-rows-kept = Rows to save
import-report-design = Design
import-report-groups = Groups
import-report-measures = Measures
import-report-by-kind = Problems by kind
import-report-by-kind-caption = Number of problems of each kind
import-report-kind = Kind of problem
import-report-count = Problems
import-report-first-problems = The first { $count } problems
import-report-every-problem = Every problem
import-report-download = { $count ->
    [one] Download the problem as CSV
   *[other] Download all { $count } problems as CSV
} to fix them in the file.
import-report-problems-caption = Problems, with the row and column of each
import-report-row = Row
import-report-line = Line
import-report-column = Column
import-report-value = Value
import-report-problem = Problem
import-report-row-note = Row 1 is the first row after the column names. Line is the line of the file (or the row of the sheet).
import-report-save = Save dataset
import-report-save-version = Save dataset as a new version
import-report-save-without = { $count ->
    [one] Save dataset without this row
   *[other] Save dataset without these { $count } rows
}
import-report-save-version-without = { $count ->
    [one] Save as a new version without this row
   *[other] Save as a new version without these { $count } rows
}
import-report-back = Back to the mapping

import-kind-unparseable-number = not a number
import-kind-non-positive-weight = weight not above 0
import-kind-missing-weight = missing weight
import-kind-unknown-code = unknown code
import-kind-ragged-row = wrong number of fields
import-kind-invalid-utf8 = invalid text encoding
import-kind-duplicate-column = duplicate column name
import-kind-unknown-variable = unknown variable
import-kind-cell-error = spreadsheet error cell
import-kind-truncated-data = truncated data
import-kind-malformed-metadata = malformed metadata
