/*
 * Gemeente Utrecht: Dutch texts in the Camunda Forms (form-js 1.8) that Tasklist renders.
 *
 * form-js has its client-side validation messages ("Field is required.") and a few placeholders
 * ("Select", "Search") built in, in English, without a way to translate them. This module, loaded
 * through customScripts in config.js, replaces exactly those texts inside rendered forms
 * (.fjs-container) while the page is Dutch; everything else, and an English page, stays untouched.
 * The project's own labels, descriptions and server-side refusals are Dutch already.
 */

const VASTE_TEKSTEN = new Map([
  ['Field is required.', 'Dit veld is verplicht.'],
  ['Field must be a valid email.', 'Vul een geldig e-mailadres in.'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)',
    'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31301234567).'],
  ['Value is not a number.', 'De waarde is geen getal.'],
  ['Value is expected to be an integer.', 'De waarde moet een geheel getal zijn.'],
  ['Select', 'Kies'],
  ['Search', 'Zoeken'],
  ['No results', 'Geen resultaten'],
  ['All values selected', 'Alle waarden zijn gekozen']
]);

const PATRONEN = [
  [/^Field must have minimum length of (\d+)\.$/, 'Vul minstens $1 tekens in.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Vul hoogstens $1 tekens in.'],
  [/^Field must have minimum value of (.+)\.$/, 'De waarde moet minstens $1 zijn.'],
  [/^Field must have maximum value of (.+)\.$/, 'De waarde mag hoogstens $1 zijn.'],
  [/^Field must match pattern (.+)\.$/, 'De invoer voldoet niet aan het patroon $1.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'De waarde mag hoogstens $1 decimalen hebben.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Kies een geldige waarde; de dichtstbijzijnde geldige waarden zijn $1 en $2.']
];

function vertaling(tekst) {
  const kern = tekst.trim();
  if (VASTE_TEKSTEN.has(kern)) {
    return tekst.replace(kern, VASTE_TEKSTEN.get(kern));
  }
  for (const [patroon, nederlands] of PATRONEN) {
    if (patroon.test(kern)) {
      return tekst.replace(kern, kern.replace(patroon, nederlands));
    }
  }
  return null;
}

function inFormulier(knooppunt) {
  const element = knooppunt.nodeType === Node.ELEMENT_NODE ? knooppunt : knooppunt.parentElement;
  return element !== null && element.closest('.fjs-container') !== null;
}

function vertaalTekst(tekstknooppunt) {
  const nederlands = vertaling(tekstknooppunt.data);
  if (nederlands !== null && inFormulier(tekstknooppunt)) {
    tekstknooppunt.data = nederlands;
  }
}

function vertaalPlaceholder(element) {
  const placeholder = element.getAttribute('placeholder');
  const nederlands = placeholder === null ? null : vertaling(placeholder);
  if (nederlands !== null && inFormulier(element)) {
    element.setAttribute('placeholder', nederlands);
  }
}

function vertaalOnder(wortel) {
  if (wortel.nodeType === Node.TEXT_NODE) {
    vertaalTekst(wortel);
    return;
  }
  if (wortel.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (wortel.hasAttribute('placeholder')) {
    vertaalPlaceholder(wortel);
  }
  wortel.querySelectorAll('[placeholder]').forEach(vertaalPlaceholder);
  const wandelaar = document.createTreeWalker(wortel, NodeFilter.SHOW_TEXT);
  for (let tekst = wandelaar.nextNode(); tekst !== null; tekst = wandelaar.nextNode()) {
    vertaalTekst(tekst);
  }
}

if (document.documentElement.lang === 'nl') {
  new MutationObserver((wijzigingen) => {
    for (const wijziging of wijzigingen) {
      if (wijziging.type === 'childList') {
        wijziging.addedNodes.forEach(vertaalOnder);
      } else if (wijziging.type === 'characterData') {
        vertaalTekst(wijziging.target);
      } else {
        vertaalPlaceholder(wijziging.target);
      }
    }
  }).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
  });
}
