// The runtime detects this: fatal error: all goroutines are asleep - deadlock!
package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- 1
	fmt.Println(<-ch)
}
