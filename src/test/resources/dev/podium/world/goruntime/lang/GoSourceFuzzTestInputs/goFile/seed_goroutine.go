// The seed guide's §2.1 example: start one goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("Hello from goroutine")
	}()
	time.Sleep(10 * time.Millisecond)
}
