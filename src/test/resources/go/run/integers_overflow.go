// Sized integers wrap as Go's; division truncates; shifts; unsigned arithmetic; conversions.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var b byte = 250
	b += 10
	fmt.Println(b)
	var i32 int32 = 2147483647
	i32 += 1
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u uint = 0
	u--
	fmt.Println(u, u/3, u%7)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	fmt.Println(1<<10, 1024>>3, -16>>2)
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x*300), uint16(x*300))
	f := 3.99
	fmt.Println(int(f), int(-f), float64(7)/2)
	var h uint16 = 0xFFFF
	fmt.Println(h+1, ^h, h&^0xFF)
	n := 6
	fmt.Println(n&3, n|1, n^5, n<<2, -n)
	var k int = 1
	for j := 0; j < 62; j++ {
		k *= 2
	}
	fmt.Println(k, k*2, k*4)
	fmt.Printf("%d %x %o %b %08.3f %+d %e\n", 255, 255, 8, 5, 3.14159, 7, 123456.789)
	fmt.Println(1e6, 1e21, 123456789.0, 0.000012, 1.5, 100.0, 3.0/7)
	fmt.Println(float32(0.1), 2.0/3.0)
	fmt.Printf("%v %g %.3g %6.2f|%-8.3f|\n", 1e-7, 1e20, 3.14159, 2.5, 1.0)
}
