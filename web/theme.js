// The colour theme, in one place. The choice ("dark", the default, "light"
// or "system") is kept in localStorage and in data-theme; the scheme in
// effect ("dark" or "light") is data-scheme, which app.css styles. It runs
// before the first paint, so a person who chose light never sees the page
// switch, follows the system setting live, and gives the wasm
// nightcrampSetTheme to change the choice.
(function () {
  var key = "nightcramp-theme";
  var systemLight = window.matchMedia("(prefers-color-scheme: light)");
  var root = document.documentElement;

  function apply(choice) {
    if (choice !== "light" && choice !== "system") choice = "dark";
    root.dataset.theme = choice;
    root.dataset.scheme = choice === "system" ? (systemLight.matches ? "light" : "dark") : choice;
  }

  var stored = null;
  try {
    stored = localStorage.getItem(key);
  } catch (e) {}
  apply(stored);
  systemLight.addEventListener("change", function () {
    apply(root.dataset.theme);
  });

  window.nightcrampSetTheme = function (choice) {
    apply(choice);
    try {
      localStorage.setItem(key, root.dataset.theme);
    } catch (e) {}
  };
})();
