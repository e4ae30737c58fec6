// A minimal lesson program using the podium package: it runs on Podium and with the real go tool
// (cd simulations/go && go run ./hello_podium).
package main

import (
	"fmt"
	"podium"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			podium.Work(2 * time.Millisecond)
			podium.Syscall(time.Millisecond)
		}(i)
	}
	wg.Wait()
	fmt.Println("3 workers done")
}
