// fmt calls String and Error methods: on values, pointers, elements of slices and maps, exported fields.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Level int

func (l Level) String() string { return []string{"low", "mid", "high"}[l] }

type Node struct{ ID int }

func (n *Node) String() string { return fmt.Sprintf("node#%d", n.ID) }

type Job struct {
	Name  string
	Prio  Level
	Err   error
	Delay time.Duration
	prio  Level
}

func main() {
	fmt.Println(Level(2), []Level{0, 1}, map[Level]int{2: 1, 0: 3})
	fmt.Printf("%v %s %d %q %x\n", Level(1), Level(1), Level(1), Level(0), Level(2))
	n := &Node{7}
	fmt.Println(n, *n, []*Node{n})
	j := Job{"build", 2, errors.New("failed"), 1500 * time.Millisecond, 1}
	fmt.Printf("%v\n%+v\n", j, j)
	fmt.Println([]error{errors.New("a"), nil}, []time.Duration{time.Second, 2 * time.Millisecond})
	var ls fmt.Stringer = Level(0)
	fmt.Println(ls, ls.String())
	fmt.Println(fmt.Sprint(Level(1), Level(2)), fmt.Sprint("x", Level(1)))
	fmt.Printf("%5v|%-6s|\n", Level(0), Level(1))
	type pair struct {
		K string
		V interface{}
	}
	fmt.Printf("%v %+v\n", pair{"k", Level(2)}, pair{"k", 3.5})
	fmt.Println(struct {
		A []int
		B map[string]bool
	}{[]int{1}, map[string]bool{"z": true, "a": false}})
}
