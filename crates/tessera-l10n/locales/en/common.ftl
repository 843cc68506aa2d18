## Words used everywhere: the language switch, counts, dates.

language-name = English
language-switch = Cymraeg
language-switch-label = Darllenwch y dudalen hon yn Gymraeg

count-datasets = { $count ->
    [one] { $count } dataset
   *[other] { $count } datasets
}

date-long = { $day } { $month } { $year }
date-time = { $date }, { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
