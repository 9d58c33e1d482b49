/*
 * Gemeente Utrecht: the case-file action "Escaleren" (issues 20 and 21): a wijkregisseur of the case's wijk starts an
 * escalation about the responsible dienst of a stalling advice, information request or initiative, linked to the case
 * (POST /api/zaken/{zaaknummer}/escaleren). Kept apart from zaakdossier.js: it adds itself to every case file shown
 * (the tab "Zaak" in Tasklist and the page /zaken/{zaaknummer}) when the server says the user may escalate the case
 * (magEscaleren); the server decides again on the request, and its Dutch refusal is shown next to the button.
 */

import { api, el, zaaklink } from './zaakdossier.js';

function csrf() {
  const inhoud = document.getElementById('inhoud');
  if (inhoud && inhoud.dataset.csrf) {
    return inhoud.dataset.csrf;
  }
  const koek = document.cookie.split('; ').find(deel => deel.startsWith('XSRF-TOKEN='));
  return koek ? decodeURIComponent(koek.split('=')[1]) : undefined;
}

function formulier(zaaknummer) {
  const id = `wijk-escaleren-${Math.random().toString(36).slice(2)}`;
  const toelichting = el('textarea', { id, name: 'toelichting', class: 'form-control wijk-escalerentoelichting', rows: '2', maxlength: '2000' });
  const melding = el('p', { class: 'wijk-escalerenmelding', role: 'status', 'aria-live': 'polite' });
  const knop = el('button', { type: 'submit', class: 'btn btn-warning wijk-escalerenknop' }, 'Escaleren');
  const form = el('form', { class: 'wijk-escalerenformulier', novalidate: true },
    el('h4', {}, 'Escaleren'),
    el('p', { class: 'help-block', id: `${id}-uitleg` }, 'Start een escalatie naar de verantwoordelijke dienst, gekoppeld aan deze zaak. '
      + 'U bent eigenaar van de escalatie en kiest daar de volgende stappen.'),
    el('label', { for: id }, 'Toelichting (optioneel)'), toelichting, knop, melding);
  toelichting.setAttribute('aria-describedby', `${id}-uitleg`);
  form.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    knop.disabled = true;
    melding.className = 'wijk-escalerenmelding';
    melding.textContent = 'Bezig met starten…';
    const invoer = toelichting.value.trim() ? { toelichting: toelichting.value } : {};
    api(`/${encodeURIComponent(zaaknummer)}/escaleren`, { csrf: csrf(), json: invoer })
      .then(antwoord => {
        form.replaceChildren(el('p', { class: 'wijk-escalerenmelding', role: 'status' }, 'Escalatie gestart: ',
          zaaklink(antwoord.escalatie), '.'));
      })
      .catch(fout => {
        knop.disabled = false;
        melding.className = 'wijk-escalerenmelding text-danger';
        melding.textContent = fout.message;
      });
  });
  return form;
}

function voegToe(sectie) {
  sectie.dataset.wijkEscaleren = 'bezig';
  const zaaknummer = (sectie.getAttribute('aria-label') || '').replace(/^Zaak /, '');
  if (!zaaknummer) {
    return;
  }
  api(`/${encodeURIComponent(zaaknummer)}`).then(dossier => {
    if (dossier.magEscaleren && sectie.isConnected && !sectie.querySelector('.wijk-escalerenformulier')) {
      sectie.append(formulier(zaaknummer));
    }
  }).catch(() => { /* the case file shows its own error */ });
}

new MutationObserver(() => {
  document.querySelectorAll('section.wijk-dossier:not([data-wijk-escaleren])').forEach(voegToe);
}).observe(document.documentElement, { childList: true, subtree: true });
