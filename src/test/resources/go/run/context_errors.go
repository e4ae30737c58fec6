// context: cancel propagates to children; Err is Canceled or DeadlineExceeded; values; Done channels.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	root, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	defer cancelChild()
	fmt.Println(root.Err(), child.Err())
	cancel()
	<-child.Done()
	fmt.Println(root.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))
	ctx, stop := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer stop()
	select {
	case <-ctx.Done():
		fmt.Println("timed out:", ctx.Err(), ctx.Err() == context.DeadlineExceeded)
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}
	vctx := context.WithValue(context.Background(), key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
	work, cancelWork := context.WithCancel(context.Background())
	results := make(chan string)
	go func() {
		select {
		case <-work.Done():
			results <- "worker stopped: " + work.Err().Error()
		case <-time.After(time.Hour):
			results <- "worker finished"
		}
	}()
	time.Sleep(5 * time.Millisecond)
	cancelWork()
	fmt.Println(<-results)
	fmt.Println(context.Canceled, context.DeadlineExceeded)
}
