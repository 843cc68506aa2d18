## Charts: titles, descriptions for screen readers, and notes drawn in them.

charts-split-title = { $measure }: newcomers and receiving community, { $table }
charts-trend-title = { $measure }: newcomers and receiving community across waves
charts-description-line = { $label }: newcomers { $newcomers }, receiving community { $receiving }.
charts-too-few-responses = too few responses
charts-side-too-few = { $side }: too few responses
