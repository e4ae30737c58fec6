// Closing a closed channel panics.
package main

func main() {
	ch := make(chan int)
	close(ch)
	close(ch)
}
