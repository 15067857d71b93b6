//go:build wasm

package main

func runNative([]string) int { return 0 }
