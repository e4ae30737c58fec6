// Number formatting details: zero padding with signs and precisions, %g and %e forms, shortest floats.
package main

import "fmt"

func main() {
	fmt.Printf("%08.3f|%08.3f|%+08.2f|%-8.2f|", -3.14159, 3.14159, 2.5, -1.0)
	fmt.Printf("%08d|%08.3d|%x|%X|% x\n", -42, 7, -255, "hi", "hi")
	fmt.Printf("%6.3v|%.0f|%.1e|%g|%g|%G\n", 3.14159, 0.5, 123456.0, 1e-5, 123456789.0, 1e-10)
	fmt.Println(float32(1)/3, 1/3.0, 2e-7, 5e20, 1e21, -0.0)
}
