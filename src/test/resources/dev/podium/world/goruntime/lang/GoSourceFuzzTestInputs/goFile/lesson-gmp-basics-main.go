// Lesson: G, M and P. Two Ps (GOMAXPROCS 2) run four goroutines. A new goroutine goes to its creator's runnext
// slot and pushes the previous one to the tail of the local run queue; an idle P steals work.
package main

import (
	"fmt"
	"podium"
	"runtime"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	podium.Work(200 * time.Microsecond)
	fmt.Println("worker", id, "done")
}

func main() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i, &wg)
	}
	wg.Wait()
	fmt.Println("all done; goroutines left:", runtime.NumGoroutine())
}
