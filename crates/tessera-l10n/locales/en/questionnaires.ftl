## Questionnaires (issue 15): the question bank, building and editing questionnaires, their
## languages and the translator's spreadsheet, XLSForm out and in.

### The list and starting one

questionnaires-title = Questionnaires
questionnaires-intro = Build a questionnaire from your plan's indicators or from chosen domains. Questions from Tessera's question bank already know which indicator they measure, so the answers need no mapping. Every questionnaire asks newcomers and the receiving community the same questions, and asks for consent first.
questionnaires-new-button = Build a questionnaire
questionnaires-import-button = Import an XLSForm
questionnaires-empty = There are no questionnaires yet.
questionnaires-count = { $count ->
    [one] 1 questionnaire
   *[other] { $count } questionnaires
}
questionnaires-col-title = Title
questionnaires-col-questions = Questions
questionnaires-col-languages = Languages
questionnaires-col-version = Version
questionnaires-col-updated = Last changed
questionnaires-new-title = Build a questionnaire
questionnaires-new-intro = Start from a plan or from domains; you can add, remove, reorder and reword questions afterwards.
questionnaires-new-from-plan = From a plan's indicators
questionnaires-new-no-plans = Your organisation has no plans yet. Build from domains instead, or make a plan first.
questionnaires-new-plan-label = Plan
questionnaires-new-plan-hint = The questionnaire asks about every indicator of the plan's outcomes that a survey can measure.
questionnaires-new-plan-submit = Build from this plan
questionnaires-new-from-domains = From domains
questionnaires-new-domains-legend = Domains of the Indicators of Integration framework
questionnaires-new-domains-hint = Choose one or more. The questionnaire asks about every indicator of the chosen domains that a survey can measure.
questionnaires-new-domains-submit = Build from these domains
questionnaires-new-or-import = Or import a form made in KoboToolbox or ODK
questionnaires-done-created = The questionnaire has been built. Check its questions, then preview it.
questionnaires-done-saved = Your change has been saved.
questionnaires-done-imported = The form has been imported. Add rules linking questions to indicators by adding bank questions, or use the answers as they are.
questionnaires-done-translations = The reviewed translations have been imported.
questionnaires-done-deleted = The questionnaire has been deleted.
questionnaires-action-delete = Delete this questionnaire
questionnaires-delete-crumb = Delete
questionnaires-delete-caption = Delete a questionnaire
questionnaires-delete-title = Delete “{ $title }”?
questionnaires-delete-warning = Deleting cannot be undone.
questionnaires-delete-removes = Deleting removes:
questionnaires-delete-questions = { $count ->
    [one] its one question
   *[other] its { $count } questions
  }, in { $versions ->
    [one] its only version
   *[other] all { $versions } versions
  }
questionnaires-delete-answers = { $count ->
    [one] its one stored response
   *[other] its { $count } stored responses
  }, its public link and its collectors
questionnaires-delete-datasets-kept = Datasets already made from its responses are kept; delete them on their own pages if they should go too.
questionnaires-delete-audit = The audit log keeps the questionnaire's last content and who deleted it.
questionnaires-delete-answers-too = I understand that the answers collected with this questionnaire are deleted too
questionnaires-delete-error-answers = This questionnaire has answers. Tick the box to confirm they are deleted too, or keep the questionnaire.
questionnaires-delete-button = Delete the questionnaire
questionnaires-delete-cancel = Keep it and go back
questionnaires-notice-title = Success

### The builder

questionnaires-version = Version { $version }
questionnaires-built-for = Built for the plan
questionnaires-answered-note = This version has answers, so it is kept as it is. Your next change makes a new version; answers keep the version they answered.
questionnaires-action-preview = Preview as a respondent
questionnaires-action-details = Title, consent, dates and languages
questionnaires-action-languages = Languages and translations
questionnaires-action-xlsform = Download as an XLSForm (for KoboToolbox and ODK)
questionnaires-warning = Warning
questionnaires-not-covered = { $count ->
    [one] 1 indicator of the plan is not asked about:
   *[other] { $count } indicators of the plan are not asked about:
}
questionnaires-not-covered-removed = Its question was removed from this questionnaire.
questionnaires-questions-count = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
questionnaires-questions-caption = Questions in order
questionnaires-col-number = No.
questionnaires-col-question = Question
questionnaires-col-type = Type
questionnaires-col-measures = Measures
questionnaires-col-change = Change
questionnaires-tag-required = Required
questionnaires-tag-conditional = Shown only if
questionnaires-edit = Edit
questionnaires-move-up = Up
questionnaires-move-down = Down
questionnaires-remove = Remove
questionnaires-source-bank = from the question bank
questionnaires-source-own = your own
questionnaires-source-imported = imported
questionnaires-add-bank-heading = Add a question from the bank
questionnaires-add-bank-label = Question
questionnaires-add-bank-submit = Add this question
questionnaires-add-own-heading = Add your own question
questionnaires-add-own-intro = Your own questions are asked as you write them. They measure no indicator unless you map them when the answers become a dataset.
questionnaires-own-label = Question
questionnaires-own-hint = Help under the question (optional)
questionnaires-own-name = Column name
questionnaires-own-name-hint = The name of the answers' column: start with a letter, then letters, digits or _, at most 32 characters, such as cafe_visits.
questionnaires-own-type = Type of answer
questionnaires-own-choices = Choices
questionnaires-own-choices-hint = For single and multiple choice: one choice a line. Write code = words to choose the stored code, such as weekly = Every week.
questionnaires-own-range = Smallest and largest number
questionnaires-own-range-hint = For numbers (optional) and scales (needed), such as 0 and 10.
questionnaires-own-min = Smallest
questionnaires-own-max = Largest
questionnaires-own-required = An answer is needed to go on
questionnaires-add-own-submit = Add this question
questionnaires-type-single-choice = Single choice
questionnaires-type-multiple-choice = Multiple choice
questionnaires-type-number = Number
questionnaires-type-scale = Scale
questionnaires-type-text = Text
questionnaires-type-date = Date
questionnaires-type-note = Note (no answer)

### A question's page

questionnaires-question-title = Question { $name }
questionnaires-question-languages = Languages of this question
questionnaires-question-save-note = The words you save here are marked as reviewed in this language.
questionnaires-show-if-legend = Show this question only if
questionnaires-show-if-hint = Each condition tests the answer to an earlier question; the question is shown when all of them hold. Choose “always show” to remove a condition.
questionnaires-show-if-number = Condition { $number }
questionnaires-show-if-new = Add a condition
questionnaires-show-if-question = Earlier question
questionnaires-show-if-none = (always show)
questionnaires-show-if-test = Test
questionnaires-show-if-test-any-of = the answer is one of these codes
questionnaires-show-if-test-none-of = the answer is given and is none of these codes
questionnaires-show-if-test-at-least = the number answered is at least
questionnaires-show-if-test-below = the number answered is below
questionnaires-show-if-value = Codes (separated by spaces) or number
questionnaires-show-if-codes = The choice codes of earlier questions
questionnaires-show-if-error-codes = Give at least one choice code of the earlier question
questionnaires-show-if-error-code = “{ $code }” is not a choice code: codes use letters, digits, _, - and . without spaces
questionnaires-show-if-error-number = “{ $value }” is not a number; give a number such as 18 or 2.5
questionnaires-show-if-error-test = Choose one of the tests in the list
questionnaires-unreviewed = Not yet reviewed
questionnaires-save = Save
questionnaires-back-to-builder = Back to the questionnaire
questionnaires-back-to-list = Back to questionnaires

### Details

questionnaires-details-title = Title, consent, dates and languages
questionnaires-details-title-label = Title
questionnaires-details-consent-label = Consent page
questionnaires-details-consent-hint = Respondents read this before any question, and no answer is kept unless they agree. Say who is asking, why, that taking part is their choice, and how answers are kept.
questionnaires-details-languages = Languages offered to respondents
questionnaires-details-languages-hint = The first language ticked is the default. Texts missing in a language are shown in the default language.
questionnaires-details-opens = First day answers are taken (optional)
questionnaires-details-date-hint = For example 2027-03-01
questionnaires-details-closes = Last day answers are taken (optional)
questionnaires-details-limit = Most answers through one link (optional)
questionnaires-details-limit-hint = A guard against floods of answers. Leave empty for no limit.

### Preview

questionnaires-preview-title = Preview
questionnaires-preview-intro = This is what respondents see, one page at a time. Grey notes saying when a question is shown are for you only.
questionnaires-preview-languages = Preview in another language
questionnaires-preview-if-any = Shown if “{ $question }” is answered { $values }.
questionnaires-preview-if-none = Shown if “{ $question }” is answered, but not { $values }.
questionnaires-preview-if-at-least = Shown if “{ $question }” is at least { $values }.
questionnaires-preview-if-below = Shown if “{ $question }” is below { $values }.

### Languages

questionnaires-languages-title = Languages and translations
questionnaires-languages-intro = Tessera's question bank is in English, Welsh, Arabic, Ukrainian and Farsi/Dari. Only the English has been reviewed; the other languages are drafts that no fluent speaker has checked yet. Respondents never see this mark. Ask a translator to review them with the spreadsheet below.
questionnaires-col-language = Language
questionnaires-col-written = Texts written
questionnaires-col-reviewed = Reviewed
questionnaires-col-offered = Offered to respondents
questionnaires-of-total = { $count } of { $total }
questionnaires-yes = Yes
questionnaires-no = No
questionnaires-unreviewed-in = Texts not yet reviewed in { $language }
questionnaires-and-more = { $count ->
    [one] and 1 more
   *[other] and { $count } more
}
questionnaires-translator-heading = Working with a translator
questionnaires-translator-intro = Download the texts as a spreadsheet with one column per language. The translator corrects the words and writes yes in the reviewed column of each text they have checked. Import the file back: the texts are replaced and marked reviewed.
questionnaires-translator-download = Download the texts for a translator (.xlsx)
questionnaires-translator-upload = The reviewed spreadsheet
questionnaires-translator-upload-hint = The file downloaded above, with the translator's changes. Nothing changes unless the whole file can be read.
questionnaires-translator-submit = Import the reviewed texts
questionnaires-language-en = English
questionnaires-language-cy = Welsh
questionnaires-language-ar = Arabic
questionnaires-language-uk = Ukrainian
questionnaires-language-fa = Farsi/Dari
questionnaires-language-prs = Dari
questionnaires-language-ps = Pashto
questionnaires-language-ur = Urdu
questionnaires-language-ku = Kurdish
questionnaires-language-ckb = Kurdish (Sorani)
questionnaires-language-ti = Tigrinya
questionnaires-language-so = Somali
questionnaires-language-pl = Polish
questionnaires-language-ro = Romanian
questionnaires-language-es = Spanish
questionnaires-language-fr = French
questionnaires-language-pt = Portuguese
questionnaires-language-ru = Russian
questionnaires-language-zh = Chinese
questionnaires-language-tr = Turkish

### Import

questionnaires-import-title = Import an XLSForm
questionnaires-import-intro = Bring in a form made in KoboToolbox, ODK Build or a spreadsheet, as an XLSForm workbook (.xlsx). Tessera reads it whole or not at all, and names every problem by sheet, row and column.
questionnaires-import-supported = What Tessera reads
questionnaires-import-supported-list = Single and multiple choice, whole and decimal numbers, ranges, text, dates and notes; required answers; simple “show if” conditions (relevant) and limits (constraint); groups one level deep; labels, hints and constraint messages in any number of languages.
questionnaires-import-unsupported = What it does not read
questionnaires-import-unsupported-list = Calculations, repeats, locations, photos and other media, barcodes, ranking, choices from files, choice filters, defaults, “other, please say” choices, and conditions that combine several questions with “or”. Metadata such as start, end and device id are left out. Remove these from the form, or rebuild those questions here.
questionnaires-import-file = XLSForm file (.xlsx)
questionnaires-import-submit = Import
questionnaires-upload-unreadable = The file could not be received. Try again.
questionnaires-upload-too-large = The file is larger than { $max } MB. An XLSForm is much smaller; check you chose the right file.
questionnaires-upload-nothing = Choose a file to import.

### Problems and errors

questionnaires-error-title-prefix = Error:
questionnaires-error-prefix = Error:
questionnaires-problems-title = { $count ->
    [one] There is a problem
   *[other] There are { $count } problems
}
questionnaires-problem-at = { $place }: { $problem }
questionnaires-problem-found = (found “{ $value }”)
questionnaires-place-sheet = sheet { $sheet }
questionnaires-place-row = row { $row }
questionnaires-place-column = column { $column }
questionnaires-place-question = question { $question }
questionnaires-error-no-questionnaire = There is no such questionnaire in your organisation.
questionnaires-error-cannot-move = That question cannot move that way: it is already at the edge of its page, or it is no longer in the questionnaire.
questionnaires-error-no-question = There is no such question in this questionnaire.
questionnaires-error-nothing-to-ask = None of the chosen indicators can be asked about in a questionnaire. Choose others, or add your own questions to a questionnaire built from domains.
questionnaires-error-no-domains = Choose at least one domain.
questionnaires-error-choose-bank-question = Choose a question from the list.
questionnaires-error-already-asked = The questionnaire already asks this question.
questionnaires-error-name-taken = Another question already has this column name. Choose another.
questionnaires-error-name-rule = Enter a column name that starts with a letter and has only letters, digits and _, at most 32 characters.
questionnaires-error-choose-type = Choose the type of answer.
questionnaires-error-label-needed = Enter the question.
questionnaires-error-too-long = This is too long: write at most { $max } characters.
questionnaires-error-not-a-number = Enter a number, not “{ $value }”.
questionnaires-error-choice-twice = Two choices have the code “{ $code }”. Give each its own.
questionnaires-error-choice-code = “{ $code }” cannot be a code: use letters, digits, _, - or . and no spaces.
questionnaires-error-choice-words-needed = Enter the words of this choice in the questionnaire's first language.
questionnaires-error-choices-needed = Enter at least one choice, one a line.
questionnaires-error-too-many-choices = Enter at most { $max } choices.
questionnaires-error-scale-ends = A scale needs a smallest and a largest whole number, the smallest first, such as 0 and 10.
questionnaires-error-min-above-max = The smallest number must not be above the largest.
questionnaires-error-title-needed = Enter a title.
questionnaires-error-consent-needed = Enter the consent text: no answer is kept without consent.
questionnaires-error-language-needed = Choose at least one language.
questionnaires-error-bad-language = “{ $code }” is not a language code.
questionnaires-error-bad-name = “{ $name }” cannot be a name: start with a letter, then letters, digits or _.
questionnaires-error-date = Enter a date like 2027-03-01, not “{ $value }”.
questionnaires-error-closes-before-opens = The last day must not be before the first day.
questionnaires-error-internal = Something went wrong reading the questionnaire.
questionnaires-problem-missing-label = the question has no words in the questionnaire's first language
questionnaires-problem-duplicate-name = another question already has this name; names must differ
questionnaires-problem-reserved-name = this name is kept for Tessera's own use; choose another
questionnaires-problem-no-choices = a choice question needs at least one choice
questionnaires-problem-duplicate-choice = two choices have the same code; codes must differ
questionnaires-problem-unexpected-choices = only choice questions have choices
questionnaires-problem-bad-scale = a scale needs a lowest point below its highest point
questionnaires-problem-bad-range = the smallest allowed number is above the largest
questionnaires-problem-show-if-not-earlier = “show if” must name a question that comes earlier
questionnaires-problem-show-if-unknown-code = “show if” names a choice the earlier question does not offer
questionnaires-problem-show-if-not-number = “show if” compares a number with an answer that is not a number
questionnaires-problem-rule-unknown-code = the rule names a choice the question does not offer
questionnaires-problem-rule-wrong-type = the rule does not fit the question's type
questionnaires-problem-unknown-indicator = the rule names an indicator that is not in any framework pack
questionnaires-problem-split-group = the questions of one page must be next to each other
questionnaires-problem-unknown-group = the question's page is not one of the questionnaire's pages
questionnaires-problem-no-language = the questionnaire needs at least one language
questionnaires-problem-no-questions = the questionnaire has no questions
questionnaires-problem-note-takes-no-answer = a note takes no answer, so it cannot be required or limited
questionnaires-problem-bad-pattern = the pattern is empty or holds a quote mark
questionnaires-problem-missing-title = the title or consent text is missing in the first language
questionnaires-problem-missing-sheet = the workbook has no sheet with this name
questionnaires-problem-missing-column = the sheet has no column with this name
questionnaires-problem-unsupported-type = Tessera does not support this (see the list on this page); remove it from the form
questionnaires-problem-unknown-type = this is not a question type Tessera knows; check its spelling
questionnaires-problem-unknown-list = the choices sheet has no list with this name
questionnaires-problem-conflicting-choice = the list gives this code two different labels
questionnaires-problem-unsupported-expression = Tessera cannot read this expression; write it as simple comparisons joined by “and”
questionnaires-problem-unbalanced-group = groups must open and close in pairs, one level deep
questionnaires-problem-empty-cell = this cell must not be empty
questionnaires-problem-bad-value = this value is not one the column takes
questionnaires-problem-unknown-text = the questionnaire has no text with this key
questionnaires-problem-unreadable = the file is not a workbook Tessera can read; save it as .xlsx
questionnaires-problem-too-large = the file is larger than Tessera reads
questionnaires-problem-bad-submission = the submission is not a form's answers Tessera can read; send it again from the form
questionnaires-problem-no-consent = the submission does not record the respondent's consent, so nothing was stored

### The API

questionnaires-api-bad-body = The body must be JSON like {"{"}"indicators": ["ioi-2019/bon-lonely"]{"}"} or {"{"}"plan": 1{"}"}: { $reason }
questionnaires-api-nothing = Give at least one indicator, or a plan with indicators.
