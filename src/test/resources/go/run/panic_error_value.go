// A panic with an error value prints its Error(); a recovered panic re-panicked prints [recovered].
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Errorf("wrapped: %v", r))
	}()
	panic(errors.New("disk full"))
}
