# unreviewed: drafted without a fluent Welsh speaker's review (see docs/interface-translations.md).
## Siartiau: teitlau, disgrifiadau ar gyfer darllenwyr sgrin, a nodiadau a luniwyd ynddynt.

charts-split-title = { $measure }: newydd-ddyfodiaid a'r gymuned sy'n croesawu, { $table }
charts-trend-title = { $measure }: newydd-ddyfodiaid a'r gymuned sy'n croesawu ar draws tonnau
charts-description-line = { $label }: newydd-ddyfodiaid { $newcomers }, cymuned sy'n croesawu { $receiving }.
charts-too-few-responses = rhy ychydig o ymatebion
charts-side-too-few = { $side }: rhy ychydig o ymatebion
