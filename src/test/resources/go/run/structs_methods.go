// Structs printed with %v, %+v, %#v; value and pointer receivers; struct copies; Stringer; comparison.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Person struct {
	Name string
	Age  int
	Tags []string
	Home *Point
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q)
	p.Scale(3)
	fmt.Println(p, p.Add(Point{1, 1}))
	pp := &p
	pp.Scale(2)
	fmt.Println(p.X, pp.Y)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%v %+v\n", pp, pp)
	per := Person{Name: "Ann", Age: 30, Tags: []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n", per, per)
	per.Home = &Point{5, 6}
	fmt.Println(per.Home.X, *per.Home)
	var t Celsius = 21.5
	fmt.Println(t)
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))
	fmt.Println(Red, Blue, []Color{Green, Red})
	fmt.Printf("%d %v %T\n", Green, Green, Green)
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})
	ps := []Point{{1, 1}, {2, 2}}
	for i := range ps {
		ps[i].Scale(10)
	}
	fmt.Println(ps)
	for _, v := range ps {
		v.X = 0
	}
	fmt.Println(ps)
	m := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(m[Point{1, 2}], len(m))
	type inner struct {
		n int
		s string
	}
	fmt.Printf("%v %+v\n", inner{1, "x"}, inner{2, "y"})
	var np *Point
	fmt.Println(np == nil, np)
}
