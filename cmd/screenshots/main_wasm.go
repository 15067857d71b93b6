//go:build wasm

// Command screenshots runs natively only; see main.go.
package main

func main() {}
