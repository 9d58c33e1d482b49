/*
 * Gemeente Utrecht: the advice's actions in the tab "Zaak" (issue 19 item 1: options are actions on the case, not
 * standing tasks). Under the case file of an open wijkplatform-advies, the wijkbureau of its wijk gets
 * "Reactietermijn verlengen" (once, with a reason and a new werkdag): POST /api/zaken/{zaaknummer}/verlengen. The server
 * says whether the user may (GET on the same address) and refuses in Dutch; its message is shown next to the form.
 * Every text from the server is set as text.
 */

import { api, el, moment } from './zaakdossier.js';

const ADVIES = /^ADV-\d{4}-\d{6}$/;

/** The session's CSRF token, from the cookie the webapps set (the same token Tasklist sends). */
function csrf() {
  const koekje = document.cookie.split('; ').find(k => k.startsWith('XSRF-TOKEN='));
  return koekje ? decodeURIComponent(koekje.slice('XSRF-TOKEN='.length)) : undefined;
}

function dagNa(iso) {
  const dag = new Date(`${iso}T12:00:00Z`);
  dag.setUTCDate(dag.getUTCDate() + 1);
  return dag.toISOString().slice(0, 10);
}

function verlengformulier(zaaknummer, mogelijk) {
  const id = `wijk-verlengen-${Math.random().toString(36).slice(2)}`;
  const reden = el('textarea', { id: `${id}-reden`, name: 'reden', class: 'form-control wijk-verlengreden', rows: '3', maxlength: '2000', required: true });
  const datum = el('input', { id: `${id}-datum`, name: 'nieuweTermijn', type: 'date', class: 'form-control wijk-verlengdatum',
    min: dagNa(mogelijk.huidigeTermijn), required: true });
  const melding = el('p', { class: 'wijk-verlengmelding', role: 'status', 'aria-live': 'polite' });
  const knop = el('button', { type: 'submit', class: 'btn btn-default wijk-verlengknop' }, 'Reactietermijn verlengen');
  const form = el('form', { class: 'wijk-verlengformulier', novalidate: true },
    el('p', { class: 'help-block', id: `${id}-uitleg` }, `De reactie is nu uiterlijk ${moment(mogelijk.huidigeTermijn, false)} verschuldigd. `
      + 'U kunt de termijn één keer verlengen; het wijkplatform krijgt de nieuwe datum en de reden per mail.'),
    el('label', { for: reden.id }, 'Reden van de verlenging'), reden,
    el('label', { for: datum.id }, 'Nieuwe datum (een werkdag)'), datum, knop, melding);
  reden.setAttribute('aria-describedby', `${id}-uitleg`);
  form.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    const leeg = !reden.value.trim() ? reden : (!datum.value ? datum : null);
    if (leeg) {
      melding.className = 'wijk-verlengmelding text-danger';
      melding.textContent = leeg === reden ? 'Vul de reden van de verlenging in.' : 'Kies de nieuwe datum.';
      leeg.focus();
      return;
    }
    knop.disabled = true;
    melding.className = 'wijk-verlengmelding';
    melding.textContent = 'Bezig met verlengen…';
    api(`/${encodeURIComponent(zaaknummer)}/verlengen`, { csrf: csrf(), json: { reden: reden.value, nieuweTermijn: datum.value } })
      .then(antwoord => {
        form.replaceChildren(el('p', { class: 'wijk-verlengmelding alert alert-success', role: 'status' }, antwoord.melding));
      })
      .catch(fout => {
        knop.disabled = false;
        melding.className = 'wijk-verlengmelding text-danger';
        melding.textContent = fout.message;
      });
  });
  return form;
}

function voegToe(dossier) {
  dossier.dataset.wijkAdviesacties = 'ja';
  const zaaknummer = (dossier.getAttribute('aria-label') || '').replace(/^Zaak /, '');
  if (!ADVIES.test(zaaknummer)) {
    return;
  }
  api(`/${encodeURIComponent(zaaknummer)}/verlengen`).then(mogelijk => {
    if (mogelijk && mogelijk.mogelijk && dossier.isConnected) {
      const kop = dossier.querySelector('h4') ? 'h4' : 'h3';
      dossier.append(el('div', { class: 'wijk-adviesacties' }, el(kop, {}, 'Reactietermijn verlengen'), verlengformulier(zaaknummer, mogelijk)));
    }
  }).catch(() => { /* no actions for this user or case */ });
}

new MutationObserver(() => {
  document.querySelectorAll('section.wijk-dossier:not([data-wijk-adviesacties])').forEach(voegToe);
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
