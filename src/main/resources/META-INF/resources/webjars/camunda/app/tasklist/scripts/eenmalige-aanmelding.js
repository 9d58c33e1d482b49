/*
 * Gemeente Utrecht: single sign-on (profile oidc) in Tasklist, Cockpit, Admin and the welcome page.
 *
 * The webapps talk to the server with XHRs; a redirect to the identity provider cannot happen inside one. With the
 * profile oidc the server therefore names the address in the header X-Wijk-Doorsturen, and this module opens it in
 * the window: after the webapps' logout (the provider's end-session page, which ends the provider's session too) and
 * when a request finds no session any more (the provider's login). Without the profile the header never comes and
 * the module does nothing.
 */

const KOP = 'X-Wijk-Doorsturen';
let onderweg = false;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (...argumenten) {
  this.addEventListener('load', () => {
    const adres = this.getResponseHeader(KOP);
    if (adres && !onderweg) {
      onderweg = true;
      window.location.assign(adres);
    }
  });
  return open.apply(this, argumenten);
};
