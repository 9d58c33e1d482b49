/*
 * Gemeente Utrecht: opschorting in the case file (issue 22), used by zaakdossier.js (kept apart so the case file
 * itself stays small). Shows whether the case's clock stands still and why, the earlier pauses, and for an open
 * advice, information request or initiative the action "Aanvulling vragen aan de indiener" (POST
 * /api/zaken/{zaaknummer}/aanvullingsverzoek). The server decides who may ask (who works the case); its Dutch refusal
 * is shown next to the form. Every text from the server is set as text.
 */

import { api, el, moment } from './zaakdossier.js';

const MET_INDIENER = ['wijkplatform-advies', 'informatieverzoek', 'initiatief'];
const SOORTEN = { aanvulling: 'Aanvulling gevraagd aan de indiener', wachten: 'Wachten' };

function pauze(p) {
  const regels = [el('strong', {}, SOORTEN[p.soort] || p.soort), ` sinds ${moment(p.sinds)}`];
  regels.push(p.loopt ? `, verwacht tot ${moment(p.verwachtEinde, false)}` : `; hervat ${moment(p.hervat)} na ${p.werkdagenStil} werkdag(en)`);
  return el('li', { class: 'wijk-opschorting' }, el('p', {}, ...regels), el('p', { class: 'wijk-tekst' }, p.reden),
    p.antwoord ? el('p', { class: 'wijk-tekst' }, el('strong', {}, 'Antwoord van de indiener: '), p.antwoord) : '');
}

function formulier(dossier, opties, opnieuw) {
  const id = `wijk-aanvulling-${Math.random().toString(36).slice(2)}`;
  const vraag = el('textarea', { id: `${id}-vraag`, name: 'vraag', class: 'form-control wijk-aanvullingvraag', rows: '3', maxlength: '2000', required: true });
  const termijn = el('input', { id: `${id}-termijn`, name: 'termijn', type: 'number', min: '1', max: '60', value: '10', class: 'form-control wijk-aanvullingtermijn' });
  const melding = el('p', { class: 'wijk-opschortingmelding', role: 'status', 'aria-live': 'polite' });
  const knop = el('button', { type: 'submit', class: 'btn btn-default wijk-aanvullingknop' }, 'Aanvulling vragen');
  const form = el('form', { class: 'wijk-aanvullingformulier', novalidate: true },
    el('label', { for: vraag.id }, 'Vraag aan de indiener'),
    el('p', { class: 'help-block', id: `${id}-uitleg` }, 'De indiener krijgt de vraag per mail en antwoordt op de statuspagina. '
      + 'Tot het antwoord komt staat de termijn van de zaak stil; daarna schuiven alle data op.'),
    vraag, el('label', { for: termijn.id }, 'Antwoordtermijn in werkdagen'), termijn, knop, melding);
  vraag.setAttribute('aria-describedby', `${id}-uitleg`);
  form.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    if (!vraag.value.trim()) {
      melding.className = 'wijk-opschortingmelding text-danger';
      melding.textContent = 'Vul een vraag in.';
      vraag.focus();
      return;
    }
    knop.disabled = true;
    melding.className = 'wijk-opschortingmelding';
    melding.textContent = 'Bezig met versturen…';
    api(`/${encodeURIComponent(dossier.zaaknummer)}/aanvullingsverzoek`,
      { csrf: opties.csrf, json: { vraag: vraag.value, termijn: Number(termijn.value) } })
      .then(antwoord => opnieuw().then(() => {
        const nieuw = document.querySelector('.wijk-opschortingstatus');
        if (nieuw) {
          nieuw.textContent = `De vraag is verstuurd; antwoord uiterlijk ${moment(antwoord.antwoordVoor, false)}.`;
        }
      }))
      .catch(fout => {
        knop.disabled = false;
        melding.className = 'wijk-opschortingmelding text-danger';
        melding.textContent = fout.message;
      });
  });
  return form;
}

/** The opschorting part of the case file: the pauses, and the request form while the case may pause. */
export function opschorting(dossier, opties, opnieuw) {
  const pauzes = dossier.opschortingen || [];
  const delen = [el('p', { class: 'wijk-opschortingstatus', role: 'status' },
    dossier.opgeschort ? 'De termijn van deze zaak staat stil.' : 'De termijn van deze zaak loopt.')];
  if (pauzes.length) {
    delen.push(el('ul', { class: 'list-unstyled wijk-opschortingen' }, pauzes.map(pauze)));
  }
  if (dossier.status === 'open' && !dossier.opgeschort && MET_INDIENER.includes(dossier.proces)) {
    delen.push(formulier(dossier, opties, opnieuw));
  }
  return delen;
}
