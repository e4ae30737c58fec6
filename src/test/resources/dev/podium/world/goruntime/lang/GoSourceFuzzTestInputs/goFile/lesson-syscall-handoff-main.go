// Lesson: a blocking system call (the seed's §2.1 flow). A goroutine enters a syscall: its M stays with it, blocked
// in the kernel. After 20 µs sysmon retakes the P and hands it to another M, so the other goroutines keep running.
// When the syscall returns, the goroutine needs a P again. (The newest goroutine runs first: it is in runnext.)
package main

import (
	"fmt"
	"podium"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			podium.Work(300 * time.Microsecond)
			fmt.Println("compute step", i)
		}
	}()
	go func() {
		defer wg.Done()
		podium.Syscall(2 * time.Millisecond) // e.g. reading a file
		fmt.Println("syscall returned")
	}()
	wg.Wait()
}
