/*
 * Gemeente Utrecht: the documents in the case file (issue 23), part of the case file of zaakdossier.js (tab "Zaak" in
 * Tasklist and the page /zaken/{zaaknummer}): the list with a download link each, and a form to add one (file and
 * "vertrouwelijk") through /api/zaken/{zaaknummer}/documenten with the session's CSRF token. The server checks type
 * (from the content), size and name; its Dutch refusal is shown next to the field.
 */

import { el, moment } from './zaakdossier.js';

/** Bytes in Dutch: "850 bytes", "34 kB", "1,2 MB". */
function grootte(bytes) {
  if (bytes < 1024) {
    return `${bytes} bytes`;
  }
  if (bytes < 1024 * 1024) {
    return `${Math.round(bytes / 1024)} kB`;
  }
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

function lijst(dossier, naam) {
  const documenten = dossier.documenten || [];
  if (!documenten.length) {
    return el('p', { class: 'text-muted' }, 'Er zijn nog geen documenten.');
  }
  const pad = `/api/zaken/${encodeURIComponent(dossier.zaaknummer)}/documenten/`;
  return el('table', { class: 'table table-condensed wijk-documenten' },
    el('caption', { class: 'sr-only' }, 'Documenten bij de zaak, oudste eerst'),
    el('thead', {}, el('tr', {}, ['Document', 'Grootte', 'Toegevoegd door', 'Wanneer', 'Zichtbaar voor indiener']
      .map(k => el('th', { scope: 'col' }, k)))),
    el('tbody', {}, documenten.map(d => el('tr', { 'data-document': d.id },
      el('th', { scope: 'row' }, el('a', { href: pad + encodeURIComponent(d.id), download: d.naam }, d.naam)),
      el('td', {}, grootte(d.grootte)),
      el('td', {}, naam(dossier, d.door)),
      el('td', {}, moment(d.moment)),
      el('td', {}, d.vertrouwelijk ? el('strong', { class: 'wijk-vertrouwelijk' }, 'Nee, vertrouwelijk') : 'Ja')))));
}

/** POSTs the files as multipart; a refusal becomes an Error whose {meldingen} are the server's Dutch reasons. */
function verstuur(zaaknummer, bestanden, vertrouwelijk, csrf) {
  const gegevens = new FormData();
  [...bestanden].forEach(bestand => gegevens.append('bestand', bestand));
  gegevens.append('vertrouwelijk', vertrouwelijk ? 'true' : 'false');
  const headers = { Accept: 'application/json' };
  if (csrf) {
    headers['X-XSRF-TOKEN'] = csrf;
  }
  return fetch(`/api/zaken/${encodeURIComponent(zaaknummer)}/documenten`,
    { method: 'POST', credentials: 'same-origin', headers, body: gegevens })
    .then(antwoord => antwoord.text().then(tekst => {
      if (antwoord.ok) {
        return null;
      }
      let inhoud = null;
      try {
        inhoud = tekst ? JSON.parse(tekst) : null;
      } catch (e) {
        inhoud = null;
      }
      const meldingen = inhoud && Array.isArray(inhoud.fouten) ? inhoud.fouten.map(f => f.melding) : [];
      const fout = new Error(antwoord.status === 401 ? 'U bent niet (meer) ingelogd. Log opnieuw in via de Takenlijst.'
        : antwoord.status === 413 ? 'Het bestand is te groot om te versturen.'
          : (inhoud && inhoud.detail) || `Er ging iets mis (fout ${antwoord.status}). Probeer het later nog eens.`);
      fout.meldingen = meldingen;
      throw fout;
    }));
}

/**
 * The list and the upload form; {opnieuw(bericht, waar)} reloads the case file and puts the message in the
 * element {waar.melding}, focusing {waar.focus}.
 */
export function documenten(dossier, opties, opnieuw, naam) {
  const veldId = `wijk-document-${Math.random().toString(36).slice(2)}`;
  const bestand = el('input', { id: veldId, name: 'bestand', type: 'file', multiple: true, class: 'wijk-documentveld',
    'aria-describedby': `${veldId}-uitleg ${veldId}-fout` });
  const vertrouwelijk = el('input', { id: `${veldId}-vertrouwelijk`, name: 'vertrouwelijk', type: 'checkbox',
    class: 'wijk-vertrouwelijkveld' });
  const fout = el('p', { id: `${veldId}-fout`, class: 'wijk-documentfout text-danger', 'aria-live': 'assertive' });
  const melding = el('p', { class: 'wijk-documentmelding', role: 'status', 'aria-live': 'polite' });
  const knop = el('button', { type: 'submit', class: 'btn btn-default wijk-documentknop' }, 'Document toevoegen');
  const formulier = el('form', { class: 'wijk-documentformulier', novalidate: true },
    el('label', { for: veldId }, 'Document toevoegen'),
    el('p', { class: 'help-block', id: `${veldId}-uitleg` },
      'PDF, afbeelding, Office- of ODF-document; de inhoud telt, niet de naam. Zonder vinkje ziet de indiener het document op de statuspagina.'),
    bestand, fout,
    el('div', { class: 'checkbox' }, el('label', { for: `${veldId}-vertrouwelijk` }, vertrouwelijk,
      ' Vertrouwelijk (nooit zichtbaar voor de indiener)')),
    knop, melding);

  const weiger = tekst => {
    fout.textContent = tekst;
    bestand.setAttribute('aria-invalid', 'true');
    bestand.focus();
  };
  formulier.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    fout.textContent = '';
    bestand.removeAttribute('aria-invalid');
    if (!bestand.files.length) {
      weiger('Kies een bestand om toe te voegen.');
      return;
    }
    knop.disabled = true;
    melding.textContent = 'Bezig met toevoegen…';
    verstuur(dossier.zaaknummer, bestand.files, vertrouwelijk.checked, opties.csrf)
      .then(() => opnieuw(bestand.files.length === 1 ? 'Het document is toegevoegd.' : 'De documenten zijn toegevoegd.',
        { melding: '.wijk-documentmelding', focus: '.wijk-documentveld' }))
      .catch(reden => {
        knop.disabled = false;
        melding.textContent = '';
        weiger(reden.meldingen && reden.meldingen.length ? reden.meldingen.join(' ') : reden.message);
      });
  });
  return [lijst(dossier, naam), formulier];
}
