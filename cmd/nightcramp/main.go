// Command nightcramp is the Nightcramp PWA. Built for GOOS=js GOARCH=wasm it
// is the app that runs in the browser; built natively it serves that app,
// writes it out as a static site, or precompresses the wasm.
//
// Usage:
//
//	nightcramp [-addr 127.0.0.1:8000] [-web web]       serve the app
//	nightcramp static -out DIR [-prefix /repo] [-web web]  write a static site
//	nightcramp precompress [-web web]                   write app.wasm.gz and .br
//	nightcramp deploy-config nginx|caddy                print a static server's configuration
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nightcramp/nightcramp/app/ui"
)

func main() {
	knowledge, err := loadKnowledge()
	ui.Register(knowledge, err)
	app.RunWhenOnBrowser()
	os.Exit(runNative(os.Args[1:], knowledge, err))
}
