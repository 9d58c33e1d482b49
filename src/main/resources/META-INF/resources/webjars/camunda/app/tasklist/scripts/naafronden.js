/*
 * Gemeente Utrecht: after "Voltooien" Tasklist said nothing about what happens next. This module watches the
 * webapps' requests (XHR, like eenmalige-aanmelding.js): when a task is opened it looks up the task's case, and when
 * the task's form was submitted it reads the case file again until the next step is there, then says in Dutch where
 * the case lies now ("De zaak ESC-2026-000003 ligt nu bij Dienstdirecteur StadsOntwikkeling en Dienstdirecteur
 * Stadswerken: Besluit nemen als dienstdirecteur."). The message stays until the user opens another task or closes it.
 */

import { api, el } from './zaakdossier.js';

const TAAK = /\/camunda\/api\/engine\/engine\/[^/]+\/task\/([^/?]+)(\/(submit-form|complete))?(\?|$)/;
const zaakVanTaak = new Map();

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (methode, adres, ...rest) {
  const treffer = TAAK.exec(String(adres));
  if (treffer) {
    const taak = decodeURIComponent(treffer[1]);
    const afronden = String(methode).toUpperCase() === 'POST' && treffer[3];
    if (!afronden && String(methode).toUpperCase() === 'GET' && !zaakVanTaak.has(taak)) {
      // the task is being opened: remember its case and the case's open tasks while the task still exists
      zaakVanTaak.set(taak, api(`/taak/${encodeURIComponent(taak)}`)
        .then(a => api(`/${encodeURIComponent(a.zaaknummer)}`)
          .then(dossier => ({ zaaknummer: a.zaaknummer, eerder: new Set((dossier.taken || []).map(t => t.id)) })))
        .catch(() => null));
    }
    if (afronden) {
      this.addEventListener('load', () => {
        if (this.status >= 200 && this.status < 300) {
          meldVervolg(taak);
        }
      });
    }
  }
  return open.call(this, methode, adres, ...rest);
};

function meldVervolg(taak) {
  const zaak = zaakVanTaak.get(taak) || Promise.resolve(null);
  zaak.then(gegevens => {
    if (!gegevens) {
      return;
    }
    toon(`Afgerond. De zaak ${gegevens.zaaknummer} gaat verder…`);
    volg(gegevens.zaaknummer, new Set([...gegevens.eerder, taak]), 0);
  });
}

/**
 * Reads the case file until a new step is there (a task that was not open before, such as the next rung's) or the
 * case has ended; at most ~10 s. Standing tasks of the case (e.g. "Escalatie intrekken") are not the next step.
 */
function volg(zaaknummer, eerder, poging) {
  api(`/${encodeURIComponent(zaaknummer)}`).then(dossier => {
    const taken = (dossier.taken || []).filter(t => !eerder.has(t.id));
    if (dossier.status === 'gesloten') {
      toon(`Afgerond. De zaak ${zaaknummer} is hiermee afgesloten.`);
    } else if (taken.length) {
      toon(`Afgerond. De zaak ${zaaknummer} ligt nu bij ${bij(dossier, taken)}.`);
    } else if (poging < 20) {
      setTimeout(() => volg(zaaknummer, eerder, poging + 1), 500);
    } else {
      toon(`Afgerond. De zaak ${zaaknummer} gaat verder; de volgende stap staat zo in het tabblad Zaak en in Zaken.`);
    }
  }).catch(() => toon(`Afgerond.`));
}

/** "Dienstdirecteur StadsOntwikkeling en Dienstdirecteur Stadswerken: Besluit nemen als dienstdirecteur" */
function bij(dossier, taken) {
  const perStap = new Map();
  taken.forEach(t => {
    const wie = t.behandelaar ? ((dossier.personen || {})[t.behandelaar] || t.behandelaar) : (t.kandidaten || []).join(' of ');
    const stap = (t.stap || '').replace(/\s*\([^)]*\)$/, '');
    perStap.set(stap, [...(perStap.get(stap) || []), wie].filter((w, i, a) => w && a.indexOf(w) === i));
  });
  return [...perStap.entries()].map(([stap, wie]) => `${wie.join(' en ')}: ${stap}`).join('; ');
}

function toon(tekst) {
  let melding = document.querySelector('.wijk-vervolgmelding');
  if (!melding) {
    melding = el('div', { class: 'alert alert-success wijk-vervolgmelding', role: 'status' },
      el('span', { class: 'wijk-vervolgtekst' }),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Melding sluiten' }, '×'));
    melding.querySelector('button').addEventListener('click', () => melding.remove());
    document.body.append(melding);
  }
  melding.querySelector('.wijk-vervolgtekst').textContent = tekst;
}

export default [];
