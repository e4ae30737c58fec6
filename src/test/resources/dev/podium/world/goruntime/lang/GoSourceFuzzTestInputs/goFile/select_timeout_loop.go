// select in a loop: a ticker, a timeout and a quit channel; nil channels are never chosen.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	quit := make(chan struct{})
	var never chan int
	timer := time.NewTimer(55 * time.Millisecond)
	go func() {
		<-timer.C
		close(quit)
	}()
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case v := <-never:
			fmt.Println("impossible", v)
		case <-quit:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
}
