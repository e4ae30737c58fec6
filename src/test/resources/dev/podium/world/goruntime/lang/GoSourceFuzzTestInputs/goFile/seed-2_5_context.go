package main

func main() {
ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
defer cancel()

result, err := apiCall(ctx)
if err != nil {
    if errors.Is(err, context.DeadlineExceeded) {
        log.Println("request timed out")
    }
    return fmt.Errorf("api call failed: %w", err)
}
}
