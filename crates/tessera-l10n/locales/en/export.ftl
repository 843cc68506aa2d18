## Exporting everything an organisation holds.

export-title = Export everything
export-heading = Export everything your organisation holds
export-intro = One JSON file with all the data Tessera holds for { $org }, for a subject access request, to move to another system or to keep a copy before deleting. It contains:
export-organisation = the organisation: its name and short name
export-datasets = { $count ->
    [one] { $count } dataset, with its description, mapping and codebook, every row kept (as columns of values) and the original file as uploaded (base64)
   *[other] { $count } datasets, each with its description, mapping and codebook, every row kept (as columns of values) and the original file as uploaded (base64)
}
export-plans = { $count ->
    [one] { $count } plan, in the documented plan format
   *[other] { $count } plans, each in the documented plan format
}
export-audit-before = the whole
export-audit-link = audit log
export-audit-after = , with before and after for every change
export-warning-label = Warning
export-warning = The file holds people’s survey answers. Keep it as securely as Tessera does and delete it when you no longer need it.
export-download = Download the export (JSON)
export-format-before = The format is described in
export-format-after = . Cached estimates are not included: they are worked out again from the rows.
