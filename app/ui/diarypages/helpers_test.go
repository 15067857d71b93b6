package diarypages

import "github.com/nightcramp/nightcramp/app/ui/uitest"

// now is the fixed clock of these tests, uitest's: 03:10 in the night, so
// tonight is the evening before.
var now = uitest.Night
