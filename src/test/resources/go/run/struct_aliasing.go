// Pointer aliasing of struct variables, fields and elements; struct values copied on assignment and calls.
package main

import "fmt"

type Inner struct{ V int }

type Outer struct {
	Name  string
	In    Inner
	Items []Inner
	Ptr   *Inner
}

func modify(o Outer) { o.Name = "changed"; o.In.V = 99 }

func modifyPtr(o *Outer) { o.Name = "changed"; o.In.V = 99 }

func main() {
	a := Outer{Name: "a", In: Inner{1}}
	b := a
	b.In.V = 2
	fmt.Println(a.In.V, b.In.V)
	p := &a
	a.Name = "via var"
	fmt.Println(p.Name)
	a = Outer{Name: "reassigned"}
	fmt.Println(p.Name)
	ip := &a.In
	ip.V = 7
	fmt.Println(a.In.V)
	modify(a)
	fmt.Println(a.Name, a.In.V)
	modifyPtr(&a)
	fmt.Println(a.Name, a.In.V)
	a.Items = []Inner{{1}, {2}}
	ep := &a.Items[1]
	ep.V = 20
	fmt.Println(a.Items)
	c := a
	c.Items[0].V = 10
	fmt.Println(a.Items, c.Items)
	shared := &Inner{5}
	a.Ptr = shared
	d := a
	d.Ptr.V = 6
	fmt.Println(a.Ptr.V, shared.V)
	arr := []Outer{{Name: "x"}}
	for i := range arr {
		arr[i].Name = "y"
	}
	first := arr[0]
	first.Name = "z"
	fmt.Println(arr[0].Name, first.Name)
	m := map[string]Inner{"k": {1}}
	tmp := m["k"]
	tmp.V = 100
	fmt.Println(m["k"].V, tmp.V)
	var o Outer
	fmt.Printf("%+v\n", o)
	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
}
