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

function vulTekst(tekst) {
  const nieuw = tekst.nodeValue.trim() ? vertaling(tekst.nodeValue) : null;
  if (nieuw !== null) {
    tekst.nodeValue = nieuw;
  }
}

function vulVeld(veld) {
  const nieuw = vertaling(veld.getAttribute('placeholder'));
  if (nieuw !== null) {
    veld.setAttribute('placeholder', nieuw);
  }
}

/** Fills in the keys in a node and everything below it. */
function vul(wortel) {
  if (!wortel) {
    return;
  }
  if (wortel.nodeType === Node.TEXT_NODE) {
    vulTekst(wortel);
    return;
  }
  if (wortel.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const lezer = document.createTreeWalker(wortel, NodeFilter.SHOW_TEXT);
  for (let tekst = lezer.nextNode(); tekst; tekst = lezer.nextNode()) {
    vulTekst(tekst);
  }
  if (wortel.hasAttribute('placeholder')) {
    vulVeld(wortel);
  }
  wortel.querySelectorAll('[placeholder]').forEach(vulVeld);
}

fetch(appRoot + '/app/cockpit/locales/' + taal + '.json', { credentials: 'same-origin' })
  .then(antwoord => (antwoord.ok ? antwoord.json() : { labels: {} }))
  .then(bestand => {
    labels = bestand.labels || {};
    vul(document.body);
  })
  .catch(() => {
    labels = {};
  });

// after the first pass only what Cockpit adds or changes is read, not the whole page at every change
let gewijzigd = new Set();
new MutationObserver(wijzigingen => {
  if (gewijzigd.size === 0) {
    requestAnimationFrame(() => {
      const nodes = gewijzigd;
      gewijzigd = new Set();
      nodes.forEach(node => node.isConnected && vul(node));
    });
  }
  wijzigingen.forEach(wijziging => {
    if (wijziging.type !== 'childList') {
      gewijzigd.add(wijziging.target);
    } else {
      wijziging.addedNodes.forEach(node => gewijzigd.add(node));
    }
  });
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
});

export default [];
