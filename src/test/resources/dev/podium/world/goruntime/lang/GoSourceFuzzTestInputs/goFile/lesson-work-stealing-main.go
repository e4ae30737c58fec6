// Lesson: work stealing. Main creates 32 goroutines in a burst: they all land on main's P (runnext, then its local
// run queue). The three other Ps are idle; their Ms wake up spinning and each steals half of P0's queue.
package main

import (
	"fmt"
	"podium"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			podium.Work(500 * time.Microsecond)
			mu.Lock()
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("finished:", done)
}
