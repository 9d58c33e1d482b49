/*
 * Gemeente Utrecht: some Cockpit views take their texts with $translate.instant() once, when they are built. A page
 * opened straight from a link (Tasklist's link to the process instance) can be built before locales/<taal>.json has
 * arrived, and then the variable table's headers and search field keep their keys (PLUGIN_VARIABLE_NAME) for good.
 * This module reads the same locale file and fills in every key still on the page, text or placeholder, once it is
 * there. It also writes the variable table's "Actions" header, which Cockpit's template has in English, in Dutch.
 */

const SLEUTEL = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const VAST = { nl: { Actions: 'Acties' } };
const taal = document.documentElement.lang || 'nl';
const basis = document.querySelector('base');
const appRoot = (basis && basis.getAttribute('app-root')) || '/camunda';

let labels = null;

function vertaling(tekst) {
  const sleutel = tekst.trim();
  if (labels && SLEUTEL.test(sleutel) && typeof labels[sleutel] === 'string' && !/[<{]/.test(labels[sleutel])) {
    return tekst.replace(sleutel, labels[sleutel]);
  }
  const vast = (VAST[taal] || {})[sleutel];
  return vast ? tekst.replace(sleutel, vast) : null;
}

function vul() {
  if (!document.body) {
    return;
  }
  const lezer = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let tekst = lezer.nextNode(); tekst; tekst = lezer.nextNode()) {
    const nieuw = tekst.nodeValue.trim() ? vertaling(tekst.nodeValue) : null;
    if (nieuw !== null) {
      tekst.nodeValue = nieuw;
    }
  }
  document.querySelectorAll('[placeholder]').forEach(veld => {
    const nieuw = vertaling(veld.getAttribute('placeholder'));
    if (nieuw !== null) {
      veld.setAttribute('placeholder', nieuw);
    }
  });
}

fetch(appRoot + '/app/cockpit/locales/' + taal + '.json', { credentials: 'same-origin' })
  .then(antwoord => (antwoord.ok ? antwoord.json() : { labels: {} }))
  .then(bestand => {
    labels = bestand.labels || {};
    vul();
  })
  .catch(() => {
    labels = {};
  });

let gepland = false;
new MutationObserver(() => {
  if (!gepland) {
    gepland = true;
    requestAnimationFrame(() => {
      gepland = false;
      vul();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
