// Applies the stored colour theme before the first paint, so that a person
// who chose light never sees the page switch. Runs before the wasm exists.
(function () {
  var theme = "dark";
  try {
    var stored = localStorage.getItem("nightcramp-theme");
    if (stored === "light" || stored === "system") theme = stored;
  } catch (e) {}
  document.documentElement.dataset.theme = theme;
})();
