// An unrecovered panic: deferred calls run, then the runtime prints the panic and exits with status 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs first")
	fmt.Println("before")
	panic("boom")
}
