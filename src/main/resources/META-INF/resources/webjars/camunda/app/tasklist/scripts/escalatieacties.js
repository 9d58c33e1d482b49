/*
 * Gemeente Utrecht: the escalation's own actions in the case file (issue 20), used by zaakdossier.js (kept apart so the
 * case file itself stays small): "Escalatie intrekken", "Bestuurlijk escaleren", "Interventieteam bijeenroepen" and
 * "Betrokken partij toevoegen" for the escalation's own wijkregisseur. Which actions are open comes from
 * GET /api/zaken/{zaaknummer}/escalatieacties (empty for anyone else: nothing is shown); the server checks each action
 * again. A refusal is shown next to the field it names; after success the case file reloads with a Dutch confirmation.
 * Every text from the server is set as text.
 */

import { api, el } from './zaakdossier.js';

const MELDING = '.wijk-escalatieactiesmelding';
const ROUTES = {
  vakwethouder: 'De vakwethouder(s) van de betrokken diensten',
  wijkwethouder: 'De wijkwethouder (alleen bij een vraagstuk dat portefeuilles overstijgt)'
};

let volgnummer = 0;

/** A labelled field with its own place for the server's refusal; {naam} is the field as the API names it. */
function veld(naam, label, invoer, uitleg) {
  const id = `wijk-escalatieactie-${++volgnummer}`;
  invoer.id = id;
  invoer.setAttribute('name', naam);
  const fout = el('p', { class: 'text-danger wijk-veldfout', id: `${id}-fout`, 'data-veld': naam });
  const beschrijving = [fout.id];
  const delen = [el('label', { for: id }, label)];
  if (uitleg) {
    delen.push(el('p', { class: 'help-block', id: `${id}-uitleg` }, uitleg));
    beschrijving.unshift(`${id}-uitleg`);
  }
  invoer.setAttribute('aria-describedby', beschrijving.join(' '));
  return el('div', { class: 'form-group' }, ...delen, invoer, fout);
}

/** A group of radio buttons or check boxes under one legend, with one place for its refusal. */
function groep(naam, legende, type, keuzes) {
  const fout = el('p', { class: 'text-danger wijk-veldfout', 'data-veld': naam });
  return el('fieldset', { class: 'form-group' }, el('legend', { class: 'control-label' }, legende),
    keuzes.map(k => el('div', { class: type }, el('label', {},
      el('input', { type, name: naam, value: k.waarde, checked: k.aan }), ` ${k.label}`))), fout);
}

function tekstvak(maximum, rijen = 3) {
  return el('textarea', { class: 'form-control', rows: String(rijen), maxlength: String(maximum), required: true });
}

/** One action: a disclosure with its form; {verzoek} reads the form into the JSON the API takes. */
function actie(dossier, opties, opnieuw, { pad, titel, knoptekst, klasse, velden, verzoek }) {
  const melding = el('p', { class: 'wijk-actiemelding', role: 'status', 'aria-live': 'polite' });
  const knop = el('button', { type: 'submit', class: `btn btn-default ${klasse}-knop` }, knoptekst);
  const form = el('form', { class: `wijk-escalatieactie ${klasse}`, novalidate: true }, ...velden, knop, melding);
  form.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    form.querySelectorAll('.wijk-veldfout').forEach(p => { p.textContent = ''; });
    knop.disabled = true;
    melding.className = 'wijk-actiemelding';
    melding.textContent = 'Bezig met versturen…';
    api(`/${encodeURIComponent(dossier.zaaknummer)}/${pad}`, { csrf: opties.csrf, json: verzoek(form) })
      .then(antwoord => opnieuw(antwoord.melding, { melding: MELDING, focus: MELDING }))
      .catch(fout => {
        knop.disabled = false;
        let overig = fout.message;
        (fout.fouten || []).forEach(f => {
          const plek = [...form.querySelectorAll('.wijk-veldfout')].find(p => p.dataset.veld === f.veld);
          if (plek) {
            plek.textContent = f.melding;
            overig = null;
          }
        });
        melding.className = 'wijk-actiemelding text-danger';
        melding.textContent = overig || 'Niet opgeslagen: bekijk de meldingen bij de velden.';
        const eerste = [...form.querySelectorAll('.wijk-veldfout')].find(p => p.textContent);
        const invoer = eerste && eerste.closest('.form-group').querySelector('input, textarea');
        (invoer || melding).focus();
      });
  });
  return el('details', { class: 'wijk-escalatieacties-item' }, el('summary', {}, titel), form);
}

function waarde(form, naam) {
  const invoer = form.querySelector(`[name="${naam}"]`);
  return invoer ? invoer.value : '';
}

function formulieren(dossier, opties, opnieuw, keuze) {
  const formulier = {
    intrekken: () => actie(dossier, opties, opnieuw, {
      pad: 'intrekken', titel: 'Escalatie intrekken', knoptekst: 'Escalatie intrekken', klasse: 'wijk-intrekken',
      velden: [veld('reden', 'Reden van intrekken', tekstvak(2000), 'Alle betrokkenen krijgen bericht, met deze reden.')],
      verzoek: form => ({ reden: waarde(form, 'reden') })
    }),
    bestuurlijk: () => actie(dossier, opties, opnieuw, {
      pad: 'bestuurlijk', titel: 'Bestuurlijk escaleren', knoptekst: 'Bestuurlijk escaleren', klasse: 'wijk-bestuurlijk',
      velden: [groep('route', 'Voorleggen aan', 'radio', (keuze.routes || []).map((r, i) => ({ waarde: r, label: ROUTES[r] || r, aan: i === 0 }))),
        veld('reden', 'Reden', tekstvak(2000), 'Het open niveau stopt; de algemeen directeur en de dienstdirecteuren krijgen bericht.')],
      verzoek: form => ({ route: (form.querySelector('[name="route"]:checked') || {}).value || '', reden: waarde(form, 'reden') })
    }),
    interventieteam: () => actie(dossier, opties, opnieuw, {
      pad: 'interventieteam', titel: 'Interventieteam bijeenroepen', knoptekst: 'Interventieteam bijeenroepen', klasse: 'wijk-interventieteam',
      velden: [groep('diensten', 'Diensten in het team', 'checkbox',
        (keuze.diensten || []).map(d => ({ waarde: d.dienst, label: d.naam, aan: d.betrokken }))),
      veld('opdracht', 'Opdracht aan het team', tekstvak(4000), 'Elke dienst krijgt een taak om zijn bijdrage te leveren; het niveau houdt zijn eigen termijn.'),
      veld('termijn', 'Termijn in werkdagen', el('input', { type: 'number', min: '1', max: String(keuze.maximaleTermijn || 20),
        value: String(keuze.standaardTermijn || 5), class: 'form-control' }))],
      verzoek: form => ({ diensten: [...form.querySelectorAll('[name="diensten"]:checked')].map(i => i.value),
        opdracht: waarde(form, 'opdracht'), termijn: Number(waarde(form, 'termijn')) })
    }),
    partijen: () => actie(dossier, opties, opnieuw, {
      pad: 'partijen', titel: 'Betrokken partij toevoegen', knoptekst: 'Betrokken partij toevoegen', klasse: 'wijk-partij',
      velden: [veld('naam', 'Naam', el('input', { type: 'text', maxlength: '200', class: 'form-control', required: true })),
        veld('organisatie', 'Organisatie', el('input', { type: 'text', maxlength: '200', class: 'form-control', required: true })),
        veld('email', 'E-mailadres (niet verplicht)', el('input', { type: 'text', maxlength: '254', class: 'form-control', autocomplete: 'off' }),
          'Met een adres krijgt de partij nu bericht dat de escalatie loopt, en straks de uitkomst.')],
      verzoek: form => {
        const email = waarde(form, 'email').trim();
        return Object.assign({ naam: waarde(form, 'naam'), organisatie: waarde(form, 'organisatie') }, email ? { email } : {});
      }
    })
  };
  return (keuze.acties || []).filter(a => formulier[a]).map(a => formulier[a]());
}

/** The escalation's actions: a status line (always there, for the confirmation) and the forms this user may use. */
export function escalatieacties(dossier, opties, opnieuw) {
  const melding = el('p', { class: 'wijk-escalatieactiesmelding', role: 'status', tabindex: '-1' });
  const acties = el('div', { class: 'wijk-escalatieacties', hidden: true });
  const sectie = el('section', { class: 'wijk-escalatieactiesectie', 'aria-label': 'Acties op de escalatie' }, melding, acties);
  if (dossier.proces !== 'escalatie' || dossier.status !== 'open') {
    return [sectie];
  }
  api(`/${encodeURIComponent(dossier.zaaknummer)}/escalatieacties`).then(keuze => {
    const delen = formulieren(dossier, opties, opnieuw, keuze || {});
    if (delen.length) {
      acties.replaceChildren(el((opties.kop || 'h3') === 'h2' ? 'h3' : 'h4', {}, 'Acties op de escalatie'), ...delen);
      acties.hidden = false;
    }
  }).catch(() => { /* no actions for this user: nothing to show */ });
  return [sectie];
}
