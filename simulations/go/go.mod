module lessons

go 1.19

require podium v0.0.0

replace podium => ./podium
