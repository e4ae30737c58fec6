// errors.New, fmt.Errorf with %w, errors.Is and Unwrap through a chain, a custom error type.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }

func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "empty", Err: ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	err := find("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	wrapped := fmt.Errorf("layer2: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	qe := find("")
	fmt.Println(qe, errors.Is(qe, ErrNotFound))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	var e error
	fmt.Println(e == nil, e)
	e = ErrNotFound
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Println(errors.New("a") == errors.New("a"))
	fmt.Printf("%T %T\n", ErrNotFound, qe)
}
