/*
 * Gemeente Utrecht: the case file ("zaakdossier") and the case list ("Zaken") in Tasklist's look, shared by the
 * tab "Zaak" in Tasklist (zaaktab.js) and the pages /zaken and /zaken/{zaaknummer} (zaakpagina.js).
 * Everything comes from /api/zaken on the webapps' session; changes carry the session's CSRF token. Plain DOM,
 * every text from the server is set as text, never as HTML. The documents part is zaakdocumenten.js.
 */

import { documenten } from './zaakdocumenten.js';
import { opschorting } from './opschorting.js';
import { escalatieacties } from './escalatieacties.js';

const PROCESSEN = {
  escalatie: 'Escalatie',
  'wijkplatform-advies': 'Wijkplatform-advies',
  informatieverzoek: 'Informatieverzoek',
  initiatief: 'Initiatief',
  adviesaanvraag: 'Adviesaanvraag'
};
const TERMIJNSTATUS = {
  'op-tijd': 'Op tijd',
  'bijna-te-laat': 'Bijna te laat',
  'te-laat': 'Te laat',
  'ruim-te-laat': 'Ruim te laat',
  opgeschort: 'Opgeschort'
};
const STATUS = { open: 'Open', gesloten: 'Gesloten' };
const TAKENLIJST = '/camunda/app/tasklist/default/';

export function el(tag, attributen = {}, ...kinderen) {
  const e = document.createElement(tag);
  Object.entries(attributen).forEach(([naam, waarde]) => {
    if (waarde !== undefined && waarde !== null && waarde !== false) {
      e.setAttribute(naam, waarde === true ? '' : waarde);
    }
  });
  kinderen.flat().forEach(k => e.append(k instanceof Node ? k : document.createTextNode(k == null ? '' : String(k))));
  return e;
}

/** A moment in Dutch, Amsterdam time: "3 december 2026 14:05" (or only the date). */
export function moment(iso, metTijd = true) {
  if (!iso) {
    return '—';
  }
  const opties = { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' };
  if (metTijd) {
    Object.assign(opties, { hour: '2-digit', minute: '2-digit' });
  }
  return new Date(iso).toLocaleString('nl-NL', opties);
}

/** A decision code as a Dutch word: "escaleren" → "Escaleren", "niet-akkoord" → "Niet akkoord". */
function woord(code) {
  if (code == null || code === '') {
    return '—';
  }
  const tekst = String(code).replace(/-/g, ' ');
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

export function procesNaam(zaak) {
  return zaak.procesNaam || PROCESSEN[zaak.proces] || zaak.proces;
}

export function termijnstatus(code) {
  return code ? (TERMIJNSTATUS[code] || woord(code)) : '—';
}

export function zaaklink(zaaknummer, attributen = {}) {
  return el('a', Object.assign({ href: `/zaken/${encodeURIComponent(zaaknummer)}` }, attributen), zaaknummer);
}

/** GET or POST on /api/zaken; refusals become an Error with the server's Dutch message. */
export function api(pad, { csrf, json } = {}) {
  const headers = { Accept: 'application/json' };
  if (csrf) {
    headers['X-XSRF-TOKEN'] = csrf;
  }
  const opties = { credentials: 'same-origin', headers };
  if (json !== undefined) {
    opties.method = 'POST';
    headers['Content-Type'] = 'application/json';
    opties.body = JSON.stringify(json);
  }
  return fetch('/api/zaken' + pad, opties).then(antwoord => antwoord.text().then(tekst => {
    let inhoud = null;
    try {
      inhoud = tekst ? JSON.parse(tekst) : null;
    } catch (e) {
      inhoud = null;
    }
    if (!antwoord.ok) {
      const fouten = inhoud && Array.isArray(inhoud.fouten) ? inhoud.fouten.map(f => f.melding) : [];
      const melding = antwoord.status === 401 ? 'U bent niet (meer) ingelogd. Log opnieuw in via de Takenlijst.'
        : (inhoud && inhoud.detail) || `Er ging iets mis (fout ${antwoord.status}). Probeer het later nog eens.`;
      const fout = new Error([melding, ...fouten].join(' '));
      fout.status = antwoord.status;
      fout.fouten = inhoud && Array.isArray(inhoud.fouten) ? inhoud.fouten : [];
      throw fout;
    }
    if (Array.isArray(inhoud) && antwoord.headers.has('X-Totaal-Aantal')) {
      // the list's total (exact up to 1000, then "1000+"), kept beside the rows without changing them
      Object.defineProperty(inhoud, 'totaal', { value: antwoord.headers.get('X-Totaal-Aantal') });
    }
    return inhoud;
  }));
}

/** "12 zaken", or "200 van de 1.234 zaken (de nieuwste)" / "… van meer dan 1.000 zaken …" when not all are shown. */
function aantalZaken(getoond, zaken) {
  const totaal = zaken.totaal || String(zaken.length);
  const getal = n => Number(n).toLocaleString('nl-NL');
  if (getoond.length !== zaken.length || totaal === String(zaken.length)) {
    return getoond.length === 1 ? '1 zaak' : `${getal(getoond.length)} zaken`;
  }
  const alle = totaal.endsWith('+') ? `meer dan ${getal(totaal.slice(0, -1))}` : `de ${getal(totaal)}`;
  return `${getal(getoond.length)} van ${alle} zaken (de nieuwste); zoek of filter om er minder te zien`;
}

function naam(dossier, gebruiker) {
  return gebruiker ? ((dossier.personen || {})[gebruiker] || gebruiker) : 'onbekend';
}

/** Issue 21: the request an advice answers (its question, background and what will be done with it), or nothing. */
function gevraagd(dossier, kop) {
  const aanvraag = dossier.adviesaanvraag;
  if (!aanvraag) {
    return [];
  }
  return [el(kop === 'h2' ? 'h3' : 'h4', {}, 'Gevraagd advies'),
    el('dl', { class: 'dl-horizontal wijk-feiten wijk-gevraagd' },
      feit('Adviesaanvraag', zaaklink(aanvraag.nummer)),
      feit('Vraag', aanvraag.vraag || '—'),
      feit('Achtergrond', aanvraag.achtergrond || '—'),
      feit('Wat er mee gebeurt', aanvraag.watGebeurtErmee || '—'))];
}

function feit(term, ...waarde) {
  return [el('dt', {}, term), el('dd', {}, ...waarde)];
}

function mensenVan(dossier, taak) {
  if (!taak) {
    return '—';
  }
  if (taak.behandelaar) {
    return naam(dossier, taak.behandelaar);
  }
  return taak.kandidaten && taak.kandidaten.length ? `nog niet geclaimd; kan worden opgepakt door ${taak.kandidaten.join(', ')}` : '—';
}

function tijdlijn(dossier) {
  if (!dossier.tijdlijn.length) {
    return el('p', { class: 'text-muted' }, 'Er is nog geen stap afgerond.');
  }
  const diensten = dossier.dienstNamen || {};
  return el('table', { class: 'table table-condensed wijk-tijdlijn' },
    el('caption', { class: 'sr-only' }, 'Verloop van de zaak, oudste stap eerst'),
    el('thead', {}, el('tr', {}, ['Stap', 'Door', 'Wanneer', 'Besluit', 'Toelichting'].map(k => el('th', { scope: 'col' }, k)))),
    el('tbody', {}, dossier.tijdlijn.map(stap => {
      const dienst = stap.dienst ? (diensten[stap.dienst] || stap.dienst) : null;
      const stapnaam = dienst && !String(stap.stap).includes(dienst) ? `${stap.stap} (${dienst})` : stap.stap;
      const toelichting = el('td', { class: 'wijk-tekst' }, stap.toelichting || '');
      if (stap.punten && stap.punten.length) {
        toelichting.append(el('ol', { class: 'wijk-punten', 'aria-label': 'Reactie per adviespunt' },
          stap.punten.map(punt => el('li', {},
            el('span', { class: 'wijk-punt' }, punt.tekst || `Punt ${punt.nummer}`), ' — ',
            el('strong', {}, punt.standpuntLabel || woord(punt.standpunt)), punt.motivering ? `: ${punt.motivering}` : ''))));
      }
      return el('tr', { 'data-stap': stap.stap },
        el('th', { scope: 'row' }, stapnaam),
        el('td', {}, naam(dossier, stap.door)),
        el('td', {}, moment(stap.moment)),
        el('td', {}, stap.besluit ? woord(stap.besluit) : '—'),
        toelichting);
    })));
}

function notities(dossier, opties, opnieuw) {
  const lijst = dossier.notities.length
    ? el('ol', { class: 'list-unstyled wijk-notities' }, dossier.notities.map(n => el('li', { class: 'wijk-notitie' },
      el('p', { class: 'wijk-tekst' }, n.tekst),
      el('p', { class: 'text-muted small' }, `${naam(dossier, n.door)}, ${moment(n.moment)}`))))
    : el('p', { class: 'text-muted' }, 'Er zijn nog geen notities.');
  const veldId = `wijk-notitie-${Math.random().toString(36).slice(2)}`;
  const tekst = el('textarea', { id: veldId, name: 'tekst', class: 'form-control wijk-notitieveld', rows: '3', maxlength: '4000', required: true });
  const melding = el('p', { class: 'wijk-melding', role: 'status', 'aria-live': 'polite' });
  const knop = el('button', { type: 'submit', class: 'btn btn-default wijk-notitieknop' }, 'Notitie toevoegen');
  const formulier = el('form', { class: 'wijk-notitieformulier', novalidate: true },
    el('label', { for: veldId }, 'Nieuwe notitie'),
    el('p', { class: 'help-block', id: `${veldId}-uitleg` }, 'Zichtbaar voor iedereen die deze zaak mag inzien. Een notitie kan niet meer worden gewijzigd.'),
    tekst, knop, melding);
  tekst.setAttribute('aria-describedby', `${veldId}-uitleg`);
  formulier.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    if (!tekst.value.trim()) {
      melding.className = 'wijk-melding text-danger';
      melding.textContent = 'Vul een notitie in.';
      tekst.focus();
      return;
    }
    knop.disabled = true;
    melding.className = 'wijk-melding';
    melding.textContent = 'Bezig met opslaan…';
    api(`/${encodeURIComponent(dossier.zaaknummer)}/notities`, { csrf: opties.csrf, json: { tekst: tekst.value } })
      .then(() => opnieuw('De notitie is toegevoegd.', { melding: '.wijk-melding', focus: '.wijk-notitieveld' }))
      .catch(fout => {
        knop.disabled = false;
        melding.className = 'wijk-melding text-danger';
        melding.textContent = fout.message;
      });
  });
  return [lijst, formulier];
}

function openTaken(dossier, opties) {
  const andere = (dossier.taken || []).filter(t => t.id !== opties.huidigeTaak);
  if (!andere.length) {
    return el('p', { class: 'text-muted' }, opties.huidigeTaak ? 'Deze zaak heeft geen andere open taken.' : 'Deze zaak heeft geen open taken.');
  }
  return el('ul', { class: 'wijk-open-taken' }, andere.map(t => el('li', {},
    el('a', { href: `${TAKENLIJST}#/?task=${encodeURIComponent(t.id)}` }, t.stap),
    ` — ${mensenVan(dossier, t)}${t.termijn ? `; termijn ${moment(t.termijn, false)}` : ''}`)));
}

/** Renders the case file into the node; {huidigeTaak} is the Tasklist task it is shown beside. */
export function toonDossier(node, zaaknummer, opties = {}) {
  const laad = (bericht, waar) => api(`/${encodeURIComponent(zaaknummer)}`).then(dossier => {
    // the people of the current step (the earliest term), not of a side task such as "Escalatie intrekken"
    const huidige = (dossier.taken || []).find(t => t.stap === dossier.stap)
      || (dossier.taken || []).find(t => t.id === opties.huidigeTaak);
    const diensten = Object.values(dossier.dienstNamen || {});
    const kop = opties.kop || 'h3';
    node.replaceChildren(el('section', { class: 'wijk-dossier', lang: 'nl', 'aria-label': `Zaak ${dossier.zaaknummer}` },
      el(opties.titelKop || kop, { class: 'wijk-dossiertitel' }, `${dossier.zaaknummer}: ${dossier.titel || '(zonder titel)'}`),
      opties.huidigeTaak ? el('p', {}, el('a', { href: `/zaken/${encodeURIComponent(dossier.zaaknummer)}` }, 'Het zaakdossier op een eigen pagina openen'),
        ' · ', el('a', { href: '/zaken' }, 'Alle zaken')) : '',
      el('dl', { class: 'dl-horizontal wijk-feiten' },
        feit('Zaaknummer', dossier.zaaknummer),
        feit('Titel', dossier.titel || '—'),
        feit('Proces', procesNaam(dossier)),
        feit('Wijk', dossier.wijkNaam || dossier.wijk || '—'),
        feit(diensten.length > 1 ? 'Diensten' : 'Dienst', diensten.length ? diensten.join(', ') : '—'),
        feit('Status', STATUS[dossier.status] || woord(dossier.status)),
        feit('Huidige stap', dossier.stap || (dossier.status === 'gesloten' ? 'afgerond' : '—')),
        feit('Bij', mensenVan(dossier, huidige)),
        feit('Termijn', moment(dossier.termijn, false)),
        feit('Termijnstatus', el('span', { class: `wijk-termijn wijk-termijn-${dossier.termijnstatus || 'geen'}` }, termijnstatus(dossier.termijnstatus)))),
      ...gevraagd(dossier, kop),
      ...escalatieacties(dossier, opties, laad),
      el(kop === 'h2' ? 'h3' : 'h4', {}, 'Verloop'), tijdlijn(dossier),
      el(kop === 'h2' ? 'h3' : 'h4', {}, 'Notities'), ...notities(dossier, opties, laad),
      el(kop === 'h2' ? 'h3' : 'h4', {}, 'Documenten'), ...documenten(dossier, opties, laad, naam),
      el(kop === 'h2' ? 'h3' : 'h4', {}, 'Opschorting'), ...opschorting(dossier, opties, laad),
      el(kop === 'h2' ? 'h3' : 'h4', {}, 'Gekoppelde zaken'),
      dossier.gekoppeldeZaken.length
        ? el('ul', { class: 'wijk-gekoppeld' }, dossier.gekoppeldeZaken.map(nr => el('li', {}, zaaklink(nr))))
        : el('p', { class: 'text-muted' }, 'Geen gekoppelde zaken.'),
      el(kop === 'h2' ? 'h3' : 'h4', {}, opties.huidigeTaak ? 'Andere open taken van deze zaak' : 'Open taken'),
      openTaken(dossier, opties)));
    if (bericht) {
      node.querySelector(waar.melding).textContent = bericht;
      node.querySelector(waar.focus).focus();
    }
    return dossier;
  });
  node.replaceChildren(el('p', { class: 'wijk-laden' }, 'Zaak laden…'));
  return laad().catch(fout => {
    node.replaceChildren(el('div', { class: 'alert alert-warning wijk-fout', role: 'alert' }, fout.message));
  });
}

/** Renders the case list with its filters into the node; the filters live in the address (?proces=&wijk=…). */
export function toonLijst(node) {
  const zoek = new URLSearchParams(window.location.search);
  const keuze = (naam, label, opties) => {
    const id = `wijk-filter-${naam}`;
    const select = el('select', { id, name: naam, class: 'form-control' },
      el('option', { value: '' }, 'Alle'),
      opties.map(([waarde, tekst]) => el('option', { value: waarde, selected: zoek.get(naam) === waarde }, tekst)));
    return el('div', { class: 'form-group' }, el('label', { for: id }, label), ' ', select);
  };
  const zoekveld = el('input', { id: 'wijk-filter-q', name: 'q', type: 'search', class: 'form-control', maxlength: '200',
    value: zoek.get('q') || '', placeholder: 'bijv. ESC-2026-000012 of fietsen' });
  const wijkkeuze = keuze('wijk', 'Wijk', []);
  const formulier = el('form', { class: 'form-inline wijk-filters', role: 'search', 'aria-label': 'Zaken zoeken en filteren' },
    el('div', { class: 'form-group' }, el('label', { for: 'wijk-filter-q' }, 'Zaaknummer of titel'), ' ', zoekveld),
    keuze('proces', 'Proces', Object.entries(PROCESSEN)),
    wijkkeuze,
    keuze('status', 'Open of gesloten', [['open', 'Open'], ['gesloten', 'Gesloten']]),
    keuze('termijnstatus', 'Termijnstatus', Object.entries(TERMIJNSTATUS)),
    el('button', { type: 'submit', class: 'btn btn-primary' }, 'Zoeken'));
  const uitkomst = el('div', { class: 'wijk-zakenlijst', 'aria-live': 'polite' });
  node.replaceChildren(el('h1', { class: 'wijk-paginatitel' }, 'Zaken'),
    el('p', {}, 'De zaken die u mag inzien: van uw wijk, of die naar uw dienst zijn gestuurd.'), formulier, uitkomst);

  const laad = () => {
    const vraag = new URLSearchParams();
    ['q', 'proces', 'wijk', 'status'].forEach(naam => {
      const veld = formulier.elements[naam];
      if (veld.value.trim()) {
        vraag.set(naam, veld.value.trim());
      }
    });
    const termijn = formulier.elements.termijnstatus.value;
    const adres = new URLSearchParams(vraag);
    if (termijn) {
      adres.set('termijnstatus', termijn);
    }
    window.history.replaceState(null, '', `${window.location.pathname}${adres.toString() ? '?' + adres : ''}`);
    uitkomst.replaceChildren(el('p', {}, 'Zaken laden…'));
    return api(`?${vraag}`).then(zaken => {
      vulWijken(wijkkeuze.querySelector('select'), zaken);
      const getoond = zaken.filter(z => !termijn || z.termijnstatus === termijn);
      uitkomst.replaceChildren(getoond.length ? el('table', { class: 'table table-striped table-condensed wijk-zaken' },
        el('caption', {}, aantalZaken(getoond, zaken)),
        el('thead', {}, el('tr', {}, ['Zaaknummer', 'Titel', 'Proces', 'Wijk', 'Stap', 'Termijn', 'Termijnstatus']
          .map(k => el('th', { scope: 'col' }, k)))),
        el('tbody', {}, getoond.map(z => el('tr', { 'data-zaaknummer': z.zaaknummer },
          el('th', { scope: 'row' }, zaaklink(z.zaaknummer, { class: 'wijk-zaaklink' })),
          el('td', {}, z.titel || ''),
          el('td', {}, procesNaam(z)),
          el('td', {}, z.wijkNaam || z.wijk || '—'),
          el('td', {}, z.stap || (z.status === 'gesloten' ? 'Gesloten' : '—')),
          el('td', {}, moment(z.termijn, false)),
          el('td', { 'data-termijnstatus': z.termijnstatus || '' }, termijnstatus(z.termijnstatus))))))
        : el('p', { class: 'well' }, 'Er zijn geen zaken die aan deze zoekvraag voldoen.'));
    }).catch(fout => uitkomst.replaceChildren(el('div', { class: 'alert alert-warning', role: 'alert' }, fout.message)));
  };
  formulier.addEventListener('submit', gebeurtenis => {
    gebeurtenis.preventDefault();
    laad();
  });
  return laad();
}

const WIJKEN = new Map();

/** The wijk filter offers the wijken of the cases one may read (names from the server). */
function vulWijken(select, zaken) {
  zaken.forEach(z => z.wijk && WIJKEN.set(z.wijk, z.wijkNaam || z.wijk));
  const gekozen = select.value || new URLSearchParams(window.location.search).get('wijk') || '';
  select.replaceChildren(el('option', { value: '' }, 'Alle'),
    [...WIJKEN.entries()].sort((a, b) => a[1].localeCompare(b[1], 'nl'))
      .map(([waarde, tekst]) => el('option', { value: waarde, selected: gekozen === waarde }, tekst)));
  if (gekozen && !WIJKEN.has(gekozen)) {
    select.append(el('option', { value: gekozen, selected: true }, gekozen));
  }
}
