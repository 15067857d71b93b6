// Package uitest is the test kit of the rooms' native tests: the knowledge
// base loaded once, a site over a diary in memory on a fixed clock, a
// mounted component that lends its go-app context, and go-app's HTML read
// back into a tree that tests query by id, tag, class and text.
//
// It is imported only from _test.go files, and imports no room but site,
// so that every room (install and shell included) can use it.
package uitest
