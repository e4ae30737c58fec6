// G, M and P: goroutines that burn CPU and block in system calls, with the lessons' podium package.
package main

import (
	"fmt"
	"podium"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			podium.Work(2 * time.Millisecond)
			if id%2 == 0 {
				podium.Syscall(50 * time.Microsecond)
			}
			runtime.Gosched()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
