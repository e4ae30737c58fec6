// Lesson: select. When several cases are ready, select picks one uniformly at random, so no channel starves;
// with default it never blocks; a nil channel's case is never chosen.
package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	fromA, fromB := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			fromA++
		case <-b:
			fromB++
		}
	}
	fmt.Println("from a:", fromA, "from b:", fromB)

	var never chan int // nil: this case is never ready
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nothing ready: default")
	}
}
