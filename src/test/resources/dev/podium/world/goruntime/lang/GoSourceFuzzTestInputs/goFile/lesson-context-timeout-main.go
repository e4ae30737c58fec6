// Lesson: context.WithTimeout cancelling a fan-out (the seed's §2.5 control chain: handler -> service -> DB and
// remote API). The DB answers in 30 ms; the remote API would take 300 ms, but the 100 ms deadline cancels it.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func query(ctx context.Context, name string, d time.Duration) error {
	select {
	case <-time.After(d):
		fmt.Println(name, "finished")
		return nil
	case <-ctx.Done():
		fmt.Println(name, "cancelled:", ctx.Err())
		return ctx.Err()
	}
}

func service(ctx context.Context) error {
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	calls := map[string]time.Duration{"db": 30 * time.Millisecond, "remote-api": 300 * time.Millisecond}
	for name, d := range calls {
		wg.Add(1)
		go func(name string, d time.Duration) {
			defer wg.Done()
			errs <- query(ctx, name, d)
		}(name, d)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return fmt.Errorf("service: %w", err)
		}
	}
	return nil
}

func handler() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := service(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		fmt.Println("handler: deadline exceeded")
	}
}

func main() {
	handler()
}
