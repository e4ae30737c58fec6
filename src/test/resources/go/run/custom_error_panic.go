// A panic with a custom error type prints its Error() method; a Stringer is printed through String().
package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	var err error = MyErr{42}
	fmt.Println(err)
	fmt.Printf("%v %+v %d\n", err, err, 7)
	panic(err)
}
