module podium

go 1.19
