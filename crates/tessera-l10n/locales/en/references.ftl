## Reference values (issue 18): national or regional figures for an indicator, with their
## source and year, shown beside the organisation's own estimates.

references-title = Reference values
references-intro = Record a national or regional figure for an indicator, with where it comes from and the year it describes, to see your own estimates beside it. A reference value is context for your figures, not a target.
references-level-national = National
references-level-regional = Regional
references-level-local = Local
references-position-below = below your estimate's interval
references-position-within = within your estimate's interval
references-position-above = above your estimate's interval

references-list-caption = Your organisation's reference values
references-none = Your organisation has not recorded any reference values yet.
references-col-indicator = Indicator
references-col-value = Value
references-col-area = Area
references-col-year = Year
references-col-source = Source
references-col-delete = Delete
references-delete = Delete
references-add-heading = Record a reference value
references-field-indicator = Indicator
references-field-value = Value
references-field-value-hint = For a share, the percentage (34.5 for 34.5%); otherwise the figure as published.
references-field-area = Area it describes
references-field-area-hint = For example, England, Wales or North West.
references-field-level = Level
references-field-source = Source
references-field-source-hint = The publication or survey, such as "Community Life Survey 2021/22".
references-field-url = Link to the source (optional)
references-field-year = Year it describes
references-field-notes = Notes (optional)
references-field-notes-hint = How it was defined and who it covers, if that differs from your measure.
references-add = Record the reference value
references-done-added = The reference value was recorded.
references-done-deleted = The reference value was deleted.

references-panel-heading = Reference values
references-panel-intro = National and regional figures your organisation recorded for this indicator.
references-panel-none = Your organisation has recorded no reference value for this indicator.
references-panel-add = Record a reference value for this indicator
references-panel-estimates = Your estimates for this indicator:
references-panel-side = { $side }: { $position }.
references-panel-caption = Reference values beside your estimates
references-col-newcomers = Against newcomers
references-col-receiving = Against the receiving community

references-error-not-found = There is no such reference value in your organisation.
references-error-indicator = Choose an indicator from the list.
references-error-percent = Enter the share as a percentage from 0 to 100, such as 34.5; "{ $value }" is not one.
references-error-number = Enter a number, such as 7.2; "{ $value }" is not a number.
references-error-area = Say which area the figure describes, such as England.
references-error-level = Choose national, regional or local.
references-error-source = Say where the figure comes from.
references-error-url = Enter a web address starting with https://, or leave it blank.
references-error-year = Enter the year the figure describes, from { $from } to { $to }.
references-error-too-long = This is too long: write at most { $max } characters.
