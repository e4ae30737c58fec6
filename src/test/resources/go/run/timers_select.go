// time.After in a select loop, a Ticker counted, a Timer stopped: outputs independent of scheduling.
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped", t.Stop())
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- 7
	}()
	select {
	case v := <-ch:
		fmt.Println("value", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case v := <-ch:
		fmt.Println("value", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout")
	}
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	fmt.Println("afterfunc", <-done)
}
