// Dashboard for managers (DESIGN §7) on Cockpit's start page: open cases per process, wijk, dienst and rung in
// the buckets of the business clock, the cases behind each count, and the figures of the last 90 days.
// Plain DOM, no framework; every text from the server is set with textContent.

const BAKKEN = [
  ['op-tijd', 'Op tijd'],
  ['bijna-te-laat', 'Bijna te laat'],
  ['te-laat', 'Te laat'],
  ['ruim-te-laat', 'Ruim te laat'],
  // issue 22: a case whose clock stands still (waiting for the submitter or a decision) is neither on time nor late
  ['opgeschort', 'Opgeschort']
];

function el(tag, attributen = {}, ...kinderen) {
  const e = document.createElement(tag);
  Object.entries(attributen).forEach(([naam, waarde]) => {
    if (waarde !== undefined && waarde !== null) {
      e.setAttribute(naam, waarde);
    }
  });
  kinderen.flat().forEach(k => e.append(k instanceof Node ? k : document.createTextNode(k == null ? '' : String(k))));
  return e;
}

function datum(iso) {
  if (!iso) {
    return '—';
  }
  const [j, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${j}`;
}

function procent(aandeel) {
  return aandeel.percentage == null ? 'geen gegevens' : `${String(aandeel.percentage).replace('.', ',')}%`;
}

export default {
  id: 'wijk-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, { api }) => {
    const basis = `${api.cockpitApi}/plugin/wijk-dashboard/${api.engine}/dashboard`;
    const haal = pad => fetch(basis + pad, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    }).then(antwoord => antwoord.json().then(inhoud => {
      if (!antwoord.ok) {
        throw new Error(inhoud.detail || `Fout ${antwoord.status}`);
      }
      return inhoud;
    }));

    const melding = el('p', { class: 'wijk-melding' }, 'Bezig met laden…');
    const matrix = el('div', { class: 'wijk-matrix' });
    const zaken = el('div', { class: 'wijk-zaken', 'aria-live': 'polite' });
    const kengetallen = el('div', { class: 'wijk-kengetallen' });
    node.append(el('section', { class: 'wijk-dashboard', lang: 'nl' },
      el('h2', {}, 'Termijnbewaking wijkgericht werken'),
      melding, matrix, zaken,
      el('h3', {}, 'Afgelopen 90 dagen'), kengetallen));

    function toonZaken(rij, bak) {
      const params = new URLSearchParams();
      params.set('proces', rij.proces);
      params.set('wijk', rij.wijk || '');
      params.set('dienst', rij.dienst || '');
      params.set('stap', rij.stap || '');
      params.set('termijnstatus', bak[0]);
      zaken.replaceChildren(el('p', {}, 'Zaken laden…'));
      haal('/open-zaken/zaken?' + params).then(lijst => {
        const titel = `${bak[1]}: ${rij.procesNaam}, ${rij.wijkNaam}, ${rij.dienstNaam}, ${rij.stapNaam}`;
        const tabel = el('table', { class: 'table table-condensed wijk-zakenlijst' },
          el('caption', {}, titel),
          el('thead', {}, el('tr', {}, ['Zaak', 'Titel', 'Open taak', 'Behandelaar', 'Termijn', 'Status']
            .map(k => el('th', { scope: 'col' }, k)))),
          el('tbody', {}, lijst.map(z => el('tr', { 'data-zaaknummer': z.zaaknummer },
            // the case file (zaak/ZaakPaginas), readable for every manager; Cockpit's instance page stays for admins only
            el('td', {}, z.zaaknummer
              ? el('a', { href: `/zaken/${encodeURIComponent(z.zaaknummer)}`, class: 'wijk-zaaklink' }, z.zaaknummer) : '—'),
            el('td', {}, z.titel || ''),
            el('td', {}, el('a', { href: z.tasklistUrl, class: 'wijk-taaklink', target: '_blank', rel: 'noopener' }, z.taak)),
            el('td', {}, z.behandelaar || 'niet toegewezen'),
            el('td', {}, datum(z.termijn)),
            el('td', { 'data-termijnstatus': z.termijnstatus },
              (BAKKEN.find(b => b[0] === z.termijnstatus) || [null, z.termijnstatus])[1])))));
        zaken.replaceChildren(lijst.length ? tabel : el('p', {}, 'Geen zaken gevonden.'));
      }).catch(fout => zaken.replaceChildren(el('p', { class: 'text-danger' }, fout.message)));
    }

    function toonMatrix(overzicht) {
      melding.textContent = `Open zaken op ${datum(overzicht.peildatum)}, per zaak de taak die het eerst af moet. `
        + 'Klik op een aantal voor de zaken.';
      const kop = el('tr', {}, ['Proces', 'Wijk', 'Dienst', 'Niveau of stap'].map(k => el('th', { scope: 'col' }, k)),
        BAKKEN.map(b => el('th', { scope: 'col', class: `wijk-bak-${b[0]}` }, b[1])), el('th', { scope: 'col' }, 'Totaal'));
      const rijen = overzicht.rijen.map(rij => el('tr', {
        'data-proces': rij.proces, 'data-wijk': rij.wijk || '', 'data-dienst': rij.dienst || '', 'data-stap': rij.stap || ''
      },
      el('td', {}, rij.procesNaam), el('td', {}, rij.wijkNaam), el('td', {}, rij.dienstNaam), el('td', {}, rij.stapNaam),
      BAKKEN.map(bak => {
        const aantal = rij.aantallen[bak[0]] || 0;
        const cel = el('td', { 'data-bak': bak[0], class: aantal ? `wijk-bak-${bak[0]}` : '' });
        if (aantal) {
          const knop = el('button', { type: 'button', class: 'btn btn-link', title: `Toon de zaken: ${bak[1]}` }, aantal);
          knop.addEventListener('click', () => toonZaken(rij, bak));
          cel.append(knop);
        } else {
          cel.append('0');
        }
        return cel;
      }),
      el('td', { 'data-bak': 'totaal' }, rij.totaal)));
      const totaal = el('tr', { class: 'wijk-totaal' }, el('th', { scope: 'row', colspan: '4' }, 'Totaal'),
        BAKKEN.map(b => el('td', { 'data-bak': b[0] }, overzicht.totalen[b[0]] || 0)),
        el('td', {}, Object.values(overzicht.totalen).reduce((a, b) => a + b, 0)));
      matrix.replaceChildren(el('table', { class: 'table table-condensed wijk-open-zaken' },
        el('thead', {}, kop), el('tbody', {}, rijen, totaal)));
    }

    function lijst(titel, aantallen, kolom) {
      return el('div', { class: 'wijk-kengetal' }, el('h4', {}, titel),
        aantallen.length ? el('table', { class: 'table table-condensed' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, kolom), el('th', { scope: 'col' }, 'Aantal'))),
          el('tbody', {}, aantallen.map(a => el('tr', { 'data-code': a.code }, el('td', {}, a.naam), el('td', {}, a.aantal)))))
          : el('p', {}, 'Geen escalaties.'));
    }

    function toonKengetallen(k) {
      const ev = k.evaluaties;
      kengetallen.replaceChildren(
        el('p', {}, `Van ${datum(k.van)} tot en met ${datum(k.tot)}.`),
        el('div', { class: 'wijk-kengetal', 'data-kengetal': 'adviesreacties' }, el('h4', {}, 'Adviesreacties op tijd verstuurd'),
          el('p', {}, `${procent(k.adviesreactiesOpTijd)} (${k.adviesreactiesOpTijd.opTijd} van ${k.adviesreactiesOpTijd.totaal})`)),
        el('div', { class: 'wijk-kengetal', 'data-kengetal': 'initiatieven' }, el('h4', {}, 'Initiatieven binnen de termijn beantwoord'),
          el('p', {}, `${procent(k.initiatievenOpTijd)} (${k.initiatievenOpTijd.opTijd} van ${k.initiatievenOpTijd.totaal})`)),
        el('div', { class: 'wijk-kengetal', 'data-kengetal': 'niveaus' }, el('h4', {}, 'Werkdagen per escalatieniveau (mediaan)'),
          el('table', { class: 'table table-condensed' },
            el('thead', {}, el('tr', {}, ['Niveau', 'Afgerond', 'Mediaan werkdagen'].map(t => el('th', { scope: 'col' }, t)))),
            el('tbody', {}, k.escalatieNiveaus.map(n => el('tr', { 'data-niveau': n.niveau }, el('td', {}, n.naam),
              el('td', {}, n.aantal), el('td', {}, n.mediaanWerkdagen == null ? '—' : String(n.mediaanWerkdagen).replace('.', ',')))))) ),
        lijst('Escalaties per dienst', k.escalatiesPerDienst, 'Dienst'),
        el('div', { class: 'wijk-kengetal', 'data-kengetal': 'evaluaties' }, el('h4', {}, 'Evaluatiescores van initiatieven'),
          el('p', {}, ev.aantal ? `Gemiddeld ${String(ev.gemiddelde).replace('.', ',')} uit ${ev.aantal} evaluaties`
            : 'Nog geen evaluaties.'),
          el('p', {}, Object.entries(ev.verdeling).map(([score, aantal]) => `${score}: ${aantal}`).join(' · '))));
    }

    haal('/open-zaken').then(toonMatrix).catch(fout => {
      melding.textContent = fout.message;
      melding.className = 'wijk-melding text-danger';
    });
    haal('/kengetallen').then(toonKengetallen)
      .catch(fout => kengetallen.replaceChildren(el('p', { class: 'text-danger' }, fout.message)));
  }
};
