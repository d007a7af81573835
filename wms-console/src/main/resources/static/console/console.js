// The console's only own script. The sign-in link that `wms dev` prints carries the token in the
// URL fragment (never sent to a server, so never in a log): put it into the form, drop it from the
// address bar and history, and sign in.
function signInFromLink() {
  var form = document.getElementById("sign-in");
  var match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (form && match) {
    history.replaceState(null, "", window.location.pathname + window.location.search);
    form.elements.token.value = decodeURIComponent(match[1]);
    form.submit();
  }
}
document.addEventListener("DOMContentLoaded", signInFromLink);
window.addEventListener("hashchange", signInFromLink);
