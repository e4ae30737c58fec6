// The seed guide's §2.5 example: a 100ms timeout around an API call, the error wrapped with %w.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"
)

func apiCall(ctx context.Context) (string, error) {
	select {
	case <-time.After(200 * time.Millisecond):
		return "response", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func handle() error {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()

	result, err := apiCall(ctx)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			log.Println("request timed out")
		}
		return fmt.Errorf("api call failed: %w", err)
	}
	fmt.Println(result)
	return nil
}

func main() {
	if err := handle(); err != nil {
		fmt.Println(err)
	}
}
