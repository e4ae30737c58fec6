// main blocks on a channel nobody sends on: the runtime detects the deadlock, status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
