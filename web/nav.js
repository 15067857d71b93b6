// Scroll like a native app across go-app's in-page navigations: a page
// opened by a link starts at its top (or at its #fragment, which go-app
// scrolls to), and back and forward return to where the person was.
//
// go-app moves between pages with history.pushState and keeps no scroll
// positions, so the browser's own restoration would leave a new page at
// the old page's depth. Each history entry keeps its position in its state
// (under scrollKey), written just before the entry is left; go-app's
// pushState and replaceState calls pass no state or a state of their own,
// so both are wrapped to keep the key.
(function () {
  var scrollKey = "nightcrampScrollY";
  var history = window.history;
  if (!history || !history.pushState || !history.replaceState) return;
  history.scrollRestoration = "manual";

  var push = history.pushState;
  var replace = history.replaceState;

  // withScroll is state with the scroll position y added; a state that is
  // not a plain object is kept as it is.
  function withScroll(state, y) {
    if (state !== null && state !== undefined && typeof state !== "object") return state;
    var next = {};
    for (var k in state) {
      if (Object.prototype.hasOwnProperty.call(state, k)) next[k] = state[k];
    }
    next[scrollKey] = y;
    return next;
  }

  function savedY(state) {
    return state && typeof state === "object" && typeof state[scrollKey] === "number" ? state[scrollKey] : null;
  }

  // lastY is where the person last was. go-app draws the new page before
  // it calls pushState, so by then window.scrollY may already be clamped to
  // the new page: the position is taken from scroll events and at the click.
  var lastY = window.scrollY;
  window.addEventListener("scroll", function () {
    lastY = window.scrollY;
  }, { passive: true });
  window.addEventListener("click", function () {
    lastY = window.scrollY;
  }, true);

  function remember(y) {
    try {
      replace.call(history, withScroll(history.state, y), "");
    } catch (e) {}
  }

  history.replaceState = function (state, title, url) {
    var y = savedY(history.state);
    var args = [withScroll(state, y === null ? window.scrollY : y), title];
    if (arguments.length > 2) args.push(url);
    return replace.apply(history, args);
  };

  history.pushState = function (state, title, url) {
    remember(lastY);
    var args = [withScroll(state, 0), title];
    if (arguments.length > 2) args.push(url);
    var result = push.apply(history, args);
    restoring++;
    if (!location.hash) window.scrollTo(0, 0);
    return result;
  };

  // restore scrolls to y over the next frames, until the page drawn for
  // the entry holds it: go-app draws the page after popstate, so the first
  // frames may still show the page being left.
  // A newer navigation, or the person's own scrolling, ends a restore that
  // is still trying.
  var restoring = 0;
  function restore(y) {
    var run = ++restoring;
    var frames = 0;
    (function step() {
      if (run !== restoring) return;
      window.scrollTo(0, y);
      frames++;
      if (frames < 4 || (Math.abs(window.scrollY - y) > 1 && frames < 30)) requestAnimationFrame(step);
    })();
  }
  ["wheel", "touchstart", "keydown"].forEach(function (type) {
    window.addEventListener(type, function () {
      restoring++;
    }, { passive: true, capture: true });
  });

  window.addEventListener("popstate", function (event) {
    var y = savedY(event.state);
    restore(y === null ? 0 : y);
  });

  // A reload or a return to the app keeps the place too.
  window.addEventListener("pagehide", function () {
    remember(window.scrollY);
  });
  window.addEventListener("load", function () {
    var y = savedY(history.state);
    if (y !== null && !location.hash) restore(y);
  });
})();
