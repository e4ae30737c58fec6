// Printf verbs, widths, flags and bad verbs exactly as Go prints them.
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", 42, 42, 42, 42, 42, 42)
	fmt.Printf("%x|%X|%#x|%o|%#o|%b\n", 3054, 3054, 3054, 8, 8, 10)
	fmt.Printf("%f|%.2f|%8.3f|%-8.2f|%e|%E|%g\n", 3.14159, 3.14159, 3.14159, 3.14159, 1234.5678, 1234.5678, 0.00001234)
	fmt.Printf("%s|%10s|%-10s|%q|%v\n", "go", "go", "go", "go", "go")
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%c|%c|%U|%q\n", 'G', 0x1F600, 'G', 'G')
	fmt.Printf("%v|%+v|%#v|%T\n", T{1, "x"}, T{1, "x"}, T{1, "x"}, T{})
	fmt.Printf("%v|%v|%v\n", []int{1, 2}, []string{"a", "b"}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v|%#v\n", []int{1, 2}, "q")
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%6.2f%%|%x\n", 99.5, []byte("AB"))
	fmt.Printf("%v %v %v\n", nil, []interface{}{1, "a", nil}, struct{}{})
	fmt.Printf("%08b|%3c|%-4q|\n", 5, 'x', 'y')
	s := fmt.Sprintf("%3d|%-3d|", 7, 7)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
	fmt.Print("x", 1, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
	var ip *T
	fmt.Println(ip == nil)
	fmt.Printf("%v %d\n", []int(nil), []int{1, 2})
	fmt.Printf("%.3s|%.0f|%.1f|%.1f\n", "abcdef", 2.5, 0.05, 0.25)
}
