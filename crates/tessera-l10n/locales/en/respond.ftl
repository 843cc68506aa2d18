## The respondent's pages (issue 15, part B): the public questionnaire, one page at a time,
## consent first, save and return, and the end page. Respondents never sign in.

respond-language-label = Language
respond-language-submit = Change language
respond-page-of = Page { $page } of { $pages }
respond-continue = Continue
respond-skip = Skip this question
respond-back = Back
respond-submit = Send my answers
respond-optional = (optional)
respond-error-summary = There is a problem

### Consent
respond-consent-title = Before you start
respond-consent-agree = I agree to take part, and for my answers to be kept as described above
respond-consent-hint = You do not have to take part. You can stop at any time, and skip any question that is not needed.
respond-start = Start

### Save and return
respond-save = Save and come back later
respond-saved-title = Your answers are saved
respond-saved-code-label = Your code to come back
respond-saved-body = Write this code down or keep it somewhere safe. With it you can carry on from where you stopped, on this link, for the next { $days } days. Nobody else can see your answers with the code alone, and we do not ask who you are.
respond-resume-title = Carry on with saved answers
respond-resume-label = Your code
respond-resume-hint = The code you were given when you saved, for example K7QX-4MHR-2PWD
respond-resume-submit = Carry on
respond-resume-not-found = No saved answers match this code. They may have expired after { $days } days. Check the code, or start again.

### End, closed and not yet open
respond-done-title = Thank you
respond-done-body = Your answers have been sent. You can now close this page.
respond-closed-title = This questionnaire is closed
respond-not-yet-title = This questionnaire is not open yet

### Problems with answers
respond-error-unknown = There is no question called { $question } in this questionnaire.
respond-error-repeated = The question { $question } was answered twice; send one answer.
respond-error-required = Answer this question to carry on.
respond-error-not-a-choice = “{ $code }” is not one of the answers you can choose.
respond-error-not-a-number = Enter a number, for example 12.
respond-error-not-whole = Enter a whole number, without decimals.
respond-error-too-small = Enter a number of { $min } or more.
respond-error-too-large = Enter a number of { $max } or less.
respond-error-not-a-date = Enter a date as year, month and day, for example 2025-06-01.
respond-error-too-long = Shorten your answer to { $max } characters or fewer.
respond-error-no-consent = We can only keep your answers if you agree. Tick the box to carry on, or close this page.
respond-error-not-yet-open = This questionnaire opens on { $date }. Please come back then.
respond-error-closed = This questionnaire is closed and no longer takes answers.
respond-error-full = This questionnaire has all the answers it needs and takes no more.
respond-error-key = This form arrived without its key. Start again from the link you were given.
respond-error-no-link = This link does not lead to a questionnaire. Check that you copied all of it, or ask whoever gave it to you.
respond-error-too-big = The answers sent were larger than this questionnaire allows.
respond-too-many-title = Wait a minute
respond-error-too-many = Too many answers have been sent from here in the last minute. Wait a minute, then go back and send your answers again: they are still on the previous page.
