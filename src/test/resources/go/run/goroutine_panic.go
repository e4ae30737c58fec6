// A panic in another goroutine kills the program, status 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		panic(fmt.Sprintf("worker %d failed", 3))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
