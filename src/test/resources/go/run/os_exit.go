// os.Exit ends the program at once with its status; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("exiting")
	os.Exit(3)
}
