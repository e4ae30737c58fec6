// time.Duration printing as Go does, arithmetic and conversions (no wall-clock values printed).
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Nanosecond, time.Microsecond, 1500 * time.Microsecond,
		100 * time.Millisecond, time.Second, 1500 * time.Millisecond, 2 * time.Minute, 90 * time.Second,
		time.Hour + 30*time.Minute + 15*time.Second, -3 * time.Second, 36 * time.Hour, 1234567890}
	for _, d := range ds {
		fmt.Print(d, " ")
	}
	fmt.Println()
	d := 2*time.Second + 500*time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), d.Minutes(), int64(d))
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	fmt.Println(time.Duration(42)*time.Millisecond, d/2, d.Round(time.Second), d.Truncate(time.Second))
	timeout := 50 * time.Millisecond
	fmt.Println("timeout after", timeout)
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 10*time.Millisecond, el < time.Second)
}
